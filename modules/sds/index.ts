import type { AppModule } from "../../chain/app/module.ts";
import { sdsAminoConverters } from "./amino.ts";
import { exportSdsGenesis, initSdsGenesis, validateSdsGenesis } from "./genesis.ts";
import { SdsKeeper } from "./keeper.ts";
import { sdsMsgs } from "./msgs.ts";
import { sdsQueries } from "./queries.ts";

/** BeginBlock and EndBlock are no-ops (§3.5). */
export function sdsModule(keeper: SdsKeeper): AppModule {
  return {
    name: "sds",
    msgs: sdsMsgs(keeper),
    queries: sdsQueries(keeper),
    aminoConverters: sdsAminoConverters(),
    // stchaind (stratos-chain 0.47) signs amino JSON with its legacy codec names ("sds/…Tx").
    legacyAminoConverters: sdsAminoConverters({ names: "legacy", bareUnregistered: true }),
    // Left out of a new genesis: an absent section means the default params (and keeps `init` output as it was).
    defaultGenesis: () => undefined,
    validateGenesis: validateSdsGenesis,
    initGenesis: (ctx, state) => initSdsGenesis(ctx, keeper, state),
    exportGenesis: (ctx) => exportSdsGenesis(ctx, keeper),
  };
}

export { SdsKeeper };
