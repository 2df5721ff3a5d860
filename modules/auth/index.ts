import type { AppModule } from "../../chain/app/module.ts";
import { exportAuthGenesis, initAuthGenesis, validateAuthGenesis } from "./genesis.ts";
import { AuthKeeper } from "./keeper.ts";
import { authMsgs } from "./msgs.ts";
import { authParamsToJson, defaultAuthParams } from "./params.ts";
import { authQueries } from "./queries.ts";

export function authModule(keeper: AuthKeeper): AppModule {
  return {
    name: "auth",
    msgs: authMsgs,
    queries: authQueries(keeper),
    defaultGenesis: () => ({ params: authParamsToJson(defaultAuthParams), accounts: [] }),
    validateGenesis: validateAuthGenesis,
    initGenesis: (ctx, state) => initAuthGenesis(ctx, keeper, state),
    exportGenesis: (ctx) => exportAuthGenesis(ctx, keeper),
  };
}

export { AuthKeeper };
