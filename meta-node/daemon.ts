// `meta-node start`: the composition root of the daemon (store, chain follower, replicated
// records, service, API, background maintenance) and its graceful stop.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import { RpcClient } from "../chain/cli/rpc.ts";
import { buildApi, listen } from "./api.ts";
import { ChainFollower } from "./chain/follower.ts";
import { TxSender } from "./chain/txs.ts";
import { loadKeys, paths, readConfig, type MetaNodeConfig } from "./home.ts";
import { fileLogger, type Logger } from "./log.ts";
import { NodeIdentity, PeerClient } from "./net.ts";
import { ReplicatedRecords } from "./records.ts";
import { Evidence } from "./evidence.ts";
import { MetaService } from "./service.ts";
import { BONDED, MetaStore, type MetaNodeInfo } from "./store.ts";
import { Traffic } from "./traffic.ts";

export const VERSION = "0.1.0";

export interface RunningDaemon {
  url: string;
  address: string;
  stop(): Promise<void>;
}

/**
 * Whether this node's BLS key can co-sign volume reports: the chain matches report signers to the
 * keys meta nodes registered (a node created without one, as stchaind creates it, is voted in and
 * serves, but signs nothing until a MsgUpdateMetaNode registers key + proof of possession).
 */
export function volumeReportStatus(onChain: MetaNodeInfo | undefined, localBlsPubKey: string): { canCoSign: boolean; reason?: string } {
  if (!onChain) return { canCoSign: false, reason: "not registered on chain" };
  if (!onChain.blsPubKey) {
    return { canCoSign: false, reason: "no BLS key registered on chain: send MsgUpdateMetaNode with bls_pub_key and bls_pop (stratos-chain tx register update-meta-node --bls-pub-key … --bls-pop …)" };
  }
  if (onChain.blsPubKey !== localBlsPubKey.toLowerCase()) return { canCoSign: false, reason: `the BLS key registered on chain (${onChain.blsPubKey}) is not this node's (${localBlsPubKey})` };
  return { canCoSign: true };
}

export async function startDaemon(home: string, o: { stderr?: boolean } = {}): Promise<RunningDaemon> {
  const cfg: MetaNodeConfig = readConfig(home);
  const keys = await loadKeys(home);
  const p = paths(home);
  const log: Logger = fileLogger(p.log, o.stderr ?? false);
  const store = new MetaStore(p.data);
  const id = NodeIdentity.fromSeed(keys.p2pSecret);
  const peer = new PeerClient(id, cfg.peerTimeoutMs);
  const records = new ReplicatedRecords(store, id, log, peer, cfg.peerTimeoutMs);
  const rpc = new RpcClient(cfg.chainRpc);
  const txs = new TxSender(rpc, keys.wallet, BigInt(cfg.gasPriceWei));
  const service = new MetaService(store, records, id, cfg, log, txs, keys.wallet.address, peer);
  const evidence = new Evidence(store, service, id, cfg, log, peer, rpc, keys.wallet);
  service.evidence = evidence;
  const traffic = new Traffic(store, records, id, cfg, log, txs, keys.wallet.address, peer, new Uint8Array(Buffer.from(keys.bls.secret, "hex")));
  service.epochNow = () => traffic.currentEpoch();
  const updateMembers = () => {
    const members = store
      .metaNodes()
      .filter((m) => m.status === BONDED && !m.suspend && m.url)
      .map((m) => ({ address: m.address, url: m.url }));
    if (records.setMembers(members)) log.info(`meta-node ring: ${members.map((m) => `${m.address}=${m.url}`).join(", ")}`);
  };
  const follower = new ChainFollower(store, cfg.chainRpc, log, updateMembers);
  const startedAt = Date.now();
  const status = () => ({
    address: id.address,
    wallet: keys.wallet.address,
    url: cfg.publicUrl,
    version: VERSION,
    uptimeMs: Date.now() - startedAt,
    // False until the chain is followed and the meta-node ring is known: until then every ring-backed
    // request answers 503 "unavailable" (localnet waits for this before it calls a meta node started).
    ready: records.members.length > 0,
    chain: { rpc: cfg.chainRpc, height: store.cursor, latestSeen: follower.latestHeight },
    registered: store.metaNode(id.address) ?? null,
    volumeReports: volumeReportStatus(store.metaNode(id.address), keys.bls.pubkey),
    metaNodes: store.metaNodes().map((m) => ({ address: m.address, url: m.url, bonded: m.status === BONDED && !m.suspend, up: records.isUp(m.address), self: m.address === id.address })),
    ring: records.members,
    pendingReplication: records.hintCount(),
    livenessTimeoutMs: cfg.livenessTimeoutMs,
    resourceNodes: service.resourceNodeStatus(),
    pot: traffic.status(),
  });
  const app = buildApi({ service, traffic, evidence, records, store, log, status });
  const server: Server = await listen(app, cfg.host, cfg.port);
  writeFileSync(p.pid, String(process.pid));
  log.info(`meta node ${id.address} (wallet ${keys.wallet.address}) listening on ${cfg.host}:${cfg.port}, public URL ${cfg.publicUrl}, chain ${cfg.chainRpc}`);

  let stopping = false;
  // Follow the chain; if it is not reachable yet, keep trying (the API answers status meanwhile).
  const startFollowing = async () => {
    while (!stopping) {
      try {
        await follower.start();
        updateMembers();
        log.info(`following the chain from height ${store.cursor}`);
        return;
      } catch (e) {
        log.warn(`cannot follow the chain at ${cfg.chainRpc} yet: ${(e as Error).message}`);
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
  };
  const following = startFollowing();

  let busy = false;
  const timer = setInterval(async () => {
    if (busy || stopping) return;
    busy = true;
    try {
      await records.probePeers();
      await records.flushHints();
      await service.maintain();
      await traffic.tick();
    } catch (e) {
      log.warn(`maintenance: ${(e as Error).message}`);
    } finally {
      busy = false;
    }
  }, Math.max(200, cfg.maintenanceIntervalMs));

  const stop = async () => {
    if (stopping) return;
    stopping = true;
    clearInterval(timer);
    await new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections?.();
    });
    await following.catch(() => undefined);
    await follower.stop();
    while (busy) await new Promise((r) => setTimeout(r, 50));
    peer.close();
    evidence.close();
    await store.close();
    if (existsSync(p.pid)) rmSync(p.pid, { force: true });
    log.info("stopped");
  };
  return { url: cfg.publicUrl, address: id.address, stop };
}
