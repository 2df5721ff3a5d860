/**
 * One validator of a localnet: its home (cometbft config, app.json, keyring), its two processes
 * (`stratos-chain start` and the cometbft child it supervises) and its RPC.
 *
 * A node knows its network only through NodeHost (directory, chain id, the node records and
 * save()), so network.ts can own the nodes without a cycle back to it.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, readSync, rmSync, statSync, writeSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { patchCometConfig, type TomlSettings } from "../chain/node/cometbft.ts";
import { readAppConfig, writeAppConfig } from "../chain/node/config.ts";
import { CometRpc } from "../chain/node/comet-rpc.ts";
import { appStatusPath, pidFilePath, type AppStatusFile } from "../chain/node/run.ts";
import { isNodeProcess, isPortFree, signal, waitUntil } from "./processes.ts";

const projectRoot = join(import.meta.dirname, "..");
const chainCli = join(projectRoot, "bin", "stratos-chain.mjs");

export interface NodePorts {
  rpc: number;
  p2p: number;
  abci: number;
  /** gRPC server (absent in localnets made before it existed: served on the app.json default) */
  grpc?: number;
  /** REST (LCD) server (absent in localnets made before it existed: no REST) */
  rest?: number;
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
  /** gRPC host:port (query services, cosmos.tx.v1beta1.Service, reflection) */
  grpc?: string;
  /** REST (LCD) base URL (Cosmos REST routes, /openapi.json, /swagger) */
  rest?: string;
  pids: NodePids;
}

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
  /** REST base URL and gRPC host:port, when the localnet allocated them. */
  rest?: string;
  grpc?: string;
  /** Time of the latest block (cometbft's sync_info), ISO 8601. */
  latestBlockTime?: string;
  /** What the node's app last reported (data/app.status.json), when it has written one. */
  app?: { pid: number; height: number; committedAt: string; diskFreeMb: number; minFreeDiskMb: number; halted?: string };
  /** Filled by Localnet.status() (it needs the peers): "ok", "stopped", "halted: …", "stalled: …". */
  health?: string;
}

/** What a node needs from the localnet that holds it. */
export interface NodeHost {
  readonly dir: string;
  readonly info: { readonly chainId: string; readonly nodes: LocalnetNodeInfo[] };
  /** Persists the node records (localnet.json) after a node's pids changed. */
  save(): void;
}

/** CometBFT node id: hex of the first 20 bytes of sha256(ed25519 public key). */
export function nodeIdFromHome(home: string): string {
  const key = JSON.parse(readFileSync(join(home, "config", "node_key.json"), "utf8"));
  const priv = Buffer.from(key.priv_key.value, "base64"); // 64 bytes: seed ‖ public key
  return createHash("sha256").update(priv.subarray(32)).digest("hex").slice(0, 40);
}

export function readJson<T>(path: string): T | undefined {
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

/**
 * Points a node's cometbft at its own ports and its peers, and its app at its ABCI address.
 * Nothing else may listen: N nodes on one machine would collide on the fixed defaults.
 */
export function configureNodeHome(node: LocalnetNodeInfo, peers: LocalnetNodeInfo[], timeoutCommit: string, cometSettings?: TomlSettings): void {
  patchCometConfig(node.home, {
    "rpc.laddr": `tcp://127.0.0.1:${node.ports.rpc}`,
    "p2p.laddr": `tcp://127.0.0.1:${node.ports.p2p}`,
    proxy_app: node.abci,
    "p2p.persistent_peers": peers.map((p) => `${p.nodeId}@127.0.0.1:${p.ports.p2p}`).join(","),
    "consensus.timeout_commit": timeoutCommit,
    "rpc.pprof_laddr": "",
    "rpc.grpc_laddr": "",
    "instrumentation.prometheus": false,
    ...cometSettings,
  });
  // Each node its own REST port (they would all want 1317); none recorded (an older localnet): off.
  writeAppConfig(node.home, { ...readAppConfig(node.home), abci_address: node.abci, rest_address: node.ports.rest ? `127.0.0.1:${node.ports.rest}` : "", ...(node.ports.grpc ? { grpc_enable: true, grpc_address: `127.0.0.1:${node.ports.grpc}` } : {}) });
}

/** One validator of a localnet. */
export class LocalnetNode {
  constructor(
    readonly net: NodeHost,
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
    return this.net.info.chainId;
  }
  get rpcUrl(): string {
    return `http://127.0.0.1:${this.info.ports.rpc}`;
  }
  /** host:port of this node's gRPC server, if the localnet allocated one. */
  get grpcAddress(): string | undefined {
    return this.info.ports.grpc ? `127.0.0.1:${this.info.ports.grpc}` : undefined;
  }
  /** Base URL of this node's REST server, if the localnet allocated one. */
  get restUrl(): string | undefined {
    return this.info.ports.rest ? `http://127.0.0.1:${this.info.ports.rest}` : undefined;
  }
  get logFile(): string {
    return join(this.home, "node.log");
  }

  /** This node's CometBFT RPC (5 s per request: a localnet answers at once or is not up). */
  get client(): CometRpc {
    return new CometRpc(this.rpcUrl, { timeoutMs: 5000 });
  }

  rpc(method: string, params: Record<string, unknown> = {}): Promise<any> {
    return this.client.call(method, params);
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

  /**
   * Spawns `stratos-chain start --home <node>` detached (it outlives this process), output to
   * <node>/node.log, and waits until the app has recorded its and cometbft's pids.
   */
  async start(opts: StartNodeOptions = {}): Promise<void> {
    if (this.isRunning()) throw new Error(`${this.name} is already running (pids ${this.livePids().join(", ")})`);
    for (const [what, port] of Object.entries(this.info.ports)) {
      // A moment's grace: sockets of a process that was just killed can outlive it briefly.
      await waitUntil(5000, async () => ((await isPortFree(port)) ? true : undefined), () => `cannot start ${this.name}: its ${what} port ${port} is in use by another process`, 100);
    }
    // The pid file is how we learn cometbft's pid: drop the stale one so we wait for the new one.
    rmSync(pidFilePath(this.home), { force: true });
    const log = openSync(this.logFile, "a");
    let child;
    try {
      writeSync(log, `\n=== localnet: starting ${this.name} at ${new Date().toISOString()}${opts.env ? ` env ${JSON.stringify(opts.env)}` : ""} ===\n`);
      child = spawn(process.execPath, [chainCli, "start", "--home", this.home], {
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
    this.info.pids = { app };
    this.net.save();
    const timeoutMs = opts.timeoutMs ?? 60_000;
    const pids = await waitUntil(
      timeoutMs,
      () => {
        if (exit !== undefined) throw this.failure(`${this.name} exited while starting (${exit})`);
        const p = readJson<NodePids>(pidFilePath(this.home));
        return p && p.app === app && p.cometbft !== undefined ? p : undefined;
      },
      () => this.failure(`${this.name} did not start within ${timeoutMs} ms (no cometbft pid in ${pidFilePath(this.home)})`).message,
      100,
    );
    this.info.pids = { app: pids.app, cometbft: pids.cometbft };
    this.net.save();
  }

  /**
   * SIGTERM to the node's app (which stops its cometbft), or to a cometbft left without its app;
   * SIGKILL whatever is left after timeoutMs. Only identity-checked recorded PIDs are signalled.
   */
  async stop(timeoutMs = 15_000): Promise<void> {
    const { app, cometbft } = this.recordedPids();
    const live = () => this.livePids();
    if (live().length === 0) return this.forgetPids();
    // The app stops its cometbft child itself; a cometbft whose app died gets its own SIGTERM.
    if (isNodeProcess(app, this.home)) signal(app!, "SIGTERM");
    else if (isNodeProcess(cometbft, this.home)) signal(cometbft!, "SIGTERM");
    try {
      await waitUntil(timeoutMs, () => (live().length === 0 ? true : undefined), () => "", 100);
    } catch {
      for (const pid of live()) signal(pid, "SIGKILL");
      await waitUntil(10_000, () => (live().length === 0 ? true : undefined), () => `${this.name}: processes ${live().join(", ")} survive SIGKILL`, 100);
    }
    this.forgetPids();
  }

  /** kill -9 of the node's app and cometbft at once: no shutdown code runs. */
  async kill9(): Promise<void> {
    for (const pid of this.livePids()) signal(pid, "SIGKILL");
    await waitUntil(10_000, () => (this.livePids().length === 0 ? true : undefined), () => `${this.name}: processes ${this.livePids().join(", ")} survive SIGKILL`, 50);
  }

  private forgetPids(): void {
    // Cleared once gone, so a later reuse of those PIDs by another program can never matter.
    this.info.pids = {};
    rmSync(pidFilePath(this.home), { force: true });
    this.net.save();
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
    const s: NodeStatus = { name: this.name, running: alive.app || alive.cometbft, pids, alive, rest: this.restUrl, grpc: this.grpcAddress };
    const app = readJson<AppStatusFile>(appStatusPath(this.home));
    if (app) {
      s.app = { pid: app.pid, height: app.height, committedAt: app.committed_at, diskFreeMb: app.disk_free_mb, minFreeDiskMb: app.min_free_disk_mb, ...(app.halted ? { halted: app.halted } : {}) };
    }
    if (!alive.cometbft) return s;
    try {
      // A stopped (SIGSTOP) or wedged cometbft accepts the connection and never answers: do not wait long.
      const rpc = new CometRpc(this.rpcUrl, { timeoutMs: 2000 });
      const [st, net] = await Promise.all([rpc.call("status"), rpc.call("net_info")]);
      s.height = Number(st.sync_info.latest_block_height);
      s.appHash = st.sync_info.latest_app_hash;
      s.latestBlockTime = st.sync_info.latest_block_time;
      s.catchingUp = st.sync_info.catching_up;
      s.peers = Number(net.n_peers);
    } catch (e) {
      const message = (e as Error).message;
      s.error = /aborted due to timeout/.test(message) ? "no answer within 2 s" : ((e as any)?.cause?.code ?? message);
    }
    return s;
  }
}
