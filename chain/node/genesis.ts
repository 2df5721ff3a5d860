// Genesis files of a validator home (config/genesis.json): read, write, add accounts and balances,
// and the current state exported as a genesis. Library code for the CLI, localnet, tests and bench.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { accAddressFromBech32 } from "../types/address.ts";
import { addCoins, coinsFromWire, coinsToWire, parseCoinsText } from "../types/coins.ts";
import { StratosApp } from "../root/app.ts";

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
