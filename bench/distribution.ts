/**
 * Distribution (F1) cost in process, on a fresh AppHarness (test/helpers/app.ts): N validators from
 * gentxs, all in the last commit's votes, and M delegations (D delegators × N validators, one tx of N
 * MsgDelegate per delegator).
 *
 *   node --import tsx bench/distribution.ts [validators=100] [delegations=10000] [blocks=10000] [runs=15]
 *
 * 1. Block overhead: FinalizeBlock + Commit of an empty block without votes (the baseline: neither
 *    distribution nor slashing has work), of one with the N votes and nothing to allocate (slashing's
 *    liveness bookkeeping), and of one with the N votes allocating the previous block's fees
 *    (distribution + slashing), measured in the same run; once before the delegations exist and once
 *    after: F1 credits validators only, so the cost must not grow with M.
 * 2. Withdrawal: a block with one MsgWithdrawDelegatorReward after 1 block of accrual, after `blocks`/10
 *    and after `blocks` blocks of accrual (each block with the N votes allocating the previous block's
 *    fee), each against a block with one MsgSend measured next to it: F1 reads two period records, so
 *    the cost must not grow with the blocks in between.
 * Figures: process CPU time (user + system, all threads) per block, medians of `runs` blocks each;
 * nothing is asserted.
 */
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { MsgWithdrawDelegatorReward } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { MsgDelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import type { VoteInfo } from "cosmjs-types/tendermint/abci/types";
import { sha256 } from "../chain/crypto/hash.ts";
import { signTxDirect } from "../chain/keys/eth-signer.ts";
import type { Signer } from "../chain/keys/signer.ts";
import { buildGentx, gentxToJson } from "../modules/genutil/gentx.ts";
import { consAddressBytes, valoperOf } from "../modules/staking/types.ts";
import { AppHarness, CHAIN_ID, genesisWith, testSigner } from "../test/helpers/app.ts";

const STOS = 10n ** 18n;
const GWEI = 10n ** 9n;
const SELF = 10n ** 16n; // power 10 each
const enc = new TextEncoder();
/** Progress lines on stderr (the script run directly; not when imported). */
let progress = false;
type Msg = { typeUrl: string; value: Uint8Array };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export interface DistributionBench {
  validators: number;
  delegations: number;
  blocksBetween: number;
  runs: number;
  setupSeconds: number;
  /** ms, medians: [before delegations, after]. */
  noVotesBlockMs: [number, number];
  emptyBlockMs: [number, number];
  allocationBlockMs: [number, number];
  sendBlockMs: number;
  sendBlockAfterManyMs: number;
  withdrawAfter1Ms: number;
  withdrawAfterManyMs: number;
  withdrawnAfter1: bigint;
  withdrawnAfterMany: bigint;
  /** The same at `blocksBetween`/10 blocks of accrual. */
  midBlocks: number;
  sendBlockAfterMidMs: number;
  withdrawAfterMidMs: number;
  withdrawnAfterMid: bigint;
  /** CPU ms per accrual block (N votes, one MsgSend, allocation), mean over all of them. */
  accrualBlockMs: number;
  /** Median wall time of all timed blocks / median CPU time of the tx blocks: how contended the machine was. */
  wallToCpu: number;
}

export function runDistributionBench(validatorsN = 100, delegationsN = 10_000, blocksBetween = 10_000, runs = 15): DistributionBench {
  const t0 = performance.now();
  const ops = Array.from({ length: validatorsN }, (_, i) => testSigner(`bench-distr-op-${i}`));
  const consKeys = ops.map((_, i) => sha256(enc.encode(`bench-distr-cons-${i}`)));
  const vals = ops.map((o) => valoperOf(o.address));
  const delegatorsN = Math.max(1, Math.ceil(delegationsN / validatorsN));
  const delegators = Array.from({ length: delegatorsN }, (_, i) => testSigner(`bench-distr-del-${i}`));
  const payer = testSigner("bench-distr-payer");
  const g = genesisWith([...ops, ...delegators, payer].map((s) => ({ address: s.address, wei: 100_000n * STOS })));
  g.genutil.gen_txs = ops.map((signer, i) => gentxToJson(buildGentx({ signer, chainId: CHAIN_ID, consPubKey: consKeys[i], amount: SELF, moniker: `v${i}` }, signTxDirect, valoperOf)));
  // Every validator stays bonded (the default max_validators is 100).
  g.staking.params.max_validators = Math.max(100, validatorsN);
  const h = new AppHarness();
  try {
    h.initChain(g);
    // Everyone signs every block; powers as staking has them (delegations of 1 stos barely move them, so fixed).
    const votes: VoteInfo[] = consKeys.map((k) => ({ validator: { address: consAddressBytes(k), power: SELF / 10n ** 15n }, blockIdFlag: 2 }));
    const sign = (signer: Signer, msgs: Msg[], gas: bigint) => {
      const acc = h.account(signer.address)!;
      return signTxDirect({ signer, chainId: CHAIN_ID, accountNumber: acc.accountNumber, sequence: acc.sequence, messages: msgs, fee: { amount: [{ denom: "wei", amount: (gas * GWEI).toString() }], gas } });
    };
    const send = () => sign(payer, [{ typeUrl: MsgSend.typeUrl, value: MsgSend.encode({ fromAddress: payer.address, toAddress: payer.address, amount: [{ denom: "wei", amount: "1" }] }).finish() }], 200_000n);
    const wall: number[] = [];
    // Process CPU time (all threads) rather than wall time: the benchmark machine may be shared.
    const timed = (txs: Uint8Array[], withVotes = true) => {
      const s = process.cpuUsage();
      const w = performance.now();
      const res = h.block(txs, { votes: withVotes ? votes : [] });
      const d = process.cpuUsage(s);
      const ms = (d.user + d.system) / 1000;
      wall.push(performance.now() - w);
      for (const r of res.txResults) if (r.code !== 0) throw new Error(`tx failed: code ${r.code}: ${r.log}`);
      return { ms, res };
    };
    h.block();
    h.block([], { votes });

    // Empty blocks: a run without votes (neither distribution nor slashing has work), a run with the N
    // votes and nothing to allocate (slashing's liveness bookkeeping), then pairs of a fee-paying block and
    // an empty one allocating its fees to the N voters. The first block of each run is dropped: slashing
    // writes out its liveness runs when the votes (dis)appear.
    const allocation = () => {
      const run = (withVotes: boolean) => Array.from({ length: runs + 1 }, () => timed([], withVotes).ms).slice(1);
      const none = run(false);
      const empty = run(true);
      const alloc: number[] = [];
      for (let i = 0; i < runs; i++) {
        timed([send()]);
        alloc.push(timed([]).ms);
      }
      return [median(none), median(empty), median(alloc)];
    };
    const [none0, empty0, alloc0] = allocation();

    // M delegations: one tx of N MsgDelegate per delegator, 10 txs per block.
    let pending: Uint8Array[] = [];
    let made = 0;
    for (const d of delegators) {
      const msgs: Msg[] = [];
      for (const v of vals) {
        if (made++ >= delegationsN) break;
        msgs.push({ typeUrl: MsgDelegate.typeUrl, value: MsgDelegate.encode({ delegatorAddress: d.address, validatorAddress: v, amount: { denom: "wei", amount: STOS.toString() } }).finish() });
      }
      pending.push(sign(d, msgs, BigInt(msgs.length) * 200_000n));
      if (pending.length === 10) {
        h.block(pending, { votes });
        pending = [];
      }
    }
    if (pending.length) h.block(pending, { votes });
    const [none1, empty1, alloc1] = allocation();
    const setupDone = performance.now();

    // Withdrawals: delegator i withdraws from validator i (a delegation not touched since it was made).
    const withdraw = (d: Signer, v: string) => sign(d, [{ typeUrl: MsgWithdrawDelegatorReward.typeUrl, value: MsgWithdrawDelegatorReward.encode({ delegatorAddress: d.address, validatorAddress: v }).finish() }], 400_000n);
    const amount = (res: ReturnType<typeof timed>["res"]) => {
      const e = res.txResults[0].events.find((x) => x.type === "withdraw_rewards")!;
      return BigInt(/^(\d+)wei$/.exec(e.attributes.find((a) => a.key === "amount")!.value)?.[1] ?? "0");
    };
    const sendMs: number[] = [];
    const after1: number[] = [];
    let withdrawnAfter1 = 0n;
    const pairs = Math.min(runs, delegatorsN, validatorsN);
    for (let i = 0; i < pairs; i++) {
      sendMs.push(timed([send()]).ms);
      // First withdrawal ends the accrual since the delegation; the next one, one block later, is "after 1 block".
      timed([withdraw(delegators[i], vals[i])]);
      const r = timed([withdraw(delegators[i], vals[i])]);
      after1.push(r.ms);
      withdrawnAfter1 = amount(r.res);
    }
    // Blocks of accrual, each allocating the previous one's fee, then withdrawals of delegations untouched
    // since they were made: at blocksBetween/10 blocks and at blocksBetween (other delegators each time).
    const midBlocks = Math.max(1, Math.floor(blocksBetween / 10));
    let accrualCpu = 0;
    const accrue = (n: number) => {
      const s = process.cpuUsage();
      for (let b = 0; b < n; b++) {
        h.block([send()], { votes });
        if (progress && (b + 1) % 1000 === 0) process.stderr.write(`  … ${b + 1}/${n} blocks\n`);
      }
      const d = process.cpuUsage(s);
      accrualCpu += (d.user + d.system) / 1000;
    };
    const withdrawals = (round: number) => {
      const ms: number[] = [];
      const sendMs: number[] = [];
      let paid = 0n;
      for (let i = 0; i < pairs; i++) {
        sendMs.push(timed([send()]).ms);
        const r = timed([withdraw(delegators[(i + round * pairs) % delegatorsN], vals[i])]);
        ms.push(r.ms);
        paid = amount(r.res);
      }
      return { ms, sendMs, paid };
    };
    accrue(midBlocks);
    const mid = withdrawals(1);
    accrue(blocksBetween - midBlocks);
    const many = withdrawals(2);
    const afterMany = many.ms;
    const sendAfterMany = many.sendMs;
    const withdrawnAfterMany = many.paid;
    return {
      validators: validatorsN,
      delegations: Math.min(delegationsN, made),
      blocksBetween,
      runs,
      setupSeconds: (setupDone - t0) / 1000,
      noVotesBlockMs: [none0, none1],
      emptyBlockMs: [empty0, empty1],
      allocationBlockMs: [alloc0, alloc1],
      sendBlockMs: median(sendMs),
      sendBlockAfterManyMs: median(sendAfterMany),
      withdrawAfter1Ms: median(after1),
      withdrawAfterManyMs: median(afterMany),
      withdrawnAfter1,
      withdrawnAfterMany,
      midBlocks,
      sendBlockAfterMidMs: median(mid.sendMs),
      withdrawAfterMidMs: median(mid.ms),
      withdrawnAfterMid: mid.paid,
      accrualBlockMs: accrualCpu / blocksBetween,
      wallToCpu: median(wall) / median([...sendMs, ...after1, ...mid.sendMs, ...mid.ms, ...sendAfterMany, ...afterMany]),
    };
  } finally {
    h.close();
  }
}

export function formatDistributionBench(b: DistributionBench): string {
  const f = (x: number) => x.toFixed(2);
  const r = (a: number, base: number) => (a / base).toFixed(2);
  return [
    `distribution F1: ${b.validators} validators in every block's votes, ${b.delegations} delegations; FinalizeBlock + Commit, CPU ms, medians of ${b.runs} blocks (setup ${b.setupSeconds.toFixed(1)} s)`,
    `  empty block, no votes (baseline):                ${f(b.noVotesBlockMs[0])} ms without delegations, ${f(b.noVotesBlockMs[1])} ms with ${b.delegations}`,
    `  empty block, ${b.validators} votes, nothing to allocate:    ${f(b.emptyBlockMs[0])} ms (×${r(b.emptyBlockMs[0], b.noVotesBlockMs[0])} of baseline) without delegations, ` +
      `${f(b.emptyBlockMs[1])} ms (×${r(b.emptyBlockMs[1], b.noVotesBlockMs[1])}) with ${b.delegations}`,
    `  empty block, ${b.validators} votes, allocating one block's fees: ${f(b.allocationBlockMs[0])} ms (×${r(b.allocationBlockMs[0], b.noVotesBlockMs[0])}) without delegations, ` +
      `${f(b.allocationBlockMs[1])} ms (×${r(b.allocationBlockMs[1], b.noVotesBlockMs[1])}) with ${b.delegations}`,
    `  allocation with / without delegations:          ×${r(b.allocationBlockMs[1], b.allocationBlockMs[0])} (F1: flat in delegations)`,
    `  (each block below also allocates the previous block's fee)`,
    `  block with one MsgSend (baseline):                         ${f(b.sendBlockMs)} ms after 1 block, ${f(b.sendBlockAfterManyMs)} ms after ${b.blocksBetween} more`,
    `  block with one MsgWithdrawDelegatorReward after 1 block:    ${f(b.withdrawAfter1Ms)} ms (×${r(b.withdrawAfter1Ms, b.sendBlockMs)} of MsgSend; paid ${b.withdrawnAfter1} wei)`,
    `  block with one MsgWithdrawDelegatorReward after ${b.midBlocks} blocks: ${f(b.withdrawAfterMidMs)} ms (×${r(b.withdrawAfterMidMs, b.sendBlockAfterMidMs)} of MsgSend then, ${f(b.sendBlockAfterMidMs)} ms; paid ${b.withdrawnAfterMid} wei)`,
    `  block with one MsgWithdrawDelegatorReward after ${b.blocksBetween} blocks: ${f(b.withdrawAfterManyMs)} ms (×${r(b.withdrawAfterManyMs, b.sendBlockAfterManyMs)} of MsgSend then; paid ${b.withdrawnAfterMany} wei)`,
    `  withdrawal after ${b.blocksBetween} blocks / after 1 block, each over its MsgSend: ×${(b.withdrawAfterManyMs / b.sendBlockAfterManyMs / (b.withdrawAfter1Ms / b.sendBlockMs)).toFixed(2)} (F1: flat in blocks)`,
    `  (an accrual block — ${b.validators} votes, one MsgSend, allocation — cost ${f(b.accrualBlockMs)} ms on average over all ${b.blocksBetween})`,
    `  (wall time per block was ×${b.wallToCpu.toFixed(2)} the CPU time: > 1 means the machine was busy)`,
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const [v, d, blocks, runs] = process.argv.slice(2).map(Number);
  progress = true;
  console.log(formatDistributionBench(runDistributionBench(v || 100, d || 10_000, blocks || 10_000, runs || 15)));
}
