/**
 * secp256k1 ECDSA with Cosmos SDK rules (also used by eth_secp256k1, which only differs in hashing).
 *
 * Backend: tiny-secp256k1 (libsecp256k1 compiled to WebAssembly). Verifications/s on one core with
 * 200 distinct keys/messages, node 20.20 (bench/signatures.ts, see its output for current figures):
 *
 *   @noble/secp256k1 3.2        ~  550/s   1.0x  (pure JS, baseline)
 *   @noble/curves 2.4           ~  990/s   1.8x  (pure JS, precomputed base-point tables)
 *   node:crypto (OpenSSL 3.0)   ~ 2800/s   5.1x  (incl. SPKI/DER conversion; ~4100/s if KeyObjects were cached)
 *   tiny-secp256k1 2.2 (WASM)   ~ 5300/s   9.6x  <- used; verifySecp256k1's own checks cost no measurable time
 *
 * Why tiny-secp256k1: fastest, and it is libsecp256k1 - the same library go-ethereum's
 * VerifySignature uses (cgo build), so edge-case behaviour matches Stratos' eth_secp256k1.
 * node:crypto cannot be used here anyway: it has no API to verify a precomputed digest
 * (it always hashes the message itself, and has no Keccak), and OpenSSL accepts high-S.
 *
 * Low-S: tiny-secp256k1's `verify(h, Q, sig, strict)` normalizes s before verifying unless
 * strict === true; with strict it calls secp256k1_ecdsa_verify directly, which rejects s > n/2.
 * We pass strict=true AND check the range ourselves first (cheap, and it keeps malformed input
 * from reaching code that throws).
 */
import * as ecc from "tiny-secp256k1";

/** Curve order n, big-endian. */
const N_BYTES = hexBytes("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
/** floor(n / 2): the largest s accepted (Cosmos SDK / libsecp256k1 "lower-S" form). */
const HALF_N_BYTES = hexBytes("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(Buffer.from(hex, "hex"));
}

/** Big-endian compare of a[off..off+32) against b (32 bytes). */
function cmp32(a: Uint8Array, off: number, b: Uint8Array): number {
  for (let i = 0; i < 32; i++) {
    const d = a[off + i]! - b[i]!;
    if (d !== 0) return d;
  }
  return 0;
}

function isZero32(a: Uint8Array, off: number): boolean {
  for (let i = 0; i < 32; i++) if (a[off + i] !== 0) return false;
  return true;
}

function isBytes(x: unknown): x is Uint8Array {
  return x instanceof Uint8Array;
}

/** True iff sig is exactly 64 bytes r||s with 0 < r < n and 0 < s <= n/2. */
export function isCanonicalSignature(sig: Uint8Array): boolean {
  return (
    isBytes(sig) &&
    sig.length === 64 &&
    !isZero32(sig, 0) &&
    cmp32(sig, 0, N_BYTES) < 0 &&
    !isZero32(sig, 32) &&
    cmp32(sig, 32, HALF_N_BYTES) <= 0
  );
}

/**
 * Verify a 64-byte r||s signature over a 32-byte digest with a 33-byte compressed key, with the
 * Cosmos SDK's rules: exact lengths, r and s in range, low-S only, key must be a curve point.
 * Never throws: any malformed input yields false.
 */
export function verifySecp256k1(pubkey33: Uint8Array, digest32: Uint8Array, sig64: Uint8Array): boolean {
  if (!isBytes(pubkey33) || pubkey33.length !== 33 || (pubkey33[0] !== 0x02 && pubkey33[0] !== 0x03)) return false;
  if (!isBytes(digest32) || digest32.length !== 32) return false;
  if (!isCanonicalSignature(sig64)) return false;
  try {
    return ecc.verify(digest32, pubkey33, sig64, true);
  } catch {
    // tiny-secp256k1 throws "Expected Point" when x is not on the curve.
    return false;
  }
}

/** True iff key is a valid compressed (33) or uncompressed (65) secp256k1 point. */
export function isValidPublicKey(key: Uint8Array): boolean {
  if (!isBytes(key)) return false;
  if (!(key.length === 33 && (key[0] === 2 || key[0] === 3)) && !(key.length === 65 && key[0] === 4)) return false;
  try {
    ecc.pointCompress(key, true);
    return true;
  } catch {
    return false;
  }
}

function assertPrivateKey(priv32: Uint8Array): void {
  if (!isBytes(priv32) || priv32.length !== 32 || !ecc.isPrivate(priv32)) {
    throw new Error("invalid secp256k1 private key: expected 32 bytes in [1, n-1]");
  }
}

function assertDigest(digest32: Uint8Array): void {
  if (!isBytes(digest32) || digest32.length !== 32) {
    throw new Error(`invalid digest: expected 32 bytes, got ${isBytes(digest32) ? digest32.length : typeof digest32}`);
  }
}

/** Deterministic (RFC 6979) signature, 64 bytes r||s, always low-S (libsecp256k1 normalizes). */
export function signSecp256k1(priv32: Uint8Array, digest32: Uint8Array): Uint8Array {
  assertPrivateKey(priv32);
  assertDigest(digest32);
  return ecc.sign(digest32, priv32);
}

/**
 * Deterministic low-S signature with the Ethereum recovery byte appended: 65 bytes r||s||v,
 * v in {0,1} - the form go-ethereum's crypto.Sign (and so the stratosd keyring) produces.
 */
export function signSecp256k1Recoverable(priv32: Uint8Array, digest32: Uint8Array): Uint8Array {
  assertPrivateKey(priv32);
  assertDigest(digest32);
  const { signature, recoveryId } = ecc.signRecoverable(digest32, priv32);
  const out = new Uint8Array(65);
  out.set(signature, 0);
  out[64] = recoveryId;
  return out;
}

export function publicKeyFromPrivate(priv32: Uint8Array, compressed = true): Uint8Array {
  assertPrivateKey(priv32);
  const pub = ecc.pointFromScalar(priv32, compressed);
  if (!pub) throw new Error("invalid secp256k1 private key");
  return pub;
}

/** 33-byte compressed key -> 65-byte uncompressed (0x04 || X || Y). Throws on an invalid point. */
export function decompressPublicKey(pub33: Uint8Array): Uint8Array {
  if (!isBytes(pub33) || pub33.length !== 33 || (pub33[0] !== 2 && pub33[0] !== 3)) {
    throw new Error("invalid compressed secp256k1 public key: expected 33 bytes starting with 0x02 or 0x03");
  }
  try {
    return ecc.pointCompress(pub33, false);
  } catch {
    throw new Error("invalid secp256k1 public key: not a point on the curve");
  }
}

/** Any valid point (33 or 65 bytes) -> 33-byte compressed form. Throws on an invalid point. */
export function compressPublicKey(pub: Uint8Array): Uint8Array {
  if (!isValidPublicKey(pub)) throw new Error("invalid secp256k1 public key");
  return ecc.pointCompress(pub, true);
}
