// CPU time of the processes under test, of this process (the load generator) and of everything
// else on the machine over an interval, from /proc (Linux; elsewhere the figures are undefined).
// "Others" > 0.2 cores means the run shared the machine and its figures are less reliable.
import { existsSync, readFileSync } from "node:fs";

const HZ = 100; // USER_HZ: the unit of /proc/stat and /proc/<pid>/stat times on Linux

function machineBusyTicks(): number | undefined {
  if (!existsSync("/proc/stat")) return undefined;
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal ...: busy = all - idle - iowait
  const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0);
  return total - cpu[3] - (cpu[4] ?? 0);
}

function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of the line)
  } catch {
    return 0;
  }
}

export interface CpuUsage {
  /** Cores in use on average over the interval (1.0 = one core fully busy). */
  nodeCores?: number;
  loadGeneratorCores?: number;
  otherCores?: number;
  perProcess?: Record<string, number>;
  /** CPU time (ms) each process under test used over the interval: robust to a shared machine, unlike tx/s. */
  cpuMsPerProcess?: Record<string, number>;
}

/** pids: the processes under test by name; sampled at start and end (they must live throughout). */
export function startCpuUsage(pids: Record<string, number>): () => CpuUsage {
  const m0 = machineBusyTicks();
  if (m0 === undefined) return () => ({});
  const t0 = performance.now();
  const p0 = Object.fromEntries(Object.entries(pids).map(([k, p]) => [k, processTicks(p)]));
  const s0 = processTicks(process.pid);
  return () => {
    const secs = (performance.now() - t0) / 1000;
    const cores = (ticks: number) => Math.round((ticks / HZ / secs) * 100) / 100;
    const perProcess = Object.fromEntries(Object.entries(pids).map(([k, p]) => [k, cores(processTicks(p) - p0[k])]));
    const nodeTicks = Object.entries(pids).reduce((s, [k, p]) => s + processTicks(p) - p0[k], 0);
    const selfTicks = processTicks(process.pid) - s0;
    const machine = machineBusyTicks()! - m0;
    return {
      nodeCores: cores(nodeTicks),
      loadGeneratorCores: cores(selfTicks),
      otherCores: Math.max(0, cores(machine - nodeTicks - selfTicks)),
      perProcess,
      cpuMsPerProcess: Object.fromEntries(Object.entries(pids).map(([k, p]) => [k, ((processTicks(p) - p0[k]) * 1000) / HZ])),
    };
  };
}
