// ABCI query errors → gRPC status: the service table's one mapping (chain/api/services.ts's
// queryFailure), in grpc-js's terms.
import type { status } from "@grpc/grpc-js";
import { queryFailure } from "../services.ts";

export function grpcStatusOf(codespace: string, code: number, log: string): { code: status; message: string } {
  const e = queryFailure({ codespace, code, log });
  return { code: e.code as status, message: e.message };
}
