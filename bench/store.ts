/**
 * MerkleStore throughput: fill a store to N keys, then commit blocks of K changed keys and report
 * commits/s and node traffic per commit. The cost of a block should grow with log(N), not N.
 *
 *   node --import tsx bench/store.ts [sizes=10000,1000000] [blockSizes=100,1000]
 *
 * Each block is 80% updates of existing keys, 10% inserts, 10% deletes, timed as stage() + commit()
 * (commit includes lmdb's commit; with lmdb-js' default overlappingSync the fsync runs after it).
 * The db lives in os.tmpdir() and is deleted afterwards.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MerkleStore, type MerkleStoreStats } from "../chain/store/merkle-store.ts";

export interface StoreBenchOptions {
  /** Store sizes (keys) to fill; default [1e4, 1e6]. */
  sizes?: number[];
  /** Changed keys per measured block; default [100, 1000]. */
  blockSizes?: number[];
  /** Keys per commit while filling; default 10_000. */
  fillBatch?: number;
  /** Wall time spent measuring each block size (after a warm-up); default 3 s. */
  secondsPerBlockSize?: number;
  /** Store's keepRecent; default 10 (warm-up runs that many blocks so pruning is steady state). */
  keepRecent?: number;
  cacheNodes?: number;
  log?: (line: string) => void;
}

export interface BlockFigure {
  changedKeys: number;
  blocks: number;
  commitsPerSecond: number;
  msPerBlock: number;
  /** Of msPerBlock: time in stage() (tree update + hashing) vs commit() (lmdb transaction). */
  msStage: number;
  msCommit: number;
  nodeReadsPerCommit: number;
  cacheHitsPerCommit: number;
  nodeWritesPerCommit: number;
  nodeHashesPerCommit: number;
  nodeDeletesPerCommit: number;
}

export interface SizeFigure {
  keys: number;
  fillSeconds: number;
  fillKeysPerSecond: number;
  dbBytesAfterFill: number;
  blocks: BlockFigure[];
}

export interface StoreBenchResult {
  node: string;
  keepRecent: number;
  sizes: SizeFigure[];
  /** Largest vs smallest size, per block size: how much more a commit costs. */
  ratios: {
    changedKeys: number;
    smallKeys: number;
    largeKeys: number;
    timeRatio: number;
    nodeWritesRatio: number;
    nodeLookupsRatio: number;
    /** log2(large)/log2(small): the ideal for O(depth) work. */
    logRatio: number;
    /** large/small: what an O(state) design would pay. */
    linearRatio: number;
  }[];
}

/** xorshift32: cheap deterministic randomness so the workload does not depend on Math.random. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}

/** Cosmos-like key: module prefix + 20-byte address + denom; value: ~32 bytes. */
function makeKey(i: number): Uint8Array {
  const k = Buffer.alloc(2 + 20 + 5);
  k[0] = 0x02;
  k[1] = 20;
  // Spread the index over an address-like field (a cheap bijection, not a hash).
  k.writeUInt32BE(Math.imul(i, 0x9e3779b1) >>> 0, 2);
  k.writeUInt32BE(i, 6);
  k.write("ustos", 22, "latin1");
  return k;
}

function makeValue(r: () => number): Uint8Array {
  const v = new Uint8Array(24 + Math.floor(r() * 16));
  for (let i = 0; i < v.length; i++) v[i] = (r() * 256) | 0;
  return v;
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const f of readdirSync(dir)) total += statSync(join(dir, f)).size;
  return total;
}

const diff = (a: MerkleStoreStats, b: MerkleStoreStats, k: keyof MerkleStoreStats) => b[k] - a[k];

export function runStoreBench(opts: StoreBenchOptions = {}): StoreBenchResult {
  const sizes = opts.sizes ?? [10_000, 1_000_000];
  const blockSizes = opts.blockSizes ?? [100, 1000];
  const fillBatch = opts.fillBatch ?? 10_000;
  const seconds = opts.secondsPerBlockSize ?? 3;
  const log = opts.log ?? (() => {});
  const keepRecent = opts.keepRecent ?? 10;
  const result: StoreBenchResult = { node: process.version, keepRecent, sizes: [], ratios: [] };

  for (const size of sizes) {
    const dir = mkdtempSync(join(tmpdir(), "store-bench-"));
    const store = MerkleStore.open(dir, {
      keepRecent,
      ...(opts.cacheNodes !== undefined ? { cacheNodes: opts.cacheNodes } : {}),
    });
    try {
      const r = rng(size);
      let version = 0n;
      let live = 0; // keys [deadBelow, live) exist, the rest were deleted or never written
      let deadBelow = 0;
      const t0 = performance.now();
      while (live < size) {
        const n = Math.min(fillBatch, size - live);
        const batch: [Uint8Array, Uint8Array][] = [];
        for (let i = 0; i < n; i++) batch.push([makeKey(live + i), makeValue(r)]);
        live += n;
        store.stage(++version, batch);
        store.commit(version);
        if (Number(version) % 10 === 0) log(`  fill ${size}: ${live} keys, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      }
      const fillSeconds = (performance.now() - t0) / 1000;
      const fig: SizeFigure = {
        keys: size,
        fillSeconds,
        fillKeysPerSecond: size / fillSeconds,
        dbBytesAfterFill: dirBytes(dir),
        blocks: [],
      };
      log(
        `filled ${size} keys in ${fillSeconds.toFixed(1)} s (${Math.round(size / fillSeconds)} keys/s), ` +
          `db ${(fig.dbBytesAfterFill / 2 ** 20).toFixed(0)} MiB`,
      );

      for (const changed of blockSizes) {
        const block = (): [Uint8Array, Uint8Array | null][] => {
          const out: [Uint8Array, Uint8Array | null][] = [];
          for (let i = 0; i < changed; i++) {
            const x = r();
            if (x < 0.1) out.push([makeKey(live++), makeValue(r)]);
            else if (x < 0.2) out.push([makeKey(deadBelow++), null]);
            else out.push([makeKey(deadBelow + Math.floor(r() * (live - deadBelow))), makeValue(r)]);
          }
          return out;
        };
        // Warm-up: past keepRecent blocks, so pruning deletes this block size's own orphans (steady
        // state) rather than the fill's, and the cache looks like a running node's.
        for (let i = 0; i < keepRecent + 3; i++) {
          store.stage(++version, block());
          store.commit(version);
        }
        const before = store.stats;
        let blocks = 0;
        let stageMs = 0;
        let commitMs = 0;
        const start = performance.now();
        while (performance.now() - start < seconds * 1000 || blocks < 5) {
          const b = block(); // generating the workload is not timed
          const a = performance.now();
          store.stage(++version, b);
          const m = performance.now();
          store.commit(version);
          commitMs += performance.now() - m;
          stageMs += m - a;
          blocks++;
        }
        const after = store.stats;
        const ms = (stageMs + commitMs) / blocks;
        const per = (k: keyof MerkleStoreStats) => diff(before, after, k) / blocks;
        const bf: BlockFigure = {
          changedKeys: changed,
          blocks,
          commitsPerSecond: 1000 / ms,
          msPerBlock: ms,
          msStage: stageMs / blocks,
          msCommit: commitMs / blocks,
          nodeReadsPerCommit: per("nodeReads"),
          cacheHitsPerCommit: per("cacheHits"),
          nodeWritesPerCommit: per("nodeWrites"),
          nodeHashesPerCommit: per("nodeHashes"),
          nodeDeletesPerCommit: per("nodeDeletes"),
        };
        fig.blocks.push(bf);
        log(
          `  ${size} keys, ${changed}-key blocks: ${bf.commitsPerSecond.toFixed(1)} commits/s ` +
            `(${ms.toFixed(2)} ms = stage ${bf.msStage.toFixed(2)} + commit ${bf.msCommit.toFixed(2)}), per commit: ` +
            `${bf.nodeReadsPerCommit.toFixed(0)} db reads, ${bf.cacheHitsPerCommit.toFixed(0)} cache hits, ` +
            `${bf.nodeWritesPerCommit.toFixed(0)} writes, ${bf.nodeHashesPerCommit.toFixed(0)} hashes, ` +
            `${bf.nodeDeletesPerCommit.toFixed(0)} pruned`,
        );
      }
      result.sizes.push(fig);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const small = result.sizes[0];
  const large = result.sizes[result.sizes.length - 1];
  if (small && large && small !== large) {
    for (const s of small.blocks) {
      const l = large.blocks.find((b) => b.changedKeys === s.changedKeys);
      if (!l) continue;
      result.ratios.push({
        changedKeys: s.changedKeys,
        smallKeys: small.keys,
        largeKeys: large.keys,
        timeRatio: l.msPerBlock / s.msPerBlock,
        nodeWritesRatio: l.nodeWritesPerCommit / s.nodeWritesPerCommit,
        nodeLookupsRatio:
          (l.nodeReadsPerCommit + l.cacheHitsPerCommit) / (s.nodeReadsPerCommit + s.cacheHitsPerCommit),
        logRatio: Math.log2(large.keys) / Math.log2(small.keys),
        linearRatio: large.keys / small.keys,
      });
    }
  }
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const num = (s: string | undefined) => s?.split(",").map(Number);
  const res = runStoreBench({
    sizes: num(process.argv[2]),
    blockSizes: num(process.argv[3]),
    log: (l) => console.log(l),
  });
  console.log("\nsize ratio (largest vs smallest store), per block size:");
  for (const r of res.ratios) {
    console.log(
      `  ${r.changedKeys}-key blocks, ${r.largeKeys} vs ${r.smallKeys} keys: time x${r.timeRatio.toFixed(2)}, ` +
        `node writes x${r.nodeWritesRatio.toFixed(2)}, node lookups x${r.nodeLookupsRatio.toFixed(2)} ` +
        `(log ratio ${r.logRatio.toFixed(2)}, linear would be x${r.linearRatio})`,
    );
  }
}
