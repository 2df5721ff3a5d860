// Chain throughput: committed tx/s and broadcast→commit latency of a 1-validator node of our
// chain (MsgSend txs), next to CometBFT's built-in kvstore app under the same load tool, the
// same consensus settings and the same tx sizes. Goal: ours >= 0.5 x kvstore.
//
//   node --import tsx bench/chain-throughput.ts [--accounts 200] [--txs 2000] [--timeout-commit 1s]
//        [--concurrency 64] [--gas 150000] [--mempool-size N] [--timeout 300] [--only stratos|kvstore]
//        [--kvstore-abci builtin|socket] [--cpu-prof DIR] [--comet-pprof DIR] [--sustained] [--json]
//
// The default (2,000 txs) is the short run: over in a few blocks, so its tx/s is quantised by one
// block. --sustained is the saturation run: 20,000 txs from 200 senders, mempool room for all of
// them (mempool.size 25,000, else CometBFT refuses txs once 5,000 wait), so both chains run at
// their limit for many blocks and tx/s measures steady-state cost, not the block clock.
//
// --cpu-prof DIR runs our app process with `node --cpu-prof` and prints where
// its time went. Set KEEP_BENCH_HOMES=1 to keep the temp homes (node.log) for inspection.
// --repeat N: N pairs of runs, every pair's ratio printed (the machine is shared: compare within a pair).
//
// Figures (issue 14, Dec 2026; 2 cores shared with other helpers: other processes took 1.1–1.8 cores in
// every run, so tx/s swing with the neighbours and CPU µs per committed tx is the stable figure):
//   --sustained before the committed-value cache etc. (3 runs): ours 306 / 208 / 128 tx/s, kvstore
//     1068 / 413 / 326, ratio 0.29 / 0.50 / 0.39; CPU per tx: app 1.34 / 0.96 / 1.17 ms, cometbft
//     1.24 / 0.96 / 1.09 ms with our app vs 0.27 / 0.36 / 0.40 ms with kvstore.
//   --sustained --repeat 3 after (load average ~20): ours 81 / 154 / 475 tx/s, kvstore 1804 / 1112 / 1486,
//     ratio 0.04 / 0.14 / 0.32; CPU per tx: app 1.17 / 0.77 / 0.60 ms, cometbft 1.00 / 0.79 / 0.72 ms vs
//     0.23 / 0.24 / 0.21 ms with kvstore. (One app thread gets ~0.1 core at that load; kvstore needs little.)
//   In process (bench/lib/app-costs.ts, CPU time): CheckTx 517 → 400 µs, FinalizeBlock 460 → 338,
//     ReCheckTx 146 → 117.
//   Quiet machine (load 0.2), before CheckTx lost its events and results were encoded once: ours 1034 tx/s,
//     kvstore 4618 (0.22); app 715 µs + cometbft 926 µs per tx. After (other jobs 0.5–0.6 cores): ours
//     809 / 1042 tx/s against 5851 / 3011, app 695 / 553 µs + cometbft 966 / 804 µs per tx.
//   --kvstore-abci socket (kvstore behind the same socket client as ours): kvstore's cometbft 456 µs per tx
//     against 259–288 µs built in; the socket client's flush timer is ~20 % of cometbft's CPU on our chain.
// The goal (ratio >= 0.5) is not reached: cometbft's own CPU per tx on our chain (CheckTx/ReCheckTx round
// trips, ~2 KB of indexed events per tx in FinalizeBlock) is 3–4x kvstore's, so even a free app would
// stay near 0.3 where both are CPU-bound. Details: CONTRIBUTING.md "Performance: chain throughput".
import { cpus, loadavg, totalmem } from "node:os";
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { setMaxListeners } from "node:events";
import { defaultCometSettings } from "../chain/node/home.ts";
import { cometbftBinary, patchCometConfig } from "../chain/node/cometbft.ts";
import { freePort } from "../localnet/processes.ts";
import { formatProfileSummary, summarizeCpuProfile, type ProfileSummary } from "./lib/cpuprofile.ts";
import { startCpuUsage, type CpuUsage } from "./lib/cpu-usage.ts";
import { runLoad, type LoadResult } from "./lib/load.ts";
import { abciCliBinary, cometbftVersion, KvstoreBenchNode, Resources, StratosBenchNode, waitForAppHeight, type BenchNode } from "./lib/nodes.ts";
import { addBenchGenesisAccounts, benchAccounts, kvstoreLanesLike, signedSendLanes } from "./lib/stratos-txs.ts";

const projectRoot = resolve(import.meta.dirname, "..");
export const RATIO_GOAL = 0.5;
const GWEI = 1_000_000_000n;

export interface ChainThroughputOptions {
  /** Funded sender accounts (= lanes of sequential txs). Default 200. */
  accounts: number;
  /** Total txs per chain. Default 2000. */
  txs: number;
  /** consensus.timeout_commit for both nodes (Go duration). Default "1s" (defaultCometSettings). */
  timeoutCommit: string;
  /** broadcast_tx_sync requests in flight. Default 64. */
  concurrency: number;
  /** Gas limit per MsgSend; fee = gas x 1 gwei. Default 150000. */
  gas: number;
  /** mempool.size (max pending txs) for both nodes; default CometBFT's 5000. */
  mempoolSize?: number;
  /** Everything (setup, both runs, cleanup) must finish within this; children are killed after. Default 300 s. */
  timeoutMs: number;
  only?: "stratos" | "kvstore";
  /**
   * "builtin" (default): kvstore linked into cometbft, no ABCI transport at all. "socket": kvstore
   * as its own process (abci-cli) behind cometbft's socket client, the transport our app must use.
   */
  kvstoreAbci?: "builtin" | "socket";
  /** Profile our app process with node --cpu-prof into this directory. */
  cpuProfDir?: string;
  /** Profile both cometbft processes (Go pprof, rpc.pprof_laddr) during the load into this directory. */
  cometProfDir?: string;
  log: (line: string) => void;
}

export interface MachineFacts {
  cores: number;
  cpuModel: string;
  totalMemGiB: number;
  loadavg1: number;
  node: string;
  platform: string;
  cometbft: string;
}

export interface ChainThroughputResult {
  machine: MachineFacts;
  settings: Omit<ChainThroughputOptions, "log" | "cpuProfDir" | "only">;
  stratos?: LoadResult;
  kvstore?: LoadResult;
  /** Average cores used during each load by the node's processes, the load generator and everything else. */
  cpu?: { stratos?: CpuUsage; kvstore?: CpuUsage };
  /** stratos tx/s ÷ kvstore tx/s */
  ratio?: number;
  goal: number;
  profile?: { file: string; summary: ProfileSummary };
}

export const defaultChainThroughputOptions: ChainThroughputOptions = {
  accounts: 200,
  txs: 2000,
  timeoutCommit: String(defaultCometSettings["consensus.timeout_commit"]),
  concurrency: 64,
  gas: 150_000,
  timeoutMs: 300_000,
  log: (line) => console.log(line),
};

/** Resources of runs in progress, so a direct run's signal handlers / hard timer can kill them. */
const live = new Set<Resources>();

export function machineFacts(): MachineFacts {
  const c = cpus();
  return {
    cores: c.length,
    cpuModel: c[0]?.model?.trim() ?? "unknown",
    totalMemGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    loadavg1: Math.round(loadavg()[0] * 100) / 100,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cometbft: cometbftVersion(),
  };
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason ?? "aborted"));
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw abortError(signal);
}

export async function runChainThroughputBench(partial: Partial<ChainThroughputOptions> = {}): Promise<ChainThroughputResult> {
  const o: ChainThroughputOptions = { ...defaultChainThroughputOptions, ...partial };
  if (o.accounts < 1 || o.txs < 1 || o.concurrency < 1 || o.gas < 1) throw new Error("accounts, txs, concurrency and gas must be >= 1");
  const res = new Resources();
  live.add(res);
  const ac = new AbortController();
  setMaxListeners(0, ac.signal); // every in-flight RPC listens for the abort
  const hardDeadline = performance.now() + o.timeoutMs;
  const timer = setTimeout(() => ac.abort(new Error(`chain-throughput bench exceeded its ${o.timeoutMs / 1000} s timeout`)), o.timeoutMs);
  const aborted = new Promise<never>((_, reject) => ac.signal.addEventListener("abort", () => reject(abortError(ac.signal)), { once: true }));
  aborted.catch(() => {});
  const work = benchBody(o, res, ac.signal, hardDeadline);
  work.catch(() => {});
  try {
    return await Promise.race([work, aborted]);
  } finally {
    clearTimeout(timer);
    if (!ac.signal.aborted) ac.abort(new Error("bench finished"));
    try {
      await res.cleanup();
    } finally {
      live.delete(res);
    }
  }
}

async function benchBody(o: ChainThroughputOptions, res: Resources, signal: AbortSignal, hardDeadline: number): Promise<ChainThroughputResult> {
  // Work abandoned on a timeout may still run for a moment: keep it quiet.
  const log = (line: string) => void (signal.aborted || o.log(line));
  const machine = machineFacts();
  const { log: _l, cpuProfDir: _c, cometProfDir: _p, only: _o, ...settings } = o;
  if (o.kvstoreAbci === "socket") log("kvstore runs as its own process (abci-cli) over cometbft's socket ABCI client, as our app does");
  const result: ChainThroughputResult = { machine, settings, goal: RATIO_GOAL };
  const cometSettings: Record<string, string | number | boolean> = { ...defaultCometSettings, "consensus.timeout_commit": o.timeoutCommit };
  if (o.mempoolSize !== undefined) cometSettings["mempool.size"] = o.mempoolSize;

  // ---- accounts and txs, all signed before any node starts
  let t = performance.now();
  const accounts = benchAccounts(o.accounts);
  const nodeArgs: string[] = [];
  let profDir: string | undefined;
  if (o.cpuProfDir) {
    profDir = resolve(o.cpuProfDir);
    mkdirSync(profDir, { recursive: true });
    nodeArgs.push("--cpu-prof", `--cpu-prof-dir=${profDir}`);
  }
  const stratos = await StratosBenchNode.create(res, { settings: cometSettings, nodeArgs });
  addBenchGenesisAccounts(stratos.home, accounts, 1000n * 10n ** 18n);
  const ourLanes = signedSendLanes(accounts, o.txs, { chainId: stratos.chainId, gas: BigInt(o.gas), gasPrice: GWEI });
  const kvLanes = kvstoreLanesLike(ourLanes);
  log(`prepared ${o.accounts} accounts and ${o.txs} signed MsgSends (+ same-size kvstore txs) in ${(performance.now() - t).toFixed(0)} ms`);
  throwIfAborted(signal);

  const phases = (o.only ? [o.only] : ["stratos", "kvstore"]) as ("stratos" | "kvstore")[];
  for (const [i, phase] of phases.entries()) {
    throwIfAborted(signal);
    const pprofPort = o.cometProfDir ? await freePort() : 0;
    const phaseSettings = pprofPort ? { ...cometSettings, "rpc.pprof_laddr": `127.0.0.1:${pprofPort}` } : cometSettings;
    if (phase === "stratos" && pprofPort) patchCometConfig(stratos.home, { "rpc.pprof_laddr": `127.0.0.1:${pprofPort}` });
    const socketApp = o.kvstoreAbci === "socket" ? { abciCli: abciCliBinary(cometbftVersion()) } : undefined;
    const node: BenchNode = phase === "stratos" ? stratos : await KvstoreBenchNode.create(res, { settings: phaseSettings, likeHome: stratos.home, socketApp });
    t = performance.now();
    node.start();
    await waitForAppHeight(node, 2, 90_000, signal);
    log(`[${phase}] node up at height 2 in ${(performance.now() - t).toFixed(0)} ms (${node.rpcUrl}); broadcasting ${o.txs} txs, ${o.concurrency} in flight`);
    throwIfAborted(signal);
    // Leave time for the remaining phases and for cleanup.
    const remaining = hardDeadline - performance.now() - 25_000;
    const deadline = performance.now() + Math.max(5_000, remaining / (phases.length - i));
    let cpu: (() => CpuUsage) | undefined;
    let loadFromUs = 0;
    let cometProfile: Promise<string | undefined> | undefined;
    const r = await runLoad({
      onStart: () => {
        cpu = startCpuUsage(node.namedPids());
        loadFromUs = Number(process.hrtime.bigint() / 1000n);
        if (pprofPort) cometProfile = fetchGoProfile(pprofPort, o.cometProfDir!, phase, log);
      },
      rpcUrl: node.rpcUrl,
      lanes: phase === "stratos" ? ourLanes : kvLanes,
      concurrency: o.concurrency,
      deadline,
      signal,
      log,
    });
    const loadToUs = Number(process.hrtime.bigint() / 1000n);
    result[phase] = r;
    const usage = cpu?.() ?? {};
    (result.cpu ??= {})[phase] = usage;
    log(`[${phase}] ${describeRun(r)}`);
    if (usage.nodeCores !== undefined) log(`[${phase}] cpu during the load: ${describeCpu(usage, r.committed)}`);
    for (const f of r.failures.slice(0, 10)) log(`[${phase}]   FAILED x${f.count}: ${f.example}`);
    if (cometProfile) {
      const file = await cometProfile;
      if (file) log(`[${phase}] cometbft cpu profile (first ${COMET_PROFILE_SECONDS} s of the load): ${file}\n${goPprofTop(file)}`);
    }
    t = performance.now();
    await node.stop();
    log(`[${phase}] node stopped in ${(performance.now() - t).toFixed(0)} ms`);
    if (phase === "stratos" && profDir) {
      const file = newestProfile(profDir, t);
      // Only the load (first broadcast to last commit seen), not startup and module loading.
      if (file) result.profile = { file, summary: summarizeCpuProfile(file, projectRoot, 40, { fromUs: loadFromUs, toUs: loadToUs }) };
      else log(`[stratos] no .cpuprofile found in ${profDir}`);
    }
  }
  if (result.stratos && result.kvstore && result.kvstore.txPerSec > 0) result.ratio = result.stratos.txPerSec / result.kvstore.txPerSec;
  return result;
}

const COMET_PROFILE_SECONDS = 15;

/** CometBFT's Go CPU profile of the first seconds of the load (net/http/pprof behind rpc.pprof_laddr). */
async function fetchGoProfile(port: number, dir: string, phase: string, log: (l: string) => void): Promise<string | undefined> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/debug/pprof/profile?seconds=${COMET_PROFILE_SECONDS}`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    mkdirSync(dir, { recursive: true });
    const file = join(resolve(dir), `cometbft-${phase}.pprof`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    return file;
  } catch (e) {
    log(`[${phase}] cometbft profile failed: ${(e as Error).message}`);
    return undefined;
  }
}

/** `go tool pprof -top` of a profile: cumulative time by function, the 25 biggest. */
function goPprofTop(file: string): string {
  const r = spawnSync("go", ["tool", "pprof", "-top", "-cum", "-nodecount=25", cometbftBinary(), file], { encoding: "utf8" });
  return r.status === 0 ? r.stdout : `go tool pprof failed: ${r.stderr || r.error?.message}`;
}

/** The main thread's profile (CPU.<date>.<time>.<pid>.0.<seq>.cpuprofile; tsx's loader thread writes another). */
function newestProfile(dir: string, sinceMs: number): string | undefined {
  const since = Date.now() - (performance.now() - sinceMs) - 5_000;
  const files = readdirSync(dir)
    .filter((f) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(f))
    .map((f) => ({ f: join(dir, f), m: statSync(join(dir, f)).mtimeMs }))
    .filter((x) => x.m >= since)
    .sort((a, b) => b.m - a.m);
  return files[0]?.f;
}

function describeCpu(u: CpuUsage, committed?: number): string {
  const per = Object.entries(u.perProcess ?? {}).map(([k, v]) => `${k} ${v}`).join(", ");
  const perTx = committed ? cpuPerTx(u, committed) : undefined;
  const perTxText = perTx ? `; CPU per committed tx: ${Object.entries(perTx).map(([k, v]) => `${k} ${v.toFixed(0)} µs`).join(", ")}` : "";
  return `node ${u.nodeCores} cores (${per}), load generator ${u.loadGeneratorCores}, other processes ${u.otherCores}${(u.otherCores ?? 0) > 0.2 ? " (machine shared: figures are noisy)" : ""}${perTxText}`;
}

/**
 * CPU µs per committed tx of each node process (and "node", their sum). Unlike tx/s this hardly
 * depends on what else runs on the machine, so it is the figure to compare across runs.
 */
export function cpuPerTx(u: CpuUsage, committed: number): Record<string, number> | undefined {
  if (!u.cpuMsPerProcess || committed <= 0) return undefined;
  const out: Record<string, number> = {};
  let sum = 0;
  for (const [k, ms] of Object.entries(u.cpuMsPerProcess)) {
    out[k] = (ms * 1000) / committed;
    sum += out[k];
  }
  out.node = sum;
  return out;
}

const fmt = (x: number, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : "n/a");

function describeRun(r: LoadResult): string {
  return (
    `${r.committed}/${r.txs} committed, ${r.failed} failed, ${fmt(r.txPerSec, 1)} tx/s over ${fmt(r.durationMs / 1000, 2)} s; ` +
    `latency p50 ${fmt(r.p50Ms)} ms, p99 ${fmt(r.p99Ms)} ms; broadcast phase ${fmt(r.broadcastMs)} ms ` +
    `(CheckTx round trip p50 ${fmt(r.checkTxP50Ms, 1)} ms, p99 ${fmt(r.checkTxP99Ms, 1)} ms); ` +
    `blocks with txs: ${r.blocks.map((b) => `${b.height}:${b.txs}@${fmt(b.atMs)}ms`).join(" ")}`
  );
}

export function formatChainThroughput(r: ChainThroughputResult): string {
  const m = r.machine;
  const s = r.settings;
  const lines = [
    `machine: ${m.cores} cores (${m.cpuModel}), ${m.totalMemGiB} GiB, load ${m.loadavg1}; node ${m.node} ${m.platform}; cometbft ${m.cometbft}`,
    `load: ${s.txs} txs from ${s.accounts} accounts, ${s.concurrency} in flight, timeout_commit ${s.timeoutCommit}, gas ${s.gas} (fee gas x 1 gwei), mempool.size ${s.mempoolSize ?? "5000 (default)"}`,
    ``,
    `chain      tx/s    p50 ms   p99 ms   committed  failed  blocks  avg tx bytes`,
  ];
  for (const [name, x] of [["stratos", r.stratos], ["kvstore", r.kvstore]] as const) {
    if (!x) continue;
    lines.push(
      `${name.padEnd(8)} ${fmt(x.txPerSec, 1).padStart(7)} ${fmt(x.p50Ms).padStart(8)} ${fmt(x.p99Ms).padStart(8)} ${`${x.committed}/${x.txs}`.padStart(11)} ${String(x.failed).padStart(7)} ${String(x.blocks.length).padStart(7)} ${fmt(x.avgTxBytes).padStart(13)}`,
    );
  }
  for (const [name, u] of Object.entries(r.cpu ?? {})) if (u?.nodeCores !== undefined) lines.push(`${name} cpu: ${describeCpu(u, (name === "stratos" ? r.stratos : r.kvstore)?.committed)}`);
  const ours = r.cpu?.stratos && r.stratos ? cpuPerTx(r.cpu.stratos, r.stratos.committed) : undefined;
  const theirs = r.cpu?.kvstore && r.kvstore ? cpuPerTx(r.cpu.kvstore, r.kvstore.committed) : undefined;
  if (ours && theirs) lines.push(`node CPU per committed tx, kvstore ÷ stratos: ${(theirs.node / ours.node).toFixed(2)} (what the tx/s ratio tends to where both are CPU-bound)`);
  if (r.stratos?.maxGasUsed) lines.push(`stratos max gas used per MsgSend: ${r.stratos.maxGasUsed} (limit ${s.gas})`);
  if (r.ratio !== undefined) lines.push(`ratio stratos/kvstore: ${r.ratio.toFixed(2)} (goal >= ${r.goal}: ${r.ratio >= r.goal ? "met" : "NOT met"})`);
  if (r.profile) lines.push(``, `cpu profile of the stratos app process during the load: ${r.profile.file}`, formatProfileSummary(r.profile.summary, 25));
  return lines.join("\n");
}

/** One line per repetition (tx/s, ratio, CPU per tx), then the range of the ratios. */
export function formatRepetitions(rs: ChainThroughputResult[]): string {
  const lines = [`${rs.length} repetitions (each ratio from one pair of runs under the same machine load):`];
  for (const [i, r] of rs.entries()) {
    const ours = r.cpu?.stratos && r.stratos ? cpuPerTx(r.cpu.stratos, r.stratos.committed) : undefined;
    const theirs = r.cpu?.kvstore && r.kvstore ? cpuPerTx(r.cpu.kvstore, r.kvstore.committed) : undefined;
    lines.push(
      `  #${i + 1}: stratos ${fmt(r.stratos?.txPerSec ?? NaN, 1)} tx/s, kvstore ${fmt(r.kvstore?.txPerSec ?? NaN, 1)} tx/s, ratio ${fmt(r.ratio ?? NaN, 2)}; ` +
        `CPU µs per tx: stratos app ${fmt(ours?.app ?? NaN)} + cometbft ${fmt(ours?.cometbft ?? NaN)}, kvstore cometbft ${fmt(theirs?.cometbft ?? NaN)}; other processes ${r.cpu?.stratos?.otherCores ?? "?"} / ${r.cpu?.kvstore?.otherCores ?? "?"} cores`,
    );
  }
  const ratios = rs.map((r) => r.ratio).filter((x): x is number => x !== undefined).sort((a, b) => a - b);
  if (ratios.length) lines.push(`ratio stratos/kvstore: min ${ratios[0].toFixed(2)}, median ${ratios[Math.floor(ratios.length / 2)].toFixed(2)}, max ${ratios[ratios.length - 1].toFixed(2)} (goal >= ${RATIO_GOAL})`);
  return lines.join("\n");
}

// ---- command line

const USAGE =
  "usage: node --import tsx bench/chain-throughput.ts [--accounts N] [--txs N] [--timeout-commit 1s] [--concurrency N] [--gas N] [--mempool-size N] [--timeout SECONDS] [--only stratos|kvstore] [--kvstore-abci builtin|socket] [--cpu-prof DIR] [--comet-pprof DIR] [--sustained] [--repeat N] [--json]";

/** --sustained: the saturation run (explicit flags still win). */
export const SUSTAINED: Partial<ChainThroughputOptions> = { txs: 20_000, mempoolSize: 25_000, timeoutMs: 900_000 };

function positiveInt(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new Error(`--${name} must be a positive integer, got ${JSON.stringify(v)}`);
  return Number(v);
}

export function parseChainThroughputArgs(argv: string[]): Partial<ChainThroughputOptions> & { json: boolean; repeat: number } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      accounts: { type: "string" },
      txs: { type: "string" },
      "timeout-commit": { type: "string" },
      concurrency: { type: "string" },
      gas: { type: "string" },
      timeout: { type: "string" },
      only: { type: "string" },
      "kvstore-abci": { type: "string" },
      "cpu-prof": { type: "string" },
      "comet-pprof": { type: "string" },
      "mempool-size": { type: "string" },
      sustained: { type: "boolean", default: false },
      repeat: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const tc = values["timeout-commit"];
  if (tc !== undefined && !/^\d+(\.\d+)?(ns|us|µs|ms|s|m)$/.test(tc)) throw new Error(`--timeout-commit must be a Go duration like 1s or 500ms, got ${JSON.stringify(tc)}`);
  if (values.only !== undefined && values.only !== "stratos" && values.only !== "kvstore") throw new Error(`--only must be stratos or kvstore, got ${JSON.stringify(values.only)}`);
  const ka = values["kvstore-abci"];
  if (ka !== undefined && ka !== "builtin" && ka !== "socket") throw new Error(`--kvstore-abci must be builtin or socket, got ${JSON.stringify(ka)}`);
  const opts: Partial<ChainThroughputOptions> = values.sustained ? { ...SUSTAINED } : {};
  const set = <K extends keyof ChainThroughputOptions>(k: K, v: ChainThroughputOptions[K] | undefined) => {
    if (v !== undefined) opts[k] = v;
  };
  set("accounts", positiveInt("accounts", values.accounts));
  set("txs", positiveInt("txs", values.txs));
  set("concurrency", positiveInt("concurrency", values.concurrency));
  set("gas", positiveInt("gas", values.gas));
  set("mempoolSize", positiveInt("mempool-size", values["mempool-size"]));
  const timeout = positiveInt("timeout", values.timeout);
  set("timeoutMs", timeout === undefined ? undefined : timeout * 1000);
  set("timeoutCommit", tc);
  set("only", values.only as ChainThroughputOptions["only"]);
  set("kvstoreAbci", ka as ChainThroughputOptions["kvstoreAbci"]);
  set("cpuProfDir", values["cpu-prof"]);
  set("cometProfDir", values["comet-pprof"]);
  return { ...opts, json: values.json!, repeat: positiveInt("repeat", values.repeat) ?? 1 };
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parseChainThroughputArgs>;
  try {
    args = parseChainThroughputArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const { json, repeat, ...opts } = args;
  const timeoutMs = opts.timeoutMs ?? defaultChainThroughputOptions.timeoutMs;
  const emergency = (why: string, code: number) => {
    console.error(why);
    for (const r of live) r.killNow();
    process.exit(code);
  };
  // Belt and braces: the bench aborts itself at timeoutMs; this fires only if cleanup hangs.
  const hard = setTimeout(() => emergency(`hard timeout: killing children`, 3), repeat * (timeoutMs + 45_000));
  hard.unref();
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => emergency(`${sig}: killing children`, 130));
  try {
    // --repeat N: N whole runs in a row (each ours then kvstore), so every ratio pairs two runs made
    // under the same machine load; the summary gives them all.
    const results: ChainThroughputResult[] = [];
    for (let i = 0; i < repeat; i++) {
      if (repeat > 1 && !json) console.log(`\n=== repetition ${i + 1} of ${repeat} ===`);
      const r = await runChainThroughputBench({ ...opts, log: json ? (l) => console.error(l) : (l) => console.log(l) });
      results.push(r);
      if (!json) console.log(`\n${formatChainThroughput(r)}`);
    }
    if (json) console.log(JSON.stringify(repeat === 1 ? results[0] : results, (_k, v) => (typeof v === "bigint" ? v.toString() : v), 2));
    else if (repeat > 1) console.log(`\n${formatRepetitions(results)}`);
    const failed = results.reduce((n, r) => n + (r.stratos?.failed ?? 0) + (r.kvstore?.failed ?? 0), 0);
    process.exitCode = failed > 0 ? 1 : 0;
  } catch (e) {
    console.error(`chain-throughput bench failed: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  } finally {
    clearTimeout(hard);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  await main();
}
