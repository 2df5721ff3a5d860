// init, start, genesis: setting up and running a validator home.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { accAddressFromBech32 } from "../types/address.ts";
import { coinsToWire, parseCoinsText, addCoins, coinsFromWire } from "../types/coins.ts";
import { cometbftInit, patchCometConfig } from "../node/cometbft.ts";
import { defaultAppConfig, writeAppConfig } from "../node/config.ts";
import { runNode } from "../node/run.ts";
import { StratosApp } from "../app/app.ts";
import { defaultBankGenesisMetadata } from "../../modules/bank/genesis.ts";
import { authParamsToJson, defaultAuthParams } from "../../modules/auth/params.ts";
import { bankParamsToJson, defaultBankParams } from "../../modules/bank/params.ts";
import { homeOption, requirePositionals, UsageError, type Command } from "./util.ts";

export function genesisPath(home: string) {
  return join(home, "config", "genesis.json");
}

export function readGenesis(home: string): any {
  const path = genesisPath(home);
  if (!existsSync(path)) throw new Error(`${path} not found: run 'stratos-chain init' first`);
  return JSON.parse(readFileSync(path, "utf8"));
}

export function writeGenesis(home: string, genesis: any): void {
  writeFileSync(genesisPath(home), JSON.stringify(genesis, null, 2) + "\n");
}

export function defaultAppState() {
  return {
    auth: { params: authParamsToJson(defaultAuthParams), accounts: [] },
    bank: { params: bankParamsToJson(defaultBankParams), balances: [], supply: [], denom_metadata: defaultBankGenesisMetadata, send_enabled: [] },
  };
}

/** Consensus timings and limits every home we create gets; the tests and localnet use the same. */
export const defaultCometSettings = {
  "consensus.timeout_commit": "1s",
  "consensus.timeout_propose": "2s",
  "consensus.create_empty_blocks_interval": "0s",
  // Larger than the app's own max_tx_bytes so an oversize tx gets the app's readable error.
  "mempool.max_tx_bytes": 4 * 1024 * 1024,
  "mempool.max_txs_bytes": 256 * 1024 * 1024,
  "rpc.max_body_bytes": 8 * 1024 * 1024,
  "rpc.timeout_broadcast_tx_commit": "30s",
  "tx_index.indexer": "kv",
  "p2p.addr_book_strict": false,
  "p2p.allow_duplicate_ip": true,
  "instrumentation.prometheus": false,
};

export function initHome(home: string, moniker: string, chainId: string, overwrite = false): void {
  if (existsSync(genesisPath(home))) {
    if (!overwrite) throw new Error(`${home} is already initialised (use --overwrite to start over)`);
    rmSync(join(home, "config"), { recursive: true, force: true });
    rmSync(join(home, "data"), { recursive: true, force: true });
  }
  cometbftInit(home);
  patchCometConfig(home, { moniker, proxy_app: "tcp://127.0.0.1:26658", ...defaultCometSettings });
  const genesis = readGenesis(home);
  genesis.chain_id = chainId;
  genesis.app_state = defaultAppState();
  // Room for large txs (a volume report of many wallets) in a block.
  genesis.consensus_params.block.max_bytes = String(8 * 1024 * 1024);
  writeGenesis(home, genesis);
  writeAppConfig(home, defaultAppConfig());
}

export function addGenesisAccount(home: string, address: string, coinsText: string): void {
  accAddressFromBech32(address);
  const genesis = readGenesis(home);
  const auth = genesis.app_state.auth;
  if (!auth.accounts.some((a: any) => (a.address ?? a.base_account?.address) === address)) {
    const next = auth.accounts.reduce((m: number, a: any) => Math.max(m, Number(a.account_number ?? a.base_account?.account_number ?? 0) + 1), 0);
    auth.accounts.push({ "@type": "/cosmos.auth.v1beta1.BaseAccount", address, pub_key: null, account_number: String(next), sequence: "0" });
  }
  writeGenesis(home, genesis);
  addGenesisBalance(home, address, coinsText);
}

/**
 * A genesis bank balance without an auth account: for module accounts (e.g. pot's
 * foundation_account), which the app creates itself at InitChain.
 */
export function addGenesisBalance(home: string, address: string, coinsText: string): void {
  accAddressFromBech32(address);
  const coins = parseCoinsText(coinsText);
  const genesis = readGenesis(home);
  const bank = genesis.app_state.bank;
  const existing = bank.balances.find((b: any) => b.address === address);
  if (existing) existing.coins = coinsToWire(addCoins(coinsFromWire(existing.coins), coins));
  else bank.balances.push({ address, coins: coinsToWire(coins) });
  bank.supply = [];
  writeGenesis(home, genesis);
}

/**
 * The current state as a genesis: app_state exported by the modules, chain id, consensus params and
 * validators of the existing genesis, initial_height = last height + 1 (as `simd export` does).
 * lmdb allows a second reader, so this works while the node runs (state as of its last commit).
 */
export function exportGenesis(home: string): any {
  const genesis = readGenesis(home);
  const app = new StratosApp({ dataDir: join(home, "data", "app.lmdb"), logger: { info() {}, error() {} } });
  try {
    const { height, appState } = app.exportAppState();
    if (height === 0n) throw new Error(`no committed state in ${home} yet: start the node first`);
    return { ...genesis, initial_height: String(height + 1n), app_hash: "", app_state: appState };
  } finally {
    app.close();
  }
}

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
    usage: "start [--home DIR] [--external-cometbft] [--abci tcp://127.0.0.1:26658]",
    options: { ...homeOption, "external-cometbft": { type: "boolean", default: false }, abci: { type: "string" } },
    async run({ values }) {
      await runNode({ home: values.home, externalCometbft: values["external-cometbft"], abciAddress: values.abci });
      await new Promise(() => {}); // runs until a signal or cometbft exits
    },
  },
];
