// The replicated record layer behind the file index and the ozone ledger.
//
// Keys look like `<type>/<partition>/…` (e.g. `f/<owner>/<fileHash>`, `c/<wallet>/<permitId>`);
// the partition (second segment) picks the responsible meta nodes on the hash ring. Any meta node
// may coordinate a request: it writes each record to every responsible node (itself included when
// it is one) and needs min(2, R) acknowledgements, so one meta node down loses nothing. Writes a peer
// missed are kept as hints (in lmdb) and pushed when it answers again; when the meta-node set
// changes every record is pushed to its new owners. Reads ask every responsible node, need min(2, R)
// answers (so they overlap every acknowledged write) and keep the newest version of each key (last writer wins by (version, writer); records that must never
// conflict — charges, holders — get keys of their own).
import { HashRing } from "./ring.ts";
import { isUnreachable, PeerClient, type NodeIdentity } from "./net.ts";
import { newer, type MetaStore, type StoredRecord } from "./store.ts";
import type { Logger } from "./log.ts";

export const partitionOf = (key: string) => key.split("/")[1] ?? "";

export class Unavailable extends Error {}

export interface Peer {
  address: string;
  url: string;
}

export class ReplicatedRecords {
  private clock = 0;
  private ring = new HashRing([]);
  private peers = new Map<string, string>();
  /** Peers that failed recently: skipped as primaries and for reads until this time (ms). */
  private downUntil = new Map<string, number>();

  constructor(
    private readonly store: MetaStore,
    private readonly id: NodeIdentity,
    private readonly log: Logger,
    private readonly peer: PeerClient,
    private readonly timeoutMs: number,
  ) {
    this.clock = store.state.get("clock") ?? 0;
  }

  /** Sets the bonded meta-node set (from the chain); returns true when it changed. */
  setMembers(members: Peer[]): boolean {
    const before = this.ring.members.join(",");
    this.peers = new Map(members.map((m) => [m.address, m.url]));
    this.ring = new HashRing(members.map((m) => m.address));
    const changed = before !== this.ring.members.join(",");
    if (changed && before !== "") this.rebalance();
    return changed;
  }

  get members(): readonly string[] {
    return this.ring.members;
  }

  owners(partition: string): string[] {
    return this.ring.owners(partition);
  }

  ranking(key: string): string[] {
    return this.ring.ranking(key);
  }

  isUp(addr: string): boolean {
    return addr === this.id.address || (this.downUntil.get(addr) ?? 0) <= Date.now();
  }

  markDown(addr: string): void {
    this.downUntil.set(addr, Date.now() + 5_000);
  }

  markUp(addr: string): void {
    this.downUntil.delete(addr);
  }

  /** The first responsible node believed up: the one that runs a partition's background work. */
  primary(partition: string): string | undefined {
    return this.owners(partition).find((a) => this.isUp(a));
  }

  urlOf(addr: string): string | undefined {
    return this.peers.get(addr);
  }

  private nextVersion(): number {
    this.clock = Math.max(this.clock + 1, Date.now());
    this.store.state.putSync("clock", this.clock);
    return this.clock;
  }

  observe(v: number): void {
    if (v > this.clock) this.clock = v;
  }

  /** Applies records sent by a peer (POST /v1/meta/replicate). */
  receive(recs: { key: string; rec: StoredRecord }[]): number {
    for (const r of recs) this.observe(r.rec.v);
    return this.store.applyRecords(recs);
  }

  /** Writes records (val null deletes) to their responsible nodes. */
  async put(writes: { key: string; val: unknown }[]): Promise<void> {
    if (writes.length === 0) return;
    const recs = writes.map((w) => ({ key: w.key, rec: { v: this.nextVersion(), w: this.id.address, val: w.val ?? null } as StoredRecord }));
    const byNode = new Map<string, { key: string; rec: StoredRecord }[]>();
    for (const r of recs) {
      const owners = this.owners(partitionOf(r.key));
      if (owners.length === 0) throw new Unavailable("no bonded meta node is known yet (is the chain followed?)");
      for (const o of owners) byNode.set(o, [...(byNode.get(o) ?? []), r]);
    }
    const acks = new Map<string, number>();
    await Promise.all(
      [...byNode].map(async ([node, list]) => {
        let ok = false;
        if (node === this.id.address) {
          this.store.applyRecords(list);
          ok = true;
        } else {
          ok = await this.sendTo(node, list);
          if (!ok) this.store.transaction(() => list.forEach((r) => this.store.hints.putSync(`${node}\n${r.key}`, 1)));
        }
        if (ok) for (const r of list) acks.set(r.key, (acks.get(r.key) ?? 0) + 1);
      }),
    );
    for (const r of recs) {
      const need = Math.min(2, this.owners(partitionOf(r.key)).length);
      if ((acks.get(r.key) ?? 0) < need) throw new Unavailable(`only ${acks.get(r.key) ?? 0} of ${need} meta nodes stored ${r.key.split("/")[0]} records; try again shortly`);
    }
  }

  private async sendTo(node: string, list: { key: string; rec: StoredRecord }[]): Promise<boolean> {
    const url = this.peers.get(node);
    if (!url) return false;
    try {
      await this.peer.json(url, "POST", "/v1/meta/replicate", { records: list }, this.timeoutMs);
      this.markUp(node);
      return true;
    } catch (e) {
      if (isUnreachable(e)) this.markDown(node);
      else this.log.warn(`replicate to ${node}: ${(e as Error).message}`);
    }
    return false;
  }

  /** Every record under `prefix` (which starts with `<type>/<partition>/`), merged from the responsible nodes. */
  async range(prefix: string): Promise<Map<string, StoredRecord>> {
    const owners = this.owners(partitionOf(prefix));
    const merged = new Map<string, StoredRecord>();
    const add = (key: string, rec: StoredRecord) => {
      if (newer(rec, merged.get(key))) merged.set(key, rec);
    };
    let answered = 0;
    const selfOwner = owners.includes(this.id.address);
    if (selfOwner) {
      for (const { key, rec } of this.store.localRange(prefix)) add(key, rec);
      answered++;
    }
    await Promise.all(
      owners
        .filter((o) => o !== this.id.address && this.peers.has(o))
        .map(async (o) => {
          try {
            const body = await this.peer.json(this.peers.get(o)!, "GET", `/v1/meta/records?prefix=${encodeURIComponent(prefix)}`, undefined, this.timeoutMs);
            this.markUp(o);
            for (const { key, rec } of body?.records ?? []) if (typeof key === "string" && key.startsWith(prefix)) add(key, rec);
            answered++;
          } catch (e) {
            if (isUnreachable(e)) this.markDown(o);
            else this.log.warn(`read ${prefix} from ${o}: ${(e as Error).message}`);
          }
        }),
    );
    // A write is acknowledged by min(2, R) owners, so a read must hear as many: any two answers among
    // three owners include one that holds every acknowledged write (one answer alone may be a node
    // that was down while a charge was written, and would undercount a wallet's spending).
    const need = Math.min(2, owners.length);
    if (answered < need) {
      throw new Unavailable(`only ${answered} of the ${owners.length} meta nodes holding ${prefix.split("/")[0]}/${partitionOf(prefix)} answered (${need} needed); try again shortly`);
    }
    if (selfOwner) {
      // Read repair: keep what a peer had newer.
      const local = new Map(this.store.localRange(prefix).map((x) => [x.key, x.rec]));
      const fresher = [...merged].filter(([k, rec]) => newer(rec, local.get(k))).map(([key, rec]) => ({ key, rec }));
      if (fresher.length) this.store.applyRecords(fresher);
    }
    return merged;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const m = await this.range(key);
    const r = m.get(key);
    return r && r.val !== null ? (r.val as T) : undefined;
  }

  /** Live values (tombstones dropped) under a prefix. */
  async values<T>(prefix: string): Promise<{ key: string; val: T }[]> {
    const m = await this.range(prefix);
    return [...m].filter(([, r]) => r.val !== null).map(([key, r]) => ({ key, val: r.val as T })).sort((a, b) => (a.key < b.key ? -1 : 1));
  }

  /** Asks every peer for its status, so primaries are chosen among meta nodes that answer. */
  async probePeers(): Promise<void> {
    await Promise.all(
      [...this.peers].filter(([a]) => a !== this.id.address).map(async ([addr, url]) => {
        try {
          await this.peer.json(url, "GET", "/v1/status", undefined, Math.min(this.timeoutMs, 3_000));
          this.markUp(addr);
        } catch {
          this.markDown(addr);
        }
      }),
    );
  }

  /** Pushes hinted records to peers that answer again. */
  async flushHints(): Promise<void> {
    const byPeer = new Map<string, string[]>();
    for (const k of this.store.hints.getKeys({}) as Iterable<string>) {
      const [peer, key] = k.split("\n");
      byPeer.set(peer, [...(byPeer.get(peer) ?? []), key]);
    }
    for (const [peer, keys] of byPeer) {
      if (!this.peers.has(peer)) {
        if (!this.ring.members.includes(peer)) this.store.transaction(() => keys.forEach((k) => this.store.hints.removeSync(`${peer}\n${k}`)));
        continue;
      }
      for (let i = 0; i < keys.length; i += 500) {
        const chunk = keys.slice(i, i + 500);
        const list = chunk.map((key) => ({ key, rec: this.store.records.get(key)! })).filter((x) => x.rec);
        if (await this.sendTo(peer, list)) this.store.transaction(() => chunk.forEach((k) => this.store.hints.removeSync(`${peer}\n${k}`)));
        else break;
      }
    }
  }

  /** After a change of the meta-node set: every local record goes (as hints) to its current owners. */
  rebalance(): void {
    this.store.transaction(() => {
      for (const key of this.store.allRecordKeys()) {
        for (const o of this.owners(partitionOf(key))) if (o !== this.id.address) this.store.hints.putSync(`${o}\n${key}`, 1);
      }
    });
    this.log.info(`meta-node set is now ${this.ring.members.length} nodes; records queued for their owners`);
  }

  hintCount(): number {
    return this.store.hints.getKeysCount({});
  }
}
