// The resource-node daemon: the composition root of resource-node/ (keys, lmdb, slice store, chain,
// node directory, meta client, storage service, gateway, HTTP server, JSON-RPC mount) and its
// lifecycle: start, pid file, graceful stop on SIGTERM/SIGINT (stop accepting, finish or cut
// transfers, flush lmdb).
import { rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { open as openLmdb, type RootDatabase } from "lmdb";
import { NodeClient } from "../meta-node/protocol/client.ts";
import { ChainClient, type ChainReader } from "./chain.ts";
import { NodeDirectory } from "./directory.ts";
import { Gateway } from "./gateway.ts";
import { HashPool } from "./hash.ts";
import { loadKeys, paths, readApiToken, readConfig, type ResourceNodeConfig } from "./home.ts";
import { makeLogger } from "./log.ts";
import { MetaClient } from "./meta-client.ts";
import { mountRpc } from "./rpc-adapter.ts";
import { createNodeServer } from "./server.ts";
import { SliceStore } from "./slice-store.ts";
import { Storage } from "./storage.ts";

export interface RunningNode {
  config: ResourceNodeConfig;
  address: string;
  wallet: string;
  url: string;
  port: number;
  gateway: Gateway;
  storage: Storage;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Log to stderr as well as the log file. */
  stderr?: boolean;
  /** Override the configured port (0 = any free port). */
  port?: number;
  /** Read the chain through this instead of config.chainRpc (unit tests). */
  chain?: ChainReader;
}

export async function startNode(home: string, o: StartOptions = {}): Promise<RunningNode> {
  const cfg = readConfig(home);
  const p = paths(home);
  const log = makeLogger({ file: p.log, stderr: o.stderr });
  const keys = await loadKeys(home);
  const apiToken = readApiToken(home);
  const db: RootDatabase = openLmdb({ path: p.data, compression: false });
  const sliceIndex = db.openDB<any, string>({ name: "slices" });
  const outbox = db.openDB<any, string>({ name: "outbox" });
  const repairs = db.openDB<any, string>({ name: "repairs" });
  const served = db.openDB<any, string>({ name: "served" });
  const receipts = db.openDB<any, string>({ name: "receipts" });

  const store = new SliceStore(p.storage, sliceIndex, { capacityBytes: cfg.capacityBytes, onCorrupt: (e) => log.warn(`slice ${e.hash} (#${e.number} of ${e.fileHash}) failed its hash check on read: removed`) });
  const rec = store.recover();
  log.info(`slice store: ${rec.slices} slices; recovery dropped ${rec.droppedEntries} index entries and ${rec.deletedFiles} unindexed files`);

  const http = new NodeClient({ identity: keys.identity, idleTimeoutMs: cfg.peerTimeoutMs });
  const chain: ChainReader = o.chain ?? new ChainClient(cfg.chainRpc);
  const dir = new NodeDirectory(chain, http, log, { seeds: cfg.metaSeeds });
  const meta = new MetaClient(dir, http);
  const hashPool = new HashPool();
  const storage = new Storage({
    identity: keys.identity,
    walletSigner: keys.walletSigner,
    store,
    dir,
    meta,
    http,
    log,
    outbox,
    repairs,
    served,
    receipts,
    publicUrl: cfg.publicUrl,
    capacityBytes: cfg.capacityBytes,
    heartbeatIntervalMs: cfg.heartbeatIntervalMs,
    peerTimeoutMs: cfg.peerTimeoutMs,
    receiptRetentionMs: cfg.receiptRetentionMs,
    servedRetentionMs: cfg.servedRetentionMs,
  });
  const gateway = new Gateway({
    identity: keys.identity,
    http,
    meta,
    dir,
    hashPool,
    tmpDir: p.staging,
    log,
    defaultSliceSize: cfg.sliceSize,
    sendConcurrency: cfg.sendConcurrency,
    downloadWindow: cfg.downloadWindow,
    peerTimeoutMs: cfg.peerTimeoutMs,
    storeLocal: (permit, slice, source) => storage.storeSlice(permit, slice, source, keys.identity.address),
    keepUploadReceipt: (receipt, permit, slice, receiver) => storage.keepUploadReceipt(receipt, permit, slice, receiver),
  });

  // Proof of Traffic for `resource-node status`: receipts held here, what the meta nodes count
  // (this epoch, per epoch, reported in which on-chain report) and pot's rewards of the wallet.
  const trafficStatus = async () => {
    const out: any = { receipts: storage.receiptCounts() };
    for (const m of dir.bondedMetas()) {
      try {
        const r = await fetch(`${m.url}/v1/pot/nodes/${keys.identity.address}`, { signal: AbortSignal.timeout(2_000) });
        if (r.ok) {
          out.metaNode = m.address;
          Object.assign(out, await r.json());
          break;
        }
      } catch {
        /* the next meta node */
      }
    }
    if (o.chain === undefined) out.rewards = await (chain as ChainClient).rewards(keys.walletSigner.address).catch((e) => ({ error: (e as Error).message }));
    return out;
  };
  const startedAt = Date.now();
  const status = async () => ({
    address: keys.identity.address,
    wallet: keys.walletSigner.address,
    url: cfg.publicUrl,
    startedAt,
    store: store.stats(),
    outbox: storage.outboxSize(),
    metaNodes: dir.bondedMetas().map((m) => ({ address: m.address, url: m.url, heartbeat: storage.heartbeats.get(m.address) ?? null })),
    chain: await dir.resourceNode(keys.identity.address).then(
      (n) => (n ? { registered: true, status: n.status, suspend: n.suspend, tokens: n.tokens.toString(), effectiveTokens: (n.effectiveTokens ?? 0n).toString(), website: n.url } : { registered: false }),
      (e) => ({ error: (e as Error).message }),
    ),
  });

  const rpc = mountRpc({ gateway, sliceSize: cfg.sliceSize, log });
  const server: Server = createNodeServer({ storage, gateway, apiToken, status, traffic: trafficStatus, rpc });
  const port = o.port ?? cfg.port;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, cfg.host, () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  writeFileSync(p.pid, `${process.pid}\n`);
  dir.start();
  storage.start();
  void dir.refresh().catch((e) => log.warn(`meta-node discovery: ${(e as Error).message}`));
  log.info(`resource node ${keys.identity.address} (wallet ${keys.walletSigner.address}) listening on ${cfg.host}:${actualPort}, public URL ${cfg.publicUrl}, JSON-RPC at /rpc`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      log.info("stopping");
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // transfers in flight get 5 s to finish, then their connections are cut
        setTimeout(() => server.closeAllConnections(), 5_000).unref();
        server.closeIdleConnections();
      });
      await storage.stop();
      dir.stop();
      http.close();
      await hashPool.close();
      await db.close();
      rmSync(p.pid, { force: true });
      log.info("stopped");
    })());
  return { config: cfg, address: keys.identity.address, wallet: keys.walletSigner.address, url: cfg.publicUrl, port: actualPort, gateway, storage, stop };
}
