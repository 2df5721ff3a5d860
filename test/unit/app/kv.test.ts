import { expect } from "chai";
import { CacheKV, GasKV, isEmpty, PrefixKV, prefixEnd, type KVPair, type KVReader } from "../../../chain/app/kv.ts";
import { GasMeter, OutOfGasError } from "../../../chain/app/gas.ts";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MerkleStore } from "../../../chain/store/merkle-store.ts";

const b = (s: string) => new TextEncoder().encode(s);
const s = (u: Uint8Array) => new TextDecoder().decode(u);

/** A sorted in-memory parent standing in for the committed store (the layer under test is the cache). */
class MapReader implements KVReader {
  constructor(private readonly m: Map<string, string>) {}
  get(k: Uint8Array) {
    const v = this.m.get(s(k));
    return v === undefined ? undefined : b(v);
  }
  *iterate(start: Uint8Array, end?: Uint8Array): Iterable<KVPair> {
    for (const k of [...this.m.keys()].sort()) if (k >= s(start) && (end === undefined || k < s(end))) yield [b(k), b(this.m.get(k)!)];
  }
}

describe("kv layers", () => {
  it("CacheKV merges its writes with the parent in key order and hides deletes", () => {
    const c = new CacheKV(new MapReader(new Map([["a", "1"], ["c", "3"], ["e", "5"]])));
    c.set(b("b"), b("2"));
    c.set(b("c"), b("33"));
    c.delete(b("e"));
    c.set(b("f"), b("6"));
    expect([...c.iterate(b(""))].map(([k, v]) => `${s(k)}=${s(v)}`)).to.deep.equal(["a=1", "b=2", "c=33", "f=6"]);
    expect([...c.iterate(b("b"), b("d"))].map(([k]) => s(k))).to.deep.equal(["b", "c"]);
    expect(c.get(b("e"))).to.equal(undefined);
    expect(c.sortedWrites().map(([k, v]) => [s(k), v && s(v)])).to.deep.equal([["b", "2"], ["c", "33"], ["e", null], ["f", "6"]]);
  });

  it("nested caches write down only on write()", () => {
    const base = new CacheKV(new MapReader(new Map()));
    const child = new CacheKV(base);
    child.set(b("x"), b("1"));
    expect(base.get(b("x"))).to.equal(undefined);
    child.write();
    expect(s(base.get(b("x"))!)).to.equal("1");
  });

  it("PrefixKV confines a module to its prefix", () => {
    const base = new CacheKV(new MapReader(new Map([["bank/a", "1"], ["bank0", "x"], ["auth/a", "2"]])));
    const bank = new PrefixKV(base, b("bank/"));
    bank.set(b("z"), b("9"));
    expect([...bank.iterate(b(""))].map(([k]) => s(k))).to.deep.equal(["a", "z"]);
    expect(s(base.get(b("bank/z"))!)).to.equal("9");
    expect(s(prefixEnd(Uint8Array.of(1, 0xff))!)).to.equal(s(Uint8Array.of(2)));
    expect(prefixEnd(Uint8Array.of(0xff, 0xff))).to.equal(undefined);
  });

  it("GasKV charges the SDK's costs and stops at the limit", () => {
    const meter = new GasMeter(5000n);
    const kv = new GasKV(new CacheKV(new MapReader(new Map())), meter);
    kv.set(b("k"), b("v")); // 2000 + 30*2
    expect(meter.consumed).to.equal(2060n);
    kv.get(b("k")); // 1000 + 3*2
    expect(meter.consumed).to.equal(3066n);
    expect(() => kv.set(b("k2"), b("v"))).to.throw(OutOfGasError);
    expect(meter.usedForResult()).to.equal(5000n);
  });

  it("a consumer that stops early closes the parent's iteration too (CacheKV and isEmpty)", () => {
    let open = 0;
    const parent: KVReader = {
      get: () => undefined,
      *iterate() {
        open++;
        try {
          for (const k of ["a", "b", "c"]) yield [b(k), b("v")] as KVPair;
        } finally {
          open--;
        }
      },
    };
    const kv = new CacheKV(parent);
    kv.set(b("a0"), b("w"));
    for (const [k] of kv.iterate(b(""))) if (s(k) === "a0") break;
    expect(open, "after break").to.equal(0);
    expect(isEmpty(kv.iterate(b("")))).to.equal(false);
    expect(open, "after isEmpty").to.equal(0);
    expect(isEmpty(new CacheKV(new MapReader(new Map())).iterate(b("")))).to.equal(true);
  });

  it("over real lmdb, hundreds of early-stopped iterations across commits do not use up lmdb's reader slots", () => {
    const dir = mkdtempSync(join(tmpdir(), "kv-readers-"));
    const store = MerkleStore.open(join(dir, "state"));
    try {
      const committed: KVReader = { get: (k) => store.get(k), iterate: (a, e) => store.range(a, e) };
      // lmdb's default is 126 readers; each unclosed range held one across the commits that follow
      for (let v = 1n; v <= 300n; v++) {
        store.stage(v, [[Uint8Array.of(1, Number(v % 200n)), Uint8Array.of(1)], [Uint8Array.of(2, Number(v % 200n)), Uint8Array.of(1)]]);
        store.commit(v);
        const kv = new CacheKV(committed);
        for (const _ of kv.iterate(new Uint8Array())) break;
        expect(isEmpty(kv.iterate(Uint8Array.of(2)))).to.equal(false);
      }
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
