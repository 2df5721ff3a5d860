// Consistent hashing over the chain's bonded meta nodes: a partition key (a wallet, a share link)
// belongs to the first R distinct meta nodes clockwise from its point on the ring, R = min(3, M).
// Every meta node computes the same ring from the same chain state; virtual points spread load.
import { createHash } from "node:crypto";

export const VIRTUAL_POINTS = 32;
export const REPLICATION_FACTOR = 3;

const point = (s: string): bigint => BigInt("0x" + createHash("sha256").update(s).digest("hex").slice(0, 16));

export class HashRing {
  private readonly points: { p: bigint; addr: string }[];
  readonly members: readonly string[];

  constructor(members: readonly string[]) {
    this.members = [...new Set(members)].sort();
    this.points = this.members.flatMap((addr) => Array.from({ length: VIRTUAL_POINTS }, (_, i) => ({ p: point(`${addr}#${i}`), addr })));
    this.points.sort((a, b) => (a.p < b.p ? -1 : a.p > b.p ? 1 : a.addr < b.addr ? -1 : 1));
  }

  /** The meta nodes responsible for `key`, in ring order (the first alive one is its primary). */
  owners(key: string, r = REPLICATION_FACTOR): string[] {
    const want = Math.min(r, this.members.length);
    if (want === 0) return [];
    const kp = point(key);
    let lo = 0, hi = this.points.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.points[mid].p < kp) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = 0; out.length < want && i < this.points.length; i++) {
      const a = this.points[(lo + i) % this.points.length].addr;
      if (!out.includes(a)) out.push(a);
    }
    return out;
  }

  /** All members ranked for `key` (ring order, every member once): deterministic fallbacks. */
  ranking(key: string): string[] {
    return this.owners(key, this.members.length);
  }
}
