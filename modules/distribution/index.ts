import { createDistributionAminoConverters } from "@cosmjs/stargate";
import type { AppModule } from "../../chain/app/module.ts";
import { defaultDistributionGenesis, exportDistributionGenesis, initDistributionGenesis, validateDistributionGenesis } from "./genesis.ts";
import { DistributionKeeper } from "./keeper.ts";
import { distributionMsgs } from "./msgs.ts";
import { distributionQueries } from "./queries.ts";

const converters = createDistributionAminoConverters();
const COMMISSION = "/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission";

export function distributionModule(k: DistributionKeeper): AppModule {
  return {
    name: "distribution",
    msgs: distributionMsgs(k),
    queries: distributionQueries(k),
    // CosmJS's names ("cosmos-sdk/MsgWithdrawDelegationReward", "cosmos-sdk/MsgModifyWithdrawAddress",
    // "cosmos-sdk/MsgFundCommunityPool" as the SDK's codec); the SDK 0.47 codec names commission
    // withdrawal "cosmos-sdk/MsgWithdrawValCommission" where CosmJS says "…MsgWithdrawValidatorCommission",
    // so that form is accepted too.
    aminoConverters: converters,
    legacyAminoConverters: { [COMMISSION]: { ...converters[COMMISSION], aminoType: "cosmos-sdk/MsgWithdrawValCommission" } },
    defaultGenesis: defaultDistributionGenesis,
    validateGenesis: validateDistributionGenesis,
    initGenesis: (ctx, state) => initDistributionGenesis(ctx, k, state),
    exportGenesis: (ctx) => exportDistributionGenesis(ctx, k),
    // The previous block's fees (fee_collector) to the last commit's validators.
    beginBlock: (ctx) => k.beginBlock(ctx),
  };
}

export { DistributionKeeper };
