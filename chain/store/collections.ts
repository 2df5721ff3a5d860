// Typed store collections (the Cosmos SDK's `collections`, reduced to what our keepers need).
//
// A keeper declares its state once, bound to its module prefix, instead of hand-writing
// get/set/delete/iterate groups:
//
//   const s = new SchemaBuilder(new TextEncoder().encode("register/"));
//   const params = s.item(0x20, "params", protoValue(pb.Params));               // register/ 0x20
//   const nodes  = s.map(0x01, "resource_nodes", bech32Key(SDS_PREFIX), nodeValue); // register/ 0x01 ‖ addr20
//   const queue  = s.keySet(0x12, "unbonding_queue", pairKey(timeKey, bech32Key(SDS_PREFIX)));
//   const schema = s.build({ params, nodes, queue });   // throws if two collection prefixes overlap
//
//   nodes.get(ctx, addr) / nodes.set(ctx, addr, node) / nodes.remove(ctx, addr) / nodes.has(ctx, addr)
//   for (const [addr, node] of nodes.iterate(ctx)) …                // ascending key-byte order, lazy
//   queue.iterate(ctx, { end: queue.keyCodec.prefix(t) })             // range: [start, end) and/or prefix
//   balances.rawWithin(ctx, balances.keyCodec.prefix(addr), nextKey)   // raw pairs, keys relative to a prefix
//   schema.walk(ctx)  → { params: V | undefined, nodes: [K, V][], queue: K[] }  (genesis export)
//   const vals = s.indexedMap(0x21, "validators", valKey, valValue, { byPower: { prefix: 0x23, key: uint64Key, of: (_, v) => v.power } });
//   vals.put(ctx, addr, v, vals.get(ctx, addr)) / vals.indexes.byPower.matching(ctx, 10n) / .iterate(ctx)
//
// Contract, so that moving a keeper onto collections changes no byte and no gas:
// * Every operation is exactly one call on `ctx.store` (get / set / delete / one iterate), with the
//   full key = module prefix ‖ collection prefix ‖ encoded key. `has` is a `get` (as the keepers'
//   `get(...) !== undefined` was), so the gas meter sees the same accesses as before.
// * Iterators are lazy: the gas meter charges per pair actually pulled, as with the raw store.
// * Values are stored exactly as their codec encodes them. An empty encoding is refused by the cache
//   (the Merkle store cannot hold it): delete instead (`remove`).
// * IndexedMap keeps secondary indexes (KeySets of (index key, primary key)) in step with a map. The
//   SDK's reads the old value inside `Set`; ours takes the old value from the caller (`put(ctx, k, v,
//   previous)`), because keepers have always read it already — so an indexed write costs the primary
//   set plus only the index entries that change, and adds no read (gas stays what the keeper pays).
//   Register's unbonding queue and pot's pending epochs predate it and stay explicit KeySets (their
//   entries are not a function of one map entry).
//
// Key codecs and their byte layouts (terminal = last part of a key; non-terminal = followed by
// another part of a `pairKey`):
//   bytesKey             raw bytes                  | non-terminal: len(1 byte) ‖ bytes
//   stringKey            UTF-8                      | non-terminal: UTF-8 ‖ 0x00 (as the SDK)
//   accAddressKey        bech32 "st…" → raw 20/32   | non-terminal: len(1) ‖ raw (bank's 0x02‖len‖addr‖denom)
//   bech32Key(prefix)    bech32 <prefix>… → raw     | non-terminal: len(1) ‖ raw
//   addressKey(to, from) any string ↔ bytes mapping (a module's own address parser and errors)
//   uint64Key            big-endian 8 bytes          | fixed size
//   decimalKey           bigint as decimal ASCII    | non-terminal: digits ‖ "_" (stratos-chain's "<epoch>_")
//   timeKey              seconds(8, BE, <0 → 0) ‖ nanos(4, BE) | fixed size (register's unbonding queue)
//   pairKey(a, b)        a non-terminal ‖ b; `.prefix(a)` gives the bytes of all keys starting with a
// Value codecs: protoValue(Type) (protobufjs or ts-proto message types: encode(m).finish() / decode),
// mapValue(codec, decode, encode) to store a domain type through a wire type, intValue (cosmos Int:
// decimal string), decValue (cosmos Dec: integer string of value × 10^18), stringValue, bytesValue.
import { concatBytes, prefixEnd, type KVPair, type KVStore } from "../app/kv.ts";
import { fromBech32, toBech32 } from "../crypto/bech32.ts";
import { accAddressFromBech32, accAddressToBech32 } from "../types/address.ts";
import { Dec } from "../types/dec.ts";

/** What a collection needs from a context: the (gas-metered, cached) store of the current tx or block. */
export interface StoreContext {
  readonly store: KVStore;
}

// ---- key codecs -------------------------------------------------------------------------------

export interface KeyCodec<K> {
  readonly name: string;
  /** Bytes of the key as the last (or only) part of a store key. */
  encode(key: K): Uint8Array;
  decode(bytes: Uint8Array): K;
  /** Self-delimiting form, used when another key part follows. */
  encodeNonTerminal(key: K): Uint8Array;
  /** Decodes the non-terminal form at the start of `bytes`; returns the key and the bytes it used. */
  decodeNonTerminal(bytes: Uint8Array): [K, number];
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

function lengthPrefixed(b: Uint8Array, what: string): Uint8Array {
  if (b.length > 255) throw new Error(`${what} key of ${b.length} bytes is too long for a length-prefixed key part (max 255)`);
  return concatBytes(Uint8Array.of(b.length), b);
}
function readLengthPrefixed(b: Uint8Array, what: string): [Uint8Array, number] {
  if (b.length < 1 || b.length < 1 + b[0]) throw new Error(`${what} key part is truncated`);
  return [b.subarray(1, 1 + b[0]), 1 + b[0]];
}

/**
 * A key that is a bijective mapping of a byte string (addresses): raw bytes when last, length-prefixed
 * when another part follows. `toBytes` may throw the module's own error for a malformed key.
 */
export function addressKey<K>(name: string, toBytes: (k: K) => Uint8Array, fromBytes: (b: Uint8Array) => K): KeyCodec<K> {
  return {
    name,
    encode: toBytes,
    decode: fromBytes,
    encodeNonTerminal: (k) => lengthPrefixed(toBytes(k), name),
    decodeNonTerminal(b) {
      const [raw, n] = readLengthPrefixed(b, name);
      return [fromBytes(raw), n];
    },
  };
}

export const bytesKey: KeyCodec<Uint8Array> = addressKey(
  "bytes",
  (b) => b,
  (b) => Uint8Array.from(b),
);

/** Account address `st…` stored as its raw bytes; a malformed address throws the SDK's invalid-address error (code 7). */
export const accAddressKey: KeyCodec<string> = addressKey("accAddress", (a) => accAddressFromBech32(a), accAddressToBech32);

/** A bech32 address with a fixed human-readable prefix, stored as its raw bytes. */
export function bech32Key(prefix: string): KeyCodec<string> {
  return addressKey(
    `bech32(${prefix})`,
    (a) => fromBech32(a, prefix).data,
    (b) => toBech32(prefix, b),
  );
}

export const stringKey: KeyCodec<string> = {
  name: "string",
  encode: (s) => utf8.encode(s),
  decode: (b) => fromUtf8.decode(b),
  encodeNonTerminal(s) {
    const b = utf8.encode(s);
    if (b.includes(0)) throw new Error(`string key ${JSON.stringify(s)} contains a NUL byte and cannot be followed by another key part`);
    return concatBytes(b, Uint8Array.of(0));
  },
  decodeNonTerminal(b) {
    const i = b.indexOf(0);
    if (i < 0) throw new Error("string key part has no terminator");
    return [fromUtf8.decode(b.subarray(0, i)), i + 1];
  },
};

function fixedSize<K>(name: string, size: number, encode: (k: K) => Uint8Array, decode: (b: Uint8Array) => K): KeyCodec<K> {
  const check = (b: Uint8Array) => {
    if (b.length < size) throw new Error(`${name} key part needs ${size} bytes, got ${b.length}`);
  };
  return {
    name,
    encode,
    decode(b) {
      if (b.length !== size) throw new Error(`${name} key must be ${size} bytes, got ${b.length}`);
      return decode(b);
    },
    encodeNonTerminal: encode,
    decodeNonTerminal(b) {
      check(b);
      return [decode(b.subarray(0, size)), size];
    },
  };
}

const U64_MAX = (1n << 64n) - 1n;
const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** Unsigned 64-bit integer, big-endian (so byte order is numeric order). */
export const uint64Key: KeyCodec<bigint> = fixedSize(
  "uint64",
  8,
  (n) => {
    if (n < 0n || n > U64_MAX) throw new Error(`uint64 key ${n} is out of range`);
    const b = new Uint8Array(8);
    view(b).setBigUint64(0, n);
    return b;
  },
  (b) => view(b).getBigUint64(0),
);

/** A point in time as register stores it ({seconds, nanos}, the google.protobuf.Timestamp fields). */
export interface TimeKey {
  seconds: bigint;
  nanos: number;
}

/**
 * seconds as uint64 big-endian (negative seconds are stored as 0: a pre-1970 time sorts first) ‖
 * nanos as uint32 big-endian; 12 bytes, byte order = time order.
 */
export const timeKey: KeyCodec<TimeKey> = fixedSize(
  "time",
  12,
  (t) => {
    const b = new Uint8Array(12);
    view(b).setBigUint64(0, t.seconds < 0n ? 0n : t.seconds > U64_MAX ? U64_MAX : t.seconds);
    view(b).setUint32(8, t.nanos);
    return b;
  },
  (b) => ({ seconds: view(b).getBigUint64(0), nanos: view(b).getUint32(8) }),
);

/**
 * A non-negative integer as decimal ASCII (stratos-chain's `epoch.String()` keys). As a non-terminal
 * part it is followed by "_" (pot's individual-reward key "<epoch>_" ‖ wallet). Decimal keys do not
 * sort numerically ("10" < "9"); use uint64Key where order matters.
 */
export const decimalKey: KeyCodec<bigint> = {
  name: "decimal",
  encode(n) {
    if (n < 0n) throw new Error(`decimal key ${n} is negative`);
    return utf8.encode(n.toString());
  },
  decode(b) {
    const s = fromUtf8.decode(b);
    if (!/^\d+$/.test(s)) throw new Error(`decimal key ${JSON.stringify(s)} is not a non-negative integer`);
    return BigInt(s);
  },
  encodeNonTerminal: (n) => concatBytes(decimalKey.encode(n), utf8.encode("_")),
  decodeNonTerminal(b) {
    const i = b.indexOf(0x5f);
    if (i < 0) throw new Error("decimal key part has no '_' terminator");
    return [decimalKey.decode(b.subarray(0, i)), i + 1];
  },
};

export interface PairKeyCodec<A, B> extends KeyCodec<[A, B]> {
  /** Encoded prefix shared by every key whose first part is `a` (for `{ prefix }` ranges). */
  prefix(a: A): Uint8Array;
}

/** (a, b) stored as a's non-terminal form ‖ b: keys sort by a, then b. */
export function pairKey<A, B>(a: KeyCodec<A>, b: KeyCodec<B>): PairKeyCodec<A, B> {
  return {
    name: `pair(${a.name},${b.name})`,
    encode: ([x, y]) => concatBytes(a.encodeNonTerminal(x), b.encode(y)),
    decode(bytes) {
      const [x, n] = a.decodeNonTerminal(bytes);
      return [x, b.decode(bytes.subarray(n))];
    },
    encodeNonTerminal: ([x, y]) => concatBytes(a.encodeNonTerminal(x), b.encodeNonTerminal(y)),
    decodeNonTerminal(bytes) {
      const [x, n] = a.decodeNonTerminal(bytes);
      const [y, m] = b.decodeNonTerminal(bytes.subarray(n));
      return [[x, y], n + m];
    },
    prefix: (x) => a.encodeNonTerminal(x),
  };
}

// ---- value codecs ------------------------------------------------------------------------------

export interface ValueCodec<V> {
  readonly name: string;
  encode(value: V): Uint8Array;
  decode(bytes: Uint8Array): V;
}

/** A generated protobuf message type (protobufjs static code or ts-proto: same two methods). */
export interface ProtoType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

export function protoValue<T>(type: ProtoType<T>, name = "proto"): ValueCodec<T> {
  return { name, encode: (m) => type.encode(m).finish(), decode: (b) => type.decode(b) };
}

/** Stores a domain value through another codec (e.g. a record through its protobuf form). */
export function mapValue<W, V>(inner: ValueCodec<W>, decode: (w: W) => V, encode: (v: V) => W, name = inner.name): ValueCodec<V> {
  return { name, encode: (v) => inner.encode(encode(v)), decode: (b) => decode(inner.decode(b)) };
}

export function valueCodec<V>(name: string, encode: (v: V) => Uint8Array, decode: (b: Uint8Array) => V): ValueCodec<V> {
  return { name, encode, decode };
}

export const bytesValue: ValueCodec<Uint8Array> = valueCodec(
  "bytes",
  (b) => b,
  (b) => b,
);
export const stringValue: ValueCodec<string> = valueCodec(
  "string",
  (s) => utf8.encode(s),
  (b) => fromUtf8.decode(b),
);
/** cosmos Int (math.Int) as the SDK stores it: its decimal string. */
export const intValue: ValueCodec<bigint> = valueCodec(
  "int",
  (n) => utf8.encode(n.toString()),
  // BigInt() of the decimal string, as the keepers always decoded it (it throws on anything else).
  (b) => BigInt(fromUtf8.decode(b)),
);

/** cosmos Dec (LegacyDec) as the SDK stores it: the integer string of value × 10^18. */
export const decValue: ValueCodec<Dec> = valueCodec(
  "dec",
  (d) => utf8.encode(d.toProtoString()),
  (b) => Dec.fromProtoString(fromUtf8.decode(b)),
);

// ---- collections -----------------------------------------------------------------------------

/** Key range inside a collection, over encoded key bytes: [start, end), within `prefix` if given. */
export interface Range {
  prefix?: Uint8Array;
  start?: Uint8Array;
  /** Exclusive. */
  end?: Uint8Array;
}

const cmpBytes = (a: Uint8Array, b: Uint8Array) => Buffer.compare(a, b);

abstract class Collection {
  /** Module prefix ‖ collection prefix. */
  readonly fullPrefix: Uint8Array;
  constructor(
    modulePrefix: Uint8Array,
    readonly prefix: Uint8Array,
    readonly name: string,
  ) {
    this.fullPrefix = concatBytes(modulePrefix, prefix);
  }
}

/** One value under one key (params, counters, totals). */
export class Item<V> extends Collection {
  constructor(
    modulePrefix: Uint8Array,
    prefix: Uint8Array,
    name: string,
    readonly valueCodec: ValueCodec<V>,
  ) {
    super(modulePrefix, prefix, name);
  }
  get(ctx: StoreContext): V | undefined {
    const raw = ctx.store.get(this.fullPrefix);
    return raw === undefined ? undefined : this.valueCodec.decode(raw);
  }
  /** The stored value, or `fallback` when there is none (one read either way). */
  getOr(ctx: StoreContext, fallback: V): V {
    const v = this.get(ctx);
    return v === undefined ? fallback : v;
  }
  has(ctx: StoreContext): boolean {
    return ctx.store.get(this.fullPrefix) !== undefined;
  }
  set(ctx: StoreContext, value: V): void {
    ctx.store.set(this.fullPrefix, this.valueCodec.encode(value));
  }
  remove(ctx: StoreContext): void {
    ctx.store.delete(this.fullPrefix);
  }
}

abstract class KeyedCollection<K, C extends KeyCodec<K>> extends Collection {
  constructor(
    modulePrefix: Uint8Array,
    prefix: Uint8Array,
    name: string,
    /** The codec as declared (a pairKey keeps its `prefix`). */
    readonly keyCodec: C,
  ) {
    super(modulePrefix, prefix, name);
  }
  /** Full store key of `key`. */
  storeKey(key: K): Uint8Array {
    return concatBytes(this.fullPrefix, this.keyCodec.encode(key));
  }
  has(ctx: StoreContext, key: K): boolean {
    return ctx.store.get(this.storeKey(key)) !== undefined;
  }
  remove(ctx: StoreContext, key: K): void {
    ctx.store.delete(this.storeKey(key));
  }
  /**
   * Raw pairs in ascending key order, keys relative to the collection (what Cosmos pagination hands
   * out as next_key). One `iterate` call on the store; lazy.
   */
  *raw(ctx: StoreContext, range: Range = {}): Iterable<KVPair> {
    const base = range.prefix ? concatBytes(this.fullPrefix, range.prefix) : this.fullPrefix;
    let start = base;
    if (range.start) {
      const s = concatBytes(this.fullPrefix, range.start);
      if (cmpBytes(s, start) > 0) start = s;
    }
    let end = prefixEnd(base);
    if (range.end) {
      const e = concatBytes(this.fullPrefix, range.end);
      if (end === undefined || cmpBytes(e, end) < 0) end = e;
    }
    const n = this.fullPrefix.length;
    for (const [k, v] of ctx.store.iterate(start, end)) yield [k.subarray(n), v];
  }
  /**
   * Raw pairs under `prefix` (e.g. a pairKey's `prefix(a)`) with keys — and `start` — relative to that
   * prefix: the old `new PrefixKV(store, prefix).iterate(start)` idiom, for pagination whose next_key
   * is the rest of the key (bank's balances of one address: next_key = the denom).
   */
  *rawWithin(ctx: StoreContext, prefix: Uint8Array, start?: Uint8Array): Iterable<KVPair> {
    const n = prefix.length;
    for (const [k, v] of this.raw(ctx, { prefix, start: start ? concatBytes(prefix, start) : undefined })) yield [k.subarray(n), v];
  }
  /** Keys in ascending order (values are still read from the store, and charged, as before). */
  *keys(ctx: StoreContext, range?: Range): Iterable<K> {
    for (const [k] of this.raw(ctx, range)) yield this.keyCodec.decode(k);
  }
}

/** Key → value. */
export class StoreMap<K, V, C extends KeyCodec<K> = KeyCodec<K>> extends KeyedCollection<K, C> {
  constructor(
    modulePrefix: Uint8Array,
    prefix: Uint8Array,
    name: string,
    keyCodec: C,
    readonly valueCodec: ValueCodec<V>,
  ) {
    super(modulePrefix, prefix, name, keyCodec);
  }
  get(ctx: StoreContext, key: K): V | undefined {
    const raw = ctx.store.get(this.storeKey(key));
    return raw === undefined ? undefined : this.valueCodec.decode(raw);
  }
  /** The stored value, or `fallback` when there is none (one read either way). */
  getOr(ctx: StoreContext, key: K, fallback: V): V {
    const v = this.get(ctx, key);
    return v === undefined ? fallback : v;
  }
  set(ctx: StoreContext, key: K, value: V): void {
    ctx.store.set(this.storeKey(key), this.valueCodec.encode(value));
  }
  /** [key, value] in ascending key-byte order; lazy. */
  *iterate(ctx: StoreContext, range?: Range): Iterable<[K, V]> {
    for (const [k, v] of this.raw(ctx, range)) yield [this.keyCodec.decode(k), this.valueCodec.decode(v)];
  }
  *values(ctx: StoreContext, range?: Range): Iterable<V> {
    for (const [, v] of this.raw(ctx, range)) yield this.valueCodec.decode(v);
  }
}

/** The value every KeySet entry holds (register's queue and pot's pending-epoch index store 0x01). */
const PRESENT = Uint8Array.of(1);

/** Keys only (index and queue entries); each stored with the value 0x01. */
export class KeySet<K, C extends KeyCodec<K> = KeyCodec<K>> extends KeyedCollection<K, C> {
  set(ctx: StoreContext, key: K): void {
    ctx.store.set(this.storeKey(key), PRESENT);
  }
  *iterate(ctx: StoreContext, range?: Range): Iterable<K> {
    yield* this.keys(ctx, range);
  }
}

/** A secondary index of an IndexedMap: (index key, primary key) entries, one per indexed value. */
export class Index<IK, K, V> {
  constructor(
    readonly entries: KeySet<[IK, K], PairKeyCodec<IK, K>>,
    /** The index key of an entry (undefined: the entry is not indexed, e.g. a validator not bonded). */
    readonly indexKey: (key: K, value: V) => IK | undefined,
  ) {}
  /** Primary keys whose value has index key `ik`, in primary-key order. */
  *matching(ctx: StoreContext, ik: IK): Iterable<K> {
    for (const [, k] of this.entries.keys(ctx, { prefix: this.entries.keyCodec.prefix(ik) })) yield k;
  }
  /** (index key, primary key) in index order; `range` over the encoded pair keys. */
  *iterate(ctx: StoreContext, range?: Range): Iterable<[IK, K]> {
    yield* this.entries.keys(ctx, range);
  }
}

/**
 * A StoreMap plus indexes kept in step on every write. Writes take the value the caller already read
 * (`previous`, undefined when there was none), so the index update adds no store read: passing the
 * wrong previous value leaves a stale index entry, which is why only `put`/`delete` write here.
 */
export class IndexedMap<K, V, C extends KeyCodec<K>, I extends Record<string, Index<any, K, V>>> {
  constructor(
    readonly map: StoreMap<K, V, C>,
    readonly indexes: I,
  ) {}
  get name(): string {
    return this.map.name;
  }
  get(ctx: StoreContext, key: K): V | undefined {
    return this.map.get(ctx, key);
  }
  has(ctx: StoreContext, key: K): boolean {
    return this.map.has(ctx, key);
  }
  iterate(ctx: StoreContext, range?: Range): Iterable<[K, V]> {
    return this.map.iterate(ctx, range);
  }
  put(ctx: StoreContext, key: K, value: V, previous: V | undefined): void {
    for (const index of Object.values(this.indexes)) this.moveEntry(ctx, index, key, previous, value);
    this.map.set(ctx, key, value);
  }
  delete(ctx: StoreContext, key: K, previous: V): void {
    for (const index of Object.values(this.indexes)) this.moveEntry(ctx, index, key, previous, undefined);
    this.map.remove(ctx, key);
  }
  private moveEntry(ctx: StoreContext, index: Index<any, K, V>, key: K, from: V | undefined, to: V | undefined): void {
    const old = from === undefined ? undefined : index.indexKey(key, from);
    const now = to === undefined ? undefined : index.indexKey(key, to);
    const oldKey = old === undefined ? undefined : index.entries.keyCodec.encode([old, key]);
    const newKey = now === undefined ? undefined : index.entries.keyCodec.encode([now, key]);
    if (oldKey && newKey && cmpBytes(oldKey, newKey) === 0) return; // unchanged: no store call
    if (old !== undefined) index.entries.remove(ctx, [old, key]);
    if (now !== undefined) index.entries.set(ctx, [now, key]);
  }
}

// ---- schema ------------------------------------------------------------------------------------

type AnyCollection = Item<any> | StoreMap<any, any, any> | KeySet<any, any> | IndexedMap<any, any, any, any>;
type KeyOf<C> = C extends KeyCodec<infer K> ? K : never;

/** What `Schema.walk` returns for each collection. */
export type Walked<T extends Record<string, AnyCollection>> = {
  [N in keyof T]: T[N] extends Item<infer V>
    ? V | undefined
    : T[N] extends StoreMap<infer K, infer V, any>
      ? [K, V][]
      : T[N] extends IndexedMap<infer K, infer V, any, any>
        ? [K, V][] // indexes are derived: genesis import rebuilds them through put()
        : T[N] extends KeySet<infer K, any>
          ? K[]
          : never;
};

const toPrefix = (p: number | Uint8Array) => (typeof p === "number" ? Uint8Array.of(p) : Uint8Array.from(p));

/** Declares a module's collections under its prefix; `build` checks that no two overlap. */
export class SchemaBuilder {
  private readonly declared: AnyCollection[] = [];
  constructor(readonly modulePrefix: Uint8Array) {}

  item<V>(prefix: number | Uint8Array, name: string, value: ValueCodec<V>): Item<V> {
    return this.add(new Item(this.modulePrefix, toPrefix(prefix), name, value));
  }
  map<C extends KeyCodec<any>, V>(prefix: number | Uint8Array, name: string, key: C, value: ValueCodec<V>): StoreMap<KeyOf<C>, V, C> {
    return this.add(new StoreMap<KeyOf<C>, V, C>(this.modulePrefix, toPrefix(prefix), name, key, value));
  }
  keySet<C extends KeyCodec<any>>(prefix: number | Uint8Array, name: string, key: C): KeySet<KeyOf<C>, C> {
    return this.add(new KeySet<KeyOf<C>, C>(this.modulePrefix, toPrefix(prefix), name, key));
  }
  /**
   * A map with secondary indexes; each index has its own prefix and is stored as pair(index key,
   * primary key) — e.g. validators by power: `{ byPower: { prefix: 0x23, key: uint64Key, of: (_, v) => v.power } }`.
   */
  indexedMap<C extends KeyCodec<any>, V, D extends Record<string, { prefix: number | Uint8Array; key: KeyCodec<any>; of: (key: KeyOf<C>, value: V) => any }>>(
    prefix: number | Uint8Array,
    name: string,
    key: C,
    value: ValueCodec<V>,
    indexes: D,
  ): IndexedMap<KeyOf<C>, V, C, { [N in keyof D]: Index<D[N]["key"] extends KeyCodec<infer IK> ? IK : never, KeyOf<C>, V> }> {
    const map = new StoreMap<KeyOf<C>, V, C>(this.modulePrefix, toPrefix(prefix), name, key, value);
    const built: Record<string, Index<any, KeyOf<C>, V>> = {};
    for (const [n, d] of Object.entries(indexes)) {
      built[n] = new Index(new KeySet(this.modulePrefix, toPrefix(d.prefix), `${name}.${n}`, pairKey(d.key, key)), d.of);
    }
    const im = new IndexedMap(map, built as any);
    this.add(im);
    return im;
  }

  private add<C extends AnyCollection>(c: C): C {
    if (c instanceof IndexedMap) {
      // The map and each index claim their own prefix; the schema holds the IndexedMap.
      for (const part of [c.map, ...Object.values(c.indexes).map((i) => (i as Index<any, any, any>).entries)]) this.claim(part);
      this.declared.push(c);
      return c;
    }
    this.claim(c as Item<any> | StoreMap<any, any, any> | KeySet<any, any>);
    this.declared.push(c);
    return c;
  }

  private readonly claimed: (Item<any> | StoreMap<any, any, any> | KeySet<any, any>)[] = [];
  private claim(c: Item<any> | StoreMap<any, any, any> | KeySet<any, any>): void {
    for (const d of this.claimed) {
      const [a, b] = d.prefix.length <= c.prefix.length ? [d, c] : [c, d];
      if (cmpBytes(a.prefix, b.prefix.subarray(0, a.prefix.length)) === 0) {
        throw new Error(`collections ${d.name} and ${c.name}: prefix ${Buffer.from(c.prefix).toString("hex")} overlaps ${Buffer.from(d.prefix).toString("hex")}`);
      }
      if (d.name === c.name) throw new Error(`collection name ${c.name} is declared twice`);
    }
    this.claimed.push(c);
  }

  /** The schema over `collections` (every declared collection must be in it, so walks miss nothing). */
  build<T extends Record<string, AnyCollection>>(collections: T): Schema<T> {
    const given = new Set(Object.values(collections));
    const missing = this.declared.filter((c) => !given.has(c));
    if (missing.length > 0) throw new Error(`schema leaves out declared collections: ${missing.map((c) => c.name).join(", ")}`);
    for (const c of given) if (!this.declared.includes(c)) throw new Error(`collection ${c.name} was not declared on this builder`);
    return new Schema(this.modulePrefix, collections);
  }
}

export class Schema<T extends Record<string, AnyCollection>> {
  constructor(
    readonly modulePrefix: Uint8Array,
    readonly collections: T,
  ) {}

  /** Every collection's content, in key order (an Item: its value or undefined): for genesis export. */
  walk(ctx: StoreContext): Walked<T> {
    const out: Record<string, unknown> = {};
    for (const [name, c] of Object.entries(this.collections)) {
      if (c instanceof Item) out[name] = c.get(ctx);
      else if (c instanceof StoreMap || c instanceof IndexedMap) out[name] = [...c.iterate(ctx)];
      else out[name] = [...c.iterate(ctx)];
    }
    return out as Walked<T>;
  }

  /** Store keys under the module prefix that belong to no collection (a test that export misses nothing). */
  unclaimedKeys(ctx: StoreContext): Uint8Array[] {
    const all = Object.values(this.collections).flatMap((c) => (c instanceof IndexedMap ? [c.map, ...Object.values(c.indexes).map((i) => (i as Index<any, any, any>).entries)] : [c]));
    const out: Uint8Array[] = [];
    const n = this.modulePrefix.length;
    for (const [k] of ctx.store.iterate(this.modulePrefix, prefixEnd(this.modulePrefix))) {
      const rel = k.subarray(n);
      const owner = all.find((c) => (c instanceof Item ? cmpBytes(rel, c.prefix) === 0 : cmpBytes(rel.subarray(0, c.prefix.length), c.prefix) === 0));
      if (!owner) out.push(Uint8Array.from(k));
    }
    return out;
  }
}
