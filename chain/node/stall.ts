// A node whose cometbft stops making progress while its peers go on (a consensus failure, e.g. on
// a full disk: cometbft's RPC and mempool keep running) would keep accepting txs that are never
// committed here. The app watches for that and, while it lasts, CheckTx refuses new txs.
// Node-local and wall-clock based by nature: never a consensus rule, never in state.

/** The heights peers are at, from cometbft's dump_consensus_state (peer round states). */
export function peerHeightsFromConsensusDump(result: unknown): number[] {
  const peers = (result as { peers?: { peer_state?: { round_state?: { height?: unknown } } }[] } | undefined)?.peers;
  if (!Array.isArray(peers)) return [];
  return peers.map((p) => Number(p?.peer_state?.round_state?.height)).filter((h) => Number.isSafeInteger(h) && h > 0);
}

/**
 * Stalled = no commit of ours for stallAfterMs, and since our last commit a peer was seen working
 * on a height above our next one (so the network went on without us). It stays stalled until we
 * commit again: a stuck cometbft may lose its peers' updates (or the peers) after a while, which
 * does not make it any less stuck. A whole network that halts (no peer ahead) is not a stall: its
 * txs are committed once it resumes.
 */
export class StallWatch {
  private lastHeight: bigint;
  private lastCommitAt: number;
  private peersAhead?: number;

  constructor(
    readonly stallAfterMs: number,
    height: bigint,
    nowMs: number,
  ) {
    this.lastHeight = height;
    this.lastCommitAt = nowMs;
  }

  committed(height: bigint, nowMs: number): void {
    this.lastHeight = height;
    this.lastCommitAt = nowMs;
    this.peersAhead = undefined;
  }

  /** Whether peers are worth asking about now (only once we have been quiet long enough). */
  due(nowMs: number): boolean {
    return this.stallAfterMs > 0 && nowMs - this.lastCommitAt >= this.stallAfterMs;
  }

  observePeers(heights: number[], nowMs: number): void {
    if (!this.due(nowMs)) return;
    const max = Math.max(0, ...heights);
    // A peer at our next height is where we are; one beyond it has committed a block we have not.
    if (BigInt(max) > this.lastHeight + 1n) this.peersAhead = Math.max(this.peersAhead ?? 0, max);
  }

  /** Why the node counts as stalled, or undefined. */
  reason(nowMs: number): string | undefined {
    if (this.peersAhead === undefined || !this.due(nowMs)) return undefined;
    const s = Math.floor((nowMs - this.lastCommitAt) / 1000);
    return `node is stalled: no block committed for ${s}s (last height ${this.lastHeight}) while peers are at height ${this.peersAhead}`;
  }
}
