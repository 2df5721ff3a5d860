// Single-validator nodes for benches: our chain (bin/stratos-chain.mjs start: app + cometbft child)
// and CometBFT's built-in kvstore app, both in temp homes with the same consensus settings.
// Every process and directory is registered in a Resources object so it can be cleaned up on
// any exit path, including a synchronous emergency kill.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { genesisPath, readGenesis, writeGenesis } from "../../chain/node/genesis.ts";
import { initHome } from "../../chain/node/home.ts";
import { cometbftBinary, cometbftInit, patchCometConfig, type TomlSettings } from "../../chain/node/cometbft.ts";
import { readAppConfig, writeAppConfig } from "../../chain/node/config.ts";
import { pidFilePath } from "../../chain/node/run.ts";
import { freePort } from "../../localnet/processes.ts";
import { JsonRpcClient } from "./jsonrpc.ts";

const projectRoot = join(import.meta.dirname, "..", "..");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function kill(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(pid, signal);
  } catch {
    /* gone */
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitGone(pids: number[], ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (pids.every((p) => !alive(p))) return true;
    await sleep(50);
  }
  return pids.every((p) => !alive(p));
}

/** Processes (by pid getter) and temp dirs to clean up. */
export class Resources {
  private readonly pidSources = new Set<() => number[]>();
  private readonly dirs = new Set<string>();
  private readonly stoppers: (() => Promise<void>)[] = [];
  keepDirs = !!process.env.KEEP_BENCH_HOMES;
  /** After cleanup nothing new may start: work abandoned on a timeout fails instead of leaking. */
  closed = false;

  private assertOpen(): void {
    if (this.closed) throw new Error("bench resources already cleaned up (timed out or aborted)");
  }
  addPids(src: () => number[]): void {
    this.assertOpen();
    this.pidSources.add(src);
  }
  addDir(dir: string): void {
    if (this.closed) {
      if (!this.keepDirs) rmSync(dir, { recursive: true, force: true });
      this.assertOpen();
    }
    this.dirs.add(dir);
  }
  onCleanup(stop: () => Promise<void>): void {
    this.assertOpen();
    this.stoppers.push(stop);
  }
  pids(): number[] {
    return [...this.pidSources].flatMap((s) => {
      try {
        return s();
      } catch {
        return [];
      }
    });
  }

  /** Graceful stops (each bounded), then SIGKILL of anything left, then the temp dirs. */
  async cleanup(): Promise<void> {
    this.closed = true;
    for (const stop of this.stoppers.splice(0).reverse()) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([stop().catch(() => {}), new Promise((r) => (timer = setTimeout(r, 30_000)))]);
      clearTimeout(timer);
    }
    this.killNow();
  }

  /** Synchronous: SIGKILL every known process, remove the temp dirs. Safe to call twice. */
  killNow(): void {
    this.closed = true;
    const pids = this.pids().filter(alive);
    for (const p of pids) kill(p, "SIGKILL");
    const end = Date.now() + 2000;
    while (pids.some(alive) && Date.now() < end) spawnSync("sleep", ["0.05"]);
    if (!this.keepDirs) for (const d of this.dirs) rmSync(d, { recursive: true, force: true });
    this.dirs.clear();
  }
}

export interface BenchNode {
  name: string;
  home: string;
  rpcUrl: string;
  logPath: string;
  process?: ChildProcess;
  start(): void;
  stop(): Promise<void>;
  /** Live processes of the node by role (for CPU accounting). */
  namedPids(): Record<string, number>;
  logTail(lines?: number): string;
}

function tail(path: string, lines = 40): string {
  return existsSync(path) ? readFileSync(path, "utf8").split("\n").slice(-lines).join("\n") : "";
}

export class StratosBenchNode implements BenchNode {
  readonly name = "stratos";
  process?: ChildProcess;
  /** Set once stop() has seen both processes gone: the pid file's pids may be reused after that. */
  private stopped = false;
  private constructor(
    readonly home: string,
    readonly chainId: string,
    readonly rpcUrl: string,
    private readonly env: Record<string, string>,
    /** Extra node flags for the app process, e.g. --cpu-prof (not allowed in NODE_OPTIONS). */
    private readonly nodeArgs: string[],
    private readonly res: Resources,
  ) {}

  get logPath() {
    return join(this.home, "node.log");
  }

  /** initHome + free 127.0.0.1 ports + the shared settings; genesis accounts are added by the caller. */
  static async create(
    res: Resources,
    o: { chainId?: string; settings: TomlSettings; env?: Record<string, string>; nodeArgs?: string[] },
  ): Promise<StratosBenchNode> {
    const home = mkdtempSync(join(tmpdir(), "stratos-bench-"));
    res.addDir(home);
    const chainId = o.chainId ?? "stratos-bench-1";
    initHome(home, "bench-node", chainId);
    const [rpc, p2p, abci] = [await freePort(), await freePort(), await freePort()];
    patchCometConfig(home, {
      ...o.settings,
      "rpc.laddr": `tcp://127.0.0.1:${rpc}`,
      "p2p.laddr": `tcp://127.0.0.1:${p2p}`,
      proxy_app: `tcp://127.0.0.1:${abci}`,
    });
    writeAppConfig(home, { ...readAppConfig(home), abci_address: `tcp://127.0.0.1:${abci}` });
    const node = new StratosBenchNode(home, chainId, `http://127.0.0.1:${rpc}`, o.env ?? {}, o.nodeArgs ?? [], res);
    res.addPids(() => node.pids());
    return node;
  }

  pids(): number[] {
    if (this.stopped) return [];
    const out: number[] = [];
    if (this.process?.pid && this.process.exitCode === null && this.process.signalCode === null) out.push(this.process.pid);
    const f = pidFilePath(this.home);
    if (existsSync(f)) {
      const p = JSON.parse(readFileSync(f, "utf8"));
      if (p.cometbft) out.push(p.cometbft);
      if (p.app && !out.includes(p.app)) out.push(p.app);
    }
    return out;
  }

  namedPids(): Record<string, number> {
    const f = pidFilePath(this.home);
    if (this.stopped || !existsSync(f)) return {};
    const p = JSON.parse(readFileSync(f, "utf8"));
    return { app: p.app, cometbft: p.cometbft };
  }

  start(): void {
    this.res.onCleanup(() => this.stop()); // throws if the bench was already cleaned up
    const fd = openSync(this.logPath, "a");
    this.process = spawn(process.execPath, [...this.nodeArgs, join(projectRoot, "bin", "stratos-chain.mjs"), "start", "--home", this.home], {
      stdio: ["ignore", fd, fd],
      env: { ...process.env, ...this.env },
    });
    closeSync(fd);
  }

  /** SIGTERM to the app (it stops its cometbft child and exits, writing a --cpu-prof profile), then SIGKILL after 20 s. */
  async stop(): Promise<void> {
    const pids = this.pids();
    if (!this.process || pids.length === 0) return;
    kill(this.process.pid, "SIGTERM");
    if (!(await waitGone(pids, 20_000))) for (const p of pids) kill(p, "SIGKILL");
    if (await waitGone(pids, 2_000)) this.stopped = true;
  }

  logTail(lines?: number) {
    return tail(this.logPath, lines);
  }
}

/**
 * `abci-cli` of the pinned CometBFT version (CometBFT's kvstore as a separate ABCI socket server),
 * built into .bin/ on first use (go install, like bin/install-cometbft.mjs does for cometbft).
 */
export function abciCliBinary(version: string): string {
  const bin = join(projectRoot, ".bin", "abci-cli");
  if (!existsSync(bin)) {
    const r = spawnSync("go", ["install", `github.com/cometbft/cometbft/abci/cmd/abci-cli@v${version}`], {
      env: { ...process.env, GOBIN: join(projectRoot, ".bin") },
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (r.status !== 0 || !existsSync(bin)) throw new Error(`go install abci-cli@v${version} failed (is Go installed?)`);
  }
  return bin;
}

export class KvstoreBenchNode implements BenchNode {
  readonly name = "kvstore";
  process?: ChildProcess;
  /** The kvstore app as its own process (socket mode only). */
  appProcess?: ChildProcess;
  private constructor(
    readonly home: string,
    readonly rpcUrl: string,
    private readonly res: Resources,
    /** tcp address of the separate kvstore app, or undefined for cometbft's built-in one */
    private readonly appAddress: string | undefined,
    private readonly abciCli: string | undefined,
  ) {}

  get logPath() {
    return join(this.home, "node.log");
  }

  /**
   * `cometbft init`, then the same settings as our node: `settings` (defaultCometSettings +
   * overrides) and the consensus params of `likeHome`'s genesis (block max_bytes etc.).
   * `socketApp`: run kvstore as its own process (abci-cli) behind cometbft's socket ABCI client,
   * the transport our app uses, instead of linked into cometbft.
   */
  static async create(res: Resources, o: { settings: TomlSettings; likeHome: string; socketApp?: { abciCli: string } }): Promise<KvstoreBenchNode> {
    const home = mkdtempSync(join(tmpdir(), "kvstore-bench-"));
    res.addDir(home);
    cometbftInit(home);
    const [rpc, p2p] = [await freePort(), await freePort()];
    const appAddress = o.socketApp ? `tcp://127.0.0.1:${await freePort()}` : undefined;
    patchCometConfig(home, {
      ...o.settings,
      moniker: "bench-kvstore",
      "rpc.laddr": `tcp://127.0.0.1:${rpc}`,
      "p2p.laddr": `tcp://127.0.0.1:${p2p}`,
      proxy_app: appAddress ?? "kvstore",
    });
    const genesis = JSON.parse(readFileSync(genesisPath(home), "utf8"));
    genesis.consensus_params = readGenesis(o.likeHome).consensus_params;
    writeGenesis(home, genesis);
    const node = new KvstoreBenchNode(home, `http://127.0.0.1:${rpc}`, res, appAddress, o.socketApp?.abciCli);
    res.addPids(() => [node.process, node.appProcess].flatMap((p) => (p?.pid && p.exitCode === null && p.signalCode === null ? [p.pid] : [])));
    return node;
  }

  namedPids(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, p] of [["cometbft", this.process], ["app", this.appProcess]] as const) {
      if (p?.pid && p.exitCode === null && p.signalCode === null) out[name] = p.pid;
    }
    return out;
  }

  start(): void {
    this.res.onCleanup(() => this.stop()); // throws if the bench was already cleaned up
    const fd = openSync(this.logPath, "a");
    if (this.appAddress) {
      this.appProcess = spawn(this.abciCli!, ["kvstore", "--address", this.appAddress, "--log_level", "error"], { stdio: ["ignore", fd, fd] });
    }
    this.process = spawn(cometbftBinary(), ["start", "--home", this.home, "--proxy_app", this.appAddress ?? "kvstore"], { stdio: ["ignore", fd, fd] });
    closeSync(fd);
  }

  async stop(): Promise<void> {
    for (const p of [this.process, this.appProcess]) {
      if (!p?.pid || p.exitCode !== null || p.signalCode !== null) continue;
      kill(p.pid, "SIGTERM");
      if (!(await waitGone([p.pid], 10_000))) kill(p.pid, "SIGKILL");
      await waitGone([p.pid], 2_000);
    }
  }

  logTail(lines?: number) {
    return tail(this.logPath, lines);
  }
}

/** Waits until the app reports (abci_info) at least height h; fails fast if the process exits. */
export async function waitForAppHeight(node: BenchNode, h: number, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  const client = new JsonRpcClient(node.rpcUrl, { maxSockets: 1 });
  const end = Date.now() + timeoutMs;
  let last = "";
  try {
    while (Date.now() < end && !signal?.aborted) {
      if (node.process && (node.process.exitCode !== null || node.process.signalCode !== null)) {
        throw new Error(`${node.name} node exited (${node.process.signalCode ?? `code ${node.process.exitCode}`}); log:\n${node.logTail()}`);
      }
      try {
        const info = await client.call("abci_info", {}, 2_000);
        if (Number(info.response.last_block_height ?? 0) >= h) return;
      } catch (e) {
        last = (e as Error).message;
      }
      await sleep(100);
    }
    throw new Error(`${node.name} node did not reach height ${h} in ${timeoutMs} ms (${last}); log:\n${node.logTail()}`);
  } finally {
    client.close();
  }
}

export function cometbftVersion(): string {
  const r = spawnSync(cometbftBinary(), ["version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : "unknown";
}
