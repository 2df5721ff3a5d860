/**
 * Hash primitives used by addresses and signatures (Uint8Array in, fresh Uint8Array out).
 *
 * Implementation choice, measured on this machine (node 20.20, OpenSSL 3.0.19, 1 core, ns per call):
 *
 *   input bytes                      32     64    250   1000
 *   node:crypto hash() sha256       524    607    793   1623   <- used
 *   node:crypto createHash sha256   880    943   1285   2494
 *   @noble/hashes sha256            778   1126   2373   6024
 *   node:crypto hash() ripemd160    771   1123   1734   3846   <- used
 *   @noble/hashes ripemd160         954   1654   3334   8449
 *   @noble/hashes keccak_256       3607   4106   7862  26956   <- used (only Keccak available)
 *
 * The one-shot `crypto.hash()` (node >= 20.12) skips the Hash object and stream machinery,
 * which dominates for short inputs; createHash is the fallback for older 20.x.
 * Node's "sha3-256" is FIPS-202 SHA3 (different padding), NOT Keccak-256, so keccak must
 * come from @noble/hashes.
 */
import * as nodeCrypto from "node:crypto";
import { ripemd160 as nobleRipemd160 } from "@noble/hashes/legacy.js";
import { keccak_256 } from "@noble/hashes/sha3.js";

type Digest = (data: Uint8Array) => Uint8Array;

/** Re-wrap a Buffer as a plain Uint8Array (no copy) so callers can deep-compare with Uint8Arrays. */
function plain(buf: Buffer): Uint8Array {
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function nodeDigest(algorithm: string): Digest | undefined {
  try {
    // RIPEMD-160 lives in the OpenSSL "legacy" provider in OpenSSL 3.0.0-3.0.6; probe before use.
    nodeCrypto.createHash(algorithm).update(new Uint8Array(1)).digest();
  } catch {
    return undefined;
  }
  const oneShot = (nodeCrypto as { hash?: typeof nodeCrypto.hash }).hash;
  if (typeof oneShot === "function") {
    try {
      oneShot(algorithm, new Uint8Array(1), "buffer");
      return (data) => plain(oneShot(algorithm, data, "buffer"));
    } catch {
      // "buffer" output encoding not supported by this node build; use createHash.
    }
  }
  return (data) => plain(nodeCrypto.createHash(algorithm).update(data).digest());
}

const sha256Impl: Digest = nodeDigest("sha256")!; // always present in OpenSSL
const ripemd160Impl: Digest = nodeDigest("ripemd160") ?? ((data) => nobleRipemd160(data));

export function sha256(data: Uint8Array): Uint8Array {
  return sha256Impl(data);
}

export function ripemd160(data: Uint8Array): Uint8Array {
  return ripemd160Impl(data);
}

/** Ethereum's Keccak-256 (original Keccak padding 0x01, not SHA3-256's 0x06). */
export function keccak256(data: Uint8Array): Uint8Array {
  return keccak_256(data);
}
