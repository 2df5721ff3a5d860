// Key/value layers the state machine runs on. Keys inside caches are latin1 "binary strings": each
// char is one byte, so JS string order equals byte order and iteration stays deterministic.
import { errors } from "./errors.ts";
import { kvGasConfig, type GasMeter } from "./gas.ts";

export type KVPair = [Uint8Array, Uint8Array];

export interface KVReader {
  get(key: Uint8Array): Uint8Array | undefined;
  /** Ascending key order over [start, end). */
  iterate(start: Uint8Array, end?: Uint8Array): Iterable<KVPair>;
}

export interface KVStore extends KVReader {
  set(key: Uint8Array, value: Uint8Array): void;
  delete(key: Uint8Array): void;
}

export const toBinStr = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("latin1");
export const fromBinStr = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "latin1"));

/** Smallest key greater than every key with this prefix (undefined: no bound). */
export function prefixEnd(prefix: Uint8Array): Uint8Array | undefined {
  const end = Uint8Array.from(prefix);
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i] < 0xff) {
      end[i]++;
      return end.subarray(0, i + 1);
    }
  }
  return undefined;
}

/** Whether an iteration yields nothing; closes it either way (see CacheKV.iterate on lmdb readers). */
export function isEmpty(items: Iterable<unknown>): boolean {
  for (const _ of items) return false;
  return true;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Buffered writes over a parent; write() pushes them down, dropping the cache discards them. */
export class CacheKV implements KVStore {
  private readonly writes = new Map<string, Uint8Array | null>();

  constructor(private readonly parent: KVReader & Partial<Pick<KVStore, "set" | "delete">>) {}

  get(key: Uint8Array): Uint8Array | undefined {
    const w = this.writes.get(toBinStr(key));
    if (w !== undefined) return w ?? undefined;
    return this.parent.get(key);
  }

  set(key: Uint8Array, value: Uint8Array): void {
    // The Merkle store (ICS23 leaves) cannot hold empty values; refusing here fails the tx cleanly
    // instead of failing the block when it is staged.
    if (value.length === 0) throw errors.logic(`cannot store an empty value (key ${Buffer.from(key).toString("hex")}); delete the key instead`);
    this.writes.set(toBinStr(key), value);
  }

  delete(key: Uint8Array): void {
    this.writes.set(toBinStr(key), null);
  }

  *iterate(start: Uint8Array, end?: Uint8Array): Iterable<KVPair> {
    const s = toBinStr(start);
    const e = end === undefined ? undefined : toBinStr(end);
    const local = [...this.writes.keys()].filter((k) => k >= s && (e === undefined || k < e)).sort();
    const parentIt = this.parent.iterate(start, end)[Symbol.iterator]();
    // A consumer that stops early must close the parent too: an unclosed lmdb range keeps its read
    // transaction, and enough of them exhaust lmdb's reader slots (MDB_READERS_FULL).
    try {
      let p = parentIt.next();
      let i = 0;
      while (i < local.length || !p.done) {
        const pk = p.done ? undefined : toBinStr(p.value[0]);
        const lk = i < local.length ? local[i] : undefined;
        if (lk !== undefined && (pk === undefined || lk <= pk)) {
          const v = this.writes.get(lk)!;
          if (v !== null) yield [fromBinStr(lk), v];
          i++;
          if (pk === lk) p = parentIt.next();
        } else {
          yield p.value as KVPair;
          p = parentIt.next();
        }
      }
    } finally {
      parentIt.return?.();
    }
  }

  /** Writes in key order, for deterministic staging into the Merkle tree. */
  sortedWrites(): [Uint8Array, Uint8Array | null][] {
    return [...this.writes.keys()].sort().map((k) => [fromBinStr(k), this.writes.get(k)!]);
  }

  get size(): number {
    return this.writes.size;
  }

  write(): void {
    const parent = this.parent;
    if (!parent.set || !parent.delete) throw new Error("CacheKV.write: parent is read-only");
    for (const k of [...this.writes.keys()].sort()) {
      const v = this.writes.get(k)!;
      if (v === null) parent.delete(fromBinStr(k));
      else parent.set(fromBinStr(k), v);
    }
    this.writes.clear();
  }
}

/** A module's view: every key is under its prefix, so a keeper cannot touch another module's keys. */
export class PrefixKV implements KVStore {
  constructor(
    private readonly parent: KVStore,
    private readonly prefix: Uint8Array,
  ) {}
  private k(key: Uint8Array) {
    return concatBytes(this.prefix, key);
  }
  get(key: Uint8Array) {
    return this.parent.get(this.k(key));
  }
  set(key: Uint8Array, value: Uint8Array) {
    this.parent.set(this.k(key), value);
  }
  delete(key: Uint8Array) {
    this.parent.delete(this.k(key));
  }
  *iterate(start: Uint8Array, end?: Uint8Array): Iterable<KVPair> {
    const pEnd = end === undefined ? prefixEnd(this.prefix) : this.k(end);
    const n = this.prefix.length;
    for (const [k, v] of this.parent.iterate(this.k(start), pEnd)) yield [k.subarray(n), v];
  }
}

/** Charges the SDK's per-access gas so state access is paid for by the tx that causes it. */
export class GasKV implements KVStore {
  constructor(
    private readonly parent: KVStore,
    private readonly meter: GasMeter,
  ) {}
  get(key: Uint8Array) {
    this.meter.consume(kvGasConfig.readCostFlat, "ReadFlat");
    const v = this.parent.get(key);
    this.meter.consume(kvGasConfig.readCostPerByte * BigInt(key.length + (v?.length ?? 0)), "ReadPerByte");
    return v;
  }
  set(key: Uint8Array, value: Uint8Array) {
    this.meter.consume(kvGasConfig.writeCostFlat, "WriteFlat");
    this.meter.consume(kvGasConfig.writeCostPerByte * BigInt(key.length + value.length), "WritePerByte");
    this.parent.set(key, value);
  }
  delete(key: Uint8Array) {
    this.meter.consume(kvGasConfig.deleteCost, "Delete");
    this.parent.delete(key);
  }
  *iterate(start: Uint8Array, end?: Uint8Array): Iterable<KVPair> {
    for (const [k, v] of this.parent.iterate(start, end)) {
      this.meter.consume(kvGasConfig.iterNextCostFlat, "IterNextFlat");
      this.meter.consume(kvGasConfig.readCostPerByte * BigInt(k.length + v.length), "ValuePerByte");
      yield [k, v];
    }
  }
}
