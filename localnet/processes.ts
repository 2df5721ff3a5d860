// Ports and processes for the localnet: free ports, and signalling only the processes we started.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:net";

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function listen(port: number): Promise<Server | undefined> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once("error", () => resolve(undefined));
    srv.listen(port, "127.0.0.1", () => resolve(srv));
  });
}

const close = (srv: Server) => new Promise<void>((r) => srv.close(() => r()));

// Ports handed out by listen(0) come from the kernel's ephemeral range (32768-60999 here), the same
// range outgoing connections use: a port chosen at `create` could be taken by some client socket
// before the daemon binds it at `start` (seen in CI). Picking below that range avoids the race.
async function listenBelowEphemeral(): Promise<Server | undefined> {
  for (let i = 0; i < 64; i++) {
    const srv = await listen(20000 + Math.floor(Math.random() * 12000));
    if (srv) return srv;
  }
  return undefined;
}

export async function freePort(): Promise<number> {
  const [port] = await allocatePorts([0]);
  return port;
}

export async function isPortFree(port: number): Promise<boolean> {
  const srv = await listen(port);
  if (srv) await close(srv);
  return srv !== undefined;
}

/**
 * One port per entry: the preferred port when it can be bound on 127.0.0.1, else (or for 0) any
 * free one (strict: a busy preferred port is an error naming it). All listeners stay open until every port is chosen, so the ports are distinct.
 */
export async function allocatePorts(preferred: number[], opts: { strict?: boolean; names?: string[] } = {}): Promise<number[]> {
  const servers: Server[] = [];
  try {
    const ports: number[] = [];
    for (const [i, p] of preferred.entries()) {
      const exact = p > 0 ? await listen(p) : undefined;
      // strict: a port the user asked for is that port or an error, never silently another one.
      if (opts.strict && p > 0 && !exact) {
        throw new Error(`port ${p}${opts.names?.[i] ? ` (${opts.names[i]})` : ""} is in use on 127.0.0.1: choose another --base-port, or --base-port 0 for random free ports`);
      }
      const srv = exact ?? (await listenBelowEphemeral()) ?? (await listen(0));
      if (!srv) throw new Error("could not find a free TCP port on 127.0.0.1");
      servers.push(srv);
      ports.push((srv.address() as { port: number }).port);
    }
    return ports;
  } finally {
    await Promise.all(servers.map(close));
  }
}

/** Sends a signal; false when the process is already gone. */
export function signal(pid: number, sig: NodeJS.Signals | 0): boolean {
  try {
    process.kill(pid, sig);
    return true;
  } catch {
    return false;
  }
}

/** argv of a live (non-zombie) process, undefined when it is gone; [] when it cannot be read. */
function liveArgv(pid: number): string[] | undefined {
  if (!Number.isInteger(pid) || pid <= 0 || !signal(pid, 0)) return undefined;
  if (existsSync("/proc/self/stat")) {
    try {
      // A zombie (exited, not yet reaped: common for orphans in containers) counts as gone, but
      // only once all its threads are: a Go process's main thread turns Z while the others still
      // hold its sockets.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) {
        const threads = Number(/^Threads:\s*(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 1);
        return threads > 1 ? [] : undefined;
      }
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    } catch {
      return undefined; // exited between the checks
    }
  }
  const ps = spawnSync("ps", ["-o", "state=,args=", "-p", String(pid)], { encoding: "utf8" });
  const line = ps.stdout?.trim();
  if (ps.status !== 0 || !line) return ps.error ? [] : undefined;
  if (line.startsWith("Z")) return undefined;
  return line.split(/\s+/).slice(1);
}

/**
 * Whether pid is a live `… start --home <home> …` process (our app or its cometbft). PIDs get
 * reused, so a recorded PID alone never justifies a signal.
 */
export function isNodeProcess(pid: number | undefined, home: string): boolean {
  if (pid === undefined) return false;
  const argv = liveArgv(pid);
  if (argv === undefined) return false;
  if (argv.length === 0) return true; // no way to check identity here; alive is all we know
  const i = argv.indexOf("--home");
  return argv.includes("start") && i >= 0 && argv[i + 1] === home;
}

/** Polls probe until it returns a value (not undefined) or timeoutMs passes; then throws describe(). */
export async function waitUntil<T>(timeoutMs: number, probe: () => Promise<T | undefined> | T | undefined, describe: () => string, intervalMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() >= deadline) throw new Error(describe());
    await sleep(Math.min(intervalMs, Math.max(0, deadline - Date.now())));
  }
}
