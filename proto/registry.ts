// The CosmJS Registry side of the client kit: type URLs, the typed message values and the
// generated codecs (ts-proto, proto/gen/) of every Stratos Msg and Msg response.
import { Registry, type GeneratedType } from "@cosmjs/proto-signing";
import { defaultRegistryTypes } from "@cosmjs/stargate";
import { stratos } from "./gen/index.ts";

const register = stratos.register.v1;
const sds = stratos.sds.v1;
const pot = stratos.pot.v1;

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
  "/stratos.register.v1.MsgCreateResourceNode": stratos.register.v1.MsgCreateResourceNode;
  "/stratos.register.v1.MsgRemoveResourceNode": stratos.register.v1.MsgRemoveResourceNode;
  "/stratos.register.v1.MsgUpdateResourceNode": stratos.register.v1.MsgUpdateResourceNode;
  "/stratos.register.v1.MsgUpdateResourceNodeDeposit": stratos.register.v1.MsgUpdateResourceNodeDeposit;
  "/stratos.register.v1.MsgUpdateEffectiveDeposit": stratos.register.v1.MsgUpdateEffectiveDeposit;
  "/stratos.register.v1.MsgCreateMetaNode": stratos.register.v1.MsgCreateMetaNode;
  "/stratos.register.v1.MsgRemoveMetaNode": stratos.register.v1.MsgRemoveMetaNode;
  "/stratos.register.v1.MsgUpdateMetaNode": stratos.register.v1.MsgUpdateMetaNode;
  "/stratos.register.v1.MsgUpdateMetaNodeDeposit": stratos.register.v1.MsgUpdateMetaNodeDeposit;
  "/stratos.register.v1.MsgMetaNodeRegistrationVote": stratos.register.v1.MsgMetaNodeRegistrationVote;
  "/stratos.register.v1.MsgKickMetaNodeVote": stratos.register.v1.MsgKickMetaNodeVote;
  "/stratos.register.v1.MsgUpdateParams": stratos.register.v1.MsgUpdateParams;
  "/stratos.sds.v1.MsgFileUpload": stratos.sds.v1.MsgFileUpload;
  "/stratos.sds.v1.MsgPrepay": stratos.sds.v1.MsgPrepay;
  "/stratos.sds.v1.MsgUpdateParams": stratos.sds.v1.MsgUpdateParams;
  "/stratos.pot.v1.MsgVolumeReport": stratos.pot.v1.MsgVolumeReport;
  "/stratos.pot.v1.MsgWithdraw": stratos.pot.v1.MsgWithdraw;
  "/stratos.pot.v1.MsgFoundationDeposit": stratos.pot.v1.MsgFoundationDeposit;
  "/stratos.pot.v1.MsgSlashingResourceNode": stratos.pot.v1.MsgSlashingResourceNode;
  "/stratos.pot.v1.MsgUpdateParams": stratos.pot.v1.MsgUpdateParams;
}

export type StratosTypeUrl = keyof StratosMsgValues;

/** A typed EncodeObject for one Stratos Msg (a discriminated union on typeUrl). */
export type StratosEncodeObject = { [K in StratosTypeUrl]: { typeUrl: K; value: StratosMsgValues[K] } }[StratosTypeUrl];

/** Builds a typed EncodeObject: stratosMsg(typeUrls.sds.MsgPrepay, { sender, beneficiary, amount }). */
export function stratosMsg<K extends StratosTypeUrl>(typeUrl: K, value: StratosMsgValues[K]): { typeUrl: K; value: StratosMsgValues[K] } {
  return { typeUrl, value };
}

// Short aliases for the message value types. MsgUpdateParams exists in all three modules.
export type MsgCreateResourceNode = stratos.register.v1.MsgCreateResourceNode;
export type MsgRemoveResourceNode = stratos.register.v1.MsgRemoveResourceNode;
export type MsgUpdateResourceNode = stratos.register.v1.MsgUpdateResourceNode;
export type MsgUpdateResourceNodeDeposit = stratos.register.v1.MsgUpdateResourceNodeDeposit;
export type MsgUpdateEffectiveDeposit = stratos.register.v1.MsgUpdateEffectiveDeposit;
export type MsgCreateMetaNode = stratos.register.v1.MsgCreateMetaNode;
export type MsgRemoveMetaNode = stratos.register.v1.MsgRemoveMetaNode;
export type MsgUpdateMetaNode = stratos.register.v1.MsgUpdateMetaNode;
export type MsgUpdateMetaNodeDeposit = stratos.register.v1.MsgUpdateMetaNodeDeposit;
export type MsgMetaNodeRegistrationVote = stratos.register.v1.MsgMetaNodeRegistrationVote;
export type MsgKickMetaNodeVote = stratos.register.v1.MsgKickMetaNodeVote;
export type RegisterMsgUpdateParams = stratos.register.v1.MsgUpdateParams;
export type MsgFileUpload = stratos.sds.v1.MsgFileUpload;
export type MsgPrepay = stratos.sds.v1.MsgPrepay;
export type SdsMsgUpdateParams = stratos.sds.v1.MsgUpdateParams;
export type MsgVolumeReport = stratos.pot.v1.MsgVolumeReport;
export type MsgWithdraw = stratos.pot.v1.MsgWithdraw;
export type MsgFoundationDeposit = stratos.pot.v1.MsgFoundationDeposit;
export type MsgSlashingResourceNode = stratos.pot.v1.MsgSlashingResourceNode;
export type PotMsgUpdateParams = stratos.pot.v1.MsgUpdateParams;
export type Description = stratos.register.v1.Description;
export type { Coin } from "./gen/cosmos/base/v1beta1/coin.ts";

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

