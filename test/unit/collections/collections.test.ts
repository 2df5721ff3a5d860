// chain/store/collections.ts over the real cache and gas layers of chain/app/kv.ts (the layer under
// test is the collection; the committed store below the cache is an empty reader).
import { expect } from "chai";
import { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { CacheKV, concatBytes, GasKV, PrefixKV, type KVPair, type KVStore } from "../../../chain/app/kv.ts";
import { GasMeter } from "../../../chain/app/gas.ts";
import {
  accAddressKey,
  bech32Key,
  bytesKey,
  decimalKey,
  decValue,
  intValue,
  mapValue,
  pairKey,
  protoValue,
  SchemaBuilder,
  stringKey,
  stringValue,
  timeKey,
  uint64Key,
  valueCodec,
  type StoreContext,
} from "../../../chain/store/collections.ts";
import { SDS_PREFIX, toBech32 } from "../../../chain/crypto/bech32.ts";
import { accAddressToBech32 } from "../../../chain/types/address.ts";
import { Dec } from "../../../chain/types/dec.ts";

const enc = new TextEncoder();
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const emptyBase = { get: () => undefined, iterate: function* (): Iterable<KVPair> {} };
const freshCtx = (): StoreContext & { store: CacheKV } => ({ store: new CacheKV(emptyBase) });

/** Records every call a collection makes on the store. */
class Recorder implements KVStore {
  readonly ops: string[] = [];
  constructor(private readonly inner: KVStore) {}
  get(k: Uint8Array) {
    this.ops.push(`get ${hex(k)}`);
    return this.inner.get(k);
  }
  set(k: Uint8Array, v: Uint8Array) {
    this.ops.push(`set ${hex(k)}=${hex(v)}`);
    this.inner.set(k, v);
  }
  delete(k: Uint8Array) {
    this.ops.push(`delete ${hex(k)}`);
    this.inner.delete(k);
  }
  *iterate(s: Uint8Array, e?: Uint8Array): Iterable<KVPair> {
    this.ops.push(`iterate ${hex(s)}..${e ? hex(e) : ""}`);
    yield* this.inner.iterate(s, e);
  }
}

const addr20 = (n: number) => Uint8Array.from({ length: 20 }, (_, i) => (i === 19 ? n : 0xa0 + i));
const acc = (n: number) => accAddressToBech32(addr20(n));
const sds = (n: number) => toBech32(SDS_PREFIX, addr20(n));
const REGISTER = enc.encode("register/");

describe("collections: key and value codecs keep today's byte layouts", () => {
  it("bech32 and account addresses are their raw bytes; length-prefixed when another part follows", () => {
    expect(hex(bech32Key(SDS_PREFIX).encode(sds(7)))).to.equal(hex(addr20(7)));
    expect(bech32Key(SDS_PREFIX).decode(addr20(7))).to.equal(sds(7));
    expect(hex(accAddressKey.encode(acc(1)))).to.equal(hex(addr20(1)));
    // bank: 0x02 ‖ len(addr) ‖ addr ‖ denom
    const balance = pairKey(accAddressKey, stringKey);
    expect(hex(balance.encode([acc(1), "wei"]))).to.equal(hex(concatBytes(Uint8Array.of(20), addr20(1), enc.encode("wei"))));
    expect(balance.decode(balance.encode([acc(1), "wei"]))).to.deep.equal([acc(1), "wei"]);
    expect(() => accAddressKey.encode("cosmos1xyz")).to.throw(/invalid address/);
    expect(() => bech32Key(SDS_PREFIX).encode(acc(1))).to.throw(/expected prefix stsds/);
  });

  it("time keys are seconds(8, big-endian) ‖ nanos(4), negative seconds as 0 (register's unbonding queue)", () => {
    const t = { seconds: 1_700_000_000n, nanos: 5 };
    const b = new Uint8Array(12);
    new DataView(b.buffer).setBigUint64(0, t.seconds);
    new DataView(b.buffer).setUint32(8, 5);
    expect(hex(timeKey.encode(t))).to.equal(hex(b));
    expect(timeKey.decode(b)).to.deep.equal(t);
    expect(hex(timeKey.encode({ seconds: -5n, nanos: 1 }))).to.equal("000000000000000000000001");
    const queue = pairKey(timeKey, bech32Key(SDS_PREFIX));
    expect(hex(queue.encode([t, sds(3)]))).to.equal(hex(concatBytes(b, addr20(3))));
    expect(queue.decode(queue.encode([t, sds(3)]))).to.deep.equal([t, sds(3)]);
    expect(hex(queue.prefix(t))).to.equal(hex(b));
  });

  it("uint64 is 8 big-endian bytes; decimal keys are ASCII digits, '_'-terminated before another part (pot)", () => {
    expect(hex(uint64Key.encode(258n))).to.equal("0000000000000102");
    expect(uint64Key.decode(uint64Key.encode(2n ** 64n - 1n))).to.equal(2n ** 64n - 1n);
    expect(() => uint64Key.encode(-1n)).to.throw(/out of range/);
    expect(hex(decimalKey.encode(42n))).to.equal(hex(enc.encode("42")));
    const individual = pairKey(decimalKey, accAddressKey);
    expect(hex(individual.encode([42n, acc(9)]))).to.equal(hex(concatBytes(enc.encode("42_"), addr20(9))));
    expect(individual.decode(individual.encode([42n, acc(9)]))).to.deep.equal([42n, acc(9)]);
    expect(hex(individual.prefix(42n))).to.equal(hex(enc.encode("42_")));
  });

  it("string keys are UTF-8 (NUL-terminated before another part), bytes keys raw", () => {
    expect(hex(stringKey.encode("ab"))).to.equal("6162");
    const p = pairKey(stringKey, bytesKey);
    expect(hex(p.encode(["ab", Uint8Array.of(1, 2)]))).to.equal("6162000102");
    expect(p.decode(Uint8Array.of(0x61, 0x62, 0, 1, 2))).to.deep.equal(["ab", Uint8Array.of(1, 2)]);
    const q = pairKey(bytesKey, stringKey);
    expect(hex(q.encode([Uint8Array.of(9), "x"]))).to.equal("010978");
  });

  it("values: Int and Dec as the SDK's strings, strings UTF-8, protobuf messages as encoded", () => {
    expect(Buffer.from(intValue.encode(1234n)).toString()).to.equal("1234");
    expect(intValue.decode(enc.encode("-7"))).to.equal(-7n);
    expect(() => intValue.decode(enc.encode("1.5"))).to.throw(SyntaxError);
    expect(Buffer.from(decValue.encode(Dec.fromInt(1_000_000n))).toString()).to.equal("1000000" + "0".repeat(18));
    expect(decValue.decode(decValue.encode(Dec.fromString("0.5"))).toString()).to.equal("0.500000000000000000");
    expect(Buffer.from(stringValue.encode("st1x")).toString()).to.equal("st1x");
    const coin = mapValue(
      protoValue(Coin),
      (c) => ({ denom: c.denom, amount: BigInt(c.amount) }),
      (c: { denom: string; amount: bigint }) => ({ denom: c.denom, amount: c.amount.toString() }),
    );
    const bytes = coin.encode({ denom: "wei", amount: 5n });
    expect(hex(bytes)).to.equal(hex(Coin.encode({ denom: "wei", amount: "5" }).finish()));
    expect(coin.decode(bytes)).to.deep.equal({ denom: "wei", amount: 5n });
  });
});

describe("collections: Item, StoreMap, KeySet over the app's store", () => {
  function schema() {
    const s = new SchemaBuilder(REGISTER);
    const limit = s.item(0x04, "remaining_ozone_limit", intValue);
    const nodes = s.map(0x01, "nodes", bech32Key(SDS_PREFIX), stringValue);
    const slashing = s.map(0x05, "slashing", accAddressKey, intValue);
    const queue = s.keySet(0x12, "queue", pairKey(timeKey, bech32Key(SDS_PREFIX)));
    return { limit, nodes, slashing, queue, schema: s.build({ limit, nodes, slashing, queue }) };
  }

  it("writes the same store keys and values as the hand-written keeper code, one store call per operation", () => {
    const { limit, nodes, queue } = schema();
    const ctx = freshCtx();
    const rec = new Recorder(ctx.store);
    const c = { store: rec };
    limit.set(c, 77n);
    nodes.set(c, sds(1), "one");
    queue.set(c, [{ seconds: 10n, nanos: 0 }, sds(1)]);
    expect(limit.get(c)).to.equal(77n);
    expect(nodes.has(c, sds(2))).to.equal(false);
    nodes.remove(c, sds(2));
    const reg = (...parts: Uint8Array[]) => hex(concatBytes(REGISTER, ...parts));
    expect(rec.ops).to.deep.equal([
      `set ${reg(Uint8Array.of(0x04))}=${hex(enc.encode("77"))}`,
      `set ${reg(Uint8Array.of(0x01), addr20(1))}=${hex(enc.encode("one"))}`,
      `set ${reg(Uint8Array.of(0x12), timeKey.encode({ seconds: 10n, nanos: 0 }), addr20(1))}=01`,
      `get ${reg(Uint8Array.of(0x04))}`,
      `get ${reg(Uint8Array.of(0x01), addr20(2))}`,
      `delete ${reg(Uint8Array.of(0x01), addr20(2))}`,
    ]);
    expect(limit.getOr({ store: new CacheKV(emptyBase) }, 0n)).to.equal(0n);
  });

  it("charges exactly the gas of the PrefixKV code it replaces (get, set, delete and iteration)", () => {
    const { nodes, slashing } = schema();
    const run = (f: (store: KVStore) => void) => {
      const base = new CacheKV(emptyBase);
      for (let i = 1; i <= 5; i++) base.set(concatBytes(REGISTER, Uint8Array.of(0x01), addr20(i)), enc.encode(`node${i}`));
      const meter = new GasMeter();
      f(new GasKV(base, meter));
      return meter.consumed;
    };
    const old = run((store) => {
      const s = new PrefixKV(store, REGISTER);
      s.get(concatBytes(Uint8Array.of(0x01), addr20(3)));
      s.set(concatBytes(Uint8Array.of(0x05), addr20(3)), enc.encode("12"));
      s.delete(concatBytes(Uint8Array.of(0x05), addr20(4)));
      for (const _ of new PrefixKV(s, Uint8Array.of(0x01)).iterate(new Uint8Array()));
    });
    const now = run((store) => {
      const c = { store };
      nodes.get(c, sds(3));
      slashing.set(c, acc(3), 12n);
      slashing.remove(c, acc(4));
      for (const _ of nodes.iterate(c));
    });
    expect(now).to.equal(old);
    expect(now > 0n).to.equal(true);
  });

  it("iterates in key-byte order over ranges and prefixes, lazily", () => {
    const { nodes, queue } = schema();
    const ctx = freshCtx();
    for (const i of [5, 2, 9, 1]) nodes.set(ctx, sds(i), `n${i}`);
    expect([...nodes.iterate(ctx)].map(([k, v]) => [k, v])).to.deep.equal([1, 2, 5, 9].map((i) => [sds(i), `n${i}`]));
    expect([...nodes.keys(ctx, { start: addr20(2), end: addr20(9) })]).to.deep.equal([sds(2), sds(5)]);
    expect([...nodes.values(ctx, { start: addr20(3) })]).to.deep.equal(["n5", "n9"]);
    // raw keys are relative to the collection (pagination's next_key)
    expect([...nodes.raw(ctx, { start: addr20(9) })].map(([k]) => hex(k))).to.deep.equal([hex(addr20(9))]);

    // pairs under a sub-prefix with keys relative to it (bank's balances of one address, next_key = denom)
    const balances = new SchemaBuilder(enc.encode("bank/")).map(0x02, "balances", pairKey(accAddressKey, stringKey), intValue);
    for (const [a, d] of [[1, "b"], [1, "a"], [2, "a"], [1, "c"]] as const) balances.set(ctx, [acc(a), d], 5n);
    const old = [...new PrefixKV(ctx.store, concatBytes(enc.encode("bank/"), Uint8Array.of(0x02, 20), addr20(1))).iterate(enc.encode("b"))];
    const now = [...balances.rawWithin(ctx, balances.keyCodec.prefix(acc(1)), enc.encode("b"))];
    expect(now.map(([k]) => Buffer.from(k).toString())).to.deep.equal(["b", "c"]);
    expect(now.map(([k, v]) => hex(k) + hex(v))).to.deep.equal(old.map(([k, v]) => hex(k) + hex(v)));

    const t = (s: bigint) => ({ seconds: s, nanos: 0 });
    queue.set(ctx, [t(30n), sds(1)]);
    queue.set(ctx, [t(10n), sds(2)]);
    queue.set(ctx, [t(10n), sds(1)]);
    queue.set(ctx, [t(20n), sds(3)]);
    // everything due at or before 20s: end = time key of 20s + 1ns
    expect([...queue.iterate(ctx, { end: queue.keyCodec.prefix({ seconds: 20n, nanos: 1 }) })]).to.deep.equal([
      [t(10n), sds(1)],
      [t(10n), sds(2)],
      [t(20n), sds(3)],
    ]);
    expect([...queue.iterate(ctx, { prefix: queue.keyCodec.prefix(t(10n)) })].map(([, a]) => a)).to.deep.equal([sds(1), sds(2)]);
    expect([...queue.iterate(ctx, { prefix: queue.keyCodec.prefix(t(10n)), start: queue.keyCodec.encode([t(10n), sds(2)]) })]).to.have.length(1);

    // lazy: pulling one pair charges one pair's iteration gas
    const meter = new GasMeter();
    const first = nodes.iterate({ store: new GasKV(ctx.store, meter) })[Symbol.iterator]().next();
    expect(first.value![0]).to.equal(sds(1));
    expect(meter.consumed).to.equal(30n + 3n * BigInt(REGISTER.length + 1 + 20 + 2));
  });

  it("walks the schema for genesis export and finds keys no collection claims", () => {
    const { limit, nodes, slashing, queue, schema: sc } = schema();
    const ctx = freshCtx();
    limit.set(ctx, 3n);
    nodes.set(ctx, sds(2), "b");
    nodes.set(ctx, sds(1), "a");
    slashing.set(ctx, acc(1), 9n);
    queue.set(ctx, [{ seconds: 1n, nanos: 2 }, sds(1)]);
    const w = sc.walk(ctx);
    expect(w.limit).to.equal(3n);
    expect(w.nodes).to.deep.equal([
      [sds(1), "a"],
      [sds(2), "b"],
    ]);
    expect(w.slashing).to.deep.equal([[acc(1), 9n]]);
    expect(w.queue).to.deep.equal([[{ seconds: 1n, nanos: 2 }, sds(1)]]);
    expect(sc.unclaimedKeys(ctx)).to.deep.equal([]);
    ctx.store.set(concatBytes(REGISTER, Uint8Array.of(0x06)), enc.encode("x"));
    ctx.store.set(concatBytes(enc.encode("registes"), Uint8Array.of(0x06)), enc.encode("other module"));
    expect(sc.unclaimedKeys(ctx).map(hex)).to.deep.equal([hex(concatBytes(REGISTER, Uint8Array.of(0x06)))]);
    expect(schema().schema.walk(freshCtx()).limit).to.equal(undefined);
  });

  it("refuses overlapping prefixes, duplicate names and schemas that leave a collection out", () => {
    const s = new SchemaBuilder(REGISTER);
    s.map(0x03, "individual", pairKey(decimalKey, accAddressKey), intValue);
    expect(() => s.item(Uint8Array.of(0x03, 0x31), "x", intValue)).to.throw(/overlaps/);
    expect(() => s.item(0x04, "individual", intValue)).to.throw(/declared twice/);
    const b = s.item(0x05, "b", intValue);
    expect(() => s.build({ b })).to.throw(/leaves out declared collections: individual/);
  });

  it("an empty encoding is refused by the cache (the tx fails, the block does not)", () => {
    const s = new SchemaBuilder(REGISTER);
    const name = s.item(0x21, "authority", stringValue);
    expect(() => name.set(freshCtx(), "")).to.throw(/empty value/);
  });
});

describe("collections: IndexedMap keeps its indexes in step without extra reads", () => {
  // A validator-like record: an operator's power (indexed, absent when jailed) and a moniker.
  type Val = { power: bigint; jailed: boolean; moniker: string };
  const valValue = valueCodec<Val>(
    "Val",
    (v) => enc.encode(JSON.stringify({ ...v, power: v.power.toString() })),
    (b) => {
      const o = JSON.parse(new TextDecoder().decode(b));
      return { ...o, power: BigInt(o.power) };
    },
  );
  const STAKING = enc.encode("staking/");
  function schema() {
    const s = new SchemaBuilder(STAKING);
    const vals = s.indexedMap(0x21, "validators", bech32Key(SDS_PREFIX), valValue, {
      byPower: { prefix: 0x23, key: uint64Key, of: (_k: string, v: Val) => (v.jailed ? undefined : v.power) },
    });
    const count = s.item(0x01, "count", intValue);
    return { vals, count, schema: s.build({ vals, count }) };
  }

  it("writes the primary entry and only the index entries that change, with no read", () => {
    const { vals } = schema();
    const ctx = freshCtx();
    const rec = new Recorder(ctx.store);
    const c = { store: rec };
    const key = (...parts: Uint8Array[]) => hex(concatBytes(STAKING, ...parts));
    const a = { power: 10n, jailed: false, moniker: "a" };
    vals.put(c, sds(1), a, undefined);
    vals.put(c, sds(1), { ...a, moniker: "renamed" }, a); // same power: index untouched
    vals.put(c, sds(1), { ...a, power: 20n, moniker: "renamed" }, { ...a, moniker: "renamed" });
    const sets = rec.ops.map((o) => o.split("=")[0]);
    expect(sets).to.deep.equal([
      `set ${key(Uint8Array.of(0x23), uint64Key.encode(10n), addr20(1))}`,
      `set ${key(Uint8Array.of(0x21), addr20(1))}`,
      `set ${key(Uint8Array.of(0x21), addr20(1))}`,
      `delete ${key(Uint8Array.of(0x23), uint64Key.encode(10n), addr20(1))}`,
      `set ${key(Uint8Array.of(0x23), uint64Key.encode(20n), addr20(1))}`,
      `set ${key(Uint8Array.of(0x21), addr20(1))}`,
    ]);
    expect(rec.ops.some((o) => o.startsWith("get"))).to.equal(false);
  });

  it("answers index queries after puts, un-indexing (jail) and deletes; walk and unclaimedKeys see map and indexes", () => {
    const { vals, count, schema: sch } = schema();
    const ctx = freshCtx();
    const put = (n: number, v: Val) => vals.put(ctx, sds(n), v, vals.get(ctx, sds(n)));
    put(1, { power: 5n, jailed: false, moniker: "one" });
    put(2, { power: 7n, jailed: false, moniker: "two" });
    put(3, { power: 5n, jailed: false, moniker: "three" });
    count.set(ctx, 3n);
    expect([...vals.indexes.byPower.matching(ctx, 5n)]).to.deep.equal([sds(1), sds(3)]);
    expect([...vals.indexes.byPower.iterate(ctx)].map(([p, k]) => [p, k])).to.deep.equal([
      [5n, sds(1)],
      [5n, sds(3)],
      [7n, sds(2)],
    ]);
    put(3, { power: 5n, jailed: true, moniker: "three" }); // jailed: leaves the index, stays in the map
    expect([...vals.indexes.byPower.matching(ctx, 5n)]).to.deep.equal([sds(1)]);
    vals.delete(ctx, sds(2), vals.get(ctx, sds(2))!);
    expect([...vals.indexes.byPower.iterate(ctx)]).to.deep.equal([[5n, sds(1)]]);
    const walked = sch.walk(ctx);
    expect(walked.vals.map(([k]) => k)).to.deep.equal([sds(1), sds(3)]);
    expect(walked.count).to.equal(3n);
    expect(sch.unclaimedKeys(ctx)).to.deep.equal([]);
    ctx.store.set(concatBytes(STAKING, Uint8Array.of(0x24)), Uint8Array.of(1));
    expect(sch.unclaimedKeys(ctx).map(hex)).to.deep.equal([hex(concatBytes(STAKING, Uint8Array.of(0x24)))]);
  });

  it("refuses an index prefix that overlaps another collection", () => {
    const s = new SchemaBuilder(STAKING);
    s.item(0x23, "taken", intValue);
    expect(() => s.indexedMap(0x21, "validators", bech32Key(SDS_PREFIX), valValue, { byPower: { prefix: 0x23, key: uint64Key, of: (_k: string, v: Val) => v.power } })).to.throw(/overlaps/);
  });
});
