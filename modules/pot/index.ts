import type { AppModule } from "../../chain/app/module.ts";
import { potAminoConverters } from "./amino.ts";
import { exportPotGenesis, initPotGenesis, validatePotGenesis } from "./genesis.ts";
import { PotKeeper } from "./keeper.ts";
import { potMsgs } from "./msgs.ts";
import { potQueries } from "./queries.ts";

/** BeginBlock: nothing. EndBlock: reward maturity and supply restoration (§5). */
export function potModule(keeper: PotKeeper): AppModule {
  return {
    name: "pot",
    msgs: potMsgs(keeper),
    queries: potQueries(keeper),
    aminoConverters: potAminoConverters(),
    // stchaind (stratos-chain 0.47) signs amino JSON with its legacy codec names ("pot/…Tx").
    legacyAminoConverters: potAminoConverters({ names: "legacy", bareUnregistered: true }),
    // Left out of a new genesis: an absent section means the default params (and keeps `init` output as it was).
    defaultGenesis: () => undefined,
    validateGenesis: validatePotGenesis,
    initGenesis: (ctx, state) => initPotGenesis(ctx, keeper, state),
    exportGenesis: (ctx) => exportPotGenesis(ctx, keeper),
    endBlock: (ctx) => keeper.endBlock(ctx),
  };
}

export { PotKeeper };
export { potModuleAccounts } from "./keeper.ts";
