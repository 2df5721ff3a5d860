import { expect } from "chai";
import { bls12_381 } from "@noble/curves/bls12-381.js";
import {
  BLS_POP_DST,
  BLS_PUBKEY_LENGTH,
  BLS_SIGNATURE_LENGTH,
  BLS_SIG_DST,
  blsAggregateSignatures,
  blsFastAggregateVerify,
  blsIsValidPublicKey,
  blsPopProve,
  blsPopVerify,
  blsPublicKey,
  blsSecretKeyFromSeed,
  blsSign,
  blsVerify,
} from "../../../chain/crypto/bls.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const unhex = (s: string) => new Uint8Array(Buffer.from(s.replace(/^0x/, ""), "hex"));
const enc = (s: string) => new TextEncoder().encode(s);
const fill = (n: number, v: number) => new Uint8Array(n).fill(v);

function flip(b: Uint8Array, i: number): Uint8Array {
  const out = new Uint8Array(b);
  out[i] ^= 0x01;
  return out;
}

/** 48-byte compressed encoding of a G1 curve point (y^2 = x^3 + 4) that is NOT in the r-order subgroup. */
function g1OffSubgroupPoint(): Uint8Array {
  const Fp = bls12_381.fields.Fp;
  for (let x = 1n; ; x++) {
    const rhs = Fp.add(Fp.mul(Fp.mul(x, x), x), 4n);
    let y: bigint;
    try {
      y = Fp.sqrt(rhs);
    } catch {
      continue;
    }
    const P = bls12_381.G1.Point.fromAffine({ x, y });
    if (P.isTorsionFree()) continue;
    const out = unhex(x.toString(16).padStart(96, "0"));
    out[0] |= 0x80;
    return out;
  }
}

/** 96-byte compressed encoding of a G2 twist point that is NOT in the r-order subgroup. */
function g2OffSubgroupPoint(): Uint8Array {
  const Fp2 = bls12_381.fields.Fp2;
  const b = Fp2.fromBigTuple([4n, 4n]);
  for (let c0 = 1n; ; c0++) {
    const x = Fp2.fromBigTuple([c0, 0n]);
    const rhs = Fp2.add(Fp2.mul(Fp2.mul(x, x), x), b);
    let y;
    try {
      y = Fp2.sqrt(rhs);
    } catch {
      continue;
    }
    if (!Fp2.eql(Fp2.sqr(y), rhs)) continue;
    const P = bls12_381.G2.Point.fromAffine({ x, y });
    if (P.isTorsionFree()) continue;
    const out = new Uint8Array(96);
    out.set(unhex(c0.toString(16).padStart(96, "0")), 48); // x = c1 || c0, c1 = 0
    out[0] |= 0x80;
    return out;
  }
}

describe("crypto/bls (BLS12-381, G1 pubkeys / G2 sigs, POP ciphersuite)", function () {
  this.timeout(60_000);

  const sks = Array.from({ length: 7 }, (_, i) => blsSecretKeyFromSeed(fill(32, i + 1)));
  const pks = sks.map(blsPublicKey);
  const msg = enc("stratos volume report txData");

  it("exposes the ciphersuite constants", () => {
    expect(BLS_PUBKEY_LENGTH).to.equal(48);
    expect(BLS_SIGNATURE_LENGTH).to.equal(96);
    expect(BLS_SIG_DST).to.equal("BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_");
    expect(BLS_POP_DST).to.equal("BLS_POP_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_");
  });

  it("derives deterministic 32-byte keys (IETF KeyGen == EIP-2333 derive_master_SK)", () => {
    expect(sks[0]).to.have.length(32);
    expect(hex(blsSecretKeyFromSeed(fill(32, 1)))).to.equal(hex(sks[0]));
    expect(hex(sks[0])).to.not.equal(hex(sks[1]));
    // EIP-2333 test case 0: seed -> master SK 6083874454709270928345386274498605044986640685124978867557563392430687146096
    const seed = unhex(
      "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04",
    );
    expect(BigInt("0x" + hex(blsSecretKeyFromSeed(seed)))).to.equal(
      6083874454709270928345386274498605044986640685124978867557563392430687146096n,
    );
    expect(() => blsSecretKeyFromSeed(fill(31, 1))).to.throw();
  });

  it("sign / verify round trip; wrong message, wrong key, tampered sig fail", () => {
    const sig = blsSign(sks[0], msg);
    expect(pks[0]).to.have.length(48);
    expect(sig).to.have.length(96);
    expect(blsVerify(pks[0], msg, sig)).to.equal(true);
    expect(blsVerify(pks[0], enc("other"), sig)).to.equal(false);
    expect(blsVerify(pks[1], msg, sig)).to.equal(false);
    expect(blsVerify(pks[0], msg, flip(sig, 95))).to.equal(false);
    expect(blsVerify(pks[0], msg, flip(sig, 10))).to.equal(false);
  });

  it("aggregate of 7 signers fast-aggregate-verifies; wrong message / one wrong key / tampered fail", () => {
    const sigs = sks.map((sk) => blsSign(sk, msg));
    const agg = blsAggregateSignatures(sigs);
    expect(agg).to.have.length(96);
    expect(blsFastAggregateVerify(pks, msg, agg)).to.equal(true);
    // order of keys is irrelevant
    expect(blsFastAggregateVerify([...pks].reverse(), msg, agg)).to.equal(true);
    expect(blsFastAggregateVerify(pks, enc("other"), agg)).to.equal(false);
    const wrongKey = [...pks];
    wrongKey[3] = blsPublicKey(blsSecretKeyFromSeed(fill(32, 99)));
    expect(blsFastAggregateVerify(wrongKey, msg, agg)).to.equal(false);
    expect(blsFastAggregateVerify(pks.slice(0, 6), msg, agg)).to.equal(false);
    expect(blsFastAggregateVerify(pks, msg, flip(agg, 50))).to.equal(false);
    // one signer over a different message
    const mixed = [...sigs];
    mixed[2] = blsSign(sks[2], enc("other"));
    expect(blsFastAggregateVerify(pks, msg, blsAggregateSignatures(mixed))).to.equal(false);
    expect(() => blsAggregateSignatures([])).to.throw();
    expect(() => blsAggregateSignatures([fill(96, 0)])).to.throw();
  });

  it("proof of possession: round trip, other key fails, domain-separated from SIG", () => {
    const pop = blsPopProve(sks[0]);
    expect(pop).to.have.length(96);
    expect(blsPopVerify(pks[0], pop)).to.equal(true);
    expect(blsPopVerify(pks[1], pop)).to.equal(false);
    expect(blsPopVerify(pks[1], blsPopProve(sks[1]))).to.equal(true);
    expect(blsPopVerify(pks[0], flip(pop, 90))).to.equal(false);
    // PoP is not a signature over the pubkey under the SIG DST, and vice versa
    expect(blsVerify(pks[0], pks[0], pop)).to.equal(false);
    const sigOverPk = blsSign(sks[0], pks[0]);
    expect(hex(sigOverPk)).to.not.equal(hex(pop));
    expect(blsPopVerify(pks[0], sigOverPk)).to.equal(false);
  });

  it("invalid encodings return false (never throw), incl. identity and off-subgroup points", () => {
    const sig = blsSign(sks[0], msg);
    const pop = blsPopProve(sks[0]);
    const g1Inf = new Uint8Array(48);
    g1Inf[0] = 0xc0;
    const g2Inf = new Uint8Array(96);
    g2Inf[0] = 0xc0;
    const g1Bad = g1OffSubgroupPoint();
    const g2Bad = g2OffSubgroupPoint();
    const badPks: Uint8Array[] = [new Uint8Array(0), fill(48, 0), fill(48, 0xff), g1Inf, g1Bad, pks[0].subarray(0, 47), sig];
    const badSigs: Uint8Array[] = [new Uint8Array(0), fill(96, 0), fill(96, 0xff), g2Inf, g2Bad, sig.subarray(0, 95), pks[0]];
    for (const pk of badPks) {
      expect(blsIsValidPublicKey(pk), hex(pk)).to.equal(false);
      expect(blsVerify(pk, msg, sig)).to.equal(false);
      expect(blsPopVerify(pk, pop)).to.equal(false);
      expect(blsFastAggregateVerify([pks[0], pk], msg, sig)).to.equal(false);
    }
    for (const s of badSigs) {
      expect(blsVerify(pks[0], msg, s)).to.equal(false);
      expect(blsPopVerify(pks[0], s)).to.equal(false);
      expect(blsFastAggregateVerify([pks[0]], msg, s)).to.equal(false);
    }
    expect(blsFastAggregateVerify([], msg, g2Inf)).to.equal(false);
    expect(blsFastAggregateVerify([], msg, sig)).to.equal(false);
    // pk + (-pk) aggregates to the identity: rejected
    const negPk = bls12_381.G1.Point.fromBytes(pks[0]).negate().toBytes(true);
    expect(blsFastAggregateVerify([pks[0], negPk], msg, g2Inf)).to.equal(false);
    // garbage types
    expect(blsVerify(undefined as unknown as Uint8Array, msg, sig)).to.equal(false);
    expect(blsVerify(pks[0], msg, "x" as unknown as Uint8Array)).to.equal(false);
    expect(blsFastAggregateVerify(undefined as unknown as Uint8Array[], msg, sig)).to.equal(false);
  });

  /**
   * Known-answer vectors from the Ethereum consensus-layer BLS tests, github:ethereum/bls12-381-tests
   * (generator main.py: PRIVKEYS[0..2], MESSAGES = [0x00*32, 0x56*32, 0xab*32]; outputs as published in the
   * release archive's sign/sign_case_*.yaml, verify/verify_valid_case_*.yaml and
   * fast_aggregate_verify/fast_aggregate_verify_valid_*.yaml). Same ciphersuite as ours (POP DST).
   */
  describe("Ethereum consensus-spec BLS vectors", () => {
    const PRIV = [
      "263dbd792f5b1be47ed85f8938c0f29586af0d3ac7b977f21c278fe1462040e3",
      "47b8192d77bf871b62e87859d653922725724a5c031afeabc60bcef5ff665138",
      "328388aff0d4a5b7dc9205abd374e7e98f3cd9f3418edb4eafda5fb16473d216",
    ].map(unhex);
    const PUB = [
      "a491d1b0ecd9bb917989f0e74f0dea0422eac4a873e5e2644f368dffb9a6e20fd6e10c1b77654d067c0618f6e5a7f79a",
      "b301803f8b5ac4a1133581fc676dfedc60d891dd5fa99028805e5ea5b08d3491af75d0707adab3b70c6a6a580217bf81",
      "b53d21a4cfd562c469cc81514d4ce5a6b577d8403d32a394dc265dd190b47fa9f829fdd7963afdf972e5e77854051f6f",
    ];
    const MSG = [fill(32, 0x00), fill(32, 0x56), fill(32, 0xab)];
    // sign_case_*: Sign(PRIV[k], MSG[m])
    const SIGN: Array<[number, number, string]> = [
      [0, 0, "b6ed936746e01f8ecf281f020953fbf1f01debd5657c4a383940b020b26507f6076334f91e2366c96e9ab279fb5158090352ea1c5b0c9274504f4f0e7053af24802e51e4568d164fe986834f41e55c8e850ce1f98458c0cfc9ab380b55285a55"],
      [0, 1, "882730e5d03f6b42c3abc26d3372625034e1d871b65a8a6b900a56dae22da98abbe1b68f85e49fe7652a55ec3d0591c20767677e33e5cbb1207315c41a9ac03be39c2e7668edc043d6cb1d9fd93033caa8a1c5b0e84bedaeb6c64972503a43eb"],
      [1, 2, "9674e2228034527f4c083206032b020310face156d4a4685e2fcaec2f6f3665aa635d90347b6ce124eb879266b1e801d185de36a0a289b85e9039662634f2eea1e02e670bc7ab849d006a70b2f93b84597558a05b879c8d445f387a5d5b653df"],
      [2, 1, "a4efa926610b8bd1c8330c918b7a5e9bf374e53435ef8b7ec186abf62e1b1f65aeaaeb365677ac1d1172a1f5b44b4e6d022c252c58486c0a759fbdc7de15a756acc4d343064035667a594b4c2a6f0b0b421975977f297dba63ee2f63ffe47bb6"],
    ];
    // fast_aggregate_verify_valid_*: all three keys over MSG[m] (eth generator uses PRIVKEYS[:m+1];
    // the m=2 case is all three keys)
    const FAST_AGG_ALL3_MSG2 =
      "9712c3edd73a209c742b8250759db12549b3eaf43b5ca61376d9f30e2747dbcf842d8b2ac0901d2a093713e20284a7670fcf6954e9ab93de991bb9b313e664785a075fc285806fa5224c82bde146561b446ccfc706a64b8579513cfc4ff1d930";

    it("SkToPk", () => {
      PRIV.forEach((sk, i) => expect(hex(blsPublicKey(sk))).to.equal(PUB[i]));
    });

    it("sign + verify", () => {
      for (const [k, m, out] of SIGN) {
        expect(hex(blsSign(PRIV[k], MSG[m]))).to.equal(out);
        expect(blsVerify(unhex(PUB[k]), MSG[m], unhex(out))).to.equal(true);
        // verify_wrong_pubkey_case_* / verify_tampered_signature_case_*
        expect(blsVerify(unhex(PUB[(k + 1) % 3]), MSG[m], unhex(out))).to.equal(false);
        expect(blsVerify(unhex(PUB[k]), MSG[m], unhex(out.slice(0, -8) + "ffffffff"))).to.equal(false);
      }
    });

    it("aggregate + fast_aggregate_verify", () => {
      const agg = blsAggregateSignatures(PRIV.map((sk) => blsSign(sk, MSG[2])));
      expect(hex(agg)).to.equal(FAST_AGG_ALL3_MSG2);
      const pubs = PUB.map(unhex);
      expect(blsFastAggregateVerify(pubs, MSG[2], unhex(FAST_AGG_ALL3_MSG2))).to.equal(true);
      // fast_aggregate_verify_tampered_signature_*
      expect(blsFastAggregateVerify(pubs, MSG[2], unhex(FAST_AGG_ALL3_MSG2.slice(0, -8) + "ffffffff"))).to.equal(false);
      // fast_aggregate_verify_na_pubkeys_and_infinity_signature
      expect(blsFastAggregateVerify([], MSG[2], unhex("c0" + "00".repeat(95)))).to.equal(false);
      // fast_aggregate_verify_infinity_pubkey
      expect(blsFastAggregateVerify([...pubs, unhex("c0" + "00".repeat(47))], MSG[2], unhex(FAST_AGG_ALL3_MSG2))).to.equal(false);
      // verify_infinity_pubkey_and_infinity_signature
      expect(blsVerify(unhex("c0" + "00".repeat(47)), MSG[1], unhex("c0" + "00".repeat(95)))).to.equal(false);
    });
  });
});
