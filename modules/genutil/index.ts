// genutil: app_state.genutil.gen_txs, each executed at InitChain as a normal tx (ante handler and
// router), then the validator set staking computes from them goes to CometBFT — what the SDK's genutil
// does, so a new chain's validators are real staking validators with a self-delegation.
import type { AppModule } from "../../chain/app/module.ts";
import type { GenutilStakingKeeper } from "./expected.ts";
import { gentxFromJson } from "./gentx.ts";

function parse(state: any): Uint8Array[] {
  const txs = state?.gen_txs ?? [];
  if (!Array.isArray(txs)) throw new Error("genutil.gen_txs must be an array");
  return txs.map((j: unknown, i: number) => gentxFromJson(j, `genutil.gen_txs[${i}]`));
}

export function genutilModule(staking: GenutilStakingKeeper): AppModule {
  return {
    name: "genutil",
    msgs: [],
    queries: {},
    defaultGenesis: () => ({ gen_txs: [] }),
    validateGenesis: (state) => void parse(state),
    initGenesis(ctx, state) {
      const txs = parse(state);
      if (txs.length === 0) return;
      if (!ctx.deliverGenesisTx) throw new Error("genutil: gentxs can only run at InitChain");
      for (const [i, tx] of txs.entries()) {
        const r = ctx.deliverGenesisTx(tx);
        if (r.code !== 0) throw new Error(`genutil.gen_txs[${i}] failed (code ${r.code}, codespace ${r.codespace}): ${r.log}`);
      }
      return staking.applyValidatorSetUpdates(ctx);
    },
    // Gentxs have run; an exported chain carries their result in staking's section (as the SDK).
    exportGenesis: () => ({ gen_txs: [] }),
  };
}
