/** Deterministic workload shared by the crash test and its child process: the batch of version v
 * depends only on v, so the expected state after any committed version can be recomputed. */
import { prng, randBytes, randInt } from "./reference.ts";

export const POOL_SIZE = 1500;
export const poolKey = (i: number): Uint8Array => new TextEncoder().encode(`crash/key/${i}`);

export function batchFor(version: number): [Uint8Array, Uint8Array | null][] {
  const rnd = prng(version * 7919);
  const n = 50 + randInt(rnd, 250);
  const out: [Uint8Array, Uint8Array | null][] = [];
  for (let i = 0; i < n; i++) {
    const k = poolKey(randInt(rnd, POOL_SIZE));
    out.push([k, rnd() < 0.2 ? null : randBytes(rnd, 1, 64)]);
  }
  return out;
}

export const CRASH_KEEP_RECENT = 5;
