// THE table of what the chain serves to clients: "service/method" (the gRPC path, e.g.
// "/cosmos.bank.v1beta1.Query/Balance") → its request/response descriptors, its google.api.http
// bindings and one handler over protobuf bytes. Every transport is built from it — REST
// (chain/api/rest/), gRPC, the OpenAPI document — so they answer from the same handlers as
// abci_query and cannot drift apart. The chain core's query router (chain/app/queries.ts, i.e.
// abci_query) and the node's CometBFT-backed services (chain/api/node-services.ts) are its backends.
import type protobuf from "protobufjs";
import { httpBindings, loadApiRoot, type HttpBinding } from "./descriptors.ts";

/** gRPC status codes (google.rpc.Code), which the SDK's gateway also puts in its error bodies. */
export const GrpcCode = {
  OK: 0,
  Canceled: 1,
  Unknown: 2,
  InvalidArgument: 3,
  DeadlineExceeded: 4,
  NotFound: 5,
  AlreadyExists: 6,
  PermissionDenied: 7,
  ResourceExhausted: 8,
  FailedPrecondition: 9,
  Aborted: 10,
  OutOfRange: 11,
  Unimplemented: 12,
  Internal: 13,
  Unavailable: 14,
  DataLoss: 15,
  Unauthenticated: 16,
} as const;
export type GrpcCodeName = keyof typeof GrpcCode;

/** A failed call: a gRPC status (REST maps it to an HTTP status as grpc-gateway does). */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
  static invalidArgument(message: string) {
    return new ApiError(GrpcCode.InvalidArgument, message);
  }
}

export interface CallOptions {
  /** Block height to query at (0 or absent: latest); the x-cosmos-block-height header/metadata. */
  height?: bigint;
}

export interface CallResult {
  value: Uint8Array;
  /** Height the answer was computed at (0 when not tied to a height, e.g. a broadcast). */
  height: bigint;
}

/** Handles one method over protobuf bytes; throws ApiError for a failed call. */
export type MethodHandler = (request: Uint8Array, opts: CallOptions) => Promise<CallResult>;

/** A source of handlers keyed by gRPC path. */
export interface ApiBackend {
  handler(path: string): MethodHandler | undefined;
}

export interface ApiMethod {
  /** "/cosmos.bank.v1beta1.Query/Balance" (the abci_query path, the gRPC method path). */
  readonly path: string;
  /** "cosmos.bank.v1beta1.Query" */
  readonly service: string;
  readonly method: string;
  readonly requestType: protobuf.Type;
  readonly responseType: protobuf.Type;
  readonly http: HttpBinding[];
  readonly call: MethodHandler;
}

/** What a proto service is: its full name and the .proto file that declares it. */
export interface ServiceSpec {
  service: string;
  file: string;
}

export interface ApiTable {
  readonly root: protobuf.Root;
  /** Served methods in service order, then declaration order. */
  readonly methods: ApiMethod[];
  /** Methods of the registered services that no backend answers (not served). */
  readonly unimplemented: string[];
  byPath(path: string): ApiMethod | undefined;
}

/**
 * The table for the given services (from chain/root/api.ts): each method a backend answers,
 * the first backend that has it winning. anyTypeFiles: .proto files of types that answers carry in
 * an Any (accounts, keys, messages), so JSON can expand them.
 */
export function buildApiTable(services: ServiceSpec[], backends: ApiBackend[], opts: { anyTypeFiles?: string[] } = {}): ApiTable {
  const root = loadApiRoot([...new Set([...services.map((s) => s.file), ...(opts.anyTypeFiles ?? [])])]);
  const methods: ApiMethod[] = [];
  const unimplemented: string[] = [];
  for (const spec of services) {
    const svc = root.lookupService(spec.service);
    for (const m of svc.methodsArray) {
      m.resolve();
      const path = `/${spec.service}/${m.name}`;
      const call = backends.map((b) => b.handler(path)).find((h) => h !== undefined);
      if (!call) {
        unimplemented.push(path);
        continue;
      }
      methods.push({
        path,
        service: spec.service,
        method: m.name,
        requestType: m.resolvedRequestType!,
        responseType: m.resolvedResponseType!,
        http: httpBindings(m),
        call,
      });
    }
  }
  const index = new Map(methods.map((m) => [m.path, m]));
  return { root, methods, unimplemented, byPath: (p) => index.get(p) };
}

/** The ABCI query result fields a backend needs (tendermint.abci.ResponseQuery). */
export interface QueryResult {
  code: number;
  codespace: string;
  log: string;
  value: Uint8Array;
  height: bigint;
}

/** The app's query router as a backend: exactly what abci_query runs, called in process. */
export function appQueryBackend(router: { paths: readonly string[]; handle(req: { path: string; data: Uint8Array; height: bigint; prove: boolean }): QueryResult }): ApiBackend {
  const known = new Set(router.paths);
  return {
    handler(path) {
      if (!known.has(path)) return undefined;
      return async (data, opts) => {
        const res = router.handle({ path, data, height: opts.height ?? 0n, prove: false });
        if (res.code !== 0) throw queryFailure(res);
        return { value: res.value, height: res.height };
      };
    },
  };
}

const grpcNames = new Map(Object.entries(GrpcCode));

/** sdk codespace code → the gRPC code the SDK's types/errors/errors.go registers it with. */
const SDK_CODES: Record<number, number> = {
  2: GrpcCode.InvalidArgument, // tx decode
  4: GrpcCode.Unauthenticated,
  5: GrpcCode.InvalidArgument, // insufficient funds
  6: GrpcCode.Unimplemented, // unknown request
  7: GrpcCode.InvalidArgument, // invalid address
  8: GrpcCode.InvalidArgument,
  9: GrpcCode.NotFound, // unknown address
  10: GrpcCode.InvalidArgument,
  11: GrpcCode.ResourceExhausted, // out of gas
  13: GrpcCode.InvalidArgument,
  18: GrpcCode.InvalidArgument, // invalid request
  22: GrpcCode.NotFound, // key not found
  26: GrpcCode.InvalidArgument, // invalid height
  29: GrpcCode.InvalidArgument,
  32: GrpcCode.InvalidArgument, // wrong sequence
  37: GrpcCode.Unimplemented, // not supported
  38: GrpcCode.NotFound,
  41: GrpcCode.InvalidArgument,
};

/**
 * An abci_query failure as a gRPC status, as the SDK's gRPC bridge reports it (one mapping for
 * REST and gRPC): a query handler's "rpc error: code = NotFound desc = …" keeps its code and
 * message; an sdk error maps by its registered gRPC code; a module's own error (a refused
 * request, e.g. a simulated tx that fails) is InvalidArgument; an unregistered one is Internal.
 */
export function queryFailure(res: Pick<QueryResult, "code" | "codespace" | "log">): ApiError {
  const m = /^rpc error: code = (\w+) desc = ([\s\S]*)$/.exec(res.log);
  if (m && grpcNames.has(m[1])) return new ApiError(grpcNames.get(m[1])!, m[2]);
  if (res.codespace === "undefined" || res.codespace === "") return new ApiError(GrpcCode.Internal, res.log);
  if (res.codespace === "sdk" && res.code in SDK_CODES) return new ApiError(SDK_CODES[res.code], res.log);
  return new ApiError(GrpcCode.InvalidArgument, res.log);
}
