// The bytes a signer signed, rebuilt from the tx: SIGN_MODE_DIRECT (protobuf SignDoc) and
// SIGN_MODE_LEGACY_AMINO_JSON (sorted-key StdSignDoc JSON, as CosmJS and Keplr produce it).
// Amino JSON has more than one valid form for Stratos Msgs (the protos' amino.name, and the legacy
// codec names stratos-chain 0.47's stchaind signs with), so a signature may be over any of them.
import { makeSignDoc, serializeSignDoc, type AminoMsg, type StdFee } from "@cosmjs/amino";
import type { AminoTypes } from "@cosmjs/stargate";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { SignDoc } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { errors } from "../app/errors.ts";
import type { DecodedTx } from "./decode.ts";

export interface SignerData {
  chainId: string;
  accountNumber: bigint;
  sequence: bigint;
}

export function directSignBytes(tx: DecodedTx, d: SignerData): Uint8Array {
  return SignDoc.encode({
    bodyBytes: tx.raw.bodyBytes,
    authInfoBytes: tx.raw.authInfoBytes,
    chainId: d.chainId,
    accountNumber: d.accountNumber,
  }).finish();
}

export function aminoSignBytes(tx: DecodedTx, d: SignerData, aminoTypes: AminoTypes): Uint8Array {
  let msgs: AminoMsg[];
  try {
    msgs = tx.msgs.map((m) => {
      const a = aminoTypes.toAmino({ typeUrl: m.any.typeUrl, value: m.msg });
      // aminoType "": a Msg the Go codec does not register is signed as its bare value JSON.
      return a.type === "" ? (a.value as AminoMsg) : a;
    });
  } catch (e) {
    throw errors.notSupported(`legacy amino signing is not available for this message: ${(e as Error).message}`);
  }
  const fee = tx.authInfo.fee!;
  const stdFee: StdFee = {
    amount: fee.amount.map((c) => ({ denom: c.denom, amount: c.amount })),
    gas: fee.gasLimit.toString(),
    ...(fee.granter ? { granter: fee.granter } : {}),
    ...(fee.payer ? { payer: fee.payer } : {}),
  };
  const doc = makeSignDoc(msgs, stdFee, d.chainId, tx.body.memo, d.accountNumber, d.sequence.toString(), tx.body.timeoutHeight || undefined);
  return serializeSignDoc(doc);
}

export function signModeOf(tx: DecodedTx, i: number): SignMode {
  const mi = tx.authInfo.signerInfos[i].modeInfo;
  if (!mi?.single) throw errors.notSupported("only single-signer mode info is supported (no multisig)");
  return mi.single.mode;
}

export function signBytesFor(tx: DecodedTx, i: number, d: SignerData, aminoTypes: AminoTypes): Uint8Array {
  return signBytesCandidates(tx, i, d, [aminoTypes])[0];
}

/**
 * Every byte string signer i may have signed: the SignDoc for DIRECT; for LEGACY_AMINO_JSON the
 * StdSignDoc under each amino name set (first = preferred), duplicates removed (a tx of SDK Msgs
 * only has one form).
 */
export function signBytesCandidates(tx: DecodedTx, i: number, d: SignerData, aminoTypes: readonly AminoTypes[]): Uint8Array[] {
  const mode = signModeOf(tx, i);
  if (mode === SignMode.SIGN_MODE_DIRECT) return [directSignBytes(tx, d)];
  if (mode === SignMode.SIGN_MODE_LEGACY_AMINO_JSON) {
    // The SDK's amino JSON handler: the JSON would not cover these bytes (a malleability hole).
    if (tx.bodyHasUnknownNonCriticals) {
      throw errors.invalidRequest("protobuf transaction contains unknown non-critical fields. This is a transaction malleability issue and SIGN_MODE_LEGACY_AMINO_JSON cannot be used.: invalid request");
    }
    if (tx.body.extensionOptions.length > 0 || tx.body.nonCriticalExtensionOptions.length > 0) {
      throw errors.invalidRequest("SIGN_MODE_LEGACY_AMINO_JSON does not support protobuf extension options.: invalid request");
    }
    const out: Uint8Array[] = [];
    for (const types of aminoTypes) {
      const b = aminoSignBytes(tx, d, types);
      if (!out.some((o) => Buffer.from(o).equals(b))) out.push(b);
    }
    return out;
  }
  throw errors.notSupported(`sign mode ${mode} is not supported; use SIGN_MODE_DIRECT or SIGN_MODE_LEGACY_AMINO_JSON`);
}
