// Genesis transactions (the SDK's x/genutil): a MsgCreateValidator signed by the operator's account
// before the chain exists, carried in app_state.genutil.gen_txs in the SDK's JSON form of a Tx and
// executed at InitChain. JSON ⇄ TxRaw here: the TxRaw is rebuilt by re-encoding the decoded fields,
// which gives the bytes that were signed because protobuf encoding of the same values is canonical.
import { PubKey as Secp256k1PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { MsgCreateValidator } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { signModeFromJSON, signModeToJSON } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { Dec } from "../../chain/types/dec.ts";

const b64 = (b: Uint8Array) => Buffer.from(b).toString("base64");
const fromB64 = (s: unknown, what: string): Uint8Array => {
  if (typeof s !== "string") throw new Error(`${what} must be a base64 string`);
  return new Uint8Array(Buffer.from(s, "base64"));
};
const ED25519 = "/cosmos.crypto.ed25519.PubKey";

/** An account key Any ({key} is field 1 for secp256k1 and eth_secp256k1 alike) ⇄ {"@type", key}. */
function keyAnyToJson(a: Any) {
  return { "@type": a.typeUrl, key: b64(Secp256k1PubKey.decode(a.value).key) };
}
function keyAnyFromJson(j: any, what: string): Any {
  if (typeof j?.["@type"] !== "string") throw new Error(`${what}["@type"] is missing`);
  const key = fromB64(j.key, `${what}.key`);
  const value = j["@type"] === ED25519 ? Ed25519PubKey.encode({ key }).finish() : Secp256k1PubKey.encode({ key }).finish();
  return { typeUrl: j["@type"], value };
}
const decJson = (raw: string) => Dec.fromProtoString(raw || "0").toString();
const decWire = (s: unknown, what: string) => {
  try {
    return Dec.fromString(String(s)).toProtoString();
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`);
  }
};

function msgToJson(m: MsgCreateValidator) {
  return {
    "@type": MsgCreateValidator.typeUrl,
    description: { moniker: m.description.moniker, identity: m.description.identity, website: m.description.website, security_contact: m.description.securityContact, details: m.description.details },
    commission: { rate: decJson(m.commission.rate), max_rate: decJson(m.commission.maxRate), max_change_rate: decJson(m.commission.maxChangeRate) },
    min_self_delegation: m.minSelfDelegation,
    delegator_address: m.delegatorAddress,
    validator_address: m.validatorAddress,
    pubkey: m.pubkey ? keyAnyToJson(m.pubkey) : null,
    value: { denom: m.value.denom, amount: m.value.amount },
  };
}
function msgFromJson(j: any, w: string): MsgCreateValidator {
  if (j?.["@type"] !== MsgCreateValidator.typeUrl) throw new Error(`${w}: a gentx must hold one ${MsgCreateValidator.typeUrl}, got ${JSON.stringify(j?.["@type"])}`);
  const d = j.description ?? {};
  const c = j.commission ?? {};
  return MsgCreateValidator.fromPartial({
    description: { moniker: d.moniker ?? "", identity: d.identity ?? "", website: d.website ?? "", securityContact: d.security_contact ?? "", details: d.details ?? "" },
    commission: { rate: decWire(c.rate, `${w}.commission.rate`), maxRate: decWire(c.max_rate, `${w}.commission.max_rate`), maxChangeRate: decWire(c.max_change_rate, `${w}.commission.max_change_rate`) },
    minSelfDelegation: String(j.min_self_delegation ?? ""),
    delegatorAddress: String(j.delegator_address ?? ""),
    validatorAddress: String(j.validator_address ?? ""),
    pubkey: j.pubkey ? keyAnyFromJson(j.pubkey, `${w}.pubkey`) : undefined,
    value: { denom: String(j.value?.denom ?? ""), amount: String(j.value?.amount ?? "") },
  });
}

/** The SDK's JSON of a gentx (a Tx whose one message is a MsgCreateValidator). */
export function gentxToJson(txRaw: Uint8Array) {
  const raw = TxRaw.decode(txRaw);
  const body = TxBody.decode(raw.bodyBytes);
  const auth = AuthInfo.decode(raw.authInfoBytes);
  if (body.messages.length !== 1 || body.messages[0].typeUrl !== MsgCreateValidator.typeUrl) throw new Error("a gentx must hold exactly one MsgCreateValidator");
  return {
    body: {
      messages: [msgToJson(MsgCreateValidator.decode(body.messages[0].value))],
      memo: body.memo,
      timeout_height: body.timeoutHeight.toString(),
      extension_options: [],
      non_critical_extension_options: [],
    },
    auth_info: {
      signer_infos: auth.signerInfos.map((si) => ({
        public_key: si.publicKey ? keyAnyToJson(si.publicKey) : null,
        mode_info: { single: { mode: signModeToJSON(si.modeInfo!.single!.mode) } },
        sequence: si.sequence.toString(),
      })),
      fee: { amount: auth.fee!.amount, gas_limit: auth.fee!.gasLimit.toString(), payer: auth.fee!.payer, granter: auth.fee!.granter },
      tip: null,
    },
    signatures: raw.signatures.map(b64),
  };
}

/** TxRaw bytes of a gentx in JSON form; throws naming the field that is wrong. */
export function gentxFromJson(j: any, w = "gentx"): Uint8Array {
  const msgs = j?.body?.messages;
  if (!Array.isArray(msgs) || msgs.length !== 1) throw new Error(`${w}.body.messages must hold exactly one MsgCreateValidator`);
  const bodyBytes = TxBody.encode(
    TxBody.fromPartial({
      messages: [{ typeUrl: MsgCreateValidator.typeUrl, value: MsgCreateValidator.encode(msgFromJson(msgs[0], `${w}.body.messages[0]`)).finish() }],
      memo: String(j.body.memo ?? ""),
      timeoutHeight: BigInt(j.body.timeout_height ?? 0),
    }),
  ).finish();
  const infos = j?.auth_info?.signer_infos;
  if (!Array.isArray(infos) || infos.length === 0) throw new Error(`${w}.auth_info.signer_infos is empty`);
  const fee = j.auth_info.fee ?? {};
  const authInfoBytes = AuthInfo.encode(
    AuthInfo.fromPartial({
      signerInfos: infos.map((si: any, i: number) => ({
        publicKey: keyAnyFromJson(si.public_key, `${w}.auth_info.signer_infos[${i}].public_key`),
        modeInfo: { single: { mode: signModeFromJSON(si.mode_info?.single?.mode ?? "SIGN_MODE_DIRECT") } },
        sequence: BigInt(si.sequence ?? 0),
      })),
      fee: { amount: (fee.amount ?? []).map((c: any) => ({ denom: String(c.denom), amount: String(c.amount) })), gasLimit: BigInt(fee.gas_limit ?? 0), payer: fee.payer ?? "", granter: fee.granter ?? "" },
    }),
  ).finish();
  if (!Array.isArray(j.signatures) || j.signatures.length === 0) throw new Error(`${w}.signatures is empty`);
  const signatures = j.signatures.map((s: unknown, i: number) => fromB64(s, `${w}.signatures[${i}]`));
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures }).finish();
}

export interface GentxParams {
  /** The operator's account key (its address becomes stvaloper…). */
  signer: import("../../chain/keys/signer.ts").Signer;
  chainId: string;
  /** ed25519 consensus public key (config/priv_validator_key.json). */
  consPubKey: Uint8Array;
  /** Self-delegation in wei. */
  amount: bigint;
  denom?: string;
  moniker: string;
  identity?: string;
  website?: string;
  securityContact?: string;
  details?: string;
  /** Decimal strings, e.g. "0.1". */
  commissionRate?: string;
  commissionMaxRate?: string;
  commissionMaxChangeRate?: string;
  minSelfDelegation?: bigint;
  /** The SDK puts "<node id>@<ip>:<port>" here (collect-gentxs reads peers from it). */
  memo?: string;
  gas?: bigint;
}

/** A signed gentx (TxRaw bytes): account number 0 and sequence 0, as the SDK signs gentxs offline. */
export function buildGentx(p: GentxParams, signTxDirect: (x: any) => Uint8Array, toValoper: (account: string) => string): Uint8Array {
  const wire = (s: string, what: string) => {
    try {
      return Dec.fromString(s).toProtoString();
    } catch (e) {
      throw new Error(`${what}: ${(e as Error).message}`);
    }
  };
  const msg = MsgCreateValidator.fromPartial({
    description: { moniker: p.moniker, identity: p.identity ?? "", website: p.website ?? "", securityContact: p.securityContact ?? "", details: p.details ?? "" },
    commission: {
      rate: wire(p.commissionRate ?? "0.1", "commission rate"),
      maxRate: wire(p.commissionMaxRate ?? "0.2", "commission max rate"),
      maxChangeRate: wire(p.commissionMaxChangeRate ?? "0.01", "commission max change rate"),
    },
    minSelfDelegation: (p.minSelfDelegation ?? 1n).toString(),
    delegatorAddress: p.signer.address,
    validatorAddress: toValoper(p.signer.address),
    pubkey: { typeUrl: ED25519, value: Ed25519PubKey.encode({ key: p.consPubKey }).finish() },
    value: { denom: p.denom ?? "wei", amount: p.amount.toString() },
  });
  return signTxDirect({
    signer: p.signer,
    chainId: p.chainId,
    accountNumber: 0n,
    sequence: 0n,
    messages: [{ typeUrl: MsgCreateValidator.typeUrl, value: MsgCreateValidator.encode(msg).finish() }],
    fee: { amount: [], gas: p.gas ?? 400_000n },
    memo: p.memo ?? "",
  });
}
