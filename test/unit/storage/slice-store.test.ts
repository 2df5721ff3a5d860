// resource-node/slice-store.ts: hash checks on write and read, crash recovery, capacity.
import { expect } from "chai";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { open as openLmdb, type RootDatabase } from "lmdb";
import { fileHash, fileHash as cidFileHash, sliceHash, sliceHashFromKeccakDigest } from "../../../chain/crypto/cid.ts";
import { ProtocolError } from "../../../meta-node/protocol/errors.ts";
import { FileHashStream, FileHashWorker, HashPool, SliceHashStream } from "../../../resource-node/hash.ts";
import { SliceStore, type SliceEntry } from "../../../resource-node/slice-store.ts";

const data = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 13) & 0xff));
const fh = fileHash(data);
const sh1 = sliceHash(fh, 1, data.subarray(0, 4096));
const sh2 = sliceHash(fh, 2, data.subarray(4096));

async function drain(r: Readable): Promise<Buffer> {
  const out: Buffer[] = [];
  for await (const c of r) out.push(c as Buffer);
  return Buffer.concat(out);
}

describe("storage/slice-store", () => {
  let dir: string;
  let db: RootDatabase;
  let store: SliceStore;
  const corrupt: SliceEntry[] = [];
  const openStore = () => {
    db = openLmdb({ path: join(dir, "db") });
    store = new SliceStore(join(dir, "storage"), db.openDB({ name: "slices" }), { onCorrupt: (e) => corrupt.push(e), capacityBytes: 8000 });
    return store.recover();
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "slice-store-"));
    openStore();
  });
  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("hash-wasm hashes equal chain/crypto/cid.ts for any chunking", async () => {
    for (const step of [1, 7, 136, 1000, 5000]) {
      const f = await FileHashStream.create();
      const s = await SliceHashStream.create(2);
      for (let i = 0; i < data.length; i += step) f.update(data.subarray(i, i + step));
      for (let i = 4096; i < data.length; i += step) s.update(data.subarray(i, Math.min(i + step, data.length)));
      expect(f.digest()).to.equal(fh);
      expect(s.digest(fh)).to.equal(sh2);
    }
    const pool = new HashPool(2);
    writeFileSync(join(dir, "f"), data);
    expect(await pool.sliceHashOfFile(join(dir, "f"), fh, 1, 4096)).to.equal(sh1);
    expect(await pool.sliceHashOfFile(join(dir, "f"), fh, 2, data.length - 4096, 4096)).to.equal(sh2);
    // the download path: a slice in shared memory, hashed in place by a worker
    const shared = new SharedArrayBuffer(data.length - 4096);
    Buffer.from(shared).set(data.subarray(4096));
    expect(sliceHashFromKeccakDigest(fh, await pool.sharedSliceKeccak(shared, 2))).to.equal(sh2);
    expect(sliceHashFromKeccakDigest(fh, await pool.sharedSliceKeccak(shared, 3))).to.not.equal(sh2);
    // hashed while it arrives: fed in uneven parts, two streams interleaved (one aborted), any worker
    for (const step of [1, 999, 4096, data.length]) {
      const filling = new SharedArrayBuffer(data.length - 4096);
      const a = pool.sharedStream(filling, 2);
      const dropped = pool.sharedStream(filling, 2);
      for (let o = 0; o < filling.byteLength; o += step) {
        const to = Math.min(o + step, filling.byteLength);
        Buffer.from(filling).set(data.subarray(4096 + o, 4096 + to), o);
        a.feed(to);
        dropped.feed(to);
        a.feed(to - 1); // going back is ignored
      }
      dropped.abort();
      expect(sliceHashFromKeccakDigest(fh, await a.digest())).to.equal(sh2);
    }
    const partial = pool.sharedStream(shared, 2);
    partial.feed(shared.byteLength - 1);
    expect(sliceHashFromKeccakDigest(fh, await partial.digest())).to.not.equal(sh2);
    await pool.close();
  });

  it("FileHashWorker: the file hash of staged parts fed in order equals cid.ts, and an empty file's too", async () => {
    writeFileSync(join(dir, "p1"), data.subarray(0, 4096));
    writeFileSync(join(dir, "p2"), Buffer.concat([data.subarray(4096), Buffer.from("tail not fed")]));
    const w = new FileHashWorker();
    try {
      const parts = [w.append(join(dir, "p1"), 4096), w.append(join(dir, "p2"), data.length - 4096)];
      expect(await w.fileHash()).to.equal(fh);
      await Promise.all(parts);
      expect(await w.fileHash()).to.equal(cidFileHash(new Uint8Array(0))); // digest() starts a new hash
      await w.append(join(dir, "missing"), 1).then(() => expect.fail("should reject"), (e) => expect(String(e)).to.match(/ENOENT/));
      // a part that failed fails the digest too (never a wrong file hash), then the worker starts afresh
      await w.fileHash().then(() => expect.fail("should reject"), (e) => expect(String(e)).to.match(/ENOENT/));
      await w.append(join(dir, "p1"), 4096);
      expect(await w.fileHash()).to.equal(cidFileHash(data.subarray(0, 4096)));
    } finally {
      await w.close();
    }
  });

  it("stores a slice whose bytes match, serves it back, counts it once", async () => {
    expect(await store.put({ hash: sh1, fileHash: fh, number: 1, size: 4096, source: Readable.from([data.subarray(0, 1000), data.subarray(1000, 4096)]) })).to.equal("stored");
    expect(await store.put({ hash: sh1, fileHash: fh, number: 1, size: 4096, source: Readable.from([]) })).to.equal("exists");
    expect(store.stats()).to.include({ slices: 1, usedBytes: 4096 });
    expect((await drain(store.read(sh1)!.stream)).equals(data.subarray(0, 4096))).to.equal(true);
  });

  it("refuses wrong bytes, a wrong length and a full disk, keeping nothing", async () => {
    const bad = Buffer.from(data.subarray(4096));
    bad[3] ^= 1;
    const expectErr = async (p: Promise<unknown>, code: string) => {
      try {
        await p;
        expect.fail("should throw");
      } catch (e) {
        expect((e as ProtocolError).code).to.equal(code);
      }
    };
    await expectErr(store.put({ hash: sh2, fileHash: fh, number: 2, size: bad.length, source: Readable.from([bad]) }), "hash_mismatch");
    await expectErr(store.put({ hash: sh2, fileHash: fh, number: 2, size: 904, source: Readable.from([data.subarray(4096, 4500)]) }), "bad_request");
    await expectErr(store.put({ hash: sh2, fileHash: fh, number: 2, size: 904, source: Readable.from([data.subarray(4096), Buffer.alloc(1)]) }), "too_large");
    await expectErr(store.put({ hash: sh2, fileHash: fh, number: 2, size: 9000, source: Readable.from([]) }), "full");
    expect(store.has(sh2)).to.equal(false);
    expect(readdirSync(join(dir, "storage", "tmp"))).to.deep.equal([]);
  });

  it("a copy corrupted on disk fails its check on read, is removed and reported", async () => {
    await store.put({ hash: sh2, fileHash: fh, number: 2, size: 904, source: Readable.from([data.subarray(4096)]) });
    const p = store.pathOf(sh2);
    const b = readFileSync(p);
    b[100] ^= 0x80;
    writeFileSync(p, b);
    try {
      await drain(store.read(sh2)!.stream);
      expect.fail("should throw");
    } catch (e) {
      expect((e as ProtocolError).code).to.equal("corrupt");
    }
    expect(store.has(sh2)).to.equal(false);
    expect(corrupt.map((c) => c.hash)).to.include(sh2);
  });

  it("answers 'exists' only for a copy that passes a fresh check: a damaged or vanished copy is stored again", async () => {
    const put = (source: Buffer[]) => store.put({ hash: sh2, fileHash: fh, number: 2, size: 904, source: Readable.from(source) });
    expect(await put([data.subarray(4096)])).to.equal("stored");
    const p = store.pathOf(sh2);
    const b = readFileSync(p);
    b[5] ^= 0x01;
    writeFileSync(p, b);
    expect(await put([data.subarray(4096)])).to.equal("stored"); // not "exists": the bad copy was replaced
    expect((await drain(store.read(sh2)!.stream)).equals(data.subarray(4096))).to.equal(true);
    rmSync(p);
    expect(await store.holdsIntact(sh2)).to.equal(false);
    expect(store.has(sh2)).to.equal(false);
    expect(await put([data.subarray(4096)])).to.equal("stored");
    expect(await store.holdsIntact(sh2)).to.equal(true);
    expect(store.stats().slices).to.equal(store.has(sh1) ? 2 : 1);
  });

  it("recovery after a crash: temp files, unindexed files and entries without files go", async () => {
    await store.put({ hash: sh1, fileHash: fh, number: 1, size: 4096, source: Readable.from([data.subarray(0, 4096)]) });
    await store.put({ hash: sh2, fileHash: fh, number: 2, size: 904, source: Readable.from([data.subarray(4096)]) });
    // a crash mid-write leaves a temp file; one between rename and index leaves an unindexed file;
    // a lost file leaves an entry without its file
    writeFileSync(join(dir, "storage", "tmp", "half"), "x");
    mkdirSync(join(dir, "storage", "slices", "zz"), { recursive: true });
    writeFileSync(join(dir, "storage", "slices", "zz", "v05ahm5unindexedzz"), "y");
    rmSync(store.pathOf(sh2));
    await db.close();
    const r = openStore();
    expect(r).to.deep.equal({ droppedEntries: 1, deletedFiles: 1, slices: 1 });
    expect(store.has(sh1)).to.equal(true);
    expect(store.has(sh2)).to.equal(false);
    expect(readdirSync(join(dir, "storage", "tmp"))).to.deep.equal([]);
    expect(await store.verify(sh1)).to.equal(true);
  });
});
