// The resource node's HTTP server (PROTOCOL.md "Resource-node API"):
//   node→node   PUT/GET /v1/slices/:hash, POST /v1/repair, POST /v1/slices/delete, GET /v1/status
//   local       /api/v1/… for the CLI (bearer token from <home>/api-token): streaming upload/download
//   clients     POST /rpc, Stratos' `user_*` JSON-RPC API (resource-node/rpc/), when mounted
// Every request body is size-limited, every node request authenticated, every storage action needs
// a permit, and a rejected request stores nothing. Errors are PROTOCOL.md's JSON body.
import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { SLICE_NUMBER_HEADER } from "../meta-node/protocol/client.ts";
import { ProtocolError } from "../meta-node/protocol/errors.ts";
import { declaredLength, readJson, sendError, sendJson, authenticateBuffered, MAX_JSON_BODY } from "../meta-node/protocol/http.ts";
import { sliceBodyDigest, verifyRequest, jsonBodyDigest } from "../meta-node/protocol/node-auth.ts";
import { decodePermitHeader, MAX_PERMIT_HEADER_BYTES, parseSignedPermit, permitSliceFor, PERMIT_HEADER, verifyPermit, type Permit, type PermitKind, type SignedPermit } from "../meta-node/protocol/permit.ts";
import type { WalletSignature } from "../meta-node/protocol/wallet-signature.ts";
import type { Gateway, TransferProgress, WalletAuth } from "./gateway.ts";
import type { Storage } from "./storage.ts";

export type RpcHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface ServerDeps {
  storage: Storage;
  gateway: Gateway;
  apiToken: string;
  status: () => Promise<unknown> | unknown;
  /** Proof of Traffic figures for the local status (asks a meta node and the chain: not on /v1/status). */
  traffic?: () => Promise<unknown>;
  /** The node's own wallet signs uploads and downloads made through /api/v1. */
  rpc?: RpcHandler;
}

const SLICE_PATH = /^\/v1\/slices\/(v[0-9a-v]{20,100})$/;

export function createNodeServer(d: ServerDeps): Server {
  const server = createServer({ maxHeaderSize: MAX_PERMIT_HEADER_BYTES + 64 * 1024, requestTimeout: 0, headersTimeout: 60_000, keepAliveTimeout: 30_000 }, (req, res) => {
    void route(d, req, res).catch((e) => {
      // the body of a rejected request is not read: close the connection instead of draining it
      sendError(res, e, { closeConnection: !req.complete });
      if (!req.complete) req.resume();
    });
  });
  // Slow or dead peers: a connection silent for this long is dropped.
  server.setTimeout(120_000, (socket) => socket.destroy());
  return server;
}

async function route(d: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://local");
  const path = url.pathname;
  const method = req.method ?? "GET";
  const slice = SLICE_PATH.exec(path);
  if (slice && method === "PUT") return putSlice(d, req, res, slice[1]!);
  if (slice && method === "GET") return getSlice(d, req, res, slice[1]!);
  if (path === "/v1/repair" && method === "POST") return repair(d, req, res);
  if (path === "/v1/slices/delete" && method === "POST") return deleteSlices(d, req, res);
  if (path === "/v1/status" && method === "GET") return sendJson(res, 200, await d.status());
  if (path === "/rpc" || path === "/rpc/") {
    if (!d.rpc) throw new ProtocolError(404, "not_found", "the JSON-RPC API is not available on this node yet");
    return d.rpc(req, res);
  }
  // status is public (as /v1/status); everything else under /api/v1 acts for the node's wallet
  if (path === "/api/v1/status" && method === "GET") return sendJson(res, 200, { ...((await d.status()) as object), ...(d.traffic ? { traffic: await d.traffic() } : {}) });
  // a download signed by the downloading wallet itself needs no token: the signature authorises it
  if (path === "/api/v1/download" && method === "GET" && url.searchParams.has("walletSig")) return localDownload(d, req, res, url);
  if (path.startsWith("/api/v1/")) {
    checkToken(d, req);
    if (path === "/api/v1/upload" && method === "PUT") return localUpload(d, req, res, url);
    if (path === "/api/v1/upload-file" && method === "POST") return localFileUpload(d, req, res);
    if (path === "/api/v1/download" && method === "GET") return localDownload(d, req, res, url);
    const dl = /^\/api\/v1\/downloads\/([0-9a-f]{32})$/.exec(path);
    if (dl && method === "GET") {
      const r = d.gateway.recentDownloads.get(dl[1]!);
      if (!r) throw new ProtocolError(404, "not_found", `no finished download with permit ${dl[1]} on this node`);
      return sendJson(res, 200, r);
    }
  }
  if (path === "/v1/receipts" && method === "POST") return receipts(d, req, res);
  if (slice || ["/v1/repair", "/v1/slices/delete", "/v1/status"].includes(path)) throw new ProtocolError(405, "bad_request", `${method} is not allowed on ${path}`);
  throw new ProtocolError(404, "not_found", `no endpoint ${method} ${path}`);
}

// ---- node → node ---------------------------------------------------------------------------------

async function permitFrom(d: ServerDeps, sp: SignedPermit | unknown, kinds: PermitKind[]): Promise<Permit> {
  const parsed = parseSignedPermit(sp);
  await d.storage.dir.ensureMeta(parsed.permit.meta);
  return verifyPermit(parsed, { metaPublicKey: (a) => d.storage.dir.metaPublicKey(a), kinds });
}

async function putSlice(d: ServerDeps, req: IncomingMessage, res: ServerResponse, hash: string): Promise<void> {
  const sender = verifyRequest(req.headers, "PUT", req.url ?? "", sliceBodyDigest(hash));
  const permit = await permitFrom(d, decodePermitHeader(req.headers[PERMIT_HEADER]), ["upload", "repair"]);
  const numText = req.headers[SLICE_NUMBER_HEADER];
  if (typeof numText !== "string" || !/^[1-9]\d{0,15}$/.test(numText)) throw new ProtocolError(400, "bad_request", `header ${SLICE_NUMBER_HEADER} (the slice number) is required`);
  const ps = permitSliceFor(permit, hash, d.storage.identity.address, Number(numText));
  if (permit.kind === "repair" && permit.receiver !== d.storage.identity.address) throw new ProtocolError(403, "forbidden", `repair permit ${permit.id} is for ${permit.receiver}`);
  const len = declaredLength(req);
  if (len !== undefined && len !== ps.size) {
    throw new ProtocolError(len > ps.size ? 413 : 400, len > ps.size ? "too_large" : "bad_request", `slice #${ps.number} is ${ps.size} bytes; Content-Length says ${len}`);
  }
  const r = await d.storage.storeSlice(permit, ps, req, sender.address);
  // An upload replica the gateway sent here, stored whole and hash-checked: this node's copy receipt
  // credits the gateway for it (a node does not sign for bytes it sent itself).
  const receipt = permit.kind === "upload" && r.state === "stored" && sender.address !== d.storage.identity.address ? d.storage.copyReceipt(permit, ps, sender.address) : undefined;
  sendJson(res, 200, receipt ? { ...r, receipt } : r);
}

async function getSlice(d: ServerDeps, req: IncomingMessage, res: ServerResponse, hash: string): Promise<void> {
  const sender = verifyRequest(req.headers, "GET", req.url ?? "", jsonBodyDigest());
  const permit = await permitFrom(d, decodePermitHeader(req.headers[PERMIT_HEADER]), ["download", "repair", "audit"]);
  const ps = permitSliceFor(permit, hash, d.storage.identity.address);
  if ((permit.kind === "repair" || permit.kind === "audit") && permit.receiver !== sender.address) {
    throw new ProtocolError(403, "forbidden", `${permit.kind} permit ${permit.id} is for ${permit.receiver}, not ${sender.address}`);
  }
  // A downloading gateway checks every slice hash itself (and reports a bad copy): no second pass here.
  // A repair copy is still checked on read, so a bad copy is found and reported by its holder too.
  const r = d.storage.store.read(hash, { verify: permit.kind !== "download" });
  if (!r) throw new ProtocolError(404, "not_found", `this node does not hold slice ${hash}`);
  if (r.entry.size !== ps.size) throw new ProtocolError(410, "corrupt", `slice ${hash} here has ${r.entry.size} bytes, the permit says ${ps.size}`);
  res.writeHead(200, { "content-type": "application/octet-stream", "content-length": r.entry.size });
  let sent = 0;
  r.stream.on("data", (c: Buffer) => (sent += c.length));
  r.stream.on("error", (e) => {
    // corrupt on read: the bytes already sent cannot be taken back; cut the transfer so the receiver notices
    d.storage.log.warn(`serving slice ${hash}: ${(e as Error).message}`);
    d.storage.reportCorrupt(permit, ps.number, hash, (e as Error).message);
    res.destroy();
  });
  r.stream.pipe(res);
  await new Promise<void>((resolve) => res.on("close", () => resolve()));
  // an audit read is a meta node checking this node's copy: it is not traffic anyone pays for
  if (sent === r.entry.size && res.writableFinished && permit.kind !== "audit") d.storage.recordServed(permit, ps.number, sent, sender.address);
}

/** POST /v1/receipts: the receiver of slices this node served hands over its signed receipts. */
async function receipts(d: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { raw, json } = await readJson(req, MAX_JSON_BODY);
  const sender = authenticateBuffered(req, raw);
  const list = (json as any)?.receipts;
  if (!Array.isArray(list) || list.length === 0 || list.length > 1000) throw new ProtocolError(400, "bad_request", "receipts must be a list of 1..1000 signed receipts");
  const out = list.map((x: unknown) => d.storage.takeReceipt(x, sender.address));
  const retry = out.find((r) => r.retry);
  if (retry) throw new ProtocolError(409, "not_yet", `${retry.reason}; send it again shortly`);
  sendJson(res, 200, { results: out });
}

async function repair(d: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { raw, json } = await readJson(req, MAX_JSON_BODY);
  const sender = authenticateBuffered(req, raw);
  if (!(await d.storage.dir.ensureMeta(sender.address))) throw new ProtocolError(403, "forbidden", `${sender.address} is not a bonded meta node`);
  const body = json as any;
  const permit = await permitFrom(d, body?.permit, ["repair"]);
  if (permit.receiver !== d.storage.identity.address) throw new ProtocolError(403, "forbidden", `repair permit ${permit.id} is for ${permit.receiver}, not this node`);
  const nodeUrls = body?.nodeUrls && typeof body.nodeUrls === "object" ? (body.nodeUrls as Record<string, string>) : {};
  await d.storage.acceptRepair(body.permit as SignedPermit, permit, nodeUrls);
  sendJson(res, 202, { accepted: true, slices: permit.slices.length });
}

async function deleteSlices(d: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { raw, json } = await readJson(req, MAX_JSON_BODY);
  const sender = authenticateBuffered(req, raw);
  if (!(await d.storage.dir.ensureMeta(sender.address))) throw new ProtocolError(403, "forbidden", `${sender.address} is not a bonded meta node`);
  const hashes = (json as any)?.sliceHashes;
  if (!Array.isArray(hashes) || hashes.some((h) => typeof h !== "string") || hashes.length > 100_000) throw new ProtocolError(400, "bad_request", "sliceHashes must be a list of slice hashes");
  let deleted = 0;
  for (const h of hashes as string[]) if (await d.storage.store.delete(h)) deleted++;
  d.storage.log.info(`deleted ${deleted} of ${hashes.length} slices at the request of ${sender.address}`);
  sendJson(res, 200, { ok: true, deleted });
}

// ---- local API (CLI) -------------------------------------------------------------------------------

function checkToken(d: ServerDeps, req: IncomingMessage): void {
  const h = req.headers.authorization;
  const given = typeof h === "string" && h.startsWith("Bearer ") ? Buffer.from(h.slice(7)) : Buffer.alloc(0);
  const want = Buffer.from(d.apiToken);
  if (given.length !== want.length || !timingSafeEqual(given, want)) {
    throw new ProtocolError(401, "unauthenticated", "the local API needs 'Authorization: Bearer <token>' with the token in <home>/api-token");
  }
}

function intParam(url: URL, name: string): number | undefined {
  const v = url.searchParams.get(name);
  if (v === null || v === "") return undefined;
  if (!/^\d{1,12}$/.test(v)) throw new ProtocolError(400, "bad_request", `${name} must be a positive integer, got ${JSON.stringify(v)}`);
  return Number(v);
}

/**
 * PUT /api/v1/upload?name=&replicas=&sliceSize= with the file as the body (Content-Length required).
 * Answers NDJSON: progress lines {"phase","bytes","total"} and a last line {"result"} or {"error"}.
 */
async function localUpload(d: ServerDeps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const size = declaredLength(req);
  if (size === undefined) throw new ProtocolError(411, "bad_request", "Content-Length is required (the file size)");
  if (!Number.isSafeInteger(size)) throw new ProtocolError(413, "too_large", `a file of ${size} bytes is too large`);
  const name = url.searchParams.get("name") ?? "";
  const session = await d.gateway.beginUpload({
    size,
    name,
    auth: { signer: d.storage.walletSigner },
    replicas: intParam(url, "replicas"),
    sliceSize: intParam(url, "sliceSize"),
    expectedFileHash: url.searchParams.get("fileHash") ?? undefined,
    onProgress: (p) => line(p),
  });
  res.writeHead(200, { "content-type": "application/x-ndjson" });
  const line = progressLines(res);
  try {
    for await (const chunk of req) await session.write(chunk as Buffer);
    const result = await session.finish();
    res.end(JSON.stringify({ result }) + "\n");
  } catch (e) {
    await session.abort();
    const pe = e instanceof ProtocolError ? e : new ProtocolError(500, "internal", (e as Error).message);
    res.end(JSON.stringify(pe.toBody()) + "\n");
    if (!req.complete) req.destroy();
  }
}

/** NDJSON progress lines for the local API, at most 5 per second per phase (and each phase's last). */
function progressLines(res: ServerResponse): (p: TransferProgress) => void {
  let lastLine = 0;
  return (p) => {
    const now = Date.now();
    if (p.phase === "staging" || p.phase === "sending" || p.phase === "receiving") {
      if (now - lastLine < 200 && p.bytes !== p.total) return;
    }
    lastLine = now;
    res.write(JSON.stringify(p) + "\n");
  };
}

/**
 * POST /api/v1/upload-file {path, name?, replicas?, sliceSize?}: uploads a file the daemon reads itself
 * (the CLI on the same machine; no bytes through the socket, no staged copy). Errors before any work
 * (bad options, 400 cannot_read) are plain JSON errors, so the CLI can fall back to streaming; after
 * that the answer is NDJSON as for PUT /api/v1/upload.
 */
async function localFileUpload(d: ServerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { json } = await readJson(req, MAX_JSON_BODY);
  const b = (json ?? {}) as Record<string, unknown>;
  if (typeof b.path !== "string" || !b.path.startsWith("/")) throw new ProtocolError(400, "bad_request", "path must be the file's absolute path");
  for (const k of ["replicas", "sliceSize"] as const) {
    if (b[k] !== undefined && (!Number.isSafeInteger(b[k]) || (b[k] as number) < 1)) throw new ProtocolError(400, "bad_request", `${k} must be a positive integer, got ${JSON.stringify(b[k])}`);
  }
  if (b.name !== undefined && typeof b.name !== "string") throw new ProtocolError(400, "bad_request", "name must be a string");
  let line: ((p: TransferProgress) => void) | undefined;
  const upload = d.gateway.uploadFile(b.path, {
    name: (b.name as string | undefined) ?? b.path.split("/").pop()!,
    auth: { signer: d.storage.walletSigner },
    replicas: b.replicas as number | undefined,
    sliceSize: b.sliceSize as number | undefined,
    onProgress: (p) => {
      // the first progress line means the checks passed: from here on the answer is NDJSON
      if (!line) {
        res.writeHead(200, { "content-type": "application/x-ndjson" });
        line = progressLines(res);
      }
      line(p);
    },
  });
  try {
    const result = await upload;
    if (!line) res.writeHead(200, { "content-type": "application/x-ndjson" });
    res.end(JSON.stringify({ result }) + "\n");
  } catch (e) {
    if (!line) throw e; // answered as a plain error by the router
    const pe = e instanceof ProtocolError ? e : new ProtocolError(500, "internal", (e as Error).message);
    res.end(JSON.stringify(pe.toBody()) + "\n");
  }
}

/**
 * GET /api/v1/download?handle=sdm://…  (or shareLink=&password=): the file's bytes, streamed. With the
 * token the node's own wallet downloads; with wallet=&reqTime=&sequence=&walletSig=<base64url JSON> the
 * given wallet does (its signature of walletSignMessage.download / getShared).
 */
async function localDownload(d: ServerDeps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const handle = url.searchParams.get("handle") ?? undefined;
  const shareLink = url.searchParams.get("shareLink") ?? undefined;
  let auth: WalletAuth = { signer: d.storage.walletSigner };
  if (url.searchParams.has("walletSig")) {
    let walletSig: WalletSignature;
    try {
      walletSig = JSON.parse(Buffer.from(url.searchParams.get("walletSig")!, "base64url").toString("utf8"));
    } catch {
      throw new ProtocolError(400, "bad_request", "walletSig must be base64url of the JSON wallet signature {address, pubkey, signature}");
    }
    const reqTime = Number(url.searchParams.get("reqTime"));
    const wallet = url.searchParams.get("wallet") ?? "";
    if (!Number.isSafeInteger(reqTime)) throw new ProtocolError(400, "bad_request", "reqTime (unix seconds) is required with walletSig");
    auth = { wallet, reqTime, walletSig, sequence: url.searchParams.get("sequence") ?? undefined };
  }
  const dl = await d.gateway.download({ handle, shareLink, password: url.searchParams.get("password") ?? undefined, auth });
  res.writeHead(200, {
    "content-type": "application/octet-stream",
    "content-length": dl.fileSize,
    "x-file-hash": dl.fileHash,
    "x-file-owner": dl.owner,
    "x-file-name": encodeURIComponent(dl.fileName),
    "x-permit-id": dl.permitId,
  });
  dl.stream.on("error", () => res.destroy());
  dl.stream.pipe(res);
  await new Promise<void>((resolve) => res.on("close", () => resolve()));
  if (!res.writableFinished) dl.stream.destroy();
}
