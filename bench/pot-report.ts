/**
 * One big MsgVolumeReport in process: 10,000 wallets, co-signed by all 7 Bonded meta nodes (quorum
 * floor(2·7/3)+1 = 5), delivered alone in one block of a fresh AppHarness (test/helpers/app.ts).
 *
 *   node --import tsx bench/pot-report.ts [wallets=10000] [runs=3]
 *
 * Prints the FinalizeBlock wall time of that block (median of `runs` fresh harnesses), the tx's gas
 * used and size, and the BLS fast-aggregate-verify time alone (median of 10) with its share of the
 * block time. Goal: < 1 s per block.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { blsFastAggregateVerify } from "../chain/crypto/bls.ts";
import { accAddressToBech32 } from "../chain/types/address.ts";
import { buildVolumeReport } from "../meta-node/volume-report.ts";
import { stratos } from "../proto/client.ts";
import { AppHarness, testSigner } from "../test/helpers/app.ts";
import { blsKeyOf, genesisMetaNode, GWEI, nodeKey, registerGenesis, signTx, STOS } from "../test/unit/register/helpers.ts";

const META_NODES = 7;
const TX_GAS = 2_000_000_000n;
const SETUP_GAS = 2_000_000n;

export interface PotReportBench {
  wallets: number;
  signers: number;
  runs: number;
  finalizeBlockMs: number[];
  finalizeBlockMedianMs: number;
  commitMedianMs: number;
  gasWanted: bigint;
  gasUsed: bigint;
  txBytes: number;
  blsVerifyMs: number[];
  blsVerifyMedianMs: number;
  blsShareOfBlock: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function oneRun(walletsN: number) {
  const owners = Array.from({ length: META_NODES }, (_, i) => testSigner(`bench-pot-owner-${i}`));
  const metas = Array.from({ length: META_NODES }, (_, i) => nodeKey(`bench-pot-meta-${i}`));
  const funder = testSigner("bench-pot-funder");
  const g = registerGenesis(
    [...owners.map((o) => ({ address: o.address, wei: 2_000n * STOS })), { address: funder.address, wei: 100_000n * STOS }],
    { meta_nodes: metas.map((m, i) => genesisMetaNode(m, owners[i].address, 1_000n * STOS)) },
  );
  const h = new AppHarness();
  try {
    h.initChain(g);
    h.block();
    // Pt > 0 and Lt below its cap (the supply check needs Y + Lt ≤ St/rate), and a funded mining source.
    const setup = h.block([
      signTx(h, [funder], [{ typeUrl: "/stratos.sds.v1.MsgPrepay", value: stratos.sds.v1.MsgPrepay.encode({ sender: funder.address, beneficiary: funder.address, amount: [{ denom: "wei", amount: (10n * STOS).toString() }] }).finish() }], SETUP_GAS),
    ]);
    if (setup.txResults[0].code !== 0) throw new Error(`prepay failed: ${setup.txResults[0].log}`);
    const fund = h.block([
      signTx(h, [funder], [{ typeUrl: "/stratos.pot.v1.MsgFoundationDeposit", value: stratos.pot.v1.MsgFoundationDeposit.encode({ amount: [{ denom: "wei", amount: (10_000n * STOS).toString() }], from: funder.address }).finish() }], SETUP_GAS),
    ]);
    if (fund.txResults[0].code !== 0) throw new Error(`foundation deposit failed: ${fund.txResults[0].log}`);

    const walletVolumes = Array.from({ length: walletsN }, (_, i) => ({ walletAddress: accAddressToBech32(randomBytes(20)), volume: BigInt(1_000 + (i % 997)) }));
    const report = buildVolumeReport(
      { walletVolumes, reporter: metas[0].address, reporterOwner: owners[0].address, epoch: 1n, reportReference: "bench-report-1" },
      metas.map((m) => ({ blsSecretKey: blsKeyOf(m).sk })),
    );
    const tx = signTx(h, [owners[0]], [{ typeUrl: report.typeUrl, value: stratos.pot.v1.MsgVolumeReport.encode(report.value).finish() }], TX_GAS);

    h.height += 1n;
    const t0 = performance.now();
    const res = h.app.finalizeBlock({
      txs: [tx],
      decidedLastCommit: { round: 0, votes: [] },
      misbehavior: [],
      hash: new Uint8Array(32),
      height: h.height,
      time: { seconds: 1_700_000_000n + h.height, nanos: 0 },
      nextValidatorsHash: new Uint8Array(32),
      proposerAddress: new Uint8Array(20),
    });
    const t1 = performance.now();
    h.app.commit({});
    const t2 = performance.now();
    const r = res.txResults[0];
    if (r.code !== 0) throw new Error(`the report tx failed: code ${r.code}: ${r.log}`);
    const rewarded = h.app.wiring.keepers.pot.state.getImmatureTotal(h.readCtx(), walletVolumes[walletsN - 1].walletAddress);
    if (rewarded.length === 0) throw new Error("the last wallet got no reward");

    const sig = report.value.BLSSignature!;
    const bls: number[] = [];
    for (let i = 0; i < 10; i++) {
      const s = performance.now();
      if (!blsFastAggregateVerify(sig.pubKeys!, sig.txData!, sig.signature!)) throw new Error("BLS verify failed");
      bls.push(performance.now() - s);
    }
    return { finalizeMs: t1 - t0, commitMs: t2 - t1, gasWanted: r.gasWanted, gasUsed: r.gasUsed, txBytes: tx.length, bls };
  } finally {
    h.close();
  }
}

export function runPotReportBench(walletsN = 10_000, runs = 3): PotReportBench {
  const results = Array.from({ length: runs }, () => oneRun(walletsN));
  const finalizeBlockMs = results.map((r) => r.finalizeMs);
  const blsVerifyMs = results.flatMap((r) => r.bls).slice(0, 10);
  const fb = median(finalizeBlockMs);
  const blsMed = median(blsVerifyMs);
  return {
    wallets: walletsN,
    signers: META_NODES,
    runs,
    finalizeBlockMs,
    finalizeBlockMedianMs: fb,
    commitMedianMs: median(results.map((r) => r.commitMs)),
    gasWanted: results[0].gasWanted,
    gasUsed: results[0].gasUsed,
    txBytes: results[0].txBytes,
    blsVerifyMs,
    blsVerifyMedianMs: blsMed,
    blsShareOfBlock: blsMed / fb,
  };
}

export function formatPotReportBench(b: PotReportBench): string {
  const f = (x: number) => x.toFixed(1);
  return [
    `MsgVolumeReport: ${b.wallets} wallets, ${b.signers} BLS co-signers, one tx alone in a block (${b.runs} fresh harnesses)`,
    `  FinalizeBlock wall time: median ${f(b.finalizeBlockMedianMs)} ms  (runs: ${b.finalizeBlockMs.map(f).join(", ")} ms)  goal < 1000 ms: ${b.finalizeBlockMedianMs < 1000 ? "met" : "NOT met"}`,
    `  Commit: median ${f(b.commitMedianMs)} ms`,
    `  gas used ${b.gasUsed} (gas limit set to ${b.gasWanted}; fee ${b.gasWanted * GWEI} wei at 1 gwei)`,
    `  tx bytes ${b.txBytes}`,
    `  BLS fast-aggregate-verify (${b.signers} keys) alone: median ${b.blsVerifyMedianMs.toFixed(2)} ms of 10 (${b.blsVerifyMs.map((x) => x.toFixed(2)).join(", ")})`,
    `  BLS / FinalizeBlock: ${(b.blsShareOfBlock * 100).toFixed(2)} %`,
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const walletsN = Number(process.argv[2] ?? 10_000);
  const runs = Number(process.argv[3] ?? 3);
  console.log(formatPotReportBench(runPotReportBench(walletsN, runs)));
}
