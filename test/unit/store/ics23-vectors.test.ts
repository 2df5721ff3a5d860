// chain/store/ics23.ts against the cosmos/ics23 SMT vectors (test/unit/store/vectors/ics23-smt/,
// origin in its README): every proof verifies against its root with our smtProofSpec, as upstream's
// go/vectors_test.go checks with SmtSpec, and a changed root, key or value makes it fail.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "chai";
import { CommitmentProof } from "cosmjs-types/cosmos/ics23/v1/proofs";
import { explainMembership, smtProofSpec, verifyMembership, verifyNonMembership } from "../../../chain/store/ics23.ts";

const dir = join(dirname(fileURLToPath(import.meta.url)), "vectors", "ics23-smt");
const fromHex = (h: string) => Uint8Array.from(Buffer.from(h, "hex"));
const flip = (b: Uint8Array, i = 0) => {
  const c = Uint8Array.from(b);
  c[i] ^= 0x01;
  return c;
};

function load(name: string) {
  const j = JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as { key: string; value: string; root: string; proof: string };
  return { key: fromHex(j.key), value: fromHex(j.value), root: fromHex(j.root), proof: CommitmentProof.decode(fromHex(j.proof)) };
}

describe("store/ics23 against the cosmos/ics23 SMT vectors", () => {
  for (const side of ["left", "middle", "right"]) {
    it(`exist_${side}: membership verifies; another root, key or value does not`, () => {
      const v = load(`exist_${side}`);
      expect(v.proof.exist, "an existence proof").to.not.equal(undefined);
      expect(explainMembership(v.proof, smtProofSpec, v.root, v.key, v.value)).to.equal(undefined);
      expect(verifyMembership(v.proof, smtProofSpec, v.root, v.key, v.value)).to.equal(true);
      expect(verifyMembership(v.proof, smtProofSpec, flip(v.root), v.key, v.value)).to.equal(false);
      expect(verifyMembership(v.proof, smtProofSpec, v.root, flip(v.key), v.value)).to.equal(false);
      expect(verifyMembership(v.proof, smtProofSpec, v.root, v.key, flip(v.value))).to.equal(false);
      expect(verifyNonMembership(v.proof, smtProofSpec, v.root, v.key)).to.equal(false);
    });

    it(`nonexist_${side}: non-membership verifies; another root does not, nor a key outside the neighbours`, () => {
      const v = load(`nonexist_${side}`);
      expect(v.value).to.have.length(0);
      expect(v.proof.nonexist, "a non-existence proof").to.not.equal(undefined);
      expect(verifyNonMembership(v.proof, smtProofSpec, v.root, v.key)).to.equal(true);
      expect(verifyNonMembership(v.proof, smtProofSpec, flip(v.root), v.key)).to.equal(false);
      // A neighbour's own key is not absent.
      const neighbour = v.proof.nonexist!.left ?? v.proof.nonexist!.right;
      expect(verifyNonMembership(v.proof, smtProofSpec, v.root, neighbour!.key)).to.equal(false);
      expect(verifyMembership(v.proof, smtProofSpec, v.root, v.key, new Uint8Array())).to.equal(false);
    });
  }

  it("the vectors exercise both neighbours and the open ends", () => {
    const sides = ["left", "middle", "right"].map((s) => load(`nonexist_${s}`).proof.nonexist!);
    expect(sides.map((n) => [n.left !== undefined, n.right !== undefined])).to.deep.equal([
      [false, true],
      [true, true],
      [true, false],
    ]);
  });
});
