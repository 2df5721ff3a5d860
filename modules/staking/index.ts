import { createStakingAminoConverters } from "@cosmjs/stargate";
import type { AppModule } from "../../chain/app/module.ts";
import { defaultStakingGenesis, exportStakingGenesis, initStakingGenesis, validateStakingGenesis } from "./genesis.ts";
import { StakingKeeper, stakingModuleAccounts } from "./keeper.ts";
import { stakingMsgs } from "./msgs.ts";
import { stakingQueries } from "./queries.ts";

export function stakingModule(k: StakingKeeper): AppModule {
  return {
    name: "staking",
    msgs: stakingMsgs(k),
    queries: stakingQueries(k),
    aminoConverters: createStakingAminoConverters(),
    defaultGenesis: defaultStakingGenesis,
    validateGenesis: validateStakingGenesis,
    initGenesis: (ctx, state) => initStakingGenesis(ctx, k, state),
    exportGenesis: (ctx) => exportStakingGenesis(ctx, k),
    beginBlock: (ctx) => k.trackHistoricalInfo(ctx),
    // The validator set CometBFT uses follows bonded power (returned from FinalizeBlock).
    endBlock: (ctx) => k.endBlock(ctx),
  };
}

export { StakingKeeper, stakingModuleAccounts };
