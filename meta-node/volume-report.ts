// The volume-report builder a meta node uses (and the tests now): the epoch's report, its txData,
// BLS signatures of several meta nodes over it, their aggregate — a MsgVolumeReport ready for the
// submitting owner's wallet. txData is computed by the same function the chain checks it with.
import { blsAggregateSignatures, blsPublicKey, blsSign } from "../chain/crypto/bls.ts";
import { volumeReportTxData, type VolumeReportFields } from "../modules/pot/msgs.ts";
import { stratos } from "../proto/client.ts";

export interface VolumeReportBody {
  /** wallet (st…) → noz consumed by its traffic in the epoch. */
  walletVolumes: { walletAddress: string; volume: bigint }[];
  /** stsds… address of the submitting meta node. */
  reporter: string;
  /** Its owner account (st…), the tx signer. */
  reporterOwner: string;
  epoch: bigint;
  reportReference: string;
}

/** One co-signer: a meta node's BLS secret key (chain/crypto/bls.ts). */
export interface ReportSigner {
  blsSecretKey: Uint8Array;
}

export function volumeReportMessage(body: VolumeReportBody): VolumeReportFields {
  return {
    walletVolumes: body.walletVolumes.map((w) => ({ walletAddress: w.walletAddress, volume: w.volume.toString() })),
    reporter: body.reporter,
    epoch: body.epoch.toString(),
    reportReference: body.reportReference,
    reporterOwner: body.reporterOwner,
  };
}

/** What each co-signing meta node signs: Keccak-256 of the report with the BLS field cleared. */
export function volumeReportDigest(body: VolumeReportBody): Uint8Array {
  return volumeReportTxData(volumeReportMessage(body));
}

/** A partial signature, as one meta node would send it to the submitter. */
export function signVolumeReport(body: VolumeReportBody, signer: ReportSigner): { pubKey: Uint8Array; signature: Uint8Array } {
  return { pubKey: blsPublicKey(signer.blsSecretKey), signature: blsSign(signer.blsSecretKey, volumeReportDigest(body)) };
}

/** Aggregates collected partial signatures into the message (each public key once, in the given order). */
export function assembleVolumeReport(body: VolumeReportBody, parts: { pubKey: Uint8Array; signature: Uint8Array }[]) {
  if (parts.length === 0) throw new Error("a volume report needs at least one BLS signature");
  const seen = new Set<string>();
  for (const p of parts) {
    const k = Buffer.from(p.pubKey).toString("hex");
    if (seen.has(k)) throw new Error(`BLS public key ${k} signed twice`);
    seen.add(k);
  }
  const value: stratos.pot.v1.MsgVolumeReport = {
    ...volumeReportMessage(body),
    BLSSignature: {
      pubKeys: parts.map((p) => p.pubKey),
      signature: blsAggregateSignatures(parts.map((p) => p.signature)),
      txData: volumeReportDigest(body),
    },
  };
  return { typeUrl: "/stratos.pot.v1.MsgVolumeReport", value };
}

/** Build, sign with every signer and aggregate in one go (a single process holding all keys: tests, localnet). */
export function buildVolumeReport(body: VolumeReportBody, signers: ReportSigner[]) {
  return assembleVolumeReport(body, signers.map((s) => signVolumeReport(body, s)));
}

/** The JSON file `stratos-chain tx pot volume-report --file` reads. */
export function volumeReportToJson(msg: stratos.pot.v1.MsgVolumeReport) {
  const b64 = (u: Uint8Array | null | undefined) => Buffer.from(u ?? new Uint8Array()).toString("base64");
  return {
    wallet_volumes: (msg.walletVolumes ?? []).map((w) => ({ wallet_address: w.walletAddress, volume: w.volume })),
    reporter: msg.reporter,
    epoch: msg.epoch,
    report_reference: msg.reportReference,
    reporter_owner: msg.reporterOwner,
    bls_signature: {
      pub_keys: (msg.BLSSignature?.pubKeys ?? []).map(b64),
      signature: b64(msg.BLSSignature?.signature),
      tx_data: b64(msg.BLSSignature?.txData),
    },
  };
}
