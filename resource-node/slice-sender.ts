// Upload replicas sent from worker threads (send-worker.mjs). The gateway's main thread otherwise does
// every socket write of every replica (3 × the file through loopback sockets, a copy per chunk in the
// syscall) besides receiving its own replicas, answering the API and the meta nodes: it was the one
// saturated thread of an upload's send phase (bench/storage.ts). Requests are signed here exactly as
// NodeClient.putSlice signs them and answers mapped the same way, so a destination sees no difference.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { parseErrorBody, ProtocolError } from "../meta-node/protocol/errors.ts";
import { signRequest, sliceBodyDigest } from "../meta-node/protocol/node-auth.ts";
import type { NodeIdentity } from "../meta-node/protocol/node-key.ts";
import { PERMIT_HEADER } from "../meta-node/protocol/permit.ts";
import { SLICE_NUMBER_HEADER } from "../meta-node/protocol/client.ts";

const WORKER_URL = new URL("./send-worker.mjs", import.meta.url);

interface Pending {
  resolve: (answer: any) => void;
  reject: (e: Error) => void;
  onBytes: (n: number) => void;
  what: string;
  worker: Worker;
}

export interface SlicePut {
  sliceHash: string;
  sliceNumber: number;
  permitHeader: string;
  /** the bytes: [offset, offset + size) of this file */
  file: string;
  offset: number;
  size: number;
  timeoutMs?: number;
}

export class SliceSender {
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly identity: NodeIdentity,
    private readonly opts: { threads?: number; connectTimeoutMs?: number; idleTimeoutMs?: number } = {},
  ) {
    const n = opts.threads ?? Math.max(1, Math.min(2, availableParallelism()));
    for (let i = 0; i < n; i++) {
      const w = new Worker(WORKER_URL);
      w.unref();
      w.on("message", (m: { id: number; progress?: number; status?: number; body?: string; error?: string; timeout?: boolean }) => this.answer(w, m));
      w.on("error", (e) => {
        for (const [id, p] of this.pending) {
          if (p.worker !== w) continue;
          this.pending.delete(id);
          p.reject(new ProtocolError(503, "unavailable", `${p.what}: sender thread failed: ${e.message}`));
        }
      });
      this.workers.push(w);
      this.load.set(w, 0);
    }
  }

  /** PUT /v1/slices/:hash of a file range; resolves with the JSON answer (NodeClient.putSlice's contract). onBytes: bytes sent so far, in steps. */
  put(baseUrl: string, p: SlicePut, onBytes: (n: number) => void = () => undefined): Promise<any> {
    if (this.closed) return Promise.reject(new ProtocolError(503, "unavailable", "the slice sender is closed"));
    let url: URL;
    try {
      url = new URL(`/v1/slices/${p.sliceHash}`, baseUrl);
    } catch {
      return Promise.reject(new ProtocolError(400, "bad_request", `bad peer URL ${JSON.stringify(baseUrl)}`));
    }
    if (url.protocol !== "http:") return Promise.reject(new ProtocolError(400, "bad_request", `peer URL ${baseUrl} is not http://`));
    const path = url.pathname + url.search;
    const headers = {
      "content-type": "application/octet-stream",
      "content-length": p.size,
      [PERMIT_HEADER]: p.permitHeader,
      [SLICE_NUMBER_HEADER]: String(p.sliceNumber),
      ...signRequest(this.identity, "PUT", path, sliceBodyDigest(p.sliceHash)),
    };
    let w = this.workers[0]!;
    for (const x of this.workers) if (this.load.get(x)! < this.load.get(w)!) w = x;
    this.load.set(w, this.load.get(w)! + 1);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onBytes, what: `PUT ${url.origin}${path}`, worker: w });
      w.postMessage({ id, url: url.origin, path, headers, file: p.file, offset: p.offset, size: p.size, connectTimeoutMs: this.opts.connectTimeoutMs ?? 5_000, idleTimeoutMs: p.timeoutMs ?? this.opts.idleTimeoutMs ?? 30_000 });
    });
  }

  private answer(w: Worker, m: { id: number; progress?: number; status?: number; body?: string; error?: string; timeout?: boolean }): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    if (m.progress !== undefined) return p.onBytes(m.progress);
    this.pending.delete(m.id);
    this.load.set(w, this.load.get(w)! - 1);
    if (m.error !== undefined) return p.reject(new ProtocolError(m.timeout ? 504 : 503, m.timeout ? "timeout" : "unavailable", `${p.what}: ${m.error}`));
    const status = m.status ?? 0;
    if (status < 200 || status >= 300) return p.reject(parseErrorBody(status, m.body ?? ""));
    try {
      p.resolve(m.body ? JSON.parse(m.body) : undefined);
    } catch {
      p.reject(new ProtocolError(502, "bad_response", `${p.what}: answer is not JSON`));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      p.reject(new ProtocolError(503, "unavailable", `${p.what}: the slice sender closed`));
    }
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
