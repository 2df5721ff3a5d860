// The pot Msg service (§4.3, §4.6, §4.7, §4.9, §4.10) with our change #8 (volume-report signers are
// registered Bonded meta nodes, quorum floor(2M/3)+1) and #10 (MsgUpdateParams authority).
import { errors } from "../../chain/app/errors.ts";
import { msgDescriptor, type EncodedMsg, type MsgDescriptor } from "../../chain/app/module.ts";
import { coinsFromWire, formatCoins, type Coin } from "../../chain/types/coins.ts";
import { stratos } from "../../proto/client.ts";
import { sdsAddressBytes } from "./expected.ts";
import { errInvalidAuthority, potErrors } from "./errors.ts";
import { checkAccAddress, emptyResponse, updateParamsMsg } from "../../chain/app/module-helpers.ts";
import { emitFoundationDeposit, emitSlashing, emitVolumeReport, emitWithdraw } from "./events.ts";
import type { PotKeeper } from "./keeper.ts";
import { potParamsFromProto, validatePotParams } from "./params.ts";
import { volumeReportTxData } from "./sign-bytes.ts";
import { parseInt256 } from "../../chain/types/int.ts";

export { volumeReportSignBytes, volumeReportTxData, type VolumeReportFields } from "./sign-bytes.ts";

const pb = stratos.pot.v1;
/** Epochs are cosmos.Int on the wire; we bound them to int64 (the query API's type). */
const MAX_EPOCH = 2n ** 63n - 1n;

function response(name: "MsgVolumeReportResponse" | "MsgWithdrawResponse" | "MsgFoundationDepositResponse" | "MsgSlashingResourceNodeResponse"): EncodedMsg {
  return emptyResponse(`/stratos.pot.v1.${name}`);
}

function checkAcc(address: string | null | undefined, what: string, err: (m: string) => Error = errors.invalidAddress): string {
  return checkAccAddress(address, what, err);
}

function checkSds(address: string | null | undefined, what: string, err: (m: string) => Error): string {
  if (!address || address.trim().length === 0) throw err(`${what} is empty`);
  try {
    sdsAddressBytes(address, what);
  } catch (e) {
    throw err((e as Error).message);
  }
  return address;
}

function parseInt(s: string | null | undefined, what: string, err: (m: string) => Error): bigint {
  const v = parseInt256(s);
  if (v === undefined) throw err(`${what} ${JSON.stringify(s ?? "")} is not an integer of at most 256 bits`);
  return v;
}

function checkWithdrawCoins(wire: readonly { denom?: string | null; amount?: string | null }[] | null | undefined, err: (m: string) => Error): Coin[] {
  let coins: Coin[];
  try {
    coins = coinsFromWire((wire ?? []).map((c) => ({ denom: c.denom ?? "", amount: c.amount ?? "" })), "amount");
  } catch (e) {
    throw err((e as Error).message);
  }
  if (coins.length === 0) throw err("amount is empty");
  return coins;
}

export function potMsgs(k: PotKeeper): MsgDescriptor[] {
  return [
    msgDescriptor<stratos.pot.v1.MsgVolumeReport>({
      typeUrl: "/stratos.pot.v1.MsgVolumeReport",
      decode: (b) => pb.MsgVolumeReport.decode(b),
      signers: (m) => [m.reporterOwner],
      validateBasic(m) {
        checkSds(m.reporter, "reporter", potErrors.emptyReporterAddr);
        if ((m.walletVolumes ?? []).length === 0) throw potErrors.emptyWalletVolumes("wallet_volumes is empty");
        const epoch = parseInt(m.epoch, "epoch", potErrors.epochNotPositive);
        if (epoch <= 0n) throw potErrors.epochNotPositive(`epoch must be positive, got ${epoch}`);
        if (epoch > MAX_EPOCH) throw potErrors.epochNotPositive(`epoch ${epoch} exceeds the int64 range`);
        if (!m.reportReference) throw potErrors.emptyReportReference("report_reference is empty");
        checkAcc(m.reporterOwner, "reporter_owner", potErrors.reporterOwnerAddr);
        m.walletVolumes.forEach((v, i) => {
          if (!v.walletAddress) throw potErrors.missingWalletAddress(`wallet_volumes[${i}].wallet_address is empty`);
          const vol = parseInt(v.volume, `wallet_volumes[${i}].volume`, potErrors.negativeVolume);
          if (vol < 0n) throw potErrors.negativeVolume(`wallet_volumes[${i}].volume is negative (${vol})`);
        });
        const sig = m.BLSSignature;
        if (!sig || (sig.signature ?? []).length === 0) throw potErrors.blsSignatureInvalid("BLS_signature.signature is empty");
        if ((sig.txData ?? []).length === 0) throw potErrors.blsTxDataInvalid("BLS_signature.txData is empty");
        (sig.pubKeys ?? []).forEach((pk, i) => {
          if (pk.length === 0) throw potErrors.blsPubkeysInvalid(`BLS_signature.pub_keys[${i}] is empty`);
        });
      },
      handle(ctx, m) {
        const epoch = BigInt(m.epoch);
        k.submitVolumeReport(ctx, {
          reporter: m.reporter,
          reporterOwner: m.reporterOwner,
          epoch,
          reportReference: m.reportReference,
          walletVolumes: m.walletVolumes.map((v) => ({ walletAddress: v.walletAddress ?? "", volume: BigInt(v.volume ?? "0") })),
          signature: { pubKeys: m.BLSSignature?.pubKeys ?? [], signature: m.BLSSignature?.signature ?? new Uint8Array(), txData: m.BLSSignature?.txData ?? new Uint8Array() },
          expectedTxData: volumeReportTxData(m),
        });
        emitVolumeReport(ctx, m.reportReference, epoch);
        return response("MsgVolumeReportResponse");
      },
    }),
    msgDescriptor<stratos.pot.v1.MsgWithdraw>({
      typeUrl: "/stratos.pot.v1.MsgWithdraw",
      decode: (b) => pb.MsgWithdraw.decode(b),
      signers: (m) => [m.walletAddress],
      validateBasic(m) {
        checkWithdrawCoins(m.amount, potErrors.withdrawAmountInvalid);
        if (!m.walletAddress) throw potErrors.missingWalletAddress("wallet_address is empty");
        if (!m.targetAddress) throw potErrors.missingTargetAddress("target_address is empty");
        checkAcc(m.walletAddress, "wallet_address", potErrors.invalidAddress);
        checkAcc(m.targetAddress, "target_address", potErrors.invalidAddress);
      },
      handle(ctx, m) {
        const amount = checkWithdrawCoins(m.amount, potErrors.withdrawAmountInvalid);
        k.withdraw(ctx, m.walletAddress, m.targetAddress, amount);
        emitWithdraw(ctx, formatCoins(amount), m.walletAddress, m.targetAddress);
        return response("MsgWithdrawResponse");
      },
    }),
    msgDescriptor<stratos.pot.v1.MsgFoundationDeposit>({
      typeUrl: "/stratos.pot.v1.MsgFoundationDeposit",
      decode: (b) => pb.MsgFoundationDeposit.decode(b),
      signers: (m) => [m.from],
      validateBasic(m) {
        checkWithdrawCoins(m.amount, potErrors.foundationDepositAmountInvalid);
        checkAcc(m.from, "from", potErrors.emptyFromAddr);
      },
      handle(ctx, m) {
        const amount = checkWithdrawCoins(m.amount, potErrors.foundationDepositAmountInvalid);
        k.foundationDeposit(ctx, m.from, amount);
        emitFoundationDeposit(ctx, formatCoins(amount));
        return response("MsgFoundationDepositResponse");
      },
    }),
    msgDescriptor<stratos.pot.v1.MsgSlashingResourceNode>({
      typeUrl: "/stratos.pot.v1.MsgSlashingResourceNode",
      decode: (b) => pb.MsgSlashingResourceNode.decode(b),
      signers: (m) => [...new Set(m.reporterOwner ?? [])],
      validateBasic(m) {
        checkSds(m.networkAddress, "network_address", potErrors.invalidAddress);
        checkAcc(m.walletAddress, "wallet_address", potErrors.invalidAddress);
        if ((m.reporters ?? []).length === 0) throw potErrors.emptyReporterAddr("reporters is empty");
        if ((m.reporterOwner ?? []).length !== m.reporters.length) {
          throw potErrors.reporterAddressOrOwner(`${m.reporters.length} reporters but ${(m.reporterOwner ?? []).length} reporter owners`);
        }
        m.reporters.forEach((r, i) => checkSds(r, `reporters[${i}]`, potErrors.reporterAddress));
        m.reporterOwner.forEach((o, i) => checkAcc(o, `reporter_owner[${i}]`, potErrors.reporterOwnerAddr));
        const s = parseInt(m.slashing, "slashing", potErrors.invalidAmount);
        if (s < 0n) throw potErrors.invalidAmount(`slashing must not be negative, got ${s}`);
      },
      handle(ctx, m) {
        const { debt, nodeType } = k.slashResourceNode(ctx, {
          reporters: m.reporters,
          reporterOwners: m.reporterOwner,
          networkAddress: m.networkAddress,
          walletAddress: m.walletAddress,
          slashing: BigInt(m.slashing),
          suspend: m.suspend,
        });
        emitSlashing(ctx, { walletAddress: m.walletAddress, networkAddress: m.networkAddress, amount: debt, slashingType: nodeTypeName(nodeType), suspend: m.suspend });
        return response("MsgSlashingResourceNodeResponse");
      },
    }),
    updateParamsMsg({
      module: "stratos.pot.v1",
      decode: (b) => pb.MsgUpdateParams.decode(b),
      fromProto: potParamsFromProto,
      validate: validatePotParams,
      invalidParams: potErrors.invalid,
      invalidAuthority: errInvalidAuthority,
      getAuthority: (ctx) => k.getAuthority(ctx),
      setParams: (ctx, p) => k.setParams(ctx, p),
    }),
  ];
}

/** stratos-chain's NodeType.String(). */
export function nodeTypeName(t: number): string {
  return (
    ({ 7: "storage/database/computation", 6: "database/storage", 5: "computation/storage", 4: "storage", 3: "computation/database", 2: "database", 1: "computation" } as Record<number, string>)[t] ??
    "UNKNOWN"
  );
}
