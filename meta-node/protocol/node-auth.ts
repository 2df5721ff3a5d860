// Node request authentication (PROTOCOL.md "Node request authentication"). Every node→node and
// node→meta request carries sds-node, sds-pubkey, sds-time and sds-sig; the signature covers
//   METHOD \n PATH_WITH_QUERY \n TIME \n BODY_DIGEST
// where BODY_DIGEST is the hex SHA-256 of a JSON body (of "" when there is none) or
// `slice:<sliceHash>` for a streamed slice body, whose integrity is its slice hash.
import { createHash } from "node:crypto";
import { sdsAddressOfEd25519 } from "../../chain/keys/node-key.ts";
import { ProtocolError } from "./errors.ts";
import { verifyEd25519, type NodeIdentity } from "./node-key.ts";

export const HEADER_NODE = "sds-node";
export const HEADER_PUBKEY = "sds-pubkey";
export const HEADER_TIME = "sds-time";
export const HEADER_SIG = "sds-sig";
/** Allowed |now − sds-time|. */
export const MAX_CLOCK_SKEW_MS = 60_000;

const EMPTY_SHA256 = createHash("sha256").digest("hex");

/** BODY_DIGEST of a JSON (or any buffered) body; of an absent body when `body` is undefined or empty. */
export function jsonBodyDigest(body?: Uint8Array | string): string {
  if (body === undefined || body.length === 0) return EMPTY_SHA256;
  return createHash("sha256").update(body).digest("hex");
}

/** BODY_DIGEST of a streamed slice body. */
export function sliceBodyDigest(sliceHash: string): string {
  return `slice:${sliceHash}`;
}

export function signingString(method: string, pathWithQuery: string, time: number, bodyDigest: string): string {
  return `${method.toUpperCase()}\n${pathWithQuery}\n${time}\n${bodyDigest}`;
}

/** The four auth headers for one request. */
export function signRequest(
  identity: NodeIdentity,
  method: string,
  pathWithQuery: string,
  bodyDigest: string,
  now: number = Date.now(),
): Record<string, string> {
  const time = Math.floor(now);
  const sig = identity.sign(Buffer.from(signingString(method, pathWithQuery, time, bodyDigest), "utf8"));
  return {
    [HEADER_NODE]: identity.address,
    [HEADER_PUBKEY]: identity.publicKeyBase64,
    [HEADER_TIME]: String(time),
    [HEADER_SIG]: Buffer.from(sig).toString("base64"),
  };
}

export interface AuthenticatedNode {
  /** stsds1… address of the sender. */
  address: string;
  publicKey: Uint8Array;
}

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? undefined : v; // a repeated auth header is refused as absent
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Check a request's auth headers (lower-case names, as node:http gives them). Throws a 401
 * ProtocolError saying what is wrong; returns the sender otherwise. Whether the sender may use the
 * endpoint (a registered node, a bonded meta node, …) is the caller's check.
 */
export function verifyRequest(
  headers: Headers,
  method: string,
  pathWithQuery: string,
  bodyDigest: string,
  now: number = Date.now(),
): AuthenticatedNode {
  const node = header(headers, HEADER_NODE);
  const pub = header(headers, HEADER_PUBKEY);
  const timeText = header(headers, HEADER_TIME);
  const sigText = header(headers, HEADER_SIG);
  if (!node || !pub || !timeText || !sigText) {
    const missing = [HEADER_NODE, HEADER_PUBKEY, HEADER_TIME, HEADER_SIG].filter((h) => !header(headers, h));
    throw new ProtocolError(401, "unauthenticated", `node authentication required: missing header(s) ${missing.join(", ")} (see PROTOCOL.md "Node request authentication")`);
  }
  if (!BASE64.test(pub)) throw new ProtocolError(401, "bad_signature", `${HEADER_PUBKEY} is not base64`);
  const publicKey = new Uint8Array(Buffer.from(pub, "base64"));
  if (publicKey.length !== 32) throw new ProtocolError(401, "bad_signature", `${HEADER_PUBKEY} must be a 32-byte ed25519 key, got ${publicKey.length} bytes`);
  const address = sdsAddressOfEd25519(publicKey);
  if (address !== node) throw new ProtocolError(401, "bad_signature", `${HEADER_NODE} ${node} is not the address of ${HEADER_PUBKEY} (${address})`);
  if (!/^\d{1,16}$/.test(timeText)) throw new ProtocolError(401, "bad_signature", `${HEADER_TIME} must be unix milliseconds`);
  const time = Number(timeText);
  if (Math.abs(now - time) > MAX_CLOCK_SKEW_MS) {
    throw new ProtocolError(401, "bad_signature", `${HEADER_TIME} ${time} is ${Math.round((now - time) / 1000)} s away from this node's clock (allowed ±${MAX_CLOCK_SKEW_MS / 1000} s): check the sender's clock`);
  }
  if (!BASE64.test(sigText)) throw new ProtocolError(401, "bad_signature", `${HEADER_SIG} is not base64`);
  const sig = new Uint8Array(Buffer.from(sigText, "base64"));
  const message = Buffer.from(signingString(method, pathWithQuery, time, bodyDigest), "utf8");
  if (!verifyEd25519(publicKey, message, sig)) {
    throw new ProtocolError(401, "bad_signature", `signature does not verify for ${method.toUpperCase()} ${pathWithQuery} (signed string: METHOD\\nPATH_WITH_QUERY\\nTIME\\nBODY_DIGEST)`);
  }
  return { address, publicKey };
}
