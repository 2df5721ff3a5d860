// ABCI query errors → gRPC status, as the SDK's gRPC server reports them: query handlers' own
// status errors ("rpc error: code = NotFound desc = …", what queryErrors writes) keep their code and
// description; other errors map by the SDK's registered gRPC code of (codespace, code).
import { status } from "@grpc/grpc-js";

const BY_NAME: Record<string, status> = {
  Canceled: status.CANCELLED,
  Unknown: status.UNKNOWN,
  InvalidArgument: status.INVALID_ARGUMENT,
  DeadlineExceeded: status.DEADLINE_EXCEEDED,
  NotFound: status.NOT_FOUND,
  AlreadyExists: status.ALREADY_EXISTS,
  PermissionDenied: status.PERMISSION_DENIED,
  ResourceExhausted: status.RESOURCE_EXHAUSTED,
  FailedPrecondition: status.FAILED_PRECONDITION,
  Aborted: status.ABORTED,
  OutOfRange: status.OUT_OF_RANGE,
  Unimplemented: status.UNIMPLEMENTED,
  Internal: status.INTERNAL,
  Unavailable: status.UNAVAILABLE,
  DataLoss: status.DATA_LOSS,
  Unauthenticated: status.UNAUTHENTICATED,
};

/** sdk codespace code → the gRPC code types/errors/errors.go registers it with. */
const SDK_CODES: Record<number, status> = {
  2: status.INVALID_ARGUMENT, // tx decode
  4: status.UNAUTHENTICATED,
  5: status.INVALID_ARGUMENT, // insufficient funds
  6: status.UNIMPLEMENTED, // unknown request
  7: status.INVALID_ARGUMENT,
  8: status.INVALID_ARGUMENT,
  9: status.NOT_FOUND, // unknown address
  10: status.INVALID_ARGUMENT,
  11: status.RESOURCE_EXHAUSTED, // out of gas
  13: status.INVALID_ARGUMENT,
  18: status.INVALID_ARGUMENT, // invalid request
  22: status.NOT_FOUND, // key not found
  26: status.INVALID_ARGUMENT, // invalid height
  29: status.INVALID_ARGUMENT,
  32: status.INVALID_ARGUMENT, // wrong sequence
  37: status.UNIMPLEMENTED, // not supported
  38: status.NOT_FOUND,
  41: status.INVALID_ARGUMENT,
};

export function grpcStatusOf(codespace: string, code: number, log: string): { code: status; message: string } {
  const m = /^rpc error: code = (\w+) desc = ([\s\S]*)$/.exec(log);
  if (m && m[1] in BY_NAME) return { code: BY_NAME[m[1]], message: m[2] };
  if (codespace === "sdk" && code in SDK_CODES) return { code: SDK_CODES[code], message: log };
  // A module's own error (codespace register/sds/pot/…): the request was refused, not the server broken.
  if (codespace !== "undefined" && codespace !== "") return { code: status.INVALID_ARGUMENT, message: `${log} (codespace ${codespace}, code ${code})` };
  return { code: status.UNKNOWN, message: log };
}
