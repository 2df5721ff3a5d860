// The meta node's lmdb: what it learned from the chain (with the block cursor, written in the same
// transaction so a block is applied exactly once across crashes) and the replicated records of the
// file index and ozone ledger (one partition of them, see ring.ts and records.ts).
import { open, type Database, type RootDatabase } from "lmdb";

export interface MetaNodeInfo {
  address: string;
  pubkey: string;
  owner: string;
  status: number;
  suspend: boolean;
  url: string;
  tokens: string;
  /** Hex BLS public key registered on chain ("" or absent: none, so it cannot co-sign volume reports). */
  blsPubKey?: string;
}

export interface ResourceNodeInfo {
  address: string;
  pubkey: string;
  owner: string;
  status: number;
  suspend: boolean;
  tokens: string;
  effective: string;
  url: string;
}

export const BONDED = 3;
export const UNBONDING = 2;

/** A replicated record: last writer wins by (v, w); val null is a tombstone. */
export interface StoredRecord<T = any> {
  v: number;
  w: string;
  val: T | null;
}

/** Copy records live under the receiving node's partition; charges under a wallet's (st1…). */
const COPY_PREFIX = "c/stsds1";
export const isCopyRecord = (key: string) => key.startsWith(COPY_PREFIX);
/** A copy record that can no longer be used: its epoch is reported. */
const deadCopy = (rec: StoredRecord, lastReported: number) => rec.val !== null && typeof rec.val?.epoch === "number" && rec.val.epoch <= lastReported;

export const newer = (a: StoredRecord, b: StoredRecord | undefined) => !b || a.v > b.v || (a.v === b.v && a.w > b.w);

export class MetaStore {
  private readonly env: RootDatabase;
  readonly state: Database<any, string>;
  readonly chain: Database<any, string>;
  readonly records: Database<StoredRecord, string>;
  readonly hints: Database<number, string>;
  /** Proof of Traffic: accepted receipts, report jobs, co-signed reports (meta-node/traffic.ts). */
  readonly pot: Database<any, string>;

  constructor(path: string) {
    this.env = open({ path, compression: false });
    this.state = this.env.openDB({ name: "state", encoding: "json" });
    this.chain = this.env.openDB({ name: "chain", encoding: "json" });
    this.records = this.env.openDB({ name: "records", encoding: "json" });
    this.hints = this.env.openDB({ name: "hints", encoding: "json" });
    this.pot = this.env.openDB({ name: "pot", encoding: "json" });
  }

  transaction<T>(fn: () => T): T {
    return this.env.transactionSync(fn);
  }

  get cursor(): number {
    return this.state.get("cursor") ?? 0;
  }

  /** pot's last distributed epoch as seen in EventVolumeReport (0 before the first report). */
  get lastReportedEpoch(): number {
    return this.chain.get("pot/last") ?? 0;
  }

  /** The chain's report of an epoch, if it took one. */
  volumeReport(epoch: number): { epoch: number; reportReference: string; prev: number; height: number } | undefined {
    return this.chain.get(`vr/${String(epoch).padStart(12, "0")}`);
  }

  volumeReports(): { epoch: number; reportReference: string; prev: number; height: number }[] {
    return [...this.chain.getRange({ start: "vr/", end: "vr0" })].map((e) => e.value);
  }

  metaNodes(): MetaNodeInfo[] {
    return [...this.chain.getRange({ start: "mn/", end: "mn0" })].map((e) => e.value);
  }

  resourceNodes(): ResourceNodeInfo[] {
    return [...this.chain.getRange({ start: "rn/", end: "rn0" })].map((e) => e.value);
  }

  metaNode(addr: string): MetaNodeInfo | undefined {
    return this.chain.get(`mn/${addr}`);
  }

  resourceNode(addr: string): ResourceNodeInfo | undefined {
    return this.chain.get(`rn/${addr}`);
  }

  purchased(wallet: string): bigint {
    return BigInt(this.chain.get(`pp/${wallet}`) ?? "0");
  }

  /** Height at which the chain recorded MsgFileUpload of (fileHash, uploader), if it did. */
  fileConfirmed(fileHash: string, uploader: string): number | undefined {
    return this.chain.get(`fu/${fileHash}/${uploader}`);
  }

  dirtyAddresses(): string[] {
    return [...this.chain.getRange({ start: "dirty/", end: "dirty0" })].map((e) => e.key.slice(6));
  }

  /** Applies replicated records, keeping the newer of each; returns how many changed. */
  applyRecords(recs: { key: string; rec: StoredRecord }[]): number {
    let changed = 0;
    this.transaction(() => {
      const last = this.lastReportedEpoch;
      for (const { key, rec } of recs) {
        // A copy record of a reported epoch is dead everywhere: a peer's replica, hint or read repair
        // must not bring back what pruneCopyRecords removed.
        if (isCopyRecord(key) && deadCopy(rec, last)) continue;
        if (newer(rec, this.records.get(key))) {
          this.records.putSync(key, rec);
          changed++;
        }
      }
    });
    return changed;
  }

  /**
   * Removes the upload/repair copy records (`c/<stsds1…>/<permitId>`, traffic.ts) whose epoch is
   * reported (≤ `lastReported`): no meta node counts a receipt of a reported epoch any more, so they
   * can no longer be used. Call inside the transaction that raises pot/last (the chain follower's
   * block), so a crash leaves either both or neither. Returns how many were removed.
   */
  pruneCopyRecords(lastReported: number): number {
    let n = 0;
    for (const { key, value } of this.records.getRange({ start: COPY_PREFIX, end: COPY_PREFIX + "\uffff" })) {
      if (value.val !== null && !deadCopy(value, lastReported)) continue;
      this.records.removeSync(key as string);
      n++;
    }
    return n;
  }

  localRange(prefix: string): { key: string; rec: StoredRecord }[] {
    return [...this.records.getRange({ start: prefix, end: prefix + "\uffff" })].map((e) => ({ key: e.key, rec: e.value }));
  }

  allRecordKeys(): string[] {
    return [...this.records.getKeys({})] as string[];
  }

  close(): Promise<void> {
    return this.env.close();
  }
}
