/**
 * secp256k1 ECDSA with Cosmos SDK rules (also used by eth_secp256k1, which only differs in hashing).
 *
 * Verification backend: libsecp256k1 either way, so edge-case behaviour matches the SDK and
 * go-ethereum's VerifySignature (cgo build) that Stratos' eth_secp256k1 uses:
 *   - native: the `secp256k1` package's N-API binding (prebuilt .node files for linux-x64 glibc/musl,
 *     darwin-arm64, win32-x64 ship inside the package and are found at load time by node-gyp-build,
 *     so npm v11 holding back its install script changes nothing);
 *   - wasm: tiny-secp256k1 (libsecp256k1 compiled to WebAssembly), the fallback when the binding
 *     cannot load (another platform, or STRATOS_SECP256K1=wasm).
 * We load `secp256k1/bindings`, never the package's index: the index silently falls back to
 * `elliptic` (pure JS, ~15x slower and not libsecp256k1).
 *
 * Verifications/s on one core, 200 distinct keys/messages, node 20.20, this 2-core EPYC machine
 * (bench/signatures.ts; the machine was shared by other work, so absolute figures vary a lot; the
 * ratios within one run are the stable part):
 *
 *   @noble/secp256k1 3.2        ~   550/s   1.0x  (pure JS, baseline)
 *   @noble/curves 2.4           ~   990/s   1.8x  (pure JS, precomputed base-point tables)
 *   node:crypto (OpenSSL 3.0)   ~  2800/s   5.1x  (incl. SPKI/DER conversion; no digest API, accepts high-S)
 *   tiny-secp256k1 2.2 (WASM)   ~  5300/s   9.6x  <- fallback
 *   secp256k1 5.0 (native)      ~ 12000/s        <- used: 2.6-3.1x the WASM build in the same runs
 *
 * Low-S: both call secp256k1_ecdsa_verify directly (tiny-secp256k1 with strict=true; the native
 * binding always), which rejects s > n/2. We also check lengths and r, s ranges ourselves first:
 * cheap, identical for both backends, and it keeps malformed input away from code that throws.
 * Signing, key derivation and point (de)compression stay on tiny-secp256k1: they are not on the
 * hot path (parsed keys are memoised in pubkey.ts) and one implementation is simpler to trust.
 */
import { createRequire } from "node:module";
import * as ecc from "tiny-secp256k1";

/** Raw verify of a 64-byte compact signature; may throw on unparsable input. */
type RawVerify = (digest32: Uint8Array, pubkey33: Uint8Array, sig64: Uint8Array) => boolean;

interface NativeSecp256k1 {
  ecdsaVerify(sig: Uint8Array, msg32: Uint8Array, pubkey: Uint8Array): boolean;
}

function loadNative(): RawVerify | undefined {
  try {
    const require = createRequire(import.meta.url);
    const native = require("secp256k1/bindings") as NativeSecp256k1;
    const verify: RawVerify = (d, q, sig) => native.ecdsaVerify(sig, d, q);
    // Self-test on load (generator key, known-good signature) so a broken binding falls back.
    return verify(SELF_TEST.digest, SELF_TEST.pub, SELF_TEST.sig) && !verify(SELF_TEST.digest, SELF_TEST.pub, SELF_TEST.highS) ? verify : undefined;
  } catch {
    return undefined;
  }
}

const wasmVerify: RawVerify = (d, q, sig) => ecc.verify(d, q, sig, true);

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

function checkedVerify(raw: RawVerify, pubkey33: Uint8Array, digest32: Uint8Array, sig64: Uint8Array): boolean {
  if (!isBytes(pubkey33) || pubkey33.length !== 33 || (pubkey33[0] !== 0x02 && pubkey33[0] !== 0x03)) return false;
  if (!isBytes(digest32) || digest32.length !== 32) return false;
  if (!isCanonicalSignature(sig64)) return false;
  try {
    return raw(digest32, pubkey33, sig64);
  } catch {
    // Both throw when the key's x is not on the curve.
    return false;
  }
}

/** Known-good vector: private key 1 (public key = generator), digest sha256("stratos"). */
const SELF_TEST = {
  pub: hexBytes("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"),
  digest: hexBytes("cc90a2942090c234bd487bd4c7ebe829e27980e473be4c9979a6ee35a24d41c8"),
  sig: hexBytes("a4c364be23551519440ce03ac3a27f2b4a07cd5e05d6cf443dbfe203573ee2a7197a83879abbdc78bead5ffafd890f0ebecca1b53c76647ea658ff7747d19010"),
  highS: hexBytes("a4c364be23551519440ce03ac3a27f2b4a07cd5e05d6cf443dbfe203573ee2a7e6857c78654423874152a0050276f0effbe23b3172d23bbd19795f158864b131"),
};

const nativeVerify = process.env.STRATOS_SECP256K1 === "wasm" ? undefined : loadNative();

/** Which libsecp256k1 build verifies signatures in this process. */
export const secp256k1Backend: "native" | "wasm" = nativeVerify ? "native" : "wasm";

/** Both backends with the same checks, for tests and benches; native is undefined when it cannot load. */
export const secp256k1Verifiers: { native?: typeof verifySecp256k1; wasm: typeof verifySecp256k1 } = {
  native: nativeVerify ? (q, d, sig) => checkedVerify(nativeVerify, q, d, sig) : undefined,
  wasm: (q, d, sig) => checkedVerify(wasmVerify, q, d, sig),
};

const activeVerify = nativeVerify ?? wasmVerify;

/**
 * Verify a 64-byte r||s signature over a 32-byte digest with a 33-byte compressed key, with the
 * Cosmos SDK's rules: exact lengths, r and s in range, low-S only, key must be a curve point.
 * Never throws: any malformed input yields false.
 */
export function verifySecp256k1(pubkey33: Uint8Array, digest32: Uint8Array, sig64: Uint8Array): boolean {
  return checkedVerify(activeVerify, pubkey33, digest32, sig64);
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
