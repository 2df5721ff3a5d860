// Why the load tool keeps its own JSON-RPC client (bench/lib/jsonrpc.ts, node:http keep-alive) instead
// of the project's one client (chain/node/comet-rpc.ts, fetch): the load tool shares the cores with
// the node it measures, so the client's CPU per request is what matters. This measures both against
// the same cometbft kvstore node, same calls, same concurrency, in alternating rounds, and prints the
// client CPU per request and the ratio fetch ÷ node:http. Nothing here asserts a time.
//   node --import tsx bench/rpc-clients.ts [--requests 3000] [--concurrency 16] [--rounds 3]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { cometbftBinary, cometbftInit, patchCometConfig } from "../chain/node/cometbft.ts";
import { CometRpc } from "../chain/node/comet-rpc.ts";
import { freePort } from "../localnet/processes.ts";
import { JsonRpcClient } from "./lib/jsonrpc.ts";

const { values } = parseArgs({ options: { requests: { type: "string", default: "3000" }, concurrency: { type: "string", default: "16" }, rounds: { type: "string", default: "3" } } });
const requests = Number(values.requests);
const concurrency = Number(values.concurrency);
const rounds = Number(values.rounds);
for (const [k, v] of Object.entries({ requests, concurrency, rounds })) {
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${k} must be a positive integer, got ${JSON.stringify(values[k as keyof typeof values])}`);
}

type Call = (method: string, params: Record<string, unknown>) => Promise<unknown>;

async function drive(call: Call, label: string, round: number): Promise<{ cpuUsPerReq: number; wallUsPerReq: number }> {
  let next = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < requests; i = next++) {
        // A broadcast (the load tool's hot call; unique txs so none is refused as a duplicate) and a query.
        if (i % 2 === 0) await call("broadcast_tx_sync", { tx: Buffer.from(`${label}-${round}-${i}=v`).toString("base64") });
        else await call("abci_query", { path: "", data: Buffer.from(`${label}-${round}-${i - 1}`).toString("hex"), height: "0", prove: false });
      }
    }),
  );
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { cpuUsPerReq: (cpu.user + cpu.system) / requests, wallUsPerReq: (wall * 1000) / requests };
}

const home = mkdtempSync(join(tmpdir(), "rpc-clients-bench-"));
let node: ReturnType<typeof spawn> | undefined;
try {
  cometbftInit(home);
  const [rpc, p2p] = [await freePort(), await freePort()];
  patchCometConfig(home, { "rpc.laddr": `tcp://127.0.0.1:${rpc}`, "p2p.laddr": `tcp://127.0.0.1:${p2p}`, proxy_app: "kvstore", "consensus.timeout_commit": "200ms" });
  node = spawn(cometbftBinary(), ["start", "--home", home], { stdio: "ignore" });
  const url = `http://127.0.0.1:${rpc}`;
  const fetchClient = new CometRpc(url, { timeoutMs: 30_000 });
  const httpClient = new JsonRpcClient(url, { maxSockets: concurrency });
  for (let end = Date.now() + 30_000; ; ) {
    try {
      if (Number((await fetchClient.call("status")).sync_info.latest_block_height) >= 1) break;
    } catch (e) {
      if (Date.now() > end) throw new Error(`cometbft kvstore did not start: ${(e as Error).message}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const clients: [string, Call][] = [
    ["node:http (bench/lib/jsonrpc.ts)", (m, p) => httpClient.call(m, p)],
    ["fetch (chain/node/comet-rpc.ts)", (m, p) => fetchClient.call(m, p)],
  ];
  // Warm both (JIT, sockets) before measuring.
  for (const [, call] of clients) await call("status", {});
  const results = new Map<string, { cpu: number[]; wall: number[] }>(clients.map(([l]) => [l, { cpu: [], wall: [] }]));
  for (let r = 0; r < rounds; r++) {
    for (const [label, call] of r % 2 === 0 ? clients : [...clients].reverse()) {
      const m = await drive(call, label.split(" ")[0], r);
      results.get(label)!.cpu.push(m.cpuUsPerReq);
      results.get(label)!.wall.push(m.wallUsPerReq);
    }
  }
  httpClient.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`${requests} requests per round (broadcast_tx_sync + abci_query), concurrency ${concurrency}, ${rounds} rounds, median per request:`);
  for (const [label, r] of results) console.log(`  ${label.padEnd(36)} client CPU ${median(r.cpu).toFixed(1)} µs   wall ${median(r.wall).toFixed(1)} µs`);
  const [lean, shared] = [...results.values()];
  console.log(`  fetch ÷ node:http: client CPU ${(median(shared.cpu) / median(lean.cpu)).toFixed(2)}×, wall ${(median(shared.wall) / median(lean.wall)).toFixed(2)}×`);
} finally {
  node?.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  rmSync(home, { recursive: true, force: true });
}
