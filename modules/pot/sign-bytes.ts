// What the meta nodes BLS-sign for a volume report (shared by the chain's check and the report builder).
import { keccak256 } from "../../chain/crypto/hash.ts";
import { stratos } from "../../proto/client.ts";

const pb = stratos.pot.v1;

/**
 * The bytes the meta nodes BLS-sign over (as Keccak-256): the report's protobuf encoding with
 * BLS_signature set to an empty struct. Upstream (x/pot/types/msg.go GetBLSSignBytes) assigns
 * `BLSSignatureInfo{}` to a non-nullable gogoproto field, which still marshals as field 6 with zero
 * length (bytes 0x32 0x00); ts-proto does the same for a present, empty message.
 */
export function volumeReportSignBytes(m: VolumeReportFields): Uint8Array {
  return pb.MsgVolumeReport.encode(
    pb.MsgVolumeReport.fromPartial({
      walletVolumes: m.walletVolumes ?? [],
      reporter: m.reporter ?? "",
      epoch: m.epoch ?? "",
      reportReference: m.reportReference ?? "",
      reporterOwner: m.reporterOwner ?? "",
      BLSSignature: {},
    }),
  ).finish();
}

/** A MsgVolumeReport without (or regardless of) its BLS signature. */
export type VolumeReportFields = Omit<stratos.pot.v1.MsgVolumeReport, "BLSSignature"> & { BLSSignature?: stratos.pot.v1.BLSSignatureInfo | undefined };

export const volumeReportTxData = (m: VolumeReportFields) => keccak256(volumeReportSignBytes(m));
