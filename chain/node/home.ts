// A validator home: cometbft config and keys, the default genesis, the app's config.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { defaultAppState } from "../root/genesis.ts";
import { cometbftInit, patchCometConfig } from "./cometbft.ts";
import { defaultAppConfig, writeAppConfig } from "./config.ts";
import { genesisPath, readGenesis, writeGenesis } from "./genesis.ts";

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
