import type { AppModule } from "../../chain/app/module.ts";
import { slashingAminoConverters } from "./amino.ts";
import { defaultSlashingGenesis, exportSlashingGenesis, initSlashingGenesis, validateSlashingGenesis } from "./genesis.ts";
import { SlashingKeeper } from "./keeper.ts";
import { slashingMsgs } from "./msgs.ts";
import { slashingQueries } from "./queries.ts";

export function slashingModule(k: SlashingKeeper): AppModule {
  return {
    name: "slashing",
    msgs: slashingMsgs(k),
    queries: slashingQueries(k),
    aminoConverters: slashingAminoConverters(),
    defaultGenesis: defaultSlashingGenesis,
    validateGenesis: validateSlashingGenesis,
    initGenesis: (ctx, state) => initSlashingGenesis(ctx, k, state),
    exportGenesis: (ctx) => exportSlashingGenesis(ctx, k),
    // Liveness from decided_last_commit and double signs from misbehavior, before the block's txs.
    beginBlock: (ctx) => k.beginBlock(ctx),
  };
}

export { SlashingKeeper };
