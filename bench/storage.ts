// Storage-network throughput on a real localnet (validators + 3 meta-node + 4 resource-node daemons,
// Stratos' 32 MiB slices, 3 replicas): upload and download MB/s of a 1 GiB file through the
// `resource-node` CLI, beside two ceilings measured in the same run — the one-core Keccak-256 rate
// (hash-wasm) and a raw loopback HTTP copy of the same bytes — and the peak RSS of the uploading and
// downloading processes (the CLI and the gateway daemon) for a 4 GiB file.
//
//   node --import tsx bench/storage.ts [--size-mib 1024] [--rss-size-mib 4096] [--keep] [--cpu-prof DIR]
//        [--runs N]
// Nothing here asserts a time; figures are printed as ratios to the in-run baselines. Each phase also
// prints the CPU seconds of every process (CLI, resource nodes, meta nodes, validator) and the idle
// localnet's CPU s/s: on 2 cores an upload is CPU-bound, so that is where its time goes.
//
// Keccak passes per byte: upload 5 (file hash + slice hashes at the gateway, both before the permit, which
// names every slice hash; 1 check per destination), download 1 (at the downloading gateway, while each slice
// arrives). The CID format allows no fewer (CONTRIBUTING.md, "Keccak passes per byte").
//
// Figures (CLI's clock, ratio to one-core Keccak measured in the same run; the machine is shared, so the
// load from other jobs is given; earlier helper's: upload 0.12-0.14 ×, download 0.55 × quiet / 0.72 × loaded):
//   256 MiB, load 11, before the changes of issue 10's speed pass: upload 0.04 ×, download 0.18 × (Keccak 211 MB/s)
//   256 MiB, load ~2, download hashed while it arrives: upload 26.8 MB/s = 0.11 ×, download 103 MB/s = 0.41 ×
//     (Keccak 253 MB/s). Upload: 1.9 s hashing + 7.9 s sending; 17 CPU s in 11 s wall (CLI 1.7, gateway 6.9,
//     destinations 1.6-2.6 each, meta nodes 2.4), of which Keccak 5.3 s.
//   1 GiB, load 15-30: upload 18.7 MB/s, download 25.7 MB/s; Keccak itself fell to 30-54 MB/s in such runs,
//     so the ratios of loaded runs say little. Peak RSS 1 GiB: uploading gateway 229 MB (301 MB with the
//     worker-thread replica sender, since removed: no gain shown), downloading gateway 268 MB.
//   256 MiB, load ~20, after the gateway stores its own replica in-process (3 runs): CPU of the 4 resource
//     daemons per upload 8.9 / 11.0 / 10.3 s (uploading gateway 4.3 / 4.8 / 4.7 s), against 12.4-15.8 s
//     (gateway 5.0-7.8 s) in 6 runs before it; upload 0.13 / 0.22 / 0.25 ×, download 0.35 / 1.21 / 0.56 ×
//     with Keccak at 77 / 38 / 80 MB/s (loaded: the ratios swing with the load, the CPU seconds much less).
// What limits the next step: CPU seconds per replica byte (loopback HTTP, file I/O, GC), not waits; see
// CONTRIBUTING.md "Why not fewer, and what limits the upload".
import { spawn } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { createKeccak } from "hash-wasm";
import { startStorageNetwork, stopStorageNetwork } from "../test/helpers/storage-network.ts";
import { waitForStorage } from "../localnet/storage.ts";
import { formatProfileSummary, summarizeCpuProfile } from "./lib/cpuprofile.ts";
import type { Localnet } from "../localnet/localnet.ts";

const { values } = parseArgs({ options: { "size-mib": { type: "string", default: "1024" }, "rss-size-mib": { type: "string", default: "4096" }, keep: { type: "boolean", default: false }, "cpu-prof": { type: "string" }, runs: { type: "string", default: "1" } } });
const RUNS = Number(values.runs);
// --cpu-prof DIR: the resource daemons (restarted with node --cpu-prof) and the put/get CLIs write V8
// profiles (one per thread, hash workers included) under DIR/<process>; summaries go to DIR/summary.txt.
const PROF_DIR = values["cpu-prof"] ? resolve(values["cpu-prof"]) : undefined;
const profArgs = (name: string) => (PROF_DIR ? ["--cpu-prof", `--cpu-prof-dir=${join(PROF_DIR, name)}`] : []);
const MiB = 1 << 20;
const SIZE = Number(values["size-mib"]) * MiB;
const RSS_SIZE = Number(values["rss-size-mib"]) * MiB;
const BIN = join(import.meta.dirname, "../bin/resource-node.mjs");
const RSS_HOOK = join(import.meta.dirname, "storage-rss.mjs");
const work = mkdtempSync(join(tmpdir(), "bench-storage-"));
const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);

/** A file of `size` pseudo-random bytes (xorshift; not compressible, not all-equal slices). */
async function makeFile(path: string, size: number, seed = 0x9e3779b9): Promise<void> {
  let x = seed | 0;
  const out = createWriteStream(path);
  for (let done = 0; done < size; ) {
    const n = Math.min(8 * MiB, size - done);
    const b = Buffer.allocUnsafe(n);
    for (let i = 0; i < n; i += 4) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      b.writeInt32LE(x, i);
    }
    if (!out.write(b)) await new Promise<void>((r) => out.once("drain", () => r()));
    done += n;
  }
  await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
}

async function keccakRate(total = 512 * MiB): Promise<number> {
  const h = await createKeccak(256);
  const buf = Buffer.alloc(MiB, 7);
  h.init();
  const t = performance.now();
  for (let n = 0; n < total; n += MiB) h.update(buf);
  h.digest("binary");
  return mbps(total, performance.now() - t);
}

/** The file read from disk and sent over loopback HTTP to a server that reads (and drops) it. */
async function loopbackRate(file: string): Promise<number> {
  const server = createServer((req, res) => {
    req.on("data", () => undefined);
    req.on("end", () => res.end("ok"));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  const size = statSync(file).size;
  const t = performance.now();
  await new Promise<void>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method: "PUT", path: "/", headers: { "content-length": size } }, (res) => {
      res.resume();
      res.on("end", resolve);
    });
    req.on("error", reject);
    pipeline(createReadStream(file, { highWaterMark: MiB }), req).catch(reject);
  });
  const ms = performance.now() - t;
  server.close();
  return mbps(size, ms);
}

function cli(args: string[], nodeArgs: string[] = []): Promise<{ code: number; stdout: string; stderr: string; ms: number; transferMs: number; maxRssKb: number; cpuMs: number }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, "--import", RSS_HOOK, BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("error", reject);
    child.on("exit", (code) => {
      const m = /MAXRSS_KB=(\d+) CPU_MS=(\d+)/.exec(stderr);
      // the CLI's summary: "stored … in 12.3 s (…)" / "saved … in 4.5 s (…)"
      const own = /(?:stored|saved) .* in ([\d.]+) s \(/.exec(stderr);
      resolve({ code: code ?? -1, stdout, stderr, ms: performance.now() - t, transferMs: own ? Number(own[1]) * 1000 : NaN, maxRssKb: m ? Number(m[1]) : NaN, cpuMs: m ? Number(m[2]) : NaN });
    });
  });
}

/** Resets a running daemon's peak RSS to its current RSS (Linux clear_refs "5"), so each phase
 * reports its own peak rather than the daemon's peak since start. */
function resetDaemonPeak(pid: number | undefined): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
  } catch {
    // not Linux, or not ours: the figure is then the peak since start
  }
}

/** CPU time (user + system) a running process has used so far, ms (Linux /proc, 100 ticks/s). */
function cpuMsOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** CPU ms used so far by the localnet's validator processes (app + cometbft). */
function validatorCpu(net: Localnet): number {
  return net.nodes.reduce((a, n) => a + n.livePids().reduce((b, pid) => b + cpuMsOf(pid), 0), 0);
}

/** CPU s per s the idle localnet uses (blocks every timeout_commit, heartbeats, maintenance): the share of the 2 cores that is not ours to use. */
async function idleCpu(net: Localnet): Promise<string> {
  const all = () => validatorCpu(net) + net.daemons.reduce((a, d) => a + cpuMsOf(d.info.pid), 0);
  const c0 = all();
  await new Promise((r) => setTimeout(r, 5000));
  return ((all() - c0) / 5000).toFixed(2);
}

/** Peak RSS (VmHWM) of a running daemon, MB. */
function daemonPeakMb(pid: number | undefined): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function transfer(net: Localnet, file: string, label: string) {
  const rn = net.daemons.filter((d) => d.info.kind === "resource");
  const [up, down] = [rn[0]!, rn[1]!];
  for (const d of rn) resetDaemonPeak(d.info.pid);
  const metas = net.daemons.filter((d) => d.info.kind === "meta");
  const metaCpu = () => metas.reduce((a, d) => a + cpuMsOf(d.info.pid), 0);
  const v0 = validatorCpu(net);
  const m0 = metaCpu();
  const cpu0 = rn.map((d) => cpuMsOf(d.info.pid));
  const put = await cli(["put", file, "--home", up.info.home], profArgs(`cli-put-${label}`));
  if (put.code !== 0) throw new Error(`put failed: ${put.stderr}`);
  const cpu1 = rn.map((d) => cpuMsOf(d.info.pid));
  const m1 = metaCpu();
  const v1 = validatorCpu(net);
  const upGatewayMb = daemonPeakMb(up.info.pid);
  // `down` is also one of the upload's destinations (3 replicas on 4 nodes): its receive-side peak
  const destinationMb = Math.max(...rn.slice(1).map((d) => daemonPeakMb(d.info.pid)));
  const r = JSON.parse(put.stdout);
  const out = join(work, `out-${label}`);
  resetDaemonPeak(down.info.pid);
  const get = await cli(["get", r.handle, out, "--via", down.url, "--home", up.info.home], profArgs(`cli-get-${label}`));
  if (get.code !== 0) throw new Error(`get failed: ${get.stderr}`);
  const cpu2 = rn.map((d) => cpuMsOf(d.info.pid));
  const m2 = metaCpu();
  const v2 = validatorCpu(net);
  // where the CPU went (s): the CLI, then resource0 (uploading gateway), resource1 (downloading gateway), …
  const secs = (a: number[], b: number[]) => b.map((x, i) => ((x - a[i]!) / 1000).toFixed(1)).join(" / ");
  console.log(`  (${label} CPU s, upload ${(put.ms / 1000).toFixed(1)} s wall: CLI ${(put.cpuMs / 1000).toFixed(1)}, resource0…${rn.length - 1} ${secs(cpu0, cpu1)}, meta nodes ${((m1 - m0) / 1000).toFixed(1)}, validator ${((v1 - v0) / 1000).toFixed(1)})`);
  console.log(`  (${label} CPU s, download ${(get.ms / 1000).toFixed(1)} s wall: CLI ${(get.cpuMs / 1000).toFixed(1)}, resource0…${rn.length - 1} ${secs(cpu1, cpu2)}, meta nodes ${((m2 - m1) / 1000).toFixed(1)}, validator ${((v2 - v1) / 1000).toFixed(1)})`);
  const size = statSync(file).size;
  if (statSync(out).size !== size) throw new Error("downloaded size differs");
  rmSync(out, { force: true });
  console.log(`  (${label} upload phases at the gateway, ms: ${JSON.stringify(r.timings)})`);
  return { size, put, get, stored: r.stored as number[], upGatewayMb, destinationMb, downGatewayMb: daemonPeakMb(down.info.pid), fileHash: r.fileHash as string };
}

function printPeaks(t: Awaited<ReturnType<typeof transfer>>): void {
  const mb = (kb: number) => (kb / 1024).toFixed(0);
  console.log(`  peak RSS (goal < 300 MB): put CLI ${mb(t.put.maxRssKb)} MB, uploading gateway ${t.upGatewayMb.toFixed(0)} MB, busiest destination ${t.destinationMb.toFixed(0)} MB;`);
  console.log(`                            get CLI ${mb(t.get.maxRssKb)} MB, downloading gateway ${t.downGatewayMb.toFixed(0)} MB (each daemon's peak during that phase)`);
}

/** Every profile under dir (process/CPU…<pid>.<thread>…), summarised into dir/summary.txt. */
function summarizeProfiles(dir: string): void {
  const root = resolve(import.meta.dirname, "..");
  const out: string[] = [];
  for (const sub of readdirSync(dir).sort()) {
    if (!statSync(join(dir, sub)).isDirectory()) continue;
    for (const f of readdirSync(join(dir, sub)).filter((x) => x.endsWith(".cpuprofile")).sort()) {
      const s = summarizeCpuProfile(join(dir, sub, f), root, 15);
      if (s.busyMs < 200) continue; // tsx's loader thread, idle workers
      out.push(`==== ${sub}/${f}`, formatProfileSummary(s, 15), "");
    }
  }
  writeFileSync(join(dir, "summary.txt"), out.join("\n"));
  console.log(`cpu profiles summarised in ${join(dir, "summary.txt")}`);
}

async function main(): Promise<void> {
  console.log(`bench/storage: ${SIZE / MiB} MiB file, 3 replicas, 32 MiB slices; RSS run with ${RSS_SIZE / MiB} MiB (work dir ${work})`);
  const file = join(work, "file.bin");
  await makeFile(file, SIZE);
  const keccak = await keccakRate();
  const loop = await loopbackRate(file);
  console.log(`baselines: Keccak-256 one core (hash-wasm) ${keccak.toFixed(0)} MB/s; loopback HTTP copy ${loop.toFixed(0)} MB/s`);

  let net: Localnet | undefined;
  try {
    net = await startStorageNetwork({ meta: 3, resource: 4, sliceSize: 33_554_432, replicas: 3, livenessTimeoutMs: 60_000, heartbeatIntervalMs: 2_000, maintenanceIntervalMs: 5_000 });
    const rn0 = net.daemons.filter((d) => d.info.kind === "resource")[0]!;
    if (PROF_DIR) {
      for (const d of net.daemons.filter((x) => x.info.kind === "resource")) {
        await d.stop();
        await d.start({ nodeArgs: profArgs(d.name) });
      }
      await waitForStorage(net.daemons);
    }
    const prepay = await cli(["prepay", "900stos", "--home", rn0.info.home]);
    if (prepay.code !== 0) throw new Error(`prepay failed: ${prepay.stderr}`);
    await new Promise((r) => setTimeout(r, 3000));
    const oz = await cli(["ozone", "--home", rn0.info.home]);
    console.log(`prepaid ozone of the uploading wallet: ${JSON.parse(oz.stdout).balance} noz; the idle localnet uses ${await idleCpu(net)} CPU s/s`);

    const t = await transfer(net, file, "1g");
    console.log(`\n${t.size / MiB} MiB (${t.fileHash}), stored ${t.stored.length} slices × ${Math.min(...t.stored)} replicas:`);
    const row = (what: string, ms: number, goal: string, note: string) => {
      const r = mbps(t.size, ms);
      console.log(`  ${what.padEnd(26)} ${r.toFixed(1).padStart(7)} MB/s = ${(r / keccak).toFixed(2)} × Keccak one core (goal ≥ ${goal}), ${(r / loop).toFixed(2)} × loopback HTTP  [${(ms / 1000).toFixed(1)} s${note}]`);
    };
    // The CLI's own clock (its summary line) starts at the request, after node + tsx start-up and key
    // loading, which cost 0.5-1 s of CPU per CLI run whatever the file size.
    row("upload (CLI's clock)", t.put.transferMs, "0.25", "");
    row("upload (CLI process)", t.put.ms, "0.25", ", start-up included");
    row("download (CLI's clock)", t.get.transferMs, "0.7", ", from the first byte");
    row("download (CLI process)", t.get.ms, "0.7", ", start-up and permit included");
    printPeaks(t);
    console.log(`  Keccak passes per byte: upload 2 at the gateway (file hash on its own worker ‖ slice hashes in the pool) + 1 per destination = 5; download 1 at the gateway, while each slice arrives (holders serving a download do not re-hash) = 1`);

    // More runs: a new file each (same size), Keccak measured again just before each, so each ratio is
    // against the machine as it was then (it is shared).
    const rows: string[] = [];
    for (let i = 1; i < RUNS; i++) {
      const f = join(work, `file-${i}.bin`);
      await makeFile(f, SIZE, 0x9e3779b9 + i * 7919);
      const k = await keccakRate(256 * MiB);
      const x = await transfer(net, f, `run${i}`);
      rmSync(f, { force: true });
      const up = mbps(x.size, x.put.transferMs);
      const down = mbps(x.size, x.get.transferMs);
      rows.push(`  run ${i + 1}: Keccak ${k.toFixed(0)} MB/s; upload ${up.toFixed(1)} MB/s = ${(up / k).toFixed(2)} ×, download ${down.toFixed(1)} MB/s = ${(down / k).toFixed(2)} × (CLI's clock); peaks: uploading gateway ${x.upGatewayMb.toFixed(0)} MB, downloading gateway ${x.downGatewayMb.toFixed(0)} MB`);
      console.log(rows[rows.length - 1]);
    }
    if (rows.length) console.log(`\nruns 2…${RUNS}:\n${rows.join("\n")}`);

    if (RSS_SIZE > 0) {
      rmSync(file, { force: true });
      const big = join(work, "big.bin");
      await makeFile(big, RSS_SIZE);
      const b = await transfer(net, big, "4g");
      rmSync(big, { force: true });
      console.log(`\n${RSS_SIZE / MiB} MiB: upload ${mbps(b.size, b.put.ms).toFixed(1)} MB/s, download ${mbps(b.size, b.get.ms).toFixed(1)} MB/s`);
      printPeaks(b);
    }
  } finally {
    await stopStorageNetwork(net);
    if (PROF_DIR) summarizeProfiles(PROF_DIR);
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
