import { createBankAminoConverters } from "@cosmjs/stargate";
import type { AppModule } from "../../chain/app/module.ts";
import type { AuthKeeper } from "../auth/keeper.ts";
import { defaultBankGenesisMetadata, exportBankGenesis, initBankGenesis, validateBankGenesis } from "./genesis.ts";
import { BankKeeper } from "./keeper.ts";
import { bankMsgs } from "./msgs.ts";
import { bankParamsToJson, defaultBankParams } from "./params.ts";
import { bankQueries } from "./queries.ts";

export function bankModule(bank: BankKeeper, auth: AuthKeeper): AppModule {
  return {
    name: "bank",
    msgs: bankMsgs(bank, auth),
    queries: bankQueries(bank),
    aminoConverters: createBankAminoConverters(),
    defaultGenesis: () => ({ params: bankParamsToJson(defaultBankParams), balances: [], supply: [], denom_metadata: defaultBankGenesisMetadata, send_enabled: [] }),
    validateGenesis: validateBankGenesis,
    initGenesis: (ctx, state) => initBankGenesis(ctx, bank, state),
    exportGenesis: (ctx) => exportBankGenesis(ctx, bank),
  };
}

export { BankKeeper };
