// Checks the wallet signature a gateway forwards with a user request, so a resource node alone
// cannot spend a wallet's ozone or read its private files. The signed strings are Stratos'
// (spec §8): upload/download = fileHash + wallet + sequence + reqTime; delete/status/share =
// fileHash + wallet + reqTime; list = wallet + reqTime; shared download = shareLink + wallet + reqTime.
// walletSig = {pubkey: hex|base64 (33-byte compressed or 65-byte uncompressed), signature: hex (r||s[||v])};
// the address of the key (cosmos secp256k1 or eth_secp256k1) must be the wallet, and the signature
// verifies over SHA-256 (cosmos) or Keccak-256 (eth) of the string.
import { ACCOUNT_PREFIX, fromBech32 } from "../chain/crypto/bech32.ts";
import { keccak256, sha256 } from "../chain/crypto/hash.ts";
import { addressFromPubKey } from "../chain/crypto/pubkey.ts";
import { compressPublicKey, verifySecp256k1 } from "../chain/crypto/secp256k1.ts";
import { ProtocolError } from "./net.ts";

export const REQ_TIME_TTL_MS = 10 * 60_000;

export interface WalletSig {
  pubkey: string;
  signature: string;
}

function bytes(text: string): Uint8Array {
  if (/^(0x)?[0-9a-fA-F]+$/.test(text) && text.replace(/^0x/, "").length % 2 === 0) return new Uint8Array(Buffer.from(text.replace(/^0x/, ""), "hex"));
  return new Uint8Array(Buffer.from(text, "base64"));
}

/** reqTime in unix seconds (Stratos) or milliseconds. */
export function checkReqTime(reqTime: unknown, now = Date.now()): void {
  const t = typeof reqTime === "string" && /^\d+$/.test(reqTime) ? Number(reqTime) : reqTime;
  if (typeof t !== "number" || !Number.isFinite(t) || t <= 0) throw new ProtocolError(400, "bad_request", "reqTime must be a unix time (seconds or milliseconds)");
  const ms = t < 1e12 ? t * 1000 : t;
  if (Math.abs(now - ms) > REQ_TIME_TTL_MS) throw new ProtocolError(401, "bad_signature", "reqTime is more than 10 minutes away from now: sign the request again");
}

export function verifyWalletSig(wallet: string, message: string, sig: unknown): void {
  const s = sig as WalletSig | undefined;
  if (!s || typeof s.pubkey !== "string" || typeof s.signature !== "string") throw new ProtocolError(401, "bad_signature", "walletSig {pubkey, signature} of the wallet is required");
  let walletBytes: Uint8Array;
  try {
    walletBytes = fromBech32(wallet, ACCOUNT_PREFIX).data;
  } catch {
    throw new ProtocolError(400, "bad_request", `${JSON.stringify(wallet)} is not an st1… wallet address`);
  }
  let pub = bytes(s.pubkey);
  try {
    if (pub.length === 65 || pub.length === 64) pub = compressPublicKey(pub.length === 64 ? Uint8Array.from([4, ...pub]) : pub);
  } catch {
    throw new ProtocolError(401, "bad_signature", "walletSig.pubkey is not a secp256k1 public key");
  }
  const sigBytes = bytes(s.signature);
  if (pub.length !== 33 || (sigBytes.length !== 64 && sigBytes.length !== 65)) throw new ProtocolError(401, "bad_signature", "walletSig needs a 33/65-byte secp256k1 pubkey and a 64/65-byte signature");
  const msg = new TextEncoder().encode(message);
  const rs = sigBytes.subarray(0, 64);
  const same = (a: Uint8Array) => Buffer.from(a).equals(Buffer.from(walletBytes));
  let ok = false;
  try {
    if (same(addressFromPubKey("eth_secp256k1", pub))) ok = verifySecp256k1(pub, keccak256(msg), rs);
    else if (same(addressFromPubKey("secp256k1", pub))) ok = verifySecp256k1(pub, sha256(msg), rs);
    else throw new ProtocolError(401, "bad_signature", `walletSig.pubkey does not belong to ${wallet}`);
  } catch (e) {
    if (e instanceof ProtocolError) throw e;
    ok = false;
  }
  if (!ok) throw new ProtocolError(401, "bad_signature", `the wallet signature of ${wallet} does not verify`);
}

export const walletMessages = {
  upload: (fileHash: string, wallet: string, sequence: string, reqTime: string | number) => `${fileHash}${wallet}${sequence}${reqTime}`,
  download: (fileHash: string, wallet: string, sequence: string, reqTime: string | number) => `${fileHash}${wallet}${sequence}${reqTime}`,
  file: (fileHash: string, wallet: string, reqTime: string | number) => `${fileHash}${wallet}${reqTime}`,
  list: (wallet: string, reqTime: string | number) => `${wallet}${reqTime}`,
  shared: (shareLink: string, wallet: string, reqTime: string | number) => `${shareLink}${wallet}${reqTime}`,
};
