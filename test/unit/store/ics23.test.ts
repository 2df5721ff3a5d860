import { expect } from "chai";
import { sha256 } from "@noble/hashes/sha2.js";
import { CommitmentProof, HashOp, type ExistenceProof } from "cosmjs-types/cosmos/ics23/v1/proofs";
import { MerkleStore, smtProofSpec } from "../../../chain/store/merkle-store.ts";
import { explainMembership, verifyMembership, verifyNonMembership } from "../../../chain/store/ics23.ts";
import { bitString, enc, hex, prng, randBytes, tempDir } from "./reference.ts";

const clone = (p: CommitmentProof): CommitmentProof => CommitmentProof.decode(CommitmentProof.encode(p).finish());
const pathOf = (k: Uint8Array) => Buffer.from(sha256(k));

/** A key (not in `taken`) whose SHA256 sorts before (or after) every key in `keys`. */
function extremeKey(keys: Uint8Array[], below: boolean): Uint8Array {
  const paths = keys.map(pathOf).sort(Buffer.compare);
  const bound = below ? paths[0] : paths[paths.length - 1];
  for (let i = 0; ; i++) {
    const k = enc(`probe-${below ? "lo" : "hi"}-${i}`);
    const c = Buffer.compare(pathOf(k), bound);
    if (below ? c < 0 : c > 0) return k;
  }
}

describe("store/ics23 proofs", () => {
  let dir: ReturnType<typeof tempDir>;
  let store: MerkleStore;
  const rnd = prng(42);
  const entries = Array.from({ length: 300 }, (_, i) => [enc(`key-${i}`), randBytes(rnd, 1, 24)] as [Uint8Array, Uint8Array]);
  const keys = entries.map(([k]) => k);

  before(() => {
    dir = tempDir();
    store = MerkleStore.open(dir.path, { keepRecent: 10 });
    store.stage(1n, entries);
    store.commit(1n);
  });
  after(() => {
    store.close();
    dir.cleanup();
  });

  it("the spec is ics23's SmtSpec", () => {
    expect(smtProofSpec.leafSpec).to.deep.equal({
      hash: HashOp.SHA256,
      prehashKey: HashOp.SHA256,
      prehashValue: HashOp.SHA256,
      length: 0,
      prefix: Uint8Array.of(0),
    });
    expect(smtProofSpec.innerSpec).to.deep.include({ childOrder: [0, 1], childSize: 32, minPrefixLength: 1, maxPrefixLength: 1 });
    expect(smtProofSpec.innerSpec!.emptyChild).to.deep.equal(new Uint8Array(32));
    expect(smtProofSpec.maxDepth).to.equal(256);
    expect(smtProofSpec.prehashKeyBeforeComparison).to.equal(true);
  });

  it("existence proofs verify for every present key (also after a protobuf round trip)", () => {
    const root = store.rootHash;
    for (const [k, v] of entries) {
      const p = store.prove(k, 1n);
      expect(p.exist, hex(k)).to.not.equal(undefined);
      expect(explainMembership(p, smtProofSpec, root, k, v)).to.equal(undefined);
      expect(verifyMembership(clone(p), smtProofSpec, root, k, v)).to.equal(true);
      expect(verifyNonMembership(p, smtProofSpec, root, k)).to.equal(false);
    }
  });

  it("non-existence proofs verify for absent keys, including left-most and right-most", () => {
    const root = store.rootHash;
    const absent = Array.from({ length: 200 }, (_, i) => enc(`absent-${i}`));
    absent.push(extremeKey(keys, true), extremeKey(keys, false));
    let leftOnly = 0;
    let rightOnly = 0;
    for (const k of absent) {
      const p = store.prove(k, 1n);
      expect(p.nonexist, hex(k)).to.not.equal(undefined);
      expect(verifyNonMembership(p, smtProofSpec, root, k)).to.equal(true);
      expect(verifyNonMembership(clone(p), smtProofSpec, root, k)).to.equal(true);
      expect(verifyMembership(p, smtProofSpec, root, k, enc("x"))).to.equal(false);
      if (!p.nonexist!.left) rightOnly++;
      if (!p.nonexist!.right) leftOnly++;
    }
    expect(rightOnly).to.be.greaterThan(0);
    expect(leftOnly).to.be.greaterThan(0);
  });

  it("tampered value, key, root or path fail", () => {
    const root = store.rootHash;
    const [k, v] = entries[17];
    const p = store.prove(k, 1n);
    expect(verifyMembership(p, smtProofSpec, root, k, enc("other"))).to.equal(false);
    expect(verifyMembership(p, smtProofSpec, root, enc("key-other"), v)).to.equal(false);
    const badRoot = Uint8Array.from(root);
    badRoot[0] ^= 1;
    expect(verifyMembership(p, smtProofSpec, badRoot, k, v)).to.equal(false);

    const mutate = (f: (e: ExistenceProof) => void): CommitmentProof => {
      const q = clone(p);
      f(q.exist!);
      return q;
    };
    // Proof claims a different value for the same key.
    expect(verifyMembership(mutate((e) => (e.value = enc("other"))), smtProofSpec, root, k, enc("other"))).to.equal(false);
    // A flipped sibling byte.
    expect(
      verifyMembership(
        mutate((e) => {
          const op = e.path[0];
          if (op.suffix.length) op.suffix[5] ^= 1;
          else op.prefix[5] ^= 1;
        }),
        smtProofSpec,
        root,
        k,
        v,
      ),
    ).to.equal(false);
    // A dropped, added or reordered step.
    expect(verifyMembership(mutate((e) => e.path.pop()), smtProofSpec, root, k, v)).to.equal(false);
    expect(verifyMembership(mutate((e) => e.path.shift()), smtProofSpec, root, k, v)).to.equal(false);
    expect(verifyMembership(mutate((e) => e.path.reverse()), smtProofSpec, root, k, v)).to.equal(false);
    // Ops that break the spec even before hashing.
    expect(verifyMembership(mutate((e) => (e.leaf!.prehashKey = HashOp.NO_HASH)), smtProofSpec, root, k, v)).to.equal(false);
    expect(verifyMembership(mutate((e) => (e.leaf!.prefix = Uint8Array.of(1))), smtProofSpec, root, k, v)).to.equal(false);
    expect(verifyMembership(mutate((e) => (e.path[0].prefix = Uint8Array.of(0))), smtProofSpec, root, k, v)).to.equal(false);
    expect(
      verifyMembership(mutate((e) => (e.path[0].suffix = new Uint8Array(e.path[0].suffix.length + 1))), smtProofSpec, root, k, v),
    ).to.equal(false);
    expect(verifyMembership({}, smtProofSpec, root, k, v)).to.equal(false);
  });

  it("tampered non-existence proofs fail (wrong key, non-adjacent or missing neighbours, wrong root)", () => {
    const root = store.rootHash;
    const absent = enc("absent-17");
    const p = store.prove(absent, 1n);
    const { left, right } = p.nonexist!;
    expect(left && right, "pick a key with two neighbours").to.not.equal(undefined);
    expect(verifyNonMembership(p, smtProofSpec, root, absent)).to.equal(true);
    // A present key is "between" nothing.
    expect(verifyNonMembership(p, smtProofSpec, root, keys[3])).to.equal(false);
    const badRoot = Uint8Array.from(root);
    badRoot[31] ^= 0x80;
    expect(verifyNonMembership(p, smtProofSpec, badRoot, absent)).to.equal(false);
    // Dropping either neighbour: the other one is not left-/right-most.
    expect(verifyNonMembership({ nonexist: { key: absent, left } }, smtProofSpec, root, absent)).to.equal(false);
    expect(verifyNonMembership({ nonexist: { key: absent, right } }, smtProofSpec, root, absent)).to.equal(false);
    expect(verifyNonMembership({ nonexist: { key: absent } }, smtProofSpec, root, absent)).to.equal(false);
    // Swapped neighbours.
    expect(verifyNonMembership({ nonexist: { key: absent, left: right, right: left } }, smtProofSpec, root, absent)).to.equal(false);
    // Valid proofs of leaves that are not adjacent (skip one leaf to the left).
    const sortedByPath = [...keys].sort((a, b) => Buffer.compare(pathOf(a), pathOf(b)));
    const li = sortedByPath.findIndex((k) => hex(k) === hex(left!.key));
    if (li > 0) {
      const farLeft = store.prove(sortedByPath[li - 1], 1n).exist!;
      expect(verifyNonMembership({ nonexist: { key: absent, left: farLeft, right } }, smtProofSpec, root, absent)).to.equal(false);
    }
    const ri = sortedByPath.findIndex((k) => hex(k) === hex(right!.key));
    if (ri + 1 < sortedByPath.length) {
      const farRight = store.prove(sortedByPath[ri + 1], 1n).exist!;
      expect(verifyNonMembership({ nonexist: { key: absent, left, right: farRight } }, smtProofSpec, root, absent)).to.equal(false);
    }
  });

  it("proofs at an older (unpruned) version verify against that version's root only", () => {
    const [k, v] = entries[5];
    store.stage(2n, [
      [k, enc("new value")],
      [enc("new key"), enc("1")],
    ]);
    store.commit(2n);
    const old = store.prove(k, 1n);
    expect(verifyMembership(old, smtProofSpec, store.rootAt(1n), k, v)).to.equal(true);
    expect(verifyMembership(old, smtProofSpec, store.rootHash, k, v)).to.equal(false);
    const now = store.prove(k, 2n);
    expect(verifyMembership(now, smtProofSpec, store.rootAt(2n), k, enc("new value"))).to.equal(true);
    const absentThen = store.prove(enc("new key"), 1n);
    expect(verifyNonMembership(absentThen, smtProofSpec, store.rootAt(1n), enc("new key"))).to.equal(true);
    const presentNow = store.prove(enc("new key"), 2n);
    expect(verifyMembership(presentNow, smtProofSpec, store.rootAt(2n), enc("new key"), enc("1"))).to.equal(true);
  });

  it("long shared path prefixes (chains of inner nodes with an empty sibling) prove fine", () => {
    // Birthday search for two keys whose SHA256 share the first 20 bits.
    const seen = new Map<string, Uint8Array>();
    let pair: [Uint8Array, Uint8Array] | undefined;
    for (let i = 0; !pair; i++) {
      const k = enc(`chain-${i}`);
      const pre = bitString(sha256(k)).slice(0, 20);
      const other = seen.get(pre);
      if (other) pair = [other, k];
      else seen.set(pre, k);
    }
    const d = tempDir();
    const s = MerkleStore.open(d.path);
    try {
      s.stage(1n, [
        [pair[0], enc("a")],
        [pair[1], enc("b")],
      ]);
      s.commit(1n);
      const root = s.rootHash;
      const p = s.prove(pair[0], 1n);
      expect(p.exist!.path.length).to.be.greaterThanOrEqual(21);
      expect(verifyMembership(p, smtProofSpec, root, pair[0], enc("a"))).to.equal(true);
      // Absent keys landing beside the chain, or in its empty siblings, get one- or two-sided proofs.
      for (let i = 0; i < 100; i++) {
        const k = enc(`other-${i}`);
        expect(verifyNonMembership(s.prove(k, 1n), smtProofSpec, root, k), `other-${i}`).to.equal(true);
      }
      // Single-leaf tree.
      s.stage(2n, [[pair[1], null]]);
      s.commit(2n);
      const lone = s.prove(enc("zzz"), 2n);
      expect(verifyNonMembership(lone, smtProofSpec, s.rootHash, enc("zzz"))).to.equal(true);
      expect(verifyMembership(s.prove(pair[0], 2n), smtProofSpec, s.rootHash, pair[0], enc("a"))).to.equal(true);
      expect(s.prove(pair[0], 2n).exist!.path).to.have.length(0);
      // Empty tree: ICS23 cannot express non-membership, the proof carries no neighbours and fails.
      s.stage(3n, [[pair[0], null]]);
      s.commit(3n);
      const none = s.prove(enc("zzz"), 3n);
      expect(none.nonexist).to.deep.equal({ key: enc("zzz") });
      expect(verifyNonMembership(none, smtProofSpec, s.rootHash, enc("zzz"))).to.equal(false);
    } finally {
      s.close();
      d.cleanup();
    }
  });
});
