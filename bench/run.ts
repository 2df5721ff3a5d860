// `npm run bench`: every benchmark in turn, each printing its own figures and in-run baselines.
// Benchmarks are scripts, not tests: nothing here asserts a time.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const benches: [string, string[]][] = [
  ["signature verification per library", ["signatures.ts"]],
  ["Merkle store commits/s at 10^4 and 10^6 keys", ["store.ts"]],
  ["typed store collections vs hand-written accessors", ["collections.ts"]],
  ["volume report with 10 000 wallets and 7 BLS signers", ["pot-report.ts"]],
  ["slashing liveness + distribution allocation per block, 100 validators", ["slashing.ts"]],
  ["distribution F1: allocation over 100 validators × 10 000 delegations, withdrawal after 10 000 blocks", ["distribution.ts"]],
  ["CometBFT JSON-RPC clients: node:http (load tool) vs fetch (CLI, localnet)", ["rpc-clients.ts"]],
  ["storage network: upload/download throughput vs Keccak and loopback", ["storage.ts"]],
  ["Proof of Traffic over the network: 100 000 receipts handed in, epoch end → report committed", ["pot-e2e.ts"]],
  ["chain tx/s against cometbft's kvstore", ["chain-throughput.ts", ...process.argv.slice(2)]],
];

let failed = 0;
for (const [title, [file, ...args]] of benches) {
  console.log(`\n=== ${title} (bench/${file}) ===`);
  const r = spawnSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, file), ...args], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
