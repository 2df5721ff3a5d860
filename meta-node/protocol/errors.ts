// The error shape of every non-2xx answer (PROTOCOL.md "Errors"):
//   {"error": {"code": "<word>", "message": "<what happened and what to do>"}}

export type ErrorCode =
  | "bad_request"
  | "bad_signature"
  | "unauthenticated"
  | "bad_permit"
  | "permit_expired"
  | "forbidden"
  | "not_found"
  | "too_large"
  | "hash_mismatch"
  | "corrupt"
  | "insufficient_ozone"
  | "conflict"
  | "unavailable"
  | "timeout"
  | "internal"
  | (string & {});

/** An error that maps to one HTTP answer. Thrown by the protocol helpers and by the daemons' handlers. */
export class ProtocolError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** Extra machine-readable fields for the error body (e.g. `missing` for insufficient_ozone). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ProtocolError";
  }

  toBody(): { error: { code: string; message: string } & Record<string, unknown> } {
    return { error: { ...(this.details ?? {}), code: this.code, message: this.message } };
  }
}

export const badRequest = (message: string) => new ProtocolError(400, "bad_request", message);
export const unauthenticated = (message: string) => new ProtocolError(401, "unauthenticated", message);
export const badSignature = (message: string) => new ProtocolError(401, "bad_signature", message);
export const forbidden = (message: string) => new ProtocolError(403, "forbidden", message);
export const notFound = (message: string) => new ProtocolError(404, "not_found", message);
export const tooLarge = (message: string) => new ProtocolError(413, "too_large", message);

/** Any thrown value → a ProtocolError (unknown errors become 500 internal with their message). */
export function asProtocolError(e: unknown): ProtocolError {
  if (e instanceof ProtocolError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new ProtocolError(500, "internal", message);
}

/**
 * Parse an error body received from a peer. Anything not in the protocol's shape still yields a
 * readable error (`http_<status>` with the start of the body).
 */
export function parseErrorBody(status: number, body: string): ProtocolError {
  try {
    const j = JSON.parse(body);
    const e = j?.error;
    if (e && typeof e.code === "string" && typeof e.message === "string") {
      const { code, message, ...rest } = e;
      return new ProtocolError(status, code, message, Object.keys(rest).length ? rest : undefined);
    }
  } catch {
    // not JSON
  }
  const text = body.length > 300 ? body.slice(0, 300) + "…" : body;
  return new ProtocolError(status, `http_${status}`, text || `HTTP ${status} with an empty body`);
}
