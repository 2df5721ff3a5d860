// The gRPC transport (what Go/Rust clients, grpcurl and explorers use on :9090): every query
// service method the app answers over abci_query, served with the same handler (request and
// response bytes pass through untouched), plus cosmos.tx.v1beta1.Service's BroadcastTx and
// GetTxsEvent over the node's CometBFT RPC, and server reflection (v1 and v1alpha) built from the
// services' .proto files. It knows no module: the methods come from the app's query router.
import * as grpc from "@grpc/grpc-js";
import { ReflectionService } from "@grpc/reflection";
import { TxResponse } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import {
  BroadcastMode,
  BroadcastTxRequest,
  BroadcastTxResponse,
  GetTxRequest,
  GetTxResponse,
  GetTxsEventRequest,
  GetTxsEventResponse,
  OrderBy,
} from "cosmjs-types/cosmos/tx/v1beta1/service";
import type * as abci from "cosmjs-types/tendermint/abci/types";
import { loadServiceDescriptors } from "./descriptors.ts";
import { grpcStatusOf } from "./status.ts";

export const DEFAULT_GRPC_ADDRESS = "127.0.0.1:9090";
/** The SDK's header for the height a query is answered at (request and response). */
export const HEIGHT_HEADER = "x-cosmos-block-height";
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;
const MAX_EVENT_QUERY_LIMIT = 100n;

export interface GrpcBackend {
  /** gRPC method paths ("/cosmos.bank.v1beta1.Query/Balance") the app's query router answers. */
  queryPaths: readonly string[];
  /** The app's abci_query (synchronous, in-process). */
  query(req: abci.RequestQuery): abci.ResponseQuery;
  /** The node's CometBFT JSON-RPC (chain/node/comet-rpc.ts's CometRpc), for broadcasts and tx search. */
  comet: { call(method: string, params?: Record<string, unknown>): Promise<any> };
  log?: { info(m: string): void; error(m: string): void };
}

export interface RunningGrpcServer {
  port: number;
  address: string;
  /** Fully qualified service names served (as reflection lists them, reflection itself aside). */
  services: string[];
  close(): Promise<void>;
}

type Unary = (req: Buffer, md: grpc.Metadata) => Promise<{ value: Uint8Array; height?: bigint }>;

class GrpcError extends Error {
  constructor(
    readonly code: grpc.status,
    message: string,
  ) {
    super(message);
  }
}

const identity = (b: Buffer) => b;

function heightOf(md: grpc.Metadata): bigint {
  const v = md.get(HEIGHT_HEADER)[0];
  if (v === undefined) return 0n;
  const s = String(v);
  if (!/^\d{1,19}$/.test(s)) throw new GrpcError(grpc.status.INVALID_ARGUMENT, `${HEIGHT_HEADER} must be a non-negative integer, got ${JSON.stringify(s)}`);
  return BigInt(s);
}

function decodeOr<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw new GrpcError(grpc.status.INVALID_ARGUMENT, `invalid ${what}: ${(e as Error).message}`);
  }
}

export async function startGrpcServer(backend: GrpcBackend, address = DEFAULT_GRPC_ADDRESS): Promise<RunningGrpcServer> {
  const server = new grpc.Server({ "grpc.max_receive_message_length": MAX_MESSAGE_BYTES, "grpc.max_send_message_length": MAX_MESSAGE_BYTES });
  const methods = new Map<string, Unary>();

  const abciQuery = (path: string, data: Uint8Array, height: bigint) => {
    const r = backend.query({ path, data, height, prove: false });
    if (r.code !== 0) {
      const s = grpcStatusOf(r.codespace, r.code, r.log);
      throw new GrpcError(s.code, s.message);
    }
    return { value: r.value, height: r.height };
  };
  for (const path of backend.queryPaths) methods.set(path, async (req, md) => abciQuery(path, req, heightOf(md)));

  methods.set("/cosmos.tx.v1beta1.Service/BroadcastTx", async (req) => {
    const r = decodeOr("BroadcastTxRequest", () => BroadcastTxRequest.decode(req));
    if (r.txBytes.length === 0) throw new GrpcError(grpc.status.INVALID_ARGUMENT, "invalid empty tx");
    const method =
      r.mode === BroadcastMode.BROADCAST_MODE_SYNC ? "broadcast_tx_sync" : r.mode === BroadcastMode.BROADCAST_MODE_ASYNC ? "broadcast_tx_async" : undefined;
    // SDK 0.47 removed block mode; clients broadcast sync and poll GetTx.
    if (!method) throw new GrpcError(grpc.status.INVALID_ARGUMENT, `unsupported broadcast mode ${BroadcastMode[r.mode] ?? r.mode}; use BROADCAST_MODE_SYNC or BROADCAST_MODE_ASYNC`);
    const res = await cometCall(backend, method, { tx: Buffer.from(r.txBytes).toString("base64") });
    const txResponse = TxResponse.fromPartial({ txhash: String(res.hash), code: Number(res.code ?? 0), codespace: res.codespace ?? "", rawLog: res.log ?? "", data: Buffer.from(res.data ?? "", "base64").toString("hex").toUpperCase() });
    return { value: BroadcastTxResponse.encode({ txResponse }).finish() };
  });

  methods.set("/cosmos.tx.v1beta1.Service/GetTxsEvent", async (req) => {
    const r = decodeOr("GetTxsEventRequest", () => GetTxsEventRequest.decode(req));
    // SDK 0.50 takes `query`; 0.47 clients send `events` (AND-ed).
    const query = r.query || r.events.join(" AND ");
    if (!query) throw new GrpcError(grpc.status.INVALID_ARGUMENT, "query (or events) must not be empty");
    if (r.query === "" && r.events.some((e) => !/^[\w.\-]+\s*(=|<|>|<=|>=|CONTAINS|EXISTS)/.test(e.trim()))) {
      throw new GrpcError(grpc.status.INVALID_ARGUMENT, `invalid event; event ${JSON.stringify(r.events.find((e) => !/^[\w.\-]+\s*(=|<|>|<=|>=|CONTAINS|EXISTS)/.test(e.trim())))} should be of the format: {eventType}.{eventAttribute}={value}`);
    }
    const limit = r.limit > 0n ? r.limit : 100n;
    const page = r.page > 0n ? r.page : 1n;
    if (limit > MAX_EVENT_QUERY_LIMIT) throw new GrpcError(grpc.status.INVALID_ARGUMENT, `limit must be at most ${MAX_EVENT_QUERY_LIMIT}, got ${limit}`);
    if (page > 1_000_000n) throw new GrpcError(grpc.status.INVALID_ARGUMENT, `page ${page} is out of range`);
    const res = await cometCall(backend, "tx_search", {
      query,
      page: page.toString(),
      per_page: limit.toString(),
      order_by: r.orderBy === OrderBy.ORDER_BY_DESC ? "desc" : "asc",
      prove: false,
    });
    const txs = [];
    const txResponses = [];
    for (const t of res.txs ?? []) {
      // Each hit through the same GetTx handler as the GetTx method (logs, timestamp, decoded tx).
      const got = GetTxResponse.decode(abciQuery("/cosmos.tx.v1beta1.Service/GetTx", GetTxRequest.encode({ hash: String(t.hash) }).finish(), 0n).value);
      if (got.tx) txs.push(got.tx);
      if (got.txResponse) txResponses.push(got.txResponse);
    }
    const total = BigInt(res.total_count ?? txResponses.length);
    return { value: GetTxsEventResponse.encode({ txs, txResponses, total, pagination: { nextKey: new Uint8Array(), total } }).finish() };
  });

  for (const [path, run] of methods) {
    server.register(
      path,
      (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => {
        run(call.request, call.metadata).then(
          ({ value, height }) => {
            if (height !== undefined) {
              // a response header, as the SDK's gRPC server sends it (the callback's metadata would be trailers)
              const md = new grpc.Metadata();
              md.set(HEIGHT_HEADER, height.toString());
              call.sendMetadata(md);
            }
            callback(null, Buffer.from(value));
          },
          (e: unknown) => {
            if (e instanceof GrpcError) return callback({ code: e.code, details: e.message });
            backend.log?.error(`gRPC ${path}: ${(e as Error)?.stack ?? e}`);
            callback({ code: grpc.status.INTERNAL, details: `internal error: ${(e as Error)?.message ?? e}` });
          },
        );
      },
      identity,
      identity,
      "unary",
    );
  }

  const serviceNames = [...new Set([...methods.keys()].map((p) => p.split("/")[1]))].sort();
  const descriptors = loadServiceDescriptors(serviceNames);
  new ReflectionService(descriptors.packageDefinition).addToServer(server);

  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(new Error(`gRPC server cannot listen on ${address}: ${err.message}`)) : resolve(p))),
  );
  backend.log?.info(`gRPC server listening on ${address} (${serviceNames.length} services${descriptors.missing.length ? `; no .proto for reflection of ${descriptors.missing.join(", ")}` : ""})`);
  return {
    port,
    address: address.replace(/:\d+$/, `:${port}`),
    services: serviceNames,
    close: () =>
      new Promise<void>((resolve) => {
        server.tryShutdown(() => resolve());
        // Do not wait for a stuck client forever.
        setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, 2000).unref();
      }),
  };
}

async function cometCall(backend: GrpcBackend, method: string, params: Record<string, unknown>): Promise<any> {
  try {
    return await backend.comet.call(method, params);
  } catch (e) {
    const m = (e as Error).message;
    // CometBFT's JSON-RPC errors are the caller's (bad query, tx in cache, mempool full); an
    // unreachable node is ours.
    if (/cannot reach the node/.test(m)) throw new GrpcError(grpc.status.UNAVAILABLE, m);
    throw new GrpcError(grpc.status.INVALID_ARGUMENT, m);
  }
}
