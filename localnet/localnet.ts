/**
 * A multi-validator Stratos network on one machine: N validator homes under one directory, one
 * shared genesis (fixed validator set, funded accounts), every node on 127.0.0.1 with its own
 * ports, each run as a detached `stratos-chain start` (our app + its cometbft child).
 *
 * Everything about a localnet is in <dir>/localnet.json, so any process (the CLI, a test, a
 * later `up`) can open it, and stop exactly the processes that were started for it.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import { join, resolve } from "node:path";
import { addGenesisAccount, addGenesisBalance, genesisPath, initHome, readGenesis, writeGenesis } from "../chain/cli/node-commands.ts";
import { accAddressToBech32, moduleAddress } from "../chain/types/address.ts";
import { patchCometConfig, type TomlSettings } from "../chain/node/cometbft.ts";
import { readAppConfig, writeAppConfig } from "../chain/node/config.ts";
import { pidFilePath } from "../chain/node/run.ts";
import { ACCOUNT_PREFIX, toBech32 } from "../chain/crypto/bech32.ts";
import type { KeyType } from "../chain/crypto/pubkey.ts";
import { blsPublicKey, blsSecretKeyFromSeed } from "../chain/crypto/bls.ts";
import { DEFAULT_HD_PATH, deriveKey, generateMnemonic } from "../chain/keys/hd.ts";
import { Keyring } from "../chain/keys/keyring.ts";
import { newNodeKey, type NodeKeyFile } from "../chain/keys/node-key.ts";
import { parseCoinsText } from "../chain/types/coins.ts";
import { allocatePorts, isNodeProcess, isPortFree, signal, waitUntil } from "./processes.ts";

export const LOCALNET_FILE = "localnet.json";
export const DEFAULT_CHAIN_ID = "stratos-localnet-1";
export const DEFAULT_VALIDATORS = 4;
export const MAX_VALIDATORS = 32;
export const DEFAULT_TIMEOUT_COMMIT = "1s";
/** Node i prefers p2p base+10i, rpc base+10i+1, abci base+10i+2: node0 gets cometbft's usual ports. */
export const DEFAULT_BASE_PORT = 26656;
export const VALIDATOR_POWER = "10";

const projectRoot = join(import.meta.dirname, "..");
const chainCli = join(projectRoot, "bin", "stratos-chain.mjs");

export interface AccountSpec {
  name: string;
  /** Genesis balance, e.g. "1000stos". */
  coins: string;
  keyType?: KeyType;
  /** Use this mnemonic instead of generating one. */
  mnemonic?: string;
}

export interface LocalnetAccount {
  name: string;
  address: string;
  mnemonic: string;
  keyType: KeyType;
  hdPath: string;
  coins: string;
}

export interface NodePorts {
  rpc: number;
  p2p: number;
  abci: number;
}

export interface NodePids {
  app?: number;
  cometbft?: number;
}

export interface LocalnetNodeInfo {
  name: string;
  home: string;
  nodeId: string;
  validatorAddress: string;
  ports: NodePorts;
  rpc: string;
  p2p: string;
  abci: string;
  pids: NodePids;
}

/** A resource or meta node put into the genesis (bonded, active), with its owner account and node key. */
export interface LocalnetSdsNode {
  name: string;
  kind: "meta" | "resource";
  networkAddress: string;
  /** ed25519 public key, base64 (32 bytes). */
  pubkey: string;
  /** ed25519 seed, base64 (32 bytes). */
  privKey: string;
  /** The node key in `stratos-chain node-key` file form (for --node-key), relative to the localnet dir. */
  keyFile: string;
  /** Deposit (tokens) in wei; for resource nodes also the effective deposit. */
  deposit: string;
  /** Funded owner account; its key is in every node's test keyring under the node's name. */
  owner: LocalnetAccount;
  /**
   * Meta nodes only (README change #8): BLS12-381 secret key, hex (32 bytes, usable directly with
   * chain/crypto/bls.ts blsSign), derived by KeyGen (blsSecretKeyFromSeed) from 32 random bytes.
   */
  blsSecretKey?: string;
  /** Meta nodes only: the matching 48-byte compressed G1 public key, hex; it is the genesis `bls_pub_key`. */
  blsPubKey?: string;
}

export interface LocalnetInfo {
  version: 1;
  chainId: string;
  timeoutCommit: string;
  createdAt: string;
  nodes: LocalnetNodeInfo[];
  accounts: LocalnetAccount[];
  /** Genesis SDS nodes (absent in localnets made before they existed). */
  sdsNodes?: LocalnetSdsNode[];
}

/** How many genesis meta and resource nodes, and their deposits (default 3 meta × 100stos, 2 resource × 10stos). */
export interface SdsNodesOptions {
  meta?: number;
  resource?: number;
  metaDeposit?: string;
  resourceDeposit?: string;
  /** Owner balance on top of the deposit (default 1000stos). */
  ownerCoins?: string;
}
export const DEFAULT_SDS_NODES: Required<SdsNodesOptions> = { meta: 3, resource: 2, metaDeposit: "100stos", resourceDeposit: "10stos", ownerCoins: "1000stos" };

export interface CreateOptions {
  /** The localnet directory; nodes go to <home>/node0…; must not exist or be empty. */
  home: string;
  validators?: number;
  chainId?: string;
  /** CometBFT consensus.timeout_commit, a Go duration ("1s", "300ms"). */
  timeoutCommit?: string;
  /** Funded genesis accounts; default defaultAccounts(validators). */
  accounts?: AccountSpec[];
  /** Add every account to each node's `test` keyring (default true). */
  keyring?: boolean;
  /** "random": any free ports (tests); a number: the base port (see DEFAULT_BASE_PORT); busy ports fall back to free ones. */
  ports?: "random" | number;
  /** More config.toml settings for every node, applied last. */
  cometSettings?: TomlSettings;
  /** Bonded meta and resource nodes in genesis, so ozone can be prepaid at once (default DEFAULT_SDS_NODES; false: none). */
  sdsNodes?: SdsNodesOptions | false;
  /**
   * Edits the shared genesis (parsed genesis.json, e.g. app_state.register.params) after accounts and
   * SDS nodes are added and before it is written to every node.
   */
  genesisPatch?: (genesis: any, created: { accounts: LocalnetAccount[]; sdsNodes: LocalnetSdsNode[] }) => void;
  /** Genesis balance of pot's foundation_account, the source of mining rewards (default 1000000stos). */
  foundationCoins?: string;
}

/** 1e6 stos pays 12,500 stage-1 mining rewards of 80 stos. */
export const DEFAULT_FOUNDATION_COINS = "1000000stos";

export interface StartNodeOptions {
  /** Extra environment for this node's processes (e.g. test fault injection). */
  env?: Record<string, string>;
  /** How long to wait for the node to record its pids (default 60 s). */
  timeoutMs?: number;
}

export interface NodeStatus {
  name: string;
  running: boolean;
  pids: NodePids;
  alive: { app: boolean; cometbft: boolean };
  height?: number;
  appHash?: string;
  catchingUp?: boolean;
  peers?: number;
  error?: string;
}

/** faucet (large), operator<i> per validator, user0…user<users-1>. */
export function defaultAccounts(validators: number, opts: { users?: number; userCoins?: string; faucetCoins?: string; operatorCoins?: string } = {}): AccountSpec[] {
  return [
    // Total supply must stay within pot's initial_total_supply (1e8 stos).
    { name: "faucet", coins: opts.faucetCoins ?? "10000000stos" },
    ...Array.from({ length: validators }, (_, i) => ({ name: `operator${i}`, coins: opts.operatorCoins ?? "1000stos" })),
    ...Array.from({ length: opts.users ?? 3 }, (_, i) => ({ name: `user${i}`, coins: opts.userCoins ?? "1000stos" })),
  ];
}

/** A CometBFT (Go) duration: "1s", "300ms", "1m30s". */
export function isGoDuration(text: string): boolean {
  return /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(text);
}

export function isValidChainId(id: string): boolean {
  return /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,48}$/.test(id);
}

/** CometBFT node id: hex of the first 20 bytes of sha256(ed25519 public key). */
export function nodeIdFromHome(home: string): string {
  const key = JSON.parse(readFileSync(join(home, "config", "node_key.json"), "utf8"));
  const priv = Buffer.from(key.priv_key.value, "base64"); // 64 bytes: seed ‖ public key
  return createHash("sha256").update(priv.subarray(32)).digest("hex").slice(0, 40);
}

export async function rpcCall(url: string, method: string, params: Record<string, unknown> = {}, timeoutMs = 5000): Promise<any> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await res.json()) as any;
  if (body.error) throw new Error(`${method}: ${body.error.message ?? ""} ${body.error.data ?? ""}`.trim());
  return body.result;
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch {
    return undefined;
  }
}

function tail(path: string, lines: number): string {
  if (!existsSync(path)) return "(no log yet)";
  // Only the end of the file: node logs grow large.
  const size = statSync(path).size;
  const start = Math.max(0, size - 256 * 1024);
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(size - start);
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, start + off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off).toString("utf8").split("\n").slice(-lines - 1).join("\n").trimEnd();
  } finally {
    closeSync(fd);
  }
}

/** One validator of a localnet. */
export class LocalnetNode {
  constructor(
    readonly net: Localnet,
    readonly index: number,
  ) {}

  get info(): LocalnetNodeInfo {
    return this.net.info.nodes[this.index];
  }
  get name(): string {
    return this.info.name;
  }
  /** Derived from the localnet directory, so a moved localnet still works. */
  get home(): string {
    return join(this.net.dir, this.info.name);
  }
  get chainId(): string {
    return this.net.chainId;
  }
  get rpcUrl(): string {
    return `http://127.0.0.1:${this.info.ports.rpc}`;
  }
  get logFile(): string {
    return join(this.home, "node.log");
  }

  rpc(method: string, params: Record<string, unknown> = {}): Promise<any> {
    return rpcCall(this.rpcUrl, method, params);
  }

  async height(): Promise<number> {
    return Number((await this.rpc("status")).sync_info.latest_block_height);
  }

  /** The app hash this node's own app returned for block h (FinalizeBlock), hex upper-case. */
  async appHashAt(h: number): Promise<string> {
    const r = await this.rpc("block_results", { height: String(h) });
    return Buffer.from(r.app_hash ?? "", "base64").toString("hex").toUpperCase();
  }

  /** PIDs recorded for this node: localnet.json, and the node's own data/node.pids.json. */
  recordedPids(): NodePids {
    // startNode deletes node.pids.json before spawning, so when present it is the latest app's
    // (even one another process started); until the app writes it, localnet.json has the app pid.
    const file = readJson<NodePids>(pidFilePath(this.home));
    return file ? { app: file.app, cometbft: file.cometbft } : { ...this.info.pids };
  }

  /** Live processes of this node (identity-checked). */
  livePids(): number[] {
    const p = this.recordedPids();
    const candidates = new Set([p.app, p.cometbft, this.info.pids?.app, this.info.pids?.cometbft].filter((x): x is number => x !== undefined));
    return [...candidates].filter((pid) => isNodeProcess(pid, this.home));
  }

  alive(): { app: boolean; cometbft: boolean } {
    const p = this.recordedPids();
    return { app: isNodeProcess(p.app, this.home), cometbft: isNodeProcess(p.cometbft, this.home) };
  }

  isRunning(): boolean {
    return this.livePids().length > 0;
  }

  logTail(lines = 40): string {
    return tail(this.logFile, lines);
  }

  failure(message: string, lines = 40): Error {
    return new Error(`${message}\n--- last lines of ${this.logFile} ---\n${this.logTail(lines)}`);
  }

  start(opts: StartNodeOptions = {}): Promise<void> {
    return this.net.startNode(this.index, opts);
  }
  stop(timeoutMs?: number): Promise<void> {
    return this.net.stopNode(this.index, timeoutMs);
  }
  kill9(): Promise<void> {
    return this.net.kill9Node(this.index);
  }

  /** Waits until this node reports height >= h; fails early if the node's processes are gone. */
  async waitForHeight(h: number, timeoutMs = 60_000): Promise<number> {
    let last: unknown = "no answer yet";
    let seen: number | undefined;
    return waitUntil(
      timeoutMs,
      async () => {
        try {
          seen = await this.height();
          if (seen >= h) return seen;
        } catch (e) {
          last = (e as any)?.cause?.code ?? (e as Error).message;
        }
        if (!this.alive().app) throw this.failure(`${this.name} is not running (waiting for height ${h})`);
        return undefined;
      },
      () => this.failure(`${this.name} did not reach height ${h} within ${timeoutMs} ms (last height ${seen ?? "-"}, last error: ${String(last)})`).message,
      150,
    );
  }

  async status(): Promise<NodeStatus> {
    const pids = this.recordedPids();
    const alive = this.alive();
    const s: NodeStatus = { name: this.name, running: alive.app || alive.cometbft, pids, alive };
    if (!alive.cometbft) return s;
    try {
      const [st, net] = await Promise.all([this.rpc("status"), this.rpc("net_info")]);
      s.height = Number(st.sync_info.latest_block_height);
      s.appHash = st.sync_info.latest_app_hash;
      s.catchingUp = st.sync_info.catching_up;
      s.peers = Number(net.n_peers);
    } catch (e) {
      s.error = (e as any)?.cause?.code ?? (e as Error).message;
    }
    return s;
  }
}

/**
 * Adds bonded, active meta nodes meta0… and resource nodes resource0… (effective deposit = deposit)
 * to the genesis in `home`, with funded owner accounts; the register genesis (fresh start) moves the
 * deposits from the owners into the bonded pools and sets the ozone limit to St0 / deposit_noz_rate.
 * Node key files go to <dir>/sds-nodes/<name>.json.
 */
async function addGenesisSdsNodes(dir: string, home: string, o: Required<SdsNodesOptions>): Promise<LocalnetSdsNode[]> {
  for (const [what, n] of [["meta", o.meta], ["resource", o.resource]] as const) {
    if (!Number.isInteger(n) || n < 0 || n > 100) throw new Error(`sdsNodes.${what} must be a whole number from 0 to 100, got ${n}`);
  }
  const wei = (text: string, what: string): bigint => {
    const c = parseCoinsText(text);
    if (c.length !== 1 || c[0].denom !== "wei" || c[0].amount <= 0n) throw new Error(`sdsNodes.${what} must be a positive amount in wei/gwei/stos, got ${JSON.stringify(text)}`);
    return c[0].amount;
  };
  const metaDeposit = wei(o.metaDeposit, "metaDeposit");
  const resourceDeposit = wei(o.resourceDeposit, "resourceDeposit");
  const extra = wei(o.ownerCoins, "ownerCoins");
  const specs = [
    ...Array.from({ length: o.meta }, (_, i) => ({ name: `meta${i}`, kind: "meta" as const, deposit: metaDeposit })),
    ...Array.from({ length: o.resource }, (_, i) => ({ name: `resource${i}`, kind: "resource" as const, deposit: resourceDeposit })),
  ];
  if (specs.length === 0) return [];
  const keyDir = join(dir, "sds-nodes");
  mkdirSync(keyDir, { recursive: true });
  const out: LocalnetSdsNode[] = [];
  for (const spec of specs) {
    const mnemonic = generateMnemonic(24);
    const key = await deriveKey(mnemonic, "secp256k1", DEFAULT_HD_PATH);
    key.privkey.fill(0);
    const address = toBech32(ACCOUNT_PREFIX, key.address);
    const coins = `${spec.deposit + extra}wei`;
    addGenesisAccount(home, address, coins);
    const nk: NodeKeyFile = newNodeKey();
    const keyFile = join("sds-nodes", `${spec.name}.json`);
    writeFileSync(join(dir, keyFile), JSON.stringify(nk, null, 2) + "\n", { mode: 0o600 });
    const blsSk = spec.kind === "meta" ? blsSecretKeyFromSeed(randomBytes(32)) : undefined;
    out.push({
      name: spec.name,
      kind: spec.kind,
      networkAddress: nk.network_address,
      pubkey: nk.pubkey.key,
      privKey: nk.priv_key,
      keyFile,
      deposit: spec.deposit.toString(),
      owner: { name: spec.name, address, mnemonic, keyType: "secp256k1", hdPath: DEFAULT_HD_PATH, coins },
      ...(blsSk ? { blsSecretKey: Buffer.from(blsSk).toString("hex"), blsPubKey: Buffer.from(blsPublicKey(blsSk)).toString("hex") } : {}),
    });
  }
  const genesis = readGenesis(home);
  const creation = genesis.genesis_time;
  const desc = (moniker: string) => ({ moniker, identity: "", website: "", security_contact: "", details: "localnet genesis node" });
  const base = (n: LocalnetSdsNode) => ({
    network_address: n.networkAddress,
    pubkey: { "@type": "/cosmos.crypto.ed25519.PubKey", key: n.pubkey },
    suspend: false,
    status: "BOND_STATUS_BONDED",
    tokens: n.deposit,
    owner_address: n.owner.address,
    description: desc(n.name),
    creation_time: creation,
    beneficiary_address: n.owner.address,
  });
  genesis.app_state.register = {
    ...genesis.app_state.register,
    meta_nodes: out
      .filter((n) => n.kind === "meta")
      .map((n) => ({ ...base(n), bls_pub_key: Buffer.from(n.blsPubKey!, "hex").toString("base64") })),
    resource_nodes: out.filter((n) => n.kind === "resource").map((n) => ({ ...base(n), node_type: 4, effective_tokens: n.deposit })),
  };
  writeGenesis(home, genesis);
  return out;
}

export class Localnet {
  readonly nodes: LocalnetNode[];

  private constructor(
    readonly dir: string,
    public info: LocalnetInfo,
  ) {
    this.nodes = info.nodes.map((_, i) => new LocalnetNode(this, i));
  }

  static file(dir: string): string {
    return join(resolve(dir), LOCALNET_FILE);
  }

  static exists(dir: string): boolean {
    return existsSync(Localnet.file(dir));
  }

  static open(dir: string): Localnet {
    const info = readJson<LocalnetInfo>(Localnet.file(dir));
    if (!info) throw new Error(`no localnet at ${resolve(dir)} (${LOCALNET_FILE} missing or unreadable): run 'localnet up' first`);
    return new Localnet(resolve(dir), info);
  }

  /** Generates every node's home, the shared genesis and localnet.json. Starts nothing. */
  static async create(opts: CreateOptions): Promise<Localnet> {
    const dir = resolve(opts.home);
    const n = opts.validators ?? DEFAULT_VALIDATORS;
    const chainId = opts.chainId ?? DEFAULT_CHAIN_ID;
    const timeoutCommit = opts.timeoutCommit ?? DEFAULT_TIMEOUT_COMMIT;
    if (!Number.isInteger(n) || n < 1 || n > MAX_VALIDATORS) throw new Error(`validators must be a whole number from 1 to ${MAX_VALIDATORS}, got ${n}`);
    if (!isValidChainId(chainId)) throw new Error(`invalid chain id ${JSON.stringify(chainId)}`);
    if (!isGoDuration(timeoutCommit)) throw new Error(`invalid timeout-commit ${JSON.stringify(timeoutCommit)}: expected a duration like 1s or 300ms`);
    const accountSpecs = opts.accounts ?? defaultAccounts(n);
    const names = new Set<string>();
    for (const a of accountSpecs) {
      if (names.has(a.name)) throw new Error(`account name ${a.name} used twice`);
      names.add(a.name);
    }
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      throw new Error(Localnet.exists(dir) ? `a localnet already exists at ${dir}` : `${dir} exists and is not empty (not a localnet directory)`);
    }
    const createdDir = !existsSync(dir);
    mkdirSync(dir, { recursive: true });
    try {
      return await Localnet.build(dir, n, chainId, timeoutCommit, accountSpecs, opts);
    } catch (e) {
      // A half-built localnet would block the next `up`: leave the directory as we found it.
      if (createdDir) rmSync(dir, { recursive: true, force: true });
      else for (const f of readdirSync(dir)) rmSync(join(dir, f), { recursive: true, force: true });
      throw e;
    }
  }

  private static async build(dir: string, n: number, chainId: string, timeoutCommit: string, specs: AccountSpec[], opts: CreateOptions): Promise<Localnet> {
    const base = opts.ports ?? DEFAULT_BASE_PORT;
    const preferred = Array.from({ length: n }, (_, i) => (base === "random" ? [0, 0, 0] : [base + 10 * i + 1, base + 10 * i, base + 10 * i + 2])).flat();
    const ports = await allocatePorts(preferred);
    const nodes: LocalnetNodeInfo[] = [];
    for (let i = 0; i < n; i++) {
      const name = `node${i}`;
      const home = join(dir, name);
      initHome(home, name, chainId);
      const [rpc, p2p, abci] = ports.slice(3 * i, 3 * i + 3);
      const pv = JSON.parse(readFileSync(join(home, "config", "priv_validator_key.json"), "utf8"));
      nodes.push({
        name,
        home,
        nodeId: nodeIdFromHome(home),
        validatorAddress: pv.address,
        ports: { rpc, p2p, abci },
        rpc: `http://127.0.0.1:${rpc}`,
        p2p: `tcp://127.0.0.1:${p2p}`,
        abci: `tcp://127.0.0.1:${abci}`,
        pids: {},
      });
    }

    // One genesis for all: node0's, with every node's consensus key as a validator (no staking
    // module yet, so the validator set is fixed here) and the funded accounts.
    const genesis = readGenesis(nodes[0].home);
    genesis.validators = nodes.map((node) => {
      const pv = JSON.parse(readFileSync(join(node.home, "config", "priv_validator_key.json"), "utf8"));
      return { address: pv.address, pub_key: pv.pub_key, power: VALIDATOR_POWER, name: node.name };
    });
    writeGenesis(nodes[0].home, genesis);
    const accounts: LocalnetAccount[] = [];
    for (const spec of specs) {
      const keyType = spec.keyType ?? "secp256k1";
      const mnemonic = spec.mnemonic ?? generateMnemonic(24);
      const key = await deriveKey(mnemonic, keyType, DEFAULT_HD_PATH);
      key.privkey.fill(0);
      const address = toBech32(ACCOUNT_PREFIX, key.address);
      addGenesisAccount(nodes[0].home, address, spec.coins);
      accounts.push({ name: spec.name, address, mnemonic, keyType, hdPath: DEFAULT_HD_PATH, coins: spec.coins });
    }
    const sdsNodes = opts.sdsNodes === false ? [] : await addGenesisSdsNodes(dir, nodes[0].home, { ...DEFAULT_SDS_NODES, ...opts.sdsNodes });
    // Mining rewards are transfers from foundation_account (spec §4.7), so a usable network funds it.
    addGenesisBalance(nodes[0].home, accAddressToBech32(moduleAddress("foundation_account")), opts.foundationCoins ?? DEFAULT_FOUNDATION_COINS);
    if (opts.genesisPatch) {
      const patched = readGenesis(nodes[0].home);
      opts.genesisPatch(patched, { accounts, sdsNodes });
      writeGenesis(nodes[0].home, patched);
    }
    const genesisText = readFileSync(genesisPath(nodes[0].home));

    for (const [i, node] of nodes.entries()) {
      if (i > 0) writeFileSync(genesisPath(node.home), genesisText);
      const peers = nodes.filter((_, j) => j !== i).map((p) => `${p.nodeId}@127.0.0.1:${p.ports.p2p}`);
      patchCometConfig(node.home, {
        "rpc.laddr": `tcp://127.0.0.1:${node.ports.rpc}`,
        "p2p.laddr": `tcp://127.0.0.1:${node.ports.p2p}`,
        proxy_app: node.abci,
        "p2p.persistent_peers": peers.join(","),
        "consensus.timeout_commit": timeoutCommit,
        // Nothing else may listen: N nodes on one machine would collide on the fixed defaults.
        "rpc.pprof_laddr": "",
        "rpc.grpc_laddr": "",
        "instrumentation.prometheus": false,
        ...opts.cometSettings,
      });
      writeAppConfig(node.home, { ...readAppConfig(node.home), abci_address: node.abci });
      if (opts.keyring !== false) {
        const kr = new Keyring({ dir: node.home, backend: "test" });
        for (const a of accounts) await kr.add(a.name, { keyType: a.keyType, mnemonic: a.mnemonic, hdPath: a.hdPath });
        for (const sn of sdsNodes) await kr.add(sn.name, { keyType: sn.owner.keyType, mnemonic: sn.owner.mnemonic, hdPath: sn.owner.hdPath });
      }
    }

    const info: LocalnetInfo = { version: 1, chainId, timeoutCommit, createdAt: new Date().toISOString(), nodes, accounts, sdsNodes };
    const net = new Localnet(dir, info);
    net.save();
    return net;
  }

  get chainId(): string {
    return this.info.chainId;
  }
  get size(): number {
    return this.nodes.length;
  }
  get accounts(): LocalnetAccount[] {
    return this.info.accounts;
  }
  /** user0, user1, … in order. */
  get users(): LocalnetAccount[] {
    return this.info.accounts.filter((a) => /^user\d+$/.test(a.name)).sort((a, b) => Number(a.name.slice(4)) - Number(b.name.slice(4)));
  }

  /** Genesis meta nodes (meta0, meta1, …). */
  get metaNodes(): LocalnetSdsNode[] {
    return (this.info.sdsNodes ?? []).filter((n) => n.kind === "meta");
  }
  /** Genesis resource nodes (resource0, …). */
  get resourceNodes(): LocalnetSdsNode[] {
    return (this.info.sdsNodes ?? []).filter((n) => n.kind === "resource");
  }

  account(name: string): LocalnetAccount {
    const a = this.info.accounts.find((x) => x.name === name);
    if (!a) throw new Error(`no account ${JSON.stringify(name)} in this localnet (${this.info.accounts.map((x) => x.name).join(", ")})`);
    return a;
  }

  /** By index, "3" or "node3". */
  node(which: number | string): LocalnetNode {
    const i = typeof which === "number" ? which : /^\d+$/.test(which) ? Number(which) : this.nodes.findIndex((n) => n.name === which);
    const node = this.nodes[i];
    if (!node) throw new Error(`no node ${JSON.stringify(which)} in this localnet (${this.nodes.map((x) => x.name).join(", ")})`);
    return node;
  }

  rpcUrl(i = 0): string {
    return this.node(i).rpcUrl;
  }

  save(): void {
    const nodes = this.info.nodes.map((n) => ({ ...n, home: join(this.dir, n.name) }));
    // Mnemonics inside: owner-only, like a keyring.
    writeFileSync(Localnet.file(this.dir), JSON.stringify({ ...this.info, nodes }, null, 2) + "\n", { mode: 0o600 });
  }

  /** Re-reads localnet.json (after another process, e.g. the CLI, changed it). */
  reload(): void {
    const info = readJson<LocalnetInfo>(Localnet.file(this.dir));
    if (!info) throw new Error(`${Localnet.file(this.dir)} missing or unreadable`);
    this.info = info;
  }

  isRunning(): boolean {
    return this.nodes.some((n) => n.isRunning());
  }

  /** Changes consensus.timeout_commit of every node (takes effect at the next start). */
  setTimeoutCommit(timeoutCommit: string): void {
    if (!isGoDuration(timeoutCommit)) throw new Error(`invalid timeout-commit ${JSON.stringify(timeoutCommit)}: expected a duration like 1s or 300ms`);
    for (const n of this.nodes) patchCometConfig(n.home, { "consensus.timeout_commit": timeoutCommit });
    this.info.timeoutCommit = timeoutCommit;
    this.save();
  }

  /** Starts every node that is not running. env: per node index. */
  async start(opts: { env?: (i: number) => Record<string, string> | undefined; timeoutMs?: number } = {}): Promise<void> {
    const stopped = this.nodes.filter((n) => !n.isRunning());
    const results = await Promise.allSettled(stopped.map((n) => this.startNode(n.index, { env: opts.env?.(n.index), timeoutMs: opts.timeoutMs })));
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed.length) throw new Error(failed.map((f) => (f.reason as Error).message).join("\n\n"));
  }

  /**
   * Spawns `stratos-chain start --home <node>` detached (it outlives this process), output to
   * <node>/node.log, and waits until the app has recorded its and cometbft's pids.
   */
  async startNode(i: number, opts: StartNodeOptions = {}): Promise<void> {
    const node = this.node(i);
    if (node.isRunning()) throw new Error(`${node.name} is already running (pids ${node.livePids().join(", ")})`);
    for (const [what, port] of Object.entries(node.info.ports)) {
      // A moment's grace: sockets of a process that was just killed can outlive it briefly.
      await waitUntil(5000, async () => ((await isPortFree(port)) ? true : undefined), () => `cannot start ${node.name}: its ${what} port ${port} is in use by another process`, 100);
    }
    // The pid file is how we learn cometbft's pid: drop the stale one so we wait for the new one.
    rmSync(pidFilePath(node.home), { force: true });
    const log = openSync(node.logFile, "a");
    let child;
    try {
      writeSync(log, `\n=== localnet: starting ${node.name} at ${new Date().toISOString()}${opts.env ? ` env ${JSON.stringify(opts.env)}` : ""} ===\n`);
      child = spawn(process.execPath, [chainCli, "start", "--home", node.home], {
        detached: true,
        stdio: ["ignore", log, log],
        env: { ...process.env, ...opts.env },
      });
    } finally {
      closeSync(log);
    }
    let exit: string | undefined;
    child.once("exit", (code, sig) => (exit = sig ?? `code ${code}`));
    child.once("error", (e) => (exit = e.message));
    child.unref();
    const app = child.pid!;
    node.info.pids = { app };
    this.save();
    const timeoutMs = opts.timeoutMs ?? 60_000;
    const pids = await waitUntil(
      timeoutMs,
      () => {
        if (exit !== undefined) throw node.failure(`${node.name} exited while starting (${exit})`);
        const p = readJson<NodePids>(pidFilePath(node.home));
        return p && p.app === app && p.cometbft !== undefined ? p : undefined;
      },
      () => node.failure(`${node.name} did not start within ${timeoutMs} ms (no cometbft pid in ${pidFilePath(node.home)})`).message,
      100,
    );
    node.info.pids = { app: pids.app, cometbft: pids.cometbft };
    this.save();
  }

  /**
   * SIGTERM to the node's app (which stops its cometbft), or to a cometbft left without its app;
   * SIGKILL whatever is left after timeoutMs. Only identity-checked recorded PIDs are signalled.
   */
  async stopNode(i: number, timeoutMs = 15_000): Promise<void> {
    const node = this.node(i);
    const { app, cometbft } = node.recordedPids();
    const live = () => node.livePids();
    if (live().length === 0) return this.forgetPids(node);
    // The app stops its cometbft child itself; a cometbft whose app died gets its own SIGTERM.
    if (isNodeProcess(app, node.home)) signal(app!, "SIGTERM");
    else if (isNodeProcess(cometbft, node.home)) signal(cometbft!, "SIGTERM");
    try {
      await waitUntil(timeoutMs, () => (live().length === 0 ? true : undefined), () => "", 100);
    } catch {
      for (const pid of live()) signal(pid, "SIGKILL");
      await waitUntil(10_000, () => (live().length === 0 ? true : undefined), () => `${node.name}: processes ${live().join(", ")} survive SIGKILL`, 100);
    }
    this.forgetPids(node);
  }

  /** kill -9 of the node's app and cometbft at once: no shutdown code runs. */
  async kill9Node(i: number): Promise<void> {
    const node = this.node(i);
    const pids = node.livePids();
    for (const pid of pids) signal(pid, "SIGKILL");
    await waitUntil(10_000, () => (node.livePids().length === 0 ? true : undefined), () => `${node.name}: processes ${node.livePids().join(", ")} survive SIGKILL`, 50);
  }

  async kill9All(): Promise<void> {
    for (const n of this.nodes) for (const pid of n.livePids()) signal(pid, "SIGKILL");
    await Promise.all(this.nodes.map((n) => this.kill9Node(n.index)));
  }

  /** Synchronous SIGKILL of everything still running (for process 'exit' handlers). */
  killAllSync(): void {
    for (const n of this.nodes) for (const pid of n.livePids()) signal(pid, "SIGKILL");
  }

  /** Stops every node (in parallel); the directory and chain state stay for the next `up`. */
  async down(timeoutMs = 15_000): Promise<void> {
    const results = await Promise.allSettled(this.nodes.map((n) => this.stopNode(n.index, timeoutMs)));
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed.length) throw new Error(failed.map((f) => (f.reason as Error).message).join("\n"));
  }

  private forgetPids(node: LocalnetNode): void {
    // Cleared once gone, so a later reuse of those PIDs by another program can never matter.
    node.info.pids = {};
    rmSync(pidFilePath(node.home), { force: true });
    this.save();
  }

  /** Waits until every given node (default all) reports height >= h. */
  async waitForHeight(h: number, opts: { nodes?: number[]; timeoutMs?: number } = {}): Promise<void> {
    const which = opts.nodes ?? this.nodes.map((n) => n.index);
    await Promise.all(which.map((i) => this.node(i).waitForHeight(h, opts.timeoutMs)));
  }

  /**
   * Waits for the network to make progress: every node reaches one block past the highest
   * height seen when its RPC first answers (2 for a new chain). onProgress gets the heights.
   */
  async waitForBlocks(opts: { timeoutMs?: number; onProgress?: (heights: (number | undefined)[], target: number | undefined) => void } = {}): Promise<number> {
    const timeoutMs = opts.timeoutMs ?? 120_000;
    const heights: (number | undefined)[] = this.nodes.map(() => undefined);
    let target: number | undefined;
    return waitUntil(
      timeoutMs,
      async () => {
        await Promise.all(
          this.nodes.map(async (n, i) => {
            try {
              heights[i] = await n.height();
            } catch {
              if (!n.alive().app) throw n.failure(`${n.name} exited while the network was starting`);
            }
          }),
        );
        if (target === undefined && heights.every((h) => h !== undefined)) target = Math.max(1, ...(heights as number[])) + 1;
        opts.onProgress?.([...heights], target);
        return target !== undefined && heights.every((h) => h! >= target!) ? target : undefined;
      },
      () => {
        const lagging = this.nodes.filter((_, i) => heights[i] === undefined || target === undefined || heights[i]! < target);
        return (
          `the network did not reach height ${target ?? 2} within ${timeoutMs} ms (heights: ${this.nodes.map((n, i) => `${n.name} ${heights[i] ?? "-"}`).join(", ")})\n` +
          lagging.map((n) => `--- last lines of ${n.logFile} ---\n${n.logTail(20)}`).join("\n")
        );
      },
      250,
    );
  }

  async status(): Promise<NodeStatus[]> {
    return Promise.all(this.nodes.map((n) => n.status()));
  }
}

export { freePort, sleep } from "./processes.ts";
