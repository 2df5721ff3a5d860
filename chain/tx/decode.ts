// Decoding and stateless validation of a Cosmos SDK transaction (TxRaw → TxBody + AuthInfo).
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { errors } from "../app/errors.ts";
import type { MsgDescriptor } from "../app/module.ts";
import { checkAuthInfoWire, checkTxBodyWire, checkTxRawWire } from "./wire-check.ts";

/** Key types an Any may carry besides messages (the SDK's interface registry has these registered). */
const PUBKEY_TYPE_URLS = new Set([
  "/cosmos.crypto.secp256k1.PubKey",
  "/cosmos.crypto.ed25519.PubKey",
  "/cosmos.crypto.secp256r1.PubKey",
  "/cosmos.crypto.multisig.LegacyAminoPubKey",
  "/stratos.crypto.v1.ethsecp256k1.PubKey",
  "/cosmos.evm.crypto.v1.ethsecp256k1.PubKey",
]);

export interface DecodedMsg {
  any: Any;
  descriptor: MsgDescriptor;
  msg: unknown;
  signers: string[];
}

export interface DecodedTx {
  raw: TxRaw;
  body: TxBody;
  authInfo: AuthInfo;
  msgs: DecodedMsg[];
  /** Distinct signer addresses in order of first appearance (the SDK's GetSigners order). */
  signers: string[];
  bytes: Uint8Array;
  /** TxBody carried unknown non-critical fields (skipped); LEGACY_AMINO_JSON cannot sign such a tx. */
  bodyHasUnknownNonCriticals: boolean;
}

function decodeOrThrow<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw errors.txDecode(`${what}: ${(e as Error).message}: tx parse error`);
  }
}

/**
 * The SDK's TxDecoder alone (what the tx service's TxDecode runs): each part's wire check (unknown
 * fields, Any types the app registers, Int ranges), then its decoding; no other validation.
 */
export function decodeTxParts(bytes: Uint8Array, lookup: (typeUrl: string) => MsgDescriptor | undefined): { raw: TxRaw; body: TxBody; authInfo: AuthInfo; bodyHasUnknownNonCriticals: boolean } {
  if (bytes.length === 0) throw errors.txDecode("empty tx: tx parse error");
  const resolve = (typeUrl: string) => PUBKEY_TYPE_URLS.has(typeUrl) || lookup(typeUrl) !== undefined;
  checkTxRawWire(bytes, resolve);
  const raw = decodeOrThrow("invalid TxRaw", () => TxRaw.decode(bytes));
  const { bodyHasUnknownNonCriticals } = checkTxBodyWire(raw.bodyBytes, resolve);
  const body = decodeOrThrow("invalid TxBody", () => TxBody.decode(raw.bodyBytes));
  checkAuthInfoWire(raw.authInfoBytes, resolve);
  const authInfo = decodeOrThrow("invalid AuthInfo", () => AuthInfo.decode(raw.authInfoBytes));
  return { raw, body, authInfo, bodyHasUnknownNonCriticals };
}

export function decodeTx(bytes: Uint8Array, lookup: (typeUrl: string) => MsgDescriptor | undefined): DecodedTx {
  const { raw, body, authInfo, bodyHasUnknownNonCriticals } = decodeTxParts(bytes, lookup);
  if (body.messages.length === 0) throw errors.invalidRequest("must contain at least one message");
  // The SDK's RejectExtensionOptionsDecorator: no extension option is accepted; non-critical ones are ignored.
  if (body.extensionOptions.length > 0) throw errors.unknownExtensionOptions("unknown extension options");
  const msgs: DecodedMsg[] = body.messages.map((any) => {
    const descriptor = lookup(any.typeUrl);
    if (!descriptor) throw errors.unknownRequest(`unrecognized message type: ${any.typeUrl}: unknown request`);
    const msg = decodeOrThrow(`invalid ${any.typeUrl}`, () => descriptor.decode(any.value));
    descriptor.validateBasic(msg);
    return { any, descriptor, msg, signers: descriptor.signers(msg) };
  });
  const signers: string[] = [];
  for (const m of msgs) for (const s of m.signers) if (!signers.includes(s)) signers.push(s);
  if (raw.signatures.length === 0) throw errors.noSignatures("no signatures supplied");
  if (raw.signatures.length !== signers.length) {
    throw errors.unauthorized(`wrong number of signers; expected ${signers.length}, got ${raw.signatures.length}`);
  }
  if (authInfo.signerInfos.length !== signers.length) {
    throw errors.unauthorized(`wrong number of signer infos; expected ${signers.length}, got ${authInfo.signerInfos.length}`);
  }
  const fee = authInfo.fee;
  if (!fee) throw errors.txDecode("missing fee: tx parse error");
  if (fee.gasLimit > 9223372036854775807n) throw errors.invalidGasLimit(`gas limit ${fee.gasLimit} too large`);
  return { raw, body, authInfo, msgs, signers, bytes, bodyHasUnknownNonCriticals };
}
