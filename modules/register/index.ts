import type { AminoConverters } from "@cosmjs/stargate";
import type { AppModule } from "../../chain/app/module.ts";
import { stratosAminoConverters } from "../../proto/client.ts";
import { exportRegisterGenesis, initRegisterGenesis, validateRegisterGenesis } from "./genesis.ts";
import { RegisterKeeper } from "./keeper.ts";
import { registerMsgs } from "./msgs.ts";
import { registerQueries } from "./queries.ts";

function registerAminoConverters(): AminoConverters {
  return Object.fromEntries(Object.entries(stratosAminoConverters()).filter(([url]) => url.startsWith("/stratos.register.")));
}

export function registerModule(keeper: RegisterKeeper): AppModule {
  return {
    name: "register",
    msgs: registerMsgs(keeper),
    queries: registerQueries(keeper),
    aminoConverters: registerAminoConverters(),
    validateGenesis: validateRegisterGenesis,
    initGenesis: (ctx, state) => initRegisterGenesis(ctx, keeper, state),
    exportGenesis: (ctx) => exportRegisterGenesis(ctx, keeper),
    endBlock: (ctx) => keeper.endBlock(ctx),
  };
}

export { RegisterKeeper };
export { registerModuleAccounts } from "./keeper.ts";
