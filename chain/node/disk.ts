// The free-space floor of a node's data directory (app.json min_free_disk_mb): node-local, never
// a consensus rule. A full disk in the middle of a write is what leaves a node silently stuck
// (cometbft's consensus failure keeps its RPC answering); refusing before the floor is reached
// stops it loudly while every write can still complete.
import { statfsSync } from "node:fs";

const MIB = 1024 * 1024;

/** Bytes an unprivileged process may still write on the filesystem holding `dir`. */
export function freeDiskBytes(dir: string): number {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
}

export function freeDiskMb(dir: string): number {
  return Math.floor(freeDiskBytes(dir) / MIB);
}

/** Why the node must not write more to `dir` (free space below `floorMb`), or undefined. */
export function diskFloorViolation(dir: string, floorMb: number): string | undefined {
  if (floorMb <= 0) return undefined;
  const free = freeDiskMb(dir);
  if (free >= floorMb) return undefined;
  return `free disk space on ${dir} is ${free} MiB, below min_free_disk_mb ${floorMb} (config/app.json); free some space (or lower the floor), then start the node again`;
}
