// Where a resource node keeps its slices: files on disk with an lmdb index (resource-node/slice-store.ts,
// what the daemon uses) against the slice bytes inside lmdb itself (one binary value per slice). Write
// and read MB/s for Stratos-size slices (32 MiB) and small ones, in the same run, same disk.
//
//   node --import tsx bench/storage-slices.ts [--total-mib 512] [--slice-kib 32768,1024]
//
// Both sides check the slice hash on write (as every receiver must) with the same hasher, and commit
// durably before a write counts (files: fsync + rename + dir fsync + index commit; lmdb: its commit,
// which fsyncs). Reads: the file store as served to a downloader (no re-hash, streamed in 1 MiB
// chunks) and lmdb's zero-copy getBinaryFast of the whole value. Figures are printed as ratios of
// the lmdb side to the file side; nothing here asserts a time.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { open as openLmdb } from "lmdb";
import { sliceHash } from "../chain/crypto/cid.ts";
import { SliceHashStream } from "../resource-node/hash.ts";
import { SliceStore, type SliceEntry } from "../resource-node/slice-store.ts";

const { values } = parseArgs({ options: { "total-mib": { type: "string", default: "512" }, "slice-kib": { type: "string", default: "32768,1024" } } });
const MiB = 1 << 20;
const TOTAL = Number(values["total-mib"]) * MiB;
const FILE_HASH = "v05j1m5303g5o4p1eqahgb03eok477n0u1jba25g"; // any valid file hash: slice hashes hang off it
const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

function pseudoRandom(size: number, seed: number): Buffer {
  const b = Buffer.allocUnsafe(size);
  let x = seed | 1;
  for (let i = 0; i + 4 <= size; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b.writeInt32LE(x, i);
  }
  return b;
}

/** The socket delivers a slice in 64 KiB chunks: feed both stores the same way. */
function chunks(b: Buffer): AsyncIterable<Uint8Array> {
  const parts: Buffer[] = [];
  for (let o = 0; o < b.length; o += 64 * 1024) parts.push(b.subarray(o, Math.min(b.length, o + 64 * 1024)));
  return Readable.from(parts);
}

async function run(sliceSize: number): Promise<void> {
  const count = Math.max(1, Math.floor(TOTAL / sliceSize));
  // a few distinct slice contents (distinct hashes per number), generated before timing
  const bodies = Array.from({ length: Math.min(count, 4) }, (_, i) => pseudoRandom(sliceSize, 0x9e3779b9 + i));
  const slices = Array.from({ length: count }, (_, i) => {
    const bytes = bodies[i % bodies.length]!;
    return { number: i + 1, bytes, hash: sliceHash(FILE_HASH, i + 1, bytes) };
  });
  const bytes = count * sliceSize;
  const dir = mkdtempSync(join(tmpdir(), "bench-slices-"));
  try {
    // ---- files + lmdb index (the daemon's SliceStore) ----
    const envA = openLmdb({ path: join(dir, "a.lmdb") });
    const store = new SliceStore(join(dir, "a"), envA.openDB<SliceEntry, string>({ name: "slices" }));
    store.recover();
    let t = performance.now();
    for (const s of slices) await store.put({ hash: s.hash, fileHash: FILE_HASH, number: s.number, size: sliceSize, source: chunks(s.bytes) });
    const filesWrite = mbps(bytes, performance.now() - t);
    t = performance.now();
    let n = 0;
    for (const s of slices) for await (const c of store.read(s.hash, { verify: false })!.stream) n += (c as Buffer).length;
    const filesRead = mbps(n, performance.now() - t);
    await envA.close();

    // ---- slices inside lmdb (one binary value per slice) ----
    const envB = openLmdb({ path: join(dir, "b.lmdb") });
    const db = envB.openDB<Buffer, string>({ name: "slice-bytes", encoding: "binary" });
    t = performance.now();
    for (const s of slices) {
      // a value must be whole before lmdb takes it: the slice is gathered in memory while hashed
      const h = await SliceHashStream.create(s.number);
      const buf = Buffer.allocUnsafe(sliceSize);
      let off = 0;
      for await (const c of chunks(s.bytes)) {
        h.update(c);
        buf.set(c, off);
        off += c.length;
      }
      if (h.digest(FILE_HASH) !== s.hash) throw new Error("hash check failed");
      await db.put(s.hash, buf);
    }
    const lmdbWrite = mbps(bytes, performance.now() - t);
    t = performance.now();
    n = 0;
    for (const s of slices) {
      const v = db.getBinaryFast(s.hash);
      if (!v) throw new Error("missing slice");
      // touch every page, as serving it would (the mmap is read lazily)
      let acc = 0;
      for (let o = 0; o < v.length; o += 4096) acc ^= v[o]!;
      n += v.length + (acc & 0);
    }
    const lmdbRead = mbps(n, performance.now() - t);
    await envB.close();

    const kib = sliceSize / 1024;
    console.log(`${String(count).padStart(5)} slices × ${kib >= 1024 ? `${kib / 1024} MiB` : `${kib} KiB`} (${(bytes / MiB).toFixed(0)} MiB):`);
    console.log(`  write  files+lmdb index ${filesWrite.toFixed(0).padStart(6)} MB/s   inside lmdb ${lmdbWrite.toFixed(0).padStart(6)} MB/s   (lmdb/files ${(lmdbWrite / filesWrite).toFixed(2)}×)`);
    console.log(`  read   files+lmdb index ${filesRead.toFixed(0).padStart(6)} MB/s   inside lmdb ${lmdbRead.toFixed(0).padStart(6)} MB/s   (lmdb/files ${(lmdbRead / filesRead).toFixed(2)}×)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`bench/storage-slices: ${TOTAL / MiB} MiB per slice size, hash checked on write, durable commits`);
for (const kib of String(values["slice-kib"]).split(",")) await run(Number(kib) * 1024);
