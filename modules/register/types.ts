// Register records as the keeper uses them (bigint amounts, {seconds, nanos} times), their protobuf
// form (stratos.register.v1.*, what the store holds and queries return) and the proto3-JSON form
// genesis files use (snake_case, enum names, RFC3339 times, "<n>s" durations, Any as {"@type", key}).
import { sha256 } from "@noble/hashes/sha2.js";
import { fromBech32, SDS_PREFIX, toBech32 } from "../../chain/crypto/bech32.ts";
import { stratos } from "../../proto/client.ts";
import { registerErrors } from "./errors.ts";

const pb = stratos.register.v1;

export const BondStatus = { Unspecified: 0, Unbonded: 1, Unbonding: 2, Bonded: 3 } as const;
export type BondStatus = (typeof BondStatus)[keyof typeof BondStatus];
export const bondStatusNames = ["BOND_STATUS_UNSPECIFIED", "BOND_STATUS_UNBONDED", "BOND_STATUS_UNBONDING", "BOND_STATUS_BONDED"] as const;
/** How the SDK's stakingtypes.BondStatus.String() reads (used in event values). */
export const bondStatusText = (s: BondStatus): string => bondStatusNames[s];

export const ED25519_PUBKEY_TYPE = "/cosmos.crypto.ed25519.PubKey";

export interface Time {
  seconds: bigint;
  nanos: number;
}
export interface PubKeyAny {
  typeUrl: string;
  value: Uint8Array;
}
export interface Description {
  moniker: string;
  identity: string;
  website: string;
  securityContact: string;
  details: string;
}
export interface ResourceNode {
  networkAddress: string;
  pubkey: PubKeyAny;
  suspend: boolean;
  status: BondStatus;
  tokens: bigint;
  ownerAddress: string;
  description: Description;
  creationTime: Time;
  nodeType: number;
  effectiveTokens: bigint;
  beneficiaryAddress: string;
}
export interface MetaNode {
  networkAddress: string;
  pubkey: PubKeyAny;
  suspend: boolean;
  status: BondStatus;
  tokens: bigint;
  ownerAddress: string;
  description: Description;
  creationTime: Time;
  beneficiaryAddress: string;
  /** Our addition (README change #8): the node's BLS12-381 G1 public key (48 bytes) or empty. */
  blsPubKey: Uint8Array;
}
/** Registration pool (networkAddress = candidate) and kick pool (networkAddress = target). */
export interface VotePool {
  networkAddress: string;
  approveList: string[];
  rejectList: string[];
  expireTime: Time;
  isVotePassed: boolean;
}
export interface UnbondingEntry {
  creationHeight: bigint;
  completionTime: Time;
  initialBalance: bigint;
  balance: bigint;
}
export interface UnbondingNode {
  networkAddr: string;
  isMetaNode: boolean;
  entries: UnbondingEntry[];
}

// ---- addresses ------------------------------------------------------------------------------

/** Raw 20 bytes of an `stsds…` address; `what` names the field in the error. */
export function sdsAddressBytes(address: string, what = "network address"): Uint8Array {
  if (typeof address !== "string" || address.trim().length === 0) throw registerErrors.invalidNetworkAddr(`${what} is empty`);
  let d;
  try {
    d = fromBech32(address, SDS_PREFIX);
  } catch (e) {
    throw registerErrors.invalidNetworkAddr(`${what}: ${(e as Error).message}`);
  }
  if (d.data.length !== 20) throw registerErrors.invalidNetworkAddr(`${what} ${address}: ${d.data.length} bytes, expected 20`);
  return d.data;
}

export const sdsAddressFromBytes = (b: Uint8Array): string => toBech32(SDS_PREFIX, b);

/** The 32-byte ed25519 key inside an Any(/cosmos.crypto.ed25519.PubKey). */
export function ed25519KeyFromAny(any: PubKeyAny | null | undefined): Uint8Array {
  if (!any || !any.typeUrl) throw registerErrors.emptyPubKey("missing public key");
  if (any.typeUrl !== ED25519_PUBKEY_TYPE) throw registerErrors.unknownPubKey(`node pubkey must be ${ED25519_PUBKEY_TYPE}, got ${any.typeUrl}`);
  const v = any.value;
  // { bytes key = 1; } with a 32-byte key: 0x0a 0x20 key
  if (v.length !== 34 || v[0] !== 0x0a || v[1] !== 0x20) throw registerErrors.unknownPubKey("ed25519 public key must be 32 bytes");
  return v.subarray(2);
}

export function ed25519PubKeyAny(key: Uint8Array): PubKeyAny {
  return { typeUrl: ED25519_PUBKEY_TYPE, value: Uint8Array.from([0x0a, key.length, ...key]) };
}

/** SDS network address of an ed25519 P2P key: bech32 `stsds` of SHA-256(key)[0:20]. */
export function sdsAddressOfPubKey(any: PubKeyAny): string {
  return sdsAddressFromBytes(sha256(ed25519KeyFromAny(any)).subarray(0, 20));
}

// ---- times ----------------------------------------------------------------------------------

const NS = 1_000_000_000n;
export const timeToNs = (t: Time): bigint => t.seconds * NS + BigInt(t.nanos);
export const nsToTime = (ns: bigint): Time => {
  let s = ns / NS;
  let n = ns % NS;
  if (n < 0n) {
    n += NS;
    s -= 1n;
  }
  return { seconds: s, nanos: Number(n) };
};
export const cmpTime = (a: Time, b: Time): number => {
  const x = timeToNs(a);
  const y = timeToNs(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Go's time.RFC3339 (whole seconds, UTC): what stratos-chain puts in event values. */
export function formatRfc3339(t: Time): string {
  return new Date(Number(t.seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** proto3 JSON timestamp: RFC3339 with 0, 3, 6 or 9 fractional digits. */
export function timeToJson(t: Time): string {
  const base = formatRfc3339(t).slice(0, -1);
  if (t.nanos === 0) return base + "Z";
  let frac = t.nanos.toString().padStart(9, "0");
  if (frac.endsWith("000000")) frac = frac.slice(0, 3);
  else if (frac.endsWith("000")) frac = frac.slice(0, 6);
  return `${base}.${frac}Z`;
}

export function timeFromJson(s: unknown, what: string): Time {
  const m = typeof s === "string" ? /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|z|[+-]\d{2}:\d{2})$/.exec(s) : null;
  if (!m) throw new Error(`${what} must be an RFC3339 time such as "2024-01-01T00:00:00Z", got ${JSON.stringify(s)}`);
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  if (Number.isNaN(ms)) throw new Error(`${what}: invalid date ${JSON.stringify(s)}`);
  let seconds = BigInt(ms / 1000);
  if (m[8] !== "Z" && m[8] !== "z") {
    const sign = m[8][0] === "-" ? -1n : 1n;
    seconds -= sign * (BigInt(+m[8].slice(1, 3)) * 3600n + BigInt(+m[8].slice(4, 6)) * 60n);
  }
  return { seconds, nanos: Number((m[7] ?? "").padEnd(9, "0") || "0") };
}

/** proto3 JSON duration ("1209600s", "1.5s") → nanoseconds. */
export function durationFromJson(s: unknown, what: string): bigint {
  const m = typeof s === "string" ? /^(-?)(\d+)(?:\.(\d{1,9}))?s$/.exec(s) : null;
  if (!m) throw new Error(`${what} must be a duration such as "1209600s", got ${JSON.stringify(s)}`);
  const ns = BigInt(m[2]) * NS + BigInt((m[3] ?? "").padEnd(9, "0") || "0");
  return m[1] === "-" ? -ns : ns;
}

export function durationToJson(ns: bigint): string {
  const neg = ns < 0n;
  const a = neg ? -ns : ns;
  const frac = a % NS;
  const f = frac === 0n ? "" : "." + frac.toString().padStart(9, "0").replace(/0+$/, "");
  return `${neg ? "-" : ""}${a / NS}${f}s`;
}

export const durationToProto = (ns: bigint) => {
  const t = nsToTime(ns);
  return { seconds: t.seconds, nanos: t.nanos };
};
export const durationFromProto = (d: { seconds?: any; nanos?: number | null } | null | undefined): bigint =>
  d ? longToBigInt(d.seconds) * NS + BigInt(d.nanos ?? 0) : 0n;

export function longToBigInt(x: unknown): bigint {
  if (x === null || x === undefined) return 0n;
  if (typeof x === "bigint") return x;
  if (typeof x === "number") return BigInt(x);
  return BigInt((x as { toString(): string }).toString());
}

export const timeToProto = (t: Time) => ({ seconds: t.seconds, nanos: t.nanos });
export const timeFromProto = (t: { seconds?: any; nanos?: number | null } | null | undefined): Time => ({
  seconds: longToBigInt(t?.seconds),
  nanos: t?.nanos ?? 0,
});

// ---- protobuf form ----------------------------------------------------------------------------

const descToProto = (d: Description) => ({
  moniker: d.moniker,
  identity: d.identity,
  website: d.website,
  securityContact: d.securityContact,
  details: d.details,
});
export const descFromProto = (d: stratos.register.v1.Description | null | undefined): Description => ({
  moniker: d?.moniker ?? "",
  identity: d?.identity ?? "",
  website: d?.website ?? "",
  securityContact: d?.securityContact ?? "",
  details: d?.details ?? "",
});
const anyFromProto = (a: { typeUrl?: string | null; value?: Uint8Array | null } | null | undefined): PubKeyAny => ({
  typeUrl: a?.typeUrl ?? "",
  value: Uint8Array.from(a?.value ?? []),
});

export function resourceNodeToProto(n: ResourceNode): stratos.register.v1.ResourceNode {
  return pb.ResourceNode.create({
    networkAddress: n.networkAddress,
    pubkey: { typeUrl: n.pubkey.typeUrl, value: n.pubkey.value },
    suspend: n.suspend,
    status: n.status,
    tokens: n.tokens.toString(),
    ownerAddress: n.ownerAddress,
    description: descToProto(n.description),
    creationTime: timeToProto(n.creationTime),
    nodeType: n.nodeType,
    effectiveTokens: n.effectiveTokens.toString(),
    beneficiaryAddress: n.beneficiaryAddress,
  });
}
export function resourceNodeFromProto(p: stratos.register.v1.ResourceNode): ResourceNode {
  return {
    networkAddress: p.networkAddress,
    pubkey: anyFromProto(p.pubkey),
    suspend: p.suspend,
    status: p.status as BondStatus,
    tokens: BigInt(p.tokens || "0"),
    ownerAddress: p.ownerAddress,
    description: descFromProto(p.description),
    creationTime: timeFromProto(p.creationTime),
    nodeType: p.nodeType,
    effectiveTokens: BigInt(p.effectiveTokens || "0"),
    beneficiaryAddress: p.beneficiaryAddress,
  };
}
export function metaNodeToProto(n: MetaNode): stratos.register.v1.MetaNode {
  return pb.MetaNode.create({
    networkAddress: n.networkAddress,
    pubkey: { typeUrl: n.pubkey.typeUrl, value: n.pubkey.value },
    suspend: n.suspend,
    status: n.status,
    tokens: n.tokens.toString(),
    ownerAddress: n.ownerAddress,
    description: descToProto(n.description),
    creationTime: timeToProto(n.creationTime),
    beneficiaryAddress: n.beneficiaryAddress,
    blsPubKey: n.blsPubKey,
  });
}
export function metaNodeFromProto(p: stratos.register.v1.MetaNode): MetaNode {
  return {
    networkAddress: p.networkAddress,
    pubkey: anyFromProto(p.pubkey),
    suspend: p.suspend,
    status: p.status as BondStatus,
    tokens: BigInt(p.tokens || "0"),
    ownerAddress: p.ownerAddress,
    description: descFromProto(p.description),
    creationTime: timeFromProto(p.creationTime),
    beneficiaryAddress: p.beneficiaryAddress,
    blsPubKey: Uint8Array.from(p.blsPubKey ?? []),
  };
}
export const encodeResourceNode = (n: ResourceNode) => pb.ResourceNode.encode(resourceNodeToProto(n)).finish();
export const decodeResourceNode = (b: Uint8Array) => resourceNodeFromProto(pb.ResourceNode.decode(b));
export const encodeMetaNode = (n: MetaNode) => pb.MetaNode.encode(metaNodeToProto(n)).finish();
export const decodeMetaNode = (b: Uint8Array) => metaNodeFromProto(pb.MetaNode.decode(b));

export function encodeRegPool(p: VotePool): Uint8Array {
  return pb.MetaNodeRegistrationVotePool.encode({
    networkAddress: p.networkAddress,
    approveList: p.approveList,
    rejectList: p.rejectList,
    expireTime: timeToProto(p.expireTime),
    isVotePassed: p.isVotePassed,
  }).finish();
}
export function decodeRegPool(b: Uint8Array): VotePool {
  const p = pb.MetaNodeRegistrationVotePool.decode(b);
  return { networkAddress: p.networkAddress, approveList: [...p.approveList], rejectList: [...p.rejectList], expireTime: timeFromProto(p.expireTime), isVotePassed: p.isVotePassed };
}
export function encodeKickPool(p: VotePool): Uint8Array {
  return pb.KickMetaNodeVotePool.encode({
    targetNetworkAddress: p.networkAddress,
    approveList: p.approveList,
    rejectList: p.rejectList,
    expireTime: timeToProto(p.expireTime),
    isVotePassed: p.isVotePassed,
  }).finish();
}
export function decodeKickPool(b: Uint8Array): VotePool {
  const p = pb.KickMetaNodeVotePool.decode(b);
  return { networkAddress: p.targetNetworkAddress, approveList: [...p.approveList], rejectList: [...p.rejectList], expireTime: timeFromProto(p.expireTime), isVotePassed: p.isVotePassed };
}
export function encodeUnbondingNode(u: UnbondingNode): Uint8Array {
  return pb.UnbondingNode.encode({
    networkAddr: u.networkAddr,
    isMetaNode: u.isMetaNode,
    entries: u.entries.map((e) => ({
      creationHeight: e.creationHeight,
      completionTime: timeToProto(e.completionTime),
      initialBalance: e.initialBalance.toString(),
      balance: e.balance.toString(),
    })),
  }).finish();
}
export function decodeUnbondingNode(b: Uint8Array): UnbondingNode {
  const u = pb.UnbondingNode.decode(b);
  return {
    networkAddr: u.networkAddr,
    isMetaNode: u.isMetaNode,
    entries: u.entries.map((e) => ({
      creationHeight: longToBigInt(e.creationHeight),
      completionTime: timeFromProto(e.completionTime),
      initialBalance: BigInt(e.initialBalance || "0"),
      balance: BigInt(e.balance || "0"),
    })),
  };
}

// ---- proto3 JSON form (genesis) ---------------------------------------------------------------

function str(j: any, k: string, what: string, def?: string): string {
  const v = j?.[k] ?? def;
  if (typeof v !== "string") throw new Error(`${what}.${k} must be a string, got ${JSON.stringify(v)}`);
  return v;
}
function bool(j: any, k: string, what: string): boolean {
  const v = j?.[k] ?? false;
  if (typeof v !== "boolean") throw new Error(`${what}.${k} must be a boolean, got ${JSON.stringify(v)}`);
  return v;
}
export function intFromJson(v: unknown, what: string, def = "0"): bigint {
  const s = v === undefined || v === null ? def : v;
  if ((typeof s !== "string" && typeof s !== "number") || !/^\d+$/.test(String(s))) {
    throw new Error(`${what} must be a non-negative integer string, got ${JSON.stringify(v)}`);
  }
  return BigInt(s);
}
function statusFromJson(v: unknown, what: string): BondStatus {
  const i = typeof v === "number" ? v : bondStatusNames.indexOf(v as any);
  if (!(i === 1 || i === 2 || i === 3)) throw new Error(`${what}.status must be BOND_STATUS_BONDED, BOND_STATUS_UNBONDING or BOND_STATUS_UNBONDED, got ${JSON.stringify(v)}`);
  return i as BondStatus;
}
function pubkeyFromJson(j: any, what: string): PubKeyAny {
  if (typeof j?.["@type"] !== "string" || typeof j?.key !== "string") {
    throw new Error(`${what}.pubkey must be {"@type": "${ED25519_PUBKEY_TYPE}", "key": base64}, got ${JSON.stringify(j)}`);
  }
  if (j["@type"] !== ED25519_PUBKEY_TYPE) throw new Error(`${what}.pubkey: type must be ${ED25519_PUBKEY_TYPE}, got ${j["@type"]}`);
  const key = Buffer.from(j.key, "base64");
  if (key.length !== 32) throw new Error(`${what}.pubkey: ed25519 key must be 32 bytes, got ${key.length}`);
  return ed25519PubKeyAny(new Uint8Array(key));
}
const pubkeyToJson = (p: PubKeyAny) => ({ "@type": p.typeUrl, key: Buffer.from(ed25519KeyFromAny(p)).toString("base64") });
function descFromJson(j: any, what: string): Description {
  return {
    moniker: str(j, "moniker", `${what}.description`, ""),
    identity: str(j, "identity", `${what}.description`, ""),
    website: str(j, "website", `${what}.description`, ""),
    securityContact: str(j, "security_contact", `${what}.description`, ""),
    details: str(j, "details", `${what}.description`, ""),
  };
}
const descToJson = (d: Description) => ({ moniker: d.moniker, identity: d.identity, website: d.website, security_contact: d.securityContact, details: d.details });

export function resourceNodeFromJson(j: any, what: string): ResourceNode {
  const nodeType = j?.node_type ?? 0;
  if (typeof nodeType !== "number" || !Number.isInteger(nodeType)) throw new Error(`${what}.node_type must be an integer, got ${JSON.stringify(nodeType)}`);
  return {
    networkAddress: str(j, "network_address", what),
    pubkey: pubkeyFromJson(j?.pubkey, what),
    suspend: bool(j, "suspend", what),
    status: statusFromJson(j?.status, what),
    tokens: intFromJson(j?.tokens, `${what}.tokens`),
    ownerAddress: str(j, "owner_address", what),
    description: descFromJson(j?.description, what),
    creationTime: j?.creation_time === undefined || j?.creation_time === null ? { seconds: 0n, nanos: 0 } : timeFromJson(j.creation_time, `${what}.creation_time`),
    nodeType,
    effectiveTokens: intFromJson(j?.effective_tokens, `${what}.effective_tokens`),
    beneficiaryAddress: str(j, "beneficiary_address", what, ""),
  };
}
export const resourceNodeToJson = (n: ResourceNode) => ({
  network_address: n.networkAddress,
  pubkey: pubkeyToJson(n.pubkey),
  suspend: n.suspend,
  status: bondStatusNames[n.status],
  tokens: n.tokens.toString(),
  owner_address: n.ownerAddress,
  description: descToJson(n.description),
  creation_time: timeToJson(n.creationTime),
  node_type: n.nodeType,
  effective_tokens: n.effectiveTokens.toString(),
  beneficiary_address: n.beneficiaryAddress,
});
export function metaNodeFromJson(j: any, what: string): MetaNode {
  const bls = j?.bls_pub_key ?? "";
  if (typeof bls !== "string") throw new Error(`${what}.bls_pub_key must be base64, got ${JSON.stringify(bls)}`);
  return {
    networkAddress: str(j, "network_address", what),
    pubkey: pubkeyFromJson(j?.pubkey, what),
    suspend: bool(j, "suspend", what),
    status: statusFromJson(j?.status, what),
    tokens: intFromJson(j?.tokens, `${what}.tokens`),
    ownerAddress: str(j, "owner_address", what),
    description: descFromJson(j?.description, what),
    creationTime: j?.creation_time === undefined || j?.creation_time === null ? { seconds: 0n, nanos: 0 } : timeFromJson(j.creation_time, `${what}.creation_time`),
    beneficiaryAddress: str(j, "beneficiary_address", what, ""),
    blsPubKey: new Uint8Array(Buffer.from(bls, "base64")),
  };
}
export const metaNodeToJson = (n: MetaNode) => ({
  network_address: n.networkAddress,
  pubkey: pubkeyToJson(n.pubkey),
  suspend: n.suspend,
  status: bondStatusNames[n.status],
  tokens: n.tokens.toString(),
  owner_address: n.ownerAddress,
  description: descToJson(n.description),
  creation_time: timeToJson(n.creationTime),
  beneficiary_address: n.beneficiaryAddress,
  bls_pub_key: Buffer.from(n.blsPubKey).toString("base64"),
});
export function votePoolFromJson(j: any, addrKey: "network_address" | "target_network_address", what: string): VotePool {
  const list = (k: string): string[] => {
    const v = j?.[k] ?? [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw new Error(`${what}.${k} must be a list of addresses`);
    return v;
  };
  return {
    networkAddress: str(j, addrKey, what),
    approveList: list("approve_list"),
    rejectList: list("reject_list"),
    expireTime: timeFromJson(j?.expire_time, `${what}.expire_time`),
    isVotePassed: bool(j, "is_vote_passed", what),
  };
}
export const votePoolToJson = (p: VotePool, addrKey: "network_address" | "target_network_address") => ({
  [addrKey]: p.networkAddress,
  approve_list: p.approveList,
  reject_list: p.rejectList,
  expire_time: timeToJson(p.expireTime),
  is_vote_passed: p.isVotePassed,
});
export function unbondingNodeFromJson(j: any, what: string): UnbondingNode {
  const entries = j?.entries ?? [];
  if (!Array.isArray(entries)) throw new Error(`${what}.entries must be a list`);
  return {
    networkAddr: str(j, "network_addr", what),
    isMetaNode: bool(j, "is_meta_node", what),
    entries: entries.map((e: any, i: number) => ({
      creationHeight: intFromJson(e?.creation_height, `${what}.entries[${i}].creation_height`),
      completionTime: timeFromJson(e?.completion_time, `${what}.entries[${i}].completion_time`),
      initialBalance: intFromJson(e?.initial_balance, `${what}.entries[${i}].initial_balance`),
      balance: intFromJson(e?.balance, `${what}.entries[${i}].balance`),
    })),
  };
}
export const unbondingNodeToJson = (u: UnbondingNode) => ({
  network_addr: u.networkAddr,
  is_meta_node: u.isMetaNode,
  entries: u.entries.map((e) => ({
    creation_height: e.creationHeight.toString(),
    completion_time: timeToJson(e.completionTime),
    initial_balance: e.initialBalance.toString(),
    balance: e.balance.toString(),
  })),
});
