// The app's own node config (home/config/app.json): node-local settings, not consensus rules.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_MAX_TX_BYTES, DEFAULT_MIN_GAS_PRICE } from "../app/app.ts";

export interface AppConfig {
  /** e.g. "1000000000wei": minimum fee per unit of gas for txs entering this node's mempool. */
  minimum_gas_prices: string;
  abci_address: string;
  max_tx_bytes: number;
  /** Heights kept for historical queries and proofs (0 = all). */
  keep_recent: number;
  /** gRPC server (query services, cosmos.tx.v1beta1.Service, reflection); the SDK's [grpc] enable/address. */
  grpc_enable: boolean;
  grpc_address: string;
  /** REST (LCD) server address host:port; "" or "off": no REST server. */
  rest_address: string;
  /**
   * Free-space floor (MiB) of the data directory's filesystem: below it the node refuses to start
   * and to commit another block (it stops, non-zero, saying so) instead of running into a full disk
   * mid-write. 0: no floor.
   */
  min_free_disk_mb: number;
  /**
   * Seconds without a commit of ours, while a peer is already past our next height, after which
   * the node counts itself stalled (cometbft's consensus stopped while its RPC and mempool go on)
   * and CheckTx refuses new txs, which would otherwise be accepted and lost. 0: never.
   */
  stall_after_s: number;
}

export const DEFAULT_MIN_FREE_DISK_MB = 500;
export const DEFAULT_STALL_AFTER_S = 10;

export const defaultAppConfig = (): AppConfig => ({
  minimum_gas_prices: `${DEFAULT_MIN_GAS_PRICE}wei`,
  abci_address: "tcp://127.0.0.1:26658",
  max_tx_bytes: DEFAULT_MAX_TX_BYTES,
  keep_recent: 1000,
  grpc_enable: true,
  // Loopback by default (the SDK listens on 0.0.0.0): exposing it is the operator's choice.
  grpc_address: "127.0.0.1:9090",
  rest_address: "127.0.0.1:1317",
  min_free_disk_mb: DEFAULT_MIN_FREE_DISK_MB,
  stall_after_s: DEFAULT_STALL_AFTER_S,
});

export function appConfigPath(home: string): string {
  return join(home, "config", "app.json");
}

export function readAppConfig(home: string): AppConfig {
  const path = appConfigPath(home);
  if (!existsSync(path)) return defaultAppConfig();
  let parsed: Partial<AppConfig>;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const cfg = { ...defaultAppConfig(), ...parsed };
  parseGasPrice(cfg.minimum_gas_prices);
  if (typeof cfg.grpc_enable !== "boolean") throw new Error(`${path}: grpc_enable must be true or false, got ${JSON.stringify(cfg.grpc_enable)}`);
  if (typeof cfg.grpc_address !== "string" || !/^[^\s:]+:\d{1,5}$/.test(cfg.grpc_address)) {
    throw new Error(`${path}: grpc_address must be host:port, got ${JSON.stringify(cfg.grpc_address)}`);
  }
  if (!Number.isSafeInteger(cfg.min_free_disk_mb) || cfg.min_free_disk_mb < 0) {
    throw new Error(`${path}: min_free_disk_mb must be a whole number of MiB (0 = no floor), got ${JSON.stringify(cfg.min_free_disk_mb)}`);
  }
  if (!Number.isSafeInteger(cfg.stall_after_s) || cfg.stall_after_s < 0) {
    throw new Error(`${path}: stall_after_s must be a whole number of seconds (0 = never), got ${JSON.stringify(cfg.stall_after_s)}`);
  }
  return cfg;
}

export function writeAppConfig(home: string, cfg: AppConfig): void {
  writeFileSync(appConfigPath(home), JSON.stringify(cfg, null, 2) + "\n");
}

/** "1000000000wei" or "1gwei" → wei per gas. Only the fee denom counts. */
export function parseGasPrice(text: string): bigint {
  const m = /^(\d+)(wei|gwei)$/.exec(text.trim());
  if (!m) throw new Error(`minimum_gas_prices ${JSON.stringify(text)}: expected e.g. 1000000000wei or 1gwei`);
  return BigInt(m[1]) * (m[2] === "gwei" ? 1_000_000_000n : 1n);
}
