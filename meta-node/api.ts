// The meta-node HTTP API of PROTOCOL.md (express). Every answer is JSON; every error is
// {"error": {code, message}}; a request that fails authentication or validation changes nothing.
import express, { type Request, type Response } from "express";
import type { Server } from "node:http";
import type { Logger } from "./log.ts";
import { jsonBodyDigest, ProtocolError, verifyRequest } from "./net.ts";
import { Unavailable, type ReplicatedRecords } from "./records.ts";
import type { MetaService } from "./service.ts";
import type { Traffic } from "./traffic.ts";
import { parseCase, type Evidence } from "./evidence.ts";
import { BONDED, type MetaStore } from "./store.ts";

export const MAX_JSON_BODY = 1024 * 1024;

export interface ApiDeps {
  service: MetaService;
  traffic: Traffic;
  evidence: Evidence;
  records: ReplicatedRecords;
  store: MetaStore;
  log: Logger;
  status: () => unknown;
}

type Handler = (ctx: { req: Request; body: any; sender?: string }) => Promise<unknown> | unknown;

export function buildApi(d: ApiDeps): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.use(express.raw({ type: () => true, limit: MAX_JSON_BODY }));

  const route = (method: "get" | "post", path: string, auth: "none" | "node" | "meta", h: Handler) => {
    app[method](path, async (req: Request, res: Response) => {
      try {
        const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        let sender: string | undefined;
        if (auth !== "none") {
          sender = verifyRequest(req.headers, req.method, req.originalUrl, jsonBodyDigest(raw)).address;
          if (auth === "meta") {
            const m = d.store.metaNode(sender);
            if (!m || m.status !== BONDED || m.suspend) throw new ProtocolError(403, "forbidden", `${sender} is not a bonded meta node`);
          }
        }
        let body: any = {};
        if (raw.length > 0) {
          try {
            body = JSON.parse(raw.toString("utf8"));
          } catch {
            throw new ProtocolError(400, "bad_request", "the body is not valid JSON");
          }
        }
        if (body === null || typeof body !== "object" || Array.isArray(body)) throw new ProtocolError(400, "bad_request", "the body must be a JSON object");
        res.status(200).json(await h({ req, body, sender }));
      } catch (e) {
        sendError(res, e, d.log, `${req.method} ${req.path}`);
      }
    });
  };

  route("get", "/v1/status", "none", () => d.status());
  route("post", "/v1/nodes/heartbeat", "node", ({ body, sender }) => d.service.heartbeat(sender!, body));
  route("post", "/v1/upload/permit", "node", ({ body, sender }) => d.service.uploadPermit(body, sender));
  route("post", "/v1/upload/slice-stored", "node", ({ body, sender }) => d.service.sliceStored(sender!, body));
  route("get", "/v1/files/:fileHash", "none", ({ req }) => d.service.fileStatus(String(req.params.fileHash), String(req.query.owner ?? "")));
  route("post", "/v1/download/permit", "node", ({ body, sender }) => d.service.downloadPermit(body, sender));
  route("post", "/v1/slices/bad", "node", ({ body, sender }) => d.service.badSlice(sender!, body));
  route("get", "/v1/ozone/:wallet", "none", ({ req }) => d.service.ozone(String(req.params.wallet)));
  route("post", "/v1/files/list", "node", ({ body }) => d.service.list(body));
  route("post", "/v1/files/delete", "node", ({ body }) => d.service.delete(body));
  route("post", "/v1/shares/create", "node", ({ body }) => d.service.shareCreate(body));
  route("post", "/v1/shares/list", "node", ({ body }) => d.service.shareList(body));
  route("post", "/v1/shares/stop", "node", ({ body }) => d.service.shareStop(body));
  route("post", "/v1/shares/resolve", "node", ({ body }) => d.service.shareResolve(body));

  const int = (v: unknown, what: string, def?: number) => {
    if (v === undefined && def !== undefined) return def;
    const n = Number(v);
    if (!Number.isSafeInteger(n) || n < 0) throw new ProtocolError(400, "bad_request", `${what} must be a non-negative integer`);
    return n;
  };
  route("post", "/v1/pot/receipts", "node", ({ body, sender }) => d.traffic.handIn(sender!, body));
  route("get", "/v1/pot/receipts", "none", ({ req }) =>
    d.traffic.page(int(req.query.from, "from"), int(req.query.to, "to"), typeof req.query.after === "string" ? req.query.after : "", Math.min(1000, Math.max(1, int(req.query.limit, "limit", 1000)))),
  );
  route("get", "/v1/pot/receipts/summary", "meta", ({ req }) => d.traffic.summary(int(req.query.from, "from"), int(req.query.to, "to")));
  route("post", "/v1/pot/sign", "meta", ({ body, sender }) => d.traffic.cosign(sender!, body));
  route("get", "/v1/pot/epochs/:epoch/audit", "none", ({ req }) => d.traffic.audit(int(req.params.epoch, "epoch"), int(req.query.after, "after", 0), Math.min(1000, Math.max(1, int(req.query.limit, "limit", 500)))));
  route("get", "/v1/pot/nodes/:address", "none", ({ req }) => d.traffic.nodeTraffic(String(req.params.address)));
  route("get", "/v1/pot/status", "none", () => d.traffic.status());
  route("post", "/v1/pot/evidence/case", "meta", ({ body }) => d.evidence.decide(parseCase(body)));
  route("post", "/v1/pot/evidence/observe", "meta", ({ body }) => d.evidence.observe(parseCase(body)));
  route("post", "/v1/pot/evidence/sign", "meta", ({ body }) => d.evidence.sign(body));
  route("get", "/v1/pot/evidence", "none", () => ({ cases: d.evidence.list() }));

  route("post", "/v1/meta/replicate", "meta", ({ body }) => {
    const recs = body.records;
    if (!Array.isArray(recs) || recs.some((r: any) => typeof r?.key !== "string" || typeof r?.rec?.v !== "number" || typeof r?.rec?.w !== "string" || !("val" in r.rec))) {
      throw new ProtocolError(400, "bad_request", "records must be [{key, rec: {v, w, val}}]");
    }
    return { ok: true, changed: d.records.receive(recs) };
  });
  route("post", "/v1/meta/charge", "meta", ({ body }) => d.service.chargeForPeer(body));
  route("get", "/v1/meta/records", "meta", ({ req }) => {
    const prefix = String(req.query.prefix ?? "");
    if (!/^[a-z]\/[^/]+\//.test(prefix) && !/^[a-z]\/[^/]+$/.test(prefix)) throw new ProtocolError(400, "bad_request", "prefix must be <type>/<partition>[/…]");
    return { records: d.store.localRange(prefix) };
  });

  app.use((req: Request, res: Response) => sendError(res, new ProtocolError(404, "not_found", `no endpoint ${req.method} ${req.path}`), d.log, ""));
  // express' own errors (body too large, aborted request) as protocol errors
  app.use((err: any, req: Request, res: Response, _next: unknown) => {
    if (err?.type === "entity.too.large") return sendError(res, new ProtocolError(413, "too_large", `request bodies are limited to ${MAX_JSON_BODY} bytes`), d.log, "");
    return sendError(res, new ProtocolError(400, "bad_request", err?.message ?? "bad request"), d.log, `${req.method} ${req.path}`);
  });
  return app;
}

function sendError(res: Response, e: unknown, log: Logger, where: string): void {
  if (res.headersSent) return;
  if (e instanceof ProtocolError) {
    res.status(e.status).json(e.toBody());
    return;
  }
  if (e instanceof Unavailable) {
    res.status(503).json({ error: { code: "unavailable", message: e.message } });
    return;
  }
  log.error(`${where}: ${(e as Error)?.stack ?? e}`);
  res.status(500).json({ error: { code: "internal", message: `internal error: ${(e as Error)?.message ?? e}` } });
}

export function listen(app: express.Express, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const s = app.listen(port, host, (err?: Error) => (err ? reject(err) : resolve(s)));
    s.on("error", reject);
    s.keepAliveTimeout = 30_000;
    s.headersTimeout = 35_000;
    s.requestTimeout = 60_000;
  });
}
