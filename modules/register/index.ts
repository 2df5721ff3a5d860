import type { AppModule } from "../../chain/app/module.ts";
import { registerAminoConverters } from "./amino.ts";
import { exportRegisterGenesis, initRegisterGenesis, validateRegisterGenesis } from "./genesis.ts";
import { RegisterKeeper } from "./keeper.ts";
import { registerMsgs } from "./msgs.ts";
import { registerQueries } from "./queries.ts";

export function registerModule(keeper: RegisterKeeper): AppModule {
  return {
    name: "register",
    msgs: registerMsgs(keeper),
    queries: registerQueries(keeper),
    aminoConverters: registerAminoConverters(),
    // stchaind (stratos-chain 0.47) signs amino JSON with its legacy codec names ("register/…Tx").
    legacyAminoConverters: registerAminoConverters({ names: "legacy", bareUnregistered: true }),
    // Left out of a new genesis: an absent section means the default params (and keeps `init` output as it was).
    defaultGenesis: () => undefined,
    validateGenesis: validateRegisterGenesis,
    initGenesis: (ctx, state) => initRegisterGenesis(ctx, keeper, state),
    exportGenesis: (ctx) => exportRegisterGenesis(ctx, keeper),
    endBlock: (ctx) => keeper.endBlock(ctx),
  };
}

export { RegisterKeeper };
export { registerModuleAccounts } from "./keeper.ts";
