import { createDistributionAminoConverters } from "@cosmjs/stargate";
import type { AppModule } from "../../chain/app/module.ts";
import { defaultDistributionGenesis, exportDistributionGenesis, initDistributionGenesis, validateDistributionGenesis } from "./genesis.ts";
import { DistributionKeeper } from "./keeper.ts";
import { distributionMsgs } from "./msgs.ts";
import { distributionQueries } from "./queries.ts";

export function distributionModule(k: DistributionKeeper): AppModule {
  return {
    name: "distribution",
    msgs: distributionMsgs(k),
    queries: distributionQueries(k),
    // "cosmos-sdk/MsgWithdrawDelegationReward", "cosmos-sdk/MsgWithdrawValCommission",
    // "cosmos-sdk/MsgModifyWithdrawAddress", "cosmos-sdk/MsgFundCommunityPool": the SDK's codec names.
    aminoConverters: createDistributionAminoConverters(),
    defaultGenesis: defaultDistributionGenesis,
    validateGenesis: validateDistributionGenesis,
    initGenesis: (ctx, state) => initDistributionGenesis(ctx, k, state),
    exportGenesis: (ctx) => exportDistributionGenesis(ctx, k),
    // The previous block's fees (fee_collector) to the last commit's validators.
    beginBlock: (ctx) => k.beginBlock(ctx),
  };
}

export { DistributionKeeper };
