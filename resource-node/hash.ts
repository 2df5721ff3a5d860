// Keccak on the storage network's hot path. hash-wasm's Keccak is ~10× @noble/hashes' (the chain's
// cid.ts uses noble for short inputs); the CID encoding stays in chain/crypto/cid.ts
// (fileHashFromKeccakDigest / sliceHashFromKeccakDigest), so both give the same hashes (unit-tested).
//
// Keccak passes per byte (see CONTRIBUTING.md "Storage network"): upload = 2 at the gateway (file hash
// on the main thread while staging + slice hash in the HashPool's workers, in parallel) + 1 at each
// destination (checked while the bytes arrive); download = 1 at the holder (checked on read while
// streaming) + 1 at the gateway (checked while receiving).
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

interface Job {
  id: number;
  path: string;
  prefix: Uint8Array;
  offset: number;
  length: number;
  resolve: (d: Uint8Array) => void;
  reject: (e: Error) => void;
}

/**
 * A pool of worker threads that hash slices already on disk, so the inner slice digests are computed
 * in parallel with each other and with the file hash on the main thread.
 */
export class HashPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private nextId = 1;
  private closed = false;

  constructor(size = Math.max(1, Math.min(4, availableParallelism()))) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL("./hash-worker.mjs", import.meta.url));
      w.unref();
      w.on("message", (m: { id: number; digest?: Uint8Array; error?: string }) => {
        const job = this.running.get(w);
        this.running.delete(w);
        if (job) {
          if (m.error) job.reject(new Error(m.error));
          else job.resolve(new Uint8Array(m.digest!));
        }
        this.idle.push(w);
        this.pump();
      });
      w.on("error", (e) => {
        const job = this.running.get(w);
        this.running.delete(w);
        job?.reject(e);
      });
      this.all.push(w);
      this.idle.push(w);
    }
  }

  /** Keccak-256 of (u64be(sliceNumber) || file bytes [offset, offset+length)). */
  sliceKeccak(path: string, sliceNumber: number, offset = 0, length: number): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(new Error("HashPool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, path, prefix: sliceNumberBytes(sliceNumber), offset, length, resolve, reject });
      this.pump();
    });
  }

  /** The Stratos slice hash of a slice stored in `path`. */
  async sliceHashOfFile(path: string, fileHash: string, sliceNumber: number, length: number, offset = 0): Promise<string> {
    return sliceHashFromKeccakDigest(fileHash, await this.sliceKeccak(path, sliceNumber, offset, length));
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.running.set(w, job);
      w.postMessage({ id: job.id, path: job.path, prefix: job.prefix, offset: job.offset, length: job.length });
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue.splice(0)) j.reject(new Error("HashPool closed"));
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
