// The meta node's home folder: config.json, its three keys, lmdb data, logs.
//
//   <home>/config.json     settings (see MetaNodeConfig; every field has a default)
//   <home>/p2p-key.json    ed25519 P2P key in `stratos-chain node-key new` form (stsds1… identity)
//   <home>/wallet.json     the owner wallet (mnemonic, secp256k1 or eth_secp256k1): signs chain txs
//   <home>/bls-key.json    BLS12-381 key (volume reports, README change #8) with its proof of possession
//   <home>/data/           lmdb: chain cursor and view, file index, ozone ledger
//   <home>/logs/meta-node.log, <home>/meta-node.pid
import { ed25519 } from "@noble/curves/ed25519.js";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { blsPopProve, blsPublicKey, blsSecretKeyFromSeed } from "../chain/crypto/bls.ts";
import { ACCOUNT_PREFIX, toBech32 } from "../chain/crypto/bech32.ts";
import type { KeyType } from "../chain/crypto/pubkey.ts";
import { DEFAULT_HD_PATH, deriveKey, generateMnemonic, validateMnemonic } from "../chain/keys/hd.ts";
import { signerFromPrivateKey, type Signer } from "../chain/keys/signer.ts";
import { newNodeKey, readNodeKeyFile, type NodeKeyFile } from "../chain/keys/node-key.ts";
import { readDaemonConfig } from "./protocol/daemon-config.ts";

export interface MetaNodeConfig {
  /** CometBFT RPC of a chain node (http; the websocket is derived from it). */
  chainRpc: string;
  /** Where the API listens. */
  host: string;
  port: number;
  /** The URL others reach this node at; published as description.website on registration. */
  publicUrl: string;
  /** A resource node without a heartbeat for this long is dead: not chosen, its slices repaired. */
  livenessTimeoutMs: number;
  /** How often repair, replication hints and confirmations are looked at. */
  maintenanceIntervalMs: number;
  /** Lifetime of upload and repair permits. */
  permitTtlMs: number;
  /** Replicas per slice unless an upload asks for another number (capped by the live eligible nodes). */
  defaultReplicas: number;
  /** Largest slice size an upload may use (Stratos' 32 MiB). */
  maxSliceSize: number;
  /** Wait before this node sends MsgUpdateEffectiveDeposit for a new resource node, per rank in the ring (0 for the owner). */
  effectiveDepositStaggerMs: number;
  /** Gas price for the node's own txs, in wei per gas unit. */
  gasPriceWei: string;
  /** Timeout of a request to another node. */
  peerTimeoutMs: number;
  /** Proof of Traffic: an epoch is this many blocks; epoch e covers heights ((e-1)·n, e·n]. */
  epochBlocks: number;
  /** Receipts of an epoch are taken until this many blocks after it ends; then it is reported. */
  epochGraceBlocks: number;
  /** The k-th reporter of an epoch steps in k × this many blocks after the epoch closed. */
  reporterFailoverBlocks: number;
}

export const DEFAULT_CONFIG: MetaNodeConfig = {
  chainRpc: "http://127.0.0.1:26657",
  host: "127.0.0.1",
  port: 18900,
  publicUrl: "http://127.0.0.1:18900",
  livenessTimeoutMs: 60_000,
  maintenanceIntervalMs: 5_000,
  permitTtlMs: 30 * 60_000,
  defaultReplicas: 3,
  maxSliceSize: 33_554_432,
  effectiveDepositStaggerMs: 10_000,
  gasPriceWei: "1000000000",
  peerTimeoutMs: 10_000,
  epochBlocks: 1200,
  epochGraceBlocks: 20,
  reporterFailoverBlocks: 30,
};

export interface WalletFile {
  mnemonic: string;
  keyType: KeyType;
  hdPath: string;
  address: string;
}

export interface BlsKeyFile {
  /** 32-byte secret scalar, hex. */
  secret: string;
  /** 48-byte compressed G1 public key, hex. */
  pubkey: string;
  /** 96-byte proof of possession of the public key, hex. */
  pop: string;
}

export const paths = (home: string) => ({
  config: join(home, "config.json"),
  p2pKey: join(home, "p2p-key.json"),
  wallet: join(home, "wallet.json"),
  bls: join(home, "bls-key.json"),
  data: join(home, "data"),
  logs: join(home, "logs"),
  log: join(home, "logs", "meta-node.log"),
  pid: join(home, "meta-node.pid"),
});

export class HomeError extends Error {}

export function validateConfig(c: MetaNodeConfig): MetaNodeConfig {
  const bad = (what: string) => {
    throw new HomeError(`config.json: ${what}`);
  };
  if (!/^https?:\/\/[^/]+/.test(c.chainRpc)) bad(`chainRpc must be an http(s) URL, got ${JSON.stringify(c.chainRpc)}`);
  if (!/^https?:\/\/[^/]+$/.test(c.publicUrl)) bad(`publicUrl must be an http(s) base URL without a path, got ${JSON.stringify(c.publicUrl)}`);
  if (!Number.isInteger(c.port) || c.port < 0 || c.port > 65535) bad(`port must be 0..65535, got ${c.port}`);
  for (const k of ["livenessTimeoutMs", "maintenanceIntervalMs", "permitTtlMs", "effectiveDepositStaggerMs", "peerTimeoutMs"] as const) {
    if (!Number.isInteger(c[k]) || c[k] < 0) bad(`${k} must be a non-negative integer, got ${c[k]}`);
  }
  for (const k of ["epochBlocks", "epochGraceBlocks", "reporterFailoverBlocks"] as const) {
    if (!Number.isInteger(c[k]) || c[k] < (k === "epochGraceBlocks" ? 0 : 1)) bad(`${k} must be a ${k === "epochGraceBlocks" ? "non-negative" : "positive"} integer, got ${c[k]}`);
  }
  if (!Number.isInteger(c.defaultReplicas) || c.defaultReplicas < 1 || c.defaultReplicas > 16) bad(`defaultReplicas must be 1..16, got ${c.defaultReplicas}`);
  if (!Number.isInteger(c.maxSliceSize) || c.maxSliceSize < 1) bad(`maxSliceSize must be a positive integer, got ${c.maxSliceSize}`);
  if (!/^\d+$/.test(c.gasPriceWei)) bad(`gasPriceWei must be a decimal integer string, got ${JSON.stringify(c.gasPriceWei)}`);
  return c;
}

export function readConfig(home: string): MetaNodeConfig {
  return readDaemonConfig({ path: paths(home).config, home, daemon: "meta-node", defaults: DEFAULT_CONFIG, validate: validateConfig, error: HomeError });
}

export function writeConfig(home: string, c: MetaNodeConfig): void {
  writeFileSync(paths(home).config, JSON.stringify(validateConfig(c), null, 2) + "\n");
}

export interface InitOptions {
  config?: Partial<MetaNodeConfig>;
  /** Use this wallet instead of a new one (e.g. a funded localnet account). */
  mnemonic?: string;
  keyType?: KeyType;
  /** Use this P2P key (node-key JSON) instead of a new one. */
  p2pKey?: NodeKeyFile;
  /** Use this BLS secret (hex) instead of a new one. */
  blsSecret?: string;
  force?: boolean;
}

/** Creates the home folder with config, P2P key, wallet and BLS key. Refuses to overwrite keys unless force. */
export async function initHome(home: string, o: InitOptions = {}): Promise<{ address: string; wallet: string; blsPubKey: string }> {
  const p = paths(home);
  if (existsSync(p.p2pKey) && !o.force) throw new HomeError(`${home} already has a meta node (p2p-key.json); pass --force to replace its keys`);
  mkdirSync(home, { recursive: true });
  mkdirSync(p.data, { recursive: true });
  mkdirSync(p.logs, { recursive: true });
  writeConfig(home, { ...DEFAULT_CONFIG, ...o.config });
  const nk = o.p2pKey ?? newNodeKey();
  writeFileSync(p.p2pKey, JSON.stringify(nk, null, 2) + "\n", { mode: 0o600 });
  const mnemonic = o.mnemonic ?? generateMnemonic(24);
  if (!validateMnemonic(mnemonic)) throw new HomeError("the wallet mnemonic is not a valid BIP39 mnemonic");
  const keyType = o.keyType ?? "secp256k1";
  const dk = await deriveKey(mnemonic, keyType, DEFAULT_HD_PATH);
  const address = toBech32(ACCOUNT_PREFIX, dk.address);
  dk.privkey.fill(0);
  const wallet: WalletFile = { mnemonic, keyType, hdPath: DEFAULT_HD_PATH, address };
  writeFileSync(p.wallet, JSON.stringify(wallet, null, 2) + "\n", { mode: 0o600 });
  const sk = o.blsSecret ? new Uint8Array(Buffer.from(o.blsSecret, "hex")) : blsSecretKeyFromSeed(randomBytes(32));
  if (sk.length !== 32) throw new HomeError("the BLS secret must be 32 bytes (64 hex digits)");
  const bls: BlsKeyFile = { secret: Buffer.from(sk).toString("hex"), pubkey: Buffer.from(blsPublicKey(sk)).toString("hex"), pop: Buffer.from(blsPopProve(sk)).toString("hex") };
  writeFileSync(p.bls, JSON.stringify(bls, null, 2) + "\n", { mode: 0o600 });
  return { address: nk.network_address, wallet: address, blsPubKey: bls.pubkey };
}

export interface NodeKeys {
  address: string;
  /** ed25519 seed (32 bytes). */
  p2pSecret: Uint8Array;
  p2pPubkey: Uint8Array;
  wallet: Signer;
  bls: BlsKeyFile;
}

function readJson(path: string, what: string): any {
  if (!existsSync(path)) throw new HomeError(`${what} is missing (${path}): run 'meta-node init'`);
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new HomeError(`cannot read ${path}: ${(e as Error).message}`);
  }
}

export async function loadKeys(home: string): Promise<NodeKeys> {
  const p = paths(home);
  if (!existsSync(p.p2pKey)) throw new HomeError(`no P2P key in ${home}: run 'meta-node init --home ${home}' first`);
  let nk: NodeKeyFile;
  try {
    nk = readNodeKeyFile(p.p2pKey);
  } catch (e) {
    throw new HomeError((e as Error).message);
  }
  const p2pSecret = new Uint8Array(Buffer.from(nk.priv_key, "base64"));
  if (p2pSecret.length !== 32) throw new HomeError(`${p.p2pKey} has no private key`);
  const w = readJson(p.wallet, "the wallet") as WalletFile;
  const dk = await deriveKey(w.mnemonic, w.keyType, w.hdPath ?? DEFAULT_HD_PATH);
  const wallet = signerFromPrivateKey(dk.privkey, w.keyType);
  dk.privkey.fill(0);
  const bls = readJson(p.bls, "the BLS key") as BlsKeyFile;
  return { address: nk.network_address, p2pSecret, p2pPubkey: ed25519.getPublicKey(p2pSecret), wallet, bls };
}
