// The amino JSON engine the modules' converters are declared with (modules/<name>/amino.ts, like
// CosmJS's modules/bank/aminomessages.ts): field rules of go-amino JSON as stratos-chain (Cosmos SDK
// 0.47) signs it, i.e. sdk.MustSortJSON(ModuleCdc.MustMarshalJSON(msg)) of the gogoproto struct.
// So field names are the Go json tags (snake_case, "bls_signature" and "tx_data" included), and
// go-amino omits a field only when its json tag says omitempty, which stratos-chain's tags never do
// except MsgUpdateParams.authority and Coin.denom. Hence:
//   - strings, bools and numbers are always present ("" / false / 0);
//   - cosmos.Int is always a string ("0" when unset); cosmos.Dec is "d.dddddddddddddddddd";
//   - int64 and time.Duration (nanoseconds) are quoted decimal strings;
//   - Coins are always an array ([] when empty); a Coin is {"denom"?, "amount"};
//   - other empty repeated fields and empty bytes are null;
//   - the node pubkey Any is {"type": "tendermint/PubKeyEd25519", "value": base64(key)} or null.
// Our own additions (bls_pub_key, bls_pop) are omitted when empty so messages that don't use them
// sign exactly as upstream's.
import { fromBase64, toBase64 } from "@cosmjs/encoding";
import type { AminoConverter } from "@cosmjs/stargate";
import type { Coin } from "./gen/cosmos/base/v1beta1/coin.ts";
import { PubKey as Ed25519PubKey } from "./gen/cosmos/crypto/ed25519/keys.ts";
import type { Any } from "./gen/google/protobuf/any.ts";
import type { Duration } from "./gen/google/protobuf/duration.ts";

// ---------------------------------------------------------------------------------------------
// Node public keys (google.protobuf.Any) ↔ amino JSON

/** Proto type URL ↔ legacy amino name of the single-key pubkeys (all are `message PubKey { bytes key = 1; }`). */
export const pubkeyAminoNames: Readonly<Record<string, string>> = {
  "/cosmos.crypto.ed25519.PubKey": "tendermint/PubKeyEd25519",
  "/cosmos.crypto.secp256k1.PubKey": "tendermint/PubKeySecp256k1",
  "/stratos.crypto.v1.ethsecp256k1.PubKey": "stratos/PubKeyEthSecp256k1",
};
const pubkeyTypeUrls: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(pubkeyAminoNames).map(([u, n]) => [n, u]));

export interface AminoPubkey {
  type: string;
  value: string;
}

/** The Any of a 32-byte ed25519 node key (the pubkey of MsgCreateResourceNode / MsgCreateMetaNode). */
export function ed25519PubkeyAny(key: Uint8Array): Any {
  if (key.length !== 32) throw new Error(`ed25519 public key must be 32 bytes, got ${key.length}`);
  return { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key }).finish() };
}

/** go-amino JSON of a pubkey Any (what codec/types.Any's AminoJSONPacker writes). */
export function pubkeyToAmino(any: Any | null | undefined): AminoPubkey | null {
  if (any == null) return null;
  const typeUrl = any.typeUrl ?? "";
  const name = pubkeyAminoNames[typeUrl];
  if (!name) throw new Error(`pubkey type ${JSON.stringify(typeUrl)} has no amino JSON form here`);
  const { key } = Ed25519PubKey.decode(any.value ?? new Uint8Array());
  return { type: name, value: toBase64(key) };
}

export function pubkeyFromAmino(p: AminoPubkey | null | undefined): Any | undefined {
  if (p == null) return undefined;
  const typeUrl = pubkeyTypeUrls[p.type];
  if (!typeUrl) throw new Error(`amino pubkey type ${JSON.stringify(p.type)} is not supported`);
  return { typeUrl, value: Ed25519PubKey.encode({ key: fromBase64(p.value) }).finish() };
}

// ---------------------------------------------------------------------------------------------
// Field rules

export type Kind =
  | "string" // always present
  | "bool" // always present
  | "uint32" // JSON number, always present
  | "int64" // quoted decimal, always present
  | "int" // cosmos.Int: decimal string, "0" when unset
  | "dec" // cosmos.Dec: wire "value x 10^18" ↔ amino "d.dddddddddddddddddd"
  | "bytes" // base64, null when empty
  | "bytesList" // [base64...], null when empty
  | "strings" // [string...], null when empty
  | "coin" // non-nullable Coin
  | "coins" // sdk.Coins: [] when empty
  | "duration" // non-nullable time.Duration: quoted nanoseconds
  | "pubkey" // nullable Any
  | { msg: Spec } // non-nullable embedded message
  | { msgs: Spec }; // repeated message, null when empty

export interface Field {
  /** field name of the generated message (camelCase) */
  key: string;
  /** amino JSON name (Go json tag) */
  json: string;
  kind: Kind;
  /** json tag has ",omitempty": dropped when the value is empty */
  omitEmpty?: boolean;
}
export type Spec = readonly Field[];

export const f = (key: string, json: string, kind: Kind, omitEmpty = false): Field => ({ key, json, kind, omitEmpty });

const DEC_PRECISION = 18;
const DEC_ONE = 10n ** 18n;

function intToAmino(v: unknown, what: string): string {
  const s = v == null ? "" : String(v);
  if (s === "") return "0";
  if (!/^-?\d+$/.test(s)) throw new Error(`${what}: invalid integer ${JSON.stringify(s)}`);
  return BigInt(s).toString();
}

function decToAmino(v: unknown, what: string): string {
  const raw = BigInt(intToAmino(v, what));
  const neg = raw < 0n;
  const abs = neg ? -raw : raw;
  return `${neg ? "-" : ""}${abs / DEC_ONE}.${(abs % DEC_ONE).toString().padStart(DEC_PRECISION, "0")}`;
}

function decFromAmino(v: unknown, what: string): string {
  const s = v == null ? "" : String(v);
  const m = /^(-?)(\d+)(?:\.(\d{1,18}))?$/.exec(s);
  if (!m) throw new Error(`${what}: invalid decimal ${JSON.stringify(s)}`);
  const raw = BigInt(m[2]!) * DEC_ONE + BigInt((m[3] ?? "").padEnd(DEC_PRECISION, "0"));
  return (m[1] === "-" ? -raw : raw).toString();
}

function durationToAmino(d: any): string {
  const seconds = BigInt(d?.seconds == null ? 0 : String(d.seconds));
  const nanos = BigInt(d?.nanos ?? 0);
  return (seconds * 1_000_000_000n + nanos).toString();
}

function durationFromAmino(v: unknown, what: string): Duration {
  const total = BigInt(intToAmino(v, what));
  const seconds = total / 1_000_000_000n; // truncates toward zero: nanos takes the sign of seconds
  const nanos = Number(total % 1_000_000_000n);
  return { seconds, nanos };
}

function coinToAmino(c: any): { denom?: string; amount: string } {
  const denom = c?.denom ?? "";
  const amount = intToAmino(c?.amount, "coin amount");
  return denom === "" ? { amount } : { denom, amount };
}

function coinFromAmino(c: any): Coin {
  return { denom: c?.denom ?? "", amount: intToAmino(c?.amount, "coin amount") };
}

/** go's omitempty test for the kinds that carry it here (strings and bytes). */
function isEmpty(v: unknown): boolean {
  if (v == null) return true;
  if (typeof v === "string" || Array.isArray(v) || v instanceof Uint8Array) return v.length === 0;
  return false;
}

function toAminoValue(kind: Kind, v: any, what: string): unknown {
  if (typeof kind === "object") {
    if ("msg" in kind) return toAminoObject(kind.msg, v ?? {}, what);
    return v && v.length ? v.map((x: any) => toAminoObject(kind.msgs, x ?? {}, what)) : null;
  }
  switch (kind) {
    case "string":
      return v ?? "";
    case "bool":
      return !!v;
    case "uint32":
      return Number(v ?? 0);
    case "int64":
      return v == null ? "0" : String(v);
    case "int":
      return intToAmino(v, what);
    case "dec":
      return decToAmino(v, what);
    case "bytes":
      return v && v.length ? toBase64(v) : null;
    case "bytesList":
      return v && v.length ? v.map((b: Uint8Array) => toBase64(b ?? new Uint8Array())) : null;
    case "strings":
      return v && v.length ? [...v] : null;
    case "coin":
      return coinToAmino(v);
    case "coins":
      return (v ?? []).map(coinToAmino);
    case "duration":
      return durationToAmino(v);
    case "pubkey":
      return pubkeyToAmino(v);
  }
}

function fromAminoValue(kind: Kind, v: any, what: string): unknown {
  if (typeof kind === "object") {
    if ("msg" in kind) return fromAminoObject(kind.msg, v ?? {}, what);
    return (v ?? []).map((x: any) => fromAminoObject(kind.msgs, x ?? {}, what));
  }
  switch (kind) {
    case "string":
      return v ?? "";
    case "bool":
      return !!v;
    case "uint32":
      return Number(v ?? 0);
    case "int64":
      return BigInt(intToAmino(v, what));
    case "int":
      return intToAmino(v, what);
    case "dec":
      return decFromAmino(v ?? "0", what);
    case "bytes":
      return v == null ? new Uint8Array() : fromBase64(v);
    case "bytesList":
      return (v ?? []).map((b: string | null) => (b == null ? new Uint8Array() : fromBase64(b)));
    case "strings":
      return v == null ? [] : [...v];
    case "coin":
      return coinFromAmino(v);
    case "coins":
      return (v ?? []).map(coinFromAmino);
    case "duration":
      return durationFromAmino(v ?? "0", what);
    case "pubkey":
      return pubkeyFromAmino(v);
  }
}

export function toAminoObject(spec: Spec, value: any, what: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const fd of spec) {
    const v = value[fd.key];
    if (fd.omitEmpty && isEmpty(v)) continue;
    out[fd.json] = toAminoValue(fd.kind, v, `${what}.${fd.json}`);
  }
  return out;
}

export function fromAminoObject(spec: Spec, json: any, what: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const fd of spec) {
    const v = fromAminoValue(fd.kind, json[fd.json], `${what}.${fd.json}`);
    if (v !== undefined) out[fd.key] = v;
  }
  return out;
}

/** One Msg's amino form: its type URL, names and field layout. */
export interface AminoMsgDef {
  typeUrl: string;
  /** (amino.name) of the upstream proto */
  aminoName: string;
  /** name registered with stratos-chain's legacy amino codec (RegisterLegacyAminoCodec), if any */
  legacyName?: string;
  spec: Spec;
}

export interface StratosAminoOptions {
  /**
   * "proto" (default): the (amino.name) option of the upstream protos, e.g. "stratos/MsgPrepay".
   * "legacy": the names stratos-chain's legacy amino codec signs with, e.g. "sds/PrepayTx".
   */
  names?: "proto" | "legacy";
  /**
   * Chain side only (with names "legacy"): a Msg that stratos-chain's legacy codec does not register
   * (MsgUpdateEffectiveDeposit, MsgKickMetaNodeVote) is signed there as its bare value JSON, without
   * the {type, value} wrapper; its converter then has the aminoType "" (see chain/tx/sign-doc.ts).
   */
  bareUnregistered?: boolean;
}

/** The CosmJS AminoConverter of a Msg declared by `def`. */
export function aminoConverter(def: AminoMsgDef, options: StratosAminoOptions = {}): AminoConverter {
  const what = def.typeUrl.slice(1);
  return {
    aminoType: options.names === "legacy" ? (def.legacyName ?? (options.bareUnregistered ? "" : def.aminoName)) : def.aminoName,
    toAmino: (value: any) => toAminoObject(def.spec, value ?? {}, what),
    fromAmino: (json: any) => fromAminoObject(def.spec, json ?? {}, what),
  };
}

/** Converters (typeUrl → AminoConverter) for a module's Msg definitions. */
export function aminoConverters(defs: readonly AminoMsgDef[], options: StratosAminoOptions = {}): Record<string, AminoConverter> {
  return Object.fromEntries(defs.map((d) => [d.typeUrl, aminoConverter(d, options)]));
}
