/**
 * A multi-validator Stratos network on one machine: N validator homes under one directory, one
 * shared genesis (validators from gentxs, funded accounts), every node on 127.0.0.1 with its own
 * ports, each run as a detached `stratos-chain start` (our app + its cometbft child).
 *
 * Everything about a localnet is in <dir>/localnet.json, so any process (the CLI, a test, a
 * later `up`) can open it, and stop exactly the processes that were started for it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { genesisPath } from "../chain/node/genesis.ts";
import { initHome } from "../chain/node/home.ts";
import { patchCometConfig, type TomlSettings } from "../chain/node/cometbft.ts";
import { Keyring } from "../chain/keys/keyring.ts";
import { buildSharedGenesis, defaultAccounts, type AccountSpec, type LocalnetAccount, type LocalnetSdsNode, type SdsNodesOptions } from "./genesis.ts";
import { configureNodeHome, LocalnetNode, nodeIdFromHome, readJson, type LocalnetNodeInfo, type NodeStatus, type StartNodeOptions } from "./node.ts";
import { allocatePorts, signal, waitUntil } from "./processes.ts";
import { assessHealth, DEFAULT_STALL_AFTER_MS } from "./health.ts";
import { allocateDaemonPorts, DEFAULT_STORAGE, initDaemons, StorageDaemon, waitForStorage, type DaemonInfo, type DaemonStatus, type StorageOptions } from "./storage.ts";

export const LOCALNET_FILE = "localnet.json";
export const DEFAULT_CHAIN_ID = "stratos-localnet-1";
export const DEFAULT_VALIDATORS = 4;
export const MAX_VALIDATORS = 32;
export const DEFAULT_TIMEOUT_COMMIT = "1s";
/** Node i prefers p2p base+10i, rpc base+10i+1, abci base+10i+2: node0 gets cometbft's usual ports. */
export const DEFAULT_BASE_PORT = 26656;

export interface LocalnetInfo {
  version: 1;
  chainId: string;
  timeoutCommit: string;
  createdAt: string;
  nodes: LocalnetNodeInfo[];
  accounts: LocalnetAccount[];
  /** Genesis SDS nodes (absent in localnets made before they existed). */
  sdsNodes?: LocalnetSdsNode[];
  /** Storage-network daemons (meta and resource nodes) and their API URLs (storage.ts). */
  daemons?: DaemonInfo[];
}

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
  /** "random": any free ports (tests); a number: the base port (see DEFAULT_BASE_PORT); a busy one is an error naming it. */
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
  /** Genesis balance of pot's foundation_account, the source of mining rewards (default 40000000stos, the whole mining schedule). */
  foundationCoins?: string;
  /** Storage-network daemons next to the validators (storage.ts; default none here, `localnet up` asks for DEFAULT_STORAGE). */
  storage?: StorageOptions | false;
}

/** A CometBFT (Go) duration: "1s", "300ms", "1m30s". */
export function isGoDuration(text: string): boolean {
  return /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(text);
}

export function isValidChainId(id: string): boolean {
  return /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,48}$/.test(id);
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
    // gRPC: node0 prefers the SDK's 9090 (node i 9090+i) with the default base, base+10i+3 otherwise;
    // REST likewise 1317+i, or base+10i+4.
    const grpcPort = (i: number) => (base === DEFAULT_BASE_PORT ? 9090 + i : Number(base) + 10 * i + 3);
    const restPort = (i: number) => (base === DEFAULT_BASE_PORT ? 1317 + i : Number(base) + 10 * i + 4);
    const preferred = Array.from({ length: n }, (_, i) => (base === "random" ? [0, 0, 0, 0, 0] : [base + 10 * i + 1, base + 10 * i, base + 10 * i + 2, grpcPort(i), restPort(i)])).flat();
    const names = Array.from({ length: n }, (_, i) => [`node${i} rpc`, `node${i} p2p`, `node${i} abci`, `node${i} grpc`, `node${i} rest`]).flat();
    const ports = await allocatePorts(preferred, { strict: base !== "random", names });
    const nodes: LocalnetNodeInfo[] = [];
    for (let i = 0; i < n; i++) {
      const name = `node${i}`;
      const home = join(dir, name);
      initHome(home, name, chainId);
      const [rpc, p2p, abci, grpc, rest] = ports.slice(5 * i, 5 * i + 5);
      const pv = JSON.parse(readFileSync(join(home, "config", "priv_validator_key.json"), "utf8"));
      nodes.push({
        name,
        home,
        nodeId: nodeIdFromHome(home),
        validatorAddress: pv.address,
        ports: { rpc, p2p, abci, grpc, rest },
        rpc: `http://127.0.0.1:${rpc}`,
        p2p: `tcp://127.0.0.1:${p2p}`,
        abci: `tcp://127.0.0.1:${abci}`,
        grpc: `127.0.0.1:${grpc}`,
        rest: `http://127.0.0.1:${rest}`,
        pids: {},
      });
    }

    // Storage daemons: their genesis nodes must exist and publish the daemons' URLs as description.website.
    const storage = opts.storage ? { ...DEFAULT_STORAGE, ...opts.storage } : undefined;
    let genesisOpts: CreateOptions = opts;
    const daemonPorts = new Map<string, number>();
    if (storage) {
      if (opts.sdsNodes === false) throw new Error("a storage network needs genesis SDS nodes (sdsNodes must not be false)");
      const sds = { ...opts.sdsNodes };
      sds.meta = Math.max(sds.meta ?? 0, storage.meta);
      sds.resource = Math.max(sds.resource ?? 0, storage.resource);
      const names = [...Array.from({ length: storage.meta }, (_, i) => `meta${i}`), ...Array.from({ length: storage.resource }, (_, i) => `resource${i}`)];
      const ports = await allocateDaemonPorts(names, base === "random" ? "random" : 18900);
      names.forEach((nm, i) => daemonPorts.set(nm, ports[i]));
      const userPatch = opts.genesisPatch;
      genesisOpts = {
        ...opts,
        sdsNodes: sds,
        genesisPatch: (g, created) => {
          const reg = g.app_state.register;
          for (const list of [reg.meta_nodes ?? [], reg.resource_nodes ?? []]) {
            for (const n of list) {
              const sn = created.sdsNodes.find((x) => x.networkAddress === n.network_address);
              const port = sn && daemonPorts.get(sn.name);
              if (port) n.description = { ...n.description, website: `http://127.0.0.1:${port}` };
            }
          }
          userPatch?.(g, created);
        },
      };
    }
    const { accounts, sdsNodes, genesisText } = await buildSharedGenesis(dir, nodes, specs, genesisOpts);

    for (const [i, node] of nodes.entries()) {
      if (i > 0) writeFileSync(genesisPath(node.home), genesisText);
      configureNodeHome(node, nodes.filter((_, j) => j !== i), timeoutCommit, opts.cometSettings);
      if (opts.keyring !== false) {
        const kr = new Keyring({ dir: node.home, backend: "test" });
        for (const a of accounts) await kr.add(a.name, { keyType: a.keyType, mnemonic: a.mnemonic, hdPath: a.hdPath });
        for (const sn of sdsNodes) await kr.add(sn.name, { keyType: sn.owner.keyType, mnemonic: sn.owner.mnemonic, hdPath: sn.owner.hdPath });
      }
    }

    const daemons = storage ? await initDaemons(dir, sdsNodes, nodes[0].rpc, daemonPorts, storage) : [];
    const info: LocalnetInfo = { version: 1, chainId, timeoutCommit, createdAt: new Date().toISOString(), nodes, accounts, sdsNodes, ...(storage ? { daemons } : {}) };
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

  private daemonCache?: { infos: DaemonInfo[]; list: StorageDaemon[] };
  /** The storage daemons (meta0…, resource0…), if this localnet has a storage network. */
  get daemons(): StorageDaemon[] {
    const infos = this.info.daemons ?? [];
    if (this.daemonCache?.infos !== infos) this.daemonCache = { infos, list: infos.map((d) => new StorageDaemon(d, () => this.save())) };
    return this.daemonCache.list;
  }

  /** A storage daemon by name (meta0, resource2, …). */
  daemon(name: string): StorageDaemon {
    const d = this.daemons.find((x) => x.name === name);
    if (!d) throw new Error(`no storage daemon ${JSON.stringify(name)} in this localnet (${this.daemons.map((x) => x.name).join(", ") || "none"})`);
    return d;
  }

  /** Starts the stopped storage daemons (meta nodes first), then waits until uploads can work. */
  async startDaemons(opts: { timeoutMs?: number; wait?: boolean } = {}): Promise<void> {
    for (const kind of ["meta", "resource"] as const) {
      const list = this.daemons.filter((d) => d.info.kind === kind && !d.isRunning());
      const results = await Promise.allSettled(list.map((d) => d.start({ timeoutMs: opts.timeoutMs })));
      const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      if (failed.length) throw new Error(failed.map((f) => (f.reason as Error).message).join("\n\n"));
    }
    if (opts.wait !== false && this.daemons.length > 0) await waitForStorage(this.daemons, opts.timeoutMs ?? 90_000);
  }

  async stopDaemons(timeoutMs = 15_000): Promise<void> {
    // Resource nodes first: they report to the meta nodes until the end.
    for (const kind of ["resource", "meta"] as const) {
      await Promise.allSettled(this.daemons.filter((d) => d.info.kind === kind).map((d) => d.stop(timeoutMs)));
    }
  }

  async daemonStatus(): Promise<DaemonStatus[]> {
    return Promise.all(this.daemons.map((d) => d.status()));
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
    return this.nodes.some((n) => n.isRunning()) || this.daemons.some((d) => d.isRunning());
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

  /** Starts node i (see LocalnetNode.start). */
  startNode(i: number, opts: StartNodeOptions = {}): Promise<void> {
    return this.node(i).start(opts);
  }

  /** Stops node i (see LocalnetNode.stop). */
  stopNode(i: number, timeoutMs = 15_000): Promise<void> {
    return this.node(i).stop(timeoutMs);
  }

  /** kill -9 of node i's app and cometbft at once: no shutdown code runs. */
  kill9Node(i: number): Promise<void> {
    return this.node(i).kill9();
  }

  async kill9All(): Promise<void> {
    for (const d of this.daemons) d.killSync();
    await Promise.all(this.daemons.map((d) => d.kill9()));
    for (const n of this.nodes) for (const pid of n.livePids()) signal(pid, "SIGKILL");
    await Promise.all(this.nodes.map((n) => this.kill9Node(n.index)));
  }

  /** Synchronous SIGKILL of everything still running (for process 'exit' handlers). */
  killAllSync(): void {
    for (const d of this.daemons) d.killSync();
    for (const n of this.nodes) for (const pid of n.livePids()) signal(pid, "SIGKILL");
  }

  /** Stops every node (in parallel); the directory and chain state stay for the next `up`. */
  async down(timeoutMs = 15_000): Promise<void> {
    await this.stopDaemons(timeoutMs);
    const results = await Promise.allSettled(this.nodes.map((n) => this.stopNode(n.index, timeoutMs)));
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed.length) throw new Error(failed.map((f) => (f.reason as Error).message).join("\n"));
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

  /** Every node's status, with its health judged against its peers (a stalled node stays behind them). */
  async status(stallAfterMs = DEFAULT_STALL_AFTER_MS): Promise<NodeStatus[]> {
    const all = await Promise.all(this.nodes.map((n) => n.status()));
    const health = assessHealth(all, Date.now(), stallAfterMs);
    return all.map((s, i) => ({ ...s, health: health[i] }));
  }
}

