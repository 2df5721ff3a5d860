// Meta-node permits (PROTOCOL.md "Permits"): a meta node authorises every storage action with a
// permit signed by its P2P key, sig = ed25519(keccak256(canonicalJson(permit))). This file builds,
// signs, encodes, parses and verifies them; which meta nodes count as signers (Bonded on chain) is the
// caller's lookup.
import { isValidFileHash } from "../../chain/crypto/cid.ts";
import { keccak256 } from "../../chain/crypto/hash.ts";
import { canonicalJson } from "./canonical-json.ts";
import { ProtocolError } from "./errors.ts";
import { verifyEd25519, type NodeIdentity } from "./node-key.ts";
import { sliceCount, sliceRange } from "./slices.ts";

/** audit: a meta node reads a suspected slice itself (slashing from evidence, PROTOCOL.md); it moves no ozone and earns no traffic. */
export type PermitKind = "upload" | "download" | "repair" | "audit";
export const PERMIT_KINDS: readonly PermitKind[] = ["upload", "download", "repair", "audit"];
export const PERMIT_HEADER = "sds-permit";
/** Servers accept an sds-permit header up to this size (node:http's maxHeaderSize must allow it). */
export const MAX_PERMIT_HEADER_BYTES = 1 << 20;

export interface PermitSlice {
  /** 1-based slice number. */
  number: number;
  /** Stratos slice hash (chain/crypto/cid.ts sliceHash). */
  hash: string;
  size: number;
  /** upload/repair: destinations; download: holders in preference order. */
  nodes: string[];
}

export interface Permit {
  v: 1;
  kind: PermitKind;
  /** hex of 16 random bytes; ozone is charged once per id. */
  id: string;
  /** stsds1… of the signing meta node. */
  meta: string;
  fileHash: string;
  /** decimal string */
  fileSize: string;
  sliceSize: number;
  owner: string;
  payer: string;
  /** download: the downloading wallet; repair: the destination node. */
  receiver?: string;
  slices: PermitSlice[];
  /** decimal string: ozone charged for this permit */
  noz: string;
  issuedAt: number;
  expiresAt: number;
}

export interface SignedPermit {
  permit: Permit;
  /** base64 ed25519 signature of keccak256(canonicalJson(permit)) */
  sig: string;
}

export function permitDigest(permit: Permit): Uint8Array {
  return keccak256(Buffer.from(canonicalJson(permit), "utf8"));
}

export function signPermit(permit: Permit, identity: NodeIdentity): SignedPermit {
  const p = parsePermit(permit); // never sign something a receiver would refuse
  if (p.meta !== identity.address) throw new Error(`permit.meta ${p.meta} is not the signer ${identity.address}`);
  return { permit: p, sig: Buffer.from(identity.sign(permitDigest(p))).toString("base64") };
}

/** base64url(JSON) of a SignedPermit, as it travels in the sds-permit header. */
export function encodePermitHeader(sp: SignedPermit): string {
  return Buffer.from(JSON.stringify(sp), "utf8").toString("base64url");
}

export function decodePermitHeader(value: string | string[] | undefined): SignedPermit {
  if (value === undefined) throw new ProtocolError(403, "forbidden", `a meta-node permit is required (header ${PERMIT_HEADER}); ask a meta node for one`);
  if (Array.isArray(value)) throw new ProtocolError(400, "bad_permit", `more than one ${PERMIT_HEADER} header`);
  if (value.length > MAX_PERMIT_HEADER_BYTES) throw new ProtocolError(400, "bad_permit", `${PERMIT_HEADER} is larger than ${MAX_PERMIT_HEADER_BYTES} bytes`);
  if (!/^[A-Za-z0-9_-]*$/.test(value)) throw new ProtocolError(400, "bad_permit", `${PERMIT_HEADER} is not base64url`);
  let j: unknown;
  try {
    j = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw new ProtocolError(400, "bad_permit", `${PERMIT_HEADER} is not base64url of JSON`);
  }
  return parseSignedPermit(j);
}

const HEX32 = /^[0-9a-f]{32}$/;
const DECIMAL = /^(0|[1-9][0-9]{0,29})$/;
const BECH32ISH = (prefix: string) => new RegExp(`^${prefix}1[02-9ac-hj-np-z]{38,90}$`);
const ACC = BECH32ISH("st");
const SDS = BECH32ISH("stsds");

function fail(what: string): never {
  throw new ProtocolError(400, "bad_permit", `malformed permit: ${what}`);
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isSafeNat = (x: unknown): x is number => typeof x === "number" && Number.isSafeInteger(x) && x >= 0;

export function parseSignedPermit(j: unknown): SignedPermit {
  if (!isObj(j)) fail("not an object {permit, sig}");
  if (typeof j.sig !== "string" || !/^[A-Za-z0-9+/]{86}==$/.test(j.sig)) fail("sig must be the base64 of a 64-byte ed25519 signature");
  return { permit: parsePermit(j.permit), sig: j.sig };
}

/**
 * Check a permit's shape and internal consistency (slices cover the file in order, sizes match the
 * layout, every field typed). Returns a copy holding only the known fields, so what is verified is
 * what is used. Throws 400 bad_permit naming the field.
 */
export function parsePermit(x: unknown): Permit {
  if (!isObj(x)) fail("permit is not an object");
  const known = new Set(["v", "kind", "id", "meta", "fileHash", "fileSize", "sliceSize", "owner", "payer", "receiver", "slices", "noz", "issuedAt", "expiresAt"]);
  for (const k of Object.keys(x)) if (!known.has(k)) fail(`unknown field ${JSON.stringify(k)}`);
  if (x.v !== 1) fail(`v must be 1, got ${JSON.stringify(x.v)}`);
  if (!PERMIT_KINDS.includes(x.kind as PermitKind)) fail(`kind must be one of ${PERMIT_KINDS.join(", ")}`);
  const kind = x.kind as PermitKind;
  if (typeof x.id !== "string" || !HEX32.test(x.id)) fail("id must be 32 lower-case hex characters");
  if (typeof x.meta !== "string" || !SDS.test(x.meta)) fail("meta must be an stsds1… address");
  if (typeof x.fileHash !== "string" || !isValidFileHash(x.fileHash)) fail("fileHash is not a valid Stratos file hash");
  if (typeof x.fileSize !== "string" || !DECIMAL.test(x.fileSize)) fail("fileSize must be a decimal string");
  const fileSize = Number(x.fileSize);
  if (!Number.isSafeInteger(fileSize)) fail("fileSize is too large");
  if (!isSafeNat(x.sliceSize) || x.sliceSize < 1) fail("sliceSize must be a positive integer");
  if (typeof x.owner !== "string" || !ACC.test(x.owner)) fail("owner must be an st1… address");
  if (typeof x.payer !== "string" || !ACC.test(x.payer)) fail("payer must be an st1… address");
  if (x.receiver !== undefined && (typeof x.receiver !== "string" || !(ACC.test(x.receiver) || SDS.test(x.receiver)))) fail("receiver must be an st1… or stsds1… address");
  if (kind === "repair" && (typeof x.receiver !== "string" || !SDS.test(x.receiver))) fail("a repair permit names its destination node as receiver");
  if (kind === "audit" && x.receiver !== x.meta) fail("an audit permit is for its signing meta node itself (receiver = meta)");
  if (typeof x.noz !== "string" || !DECIMAL.test(x.noz)) fail("noz must be a decimal string");
  if (!isSafeNat(x.issuedAt) || !isSafeNat(x.expiresAt)) fail("issuedAt and expiresAt must be unix milliseconds");
  if (x.expiresAt <= x.issuedAt) fail("expiresAt must be after issuedAt");
  if (!Array.isArray(x.slices)) fail("slices must be an array");
  const total = sliceCount(fileSize, x.sliceSize);
  const slices: PermitSlice[] = [];
  let prev = 0;
  for (const [i, s] of x.slices.entries()) {
    if (!isObj(s)) fail(`slices[${i}] is not an object`);
    for (const k of Object.keys(s)) if (!["number", "hash", "size", "nodes"].includes(k)) fail(`slices[${i}]: unknown field ${JSON.stringify(k)}`);
    if (!isSafeNat(s.number) || s.number < 1 || s.number > total) fail(`slices[${i}].number must be in 1..${total}`);
    if (s.number <= prev) fail(`slices must be in increasing order of number (slices[${i}].number ${s.number})`);
    prev = s.number;
    if (typeof s.hash !== "string" || !isValidFileHash(s.hash)) fail(`slices[${i}].hash is not a valid slice hash`);
    if (s.size !== sliceRange(s.number, fileSize, x.sliceSize).size) fail(`slices[${i}].size ${String(s.size)} does not match slice ${s.number} of a ${fileSize}-byte file in ${x.sliceSize}-byte slices`);
    if (!Array.isArray(s.nodes) || s.nodes.some((n) => typeof n !== "string" || !SDS.test(n))) fail(`slices[${i}].nodes must be stsds1… addresses`);
    if (new Set(s.nodes).size !== s.nodes.length) fail(`slices[${i}].nodes lists a node twice`);
    slices.push({ number: s.number, hash: s.hash, size: s.size, nodes: [...(s.nodes as string[])] });
  }
  // upload and download permits cover the whole file; repair and audit permits name the slices concerned.
  const partial = kind === "repair" || kind === "audit";
  if (!partial && slices.length !== total) fail(`an ${kind} permit lists all ${total} slices, got ${slices.length}`);
  if (partial && slices.length === 0) fail(`a ${kind} permit names at least one slice`);
  const p: Permit = {
    v: 1,
    kind,
    id: x.id,
    meta: x.meta,
    fileHash: x.fileHash,
    fileSize: x.fileSize,
    sliceSize: x.sliceSize,
    owner: x.owner,
    payer: x.payer,
    slices,
    noz: x.noz,
    issuedAt: x.issuedAt,
    expiresAt: x.expiresAt,
  };
  if (x.receiver !== undefined) p.receiver = x.receiver as string;
  return p;
}

export interface VerifyPermitOptions {
  /** The on-chain ed25519 pubkey of `address` if it is a Bonded, non-suspended meta node, else undefined. */
  metaPublicKey: (address: string) => Uint8Array | undefined;
  /** Kinds this endpoint accepts. */
  kinds: readonly PermitKind[];
  now?: number;
}

/**
 * Verify a signed permit: shape, signer is a bonded meta node, signature, expiry, kind. Throws a
 * ProtocolError (400 bad_permit, 401 bad_permit/permit_expired, 403 forbidden).
 */
export function verifyPermit(sp: SignedPermit | unknown, opts: VerifyPermitOptions): Permit {
  const { permit, sig } = parseSignedPermit(sp);
  const pub = opts.metaPublicKey(permit.meta);
  if (!pub) throw new ProtocolError(401, "bad_permit", `permit signer ${permit.meta} is not a bonded meta node on chain`);
  if (!verifyEd25519(pub, permitDigest(permit), new Uint8Array(Buffer.from(sig, "base64")))) {
    throw new ProtocolError(401, "bad_permit", `permit signature does not verify with ${permit.meta}'s on-chain key`);
  }
  const now = opts.now ?? Date.now();
  if (now >= permit.expiresAt) throw new ProtocolError(401, "permit_expired", `permit ${permit.id} expired ${Math.round((now - permit.expiresAt) / 1000)} s ago: ask a meta node for a new one`);
  if (!opts.kinds.includes(permit.kind)) throw new ProtocolError(403, "forbidden", `a ${permit.kind} permit does not authorise this request (needs ${opts.kinds.join(" or ")})`);
  return permit;
}

/** The permit's entry for slice `hash` (optionally with `number`) that lists `node`; 403 otherwise. */
export function permitSliceFor(permit: Permit, hash: string, node: string, number?: number): PermitSlice {
  const s = permit.slices.find((x) => x.hash === hash && (number === undefined || x.number === number));
  if (!s) throw new ProtocolError(403, "forbidden", `permit ${permit.id} does not cover slice ${hash}${number === undefined ? "" : ` #${number}`}`);
  if (!s.nodes.includes(node)) throw new ProtocolError(403, "forbidden", `permit ${permit.id} does not name node ${node} for slice #${s.number}`);
  return s;
}
