// JSON-RPC 2.0 over HTTP POST, with the behaviour of the go-ethereum server ppd embeds (sds rpc/):
// accepted content types, a 5 MiB body limit, positional `params`, batches, notifications, and the
// standard error codes. Method bodies never see malformed envelopes, and nothing a client sends can
// throw out of the handler: every failure becomes an answer.
import type { IncomingMessage, ServerResponse } from "node:http";

/** ppd's maxRequestContentLength: a 3.5 MB chunk in base64 plus its envelope fits. */
export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;
const ACCEPTED_CONTENT_TYPES = ["application/json", "application/json-rpc", "application/jsonrequest"];

export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;
export const METHOD_NOT_FOUND = -32601;
export const INVALID_PARAMS = -32602;
export const SERVER_ERROR = -32000;

/** Thrown by a method to answer with a JSON-RPC error instead of a result. */
export class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = "RpcError";
  }
}

export type RpcMethod = (params: unknown[]) => Promise<unknown>;

type Id = string | number | null;
interface Answer {
  jsonrpc: "2.0";
  id: Id;
  result?: unknown;
  error?: { code: number; message: string };
}

export interface JsonRpcServerOptions {
  /** Called with unexpected method failures (bugs, not client mistakes). */
  onInternalError?: (method: string, err: unknown) => void;
}

export function createJsonRpcHandler(
  methods: ReadonlyMap<string, RpcMethod>,
  opts: JsonRpcServerOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(methods, opts, req, res).catch((e) => {
      opts.onInternalError?.("(transport)", e);
      if (!res.headersSent) plain(res, 500, "internal error");
      else res.destroy();
    });
  };
}

async function handle(
  methods: ReadonlyMap<string, RpcMethod>,
  opts: JsonRpcServerOptions,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const declared = req.headers["content-length"];
  const length = declared === undefined ? undefined : Number(declared);
  // Health checks (go-ethereum answers a bare GET with 200).
  if (req.method === "GET" && (length === undefined || length === 0)) return plain(res, 200, "");
  if (req.method !== "POST") return plain(res, 405, "method not allowed: use POST", true);
  if (declared !== undefined && !/^\d{1,20}$/.test(declared)) return plain(res, 400, "bad Content-Length", true);
  if (length !== undefined && length > MAX_REQUEST_BYTES) {
    return plain(res, 413, `content length too large (${length}>${MAX_REQUEST_BYTES})`, true);
  }
  const mediaType = String(req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (!ACCEPTED_CONTENT_TYPES.includes(mediaType)) {
    return plain(res, 415, "invalid content type, only application/json is supported", true);
  }

  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of req) {
    n += (c as Buffer).length;
    if (n > MAX_REQUEST_BYTES) return plain(res, 413, `request body over ${MAX_REQUEST_BYTES} bytes`, true);
    chunks.push(c as Buffer);
  }

  let msg: unknown;
  try {
    msg = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (e) {
    return json(res, errorAnswer(null, PARSE_ERROR, `parse error: ${(e as Error).message}`));
  }

  if (Array.isArray(msg)) {
    if (msg.length === 0) return json(res, errorAnswer(null, INVALID_REQUEST, "empty batch"));
    const answers: Answer[] = [];
    // In order, one at a time: upload and download calls of one client depend on each other.
    for (const call of msg) {
      const a = await answer(methods, opts, call);
      if (a) answers.push(a);
    }
    if (answers.length === 0) return plain(res, 200, "");
    return json(res, answers);
  }
  const a = await answer(methods, opts, msg);
  if (!a) return plain(res, 200, "");
  json(res, a);
}

function isId(x: unknown): x is Id {
  return x === null || typeof x === "string" || (typeof x === "number" && Number.isFinite(x));
}

async function answer(methods: ReadonlyMap<string, RpcMethod>, opts: JsonRpcServerOptions, call: unknown): Promise<Answer | undefined> {
  if (!call || typeof call !== "object" || Array.isArray(call)) {
    return errorAnswer(null, INVALID_REQUEST, "invalid request: not a JSON-RPC call object");
  }
  const c = call as Record<string, unknown>;
  const hasId = "id" in c && c.id !== undefined;
  const id: Id = hasId && isId(c.id) ? c.id : null;
  if (hasId && !isId(c.id)) return errorAnswer(null, INVALID_REQUEST, "invalid request: id must be a string, a number or null");
  if (c.jsonrpc !== "2.0") return errorAnswer(id, INVALID_REQUEST, 'invalid request: "jsonrpc" must be "2.0"');
  if (typeof c.method !== "string" || c.method === "") return errorAnswer(id, INVALID_REQUEST, "invalid request: method must be a non-empty string");
  const method = methods.get(c.method);
  // A call without an id is a notification: run it, answer nothing.
  const reply = (a: Answer) => (hasId ? a : undefined);
  if (!method) return reply(errorAnswer(id, METHOD_NOT_FOUND, `the method ${c.method} does not exist/is not available`));
  let params: unknown[];
  if (c.params === undefined || c.params === null) params = [];
  else if (Array.isArray(c.params)) params = c.params;
  else return reply(errorAnswer(id, INVALID_PARAMS, "non-array args"));
  try {
    const result = await method(params);
    return reply({ jsonrpc: "2.0", id, result });
  } catch (e) {
    if (e instanceof RpcError) return reply(errorAnswer(id, e.code, e.message));
    opts.onInternalError?.(c.method, e);
    return reply(errorAnswer(id, SERVER_ERROR, `internal error in ${c.method}: ${(e as Error)?.message ?? String(e)}`));
  }
}

function errorAnswer(id: Id, code: number, message: string): Answer {
  return { jsonrpc: "2.0", id, error: { code, message } };
}

function json(res: ServerResponse, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function plain(res: ServerResponse, status: number, text: string, close = false): void {
  const headers: Record<string, string | number> = { "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(text) };
  // An unread body (refused before reading) is not drained: close the connection after answering.
  if (close) headers.connection = "close";
  res.writeHead(status, headers);
  res.end(text);
}
