// Amino JSON (SIGN_MODE_LEGACY_AMINO_JSON) of the register Msgs: Go json tags of stratos-chain's
// x/register/types/*.pb.go, with the rules of proto/amino.ts. Collected into stratosAminoTypes() by
// proto/client.ts and registered by the module (index.ts).
import { aminoConverters, f, type AminoMsgDef, type Spec, type StratosAminoOptions } from "../../proto/amino.ts";
import { typeUrls } from "../../proto/registry.ts";

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

// Our BLS additions: omitted when empty (see the header).
const blsFields: Spec = [f("blsPubKey", "bls_pub_key", "bytes", true), f("blsPop", "bls_pop", "bytes", true)];

export const registerAminoMsgs: readonly AminoMsgDef[] = [
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
];

export const registerAminoConverters = (options: StratosAminoOptions = {}) => aminoConverters(registerAminoMsgs, options);
