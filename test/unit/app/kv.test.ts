import { expect } from "chai";
import { CacheKV, GasKV, PrefixKV, prefixEnd, type KVPair, type KVReader } from "../../../chain/app/kv.ts";
import { GasMeter, OutOfGasError } from "../../../chain/app/gas.ts";

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
});
