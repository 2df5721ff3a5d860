/**
 * The storage network of a localnet: one meta-node daemon per genesis meta node and one
 * resource-node daemon per genesis resource node, each a separate process with its own home under
 * <localnet>/<name>/, its API URL published as the node's genesis description.website (so the
 * daemons find each other through the chain, not through a config list), started after the
 * validators and stopped before them.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { initHome as initMetaHome } from "../meta-node/home.ts";
import { readNodeKeyFile } from "../chain/keys/node-key.ts";
import type { LocalnetSdsNode } from "./genesis.ts";
import { allocatePorts, isNodeProcess, isPortFree, signal, sleep, waitUntil } from "./processes.ts";

const projectRoot = join(import.meta.dirname, "..");
export const META_NODE_BIN = join(projectRoot, "bin", "meta-node.mjs");
export const RESOURCE_NODE_BIN = join(projectRoot, "bin", "resource-node.mjs");

export interface StorageOptions {
  /** Meta-node daemons (default 3); the genesis gets at least this many meta nodes. */
  meta?: number;
  /** Resource-node daemons (default 4); the genesis gets at least this many resource nodes. */
  resource?: number;
  /** Liveness timeout of the meta nodes (default 60 s; tests use a few seconds). */
  livenessTimeoutMs?: number;
  /** Meta-node maintenance (repair, replication hints) interval (default 5 s). */
  maintenanceIntervalMs?: number;
  /** Resource-node heartbeat interval (default: the resource node's). */
  heartbeatIntervalMs?: number;
  /** Slice size the resource nodes cut files into (default Stratos' 32 MiB; tests use small ones). */
  sliceSize?: number;
  /** Replicas per slice by default (default 3). */
  replicas?: number;
  /** Proof-of-Traffic epoch length in blocks (localnet default 60: a few minutes at most). */
  epochBlocks?: number;
  /** Blocks after an epoch during which its receipts are still taken (localnet default 5). */
  epochGraceBlocks?: number;
  /** Blocks before the next reporter of an epoch steps in (localnet default 10). */
  reporterFailoverBlocks?: number;
}
export const DEFAULT_STORAGE = { meta: 3, resource: 4 };

export interface DaemonInfo {
  name: string;
  kind: "meta" | "resource";
  home: string;
  port: number;
  url: string;
  networkAddress: string;
  pid?: number;
}

export interface DaemonStatus {
  name: string;
  kind: "meta" | "resource";
  url: string;
  networkAddress: string;
  running: boolean;
  pid?: number;
  answering: boolean;
  detail?: string;
}

/** Ports for the daemons (preferred base+…, else free ones). */
export async function allocateDaemonPorts(names: string[], base: number | "random"): Promise<number[]> {
  return allocatePorts(names.map((_, i) => (base === "random" ? 0 : base + i)));
}

/** Creates the daemons' homes (keys from the genesis nodes: node key, owner wallet, BLS key). */
export async function initDaemons(dir: string, sds: LocalnetSdsNode[], chainRpc: string, ports: Map<string, number>, opts: StorageOptions): Promise<DaemonInfo[]> {
  const out: DaemonInfo[] = [];
  for (const n of sds) {
    const port = ports.get(n.name);
    if (port === undefined) continue;
    const home = join(dir, n.name);
    const url = `http://127.0.0.1:${port}`;
    if (n.kind === "meta") {
      await initMetaHome(home, {
        config: {
          chainRpc,
          host: "127.0.0.1",
          port,
          publicUrl: url,
          ...(opts.livenessTimeoutMs !== undefined ? { livenessTimeoutMs: opts.livenessTimeoutMs } : {}),
          ...(opts.maintenanceIntervalMs !== undefined ? { maintenanceIntervalMs: opts.maintenanceIntervalMs } : {}),
          ...(opts.replicas !== undefined ? { defaultReplicas: opts.replicas } : {}),
          effectiveDepositStaggerMs: 3_000,
          epochBlocks: opts.epochBlocks ?? 60,
          epochGraceBlocks: opts.epochGraceBlocks ?? 5,
          reporterFailoverBlocks: opts.reporterFailoverBlocks ?? 10,
        },
        mnemonic: n.owner.mnemonic,
        keyType: n.owner.keyType,
        p2pKey: readNodeKeyFile(join(dir, n.keyFile)),
        blsSecret: n.blsSecretKey,
      });
    } else {
      if (!existsSync(RESOURCE_NODE_BIN)) continue;
      const metaSeeds = sds.filter((m) => m.kind === "meta" && ports.has(m.name)).flatMap((m) => ["--meta-seed", `http://127.0.0.1:${ports.get(m.name)}`]);
      const args = [RESOURCE_NODE_BIN, "init", "--home", home, "--chain-rpc", chainRpc, "--port", String(port), "--public-url", url, "--moniker", n.name, "--recover", "--key-type", n.owner.keyType, ...metaSeeds];
      if (opts.sliceSize !== undefined) args.push("--slice-size", String(opts.sliceSize));
      const r = spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, STRATOS_MNEMONIC: n.owner.mnemonic }, input: n.owner.mnemonic + "\n" });
      if (r.status !== 0) throw new Error(`resource-node init for ${n.name} failed (exit ${r.status}): ${r.stderr || r.stdout}`);
      // The daemon is the genesis node: its node key (same file format, PROTOCOL.md "Identities").
      writeFileSync(join(home, "p2p-key.json"), readFileSync(join(dir, n.keyFile)), { mode: 0o600 });
      // Heartbeats well inside the liveness timeout, or healthy nodes would look dead between beats.
      const heartbeat = opts.heartbeatIntervalMs ?? (opts.livenessTimeoutMs !== undefined ? Math.max(200, Math.floor(opts.livenessTimeoutMs / 4)) : undefined);
      if (heartbeat !== undefined) {
        const cfgFile = join(home, "config.json");
        const cfg = JSON.parse(readFileSync(cfgFile, "utf8"));
        writeFileSync(cfgFile, JSON.stringify({ ...cfg, heartbeatIntervalMs: heartbeat }, null, 2) + "\n");
      }
    }
    out.push({ name: n.name, kind: n.kind, home, port, url, networkAddress: n.networkAddress });
  }
  return out;
}

/** One storage daemon process of a localnet. */
export class StorageDaemon {
  constructor(
    public info: DaemonInfo,
    private readonly save: () => void,
  ) {}

  get name(): string {
    return this.info.name;
  }
  get url(): string {
    return this.info.url;
  }
  get logFile(): string {
    return join(this.info.home, "daemon.log");
  }
  private get bin(): string {
    return this.info.kind === "meta" ? META_NODE_BIN : RESOURCE_NODE_BIN;
  }

  isRunning(): boolean {
    return isNodeProcess(this.info.pid, this.info.home);
  }

  logTail(lines = 30): string {
    if (!existsSync(this.logFile)) return "(no log)";
    return readFileSync(this.logFile, "utf8").split("\n").slice(-lines).join("\n");
  }

  /** Spawns `<bin> start --home <home>` detached, output to <home>/daemon.log; waits until its API answers and it is ready (a meta node: follows the chain, knows its ring). */
  async start(opts: { env?: Record<string, string>; timeoutMs?: number; nodeArgs?: string[] } = {}): Promise<void> {
    if (this.isRunning()) throw new Error(`${this.name} is already running (pid ${this.info.pid})`);
    await waitUntil(5000, async () => ((await isPortFree(this.info.port)) ? true : undefined), () => `cannot start ${this.name}: port ${this.info.port} is in use`, 100);
    const log = openSync(this.logFile, "a");
    let child;
    try {
      writeSync(log, `\n=== localnet: starting ${this.name} at ${new Date().toISOString()} ===\n`);
      child = spawn(process.execPath, [...(opts.nodeArgs ?? []), this.bin, "start", "--home", this.info.home], { detached: true, stdio: ["ignore", log, log], env: { ...process.env, ...opts.env } });
    } finally {
      closeSync(log);
    }
    let exit: string | undefined;
    child.once("exit", (code, sig) => (exit = sig ?? `code ${code}`));
    child.unref();
    this.info.pid = child.pid;
    this.save();
    const timeoutMs = opts.timeoutMs ?? 60_000;
    await waitUntil(
      timeoutMs,
      async () => {
        if (exit !== undefined) throw new Error(`${this.name} exited while starting (${exit})\n--- ${this.logFile} ---\n${this.logTail()}`);
        const s = await this.answers();
        return s && s.ready !== false ? true : undefined;
      },
      () => `${this.name} did not answer at ${this.url} within ${timeoutMs} ms\n--- ${this.logFile} ---\n${this.logTail()}`,
      200,
    );
  }

  async answers(): Promise<any> {
    try {
      const r = await fetch(this.url + "/v1/status", { signal: AbortSignal.timeout(3000) });
      if (!r.ok) return undefined;
      return await r.json();
    } catch {
      return undefined;
    }
  }

  /** SIGTERM (graceful stop), SIGKILL after timeoutMs. */
  async stop(timeoutMs = 15_000): Promise<void> {
    const pid = this.info.pid;
    if (!this.isRunning()) return this.forget();
    signal(pid!, "SIGTERM");
    try {
      await waitUntil(timeoutMs, () => (this.isRunning() ? undefined : true), () => "", 100);
    } catch {
      signal(pid!, "SIGKILL");
      await waitUntil(10_000, () => (this.isRunning() ? undefined : true), () => `${this.name}: pid ${pid} survives SIGKILL`, 100);
    }
    this.forget();
  }

  /** kill -9: no shutdown code runs. */
  async kill9(): Promise<void> {
    if (this.isRunning()) signal(this.info.pid!, "SIGKILL");
    await waitUntil(10_000, () => (this.isRunning() ? undefined : true), () => `${this.name} survives SIGKILL`, 50);
    this.forget();
  }

  killSync(): void {
    if (this.isRunning()) signal(this.info.pid!, "SIGKILL");
  }

  private forget(): void {
    delete this.info.pid;
    this.save();
  }

  async status(): Promise<DaemonStatus> {
    const running = this.isRunning();
    const s = running ? await this.answers() : undefined;
    let detail: string | undefined;
    if (s && this.info.kind === "meta") {
      const live = (s.resourceNodes ?? []).filter((r: any) => r.live).length;
      detail = `height ${s.chain?.height ?? "?"}, ring ${s.ring?.length ?? 0} meta, ${live}/${(s.resourceNodes ?? []).length} resource nodes live`;
    } else if (s) detail = s.state ?? s.status ?? "ok";
    return { name: this.name, kind: this.info.kind, url: this.url, networkAddress: this.info.networkAddress, running, pid: running ? this.info.pid : undefined, answering: !!s, detail };
  }
}

/** Waits until every running meta daemon sees `resources` live resource nodes (so uploads work at once). */
export async function waitForStorage(daemons: StorageDaemon[], timeoutMs = 60_000): Promise<void> {
  const metas = daemons.filter((d) => d.info.kind === "meta" && d.isRunning());
  const resources = daemons.filter((d) => d.info.kind === "resource" && d.isRunning()).length;
  let last = "";
  await waitUntil(
    timeoutMs,
    async () => {
      const seen = await Promise.all(
        metas.map(async (m) => {
          const s = await m.answers();
          const live = (s?.resourceNodes ?? []).filter((r: any) => r.eligible).length;
          const ring = (s?.ring ?? []).length;
          return { name: m.name, ok: !!s && live >= resources && ring >= metas.length, live, ring };
        }),
      );
      last = seen.map((x) => `${x.name}: ${x.live} live resource nodes, ring ${x.ring}`).join("; ");
      return seen.every((x) => x.ok) ? true : undefined;
    },
    () => `the storage network did not come up within ${timeoutMs} ms (${last})`,
    250,
  );
  await sleep(0);
}

export function removeDaemonHome(d: DaemonInfo): void {
  rmSync(d.home, { recursive: true, force: true });
}

const chainCli = join(projectRoot, "bin", "stratos-chain.mjs");

/**
 * Buys ozone for the resource daemons' wallets (the genesis owners, whose keys are in node0's test
 * keyring under the daemon's name), so `resource-node put` works at once on a new localnet.
 */
export async function prepayDaemonWallets(daemons: StorageDaemon[], keyringHome: string, rpc: string, amount = "10stos"): Promise<void> {
  const run = (name: string) =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [chainCli, "tx", "sds", "prepay", name, amount, "--home", keyringHome, "--keyring-backend", "test", "--node", rpc], { stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      child.stdout.on("data", (c) => (out += c));
      child.stderr.on("data", (c) => (out += c));
      child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prepay for ${name} failed: ${out.trim()}`))));
    });
  // One signer each, so the txs can go in parallel.
  await Promise.all(daemons.filter((d) => d.info.kind === "resource").map((d) => run(d.name)));
}
