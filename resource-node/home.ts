// The resource node's home folder (the same shape as meta-node's):
//   <home>/config.json      settings (ResourceNodeConfig; every field has a default)
//   <home>/p2p-key.json     ed25519 P2P key in `stratos-chain node-key new` form (stsds1… identity)
//   <home>/wallet.json      the owner wallet (mnemonic; secp256k1 by default as the repo's keyring, or eth_secp256k1 as Stratos wallets)
//   <home>/api-token        secret of the local API (/api/v1) the CLI uses
//   <home>/data/            lmdb: slice index, outbox of reports, repair jobs, served-bytes log
//   <home>/storage/         slices/<xx>/<sliceHash>, tmp/
//   <home>/staging/         uploads being staged by the gateway (emptied on start)
//   <home>/logs/resource-node.log, <home>/resource-node.pid
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { KeyType } from "../chain/crypto/pubkey.ts";
import { DEFAULT_HD_PATH, deriveKey, generateMnemonic, validateMnemonic } from "../chain/keys/hd.ts";
import { newNodeKey, readNodeKeyFile, type NodeKeyFile } from "../chain/keys/node-key.ts";
import { signerFromPrivateKey, type Signer } from "../chain/keys/signer.ts";
import { NodeIdentity } from "../meta-node/protocol/node-key.ts";
import { DEFAULT_SLICE_SIZE } from "../meta-node/protocol/slices.ts";
import { signWalletMessage } from "../meta-node/protocol/wallet-signature.ts";
import type { WalletSigner } from "./gateway.ts";
import { DEFAULT_RECEIPT_RETENTION_MS, DEFAULT_SERVED_RETENTION_MS } from "./storage.ts";
import { readDaemonConfig } from "../meta-node/protocol/daemon-config.ts";

export interface ResourceNodeConfig {
  /** CometBFT RPC of a chain node. */
  chainRpc: string;
  /** Where the API listens. */
  host: string;
  port: number;
  /** The URL others reach this node at; published as description.website when registering. */
  publicUrl: string;
  /** Meta-node URLs to start discovery from besides the genesis (each is checked on chain). */
  metaSeeds: string[];
  moniker: string;
  /** Slice size of uploads through this gateway (Stratos: 32 MiB). */
  sliceSize: number;
  /** Storage offered, bytes (0 = unlimited). */
  capacityBytes: number;
  heartbeatIntervalMs: number;
  /** A peer silent for this long fails the transfer. */
  peerTimeoutMs: number;
  /** Parallel slice transfers of one upload. */
  sendConcurrency: number;
  /** Slices fetched ahead during a download. */
  downloadWindow: number;
  gasPrice: string;
  /** A receipt every bonded meta node has is deleted here after this long (they keep it for the report and audits). */
  receiptRetentionMs: number;
  /** A record of a served slice whose receipt never came is deleted after this long (its epoch pays nothing by then). */
  servedRetentionMs: number;
}

export const DEFAULT_CONFIG: ResourceNodeConfig = {
  chainRpc: "http://127.0.0.1:26657",
  host: "127.0.0.1",
  port: 18281,
  publicUrl: "http://127.0.0.1:18281",
  metaSeeds: [],
  moniker: "",
  sliceSize: DEFAULT_SLICE_SIZE,
  capacityBytes: 0,
  heartbeatIntervalMs: 10_000,
  peerTimeoutMs: 30_000,
  sendConcurrency: 12,
  downloadWindow: 4,
  gasPrice: "1000000000wei",
  receiptRetentionMs: DEFAULT_RECEIPT_RETENTION_MS,
  servedRetentionMs: DEFAULT_SERVED_RETENTION_MS,
};

export const paths = (home: string) => ({
  config: join(home, "config.json"),
  p2pKey: join(home, "p2p-key.json"),
  wallet: join(home, "wallet.json"),
  apiToken: join(home, "api-token"),
  data: join(home, "data"),
  storage: join(home, "storage"),
  staging: join(home, "staging"),
  logs: join(home, "logs"),
  log: join(home, "logs", "resource-node.log"),
  pid: join(home, "resource-node.pid"),
});

export class HomeError extends Error {}

export function validateConfig(c: ResourceNodeConfig): ResourceNodeConfig {
  const bad = (what: string): never => {
    throw new HomeError(`config.json: ${what}`);
  };
  if (!/^https?:\/\/[^/]+/.test(c.chainRpc)) bad(`chainRpc must be an http(s) URL, got ${JSON.stringify(c.chainRpc)}`);
  if (!/^http:\/\/[^/]+$/.test(c.publicUrl)) bad(`publicUrl must be an http:// base URL without a path, got ${JSON.stringify(c.publicUrl)}`);
  if (!Number.isInteger(c.port) || c.port < 0 || c.port > 65535) bad(`port must be 0..65535, got ${c.port}`);
  if (!Array.isArray(c.metaSeeds) || c.metaSeeds.some((u) => typeof u !== "string" || !/^http:\/\/[^/]+$/.test(u))) bad("metaSeeds must be a list of http:// base URLs");
  if (!Number.isInteger(c.sliceSize) || c.sliceSize < 1 || c.sliceSize > DEFAULT_SLICE_SIZE) bad(`sliceSize must be 1..${DEFAULT_SLICE_SIZE}, got ${c.sliceSize}`);
  for (const k of ["capacityBytes", "heartbeatIntervalMs", "peerTimeoutMs", "receiptRetentionMs", "servedRetentionMs"] as const) if (!Number.isSafeInteger(c[k]) || c[k] < 0) bad(`${k} must be a non-negative integer, got ${c[k]}`);
  for (const k of ["sendConcurrency", "downloadWindow"] as const) if (!Number.isInteger(c[k]) || c[k] < 1 || c[k] > 64) bad(`${k} must be 1..64, got ${c[k]}`);
  if (!/^\d+(\.\d+)?[a-z]+$/.test(c.gasPrice)) bad(`gasPrice must look like 1000000000wei, got ${JSON.stringify(c.gasPrice)}`);
  return c;
}

export function readConfig(home: string): ResourceNodeConfig {
  return readDaemonConfig({ path: paths(home).config, home, daemon: "resource-node", defaults: DEFAULT_CONFIG, validate: validateConfig, error: HomeError, listKnown: true });
}

export function writeConfig(home: string, c: ResourceNodeConfig): void {
  writeFileSync(paths(home).config, JSON.stringify(validateConfig(c), null, 2) + "\n");
}

export interface WalletFile {
  mnemonic: string;
  keyType: KeyType;
  hdPath: string;
  address: string;
}

export interface InitOptions {
  config?: Partial<ResourceNodeConfig>;
  /** Use this wallet instead of a new one (e.g. a funded localnet account). */
  mnemonic?: string;
  keyType?: KeyType;
  /** Use this P2P key instead of a new one. */
  p2pKey?: NodeKeyFile;
  force?: boolean;
}

export async function initHome(home: string, o: InitOptions = {}): Promise<{ address: string; wallet: string; mnemonic?: string }> {
  const p = paths(home);
  if (existsSync(p.p2pKey) && !o.force) throw new HomeError(`${home} already has a resource node (p2p-key.json); pass --force to replace its keys`);
  for (const d of [home, p.data, p.storage, p.staging, p.logs]) mkdirSync(d, { recursive: true });
  writeConfig(home, { ...DEFAULT_CONFIG, ...o.config });
  const nk = o.p2pKey ?? newNodeKey();
  writeFileSync(p.p2pKey, JSON.stringify(nk, null, 2) + "\n", { mode: 0o600 });
  const mnemonic = o.mnemonic ?? generateMnemonic(24);
  if (!validateMnemonic(mnemonic)) throw new HomeError("the wallet mnemonic is not a valid BIP39 mnemonic");
  const keyType = o.keyType ?? "secp256k1";
  const signer = await walletSignerFrom(mnemonic, keyType, DEFAULT_HD_PATH);
  const wallet: WalletFile = { mnemonic, keyType, hdPath: DEFAULT_HD_PATH, address: signer.chain.address };
  writeFileSync(p.wallet, JSON.stringify(wallet, null, 2) + "\n", { mode: 0o600 });
  writeFileSync(p.apiToken, randomBytes(24).toString("hex") + "\n", { mode: 0o600 });
  return { address: nk.network_address, wallet: wallet.address, mnemonic: o.mnemonic ? undefined : mnemonic };
}

export interface NodeKeys {
  identity: NodeIdentity;
  /** Signs chain txs. */
  chainSigner: Signer;
  /** Signs Stratos wallet messages (user requests). */
  walletSigner: WalletSigner;
}

function readJsonFile(path: string, what: string): any {
  if (!existsSync(path)) throw new HomeError(`${what} is missing (${path}): run 'resource-node init'`);
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new HomeError(`cannot read ${path}: ${(e as Error).message}`);
  }
}

async function walletSignerFrom(mnemonic: string, keyType: KeyType, hdPath: string): Promise<{ chain: Signer; wallet: WalletSigner }> {
  const dk = await deriveKey(mnemonic, keyType, hdPath);
  const priv = Uint8Array.from(dk.privkey);
  const chain = signerFromPrivateKey(priv, keyType);
  return { chain, wallet: { address: chain.address, sign: (m) => signWalletMessage(priv, m, keyType) } };
}

export async function loadKeys(home: string): Promise<NodeKeys> {
  const p = paths(home);
  if (!existsSync(p.p2pKey)) throw new HomeError(`no P2P key in ${home}: run 'resource-node init --home ${home}' first`);
  let identity: NodeIdentity;
  try {
    identity = NodeIdentity.fromKeyFile(readNodeKeyFile(p.p2pKey));
  } catch (e) {
    throw new HomeError((e as Error).message);
  }
  const w = readJsonFile(p.wallet, "the wallet") as WalletFile;
  const s = await walletSignerFrom(w.mnemonic, w.keyType, w.hdPath ?? DEFAULT_HD_PATH);
  return { identity, chainSigner: s.chain, walletSigner: s.wallet };
}

export function readApiToken(home: string): string {
  const p = paths(home).apiToken;
  if (!existsSync(p)) throw new HomeError(`no API token in ${home} (${p}): run 'resource-node init --home ${home}'`);
  return readFileSync(p, "utf8").trim();
}
