import { expect } from "chai";
import { open } from "lmdb";
import { MerkleStore } from "../../../chain/store/merkle-store.ts";
import { EMPTY_REF, decodeNode, refId, type Ref } from "../../../chain/store/node-codec.ts";
import { Model, enc, hex, prng, randBytes, randInt, referenceRoot, tempDir } from "./reference.ts";

type Batch = [Uint8Array, Uint8Array | null][];

function randomBatch(rnd: () => number, model: Model, pool: Uint8Array[], n: number): Batch {
  const batch: Batch = [];
  for (let i = 0; i < n; i++) {
    const k = pool[randInt(rnd, pool.length)];
    batch.push([k, rnd() < 0.25 ? null : randBytes(rnd, 1, 16)]);
  }
  model.apply(batch);
  return batch;
}

/** Opens the raw lmdb files (store closed) and lists node refs, and refs reachable from each kept root. */
function inspect(path: string): { nodes: Set<string>; reachable: Set<string>; roots: number[]; orphans: number } {
  const env = open<Buffer, Buffer>({ path, maxDbs: 12, keyEncoding: "binary", encoding: "binary" });
  try {
    const db = (name: string) => env.openDB<Buffer, Buffer>({ name, keyEncoding: "binary", encoding: "binary" });
    const nodesDb = db("nodes");
    const nodes = new Set<string>();
    for (const k of nodesDb.getKeys()) nodes.add(refId(Buffer.from(k as Buffer)));
    const reachable = new Set<string>();
    const roots: number[] = [];
    const walk = (ref: Ref | null): void => {
      if (ref === null || reachable.has(refId(ref))) return;
      reachable.add(refId(ref));
      const rec = nodesDb.getBinary(ref);
      if (rec === undefined) throw new Error(`dangling ref ${ref.toString("hex")}`);
      const n = decodeNode(ref, rec);
      if (n.kind === 1) {
        walk(n.left);
        walk(n.right);
      }
    };
    for (const { key, value } of db("roots").getRange()) {
      roots.push(Number((key as Buffer).readBigUInt64BE(0)));
      const r = Buffer.from(value as Buffer);
      walk(r.equals(EMPTY_REF) ? null : r);
    }
    let orphans = 0;
    for (const _ of db("orphans").getKeys()) orphans++;
    return { nodes, reachable, roots, orphans };
  } finally {
    void env.close();
  }
}

describe("store/MerkleStore", () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.cleanup());

  it("get/range read the latest committed state; staged writes are invisible until commit", () => {
    const s = MerkleStore.open(dir.path);
    try {
      expect(s.version).to.equal(0n);
      expect(s.oldestVersion).to.equal(0n);
      s.stage(1n, [
        [enc("b"), enc("2")],
        [enc("a"), enc("1")],
        [enc("c"), enc("3")],
        [enc("ab"), enc("12")],
      ]);
      expect(s.get(enc("a"))).to.equal(undefined);
      s.commit(1n);
      expect(s.get(enc("a"))).to.deep.equal(enc("1"));
      const keys = (it: Iterable<[Uint8Array, Uint8Array]>) => [...it].map(([k]) => Buffer.from(k).toString());
      expect(keys(s.range(new Uint8Array()))).to.deep.equal(["a", "ab", "b", "c"]);
      expect(keys(s.range(enc("ab"), enc("c")))).to.deep.equal(["ab", "b"]);
      expect(keys(s.range(enc("b")))).to.deep.equal(["b", "c"]);
      expect(keys(s.range(enc("c"), enc("a")))).to.deep.equal([]);
      // Returned bytes are the caller's: mutating them changes nothing inside.
      const v = s.getAt(enc("a"), 1n)!;
      v[0] = 0;
      expect(s.get(enc("a"))).to.deep.equal(enc("1"));
    } finally {
      s.close();
    }
  });

  it("stage copies its inputs", () => {
    const s = MerkleStore.open(dir.path);
    try {
      const k = enc("key");
      const v = enc("value");
      const root = s.stage(1n, [[k, v]]);
      k[0] = 0;
      v[0] = 0;
      s.commit(1n);
      expect(s.rootHash).to.deep.equal(root);
      expect(s.get(enc("key"))).to.deep.equal(enc("value"));
    } finally {
      s.close();
    }
  });

  it("enforces version order and validates input", () => {
    const s = MerkleStore.open(dir.path);
    try {
      expect(() => s.stage(0n, [])).to.throw(/next version/);
      s.stage(5n, [[enc("a"), enc("1")]]); // first version may be > 1 (initial_height)
      expect(() => s.stage(6n, [])).to.throw(/version 5 is staged/);
      expect(() => s.commit(6n)).to.throw(/version 5 is staged/);
      s.stage(5n, [[enc("b"), enc("2")]]);
      s.commit(5n);
      expect(s.version).to.equal(5n);
      expect(s.oldestVersion).to.equal(5n);
      expect(() => s.commit(5n)).to.throw(/next version is 6/);
      expect(() => s.stage(7n, [])).to.throw(/next version is 6/);
      expect(() => s.stage(6n, [[new Uint8Array(), enc("x")]])).to.throw(/empty state key/);
      expect(() => s.stage(6n, [[enc("k"), new Uint8Array()]])).to.throw(/empty values are not supported/);
      expect(() => s.stage(6n, [[new Uint8Array(5000), enc("x")]])).to.throw(/exceeds/);
      expect(s.stagedVersion).to.equal(undefined); // rejected batches leave nothing staged
      expect(() => s.getAt(enc("a"), 6n)).to.throw(/version 6 is in the future/);
      expect(() => s.rootAt(4n)).to.throw(/version 4 is not available/);
    } finally {
      s.close();
    }
  });

  it("commit without staged changes records the same root; discardStaged drops pending work", () => {
    const s = MerkleStore.open(dir.path);
    try {
      const r1 = s.stage(1n, [[enc("a"), enc("1")]]);
      s.commit(1n);
      s.commit(2n);
      expect(s.rootAt(2n)).to.deep.equal(r1);
      expect(s.rootAt(1n)).to.deep.equal(r1);
      const staged = s.stage(3n, [[enc("b"), enc("2")]]);
      expect(staged).to.not.deep.equal(r1);
      s.discardStaged();
      expect(s.stagedVersion).to.equal(undefined);
      s.commit(3n);
      expect(s.rootHash).to.deep.equal(r1);
      expect(s.get(enc("b"))).to.equal(undefined);
    } finally {
      s.close();
    }
  });

  it("getAt/rootAt/prove-style reads of past versions walk that version's tree", () => {
    const s = MerkleStore.open(dir.path, { keepRecent: 0 });
    const rnd = prng(7);
    const pool = Array.from({ length: 80 }, (_, i) => enc(`k${i}`));
    const model = new Model();
    const history: { model: Model; root: Uint8Array }[] = [];
    try {
      for (let v = 1n; v <= 25n; v++) {
        s.stage(v, randomBatch(rnd, model, pool, 15));
        s.commit(v);
        history.push({ model: model.clone(), root: s.rootHash });
      }
      for (let v = 1; v <= 25; v++) {
        const { model: m, root } = history[v - 1];
        expect(hex(s.rootAt(BigInt(v)))).to.equal(hex(root));
        expect(hex(root)).to.equal(hex(referenceRoot(m.entries())));
        for (const k of pool) {
          const got = s.getAt(k, BigInt(v));
          const want = m.m.get(hex(k));
          expect(got === undefined ? undefined : hex(got), `v${v} ${Buffer.from(k).toString()}`).to.equal(
            want === undefined ? undefined : hex(want),
          );
        }
      }
      expect(s.oldestVersion).to.equal(1n);
    } finally {
      s.close();
    }
  });

  it("prunes old versions: nodes on disk are exactly those reachable from the kept roots", () => {
    const keepRecent = 4;
    const s = MerkleStore.open(dir.path, { keepRecent });
    const rnd = prng(11);
    const pool = Array.from({ length: 200 }, (_, i) => enc(`p${i}`));
    const model = new Model();
    const roots: Uint8Array[] = [];
    for (let v = 1n; v <= 30n; v++) {
      // Several stages per version exercise "created and replaced in the same batch".
      for (let st = 0; st < 2; st++) s.stage(v, randomBatch(rnd, model, pool, 25));
      s.commit(v);
      roots.push(s.rootHash);
    }
    expect(s.oldestVersion).to.equal(27n);
    expect(() => s.getAt(enc("p1"), 26n)).to.throw(/version 26 is not available \(pruned.*oldest available is 27\)/);
    expect(() => s.rootAt(3n)).to.throw(/not available/);
    expect(s.rootAt(27n)).to.deep.equal(roots[26]);
    expect(s.stats.nodeDeletes).to.be.greaterThan(0);
    s.close();

    const { nodes, reachable, roots: kept } = inspect(dir.path);
    expect(kept).to.deep.equal([27, 28, 29, 30]);
    expect([...nodes].filter((n) => !reachable.has(n)), "leaked nodes").to.have.length(0);
    expect([...reachable].filter((n) => !nodes.has(n)), "missing nodes").to.have.length(0);
  });

  it("keepRecent = 1 keeps only the latest version and no orphan records", () => {
    const s = MerkleStore.open(dir.path, { keepRecent: 1 });
    const rnd = prng(3);
    const pool = Array.from({ length: 100 }, (_, i) => enc(`q${i}`));
    const model = new Model();
    for (let v = 1n; v <= 10n; v++) {
      s.stage(v, randomBatch(rnd, model, pool, 30));
      s.commit(v);
    }
    expect(s.oldestVersion).to.equal(10n);
    expect(() => s.rootAt(9n)).to.throw(/not available/);
    s.close();
    const { nodes, reachable, orphans } = inspect(dir.path);
    expect(orphans).to.equal(0);
    expect(nodes.size).to.equal(reachable.size);
    expect([...nodes].every((n) => reachable.has(n))).to.equal(true);
  });

  it("keepRecent = 0 keeps every version", () => {
    const s = MerkleStore.open(dir.path, { keepRecent: 0 });
    try {
      for (let v = 1n; v <= 20n; v++) {
        s.stage(v, [[enc("x"), enc(`v${v}`)]]);
        s.commit(v);
      }
      expect(s.oldestVersion).to.equal(1n);
      for (let v = 1n; v <= 20n; v++) expect(Buffer.from(s.getAt(enc("x"), v)!).toString()).to.equal(`v${v}`);
    } finally {
      s.close();
    }
  });

  it("a smaller keepRecent on reopen drains the backlog of old versions", () => {
    let s = MerkleStore.open(dir.path, { keepRecent: 0 });
    const rnd = prng(21);
    const pool = Array.from({ length: 60 }, (_, i) => enc(`b${i}`));
    const model = new Model();
    for (let v = 1n; v <= 12n; v++) {
      s.stage(v, randomBatch(rnd, model, pool, 20));
      s.commit(v);
    }
    s.close();
    s = MerkleStore.open(dir.path, { keepRecent: 2 });
    expect(s.oldestVersion).to.equal(1n);
    s.stage(13n, randomBatch(rnd, model, pool, 20));
    s.commit(13n);
    expect(s.oldestVersion).to.equal(12n);
    s.close();
    const { nodes, reachable, roots } = inspect(dir.path);
    expect(roots).to.deep.equal([12, 13]);
    expect(nodes.size).to.equal(reachable.size);
  });

  it("aux: written with the commit, readable, deletable, ranged", () => {
    const s = MerkleStore.open(dir.path);
    try {
      s.stage(1n, [[enc("s"), enc("1")]]);
      s.commit(1n, [
        [enc("tx/1"), enc("a")],
        [enc("tx/2"), enc("b")],
        [enc("last"), enc("1")],
      ]);
      expect(s.getAux(enc("tx/1"))).to.deep.equal(enc("a"));
      expect(s.get(enc("tx/1"))).to.equal(undefined); // aux is not state
      expect([...s.auxRange(enc("tx/"), enc("tx0"))].map(([k]) => Buffer.from(k).toString())).to.deep.equal(["tx/1", "tx/2"]);
      const rootBefore = s.rootHash;
      s.commit(2n, [
        [enc("tx/1"), null],
        [enc("last"), enc("2")],
      ]);
      expect(s.rootHash).to.deep.equal(rootBefore); // not merkleized
      expect(s.getAux(enc("tx/1"))).to.equal(undefined);
      expect(s.getAux(enc("last"))).to.deep.equal(enc("2"));
    } finally {
      s.close();
    }
  });

  it("a commit that fails before writing leaves state, aux and version untouched", () => {
    const s = MerkleStore.open(dir.path);
    try {
      s.stage(1n, [[enc("s"), enc("1")]]);
      s.commit(1n, [[enc("last"), enc("1")]]);
      const root = s.stage(2n, [[enc("s"), enc("2")]]);
      function* badAux(): Generator<[Uint8Array, Uint8Array | null]> {
        yield [enc("last"), enc("2")];
        throw new Error("boom");
      }
      expect(() => s.commit(2n, badAux())).to.throw("boom");
      expect(s.version).to.equal(1n);
      expect(s.getAux(enc("last"))).to.deep.equal(enc("1"));
      expect(s.get(enc("s"))).to.deep.equal(enc("1"));
      // The staged work survives and can still be committed.
      s.commit(2n, [[enc("last"), enc("2")]]);
      expect(s.rootHash).to.deep.equal(root);
      expect(s.getAux(enc("last"))).to.deep.equal(enc("2"));
    } finally {
      s.close();
    }
  });

  it("reopen after close keeps version, roots, state, aux and history", () => {
    const rnd = prng(17);
    const pool = Array.from({ length: 50 }, (_, i) => enc(`r${i}`));
    const model = new Model();
    let s = MerkleStore.open(dir.path, { keepRecent: 5 });
    const roots: string[] = [];
    for (let v = 1n; v <= 8n; v++) {
      s.stage(v, randomBatch(rnd, model, pool, 10));
      s.commit(v, [[enc("height"), enc(String(v))]]);
      roots.push(hex(s.rootHash));
    }
    const snapshot = model.clone();
    s.close();
    expect(() => s.get(enc("r1"))).to.throw(/closed/);

    s = MerkleStore.open(dir.path, { keepRecent: 5 });
    try {
      expect(s.version).to.equal(8n);
      expect(s.oldestVersion).to.equal(4n);
      expect(hex(s.rootHash)).to.equal(roots[7]);
      expect(hex(s.rootAt(4n))).to.equal(roots[3]);
      expect(Buffer.from(s.getAux(enc("height"))!).toString()).to.equal("8");
      expect(hex(referenceRoot([...s.range(new Uint8Array())]))).to.equal(roots[7]);
      for (const [k, v] of snapshot.entries()) expect(hex(s.get(k)!)).to.equal(hex(v));
      // Keeps going from where it was.
      s.stage(9n, randomBatch(rnd, model, pool, 10));
      s.commit(9n);
      expect(hex(s.rootHash)).to.equal(hex(referenceRoot(model.entries())));
    } finally {
      s.close();
    }
  });

  it("results do not depend on the node cache", () => {
    const rnd = prng(8);
    const pool = Array.from({ length: 150 }, (_, i) => enc(`c${i}`));
    const dirs = [tempDir(), tempDir()];
    const stores = [MerkleStore.open(dirs[0].path, { cacheNodes: 0 }), MerkleStore.open(dirs[1].path, { cacheNodes: 16 })];
    try {
      const model = new Model();
      for (let v = 1n; v <= 15n; v++) {
        const batch = randomBatch(rnd, model, pool, 30);
        const r = stores.map((s) => hex(s.stage(v, batch)));
        expect(r[0]).to.equal(r[1]);
        for (const s of stores) s.commit(v);
      }
      expect(stores[0].stats.cacheHits).to.equal(0);
      for (const k of pool) expect(stores[0].getAt(k, 12n)).to.deep.equal(stores[1].getAt(k, 12n));
    } finally {
      for (const s of stores) s.close();
      for (const d of dirs) d.cleanup();
    }
  });
});
