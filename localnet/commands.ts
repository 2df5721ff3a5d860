// `localnet up|status|logs|stop|start|down`: the CLI over localnet.ts.
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { UsageError, requirePositionals, type Command } from "../chain/cli/util.ts";
import { DEFAULT_NODE } from "../chain/cli/rpc.ts";
import {
  DEFAULT_BASE_PORT,
  DEFAULT_CHAIN_ID,
  DEFAULT_TIMEOUT_COMMIT,
  DEFAULT_VALIDATORS,
  Localnet,
  MAX_VALIDATORS,
  isGoDuration,
  isValidChainId,
  type LocalnetNode,
} from "./localnet.ts";
import { DEFAULT_STALL_AFTER_MS } from "./health.ts";
import { sleep } from "./processes.ts";
import { DEFAULT_STORAGE, prepayDaemonWallets, type StorageOptions } from "./storage.ts";

const DEFAULT_HOME = "./.localnet";
const homeOption = { home: { type: "string" as const, default: DEFAULT_HOME } };

function openLocalnet(home: string): Localnet {
  if (!Localnet.exists(home)) throw new Error(`no localnet at ${resolve(home)}: run 'localnet up${home === DEFAULT_HOME ? "" : ` --home ${home}`}' first`);
  return Localnet.open(home);
}

function nodeOf(net: Localnet, which: string): LocalnetNode {
  try {
    return net.node(which);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function wholeNumber(name: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text)}`);
  return Number(text);
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join("  ")).join("\n");
}

/** "waiting for blocks… height 1/2" on one rewritten line on a terminal, a line per change otherwise. */
function progressPrinter() {
  let last = "";
  const tty = process.stderr.isTTY;
  return {
    update(heights: (number | undefined)[], target: number | undefined) {
      const known = heights.filter((h): h is number => h !== undefined);
      const low = known.length === heights.length ? Math.min(...known) : undefined;
      const line = `waiting for blocks… height ${low ?? "-"}/${target ?? 2} (${heights.map((h, i) => `node${i}: ${h ?? "starting"}`).join(", ")})`;
      if (line === last) return;
      last = line;
      if (tty) process.stderr.write(`\r\x1b[K${line}`);
      else process.stderr.write(line + "\n");
    },
    done() {
      if (tty && last) process.stderr.write("\n");
      last = "";
    },
  };
}

/** Relative to the current directory when inside it, else absolute. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" ? "." : rel.startsWith("..") ? path : rel;
}

function printEndpoints(net: Localnet, height: number) {
  const home = shown(net.dir);
  console.log(`\nlocalnet ${net.chainId} is up: ${net.size} validator${net.size > 1 ? "s" : ""}, height ${height}, home ${home}\n`);
  const rows = [["NODE", "COMETBFT RPC", "ABCI", "P2P", "REST", "GRPC", "PIDS (app/cometbft)"]];
  for (const n of net.nodes) {
    const p = n.recordedPids();
    rows.push([n.name, n.rpcUrl, n.info.abci, `${n.info.nodeId}@127.0.0.1:${n.info.ports.p2p}`, n.restUrl ?? "-", n.grpcAddress ?? "-", `${p.app ?? "-"}/${p.cometbft ?? "-"}`]);
  }
  console.log(table(rows));
  console.log(`\naccounts (mnemonics in ${home}/localnet.json):`);
  console.log(table(net.accounts.map((a) => [`  ${a.name}`, a.address, a.coins])));
  const sds = net.info.sdsNodes ?? [];
  if (sds.length > 0) {
    console.log(`\ngenesis SDS nodes (bonded; owner key = node name in the test keyring; node keys in ${home}/sds-nodes/):`);
    console.log(table(sds.map((s) => [`  ${s.name}`, s.kind, s.networkAddress, `owner ${s.owner.address}`, `deposit ${s.deposit}wei`])));
  }
  if (net.daemons.length > 0) {
    console.log(`\nstorage network (API URLs; homes in ${home}/<name>/, logs in <name>/daemon.log):`);
    console.log(table([["  DAEMON", "KIND", "API", "NETWORK ADDRESS"], ...net.daemons.map((d) => [`  ${d.name}`, d.info.kind, d.url, d.info.networkAddress])]));
  }
  const firstResource = net.daemons.find((d) => d.info.kind === "resource");
  if (firstResource) {
    console.log(`\nstore a file:  npx resource-node put FILE --home ${shown(firstResource.info.home)}   (then: ls, get sdm://…, share; each resource node's wallet has ozone)`);
  }
  const node0 = net.nodes[0];
  const nodeFlag = node0.rpcUrl === DEFAULT_NODE ? "" : ` --node ${node0.rpcUrl}`;
  console.log(
    `\ntry:  npx stratos-chain tx bank send faucet ${net.accounts.find((a) => a.name !== "faucet")?.address ?? "<address>"} 1stos ` +
      `--home ${shown(node0.home)} --keyring-backend test${nodeFlag}`,
  );
  if (sds.length > 0) console.log(`      npx stratos-chain tx sds prepay faucet 1stos --home ${shown(node0.home)} --keyring-backend test${nodeFlag}`);
  const homeFlag = net.dir === resolve(DEFAULT_HOME) ? "" : ` --home ${home}`;
  console.log(`      npx localnet status${homeFlag}   (also: logs <node> -f, stop <node>, start <node>, down)`);
}

/** Starts the stopped nodes and waits for blocks; on failure stops what it started. */
async function startAndWait(net: Localnet, timeoutMs: number): Promise<number> {
  const progress = progressPrinter();
  // The nodes are detached, so Ctrl-C would not reach them: an interrupted `up` stops them itself.
  const interrupted = () => {
    progress.done();
    console.error("interrupted: stopping the nodes…");
    void net.down().finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  try {
    await net.start();
    return await net.waitForBlocks({ timeoutMs, onProgress: progress.update });
  } catch (e) {
    progress.done();
    // Leaving half a network running would only block the next `up`; the logs stay.
    await net.down().catch(() => {});
    throw new Error(`${(e as Error).message}\n\nthe localnet did not come up; its nodes were stopped (logs: ${net.dir}/node*/node.log)`);
  } finally {
    process.off("SIGINT", interrupted);
    progress.done();
  }
}

export const localnetCommands: Command[] = [
  {
    name: "up",
    summary: "Create and start a multi-validator network on this machine (or resume a stopped one)",
    usage:
      `up [--validators N (default ${DEFAULT_VALIDATORS})] [--home DIR (default ${DEFAULT_HOME})] [--chain-id ID (default ${DEFAULT_CHAIN_ID})] ` +
      `[--timeout-commit DURATION (default ${DEFAULT_TIMEOUT_COMMIT})] [--base-port PORT (default ${DEFAULT_BASE_PORT}; 0 = random)] [--reset] [--wait-timeout SECONDS (default 120)] ` +
      `[--meta-nodes N (default ${DEFAULT_STORAGE.meta})] [--resource-nodes N (default ${DEFAULT_STORAGE.resource})] [--liveness-timeout-ms N] [--slice-size BYTES]`,
    options: {
      ...homeOption,
      validators: { type: "string" },
      "chain-id": { type: "string" },
      "timeout-commit": { type: "string" },
      "base-port": { type: "string" },
      "wait-timeout": { type: "string", default: "120" },
      reset: { type: "boolean", default: false },
      "meta-nodes": { type: "string" },
      "resource-nodes": { type: "string" },
      "liveness-timeout-ms": { type: "string" },
      "slice-size": { type: "string" },
    },
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      // No option defaults: on resume, only what was given explicitly is checked or applied.
      const validators = values.validators === undefined ? undefined : wholeNumber("validators", values.validators, 1, MAX_VALIDATORS);
      const chainId = values["chain-id"] as string | undefined;
      if (chainId !== undefined && !isValidChainId(chainId)) throw new UsageError(`invalid --chain-id ${JSON.stringify(chainId)}`);
      const timeoutCommit = values["timeout-commit"] as string | undefined;
      if (timeoutCommit !== undefined && !isGoDuration(timeoutCommit)) throw new UsageError(`--timeout-commit must be a duration like 1s or 500ms, got ${JSON.stringify(timeoutCommit)}`);
      const basePort = values["base-port"] === undefined ? DEFAULT_BASE_PORT : wholeNumber("base-port", values["base-port"], 0, 65535 - 10 * MAX_VALIDATORS);
      const waitMs = wholeNumber("wait-timeout", values["wait-timeout"], 1, 3600) * 1000;
      const home: string = values.home;

      let net: Localnet | undefined;
      if (Localnet.exists(home)) {
        net = Localnet.open(home);
        if (values.reset) {
          if (net.isRunning()) {
            console.error(`stopping the running localnet at ${net.dir}…`);
            await net.down();
          }
          rmSync(net.dir, { recursive: true, force: true });
          net = undefined;
        } else if (net.isRunning()) {
          const running = net.nodes.filter((n) => n.isRunning()).map((n) => n.name);
          throw new Error(
            `the localnet at ${net.dir} is already running (${running.join(", ")}${running.length < net.size ? `; stopped: ${net.nodes.filter((n) => !n.isRunning()).map((n) => n.name).join(", ")}` : ""}).\n` +
              `'localnet status' shows it, 'localnet down' stops it, 'localnet up --reset' starts a fresh one.`,
          );
        } else {
          if (validators !== undefined && validators !== net.size) throw new UsageError(`the localnet at ${net.dir} has ${net.size} validators, not ${validators} (use --reset to start a fresh one)`);
          if (chainId !== undefined && chainId !== net.chainId) throw new UsageError(`the localnet at ${net.dir} is chain ${net.chainId}, not ${chainId} (use --reset to start a fresh one)`);
          if (timeoutCommit !== undefined && timeoutCommit !== net.info.timeoutCommit) net.setTimeoutCommit(timeoutCommit);
          console.error(`resuming the localnet ${net.chainId} at ${net.dir} (${net.size} validators, same ports and state)…`);
        }
      } else if (values.reset && existsSync(home) && !Localnet.exists(home)) {
        // --reset only ever deletes a localnet directory, never an arbitrary one.
        throw new Error(`${resolve(home)} is not a localnet directory (no localnet.json); not touching it`);
      }
      let created = false;
      if (!net) {
        created = true;
        const n = validators ?? DEFAULT_VALIDATORS;
        console.error(`creating a ${n}-validator localnet ${chainId ?? DEFAULT_CHAIN_ID} in ${resolve(home)}…`);
        const meta = values["meta-nodes"] === undefined ? DEFAULT_STORAGE.meta : wholeNumber("meta-nodes", values["meta-nodes"], 0, 32);
        const resource = values["resource-nodes"] === undefined ? DEFAULT_STORAGE.resource : wholeNumber("resource-nodes", values["resource-nodes"], 0, 64);
        const storage: StorageOptions | false =
          meta + resource === 0
            ? false
            : {
                meta,
                resource,
                ...(values["liveness-timeout-ms"] !== undefined ? { livenessTimeoutMs: wholeNumber("liveness-timeout-ms", values["liveness-timeout-ms"], 100, 86_400_000) } : {}),
                ...(values["slice-size"] !== undefined ? { sliceSize: wholeNumber("slice-size", values["slice-size"], 1, 33_554_432) } : {}),
              };
        net = await Localnet.create({ home, validators: n, chainId, timeoutCommit, ports: basePort === 0 ? "random" : basePort, storage });
      }
      const height = await startAndWait(net, waitMs);
      if (net.daemons.length > 0) {
        console.error(`starting the storage network (${net.daemons.map((d) => d.name).join(", ")})…`);
        try {
          await net.startDaemons({ timeoutMs: waitMs });
        } catch (e) {
          await net.down().catch(() => {});
          throw new Error(`${(e as Error).message}\n\nthe storage network did not come up; the localnet was stopped (logs: ${net.dir}/<daemon>/daemon.log)`);
        }
        if (created && net.daemons.some((d) => d.info.kind === "resource")) {
          console.error("buying ozone for the resource nodes' wallets (10stos each)…");
          await prepayDaemonWallets(net.daemons, net.nodes[0].home, net.rpcUrl(0));
        }
      }
      printEndpoints(net, height);
    },
  },
  {
    name: "status",
    summary: "Per node: height, app hash, peers, catching up, processes alive, health (stalled, halted, low disk)",
    usage: `status [--home DIR] [--json] [--stall-after SECONDS (default ${DEFAULT_STALL_AFTER_MS / 1000})]`,
    options: { ...homeOption, json: { type: "boolean", default: false }, "stall-after": { type: "string", default: String(DEFAULT_STALL_AFTER_MS / 1000) } },
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      const stallAfter = wholeNumber("stall-after", values["stall-after"], 1, 86_400);
      const net = openLocalnet(values.home);
      const all = await net.status(stallAfter * 1000);
      if (values.json) {
        console.log(JSON.stringify({ chainId: net.chainId, home: net.dir, nodes: all, daemons: await net.daemonStatus() }, null, 2));
        return;
      }
      const yn = (b: boolean | undefined) => (b === undefined ? "-" : b ? "yes" : "no");
      const pid = (p: number | undefined, alive: boolean) => (p === undefined ? "-" : `${p}${alive ? "" : " (dead)"}`);
      const rows = [["NODE", "HEIGHT", "APP HASH", "PEERS", "CATCHING UP", "APP PID", "COMETBFT PID", "RPC", "REST", "GRPC", "HEALTH"]];
      for (const [i, s] of all.entries()) {
        rows.push([
          s.name,
          s.height === undefined ? (s.running ? "?" : "stopped") : String(s.height),
          s.appHash ?? (s.error ? `(${s.error})` : "-"),
          s.peers === undefined ? "-" : String(s.peers),
          yn(s.catchingUp),
          pid(s.pids.app, s.alive.app),
          pid(s.pids.cometbft, s.alive.cometbft),
          net.rpcUrl(i),
          net.nodes[i].restUrl ?? "-",
          net.nodes[i].grpcAddress ?? "-",
          s.health ?? "-",
        ]);
      }
      console.log(`localnet ${net.chainId} at ${net.dir}\n`);
      console.log(table(rows));
      if (net.daemons.length > 0) {
        const ds = await net.daemonStatus();
        console.log("");
        console.log(
          table([
            ["DAEMON", "KIND", "PID", "API", "STATE"],
            ...ds.map((d) => [d.name, d.kind, d.pid === undefined ? "-" : String(d.pid), d.url, d.running ? (d.answering ? d.detail ?? "up" : "not answering") : "stopped"]),
          ]),
        );
      }
    },
  },
  {
    name: "logs",
    summary: "Print a node's log (node.log: app and cometbft output); -f keeps following it",
    usage: "logs <node> [-f|--follow] [--lines N (default 200, 0 = all)] [--home DIR]",
    options: { ...homeOption, follow: { type: "boolean", short: "f", default: false }, lines: { type: "string", default: "200" } },
    async run({ values, positionals }) {
      const [which] = requirePositionals(positionals, ["node"]);
      const lines = wholeNumber("lines", values.lines, 0, 10_000_000);
      const node = nodeOf(openLocalnet(values.home), which);
      const file = node.logFile;
      if (!existsSync(file)) throw new Error(`${file} does not exist yet (the node was never started)`);
      const text = readFrom(file, 0);
      process.stdout.write(lines === 0 ? text.data : lastLines(text.data, lines));
      if (!values.follow) return;
      let offset = text.end;
      // Following a file has no end condition but the user's Ctrl-C: poll for appended bytes.
      for (;;) {
        await sleep(250);
        const size = existsSync(file) ? statSync(file).size : 0;
        if (size < offset) offset = 0; // truncated or replaced
        if (size > offset) {
          const next = readFrom(file, offset);
          process.stdout.write(next.data);
          offset = next.end;
        }
      }
    },
  },
  {
    name: "stop",
    summary: "Stop one validator or storage daemon (SIGTERM, SIGKILL after 15 s): for fault tests",
    usage: "stop <node|meta0|resource0…> [--home DIR]",
    options: { ...homeOption },
    async run({ values, positionals }) {
      const [which] = requirePositionals(positionals, ["node"]);
      const net = openLocalnet(values.home);
      const daemon = net.daemons.find((d) => d.name === which);
      if (daemon) {
        if (!daemon.isRunning()) return console.log(`${daemon.name} is not running`);
        const pid = daemon.info.pid;
        await daemon.stop();
        console.log(`stopped ${daemon.name} (pid ${pid})`);
        return;
      }
      const node = nodeOf(net, which);
      if (!node.isRunning()) {
        console.log(`${node.name} is not running`);
        return;
      }
      const pids = node.livePids();
      await net.stopNode(node.index);
      console.log(`stopped ${node.name} (pids ${pids.join(", ")})`);
    },
  },
  {
    name: "start",
    summary: "Start one stopped validator (waits until it caught up) or storage daemon (waits until it answers)",
    usage: "start <node|meta0|resource0…> [--home DIR] [--wait-timeout SECONDS (default 120)]",
    options: { ...homeOption, "wait-timeout": { type: "string", default: "120" } },
    async run({ values, positionals }) {
      const [which] = requirePositionals(positionals, ["node"]);
      const waitMs = wholeNumber("wait-timeout", values["wait-timeout"], 1, 3600) * 1000;
      const net = openLocalnet(values.home);
      const daemon = net.daemons.find((d) => d.name === which);
      if (daemon) {
        if (daemon.isRunning()) throw new Error(`${daemon.name} is already running (pid ${daemon.info.pid})`);
        await daemon.start({ timeoutMs: waitMs });
        console.log(`started ${daemon.name} (pid ${daemon.info.pid}) at ${daemon.url}`);
        return;
      }
      const node = nodeOf(net, which);
      if (node.isRunning()) throw new Error(`${node.name} is already running (pids ${node.livePids().join(", ")})`);
      const others = await Promise.all(net.nodes.filter((n) => n !== node && n.isRunning()).map((n) => n.height().catch(() => 0)));
      await net.startNode(node.index);
      const target = Math.max(1, ...others);
      const h = await node.waitForHeight(target, waitMs);
      console.log(`started ${node.name} (pids ${node.livePids().join(", ")}), height ${h}`);
    },
  },
  {
    name: "down",
    summary: "Stop every node of the localnet (only the processes it started); state stays for the next up",
    usage: "down [--home DIR]",
    options: { ...homeOption },
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      const net = openLocalnet(values.home);
      const running = net.nodes.filter((n) => n.isRunning());
      const pids = [...net.daemons.filter((d) => d.isRunning()).map((d) => `${d.name} (${d.info.pid})`), ...running.map((n) => `${n.name} (${n.livePids().join(", ")})`)];
      await net.down();
      console.log(pids.length ? `stopped ${pids.join(", ")}` : "the localnet was not running");
    },
  },
];

function readFrom(file: string, offset: number): { data: string; end: number } {
  const fd = openSync(file, "r");
  try {
    const size = statSync(file).size;
    const buf = Buffer.alloc(Math.max(0, size - offset));
    let off = 0;
    while (off < buf.length) {
      const n = readSync(fd, buf, off, buf.length - off, offset + off);
      if (n === 0) break;
      off += n;
    }
    return { data: buf.subarray(0, off).toString("utf8"), end: offset + off };
  } finally {
    closeSync(fd);
  }
}

function lastLines(text: string, n: number): string {
  const lines = text.split("\n");
  const trailing = lines[lines.length - 1] === "" ? 1 : 0;
  return lines.slice(-(n + trailing)).join("\n");
}
