// The storage side of a resource node: storing slices under permits and telling the meta nodes
// (slice-stored, through a durable outbox so a report survives a crash or a meta node being down),
// repair pulls (durable jobs, resumed after a restart), heartbeats to every bonded meta node, and a
// log of bytes served (for the traffic proofs of the next issue).
import { randomBytes } from "node:crypto";
import type { Readable } from "node:stream";
import type { Database } from "lmdb";
import type { NodeClient } from "../meta-node/protocol/client.ts";
import { ProtocolError } from "../meta-node/protocol/errors.ts";
import type { NodeIdentity } from "../meta-node/protocol/node-key.ts";
import { encodePermitHeader, type Permit, type PermitSlice, type SignedPermit } from "../meta-node/protocol/permit.ts";
import { checkReceiptSignature, parseSignedReceipt, receiptSlot, signNodeReceipt, type Receipt, type SignedReceipt } from "../meta-node/protocol/receipt.ts";
import type { NodeDirectory } from "./directory.ts";
import type { WalletSigner } from "./gateway.ts";
import type { Logger } from "./log.ts";
import type { MetaClient } from "./meta-client.ts";
import type { SliceStore } from "./slice-store.ts";

interface OutboxItem {
  kind: "slice-stored" | "bad-slice";
  body: any;
  prefer?: string;
  attempts: number;
  nextAt: number;
}

interface RepairJob {
  signed: SignedPermit;
  nodeUrls: Record<string, string>;
  attempts: number;
}

export interface ServedRecord {
  permitId: string;
  kind: string;
  fileHash: string;
  sliceNumber: number;
  bytes: number;
  to: string;
  payer: string;
  at: number;
}

/** Receipts per POST /v1/pot/receipts (the meta node takes up to 2000 and 1 MiB: ~700 B per receipt). */
export const FORWARD_BATCH = 500;
/** A receipt a meta node refused as "not yet" (its permit's record had not reached it) is sent again for this long. */
export const FORWARD_RETRY_MS = 60_000;

export interface HeldReceipt {
  signed: SignedReceipt;
  sentTo: string[];
  at: number;
  /** When the last bonded meta node took it (from then on the meta nodes hold it; kept here only for receiptRetentionMs). */
  handedInAt?: number;
  /** Key of the `served` record it was checked against (deleted with it, so a replay of it is refused). */
  servedKey?: string;
}

/** How long a receipt every bonded meta node has is still kept here, and how long a record of a served slice waits for its receipt. */
export const DEFAULT_RECEIPT_RETENTION_MS = 3_600_000;
export const DEFAULT_SERVED_RETENTION_MS = 86_400_000;

export interface StorageDeps {
  identity: NodeIdentity;
  walletSigner: WalletSigner;
  store: SliceStore;
  dir: NodeDirectory;
  meta: MetaClient;
  http: NodeClient;
  log: Logger;
  outbox: Database<OutboxItem, string>;
  repairs: Database<RepairJob, string>;
  served: Database<ServedRecord, string>;
  /** Receipts of receivers for slices served here, and the meta nodes they were handed to. */
  receipts: Database<HeldReceipt, string>;
  publicUrl: string;
  capacityBytes: number;
  heartbeatIntervalMs: number;
  peerTimeoutMs: number;
  receiptRetentionMs?: number;
  servedRetentionMs?: number;
}

/** Bonded meta nodes (addresses) that a held receipt has not been handed to yet. */
const lacking = (held: HeldReceipt, metas: string[]) => metas.filter((a) => !held.sentTo.includes(a));

/** Key of the record of one slice served under a permit to a receiver (or relaying gateway). */
const servedRecordKey = (permitId: string, sliceNumber: number, to: string) => `${permitId}/${String(sliceNumber).padStart(10, "0")}/${to}`;

export class Storage {
  readonly identity: NodeIdentity;
  readonly walletSigner: WalletSigner;
  readonly store: SliceStore;
  readonly dir: NodeDirectory;
  readonly log: Logger;
  private timers: NodeJS.Timeout[] = [];
  private flushing?: Promise<void>;
  private readonly activeRepairs = new Set<string>();
  private stopped = false;
  /** Last heartbeat answer per meta node (for status). */
  readonly heartbeats = new Map<string, { at: number; ok: boolean; error?: string }>();
  private readonly receiptRetentionMs: number;
  private readonly servedRetentionMs: number;
  private prunedReceipts = 0;

  constructor(private readonly d: StorageDeps) {
    this.receiptRetentionMs = d.receiptRetentionMs ?? DEFAULT_RECEIPT_RETENTION_MS;
    this.servedRetentionMs = d.servedRetentionMs ?? DEFAULT_SERVED_RETENTION_MS;
    this.identity = d.identity;
    this.walletSigner = d.walletSigner;
    this.store = d.store;
    this.dir = d.dir;
    this.log = d.log;
  }

  start(): void {
    const every = (ms: number, f: () => Promise<void>) => {
      const t = setInterval(() => void f().catch((e) => this.log.warn((e as Error).message)), ms);
      t.unref();
      this.timers.push(t);
    };
    every(Math.max(200, this.d.heartbeatIntervalMs), () => this.heartbeat());
    every(2_000, () => this.flushOutbox());
    every(1_000, () => this.forwardReceipts());
    every(5_000, () => this.resumeRepairs());
    every(Math.min(60_000, Math.max(1_000, this.receiptRetentionMs)), async () => void this.pruneReceipts());
    void this.heartbeat().catch(() => undefined);
    void this.resumeRepairs().catch(() => undefined);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    await this.flushing?.catch(() => undefined);
  }

  // ---- storing ------------------------------------------------------------------------------------

  /** Store one slice named in `permit` from `source`, then report it. */
  async storeSlice(permit: Permit, ps: PermitSlice, source: AsyncIterable<Uint8Array> & Partial<Readable>, from: string): Promise<{ ok: true; state: "stored" | "exists"; reported: boolean }> {
    const state = await this.store.put({ hash: ps.hash, fileHash: permit.fileHash, number: ps.number, size: ps.size, source });
    if (state === "exists") (source as Readable).resume?.(); // not read: drain what the sender already pushed
    this.log.info(`slice ${ps.number} of ${permit.fileHash} (${ps.size} B) ${state} from ${from} (permit ${permit.id})`);
    const reported = await this.reportStored(permit, ps);
    return { ok: true, state, reported };
  }

  /** Report slice-stored now (so the sender's answer means "counted"); on failure it stays in the outbox. */
  private async reportStored(permit: Permit, ps: PermitSlice): Promise<boolean> {
    const body = { permitId: permit.id, owner: permit.owner, fileHash: permit.fileHash, sliceNumber: ps.number, sliceHash: ps.hash, size: ps.size };
    const key = `${Date.now().toString().padStart(15, "0")}-${randomBytes(4).toString("hex")}`;
    await this.d.outbox.put(key, { kind: "slice-stored", body, prefer: permit.meta, attempts: 0, nextAt: 0 });
    try {
      await this.d.meta.sliceStored(body, permit.meta);
      await this.d.outbox.remove(key);
      return true;
    } catch (e) {
      this.log.warn(`slice-stored ${permit.fileHash}#${ps.number}: ${(e as Error).message} (will retry)`);
      return false;
    }
  }

  reportCorrupt(permit: Permit, sliceNumber: number, sliceHash: string, reason: string): void {
    const body = { permitId: permit.id, owner: permit.owner, fileHash: permit.fileHash, sliceNumber, sliceHash, node: this.identity.address, reason };
    const key = `${Date.now().toString().padStart(15, "0")}-${randomBytes(4).toString("hex")}`;
    void this.d.outbox.put(key, { kind: "bad-slice", body, prefer: permit.meta, attempts: 0, nextAt: 0 });
  }

  /** Send what is waiting in the outbox; permanent refusals (4xx) are dropped with a log line. */
  flushOutbox(): Promise<void> {
    this.flushing ??= (async () => {
      const now = Date.now();
      for (const { key, value } of this.d.outbox.getRange()) {
        if (this.stopped) break;
        if (value.nextAt > now) continue;
        try {
          if (value.kind === "slice-stored") await this.d.meta.sliceStored(value.body, value.prefer);
          else await this.d.meta.badSlice(value.body, value.prefer);
          await this.d.outbox.remove(key);
        } catch (e) {
          if (e instanceof ProtocolError && e.status >= 400 && e.status < 500) {
            this.log.warn(`${value.kind} ${JSON.stringify(value.body).slice(0, 200)} refused by the meta node, dropped: ${e.message}`);
            await this.d.outbox.remove(key);
          } else {
            const attempts = value.attempts + 1;
            await this.d.outbox.put(key, { ...value, attempts, prefer: attempts > 2 ? undefined : value.prefer, nextAt: now + Math.min(60_000, 1000 * 2 ** attempts) });
          }
        }
      }
    })().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  /** A receipt from the receiver of a slice served here: kept if it is for that transfer, then forwarded. */
  takeReceipt(x: unknown, from: string): { ok: boolean; reason?: string; retry?: boolean } {
    const sr = parseSignedReceipt(x);
    if (typeof sr === "string") return { ok: false, reason: sr };
    const r = sr.receipt;
    if (r.server !== this.identity.address) return { ok: false, reason: `the receipt credits ${r.server}, not this node` };
    const servedKey = servedRecordKey(r.permit, r.slice, from);
    const served = this.d.served.get(servedKey);
    // (the served log is written when the transfer closes here, which may be just after the receiver has the bytes)
    if (!served) return { ok: false, retry: true, reason: `this node has no record of serving slice ${r.slice} of permit ${r.permit} to ${from}` };
    if (served.bytes !== r.bytes) return { ok: false, reason: `${served.bytes} bytes were served, the receipt says ${r.bytes}` };
    const kind = r.v === 2 ? "repair" : "download";
    if (served.kind !== kind) return { ok: false, reason: `slice ${r.slice} of permit ${r.permit} was served under a ${served.kind} permit; a v${r.v} receipt is for ${kind}s` };
    if (r.v === 2 && r.receiver !== from) return { ok: false, reason: `a copy receipt is handed in by its receiving node ${r.receiver}, not by ${from}` };
    if (r.v === 3 && r.gateway !== from) return { ok: false, reason: `a relay receipt is handed in by its gateway ${r.gateway}, not by ${from}` };
    const why = checkReceiptSignature(sr);
    if (why) return { ok: false, reason: why };
    this.hold(sr, servedKey);
    return { ok: true };
  }

  /** Keeps a receipt (once per slot) until every bonded meta node has it. */
  private hold(sr: SignedReceipt, servedKey?: string): void {
    const key = receiptSlot(sr.receipt);
    if (this.d.receipts.get(key)) return;
    void this.d.receipts.put(key, { signed: sr, sentTo: [], at: Date.now(), ...(servedKey ? { servedKey } : {}) });
    this.unsent?.keys.add(key);
  }

  /**
   * Keys of held receipts some bonded meta node does not have yet, oldest first: what forwardReceipts
   * looks at, so its cost follows the backlog, not every receipt this node ever held. Built by one scan
   * at the first forward and again when the set of bonded meta nodes changes (a new one gets them all).
   */
  private unsent?: { metas: string; keys: Set<string> };
  private unsentKeys(metas: string[]): Set<string> {
    const id = [...metas].sort().join(",");
    if (this.unsent?.metas !== id) {
      const keys = new Set<string>();
      for (const { key, value } of this.d.receipts.getRange()) if (lacking(value, metas).length > 0) keys.add(key as string);
      this.unsent = { metas: id, keys };
    }
    return this.unsent.keys;
  }

  private forwarding?: Promise<void>;
  /**
   * Hand held receipts to every bonded meta node (each checks them itself), in batches of
   * FORWARD_BATCH, one to every meta node at once, round after round until the backlog is gone (a
   * busy node serving small slices would otherwise fall behind, and receipts not handed in before
   * their epoch closes pay nothing); a meta node that fails is retried at the next call.
   */
  forwardReceipts(): Promise<void> {
    this.forwarding ??= (async () => {
      const metas = this.dir.bondedMetas();
      const keys = this.unsentKeys(metas.map((m) => m.address));
      const failed = new Set<string>();
      const later = new Set<string>(); // meta/key refused as "not yet": again at the next call, not in this one
      for (let more = true; more && !this.stopped; ) {
        more = false;
        await Promise.all(metas.map(async (m) => {
          if (this.stopped || failed.has(m.address)) return;
          const batch: { key: string; value: HeldReceipt }[] = [];
          for (const key of keys) {
            const value = this.d.receipts.get(key);
            if (!value) {
              keys.delete(key);
              continue;
            }
            if (value.sentTo.includes(m.address) || later.has(`${m.address}/${key}`)) continue;
            batch.push({ key, value });
            if (batch.length >= FORWARD_BATCH) break;
          }
          if (batch.length === 0) return;
          try {
            const ans = await this.d.http.json<{ rejected?: { index: number; reason: string; retry?: boolean }[] }>(m.url, "POST", "/v1/pot/receipts", { receipts: batch.map((b) => b.value.signed) }, { timeoutMs: this.d.peerTimeoutMs });
            const retry = new Set<string>();
            for (const rj of ans.rejected ?? []) {
              const b = batch[rj.index];
              if (!b) continue;
              const again = rj.retry === true && Date.now() - b.value.at < FORWARD_RETRY_MS;
              if (again) retry.add(b.key);
              this.log.warn(`receipt ${b.key} refused by meta node ${m.address}: ${rj.reason}${again ? " (will send it again)" : ""}`);
            }
            await this.d.receipts.transaction(() => {
              for (const b of batch) {
                if (retry.has(b.key)) {
                  later.add(`${m.address}/${b.key}`);
                  continue;
                }
                const cur = this.d.receipts.get(b.key);
                if (!cur || cur.sentTo.includes(m.address)) continue;
                const sentTo = [...cur.sentTo, m.address];
                const all = metas.every((x) => sentTo.includes(x.address));
                this.d.receipts.put(b.key, { ...cur, sentTo, ...(all ? { handedInAt: Date.now() } : {}) });
                if (all) keys.delete(b.key);
              }
            });
            if (batch.length >= FORWARD_BATCH) more = true;
          } catch (e) {
            failed.add(m.address);
            this.log.warn(`receipts to meta node ${m.address}: ${(e as Error).message} (will retry)`);
          }
        }));
      }
    })().finally(() => (this.forwarding = undefined));
    return this.forwarding;
  }

  /** Receipts held here (for status): how many, and how many every bonded meta node has. */
  receiptCounts(): { held: number; unsent: number; bytes: number; pruned: number } {
    const metas = this.dir.bondedMetas().map((m) => m.address);
    let held = 0, unsent = 0, bytes = 0;
    for (const { value } of this.d.receipts.getRange()) {
      held++;
      bytes += value.signed.receipt.bytes;
      if (lacking(value, metas).length > 0) unsent++;
    }
    return { held, unsent, bytes, pruned: this.prunedReceipts };
  }

  /**
   * Deletes what this node no longer needs, so its disk does not grow with all the traffic it ever served:
   * a receipt once every bonded meta node has had it for receiptRetentionMs (the meta nodes keep it for the
   * report and audits; a newly bonded meta node that lacks it keeps it here until it is handed over), with
   * the served record it was checked against (so a replay of it is refused as unknown); and a served
   * record whose receipt never came within servedRetentionMs (its epoch is long reported: it pays nothing).
   */
  pruneReceipts(now = Date.now()): { receipts: number; served: number } {
    const metas = this.dir.bondedMetas().map((m) => m.address);
    const out = { receipts: 0, served: 0 };
    if (metas.length === 0) return out; // nobody to have handed them to: keep everything
    const receiptKeys: string[] = [];
    const servedKeys = new Set<string>();
    for (const { key, value } of this.d.receipts.getRange()) {
      if (lacking(value, metas).length > 0 || now - (value.handedInAt ?? value.at) < this.receiptRetentionMs) continue;
      receiptKeys.push(key as string);
      if (value.servedKey) servedKeys.add(value.servedKey);
    }
    for (const { key, value } of this.d.served.getRange()) if (now - value.at >= this.servedRetentionMs) servedKeys.add(key as string);
    if (receiptKeys.length === 0 && servedKeys.size === 0) return out;
    this.d.receipts.transactionSync(() => {
      for (const k of receiptKeys) if (this.d.receipts.removeSync(k)) out.receipts++;
      for (const k of servedKeys) if (this.d.served.removeSync(k)) out.served++;
    });
    this.prunedReceipts += out.receipts;
    this.log.info(`pruned ${out.receipts} receipts every bonded meta node has and ${out.served} served-slice records`);
    return out;
  }

  recordServed(permit: Permit, sliceNumber: number, bytes: number, to: string): void {
    const key = servedRecordKey(permit.id, sliceNumber, to);
    void this.d.served.put(key, { permitId: permit.id, kind: permit.kind, fileHash: permit.fileHash, sliceNumber, bytes, to, payer: permit.payer, at: Date.now() });
  }

  // ---- repair ---------------------------------------------------------------------------------------

  async acceptRepair(signed: SignedPermit, permit: Permit, nodeUrls: Record<string, string>): Promise<void> {
    for (const [node, url] of Object.entries(nodeUrls)) if (typeof url === "string") this.dir.hintUrl(node, url);
    await this.d.repairs.put(permit.id, { signed, nodeUrls, attempts: 0 });
    void this.runRepair(permit.id).catch((e) => this.log.warn(`repair ${permit.id}: ${(e as Error).message}`));
  }

  private async resumeRepairs(): Promise<void> {
    for (const { key } of this.d.repairs.getRange()) void this.runRepair(key).catch((e) => this.log.warn(`repair ${key}: ${(e as Error).message}`));
  }

  private async runRepair(id: string): Promise<void> {
    if (this.activeRepairs.has(id) || this.stopped) return;
    const job = this.d.repairs.get(id);
    if (!job) return;
    const permit = job.signed.permit;
    if (Date.now() >= permit.expiresAt || job.attempts >= 5) {
      this.log.warn(`repair ${id} of ${permit.fileHash}: ${Date.now() >= permit.expiresAt ? "permit expired" : "gave up after 5 attempts"}`);
      await this.d.repairs.remove(id);
      return;
    }
    this.activeRepairs.add(id);
    try {
      for (const h of Object.entries(job.nodeUrls)) this.dir.hintUrl(h[0], h[1]);
      const header = encodePermitHeader(job.signed);
      let allOk = true;
      for (const ps of permit.slices) {
        if (await this.store.holdsIntact(ps.hash)) {
          await this.reportStored(permit, ps);
          continue;
        }
        let ok = false;
        for (const node of ps.nodes) {
          if (node === this.identity.address) continue;
          const url = (await this.dir.resourceUrl(node)) ?? job.nodeUrls[node];
          if (!url) continue;
          try {
            const res = await this.d.http.getSlice(url, { sliceHash: ps.hash, permitHeader: header, timeoutMs: this.d.peerTimeoutMs });
            await this.store.put({ hash: ps.hash, fileHash: permit.fileHash, number: ps.number, size: ps.size, source: res });
            this.log.info(`repair: slice ${ps.number} of ${permit.fileHash} copied from ${node}`);
            this.sendCopyReceipt(url, permit, ps, node);
            await this.reportStored(permit, ps);
            ok = true;
            break;
          } catch (e) {
            this.log.warn(`repair: slice ${ps.number} of ${permit.fileHash} from ${node}: ${(e as Error).message}`);
          }
        }
        allOk &&= ok;
      }
      if (allOk) await this.d.repairs.remove(id);
      else await this.d.repairs.put(id, { ...job, attempts: job.attempts + 1 });
    } finally {
      this.activeRepairs.delete(id);
    }
  }

  /** A copy receipt (v 2) by this node for slice `ps` of `permit`, received whole from `server`. */
  copyReceipt(permit: Permit, ps: PermitSlice, server: string): SignedReceipt {
    const receipt: Receipt = { v: 2, permit: permit.id, meta: permit.meta, file: permit.fileHash, owner: permit.owner, slice: ps.number, sliceHash: ps.hash, bytes: ps.size, server, receiver: this.identity.address, nonce: randomBytes(8).toString("hex") };
    return signNodeReceipt(receipt, this.identity);
  }

  /**
   * The copy receipt a destination returned for an upload replica this node's gateway sent it: kept
   * with the others and forwarded to the meta nodes. A receipt that does not say exactly that is dropped.
   */
  keepUploadReceipt(x: unknown, permit: Permit, ps: PermitSlice, receiver: string): string | undefined {
    const sr = parseSignedReceipt(x);
    if (typeof sr === "string") return sr;
    const r = sr.receipt;
    if (r.v !== 2 || r.permit !== permit.id || r.meta !== permit.meta || r.file !== permit.fileHash || r.owner !== permit.owner || r.slice !== ps.number || r.sliceHash !== ps.hash || r.bytes !== ps.size) {
      return `the receipt does not describe slice ${ps.number} of upload permit ${permit.id}`;
    }
    if (r.server !== this.identity.address || r.receiver !== receiver) return `the receipt credits ${r.server} for a copy to ${r.receiver}, not this node for one to ${receiver}`;
    const why = checkReceiptSignature(sr);
    if (why) return why;
    this.hold(sr);
    return undefined;
  }

  /**
   * The copy receipt (v 2) for a repair slice received whole and hash-checked: signed with this node's
   * P2P key and handed to the serving node, which forwards it to the meta nodes as a download receipt.
   */
  private sendCopyReceipt(url: string, permit: Permit, ps: PermitSlice, node: string): void {
    const signed = this.copyReceipt(permit, ps, node);
    void (async () => {
      for (let attempt = 0; attempt < 5 && !this.stopped; attempt++) {
        try {
          await this.d.http.json(url, "POST", "/v1/receipts", { receipts: [signed] }, { timeoutMs: this.d.peerTimeoutMs });
          return;
        } catch (e) {
          // 409 not_yet: the server writes its transfer log when the transfer closes there; send again
          if (e instanceof ProtocolError && e.status >= 400 && e.status < 500 && e.status !== 409) {
            this.log.warn(`copy receipt for slice ${ps.number} of ${permit.fileHash} refused by ${node}: ${e.message}`);
            return;
          }
          await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
        }
      }
      this.log.warn(`copy receipt for slice ${ps.number} of ${permit.fileHash} could not be handed to ${node}`);
    })();
  }

  // ---- heartbeats -----------------------------------------------------------------------------------

  /** POST /v1/nodes/heartbeat to every bonded meta node. */
  async heartbeat(): Promise<void> {
    if (this.dir.bondedMetas().length === 0) await this.dir.refresh();
    const s = this.store.stats();
    const body = { url: this.d.publicUrl, capacityBytes: this.d.capacityBytes, usedBytes: s.usedBytes };
    await Promise.all(
      this.dir.bondedMetas().map(async (m) => {
        try {
          await this.d.meta.heartbeat(m.url, body);
          this.heartbeats.set(m.address, { at: Date.now(), ok: true });
        } catch (e) {
          const prev = this.heartbeats.get(m.address);
          if (prev?.ok !== false) this.log.warn(`heartbeat to ${m.address} (${m.url}): ${(e as Error).message}`);
          this.heartbeats.set(m.address, { at: Date.now(), ok: false, error: (e as Error).message });
        }
      }),
    );
  }

  outboxSize(): number {
    return this.d.outbox.getCount();
  }
}
