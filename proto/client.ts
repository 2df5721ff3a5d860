// Client kit for the Stratos messages: a CosmJS Registry with every Stratos Msg, amino converters
// that reproduce the Go chain's legacy amino JSON, type URLs and typed message values.
//
//   const client = await SigningStargateClient.connectWithSigner(url, wallet, {
//     registry: stratosRegistry(), aminoTypes: stratosAminoTypes(), gasPrice });
//   await client.signAndBroadcast(addr, [{ typeUrl: typeUrls.sds.MsgPrepay, value: { sender, beneficiary, amount } }], "auto");
//
// Message values are the protobufjs "$Properties" shapes of proto/gen/stratos.js: camelCase field
// names, cosmos.Int amounts as decimal strings, cosmos.Dec as the wire form (value x 10^18 as an
// integer string), bytes as Uint8Array, 64-bit integers as Long.
//
// Amino JSON (SIGN_MODE_LEGACY_AMINO_JSON) follows what stratos-chain (Cosmos SDK 0.47) signs:
// each Msg's GetSignBytes is sdk.MustSortJSON(ModuleCdc.MustMarshalJSON(msg)), i.e. go-amino JSON of
// the gogoproto struct. So field names are the Go json tags (snake_case, "bls_signature" and
// "tx_data" included), and go-amino omits a field only when its json tag says omitempty, which
// stratos-chain's tags never do except MsgUpdateParams.authority and Coin.denom. Hence:
//   - strings, bools and numbers are always present ("" / false / 0);
//   - cosmos.Int is always a string ("0" when unset); cosmos.Dec is "d.dddddddddddddddddd";
//   - int64 and time.Duration (nanoseconds) are quoted decimal strings;
//   - Coins are always an array ([] when empty); a Coin is {"denom"?, "amount"};
//   - other empty repeated fields and empty bytes are null;
//   - the node pubkey Any is {"type": "tendermint/PubKeyEd25519", "value": base64(key)} or null.
// Our own additions (bls_pub_key, bls_pop) are omitted when empty so messages that don't use them
// sign exactly as upstream's.
//
// Amino type names: by default the (amino.name) option of the upstream protos ("stratos/MsgPrepay").
// stratos-chain 0.47 itself signs with the names its legacy codec registers ("sds/PrepayTx");
// pass { names: "legacy" } for those. See proto/README.md.
import { fromBase64, toBase64 } from "@cosmjs/encoding";
import { Registry, type EncodeObject, type GeneratedType } from "@cosmjs/proto-signing";
import { AminoTypes, createDefaultAminoConverters, defaultRegistryTypes, type AminoConverter, type AminoConverters } from "@cosmjs/stargate";
import type LongClass from "long";
import $protobuf from "protobufjs/minimal.js";
import { cosmos, google, stratos } from "./gen/stratos.js";

export { cosmos, google, stratos };

/** The Long class protobufjs decodes 64-bit integers into (int64 fields): Long.fromString("123"). */
export const Long: typeof LongClass = $protobuf.util.Long as any;

const register = stratos.register.v1;
const sds = stratos.sds.v1;
const pot = stratos.pot.v1;

// ---------------------------------------------------------------------------------------------
// Type URLs and typed values

/** Type URLs of every Stratos Msg, by module. */
export const typeUrls = {
  register: {
    MsgCreateResourceNode: "/stratos.register.v1.MsgCreateResourceNode",
    MsgRemoveResourceNode: "/stratos.register.v1.MsgRemoveResourceNode",
    MsgUpdateResourceNode: "/stratos.register.v1.MsgUpdateResourceNode",
    MsgUpdateResourceNodeDeposit: "/stratos.register.v1.MsgUpdateResourceNodeDeposit",
    MsgUpdateEffectiveDeposit: "/stratos.register.v1.MsgUpdateEffectiveDeposit",
    MsgCreateMetaNode: "/stratos.register.v1.MsgCreateMetaNode",
    MsgRemoveMetaNode: "/stratos.register.v1.MsgRemoveMetaNode",
    MsgUpdateMetaNode: "/stratos.register.v1.MsgUpdateMetaNode",
    MsgUpdateMetaNodeDeposit: "/stratos.register.v1.MsgUpdateMetaNodeDeposit",
    MsgMetaNodeRegistrationVote: "/stratos.register.v1.MsgMetaNodeRegistrationVote",
    MsgKickMetaNodeVote: "/stratos.register.v1.MsgKickMetaNodeVote",
    MsgUpdateParams: "/stratos.register.v1.MsgUpdateParams",
  },
  sds: {
    MsgFileUpload: "/stratos.sds.v1.MsgFileUpload",
    MsgPrepay: "/stratos.sds.v1.MsgPrepay",
    MsgUpdateParams: "/stratos.sds.v1.MsgUpdateParams",
  },
  pot: {
    MsgVolumeReport: "/stratos.pot.v1.MsgVolumeReport",
    MsgWithdraw: "/stratos.pot.v1.MsgWithdraw",
    MsgFoundationDeposit: "/stratos.pot.v1.MsgFoundationDeposit",
    MsgSlashingResourceNode: "/stratos.pot.v1.MsgSlashingResourceNode",
    MsgUpdateParams: "/stratos.pot.v1.MsgUpdateParams",
  },
} as const;

/** Type URL → typed message value (what goes into EncodeObject.value). */
export interface StratosMsgValues {
  "/stratos.register.v1.MsgCreateResourceNode": stratos.register.v1.MsgCreateResourceNode.$Properties;
  "/stratos.register.v1.MsgRemoveResourceNode": stratos.register.v1.MsgRemoveResourceNode.$Properties;
  "/stratos.register.v1.MsgUpdateResourceNode": stratos.register.v1.MsgUpdateResourceNode.$Properties;
  "/stratos.register.v1.MsgUpdateResourceNodeDeposit": stratos.register.v1.MsgUpdateResourceNodeDeposit.$Properties;
  "/stratos.register.v1.MsgUpdateEffectiveDeposit": stratos.register.v1.MsgUpdateEffectiveDeposit.$Properties;
  "/stratos.register.v1.MsgCreateMetaNode": stratos.register.v1.MsgCreateMetaNode.$Properties;
  "/stratos.register.v1.MsgRemoveMetaNode": stratos.register.v1.MsgRemoveMetaNode.$Properties;
  "/stratos.register.v1.MsgUpdateMetaNode": stratos.register.v1.MsgUpdateMetaNode.$Properties;
  "/stratos.register.v1.MsgUpdateMetaNodeDeposit": stratos.register.v1.MsgUpdateMetaNodeDeposit.$Properties;
  "/stratos.register.v1.MsgMetaNodeRegistrationVote": stratos.register.v1.MsgMetaNodeRegistrationVote.$Properties;
  "/stratos.register.v1.MsgKickMetaNodeVote": stratos.register.v1.MsgKickMetaNodeVote.$Properties;
  "/stratos.register.v1.MsgUpdateParams": stratos.register.v1.MsgUpdateParams.$Properties;
  "/stratos.sds.v1.MsgFileUpload": stratos.sds.v1.MsgFileUpload.$Properties;
  "/stratos.sds.v1.MsgPrepay": stratos.sds.v1.MsgPrepay.$Properties;
  "/stratos.sds.v1.MsgUpdateParams": stratos.sds.v1.MsgUpdateParams.$Properties;
  "/stratos.pot.v1.MsgVolumeReport": stratos.pot.v1.MsgVolumeReport.$Properties;
  "/stratos.pot.v1.MsgWithdraw": stratos.pot.v1.MsgWithdraw.$Properties;
  "/stratos.pot.v1.MsgFoundationDeposit": stratos.pot.v1.MsgFoundationDeposit.$Properties;
  "/stratos.pot.v1.MsgSlashingResourceNode": stratos.pot.v1.MsgSlashingResourceNode.$Properties;
  "/stratos.pot.v1.MsgUpdateParams": stratos.pot.v1.MsgUpdateParams.$Properties;
}

export type StratosTypeUrl = keyof StratosMsgValues;

/** A typed EncodeObject for one Stratos Msg (a discriminated union on typeUrl). */
export type StratosEncodeObject = { [K in StratosTypeUrl]: { typeUrl: K; value: StratosMsgValues[K] } }[StratosTypeUrl];

/** Builds a typed EncodeObject: stratosMsg(typeUrls.sds.MsgPrepay, { sender, beneficiary, amount }). */
export function stratosMsg<K extends StratosTypeUrl>(typeUrl: K, value: StratosMsgValues[K]): { typeUrl: K; value: StratosMsgValues[K] } {
  return { typeUrl, value };
}

// Short aliases for the message value types. MsgUpdateParams exists in all three modules.
export type MsgCreateResourceNode = stratos.register.v1.MsgCreateResourceNode.$Properties;
export type MsgRemoveResourceNode = stratos.register.v1.MsgRemoveResourceNode.$Properties;
export type MsgUpdateResourceNode = stratos.register.v1.MsgUpdateResourceNode.$Properties;
export type MsgUpdateResourceNodeDeposit = stratos.register.v1.MsgUpdateResourceNodeDeposit.$Properties;
export type MsgUpdateEffectiveDeposit = stratos.register.v1.MsgUpdateEffectiveDeposit.$Properties;
export type MsgCreateMetaNode = stratos.register.v1.MsgCreateMetaNode.$Properties;
export type MsgRemoveMetaNode = stratos.register.v1.MsgRemoveMetaNode.$Properties;
export type MsgUpdateMetaNode = stratos.register.v1.MsgUpdateMetaNode.$Properties;
export type MsgUpdateMetaNodeDeposit = stratos.register.v1.MsgUpdateMetaNodeDeposit.$Properties;
export type MsgMetaNodeRegistrationVote = stratos.register.v1.MsgMetaNodeRegistrationVote.$Properties;
export type MsgKickMetaNodeVote = stratos.register.v1.MsgKickMetaNodeVote.$Properties;
export type RegisterMsgUpdateParams = stratos.register.v1.MsgUpdateParams.$Properties;
export type MsgFileUpload = stratos.sds.v1.MsgFileUpload.$Properties;
export type MsgPrepay = stratos.sds.v1.MsgPrepay.$Properties;
export type SdsMsgUpdateParams = stratos.sds.v1.MsgUpdateParams.$Properties;
export type MsgVolumeReport = stratos.pot.v1.MsgVolumeReport.$Properties;
export type MsgWithdraw = stratos.pot.v1.MsgWithdraw.$Properties;
export type MsgFoundationDeposit = stratos.pot.v1.MsgFoundationDeposit.$Properties;
export type MsgSlashingResourceNode = stratos.pot.v1.MsgSlashingResourceNode.$Properties;
export type PotMsgUpdateParams = stratos.pot.v1.MsgUpdateParams.$Properties;
export type Description = stratos.register.v1.Description.$Properties;
export type Coin = cosmos.base.v1beta1.Coin.$Properties;

/** Type URL → generated class, for every Stratos Msg. */
export const stratosMsgTypes: ReadonlyArray<[StratosTypeUrl, GeneratedType]> = [
  [typeUrls.register.MsgCreateResourceNode, register.MsgCreateResourceNode],
  [typeUrls.register.MsgRemoveResourceNode, register.MsgRemoveResourceNode],
  [typeUrls.register.MsgUpdateResourceNode, register.MsgUpdateResourceNode],
  [typeUrls.register.MsgUpdateResourceNodeDeposit, register.MsgUpdateResourceNodeDeposit],
  [typeUrls.register.MsgUpdateEffectiveDeposit, register.MsgUpdateEffectiveDeposit],
  [typeUrls.register.MsgCreateMetaNode, register.MsgCreateMetaNode],
  [typeUrls.register.MsgRemoveMetaNode, register.MsgRemoveMetaNode],
  [typeUrls.register.MsgUpdateMetaNode, register.MsgUpdateMetaNode],
  [typeUrls.register.MsgUpdateMetaNodeDeposit, register.MsgUpdateMetaNodeDeposit],
  [typeUrls.register.MsgMetaNodeRegistrationVote, register.MsgMetaNodeRegistrationVote],
  [typeUrls.register.MsgKickMetaNodeVote, register.MsgKickMetaNodeVote],
  [typeUrls.register.MsgUpdateParams, register.MsgUpdateParams],
  [typeUrls.sds.MsgFileUpload, sds.MsgFileUpload],
  [typeUrls.sds.MsgPrepay, sds.MsgPrepay],
  [typeUrls.sds.MsgUpdateParams, sds.MsgUpdateParams],
  [typeUrls.pot.MsgVolumeReport, pot.MsgVolumeReport],
  [typeUrls.pot.MsgWithdraw, pot.MsgWithdraw],
  [typeUrls.pot.MsgFoundationDeposit, pot.MsgFoundationDeposit],
  [typeUrls.pot.MsgSlashingResourceNode, pot.MsgSlashingResourceNode],
  [typeUrls.pot.MsgUpdateParams, pot.MsgUpdateParams],
];

/** The Msg responses (for decoding TxMsgData / msgResponses). */
export const stratosMsgResponseTypes: ReadonlyArray<[string, GeneratedType]> = (
  [
    ...Object.entries(register).map(([n, t]) => [`/stratos.register.v1.${n}`, t] as const),
    ...Object.entries(sds).map(([n, t]) => [`/stratos.sds.v1.${n}`, t] as const),
    ...Object.entries(pot).map(([n, t]) => [`/stratos.pot.v1.${n}`, t] as const),
  ] as ReadonlyArray<readonly [string, GeneratedType]>
).filter(([url]) => /\.Msg\w+Response$/.test(url)) as Array<[string, GeneratedType]>;

/** A CosmJS Registry with the SDK default types plus every Stratos Msg and Msg response. */
export function stratosRegistry(): Registry {
  return new Registry([...defaultRegistryTypes, ...stratosMsgTypes, ...stratosMsgResponseTypes]);
}

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
export function ed25519PubkeyAny(key: Uint8Array): google.protobuf.Any.$Properties {
  if (key.length !== 32) throw new Error(`ed25519 public key must be 32 bytes, got ${key.length}`);
  return { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: cosmos.crypto.ed25519.PubKey.encode({ key }).finish() };
}

/** go-amino JSON of a pubkey Any (what codec/types.Any's AminoJSONPacker writes). */
export function pubkeyToAmino(any: google.protobuf.Any.$Properties | null | undefined): AminoPubkey | null {
  if (any == null) return null;
  const typeUrl = any.typeUrl ?? "";
  const name = pubkeyAminoNames[typeUrl];
  if (!name) throw new Error(`pubkey type ${JSON.stringify(typeUrl)} has no amino JSON form here`);
  const { key } = cosmos.crypto.ed25519.PubKey.decode(any.value ?? new Uint8Array());
  return { type: name, value: toBase64(key) };
}

export function pubkeyFromAmino(p: AminoPubkey | null | undefined): google.protobuf.Any.$Properties | undefined {
  if (p == null) return undefined;
  const typeUrl = pubkeyTypeUrls[p.type];
  if (!typeUrl) throw new Error(`amino pubkey type ${JSON.stringify(p.type)} is not supported`);
  return { typeUrl, value: cosmos.crypto.ed25519.PubKey.encode({ key: fromBase64(p.value) }).finish() };
}

// ---------------------------------------------------------------------------------------------
// Amino JSON field rules

type Kind =
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

interface Field {
  /** protobufjs (camelCase) property name */
  key: string;
  /** amino JSON name (Go json tag) */
  json: string;
  kind: Kind;
  /** json tag has ",omitempty": dropped when the value is empty */
  omitEmpty?: boolean;
}
type Spec = readonly Field[];

const f = (key: string, json: string, kind: Kind, omitEmpty = false): Field => ({ key, json, kind, omitEmpty });

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

function durationFromAmino(v: unknown, what: string): google.protobuf.Duration.$Properties {
  const total = BigInt(intToAmino(v, what));
  const seconds = total / 1_000_000_000n; // truncates toward zero: nanos takes the sign of seconds
  const nanos = Number(total % 1_000_000_000n);
  return { seconds: Long.fromString(seconds.toString(), false), nanos };
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
      return Long.fromString(intToAmino(v, what), false);
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

function toAminoObject(spec: Spec, value: any, what: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const fd of spec) {
    const v = value[fd.key];
    if (fd.omitEmpty && isEmpty(v)) continue;
    out[fd.json] = toAminoValue(fd.kind, v, `${what}.${fd.json}`);
  }
  return out;
}

function fromAminoObject(spec: Spec, json: any, what: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const fd of spec) {
    const v = fromAminoValue(fd.kind, json[fd.json], `${what}.${fd.json}`);
    if (v !== undefined) out[fd.key] = v;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Field specs (Go json tags of stratos-chain's x/*/types/*.pb.go)

const description: Spec = [
  f("moniker", "moniker", "string"),
  f("identity", "identity", "string"),
  f("website", "website", "string"),
  f("securityContact", "security_contact", "string"),
  f("details", "details", "string"),
];

const registerParams: Spec = [
  f("bondDenom", "bond_denom", "string"),
  f("unbondingThreasholdTime", "unbonding_threashold_time", "duration"),
  f("unbondingCompletionTime", "unbonding_completion_time", "duration"),
  f("maxEntries", "max_entries", "uint32"),
  f("resourceNodeRegEnabled", "resource_node_reg_enabled", "bool"),
  f("resourceNodeMinDeposit", "resource_node_min_deposit", "coin"),
  f("votingPeriod", "voting_period", "duration"),
];

const sdsParams: Spec = [f("bondDenom", "bond_denom", "string")];

const miningRewardParam: Spec = [
  f("totalMinedValveStart", "total_mined_valve_start", "coin"),
  f("totalMinedValveEnd", "total_mined_valve_end", "coin"),
  f("miningReward", "mining_reward", "coin"),
  f("blockChainPercentageInBp", "block_chain_percentage_in_bp", "int"),
  f("resourceNodePercentageInBp", "resource_node_percentage_in_bp", "int"),
  f("metaNodePercentageInBp", "meta_node_percentage_in_bp", "int"),
];

const potParams: Spec = [
  f("bondDenom", "bond_denom", "string"),
  f("rewardDenom", "reward_denom", "string"),
  f("matureEpoch", "mature_epoch", "int64"),
  f("miningRewardParams", "mining_reward_params", { msgs: miningRewardParam }),
  f("communityTax", "community_tax", "dec"),
  f("initialTotalSupply", "initial_total_supply", "coin"),
];

const singleWalletVolume: Spec = [f("walletAddress", "wallet_address", "string"), f("volume", "volume", "int")];

const blsSignatureInfo: Spec = [
  f("pubKeys", "pub_keys", "bytesList"),
  f("signature", "signature", "bytes"),
  f("txData", "tx_data", "bytes"),
];

// Our BLS additions: omitted when empty (see the header).
const blsFields: Spec = [f("blsPubKey", "bls_pub_key", "bytes", true), f("blsPop", "bls_pop", "bytes", true)];

interface MsgDef {
  typeUrl: StratosTypeUrl;
  /** (amino.name) of the upstream proto */
  aminoName: string;
  /** name registered with stratos-chain's legacy amino codec (RegisterLegacyAminoCodec), if any */
  legacyName?: string;
  spec: Spec;
}

const msgDefs: readonly MsgDef[] = [
  {
    typeUrl: typeUrls.register.MsgCreateResourceNode,
    aminoName: "stratos/MsgCreateResourceNode",
    legacyName: "register/CreateResourceNodeTx",
    spec: [
      f("networkAddress", "network_address", "string"),
      f("pubkey", "pubkey", "pubkey"),
      f("value", "value", "coin"),
      f("ownerAddress", "owner_address", "string"),
      f("beneficiaryAddress", "beneficiary_address", "string"),
      f("description", "description", { msg: description }),
      f("nodeType", "node_type", "uint32"),
    ],
  },
  {
    typeUrl: typeUrls.register.MsgRemoveResourceNode,
    aminoName: "stratos/MsgRemoveResourceNode",
    legacyName: "register/RemoveResourceNodeTx",
    spec: [f("resourceNodeAddress", "resource_node_address", "string"), f("ownerAddress", "owner_address", "string")],
  },
  {
    typeUrl: typeUrls.register.MsgUpdateResourceNode,
    aminoName: "stratos/MsgUpdateResourceNode",
    legacyName: "register/UpdateResourceNodeTx",
    spec: [
      f("description", "description", { msg: description }),
      f("beneficiaryAddress", "beneficiary_address", "string"),
      f("networkAddress", "network_address", "string"),
      f("ownerAddress", "owner_address", "string"),
      f("nodeType", "node_type", "uint32"),
    ],
  },
  {
    typeUrl: typeUrls.register.MsgUpdateResourceNodeDeposit,
    aminoName: "stratos/MsgUpdateResourceNodeDeposit",
    legacyName: "register/UpdateResourceNodeDepositTx",
    spec: [
      f("networkAddress", "network_address", "string"),
      f("ownerAddress", "owner_address", "string"),
      f("depositDelta", "deposit_delta", "coin"),
    ],
  },
  {
    // Not registered with stratos-chain's legacy amino codec (signed there as bare JSON).
    typeUrl: typeUrls.register.MsgUpdateEffectiveDeposit,
    aminoName: "stratos/MsgUpdateEffectiveDeposit",
    spec: [
      f("reporters", "reporters", "strings"),
      f("reporterOwner", "reporter_owner", "strings"),
      f("networkAddress", "network_address", "string"),
      f("effectiveTokens", "effective_tokens", "int"),
    ],
  },
  {
    typeUrl: typeUrls.register.MsgCreateMetaNode,
    aminoName: "stratos/MsgCreateMetaNode",
    legacyName: "register/CreateMetaNodeTx",
    spec: [
      f("networkAddress", "network_address", "string"),
      f("pubkey", "pubkey", "pubkey"),
      f("value", "value", "coin"),
      f("ownerAddress", "owner_address", "string"),
      f("beneficiaryAddress", "beneficiary_address", "string"),
      f("description", "description", { msg: description }),
      ...blsFields,
    ],
  },
  {
    typeUrl: typeUrls.register.MsgRemoveMetaNode,
    aminoName: "stratos/MsgRemoveMetaNode",
    legacyName: "register/RemoveMetaNodeTx",
    spec: [f("metaNodeAddress", "meta_node_address", "string"), f("ownerAddress", "owner_address", "string")],
  },
  {
    typeUrl: typeUrls.register.MsgUpdateMetaNode,
    aminoName: "stratos/MsgUpdateMetaNode",
    legacyName: "register/UpdateMetaNodeTx",
    spec: [
      f("description", "description", { msg: description }),
      f("beneficiaryAddress", "beneficiary_address", "string"),
      f("networkAddress", "network_address", "string"),
      f("ownerAddress", "owner_address", "string"),
      ...blsFields,
    ],
  },
  {
    typeUrl: typeUrls.register.MsgUpdateMetaNodeDeposit,
    aminoName: "stratos/MsgUpdateMetaNodeDeposit",
    legacyName: "register/UpdateMetaNodeDepositTx",
    spec: [
      f("networkAddress", "network_address", "string"),
      f("ownerAddress", "owner_address", "string"),
      f("depositDelta", "deposit_delta", "coin"),
    ],
  },
  {
    typeUrl: typeUrls.register.MsgMetaNodeRegistrationVote,
    aminoName: "stratos/MsgMetaNodeRegistrationVote",
    legacyName: "register/MsgMetaNodeRegistrationVote",
    spec: [
      f("candidateNetworkAddress", "candidate_network_address", "string"),
      f("candidateOwnerAddress", "candidate_owner_address", "string"),
      f("opinion", "opinion", "bool"),
      f("voterNetworkAddress", "voter_network_address", "string"),
      f("voterOwnerAddress", "voter_owner_address", "string"),
    ],
  },
  {
    // Not registered with stratos-chain's legacy amino codec (signed there as bare JSON).
    typeUrl: typeUrls.register.MsgKickMetaNodeVote,
    aminoName: "stratos/MsgKickMetaNodeVote",
    spec: [
      f("targetNetworkAddress", "target_network_address", "string"),
      f("opinion", "opinion", "bool"),
      f("voterNetworkAddress", "voter_network_address", "string"),
      f("voterOwnerAddress", "voter_owner_address", "string"),
    ],
  },
  {
    typeUrl: typeUrls.register.MsgUpdateParams,
    aminoName: "stratos/x/register/MsgUpdateParams",
    legacyName: "register/UpdateParamsTx",
    spec: [f("authority", "authority", "string", true), f("params", "params", { msg: registerParams })],
  },
  {
    typeUrl: typeUrls.sds.MsgFileUpload,
    aminoName: "stratos/MsgFileUpload",
    legacyName: "sds/FileUploadTx",
    spec: [
      f("fileHash", "file_hash", "string"),
      f("from", "from", "string"),
      f("reporter", "reporter", "string"),
      f("uploader", "uploader", "string"),
    ],
  },
  {
    typeUrl: typeUrls.sds.MsgPrepay,
    aminoName: "stratos/MsgPrepay",
    legacyName: "sds/PrepayTx",
    spec: [f("sender", "sender", "string"), f("beneficiary", "beneficiary", "string"), f("amount", "amount", "coins")],
  },
  {
    typeUrl: typeUrls.sds.MsgUpdateParams,
    aminoName: "stratos/x/sds/MsgUpdateParams",
    legacyName: "sds/UpdateParamsTx",
    spec: [f("authority", "authority", "string", true), f("params", "params", { msg: sdsParams })],
  },
  {
    typeUrl: typeUrls.pot.MsgVolumeReport,
    aminoName: "stratos/MsgVolumeReport",
    legacyName: "pot/VolumeReportTx",
    spec: [
      f("walletVolumes", "wallet_volumes", { msgs: singleWalletVolume }),
      f("reporter", "reporter", "string"),
      f("epoch", "epoch", "int"),
      f("reportReference", "report_reference", "string"),
      f("reporterOwner", "reporter_owner", "string"),
      f("BLSSignature", "bls_signature", { msg: blsSignatureInfo }),
    ],
  },
  {
    typeUrl: typeUrls.pot.MsgWithdraw,
    aminoName: "stratos/MsgWithdraw",
    legacyName: "pot/WithdrawTx",
    spec: [f("amount", "amount", "coins"), f("walletAddress", "wallet_address", "string"), f("targetAddress", "target_address", "string")],
  },
  {
    typeUrl: typeUrls.pot.MsgFoundationDeposit,
    aminoName: "stratos/MsgFoundationDeposit",
    legacyName: "pot/FoundationDepositTx",
    spec: [f("amount", "amount", "coins"), f("from", "from", "string")],
  },
  {
    typeUrl: typeUrls.pot.MsgSlashingResourceNode,
    aminoName: "stratos/MsgSlashingResourceNode",
    legacyName: "pot/SlashingResourceNodeTx",
    spec: [
      f("reporters", "reporters", "strings"),
      f("reporterOwner", "reporter_owner", "strings"),
      f("networkAddress", "network_address", "string"),
      f("walletAddress", "wallet_address", "string"),
      f("slashing", "slashing", "int"),
      f("suspend", "suspend", "bool"),
    ],
  },
  {
    typeUrl: typeUrls.pot.MsgUpdateParams,
    aminoName: "stratos/x/pot/MsgUpdateParams",
    legacyName: "pot/UpdateParamsTx",
    spec: [f("authority", "authority", "string", true), f("params", "params", { msg: potParams })],
  },
];

/** typeUrl → (amino.name) of the upstream protos. */
export const aminoNames: Readonly<Record<StratosTypeUrl, string>> = Object.fromEntries(msgDefs.map((d) => [d.typeUrl, d.aminoName])) as any;

/**
 * typeUrl → name stratos-chain (Cosmos SDK 0.47) registers with its legacy amino codec, which is
 * the "type" its SIGN_MODE_LEGACY_AMINO_JSON sign bytes carry. MsgUpdateEffectiveDeposit and
 * MsgKickMetaNodeVote are not registered there (their Go sign bytes have no type/value wrapper);
 * they keep their (amino.name) here.
 */
export const legacyAminoNames: Readonly<Record<StratosTypeUrl, string>> = Object.fromEntries(
  msgDefs.map((d) => [d.typeUrl, d.legacyName ?? d.aminoName]),
) as any;

export interface StratosAminoOptions {
  /**
   * "proto" (default): the (amino.name) option of the upstream protos, e.g. "stratos/MsgPrepay".
   * "legacy": the names stratos-chain's legacy amino codec signs with, e.g. "sds/PrepayTx".
   */
  names?: "proto" | "legacy";
}

/** Amino converters for every Stratos Msg. */
export function stratosAminoConverters(options: StratosAminoOptions = {}): AminoConverters {
  const names = options.names === "legacy" ? legacyAminoNames : aminoNames;
  const out: Record<string, AminoConverter> = {};
  for (const d of msgDefs) {
    const what = d.typeUrl.slice(1);
    out[d.typeUrl] = {
      aminoType: names[d.typeUrl],
      toAmino: (value: any) => toAminoObject(d.spec, value ?? {}, what),
      fromAmino: (json: any) => fromAminoObject(d.spec, json ?? {}, what),
    };
  }
  return out;
}

/** AminoTypes with CosmJS's default (SDK) converters plus the Stratos ones. */
export function stratosAminoTypes(options: StratosAminoOptions = {}): AminoTypes {
  return new AminoTypes({ ...createDefaultAminoConverters(), ...stratosAminoConverters(options) });
}

/** The amino field layout of each Msg (protobufjs key → JSON name), for tests and tooling. */
export function aminoFieldNames(typeUrl: StratosTypeUrl): Array<{ key: string; json: string }> {
  const d = msgDefs.find((m) => m.typeUrl === typeUrl);
  if (!d) throw new Error(`unknown type URL ${typeUrl}`);
  return d.spec.map(({ key, json }) => ({ key, json }));
}

/** Type guard for EncodeObjects carrying a Stratos Msg. */
export function isStratosEncodeObject(o: EncodeObject): o is StratosEncodeObject {
  return msgDefs.some((d) => d.typeUrl === o.typeUrl);
}
