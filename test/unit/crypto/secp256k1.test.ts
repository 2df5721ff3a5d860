import { expect } from "chai";
import { sha256 } from "../../../chain/crypto/hash.ts";
import {
  compressPublicKey,
  decompressPublicKey,
  isCanonicalSignature,
  isValidPublicKey,
  publicKeyFromPrivate,
  secp256k1Backend,
  secp256k1Verifiers,
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

// The same rules through each libsecp256k1 build: the native binding (used when it loads) and the
// WASM fallback. verifySecp256k1 above runs whichever is active; these run both explicitly.
describe("crypto/secp256k1 backends", () => {
  it("the native binding loads on linux-x64 after a plain npm ci (no install scripts needed)", function () {
    if (process.platform !== "linux" || process.arch !== "x64" || process.env.STRATOS_SECP256K1 === "wasm") this.skip();
    expect(secp256k1Verifiers.native, "secp256k1/bindings failed to load: prebuilt binding missing?").to.be.a("function");
    expect(secp256k1Backend).to.equal("native");
  });

  const backends = Object.entries(secp256k1Verifiers).filter(([, v]) => v !== undefined) as [string, typeof verifySecp256k1][];
  for (const [name, verify] of backends) {
    describe(name, () => {
      // Vector: private key 1, digest sha256("stratos"), RFC 6979 signature (as also signed by @noble/curves).
      const G = unhex("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798");
      const d = unhex("cc90a2942090c234bd487bd4c7ebe829e27980e473be4c9979a6ee35a24d41c8");
      const sig = unhex(
        "a4c364be23551519440ce03ac3a27f2b4a07cd5e05d6cf443dbfe203573ee2a7197a83879abbdc78bead5ffafd890f0ebecca1b53c76647ea658ff7747d19010",
      );

      it("accepts the fixed vector and rejects any flipped bit of digest, key or signature", () => {
        expect(hex(curves.sign(d, priv1, { prehash: false, lowS: true }))).to.equal(hex(sig));
        expect(verify(G, d, sig)).to.equal(true);
        for (const [what, bytes] of [["digest", d], ["sig", sig], ["key", G]] as const) {
          for (const i of [0, 5, bytes.length - 1]) {
            if (what === "key" && i === 0) continue; // the prefix byte picks the other y: a different key
            const b = new Uint8Array(bytes);
            b[i]! ^= 1;
            const args = { digest: [G, b, sig], sig: [G, d, b], key: [b, d, sig] }[what] as [Uint8Array, Uint8Array, Uint8Array];
            expect(verify(...args), `${what}[${i}] flipped`).to.equal(false);
          }
        }
      });

      it("low-S only; r and s ranges; lengths; points not on the curve", () => {
        expect(verify(G, d, highS(sig))).to.equal(false);
        const withS = (s: bigint) => new Uint8Array([...sig.subarray(0, 32), ...to32(s)]);
        const withR = (r: bigint) => new Uint8Array([...to32(r), ...sig.subarray(32)]);
        for (const bad of [withS(0n), withS(N / 2n + 1n), withS(N), withS(N + 1n), withR(0n), withR(N), withR(2n ** 256n - 1n)]) {
          expect(verify(G, d, bad)).to.equal(false);
        }
        expect(verify(G, d, sig.subarray(0, 63))).to.equal(false);
        expect(verify(G, d, new Uint8Array([...sig, 0]))).to.equal(false);
        expect(verify(unhex("02" + "00".repeat(31) + "05"), d, sig)).to.equal(false);
        expect(verify(publicKeyFromPrivate(priv1, false), d, sig)).to.equal(false);
        expect(verify(null as unknown as Uint8Array, d, sig)).to.equal(false);
      });

      it("agrees with @noble/curves (strict low-S) on 40 keys, valid and tampered", () => {
        for (let i = 0; i < 40; i++) {
          const priv = sha256(new Uint8Array([i, 9]));
          const dg = sha256(new Uint8Array([i, 7]));
          const pub = publicKeyFromPrivate(priv);
          const good = signSecp256k1(priv, dg);
          const tampered = new Uint8Array(good);
          tampered[10]! ^= 0x40;
          for (const s of [good, tampered, highS(good)]) {
            expect(verify(pub, dg, s)).to.equal(curves.verify(s, dg, pub, { prehash: false, lowS: true }));
          }
        }
      });
    });
  }
});
