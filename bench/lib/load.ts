// Chain-agnostic load tool: broadcasts pre-built txs over CometBFT's JSON-RPC (broadcast_tx_sync)
// with bounded concurrency, follows commits, and reports committed tx/s and latencies.
//
// Ordering: each lane (one sender's txs, in sequence order) has at most one tx in flight, and
// lanes share the `concurrency` slots FIFO, so senders are served round-robin and a sender's
// tx n+1 reaches CheckTx only after tx n was answered.
//
// Commit time of a tx = when we first see the app report (abci_info last_block_height) the
// height of the block that holds it, i.e. after FinalizeBlock and Commit. Polled every pollMs.
// Broadcasting starts right after a commit (alignToBlock) so runs are comparable.
import { createHash } from "node:crypto";
import { JsonRpcClient } from "./jsonrpc.ts";

export interface LoadOptions {
  rpcUrl: string;
  /** lanes[i]: txs that must be broadcast in this order (one sender's sequences). */
  lanes: Uint8Array[][];
  /** Max broadcast_tx_sync requests in flight. */
  concurrency: number;
  /** Absolute performance.now() deadline for broadcasting and waiting for commits. */
  deadline: number;
  /** abci_info polling interval, ms (default 20). */
  pollMs?: number;
  /**
   * Start broadcasting right after the app commits a block (default true), so every run sees the
   * same phase of the block clock; otherwise a short run's tx/s depends on luck (up to one block).
   */
  alignToBlock?: boolean;
  /** Called right before the first broadcast (after alignment). */
  onStart?: () => void;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export interface BlockSeen {
  height: number;
  txs: number;
  /** ms since the first broadcast */
  atMs: number;
}

export interface LoadResult {
  txs: number;
  /** Accepted by CheckTx (broadcast_tx_sync code 0). */
  accepted: number;
  committed: number;
  failed: number;
  /** Distinct failure reasons with counts, most frequent first. */
  failures: { reason: string; count: number; example: string }[];
  /** committed / (last commit - first broadcast) */
  txPerSec: number;
  /** broadcast (request sent) → commit seen, over committed txs */
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  /** first broadcast → last commit */
  durationMs: number;
  /** first broadcast → last broadcast answered */
  broadcastMs: number;
  /** broadcast_tx_sync round trip (CheckTx included), p50 / p99 */
  checkTxP50Ms: number;
  checkTxP99Ms: number;
  blocks: BlockSeen[];
  maxGasUsed: number;
  avgTxBytes: number;
}

interface TxRecord {
  hash: string;
  b64: string;
  size: number;
  sentAt?: number;
  ackAt?: number;
  accepted?: boolean;
  commitAt?: number;
  height?: number;
  error?: string;
}

class Semaphore {
  private waiters: (() => void)[] = [];
  constructor(private free: number) {}
  acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((r) => this.waiters.push(r));
  }
  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.free++;
  }
}

export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const onAbort = () => (clearTimeout(t), resolve());
    const t = setTimeout(() => (signal?.removeEventListener("abort", onAbort), resolve()), ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });

export function txHashHex(tx: Uint8Array): string {
  return createHash("sha256").update(tx).digest("hex").toUpperCase();
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const log = o.log ?? (() => {});
  const pollMs = o.pollMs ?? 20;
  const lanes: TxRecord[][] = o.lanes.map((lane) =>
    lane.map((tx) => ({ hash: txHashHex(tx), b64: Buffer.from(tx).toString("base64"), size: tx.length })),
  );
  const all = lanes.flat();
  const byHash = new Map(all.map((r) => [r.hash, r]));
  if (byHash.size !== all.length) throw new Error("duplicate txs in the load (identical bytes)");
  const broadcaster = new JsonRpcClient(o.rpcUrl, { maxSockets: o.concurrency });
  const follower = new JsonRpcClient(o.rpcUrl, { maxSockets: 2 });
  const expired = () => o.signal?.aborted || performance.now() > o.deadline;

  try {
    const appHeight = async () => Number((await follower.call("abci_info", {}, 10_000, o.signal)).response.last_block_height ?? 0);
    let followed = await appHeight();
    if (o.alignToBlock ?? true) {
      const from = followed;
      while (followed === from && !expired()) {
        await sleep(2, o.signal);
        followed = await appHeight();
      }
    }
    let t0 = NaN;
    let broadcastingDone = false;
    let maxGasUsed = 0;
    const blocks: BlockSeen[] = [];

    // ---- broadcasting
    o.onStart?.();
    const sem = new Semaphore(o.concurrency);
    const runLane = async (lane: TxRecord[]) => {
      let failed = false;
      for (const rec of lane) {
        if (failed) {
          rec.error = "not sent: an earlier tx of the same sender failed";
          continue;
        }
        await sem.acquire();
        try {
          if (expired()) {
            rec.error = "not sent: deadline";
            failed = true;
            continue;
          }
          rec.sentAt = performance.now();
          if (Number.isNaN(t0)) t0 = rec.sentAt;
          const r = await broadcaster.call("broadcast_tx_sync", { tx: rec.b64 }, 60_000, o.signal);
          rec.ackAt = performance.now();
          if (r.code === 0) rec.accepted = true;
          else {
            rec.error = `CheckTx code ${r.code}${r.codespace ? ` (${r.codespace})` : ""}: ${r.log}`;
            failed = true;
          }
        } catch (e) {
          rec.ackAt = performance.now();
          rec.error = `broadcast failed: ${(e as Error).message}`;
          failed = true;
        } finally {
          sem.release();
        }
      }
    };
    const broadcasting = Promise.all(lanes.map(runLane)).then(() => {
      broadcastingDone = true;
    });

    // ---- following commits
    const pending = () => all.some((r) => r.accepted && r.commitAt === undefined && r.error === undefined);
    // Which txs a block holds is read while the load runs (`block`: tx bytes only); their results
    // (`block_results`, which makes cometbft JSON-encode every event of every tx) only after the
    // last commit, so the measurement's own RPC does not compete with the chain under test (it
    // cost cometbft ~10 % of its CPU during our load, and far less for kvstore's few events).
    const blocksWithTxs: { height: number; recs: (TxRecord | undefined)[] }[] = [];
    const processHeight = async (height: number, seenAt: number) => {
      const block = await follower.call("block", { height: String(height) }, 30_000, o.signal);
      const txs: string[] = block.block?.data?.txs ?? [];
      blocks.push({ height, txs: txs.length, atMs: seenAt - (Number.isNaN(t0) ? seenAt : t0) });
      if (txs.length === 0) return;
      const recs = txs.map((b64) => byHash.get(txHashHex(Buffer.from(b64, "base64"))));
      for (const rec of recs) {
        if (!rec) continue;
        rec.commitAt = seenAt;
        rec.height = height;
      }
      blocksWithTxs.push({ height, recs });
    };
    const readResults = async () => {
      for (const { height, recs } of blocksWithTxs) {
        const results = await follower.call("block_results", { height: String(height) }, 30_000, o.signal);
        const txResults: any[] = results.txs_results ?? [];
        recs.forEach((rec, i) => {
          if (!rec) return;
          const res = txResults[i] ?? {};
          maxGasUsed = Math.max(maxGasUsed, Number(res.gas_used ?? 0));
          if (Number(res.code ?? 0) !== 0) rec.error = `FinalizeBlock code ${res.code}${res.codespace ? ` (${res.codespace})` : ""}: ${res.log}`;
        });
      }
    };
    const following = (async () => {
      let errors = 0;
      while (!expired()) {
        try {
          const info = await follower.call("abci_info", {}, 10_000, o.signal);
          const seenAt = performance.now();
          const h = Number(info.response.last_block_height ?? 0);
          for (let x = followed + 1; x <= h; x++) {
            await processHeight(x, seenAt);
            followed = x;
          }
        } catch (e) {
          if (expired()) return;
          if (++errors > 20) throw e;
          log(`  following commits: ${(e as Error).message} (retrying)`);
        }
        if (broadcastingDone && !pending()) return;
        await sleep(pollMs, o.signal);
      }
    })();
    following.catch(() => {}); // awaited below; don't let an early failure count as unhandled

    await broadcasting;
    const lastAck = Math.max(...all.map((r) => r.ackAt ?? -Infinity));
    log(`  broadcast done: ${all.filter((r) => r.accepted).length}/${all.length} accepted in ${(lastAck - t0).toFixed(0)} ms; waiting for commits`);
    await following;
    await readResults();

    for (const r of all) {
      if (r.accepted && r.commitAt === undefined && r.error === undefined) r.error = "accepted but not committed before the deadline";
    }
    const committedOk = all.filter((r) => r.commitAt !== undefined && r.error === undefined);
    const lat = committedOk.map((r) => r.commitAt! - r.sentAt!).sort((a, b) => a - b);
    const checkLat = all.filter((r) => r.accepted).map((r) => r.ackAt! - r.sentAt!).sort((a, b) => a - b);
    const lastCommit = Math.max(...committedOk.map((r) => r.commitAt!));
    const durationMs = committedOk.length ? lastCommit - t0 : NaN;
    const reasons = new Map<string, { count: number; example: string }>();
    for (const r of all) {
      if (r.error === undefined) continue;
      // Group "expected 3, got 4" style messages by their shape.
      const reason = r.error.replace(/\d+/g, "N");
      const e = reasons.get(reason) ?? { count: 0, example: r.error };
      e.count++;
      reasons.set(reason, e);
    }
    return {
      txs: all.length,
      accepted: all.filter((r) => r.accepted).length,
      committed: committedOk.length,
      failed: all.filter((r) => r.error !== undefined).length,
      failures: [...reasons].map(([reason, v]) => ({ reason, ...v })).sort((a, b) => b.count - a.count),
      txPerSec: committedOk.length ? committedOk.length / (durationMs / 1000) : 0,
      p50Ms: percentile(lat, 0.5),
      p90Ms: percentile(lat, 0.9),
      p99Ms: percentile(lat, 0.99),
      maxMs: lat.length ? lat[lat.length - 1] : NaN,
      durationMs,
      broadcastMs: lastAck - t0,
      checkTxP50Ms: percentile(checkLat, 0.5),
      checkTxP99Ms: percentile(checkLat, 0.99),
      blocks: blocks.filter((b) => b.txs > 0),
      maxGasUsed,
      avgTxBytes: all.reduce((s, r) => s + r.size, 0) / Math.max(1, all.length),
    };
  } finally {
    broadcaster.close();
    follower.close();
  }
}
