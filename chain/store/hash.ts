/**
 * SHA-256 and the SMT node hashes (ICS23 SmtSpec).
 *
 * Measured on this machine (node 20.20, 1 core, ns per call, after warm-up):
 *
 *   input bytes                      32     65     70
 *   node:crypto hash() one-shot     541    698    698   <- used
 *   node:crypto createHash          898    905   1141
 *   @noble/hashes sha256            794   1323   1380
 *
 * The one-shot `crypto.hash()` (node >= 20.12) skips the Hash object/stream machinery that
 * dominates for the 32-70 byte inputs a Merkle tree hashes; createHash is the fallback.
 */
import * as nodeCrypto from "node:crypto";

const oneShot = (nodeCrypto as { hash?: typeof nodeCrypto.hash }).hash;

export const sha256: (data: Uint8Array) => Buffer =
  typeof oneShot === "function"
    ? (data) => oneShot("sha256", data, "buffer")
    : (data) => nodeCrypto.createHash("sha256").update(data).digest();

export const HASH_LEN = 32;
/** Hash of an empty subtree (and the ICS23 emptyChild). */
export const EMPTY_HASH: Buffer = Buffer.alloc(HASH_LEN);

// Scratch buffers: one allocation per hash is avoided; crypto.hash copies its input synchronously.
const leafBuf = Buffer.alloc(1 + 2 * HASH_LEN);
leafBuf[0] = 0x00;
const innerBuf = Buffer.alloc(1 + 2 * HASH_LEN);
innerBuf[0] = 0x01;

/** leaf = SHA256(0x00 || SHA256(key) || SHA256(value)); `path` is SHA256(key). */
export function leafHash(path: Uint8Array, value: Uint8Array): Buffer {
  leafBuf.set(path, 1);
  leafBuf.set(sha256(value), 1 + HASH_LEN);
  return sha256(leafBuf);
}

/** inner = SHA256(0x01 || left || right), empty children hashed as 32 zero bytes. */
export function innerHash(left: Uint8Array, right: Uint8Array): Buffer {
  innerBuf.set(left, 1);
  innerBuf.set(right, 1 + HASH_LEN);
  return sha256(innerBuf);
}
