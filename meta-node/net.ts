// PROTOCOL.md on the meta node's side: request authentication (sds-* headers), canonical JSON,
// signed permits, JSON errors, and a signed HTTP client for node→node calls.
// (The resource-node engineer's meta-node/protocol/ implements the same contract for both daemons.)
import { ed25519 } from "@noble/curves/ed25519.js";
import { createHash, randomBytes } from "node:crypto";
import { keccak256, sha256 } from "../chain/crypto/hash.ts";
import { sdsAddressOfEd25519 } from "../chain/cli/register-commands.ts";

export const MAX_CLOCK_SKEW_MS = 60_000;

/** JSON with object keys sorted recursively and no whitespace. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== "object") {
    if (typeof v === "bigint") return JSON.stringify(v.toString());
    if (v === undefined) return "null";
    return JSON.stringify(v);
  }
  if (Array.isArray(v)) return "[" + v.map((x) => canonicalJson(x === undefined ? null : x)).join(",") + "]";
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
  return "{" + keys.map((k) => JSON.stringify(k) + ":" + canonicalJson(o[k])).join(",") + "}";
}

export const sha256Hex = (b: Uint8Array | string) => createHash("sha256").update(b).digest("hex");

/** The string a node signs for one request. */
export function requestSignBytes(method: string, pathWithQuery: string, time: number, bodyDigest: string): Uint8Array {
  return new TextEncoder().encode(`${method.toUpperCase()}\n${pathWithQuery}\n${time}\n${bodyDigest}`);
}

export interface NodeIdentity {
  address: string;
  secret: Uint8Array;
  pubkey: Uint8Array;
}

export function authHeaders(id: NodeIdentity, method: string, pathWithQuery: string, bodyDigest: string, now = Date.now()): Record<string, string> {
  const sig = ed25519.sign(requestSignBytes(method, pathWithQuery, now, bodyDigest), id.secret);
  return {
    "sds-node": id.address,
    "sds-pubkey": Buffer.from(id.pubkey).toString("base64"),
    "sds-time": String(now),
    "sds-sig": Buffer.from(sig).toString("base64"),
  };
}

export class ProtocolError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Checks the sds-* headers of a request; returns the sender's address and pubkey. */
export function verifyRequest(headers: Record<string, string | string[] | undefined>, method: string, pathWithQuery: string, bodyDigest: string, now = Date.now()): { address: string; pubkey: Uint8Array } {
  const h = (k: string) => {
    const v = headers[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const node = h("sds-node"), pub = h("sds-pubkey"), time = h("sds-time"), sig = h("sds-sig");
  if (!node || !pub || !time || !sig) throw new ProtocolError(401, "bad_signature", "node authentication required: sds-node, sds-pubkey, sds-time and sds-sig headers (PROTOCOL.md)");
  const pubkey = new Uint8Array(Buffer.from(pub, "base64"));
  if (pubkey.length !== 32) throw new ProtocolError(401, "bad_signature", "sds-pubkey must be a base64 32-byte ed25519 key");
  if (sdsAddressOfEd25519(pubkey) !== node) throw new ProtocolError(401, "bad_signature", `sds-node ${node} is not the address of sds-pubkey`);
  if (!/^\d+$/.test(time)) throw new ProtocolError(401, "bad_signature", "sds-time must be unix milliseconds");
  const t = Number(time);
  if (Math.abs(now - t) > MAX_CLOCK_SKEW_MS) throw new ProtocolError(401, "bad_signature", `sds-time is ${Math.round((t - now) / 1000)} s off this node's clock (more than 60 s)`);
  const s = new Uint8Array(Buffer.from(sig, "base64"));
  let ok = false;
  try {
    ok = s.length === 64 && ed25519.verify(s, requestSignBytes(method, pathWithQuery, t, bodyDigest), pubkey);
  } catch {
    ok = false;
  }
  if (!ok) throw new ProtocolError(401, "bad_signature", "sds-sig does not verify for this request");
  return { address: node, pubkey };
}

// ---- permits -------------------------------------------------------------------------------------

export interface PermitSlice {
  number: number;
  hash: string;
  size: number;
  nodes: string[];
}

export interface Permit {
  v: 1;
  kind: "upload" | "download" | "repair";
  id: string;
  meta: string;
  fileHash: string;
  fileSize: string;
  sliceSize: number;
  owner: string;
  payer: string;
  receiver?: string;
  slices: PermitSlice[];
  noz: string;
  issuedAt: number;
  expiresAt: number;
}

export interface SignedPermit {
  permit: Permit;
  sig: string;
}

export function signPermit(permit: Permit, secret: Uint8Array): SignedPermit {
  const digest = keccak256(new TextEncoder().encode(canonicalJson(permit)));
  return { permit, sig: Buffer.from(ed25519.sign(digest, secret)).toString("base64") };
}

export function verifyPermitSig(sp: SignedPermit, pubkey: Uint8Array): boolean {
  try {
    const digest = keccak256(new TextEncoder().encode(canonicalJson(sp.permit)));
    return ed25519.verify(new Uint8Array(Buffer.from(sp.sig, "base64")), digest, pubkey);
  } catch {
    return false;
  }
}

export const randomId = () => randomBytes(16).toString("hex");
/** A deterministic 16-byte id (hex) from its parts: retries of one action get the same id. */
export const derivedId = (...parts: string[]) => Buffer.from(sha256(new TextEncoder().encode(parts.join("\n")))).subarray(0, 16).toString("hex");

// ---- client --------------------------------------------------------------------------------------

export interface PeerAnswer<T = any> {
  status: number;
  body: T;
}

/** A node-authenticated JSON request to another node; network failures and timeouts throw. */
export async function signedJson<T = any>(id: NodeIdentity, baseUrl: string, method: "GET" | "POST", pathWithQuery: string, body: unknown, timeoutMs: number): Promise<PeerAnswer<T>> {
  const text = body === undefined ? "" : JSON.stringify(body);
  const headers: Record<string, string> = { ...authHeaders(id, method, pathWithQuery, sha256Hex(text)) };
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(baseUrl.replace(/\/$/, "") + pathWithQuery, { method, headers, body: body === undefined ? undefined : text, signal: AbortSignal.timeout(timeoutMs) });
  const raw = await res.text();
  let parsed: any = raw;
  try {
    parsed = raw ? JSON.parse(raw) : {};
  } catch {
    /* non-JSON answer: keep the text */
  }
  return { status: res.status, body: parsed };
}
