// A small HTTP client for node→node and node→meta requests: every request is signed with the
// sender's P2P key (node-auth.ts), JSON answers are parsed, non-2xx answers become a ProtocolError
// from the peer's error body, and slow or dead peers time out (connect timeout, idle timeout while
// waiting for or reading bytes). Keep-alive connections are pooled per peer.
import { Agent, request, type IncomingMessage, type OutgoingHttpHeaders } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseErrorBody, ProtocolError } from "./errors.ts";
import { jsonBodyDigest, signRequest, sliceBodyDigest } from "./node-auth.ts";
import type { NodeIdentity } from "./node-key.ts";
import { PERMIT_HEADER } from "./permit.ts";

export const SLICE_NUMBER_HEADER = "sds-slice-number";

export interface NodeClientOptions {
  /** Signs every request; without one, requests go unsigned (public endpoints only). */
  identity?: NodeIdentity;
  /** Time to get a TCP connection. */
  connectTimeoutMs?: number;
  /** Longest silence (no byte either way) before the request fails with `timeout`. */
  idleTimeoutMs?: number;
  /** Largest JSON answer accepted. */
  maxResponseBytes?: number;
  maxSocketsPerPeer?: number;
}

interface RawRequest {
  method: string;
  path: string;
  headers?: OutgoingHttpHeaders;
  bodyDigest: string;
  body?: Uint8Array | Readable | AsyncIterable<Uint8Array>;
  timeoutMs?: number;
}

export class NodeClient {
  readonly identity?: NodeIdentity;
  private readonly agent: Agent;
  private readonly connectTimeoutMs: number;
  private readonly idleTimeoutMs: number;
  private readonly maxResponseBytes: number;

  constructor(opts: NodeClientOptions = {}) {
    this.identity = opts.identity;
    this.connectTimeoutMs = opts.connectTimeoutMs ?? 5_000;
    this.idleTimeoutMs = opts.idleTimeoutMs ?? 30_000;
    this.maxResponseBytes = opts.maxResponseBytes ?? 64 << 20;
    this.agent = new Agent({ keepAlive: true, maxSockets: opts.maxSocketsPerPeer ?? 16, keepAliveMsecs: 10_000 });
  }

  close(): void {
    this.agent.destroy();
  }

  /** A JSON request; resolves with the parsed 2xx answer (undefined for an empty one). */
  async json<T = any>(baseUrl: string, method: string, path: string, body?: unknown, opts: { timeoutMs?: number; headers?: OutgoingHttpHeaders } = {}): Promise<T> {
    const raw = body === undefined ? undefined : Buffer.from(JSON.stringify(body), "utf8");
    const res = await this.raw(baseUrl, {
      method,
      path,
      bodyDigest: jsonBodyDigest(raw),
      body: raw,
      headers: { ...(raw ? { "content-type": "application/json" } : {}), ...(opts.headers ?? {}) },
      timeoutMs: opts.timeoutMs,
    });
    const text = (await readAll(res, this.maxResponseBytes)).toString("utf8");
    if (text.length === 0) return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new ProtocolError(502, "bad_response", `${method} ${baseUrl}${path}: answer is not JSON`);
    }
  }

  /** PUT /v1/slices/:hash with a streamed body of exactly `size` bytes; resolves with the JSON answer. */
  async putSlice(
    baseUrl: string,
    p: { sliceHash: string; sliceNumber: number; permitHeader: string; size: number; body: Readable | AsyncIterable<Uint8Array> | Uint8Array; timeoutMs?: number },
  ): Promise<any> {
    const path = `/v1/slices/${p.sliceHash}`;
    const res = await this.raw(baseUrl, {
      method: "PUT",
      path,
      bodyDigest: sliceBodyDigest(p.sliceHash),
      body: p.body,
      timeoutMs: p.timeoutMs,
      headers: {
        "content-type": "application/octet-stream",
        "content-length": p.size,
        [PERMIT_HEADER]: p.permitHeader,
        [SLICE_NUMBER_HEADER]: String(p.sliceNumber),
      },
    });
    const text = (await readAll(res, this.maxResponseBytes)).toString("utf8");
    return text ? JSON.parse(text) : undefined;
  }

  /** GET /v1/slices/:hash; resolves with the streaming 2xx response (the caller checks the hash). */
  async getSlice(baseUrl: string, p: { sliceHash: string; permitHeader: string; timeoutMs?: number }): Promise<IncomingMessage> {
    return this.raw(baseUrl, {
      method: "GET",
      path: `/v1/slices/${p.sliceHash}`,
      bodyDigest: jsonBodyDigest(),
      timeoutMs: p.timeoutMs,
      headers: { [PERMIT_HEADER]: p.permitHeader },
    });
  }

  /**
   * Send a signed request and resolve with the response once its status is 2xx (its body unread);
   * a non-2xx answer rejects with the peer's ProtocolError. Network failures reject with
   * 503 unavailable, silence beyond the idle timeout with 504 timeout.
   */
  raw(baseUrl: string, r: RawRequest): Promise<IncomingMessage> {
    let url: URL;
    try {
      url = new URL(r.path, baseUrl);
    } catch {
      return Promise.reject(new ProtocolError(400, "bad_request", `bad peer URL ${JSON.stringify(baseUrl)}`));
    }
    if (url.protocol !== "http:") return Promise.reject(new ProtocolError(400, "bad_request", `peer URL ${baseUrl} is not http://`));
    const pathWithQuery = url.pathname + url.search;
    const headers: OutgoingHttpHeaders = { ...(r.headers ?? {}) };
    if (this.identity) Object.assign(headers, signRequest(this.identity, r.method, pathWithQuery, r.bodyDigest));
    if (r.body instanceof Uint8Array) headers["content-length"] = r.body.length;
    const what = `${r.method} ${url.origin}${pathWithQuery}`;
    const idle = r.timeoutMs ?? this.idleTimeoutMs;

    return new Promise<IncomingMessage>((resolve, reject) => {
      let settled = false;
      const fail = (e: Error) => {
        if (settled) return;
        settled = true;
        reject(e);
      };
      const req = request({ host: url.hostname, port: url.port || 80, method: r.method, path: pathWithQuery, headers, agent: this.agent });
      const connectTimer = setTimeout(() => {
        req.destroy(new ProtocolError(504, "timeout", `${what}: no connection within ${this.connectTimeoutMs} ms`));
      }, this.connectTimeoutMs);
      req.on("socket", (s) => {
        if (!s.connecting) clearTimeout(connectTimer);
        else s.once("connect", () => clearTimeout(connectTimer));
      });
      req.setTimeout(idle, () => req.destroy(new ProtocolError(504, "timeout", `${what}: peer silent for ${idle} ms`)));
      req.on("error", (e) => {
        clearTimeout(connectTimer);
        fail(e instanceof ProtocolError ? e : new ProtocolError(503, "unavailable", `${what}: ${(e as Error).message}`));
      });
      req.on("response", (res) => {
        clearTimeout(connectTimer);
        const status = res.statusCode ?? 0;
        // The idle timeout keeps applying while the caller reads the body.
        res.socket?.setTimeout(idle);
        if (status >= 200 && status < 300) {
          settled = true;
          resolve(res);
          return;
        }
        readAll(res, 1 << 20)
          .then((b) => fail(parseErrorBody(status, b.toString("utf8"))))
          .catch(() => fail(new ProtocolError(status, `http_${status}`, `${what}: HTTP ${status}`)));
      });
      if (r.body === undefined) req.end();
      else if (r.body instanceof Uint8Array) req.end(r.body);
      else {
        const src = r.body instanceof Readable ? r.body : Readable.from(r.body);
        pipeline(src, req).catch((e) => {
          // A server that answers early (e.g. 409 or 413) closes the upload; its answer wins.
          if (!settled) setTimeout(() => fail(e instanceof ProtocolError ? e : new ProtocolError(503, "unavailable", `${what}: ${(e as Error).message}`)), 50);
        });
      }
    });
  }
}

/** Read a response body of at most `limit` bytes. */
export async function readAll(res: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of res) {
    n += (c as Buffer).length;
    if (n > limit) {
      res.destroy();
      throw new ProtocolError(502, "too_large", `answer larger than ${limit} bytes`);
    }
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}
