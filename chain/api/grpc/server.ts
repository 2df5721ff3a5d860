// The gRPC transport (what Go/Rust clients, grpcurl and explorers use on :9090): every method of
// the service table (chain/api/services.ts) — the app's query services with the same handler as
// abci_query (request and response bytes pass through untouched), cosmos.tx.v1beta1.Service and
// cosmos.base.tendermint.v1beta1.Service from the node backend — plus server reflection (v1 and
// v1alpha) built from the services' .proto files. It knows no module and no method.
import * as grpc from "@grpc/grpc-js";
import { ReflectionService } from "@grpc/reflection";
import type protobuf from "protobufjs";
import { ApiError, type MethodHandler } from "../services.ts";
import { loadServiceDescriptors } from "./descriptors.ts";

export const DEFAULT_GRPC_ADDRESS = "127.0.0.1:9090";
/** The SDK's header for the height a query is answered at (request and response). */
export const HEIGHT_HEADER = "x-cosmos-block-height";
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

export interface GrpcBackend {
  /** The service table's methods (path "/cosmos.bank.v1beta1.Query/Balance" and handler). */
  methods: readonly { path: string; call: MethodHandler }[];
  /** The service table's protobufjs root: reflection then describes exactly what is served. */
  root?: protobuf.Root;
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

export async function startGrpcServer(backend: GrpcBackend, address = DEFAULT_GRPC_ADDRESS): Promise<RunningGrpcServer> {
  const server = new grpc.Server({ "grpc.max_receive_message_length": MAX_MESSAGE_BYTES, "grpc.max_send_message_length": MAX_MESSAGE_BYTES });
  const methods = new Map<string, Unary>();

  for (const m of backend.methods) {
    methods.set(m.path, async (req, md) => {
      const height = heightOf(md);
      const out = await m.call(req, height > 0n ? { height } : {});
      return { value: out.value, height: out.height > 0n ? out.height : undefined };
    });
  }

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
            if (e instanceof GrpcError || e instanceof ApiError) return callback({ code: e.code, details: e.message });
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
  const descriptors = loadServiceDescriptors(serviceNames, backend.root, new Set(methods.keys()));
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
