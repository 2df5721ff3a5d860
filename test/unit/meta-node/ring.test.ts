// The meta nodes' hash ring: every node computes the same owners from the same chain set, R = min(3, M)
// distinct owners, and a change of the set moves only part of the keys.
import { expect } from "chai";
import { HashRing } from "../../../meta-node/ring.ts";
import { newer } from "../../../meta-node/store.ts";
import { derivedId } from "../../../meta-node/net.ts";

const members = (n: number) => Array.from({ length: n }, (_, i) => `stsds1member${String(i).padStart(3, "0")}`);
const keys = Array.from({ length: 2000 }, (_, i) => `st1wallet${i}`);

describe("meta-node hash ring", () => {
  it("gives min(3, M) distinct owners, the same whatever order the members come in", () => {
    for (const m of [1, 2, 3, 4, 7]) {
      const a = new HashRing(members(m));
      const b = new HashRing([...members(m)].reverse());
      for (const k of keys.slice(0, 200)) {
        const o = a.owners(k);
        expect(o).to.have.length(Math.min(3, m));
        expect(new Set(o).size).to.equal(o.length);
        expect(b.owners(k)).to.deep.equal(o);
      }
    }
    expect(new HashRing([]).owners("x")).to.deep.equal([]);
  });

  it("spreads primaries over the members", () => {
    const ring = new HashRing(members(5));
    const count = new Map<string, number>();
    for (const k of keys) count.set(ring.owners(k)[0], (count.get(ring.owners(k)[0]) ?? 0) + 1);
    expect(count.size).to.equal(5);
    for (const c of count.values()) expect(c).to.be.within(200, 650); // 400 each if perfectly even
  });

  it("moves only the keys a new member takes over", () => {
    const before = new HashRing(members(5));
    const after = new HashRing(members(6));
    const moved = keys.filter((k) => before.owners(k)[0] !== after.owners(k)[0]);
    expect(moved.length).to.be.below(keys.length / 3);
    for (const k of moved) expect(after.owners(k)[0]).to.equal(members(6)[5]);
  });

  it("ranks every member once for a key (fallback order)", () => {
    const ring = new HashRing(members(4));
    const r = ring.ranking("stsds1someresourcenode");
    expect([...r].sort()).to.deep.equal(members(4));
    expect(r.slice(0, 3)).to.deep.equal(ring.owners("stsds1someresourcenode"));
  });
});

describe("meta-node records", () => {
  it("last writer wins by (version, writer)", () => {
    expect(newer({ v: 2, w: "a", val: 1 }, { v: 1, w: "z", val: 2 })).to.equal(true);
    expect(newer({ v: 1, w: "b", val: 1 }, { v: 1, w: "a", val: 2 })).to.equal(true);
    expect(newer({ v: 1, w: "a", val: 1 }, { v: 1, w: "a", val: 2 })).to.equal(false);
    expect(newer({ v: 1, w: "a", val: null }, undefined)).to.equal(true);
  });

  it("derives the same upload permit id for the same upload, another for a new generation", () => {
    const id = derivedId("upload", "st1owner", "v05j1m5", "100", "0");
    expect(id).to.match(/^[0-9a-f]{32}$/);
    expect(derivedId("upload", "st1owner", "v05j1m5", "100", "0")).to.equal(id);
    expect(derivedId("upload", "st1owner", "v05j1m5", "100", "1")).to.not.equal(id);
  });
});
