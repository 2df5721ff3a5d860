import { expect } from "chai";
import { sha256 } from "../../../chain/crypto/hash.ts";
import {
  compressPublicKey,
  decompressPublicKey,
  isCanonicalSignature,
  isValidPublicKey,
  publicKeyFromPrivate,
  signSecp256k1,
  signSecp256k1Recoverable,
  verifySecp256k1,
} from "../../../chain/crypto/secp256k1.ts";
import * as nobleSecp from "@noble/secp256k1";
import { secp256k1 as curves } from "@noble/curves/secp256k1.js";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const unhex = (s: string) => new Uint8Array(Buffer.from(s, "hex"));
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const toBig = (b: Uint8Array) => BigInt("0x" + hex(b));
const to32 = (n: bigint) => unhex(n.toString(16).padStart(64, "0"));

function highS(sig: Uint8Array): Uint8Array {
  const out = new Uint8Array(sig);
  out.set(to32(N - toBig(sig.subarray(32))), 32);
  return out;
}

const priv1 = to32(1n);
const privA = sha256(new TextEncoder().encode("stratos test key A"));
const digest = sha256(new TextEncoder().encode("hello stratos"));

describe("crypto/secp256k1", () => {
  it("public key of private key 1 is the generator", () => {
    expect(hex(publicKeyFromPrivate(priv1))).to.equal("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");
    expect(hex(publicKeyFromPrivate(priv1, false))).to.equal(
      "0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8",
    );
    expect(hex(decompressPublicKey(publicKeyFromPrivate(priv1)))).to.equal(hex(publicKeyFromPrivate(priv1, false)));
    expect(hex(compressPublicKey(publicKeyFromPrivate(priv1, false)))).to.equal(hex(publicKeyFromPrivate(priv1)));
  });

  it("sign/verify round trip; deterministic RFC 6979, low-S, 64 bytes", () => {
    const pub = publicKeyFromPrivate(privA);
    const sig = signSecp256k1(privA, digest);
    expect(sig.length).to.equal(64);
    expect(hex(signSecp256k1(privA, digest))).to.equal(hex(sig));
    expect(isCanonicalSignature(sig)).to.equal(true);
    expect(verifySecp256k1(pub, digest, sig)).to.equal(true);
    // Same RFC 6979 nonce as an independent implementation.
    expect(hex(curves.sign(digest, privA, { prehash: false, lowS: true }))).to.equal(hex(sig));
    const other = new Uint8Array(digest);
    other[0]! ^= 1;
    expect(verifySecp256k1(pub, other, sig)).to.equal(false);
    expect(verifySecp256k1(publicKeyFromPrivate(priv1), digest, sig)).to.equal(false);
  });

  it("many keys: every signature is low-S and verifies", () => {
    for (let i = 0; i < 50; i++) {
      const priv = sha256(new Uint8Array([i, 1, 2]));
      const d = sha256(new Uint8Array([i]));
      const sig = signSecp256k1(priv, d);
      expect(toBig(sig.subarray(32)) <= N / 2n).to.equal(true);
      expect(verifySecp256k1(publicKeyFromPrivate(priv), d, sig)).to.equal(true);
    }
  });

  it("rejects the high-S variant of a valid signature", () => {
    const pub = publicKeyFromPrivate(privA);
    const sig = signSecp256k1(privA, digest);
    const hi = highS(sig);
    // It is a mathematically valid ECDSA signature (accepted by a lax verifier)...
    expect(nobleSecp.verify(hi, digest, pub, { prehash: false, lowS: false })).to.equal(true);
    // ...but not under Cosmos rules.
    expect(verifySecp256k1(pub, digest, hi)).to.equal(false);
  });

  it("rejects 63- and 65-byte signatures and out-of-range r/s", () => {
    const pub = publicKeyFromPrivate(privA);
    const sig = signSecp256k1(privA, digest);
    expect(verifySecp256k1(pub, digest, sig.subarray(0, 63))).to.equal(false);
    expect(verifySecp256k1(pub, digest, new Uint8Array([...sig, 0]))).to.equal(false);
    expect(verifySecp256k1(pub, digest, new Uint8Array([...sig, 1]))).to.equal(false);
    expect(verifySecp256k1(pub, digest, new Uint8Array(64))).to.equal(false);
    const rZero = new Uint8Array(sig);
    rZero.fill(0, 0, 32);
    expect(verifySecp256k1(pub, digest, rZero)).to.equal(false);
    const rN = new Uint8Array(sig);
    rN.set(to32(N), 0);
    expect(verifySecp256k1(pub, digest, rN)).to.equal(false);
    const rMax = new Uint8Array(sig);
    rMax.fill(0xff, 0, 32);
    expect(verifySecp256k1(pub, digest, rMax)).to.equal(false);
  });

  it("garbage public keys, digests and non-bytes return false instead of throwing", () => {
    const sig = signSecp256k1(privA, digest);
    const notOnCurve = unhex("02" + "00".repeat(31) + "05"); // x = 5 has no curve point
    const bad: unknown[] = [
      new Uint8Array(33),
      notOnCurve,
      unhex("05" + "11".repeat(32)),
      publicKeyFromPrivate(privA, false), // 65-byte uncompressed is not a Cosmos secp256k1 key
      publicKeyFromPrivate(privA).subarray(1), // 32-byte x-only
      new Uint8Array(0),
      "02abcd",
      null,
      undefined,
      [2, 3, 4],
    ];
    for (const k of bad) expect(verifySecp256k1(k as Uint8Array, digest, sig)).to.equal(false);
    const pub = publicKeyFromPrivate(privA);
    expect(verifySecp256k1(pub, digest.subarray(0, 31), sig)).to.equal(false);
    expect(verifySecp256k1(pub, null as unknown as Uint8Array, sig)).to.equal(false);
    expect(verifySecp256k1(pub, digest, "x" as unknown as Uint8Array)).to.equal(false);
    expect(isValidPublicKey(notOnCurve)).to.equal(false);
    expect(isValidPublicKey(pub)).to.equal(true);
    expect(() => decompressPublicKey(notOnCurve)).to.throw(/not a point on the curve/);
  });

  it("recoverable signature: r||s is the plain signature, v recovers the key", () => {
    const sig65 = signSecp256k1Recoverable(privA, digest);
    expect(sig65.length).to.equal(65);
    expect(hex(sig65.subarray(0, 64))).to.equal(hex(signSecp256k1(privA, digest)));
    expect([0, 1]).to.include(sig65[64]);
    const recovered = nobleSecp.recoverPublicKey(new Uint8Array([sig65[64]!, ...sig65.subarray(0, 64)]), digest, { prehash: false });
    expect(hex(recovered)).to.equal(hex(publicKeyFromPrivate(privA)));
  });

  it("rejects invalid private keys", () => {
    expect(() => signSecp256k1(new Uint8Array(32), digest)).to.throw(/invalid secp256k1 private key/);
    expect(() => signSecp256k1(to32(N), digest)).to.throw(/invalid secp256k1 private key/);
    expect(() => publicKeyFromPrivate(new Uint8Array(31))).to.throw(/invalid secp256k1 private key/);
    expect(() => signSecp256k1(privA, new Uint8Array(33))).to.throw(/invalid digest/);
  });
});
