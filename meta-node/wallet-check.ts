// The wallet signature a gateway forwards with a user request is checked again here, so a resource
// node alone cannot spend a wallet's ozone or read its private files. Signature format, signed
// strings and req_time (unix seconds, ±10 min) are Stratos' (meta-node/protocol/wallet-signature.ts).
import { ProtocolError } from "./net.ts";
import { checkReqTime as check, verifyWalletSignature, walletSignMessage } from "./protocol/wallet-signature.ts";

export function checkReqTime(reqTime: unknown, nowMs = Date.now()): number {
  const t = typeof reqTime === "string" && /^\d+$/.test(reqTime) ? Number(reqTime) : reqTime;
  if (typeof t !== "number") throw new ProtocolError(400, "bad_request", "reqTime must be unix seconds");
  const why = check(t, Math.floor(nowMs / 1000));
  if (why) throw new ProtocolError(401, "bad_signature", why);
  return t;
}

export function verifyWalletSig(wallet: string, message: string, sig: unknown): void {
  const r = verifyWalletSignature(sig, message);
  if (!r.ok) throw new ProtocolError(401, "bad_signature", `wallet signature: ${r.reason}`);
  if (r.address !== wallet) throw new ProtocolError(401, "bad_signature", `the request is signed by ${r.address}, not by ${wallet}`);
}

const n = (t: unknown) => Number(t);
export const walletMessages = {
  upload: (fileHash: string, wallet: string, sequence: string, reqTime: unknown) => walletSignMessage.upload(fileHash, wallet, sequence, n(reqTime)),
  download: (fileHash: string, wallet: string, sequence: string, reqTime: unknown) => walletSignMessage.download(fileHash, wallet, sequence, n(reqTime)),
  deleteFile: (fileHash: string, wallet: string, reqTime: unknown) => walletSignMessage.deleteFile(fileHash, wallet, n(reqTime)),
  share: (fileHash: string, wallet: string, reqTime: unknown) => walletSignMessage.share(fileHash, wallet, n(reqTime)),
  list: (wallet: string, reqTime: unknown) => walletSignMessage.list(wallet, n(reqTime)),
  listShare: (wallet: string, reqTime: unknown) => walletSignMessage.listShare(wallet, n(reqTime)),
  stopShare: (shareId: string, wallet: string, reqTime: unknown) => walletSignMessage.stopShare(shareId, wallet, n(reqTime)),
  getShared: (link: string, wallet: string, sequence: string, reqTime: unknown) => walletSignMessage.getShared(link, wallet, sequence, n(reqTime)),
};
