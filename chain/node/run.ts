// `stratos-chain start`: the ABCI server over our app, plus a supervised cometbft child.
import type { ChildProcess } from "node:child_process";
import type { Server } from "node:http";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AbciServer } from "../abci/server.ts";
import { createRestApp, listenRest } from "../api/rest/server.ts";
import { decCoinsString, nodeServicesBackend } from "../api/node-services.ts";
import { appQueryBackend, buildApiTable } from "../api/services.ts";
import { apiAnyTypeFiles, apiServices } from "../root/api.ts";
import { StratosApp } from "../root/app.ts";
import { startGrpcServer, type RunningGrpcServer } from "../api/grpc/server.ts";
import { CometRpc } from "./comet-rpc.ts";
import { cometRpcUrl, spawnCometbft } from "./cometbft.ts";
import { parseGasPrice, readAppConfig } from "./config.ts";
import { diskFloorViolation, freeDiskMb } from "./disk.ts";
import { peerHeightsFromConsensusDump, StallWatch } from "./stall.ts";

export interface RunNodeOptions {
  home: string;
  /** Do not start cometbft: an operator runs it and points its proxy_app at our ABCI address. */
  externalCometbft?: boolean;
  abciAddress?: string;
  /** REST server address (overrides app.json's rest_address); "" or "off" disables it. */
  restAddress?: string;
}

function appVersion(): string {
  try {
    return JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8")).version ?? "";
  } catch {
    return "";
  }
}

export function pidFilePath(home: string): string {
  return join(home, "data", "node.pids.json");
}

/** data/app.status.json: what the app last did, for `localnet status` and operators (node-local). */
export function appStatusPath(home: string): string {
  return join(home, "data", "app.status.json");
}

export interface AppStatusFile {
  pid: number;
  /** Last committed height and app hash (hex). */
  height: number;
  app_hash: string;
  /** Wall-clock time of that commit, or of the start when none since (ISO 8601): how long the node has been at this height. */
  committed_at: string;
  /** Free space of the data directory's filesystem at that commit, and the floor (app.json). */
  disk_free_mb: number;
  min_free_disk_mb: number;
  /** Why the node stopped committing (e.g. the free-space floor); absent while it runs normally. */
  halted?: string;
  /** Why CheckTx refuses new txs now (stalled, below the free-disk floor); absent while it accepts them. */
  refusing_txs?: string;
}

function writeAppStatus(home: string, s: AppStatusFile): void {
  // Whole file or nothing (a reader never sees half of it); a failed write must not stop the node.
  const path = appStatusPath(home);
  try {
    writeFileSync(`${path}.tmp`, JSON.stringify(s) + "\n");
    renameSync(`${path}.tmp`, path);
  } catch {
    // Reporting only; a full disk is caught by the floor before this matters.
  }
}

const log = {
  info: (m: string) => console.log(`[app] ${m}`),
  error: (m: string) => console.error(`[app] ${m}`),
};

export async function runNode(opts: RunNodeOptions): Promise<void> {
  const cfg = readAppConfig(opts.home);
  const dataDir = join(opts.home, "data");
  const floor = cfg.min_free_disk_mb;
  const status = (height: bigint, appHash: Uint8Array, halted?: string): AppStatusFile => ({
    pid: process.pid,
    height: Number(height),
    app_hash: Buffer.from(appHash).toString("hex").toUpperCase(),
    committed_at: new Date().toISOString(),
    disk_free_mb: freeDiskMb(dataDir),
    min_free_disk_mb: floor,
    ...(halted ? { halted } : {}),
    ...(refusing ? { refusing_txs: refusing } : {}),
  });
  let shutdown: (code: number) => Promise<void> = async (code) => process.exit(code);
  // Admission of new txs: refused while the node is stalled or below its free-disk floor. The
  // floor is read at most once a second (CheckTx is on the hot path); the stall from the watch.
  const stall = new StallWatch(cfg.stall_after_s * 1000, 0n, Date.now());
  let disk = { at: 0, reason: undefined as string | undefined };
  let refusing: string | undefined;
  const admissionRefusal = (): string | undefined => {
    const now = Date.now();
    if (now - disk.at >= 1000) disk = { at: now, reason: diskFloorViolation(dataDir, floor) };
    return stall.reason(now) ?? disk.reason;
  };
  /** Logs (and records in the status file) when the node starts or stops refusing txs. */
  const noteAdmission = (reason: string | undefined) => {
    if ((reason === undefined) === (refusing === undefined)) return;
    refusing = reason;
    if (reason) log.error(`refusing new txs in CheckTx: ${reason}`);
    else log.info("accepting new txs again");
    writeAppStatus(opts.home, status(app.lastHeight, app.store.rootHash));
  };
  const app: StratosApp = new StratosApp({
    dataDir: join(dataDir, "app.lmdb"),
    minGasPrice: parseGasPrice(cfg.minimum_gas_prices),
    maxTxBytes: cfg.max_tx_bytes,
    keepRecent: cfg.keep_recent,
    logger: log,
    commitGuard(height) {
      const reason = diskFloorViolation(dataDir, floor);
      if (!reason) return;
      writeAppStatus(opts.home, { ...status(app.lastHeight, app.store.rootHash), halted: `refused to commit height ${height}: ${reason}` });
      log.error(`stopping the node: ${reason}`);
      // After the refusal has reached cometbft (ResponseException to its Commit).
      setImmediate(() => void shutdown(1));
      throw new Error(reason);
    },
    admissionGuard() {
      const reason = admissionRefusal();
      noteAdmission(reason);
      return reason;
    },
    afterCommit: (height, appHash) => {
      stall.committed(height, Date.now());
      if (refusing) noteAdmission(admissionRefusal());
      writeAppStatus(opts.home, status(height, appHash));
    },
  });
  stall.committed(app.lastHeight, Date.now());
  // Below the floor already: do not start (a node that cannot commit must not join consensus).
  const atStart = diskFloorViolation(dataDir, floor);
  if (atStart) {
    log.error(`not starting: ${atStart}`);
    writeAppStatus(opts.home, status(app.lastHeight, app.store.rootHash, `not started: ${atStart}`));
    app.close();
    process.exit(1);
  }
  writeAppStatus(opts.home, status(app.lastHeight, app.store.rootHash));
  const server = new AbciServer(app, { logger: log });
  const address = opts.abciAddress ?? cfg.abci_address;
  await server.listen(address);
  log.info(`ABCI server listening on ${server.address}; last committed height ${app.lastHeight}`);
  // One service table for REST and gRPC: the app's query router (the same handlers as abci_query,
  // called in process), then the node's CometBFT RPC for broadcasts, tx search and block/validator
  // queries.
  const appBackend = appQueryBackend(app.queries);
  const table = buildApiTable(
    apiServices,
    [appBackend, nodeServicesBackend({ comet: new CometRpc(cometRpcUrl(opts.home), { timeoutMs: 30_000 }), getTx: appBackend.handler("/cosmos.tx.v1beta1.Service/GetTx")!, appVersion: appVersion(), minimumGasPrice: decCoinsString(parseGasPrice(cfg.minimum_gas_prices)) })],
    { anyTypeFiles: apiAnyTypeFiles },
  );
  let grpcServer: RunningGrpcServer | undefined;
  if (cfg.grpc_enable) {
    // A port in use must not keep the validator from running: it runs without gRPC and says so.
    grpcServer = await startGrpcServer({ methods: table.methods, root: table.root, log }, cfg.grpc_address).catch((e) => {
      log.error(`${(e as Error).message}; running without gRPC (set grpc_address or grpc_enable in config/app.json)`);
      return undefined;
    });
  }

  const restAddress = opts.restAddress ?? cfg.rest_address;
  let restServer: Server | undefined;
  if (restAddress && restAddress !== "off") {
    // A REST port in use is reported, not fatal: the validator itself does not need it.
    try {
      restServer = await listenRest(createRestApp(table, { logger: log }), restAddress);
      log.info(`REST server listening on http://${restAddress.replace(/^tcp:\/\//, "")}`);
    } catch (e) {
      log.error(`REST server not started on ${restAddress}: ${(e as Error).message}`);
    }
  }

  // Once quiet for stall_after_s, ask our cometbft where its peers are (cheap, and only then).
  const consensusRpc = new CometRpc(cometRpcUrl(opts.home), { timeoutMs: 2_000 });
  let asking = false;
  const stallTimer = setInterval(() => {
    if (asking || !stall.due(Date.now())) return;
    asking = true;
    consensusRpc
      .call("dump_consensus_state")
      .then((r) => stall.observePeers(peerHeightsFromConsensusDump(r), Date.now()))
      .catch(() => {}) // not answering: it cannot send us txs either
      .finally(() => {
        asking = false;
        noteAdmission(admissionRefusal());
      });
  }, 1000);
  stallTimer.unref();

  let child: ChildProcess | undefined;
  let stopping = false;
  shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    clearInterval(stallTimer);
    // A child killed by a signal has exitCode null but signalCode set: it is gone, do not wait
    // for an "exit" that already happened (the app used to hang here for ever after kill -9).
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      // cometbft waits for an ABCI call in flight before it exits; never wait forever.
      const killer = setTimeout(() => child!.kill("SIGKILL"), 10_000);
      await new Promise((r) => child!.once("exit", r));
      clearTimeout(killer);
    }
    await grpcServer?.close();
    restServer?.closeAllConnections();
    restServer?.close();
    await server.close();
    app.close();
    process.exit(code);
  };
  process.on("SIGTERM", () => void shutdown(0));
  process.on("SIGINT", () => void shutdown(0));

  if (!opts.externalCometbft) {
    child = spawnCometbft({ home: opts.home, extraArgs: ["--proxy_app", address] });
    // Recorded so tools (localnet, tests) can stop or kill exactly these processes.
    writeFileSync(pidFilePath(opts.home), JSON.stringify({ app: process.pid, cometbft: child.pid }) + "\n");
    child.on("exit", (code, signal) => {
      if (stopping) return;
      log.error(`cometbft exited (${signal ?? `code ${code}`}); stopping the node`);
      // Non-zero whatever the cause, so a supervisor (systemd, localnet) sees the node failed.
      void shutdown(code === 0 || code === null ? 1 : code);
    });
  } else {
    log.info(`waiting for an external cometbft (its proxy_app must be ${server.address})`);
  }
}
