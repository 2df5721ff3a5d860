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
}

export const defaultAppConfig = (): AppConfig => ({
  minimum_gas_prices: `${DEFAULT_MIN_GAS_PRICE}wei`,
  abci_address: "tcp://127.0.0.1:26658",
  max_tx_bytes: DEFAULT_MAX_TX_BYTES,
  keep_recent: 1000,
  grpc_enable: true,
  // Loopback by default (the SDK listens on 0.0.0.0): exposing it is the operator's choice.
  grpc_address: "127.0.0.1:9090",
  rest_address: "127.0.0.1:1317",
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
