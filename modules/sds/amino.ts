// Amino JSON (SIGN_MODE_LEGACY_AMINO_JSON) of the sds Msgs: Go json tags of stratos-chain's
// x/sds/types/*.pb.go, with the rules of proto/amino.ts. Collected into stratosAminoTypes() by
// proto/client.ts and registered by the module (index.ts).
import { aminoConverters, f, type AminoMsgDef, type Spec, type StratosAminoOptions } from "../../proto/amino.ts";
import { typeUrls } from "../../proto/registry.ts";

const sdsParams: Spec = [f("bondDenom", "bond_denom", "string")];

export const sdsAminoMsgs: readonly AminoMsgDef[] = [
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
];

export const sdsAminoConverters = (options: StratosAminoOptions = {}) => aminoConverters(sdsAminoMsgs, options);
