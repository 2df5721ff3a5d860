import { expect } from "chai";
import { sha256 } from "@noble/hashes/sha2.js";
import { MerkleStore } from "../../../chain/store/merkle-store.ts";
import {
  Model,
  bitString,
  enc,
  hex,
  prng,
  randBytes,
  randInt,
  referenceRoot,
  refInnerHash,
  refLeafHash,
  shuffle,
  tempDir,
} from "./reference.ts";

const ZERO32 = hex(new Uint8Array(32));

describe("store/tree: compact sparse Merkle tree", () => {
  let dir: ReturnType<typeof tempDir>;
  let store: MerkleStore;
  beforeEach(() => {
    dir = tempDir();
    store = MerkleStore.open(dir.path, { keepRecent: 0 });
  });
  afterEach(() => {
    store.close();
    dir.cleanup();
  });

  it("empty tree has the all-zero root", () => {
    expect(hex(store.rootHash)).to.equal(ZERO32);
    expect(hex(store.stage(1n, []))).to.equal(ZERO32);
    store.commit(1n);
    expect(hex(store.rootHash)).to.equal(ZERO32);
    expect(hex(store.rootAt(1n))).to.equal(ZERO32);
  });

  it("single key: the root is the leaf hash", () => {
    const root = store.stage(1n, [[enc("k"), enc("v")]]);
    expect(hex(root)).to.equal(hex(refLeafHash(enc("k"), enc("v"))));
    // SHA256(0x00 || SHA256("k") || SHA256("v")), spelled out.
    const pre = new Uint8Array(65);
    pre[0] = 0;
    pre.set(sha256(enc("k")), 1);
    pre.set(sha256(enc("v")), 33);
    expect(hex(root)).to.equal(hex(sha256(pre)));
  });

  it("two keys: inner node where paths diverge, chain of empty siblings above", () => {
    const a = enc("alpha");
    const b = enc("beta");
    const pa = bitString(sha256(a));
    const pb = bitString(sha256(b));
    let c = 0;
    while (pa[c] === pb[c]) c++;
    const la = refLeafHash(a, enc("1"));
    const lb = refLeafHash(b, enc("2"));
    let h = pa[c] === "0" ? refInnerHash(la, lb) : refInnerHash(lb, la);
    for (let d = c - 1; d >= 0; d--) h = pa[d] === "0" ? refInnerHash(h, new Uint8Array(32)) : refInnerHash(new Uint8Array(32), h);
    expect(hex(store.stage(1n, [[b, enc("2")], [a, enc("1")]]))).to.equal(hex(h));
  });

  it("known small vectors match the naive reference", () => {
    const sets: [string, string][][] = [
      [["a", "1"], ["b", "2"], ["c", "3"]],
      [["k0", "v"], ["k1", "v"], ["k2", "v"], ["k3", "v"], ["k4", "v"]],
      Array.from({ length: 40 }, (_, i) => [`key-${i}`, `value-${i * 7}`] as [string, string]),
    ];
    let v = 0n;
    for (const set of sets) {
      const entries = set.map(([k, val]) => [enc(k), enc(val)] as [Uint8Array, Uint8Array]);
      const fresh = tempDir();
      const s = MerkleStore.open(fresh.path);
      try {
        expect(hex(s.stage(1n, entries))).to.equal(hex(referenceRoot(entries)));
        s.commit(1n);
        expect(hex(s.rootHash)).to.equal(hex(referenceRoot(entries)));
      } finally {
        s.close();
        fresh.cleanup();
      }
      v++;
    }
    expect(v).to.equal(3n);
  });

  it("randomized batches (inserts, updates, deletes, no-ops) match the reference after every batch", () => {
    const rnd = prng(1234);
    const model = new Model();
    const keyPool = Array.from({ length: 300 }, () => randBytes(rnd, 1, 12));
    for (let version = 1n; version <= 40n; version++) {
      const stages = 1 + randInt(rnd, 3); // several stage() calls per version, like InitChain + block 1
      let root: Uint8Array = new Uint8Array();
      for (let s = 0; s < stages; s++) {
        const batch: [Uint8Array, Uint8Array | null][] = [];
        const n = randInt(rnd, 40);
        for (let i = 0; i < n; i++) {
          const k = keyPool[randInt(rnd, keyPool.length)];
          const r = rnd();
          if (r < 0.3) batch.push([k, null]); // delete (maybe absent)
          else if (r < 0.4 && model.m.has(hex(k))) batch.push([k, model.m.get(hex(k))!]); // same value
          else batch.push([k, randBytes(rnd, 1, 20)]);
        }
        model.apply(batch);
        root = store.stage(version, batch);
        expect(hex(root), `v${version} stage ${s}`).to.equal(hex(referenceRoot(model.entries())));
      }
      store.commit(version);
      expect(hex(store.rootHash)).to.equal(hex(root));
      expect(store.version).to.equal(version);
      // The flat state agrees with the model too.
      const flat = [...store.range(new Uint8Array())].map(([k, v]) => `${hex(k)}=${hex(v)}`);
      expect(flat).to.deep.equal(model.sortedEntries().map(([k, v]) => `${hex(k)}=${hex(v)}`));
    }
  });

  it("is history independent: same key/values give the same root whatever the order of writes", () => {
    const rnd = prng(99);
    const finalEntries = Array.from({ length: 120 }, (_, i) => [enc(`key/${i}`), randBytes(rnd, 1, 16)] as [Uint8Array, Uint8Array]);
    const expected = hex(referenceRoot(finalEntries));
    for (let trial = 0; trial < 6; trial++) {
      const d = tempDir();
      const s = MerkleStore.open(d.path, { keepRecent: 3 });
      try {
        // Random order, random batching, with detours: temporary keys and wrong values written then fixed.
        const ops: [Uint8Array, Uint8Array | null][] = [];
        for (const [k, v] of finalEntries) {
          if (rnd() < 0.3) ops.push([k, randBytes(rnd, 1, 8)]);
          ops.push([k, v]);
        }
        const extra = Array.from({ length: 30 }, (_, i) => enc(`temp/${trial}/${i}`));
        for (const k of extra) ops.push([k, enc("x")]);
        shuffle(rnd, ops);
        // Keep per-key order intact after the shuffle so the final value wins.
        const lastIdx = new Map<string, number>();
        ops.forEach(([k], i) => lastIdx.set(hex(k), i));
        const final = new Map(finalEntries.map(([k, v]) => [hex(k), v]));
        for (const [id, i] of lastIdx) if (final.has(id)) ops[i] = [ops[i][0], final.get(id)!];
        for (const k of extra) ops.push([k, null]);
        let version = 1n;
        let i = 0;
        while (i < ops.length) {
          const n = 1 + randInt(rnd, 50);
          s.stage(version, ops.slice(i, i + n));
          i += n;
          if (rnd() < 0.6) s.commit(version++);
        }
        if (s.stagedVersion !== undefined) s.commit(version);
        expect(hex(s.rootHash), `trial ${trial}`).to.equal(expected);
      } finally {
        s.close();
        d.cleanup();
      }
    }
  });

  it("deletes collapse upward to the compact shape", () => {
    const keys = Array.from({ length: 64 }, (_, i) => enc(`c${i}`));
    store.stage(1n, keys.map((k) => [k, enc("v")]));
    store.commit(1n);
    // Delete all but one key: the root must become that lone leaf (no inner nodes left above it).
    store.stage(2n, keys.slice(1).map((k) => [k, null]));
    store.commit(2n);
    expect(hex(store.rootHash)).to.equal(hex(refLeafHash(keys[0], enc("v"))));
    // And one more delete empties the tree.
    store.stage(3n, [[keys[0], null]]);
    store.commit(3n);
    expect(hex(store.rootHash)).to.equal(ZERO32);
    // Deleting keys that share a long prefix with survivors leaves the reference shape.
    const rnd = prng(5);
    const model = new Model();
    const batch = keys.map((k) => [k, randBytes(rnd, 1, 4)] as [Uint8Array, Uint8Array]);
    model.apply(batch);
    store.stage(4n, batch);
    store.commit(4n);
    for (let v = 5n; model.m.size > 0; v++) {
      const victims = shuffle(rnd, model.entries()).slice(0, 1 + randInt(rnd, 7)).map(([k]) => [k, null] as [Uint8Array, null]);
      model.apply(victims);
      store.stage(v, victims);
      store.commit(v);
      expect(hex(store.rootHash)).to.equal(hex(referenceRoot(model.entries())));
    }
    expect(hex(store.rootHash)).to.equal(ZERO32);
  });

  it("a key written twice in one batch keeps the last write", () => {
    const root = store.stage(1n, [
      [enc("a"), enc("1")],
      [enc("a"), enc("2")],
      [enc("b"), enc("1")],
      [enc("b"), null],
    ]);
    expect(hex(root)).to.equal(hex(referenceRoot([[enc("a"), enc("2")]])));
    store.commit(1n);
    expect(store.get(enc("b"))).to.equal(undefined);
    expect(hex(store.get(enc("a"))!)).to.equal(hex(enc("2")));
  });
});
