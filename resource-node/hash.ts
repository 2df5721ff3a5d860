// Keccak on the storage network's hot path. hash-wasm's Keccak is ~10× @noble/hashes' (the chain's
// cid.ts uses noble for short inputs); the CID encoding stays in chain/crypto/cid.ts
// (fileHashFromKeccakDigest / sliceHashFromKeccakDigest), so both give the same hashes (unit-tested).
//
// Keccak passes per byte (see CONTRIBUTING.md "Storage network: resource node"): upload = 2 at the gateway
// (file hash in the upload's FileHashWorker + slice hash in a HashPool worker, both fed the staged slice files,
// in parallel with staging) + 1 at each destination (checked while the bytes arrive) = 5 with 3 replicas;
// download = 1 at the gateway (checked by a HashPool worker in shared memory while the slice arrives, before
// it is served; holders serving a download do not re-hash). The CID format allows no fewer: the file hash is one Keccak over the
// whole file and a slice hash is Keccak(u64be(n) || slice), a different input.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { createKeccak, type IHasher } from "hash-wasm";
import { fileHashFromKeccakDigest, sliceHashFromKeccakDigest, sliceNumberBytes } from "../chain/crypto/cid.ts";

export function keccak(): Promise<IHasher> {
  return createKeccak(256);
}

/** Streaming Stratos file hash (plain files: empty encryption tag, SDS codec). */
export class FileHashStream {
  private constructor(private readonly h: IHasher) {}

  static async create(): Promise<FileHashStream> {
    return new FileHashStream(await keccak());
  }

  update(chunk: Uint8Array): void {
    this.h.update(chunk);
  }

  digest(): string {
    return fileHashFromKeccakDigest(this.h.digest("binary"));
  }
}

/** Streaming slice hash: feed the slice's bytes, then finish with the file hash. */
export class SliceHashStream {
  private constructor(private readonly h: IHasher) {}

  static async create(sliceNumber: number): Promise<SliceHashStream> {
    const h = await keccak();
    h.update(sliceNumberBytes(sliceNumber));
    return new SliceHashStream(h);
  }

  update(chunk: Uint8Array): void {
    this.h.update(chunk);
  }

  digest(fileHash: string): string {
    return sliceHashFromKeccakDigest(fileHash, this.h.digest("binary"));
  }
}

type JobSpec =
  | { op: "file"; path: string; prefix: Uint8Array; offset: number; length: number }
  | { op: "shared"; buf: SharedArrayBuffer; prefix: Uint8Array; offset: number; length: number }
  | { op: "send"; sid: number };

interface Pending {
  resolve: (d: Uint8Array) => void;
  reject: (e: Error) => void;
  worker: Worker;
  bytes: number;
}

const WORKER_URL = new URL("./hash-worker.mjs", import.meta.url);

/**
 * A pool of worker threads that hash slices (on disk, or in a SharedArrayBuffer), so slice digests are
 * computed in parallel with each other and with the main thread's I/O. A job goes to the worker with the
 * fewest bytes queued (a worker runs its jobs in order); a stream (`sharedStream`) stays on one worker.
 */
export class HashPool {
  private readonly all: Worker[] = [];
  private readonly queued = new Map<Worker, number>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(size = Math.max(1, Math.min(4, availableParallelism()))) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(WORKER_URL);
      w.unref();
      w.on("message", (m: { id: number; digest?: Uint8Array; error?: string }) => {
        const job = this.pending.get(m.id);
        if (!job) return;
        this.pending.delete(m.id);
        this.queued.set(w, this.queued.get(w)! - job.bytes);
        if (m.error) job.reject(new Error(m.error));
        else job.resolve(new Uint8Array(m.digest!));
      });
      w.on("error", (e) => {
        for (const [id, job] of this.pending) {
          if (job.worker !== w) continue;
          this.pending.delete(id);
          job.reject(e);
        }
      });
      this.all.push(w);
      this.queued.set(w, 0);
    }
  }

  /** Keccak-256 of (u64be(sliceNumber) || file bytes [offset, offset+length)). */
  sliceKeccak(path: string, sliceNumber: number, offset = 0, length: number): Promise<Uint8Array> {
    return this.submit(this.leastBusy(), { op: "file", path, prefix: sliceNumberBytes(sliceNumber), offset, length }, length);
  }

  /** Keccak-256 of (u64be(sliceNumber) || buf[offset, offset+length)), read in place by a worker. */
  sharedSliceKeccak(buf: SharedArrayBuffer, sliceNumber: number, offset = 0, length = buf.byteLength - offset): Promise<Uint8Array> {
    return this.submit(this.leastBusy(), { op: "shared", buf, prefix: sliceNumberBytes(sliceNumber), offset, length }, length);
  }

  /**
   * Keccak-256 of (u64be(sliceNumber) || buf[0, n)) computed while `buf` is being filled: feed(to)
   * hands the worker the bytes up to `to` (they must not change any more), digest() the Keccak of all
   * fed. The hash then finishes right after the last byte arrives instead of starting there.
   */
  sharedStream(buf: SharedArrayBuffer, sliceNumber: number): SharedHashStream {
    if (this.closed) throw new Error("HashPool is closed");
    const w = this.leastBusy();
    const sid = this.nextId++;
    let fed = 0;
    let ended = false;
    // fed bytes count as queued on this worker until the stream ends
    const unqueue = () => this.queued.set(w, this.queued.get(w)! - fed);
    w.postMessage({ op: "sbegin", sid, prefix: sliceNumberBytes(sliceNumber) });
    return {
      feed: (to: number) => {
        if (ended || to <= fed) return;
        this.queued.set(w, this.queued.get(w)! + (to - fed));
        w.postMessage({ op: "sfeed", sid, buf, offset: fed, length: to - fed });
        fed = to;
      },
      digest: () => {
        if (ended) return Promise.reject(new Error("hash stream already ended"));
        ended = true;
        unqueue();
        return this.submit(w, { op: "send", sid }, fed);
      },
      abort: () => {
        if (ended) return;
        ended = true;
        unqueue();
        w.postMessage({ op: "sabort", sid });
      },
    };
  }

  private leastBusy(): Worker {
    let best = this.all[0]!;
    for (const w of this.all) if (this.queued.get(w)! < this.queued.get(best)!) best = w;
    return best;
  }

  private submit(w: Worker, spec: JobSpec, bytes: number): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(new Error("HashPool is closed"));
    const id = this.nextId++;
    this.queued.set(w, this.queued.get(w)! + bytes);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker: w, bytes });
      w.postMessage({ id, ...spec });
    });
  }

  /** The Stratos slice hash of a slice stored in `path`. */
  async sliceHashOfFile(path: string, fileHash: string, sliceNumber: number, length: number, offset = 0): Promise<string> {
    return sliceHashFromKeccakDigest(fileHash, await this.sliceKeccak(path, sliceNumber, offset, length));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const [id, j] of this.pending) {
      this.pending.delete(id);
      j.reject(new Error("HashPool closed"));
    }
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}

/** See HashPool.sharedStream. */
export interface SharedHashStream {
  feed(to: number): void;
  digest(): Promise<Uint8Array>;
  abort(): void;
}

/**
 * The file hash's Keccak on its own worker thread, fed the staged slice files in order as each is
 * closed: the whole-file Keccak is one sequential pass (it cannot be split), so it gets a core of its
 * own instead of sharing the main thread with the upload's I/O. One per upload; close() when done.
 */
export class FileHashWorker {
  private readonly w = new Worker(WORKER_URL);
  private readonly pending = new Map<number, { resolve: (d?: Uint8Array) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  private failed?: Error;

  constructor() {
    this.w.unref();
    this.w.on("message", (m: { id: number; digest?: Uint8Array; error?: string }) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.error) p?.reject(new Error(m.error));
      else p?.resolve(m.digest ? new Uint8Array(m.digest) : undefined);
    });
    this.w.on("error", (e) => {
      this.failed = e;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    });
  }

  private send(job: Record<string, unknown>): Promise<Uint8Array | undefined> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    const p = new Promise<Uint8Array | undefined>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.w.postMessage({ id, ...job });
    return p;
  }

  /** Feed the next part of the file (the first `length` bytes of `path`); hashed after the parts before it. */
  append(path: string, length: number): Promise<void> {
    const p = this.send({ op: "append", path, length }).then(() => undefined);
    p.catch(() => undefined); // the error also fails digest()
    return p;
  }

  /** The Stratos file hash of everything appended. */
  async fileHash(): Promise<string> {
    const d = await this.send({ op: "digest" });
    return fileHashFromKeccakDigest(d!);
  }

  async close(): Promise<void> {
    await this.w.terminate();
  }
}
