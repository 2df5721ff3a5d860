// Summarises a V8 .cpuprofile (node --cpu-prof) into self and inclusive time per function.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { relative } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface FunctionCost {
  fn: string;
  ms: number;
  pct: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Non-idle sampled time (total minus "(idle)"). */
  busyMs: number;
  self: FunctionCost[];
  inclusive: FunctionCost[];
  /** Self time grouped by file (node_modules by package). */
  byFile: FunctionCost[];
}

function shortUrl(url: string, root: string): string {
  if (!url) return "";
  let p = url;
  if (p.startsWith("file://")) {
    try {
      p = fileURLToPath(p);
    } catch {
      /* keep */
    }
  }
  const nm = p.lastIndexOf("/node_modules/");
  if (nm >= 0) return p.slice(nm + 1);
  if (p.startsWith(root)) return relative(root, p);
  return p;
}

/**
 * window: only samples taken in [fromUs, toUs] of the monotonic clock (V8 profile timestamps and
 * process.hrtime both read CLOCK_MONOTONIC on Linux, so a window taken in another process works).
 */
export function summarizeCpuProfile(path: string, root: string, top = 25, window?: { fromUs: number; toUs: number }): ProfileSummary {
  const prof = JSON.parse(readFileSync(path, "utf8")) as Profile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of prof.nodes) byId.set(n.id, n);
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = new Map<number, string>();
  const fileOf = new Map<number, string>();
  for (const n of prof.nodes) {
    const f = shortUrl(n.callFrame.url, root);
    const name = n.callFrame.functionName || (f ? "(anonymous)" : "");
    keyOf.set(n.id, f ? `${f}:${n.callFrame.lineNumber + 1} ${name}` : name);
    const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f);
    fileOf.set(n.id, pkg ? `node_modules/${pkg[1]}` : f || name);
  }
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  const files = new Map<string, number>();
  let totalUs = 0;
  let idleUs = 0;
  let ts = prof.startTime;
  for (let i = 0; i < prof.samples.length; i++) {
    ts += prof.timeDeltas[i] ?? 0;
    const dt = prof.timeDeltas[i + 1] ?? 0; // delta to the next sample = time spent in this one
    if (window && (ts < window.fromUs || ts > window.toUs)) continue;
    const id = prof.samples[i];
    totalUs += dt;
    const k = keyOf.get(id)!;
    if (k === "(idle)") {
      idleUs += dt;
      continue;
    }
    self.set(k, (self.get(k) ?? 0) + dt);
    const f = fileOf.get(id)!;
    files.set(f, (files.get(f) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const ck = keyOf.get(cur)!;
      if (ck === "(root)" || seen.has(ck)) continue;
      seen.add(ck);
      incl.set(ck, (incl.get(ck) ?? 0) + dt);
    }
  }
  const busyUs = totalUs - idleUs;
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, us]) => ({ fn, ms: us / 1000, pct: (100 * us) / Math.max(1, busyUs) }));
  return { totalMs: totalUs / 1000, busyMs: busyUs / 1000, self: list(self), inclusive: list(incl), byFile: list(files) };
}

export function formatProfileSummary(s: ProfileSummary, top = 25): string {
  const rows = (xs: FunctionCost[]) => xs.slice(0, top).map((x) => `  ${x.ms.toFixed(0).padStart(8)} ms ${x.pct.toFixed(1).padStart(5)}%  ${x.fn}`).join("\n");
  return [
    `profile: ${s.totalMs.toFixed(0)} ms sampled, ${s.busyMs.toFixed(0)} ms busy = ${((100 * s.busyMs) / Math.max(1, s.totalMs)).toFixed(0)}% of one core (percentages below are of busy time)`,
    `self time by function:`,
    rows(s.self),
    `self time by file / package:`,
    rows(s.byFile),
    `inclusive time by function:`,
    rows(s.inclusive),
  ].join("\n");
}

// node --import tsx bench/lib/cpuprofile.ts FILE.cpuprofile [top]
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error("usage: node --import tsx bench/lib/cpuprofile.ts FILE.cpuprofile [top]");
    process.exit(2);
  }
  const root = fileURLToPath(new URL("../..", import.meta.url)).replace(/\/$/, "");
  console.log(formatProfileSummary(summarizeCpuProfile(file, root, Number(top ?? 30)), Number(top ?? 30)));
}
