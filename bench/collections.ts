// Typed collections (chain/store/collections.ts) against the hand-written PrefixKV accessors they
// replaced, on the same gas-metered cache: N node records written, read back and iterated, as register
// does with its node maps. Prints the time ratio (collections / hand-written), the baseline measured in
// the same run, and checks both wrote the same bytes and charged the same gas.
import { GasMeter } from "../chain/app/gas.ts";
import { CacheKV, concatBytes, GasKV, PrefixKV, type KVPair, type KVStore } from "../chain/app/kv.ts";
import { SDS_PREFIX, toBech32 } from "../chain/crypto/bech32.ts";
import { intValue, SchemaBuilder } from "../chain/store/collections.ts";
import { sdsAddressKey } from "../modules/register/keeper/state.ts";
import { sdsAddressBytes } from "../modules/register/types.ts";

const N = 5000;
const ROUNDS = 7;
const PREFIX = new TextEncoder().encode("register/");
const enc = new TextEncoder();
const dec = new TextDecoder();
const addrs = Array.from({ length: N }, (_, i) => toBech32(SDS_PREFIX, Uint8Array.from({ length: 20 }, (_, j) => (i * 31 + j * 7 + (i >> 8)) & 255)));

const s = new SchemaBuilder(PREFIX);
const slashing = s.map(0x05, "slashing", sdsAddressKey, intValue);
s.build({ slashing });

function handWritten(store: KVStore): bigint {
  const ps = new PrefixKV(store, PREFIX);
  const key = (a: string) => concatBytes(Uint8Array.of(0x05), sdsAddressBytes(a));
  addrs.forEach((a, i) => ps.set(key(a), enc.encode(String(i + 1))));
  let t = 0n;
  for (const a of addrs) t += BigInt(dec.decode(ps.get(key(a))!));
  for (const [, v] of new PrefixKV(ps, Uint8Array.of(0x05)).iterate(new Uint8Array())) t += BigInt(dec.decode(v));
  return t;
}

function collections(store: KVStore): bigint {
  const ctx = { store };
  addrs.forEach((a, i) => slashing.set(ctx, a, BigInt(i + 1)));
  let t = 0n;
  for (const a of addrs) t += slashing.get(ctx, a)!;
  for (const v of slashing.values(ctx)) t += v;
  return t;
}

const empty = { get: () => undefined, iterate: function* (): Iterable<KVPair> {} };
function run(f: (s: KVStore) => bigint) {
  const cache = new CacheKV(empty);
  const meter = new GasMeter();
  const t0 = process.hrtime.bigint();
  const sum = f(new GasKV(cache, meter));
  const ns = Number(process.hrtime.bigint() - t0);
  return { ns, sum, gas: meter.consumed, writes: cache.sortedWrites().map(([k, v]) => Buffer.from(k).toString("hex") + "=" + Buffer.from(v!).toString("hex")).join() };
}

run(handWritten);
run(collections); // warm-up
const ratios: number[] = [];
let base = run(handWritten);
for (let r = 0; r < ROUNDS; r++) {
  const a = run(handWritten);
  const b = run(collections);
  if (a.sum !== b.sum || a.gas !== b.gas || a.writes !== b.writes) throw new Error("collections and hand-written code differ in result, gas or bytes");
  ratios.push(b.ns / a.ns);
  base = a;
}
ratios.sort((x, y) => x - y);
console.log(`${N} records set + get + iterate, ${ROUNDS} alternating rounds; identical bytes and gas (${base.gas} gas per run)`);
console.log(`collections / hand-written PrefixKV time: median ${ratios[ROUNDS >> 1].toFixed(2)}x (min ${ratios[0].toFixed(2)}x, max ${ratios[ROUNDS - 1].toFixed(2)}x)`);
