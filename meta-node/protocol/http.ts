// Server-side HTTP helpers shared by both daemons (plain node:http; an express app can use them on
// its req/res too): bounded body reading, JSON answers, the error body, node authentication of a
// buffered request.
import type { IncomingMessage, ServerResponse } from "node:http";
import { asProtocolError, ProtocolError } from "./errors.ts";
import { jsonBodyDigest, verifyRequest, type AuthenticatedNode } from "./node-auth.ts";

/** Control-message (JSON) bodies are at most this large (PROTOCOL.md). */
export const MAX_JSON_BODY = 1 << 20;

/** The Content-Length of a request, if it declares one; 400 if it is not a number. */
export function declaredLength(req: IncomingMessage): number | undefined {
  const v = req.headers["content-length"];
  if (v === undefined) return undefined;
  if (!/^\d{1,20}$/.test(v)) throw new ProtocolError(400, "bad_request", `Content-Length ${JSON.stringify(v)} is not a number`);
  return Number(v);
}

/**
 * Read a whole body of at most `limit` bytes. A declared Content-Length over the limit is refused
 * before any byte is read; a body that grows past it is cut off. Either way 413 too_large.
 */
export async function readBody(req: IncomingMessage, limit: number = MAX_JSON_BODY): Promise<Buffer> {
  const declared = declaredLength(req);
  if (declared !== undefined && declared > limit) {
    throw new ProtocolError(413, "too_large", `request body of ${declared} bytes is over the limit of ${limit} bytes`);
  }
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const chunk of req) {
    n += (chunk as Buffer).length;
    if (n > limit) throw new ProtocolError(413, "too_large", `request body is over the limit of ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Read and parse a JSON body (≤ `limit`); 400 bad_request if it is not JSON. Empty body → undefined. */
export async function readJson(req: IncomingMessage, limit: number = MAX_JSON_BODY): Promise<{ raw: Buffer; json: unknown }> {
  const raw = await readBody(req, limit);
  if (raw.length === 0) return { raw, json: undefined };
  try {
    return { raw, json: JSON.parse(raw.toString("utf8")) };
  } catch (e) {
    throw new ProtocolError(400, "bad_request", `request body is not JSON: ${(e as Error).message}`);
  }
}

/** Node auth of a request whose body (possibly empty) has been read into `raw`. */
export function authenticateBuffered(req: IncomingMessage, raw: Uint8Array | undefined, now?: number): AuthenticatedNode {
  return verifyRequest(req.headers, req.method ?? "GET", req.url ?? "/", jsonBodyDigest(raw), now);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/**
 * Answer with the protocol's error body. When the request body was not (fully) read, the connection
 * is closed after the answer so an unread multi-gigabyte upload is not drained.
 */
export function sendError(res: ServerResponse, err: unknown, opts: { closeConnection?: boolean } = {}): void {
  const e = asProtocolError(err);
  if (res.headersSent) {
    res.destroy(e);
    return;
  }
  const text = JSON.stringify(e.toBody());
  const headers: Record<string, string | number> = { "content-type": "application/json", "content-length": Buffer.byteLength(text) };
  if (opts.closeConnection) headers.connection = "close";
  res.writeHead(e.status, headers);
  res.end(text);
}
