// Sample values for every Stratos Msg, with every field set to a non-default value.
import { cosmos, ed25519PubkeyAny, google, stratos, typeUrls, type StratosMsgValues, type StratosTypeUrl } from "../../../proto/client.ts";

export const long = (n: number | string) => BigInt(n);

export const bytes = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (seed + i * 7) & 0xff);

export const OWNER = "st1lx7gf2gwjzxyd3ezfkrn0r4xqhcyk5fgwe8g7t";
export const OWNER2 = "st1qzj9q6d2kw8ycp0p5xpsh4stadplfm0k0hx7xc";
export const NODE = "stsds1cw8qhgsxddak8hh8gs7veqmy5ku8f8za6qlq64";
export const NODE2 = "stsds1mc2lfcg0tr2yv2kvsa4pqyhpcrs7hfu9wnmd2u";
export const nodeKey = bytes(32, 11);
export const blsPubKey = bytes(48, 3);
export const blsPop = bytes(96, 5);

const description: stratos.register.v1.Description = {
  moniker: "node-1",
  identity: "id",
  website: "https://example.org",
  securityContact: "ops@example.org",
  details: "a <test> & node",
};

const coin = (amount: string, denom = "wei"): cosmos.base.v1beta1.Coin => ({ denom, amount });
const duration = (seconds: number): google.protobuf.Duration => ({ seconds: long(seconds), nanos: 5 });

export const fullMsgs: { [K in StratosTypeUrl]: StratosMsgValues[K] } = {
  [typeUrls.register.MsgCreateResourceNode]: {
    networkAddress: NODE,
    pubkey: ed25519PubkeyAny(nodeKey),
    value: coin("1000000000000000000"),
    ownerAddress: OWNER,
    beneficiaryAddress: OWNER2,
    description,
    nodeType: 4,
  },
  [typeUrls.register.MsgRemoveResourceNode]: { resourceNodeAddress: NODE, ownerAddress: OWNER },
  [typeUrls.register.MsgUpdateResourceNode]: {
    description,
    beneficiaryAddress: OWNER2,
    networkAddress: NODE,
    ownerAddress: OWNER,
    nodeType: 2,
  },
  [typeUrls.register.MsgUpdateResourceNodeDeposit]: { networkAddress: NODE, ownerAddress: OWNER, depositDelta: coin("5") },
  [typeUrls.register.MsgUpdateEffectiveDeposit]: {
    reporters: [NODE2, NODE],
    reporterOwner: [OWNER2, OWNER],
    networkAddress: NODE,
    effectiveTokens: "123456789012345678901234567890",
  },
  [typeUrls.register.MsgCreateMetaNode]: {
    networkAddress: NODE2,
    pubkey: ed25519PubkeyAny(nodeKey),
    value: coin("2000000000000000000"),
    ownerAddress: OWNER,
    beneficiaryAddress: OWNER2,
    description,
    blsPubKey,
    blsPop,
  },
  [typeUrls.register.MsgRemoveMetaNode]: { metaNodeAddress: NODE2, ownerAddress: OWNER },
  [typeUrls.register.MsgUpdateMetaNode]: {
    description,
    beneficiaryAddress: OWNER2,
    networkAddress: NODE2,
    ownerAddress: OWNER,
    blsPubKey,
    blsPop,
  },
  [typeUrls.register.MsgUpdateMetaNodeDeposit]: { networkAddress: NODE2, ownerAddress: OWNER, depositDelta: coin("7", "gwei") },
  [typeUrls.register.MsgMetaNodeRegistrationVote]: {
    candidateNetworkAddress: NODE2,
    candidateOwnerAddress: OWNER2,
    opinion: true,
    voterNetworkAddress: NODE,
    voterOwnerAddress: OWNER,
  },
  [typeUrls.register.MsgKickMetaNodeVote]: {
    targetNetworkAddress: NODE2,
    opinion: true,
    voterNetworkAddress: NODE,
    voterOwnerAddress: OWNER,
  },
  [typeUrls.register.MsgUpdateParams]: {
    authority: OWNER2,
    params: {
      bondDenom: "wei",
      unbondingThreasholdTime: duration(15552000),
      unbondingCompletionTime: duration(1209600),
      maxEntries: 16,
      resourceNodeRegEnabled: true,
      resourceNodeMinDeposit: coin("1000000000000000000"),
      votingPeriod: duration(604800),
    },
  },
  [typeUrls.sds.MsgFileUpload]: { fileHash: "v05ahm53rv07iqcj9aamd0ljkp2t9qcc0elcq8vrc", from: NODE, reporter: NODE2, uploader: OWNER },
  [typeUrls.sds.MsgPrepay]: { sender: OWNER, beneficiary: OWNER2, amount: [coin("1000", "gwei"), coin("1000000000")] },
  [typeUrls.sds.MsgUpdateParams]: { authority: OWNER2, params: { bondDenom: "wei" } },
  [typeUrls.pot.MsgVolumeReport]: {
    walletVolumes: [
      { walletAddress: OWNER, volume: "100" },
      { walletAddress: OWNER2, volume: "99999999999999999999" },
    ],
    reporter: NODE,
    epoch: "42",
    reportReference: "report-42",
    reporterOwner: OWNER,
    BLSSignature: { pubKeys: [bytes(48, 1), bytes(48, 2)], signature: bytes(96, 9), txData: bytes(32, 4) },
  },
  [typeUrls.pot.MsgWithdraw]: { amount: [coin("10")], walletAddress: OWNER, targetAddress: OWNER2 },
  [typeUrls.pot.MsgFoundationDeposit]: { amount: [coin("77")], from: OWNER },
  [typeUrls.pot.MsgSlashingResourceNode]: {
    reporters: [NODE2],
    reporterOwner: [OWNER2],
    networkAddress: NODE,
    walletAddress: OWNER,
    slashing: "1000",
    suspend: true,
  },
  [typeUrls.pot.MsgUpdateParams]: {
    authority: OWNER2,
    params: {
      bondDenom: "wei",
      rewardDenom: "utros",
      matureEpoch: long("9007199254740993"),
      miningRewardParams: [
        {
          totalMinedValveStart: coin("0"),
          totalMinedValveEnd: coin("16819200000000000000000000"),
          miningReward: coin("80000000000000000000"),
          blockChainPercentageInBp: "2000",
          resourceNodePercentageInBp: "6000",
          metaNodePercentageInBp: "2000",
        },
      ],
      communityTax: "20000000000000000",
      initialTotalSupply: coin("100000000000000000000000000"),
    },
  },
};

/** The generated class of each Msg. */
export const msgClass = (typeUrl: StratosTypeUrl): any => {
  const [, pkg, ver, name] = /^\/stratos\.(\w+)\.(\w+)\.(\w+)$/.exec(typeUrl)!;
  return (stratos as any)[pkg!][ver!][name!];
};
