/**
 * Test helpers: a naive, independent reference of the compact SMT (built from scratch from the full
 * key set, @noble/hashes instead of node:crypto, bit strings instead of bit twiddling), a seeded PRNG
 * and temp-dir handling.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sha256 } from "@noble/hashes/sha2.js";

const ZERO = new Uint8Array(32);

const cat = (...parts: ArrayLike<number>[]): Uint8Array => {
  const out: number[] = [];
  for (const p of parts) out.push(...Array.from(p));
  return Uint8Array.from(out);
};

export const refLeafHash = (key: Uint8Array, value: Uint8Array): Uint8Array =>
  sha256(cat([0], sha256(key), sha256(value)));
export const refInnerHash = (l: Uint8Array, r: Uint8Array): Uint8Array => sha256(cat([1], l, r));

export const bitString = (b: Uint8Array): string => Array.from(b, (x) => x.toString(2).padStart(8, "0")).join("");

/** Root of the compact SMT holding exactly these entries. */
export function referenceRoot(entries: Iterable<[Uint8Array, Uint8Array]>): Uint8Array {
  const leaves = [...entries].map(([k, v]) => ({ bits: bitString(sha256(k)), hash: refLeafHash(k, v) }));
  const node = (list: typeof leaves, depth: number): Uint8Array => {
    if (list.length === 0) return ZERO;
    if (list.length === 1) return list[0].hash;
    return refInnerHash(
      node(list.filter((x) => x.bits[depth] === "0"), depth + 1),
      node(list.filter((x) => x.bits[depth] === "1"), depth + 1),
    );
  };
  return node(leaves, 0);
}

/** Model of the key/value state, keyed by hex. */
export class Model {
  readonly m = new Map<string, Uint8Array>();
  apply(changes: [Uint8Array, Uint8Array | null][]): void {
    for (const [k, v] of changes) {
      const id = Buffer.from(k).toString("hex");
      if (v === null) this.m.delete(id);
      else this.m.set(id, Uint8Array.from(v));
    }
  }
  entries(): [Uint8Array, Uint8Array][] {
    return [...this.m].map(([k, v]) => [Uint8Array.from(Buffer.from(k, "hex")), v]);
  }
  sortedEntries(): [Uint8Array, Uint8Array][] {
    return this.entries().sort((a, b) => Buffer.compare(a[0], b[0]));
  }
  clone(): Model {
    const c = new Model();
    for (const [k, v] of this.m) c.m.set(k, v);
    return c;
  }
}

/** mulberry32: small, seeded, good enough to drive randomized tests reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const randInt = (rnd: () => number, n: number): number => Math.floor(rnd() * n);

export function randBytes(rnd: () => number, min: number, max: number): Uint8Array {
  const n = min + randInt(rnd, max - min + 1);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = randInt(rnd, 256);
  return out;
}

export function shuffle<T>(rnd: () => number, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = randInt(rnd, i + 1);
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
export const hex = (b: Uint8Array): string => Buffer.from(b).toString("hex");

export function tempDir(prefix = "merkle-store-"): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}
