// Minimal CometBFT JSON-RPC client over node:http with keep-alive sockets. Deliberately not
// fetch() (the project's one client, chain/node/comet-rpc.ts): the load generator shares the
// machine's cores with the node it measures, and bench/rpc-clients.ts measured fetch at 5.2× the
// client CPU per request (502 µs vs 97 µs, broadcast_tx_sync + abci_query, concurrency 16, kvstore).
import { Agent, request } from "node:http";

export class RpcError extends Error {
  constructor(
    readonly method: string,
    message: string,
  ) {
    super(`${method}: ${message}`);
  }
}

export class JsonRpcClient {
  private readonly agent: Agent;
  private readonly host: string;
  private readonly port: number;
  private nextId = 1;

  constructor(
    readonly url: string,
    opts: { maxSockets?: number } = {},
  ) {
    const u = new URL(url);
    this.host = u.hostname;
    this.port = Number(u.port || 80);
    this.agent = new Agent({ keepAlive: true, maxSockets: opts.maxSockets ?? 8 });
  }

  call<T = any>(method: string, params: Record<string, unknown> = {}, timeoutMs = 30_000, signal?: AbortSignal): Promise<T> {
    const body = JSON.stringify({ jsonrpc: "2.0", id: this.nextId++, method, params });
    return new Promise<T>((resolve, reject) => {
      const req = request(
        {
          host: this.host,
          port: this.port,
          method: "POST",
          path: "/",
          agent: this.agent,
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
          timeout: timeoutMs,
          signal,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("error", (e) => reject(new RpcError(method, e.message)));
          res.on("end", () => {
            let parsed: any;
            try {
              parsed = JSON.parse(Buffer.concat(chunks).toString("utf8"));
            } catch {
              reject(new RpcError(method, `HTTP ${res.statusCode}: not JSON: ${Buffer.concat(chunks).toString("utf8").slice(0, 200)}`));
              return;
            }
            if (parsed.error) reject(new RpcError(method, JSON.stringify(parsed.error)));
            else resolve(parsed.result as T);
          });
        },
      );
      req.on("timeout", () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
      req.on("error", (e) => reject(e instanceof RpcError ? e : new RpcError(method, e.message)));
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
