// The REST (LCD) server: every method of the service table (chain/api/services.ts) at its
// google.api.http routes, request and response in the SDK gateway's proto3 JSON
// (chain/api/json.ts), errors as the gateway writes them ({code, message, details} with the HTTP
// status of the gRPC code), /openapi.json and a Swagger UI at /swagger from the same table.
import type { Server } from "node:http";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import express, { type NextFunction, type Request, type Response } from "express";
import protobuf from "protobufjs";
import { GatewayJson, scalar } from "../json.ts";
import { ApiError, GrpcCode, type ApiTable } from "../services.ts";
import { openApiDocument } from "./openapi.ts";
import { restRoutes, type RestRoute } from "./routes.ts";

export { restRoutes, type RestRoute };

const require = createRequire(import.meta.url);

/** grpc-gateway's HTTP status for a gRPC code. */
export function httpStatus(code: number): number {
  switch (code) {
    case GrpcCode.OK:
      return 200;
    case GrpcCode.Canceled:
      return 499;
    case GrpcCode.InvalidArgument:
    case GrpcCode.FailedPrecondition:
    case GrpcCode.OutOfRange:
      return 400;
    case GrpcCode.DeadlineExceeded:
      return 504;
    case GrpcCode.NotFound:
      return 404;
    case GrpcCode.AlreadyExists:
    case GrpcCode.Aborted:
      return 409;
    case GrpcCode.PermissionDenied:
      return 403;
    case GrpcCode.Unauthenticated:
      return 401;
    case GrpcCode.ResourceExhausted:
      return 429;
    case GrpcCode.Unimplemented:
      return 501;
    case GrpcCode.Unavailable:
      return 503;
    default:
      return 500;
  }
}

export interface RestServerOptions {
  /** Largest request body accepted (bytes); a bigger one is 413. Default 4 MiB (above max_tx_bytes). */
  bodyLimit?: number;
  /** Largest pagination.limit a listing may ask for; more is InvalidArgument. Default 1000. */
  maxPageLimit?: number;
  logger?: { error(m: string): void };
}

function sendError(res: Response, code: number, message: string) {
  res.status(httpStatus(code)).json({ code, message, details: [] });
}

function setPath(obj: Record<string, any>, path: string[], value: any) {
  let o = obj;
  for (const k of path.slice(0, -1)) o = o[k] ??= {};
  o[path[path.length - 1]] = value;
}

/** The field at a dotted path of a request type (undefined: no such field). */
function fieldAt(type: protobuf.Type, path: string[]): protobuf.Field | undefined {
  let t: protobuf.Type = type;
  for (let i = 0; i < path.length; i++) {
    const f = t.fields[path[i]] ?? t.fieldsArray.find((x) => protobuf.util.camelCase(x.name) === path[i]);
    if (!f) return undefined;
    f.resolve();
    if (i === path.length - 1) return f;
    if (!(f.resolvedType instanceof protobuf.Type) || f.repeated) return undefined;
    t = f.resolvedType;
  }
  return undefined;
}

export function createRestApp(table: ApiTable, opts: RestServerOptions = {}): express.Express {
  const json = new GatewayJson(table.root);
  const routes = restRoutes(table);
  const maxPageLimit = BigInt(opts.maxPageLimit ?? 1000);
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "simple");
  app.use(express.text({ type: () => true, limit: opts.bodyLimit ?? 4 * 1024 * 1024 }));

  app.get("/openapi.json", (_req, res) => {
    res.json(openApiDocument(table, routes));
  });
  const swaggerDir = dirname(require.resolve("swagger-ui-dist/package.json"));
  app.get(["/swagger", "/swagger/"], (_req, res) => {
    res.type("html").send(swaggerPage);
  });
  app.use("/swagger", express.static(swaggerDir, { index: false }));

  for (const r of routes) {
    app[r.verb](r.expressPath, async (req: Request, res: Response) => {
      try {
        const request = buildRequest(r, req, json);
        const limit = request.pagination?.limit;
        if (limit !== undefined && BigInt(limit.toString()) > maxPageLimit) {
          throw ApiError.invalidArgument(`pagination.limit ${limit} is above the maximum of ${maxPageLimit}`);
        }
        const type = r.method.requestType;
        const bytes = type.encode(type.fromObject(request)).finish();
        const heightHeader = req.get("x-cosmos-block-height");
        let height: bigint | undefined;
        if (heightHeader !== undefined) {
          if (!/^\d+$/.test(heightHeader)) throw ApiError.invalidArgument(`x-cosmos-block-height must be a non-negative integer, got ${JSON.stringify(heightHeader)}`);
          height = BigInt(heightHeader);
        }
        const out = await r.method.call(bytes, { height });
        if (out.height > 0n) res.set("x-cosmos-block-height", out.height.toString());
        res.json(json.encode(r.method.responseType, out.value));
      } catch (e) {
        if (e instanceof ApiError) return sendError(res, e.code, e.message);
        opts.logger?.error(`REST ${r.template}: ${(e as Error).stack ?? e}`);
        sendError(res, GrpcCode.Internal, `internal error: ${(e as Error).message}`);
      }
    });
  }

  app.use((_req: Request, res: Response) => sendError(res, GrpcCode.NotFound, "Not Found"));
  // Body parser failures (too large, bad encoding) and anything else thrown before a route.
  app.use((err: any, _req: Request, res: Response, _next: NextFunction) => {
    if (err?.type === "entity.too.large") return res.status(413).json({ code: GrpcCode.ResourceExhausted, message: `request body is larger than ${err.limit} bytes`, details: [] });
    if (typeof err?.status === "number" && err.status >= 400 && err.status < 500) return res.status(err.status).json({ code: GrpcCode.InvalidArgument, message: err.message, details: [] });
    opts.logger?.error(`REST: ${err?.stack ?? err}`);
    sendError(res, GrpcCode.Internal, "internal error");
  });
  return app;
}

function buildRequest(r: RestRoute, req: Request, json: GatewayJson): Record<string, any> {
  const type = r.method.requestType;
  let request: Record<string, any> = {};
  if (r.body === "*") {
    const text = typeof req.body === "string" ? req.body : "";
    let parsed: unknown;
    try {
      parsed = JSON.parse(text === "" ? "{}" : text);
    } catch (e) {
      throw ApiError.invalidArgument(`the body is not valid JSON: ${(e as Error).message}`);
    }
    request = json.decodeBody(type, parsed);
  } else {
    for (const [key, raw] of Object.entries(req.query)) {
      const path = key.split(".");
      const f = fieldAt(type, path);
      if (!f) continue; // grpc-gateway ignores parameters that name no field
      const values = (Array.isArray(raw) ? raw : [raw]) as unknown[];
      if (f.resolvedType instanceof protobuf.Type) throw ApiError.invalidArgument(`${key} is a message; set its fields (${key}.<field>)`);
      setPath(request, path.map((p, i) => (i === path.length - 1 ? f.name : p)), f.repeated ? values.map((v) => scalar(f, v, key)) : scalar(f, values[values.length - 1], key));
    }
  }
  r.pathParams.forEach((name, i) => {
    const path = name.split(".");
    const f = fieldAt(type, path);
    if (!f) throw new Error(`route ${r.template}: ${name} is no field of ${type.fullName}`);
    setPath(request, path, scalar(f, req.params[`p${i}`], name));
  });
  return request;
}

const swaggerPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Stratos chain REST API</title>
<link rel="stylesheet" href="/swagger/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/swagger/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });</script>
</body></html>
`;

/** Listens on "host:port" (or "tcp://host:port"); resolves with the server once bound. */
export function listenRest(app: express.Express, address: string): Promise<Server> {
  const m = /^(?:tcp:\/\/)?([^:]+):(\d+)$/.exec(address);
  if (!m) throw new Error(`REST address must be host:port, got ${JSON.stringify(address)}`);
  return new Promise((resolve, reject) => {
    const server = app.listen(Number(m[2]), m[1]);
    server.once("listening", () => resolve(server));
    server.once("error", reject);
  });
}
