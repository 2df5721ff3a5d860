// `localnet status`'s health column: a node that stays at one height while its peers move on is
// stalled, even when its cometbft still answers RPC (a consensus failure, e.g. on a full disk,
// leaves it answering with a stale height and "catching up: no"); a node whose app refused to go
// on (the free-space floor) is halted, and says why.
import type { NodeStatus } from "./node.ts";

/** How long a node may stay at one height while a peer is higher before it counts as stalled. */
export const DEFAULT_STALL_AFTER_MS = 5000;

/** The height a node is known to be at: its cometbft's, or its app's when cometbft does not answer. */
export function knownHeight(s: NodeStatus): number | undefined {
  return s.height ?? (s.running && s.app && s.app.pid === s.pids.app ? s.app.height : undefined);
}

/** Since when (ms since epoch) the node has been at `height`, from its app's last commit or its latest block's time. */
function atHeightSince(s: NodeStatus, height: number): number | undefined {
  if (s.app && s.app.pid === s.pids.app && s.app.height === height && s.app.committedAt) return Date.parse(s.app.committedAt);
  if (s.height === height && s.latestBlockTime) return Date.parse(s.latestBlockTime);
  return undefined;
}

/** One line per node: "ok", "stopped", "halted: …", "stalled: height H for Ns while peers are at H2", … */
export function assessHealth(all: NodeStatus[], nowMs: number, stallAfterMs = DEFAULT_STALL_AFTER_MS): string[] {
  const heights = all.map(knownHeight);
  return all.map((s, i) => {
    // The status file is the latest app run's: a halt stays visible until the node starts cleanly.
    if (!s.running) return s.app?.halted ? `halted: ${s.app.halted}` : "stopped";
    if (s.app?.halted && s.app.pid === s.pids.app) return `halted: ${s.app.halted}`;
    const h = heights[i];
    const peers = heights.filter((x, j): x is number => j !== i && x !== undefined);
    const peersAt = peers.length ? Math.max(...peers) : undefined;
    const rpcDown = s.alive.cometbft && s.height === undefined ? ` (cometbft RPC not answering: ${s.error ?? "no answer"})` : !s.alive.cometbft ? " (cometbft not running)" : "";
    if (h !== undefined && peersAt !== undefined && peersAt > h) {
      const since = atHeightSince(s, h);
      if (since !== undefined && nowMs - since >= stallAfterMs) {
        return `stalled: height ${h} for ${Math.floor((nowMs - since) / 1000)}s while peers are at ${peersAt}${rpcDown}`;
      }
    }
    if (rpcDown) return rpcDown.trim().replace(/^\((.*)\)$/, "$1");
    const disk = s.app && s.app.minFreeDiskMb > 0 && s.app.diskFreeMb < 2 * s.app.minFreeDiskMb ? `; low disk: ${s.app.diskFreeMb} MiB free (floor ${s.app.minFreeDiskMb})` : "";
    return `ok${disk}`;
  });
}
