// Slices on disk with an lmdb index (measured against slices inside lmdb in bench/storage-slices.ts;
// see CONTRIBUTING.md). Every slice hash is checked on write (while the bytes arrive, before anything
// is kept) and on read (while the bytes are served) — except when serving a downloader, which checks
// the hash itself (read(hash, {verify:false})).
//
// Crash safety (kill -9 at any moment): a slice is written to tmp/, fsynced, renamed into
// slices/<xx>/<hash>, the directory fsynced, and only then indexed in lmdb; a write is acknowledged
// after the index commit. On open, tmp/ is emptied, index entries whose file is missing or has the
// wrong size are dropped and files without an index entry are deleted, so a half-written slice is never
// served and a stored one is never lost.
import { randomBytes } from "node:crypto";
import { createReadStream, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { open, rename, rm, stat, unlink } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { Database } from "lmdb";
import { ProtocolError } from "../meta-node/protocol/errors.ts";
import { SliceHashStream } from "./hash.ts";

export interface SliceEntry {
  hash: string;
  fileHash: string;
  number: number;
  size: number;
  storedAt: number;
}

export interface SliceStoreOptions {
  /** Called (once per detection) when a slice fails its hash check on read; it is already removed. */
  onCorrupt?: (entry: SliceEntry) => void;
  /** Stop accepting slices beyond this many bytes (0 = unlimited). */
  capacityBytes?: number;
}

const READ_CHUNK = 1 << 20;
const WRITE_CHUNK = 1 << 20;

export class SliceStore {
  private usedBytes = 0;
  private count = 0;

  constructor(
    readonly dir: string,
    private readonly index: Database<SliceEntry, string>,
    private readonly opts: SliceStoreOptions = {},
  ) {
    mkdirSync(join(dir, "slices"), { recursive: true });
    mkdirSync(join(dir, "tmp"), { recursive: true });
  }

  /** Crash recovery; call once before use. */
  recover(): { droppedEntries: number; deletedFiles: number; slices: number } {
    rmSync(join(this.dir, "tmp"), { recursive: true, force: true });
    mkdirSync(join(this.dir, "tmp"), { recursive: true });
    let droppedEntries = 0;
    let deletedFiles = 0;
    const indexed = new Set<string>();
    this.usedBytes = 0;
    this.count = 0;
    for (const { key, value } of this.index.getRange()) {
      let ok = false;
      try {
        ok = statSync(this.pathOf(key)).size === value.size;
      } catch {
        ok = false;
      }
      if (ok) {
        indexed.add(key);
        this.usedBytes += value.size;
        this.count++;
      } else {
        this.index.removeSync(key);
        droppedEntries++;
      }
    }
    for (const sub of readdirSync(join(this.dir, "slices"))) {
      for (const f of readdirSync(join(this.dir, "slices", sub))) {
        if (!indexed.has(f)) {
          rmSync(join(this.dir, "slices", sub, f), { force: true });
          deletedFiles++;
        }
      }
    }
    return { droppedEntries, deletedFiles, slices: this.count };
  }

  pathOf(hash: string): string {
    return join(this.dir, "slices", hash.slice(-2), hash);
  }

  get(hash: string): SliceEntry | undefined {
    return this.index.get(hash);
  }

  has(hash: string): boolean {
    return this.index.get(hash) !== undefined;
  }

  stats(): { slices: number; usedBytes: number; capacityBytes: number } {
    return { slices: this.count, usedBytes: this.usedBytes, capacityBytes: this.opts.capacityBytes ?? 0 };
  }

  *entries(): Iterable<SliceEntry> {
    for (const { value } of this.index.getRange()) yield value;
  }

  /**
   * Store a slice from a stream of exactly `size` bytes whose slice hash must be `hash`. Resolves
   * "stored" or "exists" (a copy already held passed a fresh hash check; the source is not read). Rejects with 409 hash_mismatch or
   * 400 bad_request (wrong length) and keeps nothing.
   */
  async put(p: { hash: string; fileHash: string; number: number; size: number; source: AsyncIterable<Uint8Array> }): Promise<"stored" | "exists"> {
    // "Already stored" must mean a good copy is here (a repair or a retry trusts it).
    if (await this.holdsIntact(p.hash)) return "exists";
    const cap = this.opts.capacityBytes ?? 0;
    if (cap > 0 && this.usedBytes + p.size > cap) throw new ProtocolError(507, "full", `this node's storage is full (${this.usedBytes} of ${cap} bytes used)`);
    const tmp = join(this.dir, "tmp", `${p.hash}.${randomBytes(6).toString("hex")}`);
    const hasher = await SliceHashStream.create(p.number);
    const fh = await open(tmp, "w");
    let n = 0;
    try {
      try {
        // The socket's small chunks are gathered into 1 MiB blocks; each block is hashed while its
        // write is in flight (the block is not touched until the write completed).
        const block = Buffer.allocUnsafe(Math.min(WRITE_CHUNK, p.size));
        let used = 0;
        const put = async () => {
          const w = fh.write(block, 0, used);
          hasher.update(block.subarray(0, used));
          await w;
          used = 0;
        };
        for await (const chunk of p.source) {
          n += chunk.length;
          if (n > p.size) throw new ProtocolError(413, "too_large", `slice #${p.number} is ${p.size} bytes but more arrived`);
          for (let off = 0; off < chunk.length; ) {
            const k = Math.min(block.length - used, chunk.length - off);
            block.set(chunk.subarray(off, off + k), used);
            used += k;
            off += k;
            if (used === block.length) await put();
          }
        }
        if (used > 0) await put();
        if (n !== p.size) throw new ProtocolError(400, "bad_request", `slice #${p.number} is ${p.size} bytes but ${n} arrived`);
        const got = hasher.digest(p.fileHash);
        if (got !== p.hash) throw new ProtocolError(409, "hash_mismatch", `the bytes of slice #${p.number} hash to ${got}, not ${p.hash}; nothing was stored`);
        await fh.sync();
      } finally {
        await fh.close();
      }
      const dest = this.pathOf(p.hash);
      const sub = join(this.dir, "slices", p.hash.slice(-2));
      mkdirSync(sub, { recursive: true });
      await rename(tmp, dest);
      await fsyncDir(sub);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    if (this.has(p.hash)) return "exists"; // a concurrent put of the same slice won
    await this.index.put(p.hash, { hash: p.hash, fileHash: p.fileHash, number: p.number, size: p.size, storedAt: Date.now() });
    this.usedBytes += p.size;
    this.count++;
    return "stored";
  }

  /**
   * A stream of a stored slice, hash-checked while it is read (unless `verify: false`). A slice that
   * fails the check is removed, reported through onCorrupt, and the stream ends with an error (the
   * receiver, which checks the hash too, sees a broken transfer). Undefined if the slice is not held.
   *
   * `verify: false` is for serving a downloader, which checks every slice itself before it uses it and
   * reports a bad copy to the meta nodes (they delete and repair it): a second Keccak pass here would
   * only repeat that check (see CONTRIBUTING.md, "Keccak passes per byte"). The length is still checked.
   */
  read(hash: string, opts: { verify?: boolean } = {}): { entry: SliceEntry; stream: Readable } | undefined {
    const entry = this.get(hash);
    if (!entry) return undefined;
    const path = this.pathOf(hash);
    const verify = opts.verify ?? true;
    const self = this;
    async function* gen() {
      const hasher = verify ? await SliceHashStream.create(entry!.number) : undefined;
      let n = 0;
      for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK })) {
        hasher?.update(chunk as Buffer);
        n += (chunk as Buffer).length;
        yield chunk as Buffer;
      }
      if (n !== entry!.size || (hasher && hasher.digest(entry!.fileHash) !== hash)) {
        await self.quarantine(entry!);
        throw new ProtocolError(410, "corrupt", `slice ${hash} failed its ${n !== entry!.size ? "length" : "hash"} check on read and was removed`);
      }
    }
    return { entry, stream: Readable.from(gen(), { objectMode: false, highWaterMark: 2 }) };
  }

  /** Check a stored slice's hash without serving it. */
  async verify(hash: string): Promise<boolean> {
    const r = this.read(hash);
    if (!r) return false;
    try {
      for await (const _ of r.stream) {
        // hashing happens in the generator
      }
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Whether a copy that passes a fresh hash check is held. A copy that fails (corrupt, or its file gone
   * from disk) is dropped from the index, so the slice can be stored afresh.
   */
  async holdsIntact(hash: string): Promise<boolean> {
    if (!this.has(hash)) return false;
    if (await this.verify(hash)) return true;
    await this.delete(hash);
    return false;
  }

  private async quarantine(entry: SliceEntry): Promise<void> {
    if (!this.has(entry.hash)) return;
    await this.delete(entry.hash);
    this.opts.onCorrupt?.(entry);
  }

  async delete(hash: string): Promise<boolean> {
    const e = this.get(hash);
    if (!e) return false;
    await this.index.remove(hash);
    this.usedBytes -= e.size;
    this.count--;
    await unlink(this.pathOf(hash)).catch(() => undefined);
    return true;
  }
}

async function fsyncDir(dir: string): Promise<void> {
  const d = await open(dir, "r");
  try {
    await d.sync();
  } finally {
    await d.close();
  }
}

/** Size of a file, or -1 if absent. */
export async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    return -1;
  }
}
