// Amino JSON (SIGN_MODE_LEGACY_AMINO_JSON) of the pot Msgs: Go json tags of stratos-chain's
// x/pot/types/*.pb.go, with the rules of proto/amino.ts. Collected into stratosAminoTypes() by
// proto/client.ts and registered by the module (index.ts).
import { aminoConverters, f, type AminoMsgDef, type Spec, type StratosAminoOptions } from "../../proto/amino.ts";
import { typeUrls } from "../../proto/registry.ts";

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

export const potAminoMsgs: readonly AminoMsgDef[] = [
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

export const potAminoConverters = (options: StratosAminoOptions = {}) => aminoConverters(potAminoMsgs, options);
