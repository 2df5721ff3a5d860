/**
 * Wallet signatures on user requests, as Stratos' resource node (`ppd`, stratosnet/sds v0.12.11) and
 * its SDKs make and check them. Used by the resource node's `user_*` JSON-RPC API and by the meta
 * node, which re-checks every wallet-signed request a gateway forwards.
 *
 * What a signature is (sds framework/types/verify.go, framework/crypto/secp256k1, sds-msg/utils/sign.go):
 *  - the JSON object {address: "st1…", pubkey: bech32 of the 33-byte compressed key (SDKs use the
 *    prefix "stpub"; ppd ignores the prefix), signature: hex}
 *  - the signed text is a plain concatenation of strings (see `walletSignMessage`), e.g. upload =
 *    fileHash + wallet + sequenceNumber + reqTime (decimal unix seconds)
 *  - key type eth_secp256k1: ECDSA over Keccak-256(text), address = last 20 bytes of Keccak-256 of
 *    the uncompressed key; the signature is go-ethereum's 65-byte r||s||v (v is dropped unchecked)
 *    or 64-byte r||s; s must be low (libsecp256k1 rejects s > n/2).
 * We also accept Cosmos secp256k1 wallets (ppd does not): address = RIPEMD-160(SHA-256(key)), the
 * 64-byte signature over SHA-256(text) (what a Cosmos SDK key's Sign does), or over the ADR-036
 * sign doc of the text (what Keplr's signArbitrary produces). Which type applies follows from the
 * address: at most one derivation of the key matches it.
 */
import { makeSignDoc, serializeSignDoc } from "@cosmjs/amino";
import { fromBech32, toBech32, ACCOUNT_PREFIX, ACCOUNT_PUBKEY_PREFIX } from "../../chain/crypto/bech32.ts";
import { keccak256, sha256 } from "../../chain/crypto/hash.ts";
import { addressFromPubKey } from "../../chain/crypto/pubkey.ts";
import {
  publicKeyFromPrivate,
  signSecp256k1,
  signSecp256k1Recoverable,
  verifySecp256k1,
} from "../../chain/crypto/secp256k1.ts";

/** The `signature` object of every wallet-signed `user_*` request (sds pp/api/rpc Signature). */
export interface WalletSignature {
  /** Signer's wallet address, bech32 `st1…`. */
  address: string;
  /** Bech32 of the 33-byte compressed secp256k1 public key (`stpub1…`). */
  pubkey: string;
  /** Hex: 65 bytes r||s||v or 64 bytes r||s. */
  signature: string;
}

export type WalletKeyType = "eth_secp256k1" | "secp256k1";

/**
 * The strings a wallet signs, byte for byte as sds-msg/utils/sign.go builds them. `reqTime` is unix
 * seconds, written in decimal; `sequence` is the meta node's per-wallet sequence number (what
 * `user_requestGetOzone` returns as `sequencynumber`).
 */
export const walletSignMessage = {
  /** user_requestUpload, user_uploadData, user_uploadSign (GetFileUploadWalletSignMessage). */
  upload: (fileHash: string, wallet: string, sequence: string, reqTime: number) =>
    fileHash + wallet + sequence + String(reqTime),
  /** user_requestDownload; the meta node supplies the sequence (GetFileDownloadWalletSignMessage). */
  download: (fileHash: string, wallet: string, sequence: string, reqTime: number) =>
    fileHash + wallet + sequence + String(reqTime),
  /** user_getFileStatus (GetFileStatusWalletSignMessage). */
  fileStatus: (fileHash: string, wallet: string, reqTime: number) => fileHash + wallet + String(reqTime),
  /** user_requestDeleteFile (ppd checks it with DeleteShareWalletSignMessage: same shape). */
  deleteFile: (fileHash: string, wallet: string, reqTime: number) => fileHash + wallet + String(reqTime),
  /** user_requestList (FindMyFileListWalletSignMessage). */
  list: (wallet: string, reqTime: number) => wallet + String(reqTime),
  /** user_requestShare (GetShareFileWalletSignMessage, with the file hash). */
  share: (fileHash: string, wallet: string, reqTime: number) => fileHash + wallet + String(reqTime),
  /** user_requestListShare (the example client signs FindMyFileListWalletSignMessage: wallet + time). */
  listShare: (wallet: string, reqTime: number) => wallet + String(reqTime),
  /** user_requestStopShare (DeleteShareWalletSignMessage). */
  stopShare: (shareId: string, wallet: string, reqTime: number) => shareId + wallet + String(reqTime),
  /**
   * user_requestGetShared (GetDownloadShareFileWalletSignMessage). `link` is the share link without
   * its `sds://` scheme and without the `/password` part.
   */
  getShared: (link: string, wallet: string, sequence: string, reqTime: number) =>
    link + wallet + sequence + String(reqTime),
} as const;

export type VerifyResult =
  | { ok: true; keyType: WalletKeyType; address: string }
  | { ok: false; reason: string };

const HEX = /^(?:[0-9a-fA-F]{2})*$/;

function fail(reason: string): VerifyResult {
  return { ok: false, reason };
}

/** ADR-036 (`signArbitrary`) sign bytes of `message` for `signer`. */
export function adr036SignBytes(signer: string, message: string): Uint8Array {
  const msg = {
    type: "sign/MsgSignData",
    value: { signer, data: Buffer.from(message, "utf8").toString("base64") },
  };
  return serializeSignDoc(makeSignDoc([msg], { gas: "0", amount: [] }, "", "", 0, 0));
}

interface ParsedSignature {
  address: string;
  keyType: WalletKeyType;
  key: Uint8Array;
  /** 64 bytes r||s. */
  rs: Uint8Array;
  length: number;
}

/** Checks the fields of a signature object and that the address belongs to the key. */
function parseWalletSignature(sig: unknown): ParsedSignature | string {
  if (!sig || typeof sig !== "object") return "signature must be an object {address, pubkey, signature}";
  const { address, pubkey, signature } = sig as Record<string, unknown>;
  if (typeof address !== "string" || address === "") return "signature.address must be a non-empty string";
  if (typeof pubkey !== "string" || pubkey === "") return "signature.pubkey must be a non-empty string";
  if (typeof signature !== "string" || signature === "") return "signature.signature must be a non-empty hex string";

  let addrBytes: Uint8Array;
  try {
    addrBytes = fromBech32(address, ACCOUNT_PREFIX).data;
  } catch (e) {
    return `signature.address: ${(e as Error).message}`;
  }
  if (addrBytes.length !== 20) return `signature.address must hold 20 bytes, got ${addrBytes.length}`;

  let key: Uint8Array;
  try {
    // ppd decodes the key's bech32 and ignores its prefix; so do we (the address check binds the key).
    key = fromBech32(pubkey).data;
  } catch (e) {
    return `signature.pubkey: ${(e as Error).message}`;
  }
  if (key.length !== 33 || (key[0] !== 2 && key[0] !== 3)) {
    return `signature.pubkey must be a 33-byte compressed secp256k1 key, got ${key.length} bytes`;
  }

  if (!HEX.test(signature)) return "signature.signature is not hex";
  const sigBytes = Uint8Array.from(Buffer.from(signature, "hex"));
  if (sigBytes.length !== 64 && sigBytes.length !== 65) {
    return `signature.signature must be 64 or 65 bytes, got ${sigBytes.length}`;
  }
  const rs = sigBytes.subarray(0, 64);

  let ethAddr: Uint8Array;
  try {
    ethAddr = addressFromPubKey("eth_secp256k1", key);
  } catch {
    return "signature.pubkey is not a point on the secp256k1 curve";
  }
  if (bytesEqual(ethAddr, addrBytes)) return { address, keyType: "eth_secp256k1", key, rs, length: sigBytes.length };
  if (bytesEqual(addressFromPubKey("secp256k1", key), addrBytes)) {
    if (sigBytes.length !== 64) return "a Cosmos secp256k1 signature must be 64 bytes";
    return { address, keyType: "secp256k1", key, rs, length: 64 };
  }
  return "signature.address does not belong to signature.pubkey";
}

/**
 * Null when `sig` is well formed and its address belongs to its key, else the reason. For requests
 * whose signed string only the meta node can rebuild (it holds the sequence number).
 */
export function checkWalletSignatureForm(sig: unknown): string | null {
  const p = parseWalletSignature(sig);
  return typeof p === "string" ? p : null;
}

/**
 * Checks that `sig` is a valid signature of `message` by the key whose address is `sig.address`.
 * Never throws: malformed fields (wrong types, bad bech32, bad hex, off-curve key) give a reason.
 */
export function verifyWalletSignature(sig: unknown, message: string): VerifyResult {
  const p = parseWalletSignature(sig);
  if (typeof p === "string") return fail(p);
  if (typeof message !== "string") return fail("nothing to verify against");
  const text = Buffer.from(message, "utf8");
  if (p.keyType === "eth_secp256k1") {
    if (verifySecp256k1(p.key, keccak256(text), p.rs)) return { ok: true, keyType: p.keyType, address: p.address };
    return fail("signature does not verify (eth_secp256k1, Keccak-256 of the request string)");
  }
  if (verifySecp256k1(p.key, sha256(text), p.rs)) return { ok: true, keyType: p.keyType, address: p.address };
  if (verifySecp256k1(p.key, sha256(adr036SignBytes(p.address, message)), p.rs)) {
    return { ok: true, keyType: p.keyType, address: p.address };
  }
  return fail("signature does not verify (secp256k1: SHA-256 of the request string or its ADR-036 sign doc)");
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Wallet address (`st1…`) of a 33-byte compressed key for the given key type. */
export function walletAddress(pubkey33: Uint8Array, keyType: WalletKeyType = "eth_secp256k1"): string {
  return toBech32(ACCOUNT_PREFIX, addressFromPubKey(keyType, pubkey33));
}

/**
 * Signs `message` like a Stratos wallet: eth_secp256k1 gives go-ethereum's 65-byte r||s||v over
 * Keccak-256 (sds PrivKey.Sign; deterministic RFC 6979, so the same bytes as the Go code), Cosmos
 * secp256k1 the 64-byte r||s over SHA-256. For CLIs and tests that act for a wallet they hold.
 */
export function signWalletMessage(
  privateKey: Uint8Array,
  message: string,
  keyType: WalletKeyType = "eth_secp256k1",
): WalletSignature {
  const pub = publicKeyFromPrivate(privateKey, true);
  const text = Buffer.from(message, "utf8");
  const sig =
    keyType === "eth_secp256k1"
      ? signSecp256k1Recoverable(privateKey, keccak256(text))
      : signSecp256k1(privateKey, sha256(text));
  return {
    address: walletAddress(pub, keyType),
    pubkey: toBech32(ACCOUNT_PUBKEY_PREFIX, pub),
    signature: Buffer.from(sig).toString("hex"),
  };
}

/** How far a request's `req_time` may be from the receiver's clock (ppd's SIGNATURE_INFO_TTL). */
export const REQ_TIME_WINDOW_SECONDS = 600;

/** Null when `reqTime` (unix seconds) is within the window around `nowSeconds`, else the reason. */
export function checkReqTime(reqTime: number, nowSeconds: number, windowSeconds = REQ_TIME_WINDOW_SECONDS): string | null {
  if (!Number.isSafeInteger(reqTime) || reqTime <= 0) return "req_time must be a positive integer (unix seconds)";
  if (Math.abs(nowSeconds - reqTime) > windowSeconds) {
    return `req_time ${reqTime} is more than ${windowSeconds} s away from this node's clock (${nowSeconds}); sign the request again with the current time`;
  }
  return null;
}
