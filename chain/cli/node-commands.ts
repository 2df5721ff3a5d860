// init, start, genesis, export: setting up and running a validator home.
import { writeFileSync } from "node:fs";
import { addGenesisAccount, exportGenesis } from "../node/genesis.ts";
import { initHome } from "../node/home.ts";
import { runNode } from "../node/run.ts";
import { homeOption, requirePositionals, UsageError, type Command } from "./util.ts";

export const nodeCommands: Command[] = [
  {
    name: "init",
    summary: "Create a validator home: cometbft config and keys, genesis with default params, app config",
    usage: "init <moniker> --chain-id <id> [--home DIR] [--overwrite]",
    options: { ...homeOption, "chain-id": { type: "string" }, overwrite: { type: "boolean", default: false } },
    run({ values, positionals }) {
      const [moniker] = requirePositionals(positionals, ["moniker"]);
      if (!values["chain-id"]) throw new UsageError("--chain-id is required");
      if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,48}$/.test(values["chain-id"])) throw new UsageError(`invalid chain id ${JSON.stringify(values["chain-id"])}`);
      initHome(values.home, moniker, values["chain-id"], values.overwrite);
      console.log(`initialised ${values.home} for chain ${values["chain-id"]}`);
    },
  },
  {
    name: "genesis add-account",
    summary: "Add a funded account to genesis.json (amounts like 10stos, 5gwei, 123wei)",
    usage: "genesis add-account <address> <coins> [--home DIR]",
    options: { ...homeOption },
    run({ values, positionals }) {
      const [address, coins] = requirePositionals(positionals, ["address", "coins"]);
      try {
        addGenesisAccount(values.home, address, coins);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      console.log(`added ${coins} for ${address}`);
    },
  },
  {
    name: "export",
    summary: "Print a genesis.json of the current state (app_state from every module); a chain started from it has the same state",
    usage: "export [--home DIR] [--output FILE]",
    options: { ...homeOption, output: { type: "string" } },
    run({ values }) {
      const genesis = exportGenesis(values.home);
      const text = JSON.stringify(genesis, null, 2) + "\n";
      if (values.output) writeFileSync(values.output, text);
      else process.stdout.write(text);
    },
  },
  {
    name: "start",
    summary: "Run the validator: ABCI server, supervising a cometbft child process",
    usage: "start [--home DIR] [--external-cometbft] [--abci tcp://127.0.0.1:26658] [--rest 127.0.0.1:1317 | --rest off]",
    options: { ...homeOption, "external-cometbft": { type: "boolean", default: false }, abci: { type: "string" }, rest: { type: "string" } },
    async run({ values }) {
      await runNode({ home: values.home, externalCometbft: values["external-cometbft"], abciAddress: values.abci, restAddress: values.rest });
      await new Promise(() => {}); // runs until a signal or cometbft exits
    },
  },
];
