// Proof of Traffic at a meta node (PROTOCOL.md "Proof of Traffic"): receipts handed in by serving
// resource nodes are verified and kept; once an epoch has closed, its deterministic reporter gathers
// the other meta nodes' receipts, proposes the report (volumes + Merkle root), each co-signer checks
// it against the receipts it holds before it BLS-signs, and the reporter submits MsgVolumeReport
// with floor(2M/3)+1 signatures. The next reporter steps in when one is down; the chain refuses an
// epoch at or below the last reported one, so no epoch is paid twice, and a report covers every
// epoch since the previous report, so none is skipped for ever.
//
// lmdb (store.pot):
//   rc/<epoch12>/<permit>/<slice6>   SignedReceipt accepted for that epoch (one per permit and slice;
//                                    a copy receipt's slot also names its receiver)
//   job/<epoch12>                    ReportJob of the epoch this node reports (survives kill -9)
// chain view (store.chain, written by the follower): vr/<epoch12> {reportReference, prev}, pot/last
import { createHash } from "node:crypto";
import { blsPublicKey, blsSign } from "../chain/crypto/bls.ts";
import { stratos } from "../proto/client.ts";
import type { MetaNodeConfig } from "./home.ts";
import type { Logger } from "./log.ts";
import { ProtocolError, type NodeIdentity, type PeerClient } from "./net.ts";
import {
  checkReceiptSignature,
  merkleProofs,
  merkleRoot,
  parseSignedReceipt,
  receiptLeaf,
  receiptSlot,
  sortLeaves,
  type SignedReceipt,
} from "./protocol/receipt.ts";
import type { ReplicatedRecords } from "./records.ts";
import { BONDED, type MetaStore } from "./store.ts";
import type { TxSender } from "./chain/txs.ts";
import { assembleVolumeReport, volumeReportDigest, type VolumeReportBody } from "./volume-report.ts";

const E12 = (e: number) => String(e).padStart(12, "0");
const bad = (m: string) => new ProtocolError(400, "bad_request", m);

/** The wire form of a proposal (bigints as decimal strings). */
export interface Proposal {
  epoch: number;
  /** The chain's last reported epoch: the report covers receipts of epochs (from, epoch]. */
  from: number;
  reporter: string;
  reporterOwner: string;
  reportReference: string;
  walletVolumes: { walletAddress: string; volume: string }[];
  count: number;
}

interface ReportJob {
  proposal: Proposal;
  /** meta address → BLS partial signature (hex pubKey, hex signature) */
  sigs: Record<string, { pubKey: string; signature: string }>;
  submitted?: { hash: string; code: number; at: number };
}

/** What a report over a receipt set is. */
export interface ComputedReport {
  root: string;
  count: number;
  /** per serving node, sorted */
  nodeBytes: Map<string, bigint>;
  walletVolumes: { walletAddress: string; volume: bigint }[];
}

export class Traffic {
  private readonly chargeCache = new Map<string, any>();
  private readonly fileCache = new Map<string, any>();
  /** receipts accepted whose lmdb put has not committed yet */
  private readonly pending = new Map<string, SignedReceipt>();
  private proofCache?: { epoch: number; root: string; keys: string[]; proofs: ReturnType<typeof merkleProofs>; receipts: SignedReceipt[] };
  /** Bumped whenever a receipt put has committed: a computed receipt set is current while it is unchanged. */
  private receiptsVersion = 0;
  /** The last receipt-derived part of compute() (the reporter asks for a peer's summary, then its signature). */
  private computed?: { from: number; to: number; version: number; root: string; count: number; nodeBytes: Map<string, bigint> };
  private lastAttempt = 0;

  constructor(
    private readonly store: MetaStore,
    private readonly records: ReplicatedRecords,
    private readonly id: NodeIdentity,
    private readonly cfg: MetaNodeConfig,
    private readonly log: Logger,
    private readonly txs: TxSender,
    private readonly wallet: string,
    private readonly peer: PeerClient,
    private readonly blsSecret: Uint8Array,
  ) {}

  // ---- epochs ------------------------------------------------------------------------------------

  epochOf(height: number): number {
    return Math.floor(Math.max(0, height - 1) / this.cfg.epochBlocks) + 1;
  }
  closeHeight(epoch: number): number {
    return epoch * this.cfg.epochBlocks + this.cfg.epochGraceBlocks;
  }
  /** The epoch permits issued now belong to. */
  currentEpoch(): number {
    return this.epochOf(this.store.cursor + 1);
  }
  /** The latest epoch whose receipts are closed at this node's chain height. */
  latestClosed(): number {
    return Math.floor(Math.max(0, this.store.cursor - this.cfg.epochGraceBlocks) / this.cfg.epochBlocks);
  }

  private bondedMetas() {
    return this.store.metaNodes().filter((m) => m.status === BONDED && !m.suspend);
  }

  /** Reporters of an epoch in order: the bonded meta nodes ranked by SHA-256(epoch ‖ address). */
  reporters(epoch: number): string[] {
    const r = (a: string) => createHash("sha256").update(`${epoch}\n${a}`).digest("hex");
    return this.bondedMetas()
      .map((m) => m.address)
      .sort((a, b) => (r(a) < r(b) ? -1 : 1));
  }

  // ---- receipts ----------------------------------------------------------------------------------

  /**
   * Checks one receipt and keeps it. `fresh`: handed in by its serving node (the epoch must still be
   * open); otherwise gathered from a peer meta node (taken while the epoch is unreported).
   */
  async accept(x: unknown, o: { sender?: string; fresh: boolean; writes?: Promise<unknown>[] }): Promise<{ ok: true; epoch: number; duplicate?: boolean } | { ok: false; reason: string; retry?: true }> {
    const sr = parseSignedReceipt(x);
    if (typeof sr === "string") return { ok: false, reason: sr };
    const r = sr.receipt;
    if (o.sender !== undefined && o.sender !== r.server) return { ok: false, reason: `receipts are handed in by their serving node ${r.server}, not by ${o.sender}` };
    const why = checkReceiptSignature(sr);
    if (why) return { ok: false, reason: why };
    if (!this.store.resourceNode(r.server)) return { ok: false, reason: `${r.server} is not a resource node on chain` };
    const ck = `c/${r.receiver}/${r.permit}`;
    let charge = this.chargeCache.get(ck);
    if (!charge) {
      charge = await this.records.get<any>(ck);
      if (charge) this.cacheSet(this.chargeCache, ck, charge);
    }
    if (r.v === 1 || r.v === 3) {
      // (retry: the charge may not have reached this meta node yet; the serving node sends it again shortly)
      if (!charge) return { ok: false, retry: true, reason: `permit ${r.permit} charged no ozone to ${r.receiver}: traffic counts only under a paid download permit` };
      if (charge.kind !== "download" || typeof charge.epoch !== "number") return { ok: false, reason: `permit ${r.permit} is not a download permit` };
      if (!(BigInt(charge.noz) > 0n)) return { ok: false, reason: `permit ${r.permit} was not charged` };
      if (r.v === 3) {
        // A relay receipt is the word of the gateway the charged wallet sent its signed request
        // through (recorded with the charge), about the holders the permit named — never about itself.
        if (charge.gateway !== r.gateway) return { ok: false, reason: `permit ${r.permit} was asked for by ${charge.gateway ?? "no gateway on record"}, not by ${r.gateway}: only that gateway's relay receipts count under it` };
        if (r.server === r.gateway) return { ok: false, reason: `gateway ${r.gateway} cannot sign a relay receipt for a slice it served itself` };
        if (!Array.isArray(charge.servers) || !charge.servers.includes(r.server)) return { ok: false, reason: `permit ${r.permit} does not name ${r.server} as a holder` };
      }
    } else {
      // A copy receipt counts only under an upload or repair permit a meta node issued for that
      // receiver and slice, naming the server as the sender (the record c/<receiver>/<permit> written
      // with the permit: an upload's gateway, a repair's sources).
      if (r.server === r.receiver) return { ok: false, reason: `${r.server} cannot sign a copy receipt for bytes it sent itself` };
      if (!charge) return { ok: false, retry: true, reason: `no meta node gave ${r.receiver} slices under permit ${r.permit}: copy traffic counts only under an upload or repair permit` };
      if ((charge.kind !== "repair" && charge.kind !== "upload") || typeof charge.epoch !== "number") return { ok: false, reason: `permit ${r.permit} is not an upload or repair permit` };
      const slices: number[] = charge.kind === "repair" ? [charge.slice] : Array.isArray(charge.slices) ? charge.slices : [];
      if (!slices.includes(r.slice)) return { ok: false, reason: `${charge.kind} permit ${r.permit} gives ${r.receiver} slice(s) ${slices.join(", ")}, not ${r.slice}` };
      if (!Array.isArray(charge.sources) || !charge.sources.includes(r.server)) return { ok: false, reason: `${charge.kind} permit ${r.permit} does not name ${r.server} as the sender` };
    }
    if (charge.fileHash !== r.file || charge.owner !== r.owner) return { ok: false, reason: `permit ${r.permit} is for sdm://${charge.owner}/${charge.fileHash}, not this file` };
    const fk = `f/${r.owner}/${r.file}`;
    let file = this.fileCache.get(fk);
    if (!file) {
      file = await this.records.get<any>(fk);
      if (file) this.cacheSet(this.fileCache, fk, file);
    }
    const slice = file?.slices?.find((s: any) => s.number === r.slice);
    if (!slice) return { ok: false, reason: `sdm://${r.owner}/${r.file} has no slice ${r.slice}` };
    if (slice.hash !== r.sliceHash) return { ok: false, reason: `slice ${r.slice} of ${r.file} is ${slice.hash}, not ${r.sliceHash}` };
    if (slice.size !== r.bytes) return { ok: false, reason: `slice ${r.slice} of ${r.file} has ${slice.size} bytes; the receipt counts ${r.bytes}` };
    const epoch: number = charge.epoch;
    const key = `rc/${E12(epoch)}/${receiptSlot(r)}`;
    const have: SignedReceipt | undefined = this.pending.get(key) ?? this.store.pot.get(key);
    if (have) {
      if (receiptLeaf(have).equals(receiptLeaf(sr))) return { ok: true, epoch, duplicate: true };
      return { ok: false, reason: `slice ${r.slice} of permit ${r.permit} has a receipt already: a permit pays each slice once` };
    }
    if (epoch <= this.store.lastReportedEpoch) return { ok: false, reason: `epoch ${epoch} of permit ${r.permit} is reported already` };
    if (o.fresh && this.store.cursor >= this.closeHeight(epoch)) return { ok: false, reason: `epoch ${epoch} of permit ${r.permit} closed at height ${this.closeHeight(epoch)}; receipts must be handed in before` };
    // A batch's puts go to lmdb together (one commit) when the caller collects them in `writes`;
    // awaited one by one every receipt would wait for its own commit. `pending` answers reads meanwhile.
    this.pending.set(key, sr);
    const w = this.store.pot.put(key, sr).finally(() => {
      this.receiptsVersion++;
      if (this.pending.get(key) === sr) this.pending.delete(key);
    });
    if (o.writes) o.writes.push(w);
    else await w;
    return { ok: true, epoch };
  }

  private cacheSet(m: Map<string, any>, k: string, v: any): void {
    if (m.size > 10_000) m.delete(m.keys().next().value!);
    m.set(k, v);
  }

  /** POST /v1/pot/receipts from a serving resource node. */
  async handIn(sender: string, body: any): Promise<{ accepted: number; duplicates: number; rejected: { index: number; reason: string; retry?: true }[] }> {
    if (!this.store.resourceNode(sender)) throw new ProtocolError(403, "forbidden", `${sender} is not a resource node on chain`);
    if (!Array.isArray(body?.receipts) || body.receipts.length > 2000) throw bad("receipts must be a list of at most 2000 signed receipts");
    let accepted = 0, duplicates = 0;
    const rejected: { index: number; reason: string; retry?: true }[] = [];
    const writes: Promise<unknown>[] = [];
    for (const [index, x] of (body.receipts as unknown[]).entries()) {
      const r = await this.accept(x, { sender, fresh: true, writes });
      if (!r.ok) {
        rejected.push({ index, reason: r.reason, ...(r.retry ? { retry: true as const } : {}) });
        this.log.warn(`receipt ${index} from ${sender} rejected: ${r.reason}`);
      } else if (r.duplicate) duplicates++;
      else accepted++;
    }
    await Promise.all(writes); // answered only once stored
    return { accepted, duplicates, rejected };
  }

  /** Receipts kept for epochs (from, to], in key order, a page at a time. */
  page(from: number, to: number, after: string, limit: number): { receipts: { key: string; r: SignedReceipt }[]; next: string | null } {
    const start = after ? after + "\u0000" : `rc/${E12(from + 1)}/`;
    const end = `rc/${E12(to)}/\uffff`;
    const out: { key: string; r: SignedReceipt }[] = [];
    for (const { key, value } of this.store.pot.getRange({ start, end })) {
      out.push({ key: key as string, r: value });
      if (out.length >= limit) break;
    }
    return { receipts: out, next: out.length >= limit ? out[out.length - 1]!.key : null };
  }

  private *range(from: number, to: number): Generator<SignedReceipt> {
    for (const { value } of this.store.pot.getRange({ start: `rc/${E12(from + 1)}/`, end: `rc/${E12(to)}/\uffff` })) yield value;
  }

  /** The report over the receipts this node holds for epochs (from, to]. */
  compute(from: number, to: number): ComputedReport {
    const c = this.computed;
    const { root, count, nodeBytes } = c && c.from === from && c.to === to && c.version === this.receiptsVersion ? c : this.computeReceipts(from, to);
    // owners are read each time: the chain view may have changed since the receipts were summed
    const byWallet = new Map<string, bigint>();
    for (const [node, b] of nodeBytes) {
      const owner = this.store.resourceNode(node)?.owner;
      if (owner) byWallet.set(owner, (byWallet.get(owner) ?? 0n) + b);
    }
    const walletVolumes = [...byWallet].sort(([a], [b]) => (a < b ? -1 : 1)).map(([walletAddress, volume]) => ({ walletAddress, volume }));
    return { root, count, nodeBytes: new Map(nodeBytes), walletVolumes };
  }

  private computeReceipts(from: number, to: number): NonNullable<Traffic["computed"]> {
    const version = this.receiptsVersion;
    const leaves: Buffer[] = [];
    const nodeBytes = new Map<string, bigint>();
    for (const sr of this.range(from, to)) {
      leaves.push(receiptLeaf(sr));
      nodeBytes.set(sr.receipt.server, (nodeBytes.get(sr.receipt.server) ?? 0n) + BigInt(sr.receipt.bytes));
    }
    this.computed = { from, to, version, root: merkleRoot(sortLeaves(leaves)), count: leaves.length, nodeBytes: new Map([...nodeBytes].sort(([a], [b]) => (a < b ? -1 : 1))) };
    return this.computed;
  }

  /** GET /v1/pot/receipts/summary: count and Merkle root of the receipts held for epochs (from, to]. */
  summary(from: number, to: number): { from: number; to: number; count: number; root: string } {
    if (to < from) throw bad("to must be ≥ from");
    const c = this.compute(from, to);
    return { from, to, count: c.count, root: c.root };
  }

  /** Pull a peer's receipts for (from, to] and take those that verify. */
  private async gather(url: string, from: number, to: number): Promise<number> {
    let after = "";
    let added = 0;
    for (;;) {
      const q = `/v1/pot/receipts?from=${from}&to=${to}&limit=1000${after ? `&after=${encodeURIComponent(after)}` : ""}`;
      const page = await this.peer.json<{ receipts: { key: string; r: unknown }[]; next: string | null }>(url, "GET", q, undefined, this.cfg.peerTimeoutMs * 3);
      const writes: Promise<unknown>[] = [];
      for (const { key, r } of page.receipts ?? []) {
        if (this.pending.has(key) || this.store.pot.get(key)) continue;
        const a = await this.accept(r, { fresh: false, writes });
        if (a.ok && !a.duplicate) added++;
      }
      await Promise.all(writes);
      if (!page.next) return added;
      after = page.next;
    }
  }

  // ---- co-signing --------------------------------------------------------------------------------

  private body(p: Proposal): VolumeReportBody {
    return { walletVolumes: p.walletVolumes.map((w) => ({ walletAddress: w.walletAddress, volume: BigInt(w.volume) })), reporter: p.reporter, reporterOwner: p.reporterOwner, epoch: BigInt(p.epoch), reportReference: p.reportReference };
  }

  private matches(p: Proposal, c: ComputedReport): boolean {
    return (
      p.reportReference === c.root &&
      p.count === c.count &&
      p.walletVolumes.length === c.walletVolumes.length &&
      p.walletVolumes.every((w, i) => w.walletAddress === c.walletVolumes[i]!.walletAddress && w.volume === c.walletVolumes[i]!.volume.toString())
    );
  }

  private checkProposal(x: any): Proposal {
    const p = x as Proposal;
    if (!Number.isSafeInteger(p?.epoch) || p.epoch < 1 || !Number.isSafeInteger(p.from) || p.from < 0 || p.from >= p.epoch) throw bad("a proposal names epoch > from ≥ 0");
    if (typeof p.reportReference !== "string" || !/^[0-9a-f]{64}$/.test(p.reportReference)) throw bad("reportReference must be 64 hex digits");
    if (!Number.isSafeInteger(p.count) || p.count < 1) throw bad("count must be positive");
    if (!Array.isArray(p.walletVolumes) || p.walletVolumes.some((w) => typeof w?.walletAddress !== "string" || typeof w.volume !== "string" || !/^\d+$/.test(w.volume))) throw bad("walletVolumes must be [{walletAddress, volume}]");
    if (typeof p.reporter !== "string" || typeof p.reporterOwner !== "string") throw bad("reporter and reporterOwner are required");
    return p;
  }

  /** POST /v1/pot/sign from the epoch's reporter: a BLS partial signature if the report is the one this node computes. */
  async cosign(sender: string, body: any): Promise<{ pubKey: string; signature: string }> {
    const p = this.checkProposal(body?.proposal);
    if (sender !== p.reporter) throw new ProtocolError(403, "forbidden", `${sender} proposes a report in the name of ${p.reporter}`);
    const m = this.store.metaNode(p.reporter);
    if (!m || m.owner !== p.reporterOwner) throw new ProtocolError(403, "forbidden", `${p.reporter} is not a meta node owned by ${p.reporterOwner}`);
    if (this.store.cursor < this.closeHeight(p.epoch)) throw new ProtocolError(409, "not_ready", `epoch ${p.epoch} is not closed here yet (height ${this.store.cursor} < ${this.closeHeight(p.epoch)})`);
    const last = this.store.lastReportedEpoch;
    if (p.from !== last) throw new ProtocolError(409, "stale", `the chain's last reported epoch is ${last} here, the proposal starts after ${p.from}`);
    const t0 = Date.now();
    let mine = this.compute(p.from, p.epoch);
    if (!this.matches(p, mine)) {
      // Receipts this node missed are taken from the reporter (each checked here); then compare again.
      await this.gather(m.url, p.from, p.epoch).catch((e) => this.log.warn(`receipts from reporter ${p.reporter}: ${(e as Error).message}`));
      mine = this.compute(p.from, p.epoch);
      if (!this.matches(p, mine)) {
        this.log.warn(`refusing to sign the report of epoch ${p.epoch} by ${p.reporter}: it has ${p.count} receipts, root ${p.reportReference}; this node ${mine.count}, root ${mine.root}`);
        throw new ProtocolError(409, "report_mismatch", `this meta node holds ${mine.count} receipts for epochs ${p.from + 1}..${p.epoch} with root ${mine.root}, not ${p.count} with root ${p.reportReference}`);
      }
    }
    const sig = blsSign(this.blsSecret, volumeReportDigest(this.body(p)));
    this.log.info(`co-signed the report of epoch ${p.epoch} by ${p.reporter} (${p.count} receipts, root ${p.reportReference}; checked in ${Date.now() - t0} ms)`);
    return { pubKey: Buffer.from(blsPublicKey(this.blsSecret)).toString("hex"), signature: Buffer.from(sig).toString("hex") };
  }

  // ---- reporting ---------------------------------------------------------------------------------

  /** One step of the reporting duty; called from maintenance. */
  async tick(): Promise<void> {
    const me = this.store.metaNode(this.id.address);
    if (!me || me.status !== BONDED || me.suspend) return;
    const last = this.store.lastReportedEpoch;
    // A job left by a crash: finish it if the chain has not moved on, else drop it.
    for (const { key, value } of this.store.pot.getRange({ start: "job/", end: "job0" })) {
      const job = value as ReportJob;
      if (job.proposal.epoch <= last || job.proposal.from !== last) {
        await this.store.pot.remove(key);
        this.log.info(`report job for epoch ${job.proposal.epoch} is done (the chain's last reported epoch is ${last})`);
      }
    }
    const target = this.latestClosed();
    if (target <= last) return;
    const rank = this.reporters(target).indexOf(this.id.address);
    if (rank < 0) return;
    if (this.store.cursor < this.closeHeight(target) + rank * this.cfg.reporterFailoverBlocks) return;
    if (Date.now() - this.lastAttempt < 2_000) return;
    this.lastAttempt = Date.now();
    await this.report(target, last);
  }

  private async report(epoch: number, from: number): Promise<void> {
    const jobKey = `job/${E12(epoch)}`;
    const peers = this.bondedMetas().filter((m) => m.address !== this.id.address && m.url);
    let job: ReportJob | undefined = this.store.pot.get(jobKey);
    // Durations go to the log lines below: where an epoch's end-to-commit time goes (bench/pot-e2e.ts).
    const t0 = Date.now();
    const resumed = job !== undefined;
    let gathered = 0;
    let same = 0;
    if (!job) {
      // Pull the receipts of every peer whose set differs from this node's. The peers summarise their
      // sets (count + root) in parallel while this node computes its own; an equal root is the same set.
      const asked = peers.map((m) =>
        this.peer.json<{ count: number; root: string }>(m.url, "GET", `/v1/pot/receipts/summary?from=${from}&to=${epoch}`, undefined, this.cfg.peerTimeoutMs * 3).catch(() => undefined),
      );
      await new Promise((r) => setTimeout(r, 20)); // let the requests go out before the synchronous compute
      const mine = this.compute(from, epoch);
      const answers = await Promise.all(asked);
      for (const [i, m] of peers.entries()) {
        const a = answers[i];
        if (a && a.count === mine.count && a.root === mine.root) {
          same++;
          continue;
        }
        gathered += await this.gather(m.url, from, epoch).catch((e) => (this.log.warn(`receipts from ${m.address}: ${(e as Error).message}`), 0));
      }
    }
    const t1 = Date.now();
    const c = this.compute(from, epoch);
    const t2 = Date.now();
    if (c.count === 0 || c.walletVolumes.length === 0) return; // nothing moved: no report (pot refuses a zero report)
    const proposal: Proposal = { epoch, from, reporter: this.id.address, reporterOwner: this.wallet, reportReference: c.root, walletVolumes: c.walletVolumes.map((w) => ({ walletAddress: w.walletAddress, volume: w.volume.toString() })), count: c.count };
    if (!job || job.proposal.reportReference !== proposal.reportReference || job.proposal.from !== from) {
      job = { proposal, sigs: {} };
      this.log.info(`reporting epoch ${epoch} (epochs ${from + 1}..${epoch}): ${c.count} receipts, root ${c.root}, volumes ${proposal.walletVolumes.map((w) => `${w.walletAddress}=${w.volume}`).join(", ")} (${resumed ? "resumed" : `${same} of ${peers.length} peers hold the same set, gathered ${gathered} new from the others`}; ${t1 - t0} ms, then computed in ${t2 - t1} ms)`);
    }
    const body = this.body(job.proposal);
    job.sigs[this.id.address] = { pubKey: Buffer.from(blsPublicKey(this.blsSecret)).toString("hex"), signature: Buffer.from(blsSign(this.blsSecret, volumeReportDigest(body))).toString("hex") };
    await this.store.pot.put(jobKey, job);
    const need = Math.floor((2 * this.bondedMetas().length) / 3) + 1;
    // Every co-signer checks the report against its own receipts: asked all at once, they check in parallel.
    const j = job;
    await Promise.all(
      peers
        .filter((m) => !j.sigs[m.address])
        .map(async (m) => {
          const ts = Date.now();
          try {
            const s = await this.peer.json<{ pubKey: string; signature: string }>(m.url, "POST", "/v1/pot/sign", { proposal: j.proposal }, this.cfg.peerTimeoutMs * 3);
            if (typeof s?.pubKey !== "string" || typeof s.signature !== "string") throw new Error("malformed answer");
            j.sigs[m.address] = { pubKey: s.pubKey, signature: s.signature };
            await this.store.pot.put(jobKey, j); // a restart keeps what it collected
            this.log.info(`epoch ${epoch}: signature ${Object.keys(j.sigs).length}/${need} from ${m.address} in ${Date.now() - ts} ms`);
          } catch (e) {
            this.log.warn(`epoch ${epoch}: ${m.address} did not co-sign: ${(e as Error).message}`);
          }
        }),
    );
    const n = Object.keys(job.sigs).length;
    if (n < need) {
      this.log.warn(`epoch ${epoch}: ${n} of ${need} signatures; will retry`);
      return;
    }
    if (this.store.lastReportedEpoch >= epoch) return;
    const parts = Object.keys(job.sigs)
      .sort()
      .map((a) => ({ pubKey: new Uint8Array(Buffer.from(job!.sigs[a]!.pubKey, "hex")), signature: new Uint8Array(Buffer.from(job!.sigs[a]!.signature, "hex")) }));
    const msg = assembleVolumeReport(body, parts);
    const tb = Date.now();
    const r = await this.txs.send([{ typeUrl: msg.typeUrl, value: stratos.pot.v1.MsgVolumeReport.encode(msg.value).finish() }]);
    job.submitted = { hash: r.hash, code: r.code, at: Date.now() };
    await this.store.pot.put(jobKey, job);
    if (r.code !== 0) this.log.warn(`MsgVolumeReport epoch ${epoch}: code ${r.code}: ${r.log}`);
    else this.log.info(`MsgVolumeReport epoch ${epoch} committed in block ${r.height} (${n} signatures, tx ${r.hash}; broadcast to commit ${Date.now() - tb} ms)`);
  }

  // ---- audit and status --------------------------------------------------------------------------

  /** A reported epoch's receipts with Merkle proofs against the chain's report_reference. */
  audit(epoch: number, after: number, limit: number): any {
    const vr = this.store.volumeReport(epoch);
    if (!vr) throw new ProtocolError(404, "not_found", `the chain has no volume report for epoch ${epoch} (as far as this meta node has followed it, height ${this.store.cursor})`);
    if (!this.proofCache || this.proofCache.epoch !== epoch) {
      const receipts = [...this.range(vr.prev, epoch)];
      const withLeaf = receipts.map((r) => ({ r, leaf: receiptLeaf(r) })).sort((a, b) => Buffer.compare(a.leaf, b.leaf));
      const sorted = withLeaf.map((x) => x.leaf);
      this.proofCache = { epoch, root: merkleRoot(sorted), keys: [], proofs: merkleProofs(sorted), receipts: withLeaf.map((x) => x.r) };
    }
    const pc = this.proofCache;
    if (pc.root !== vr.reportReference) {
      throw new ProtocolError(409, "report_mismatch", `this meta node's ${pc.receipts.length} receipts for epochs ${vr.prev + 1}..${epoch} have root ${pc.root}, the chain's report_reference is ${vr.reportReference}; ask another meta node`);
    }
    const items = pc.receipts.slice(after, after + limit).map((r, i) => ({ index: after + i, receipt: r, proof: pc.proofs[after + i] }));
    return { epoch, from: vr.prev, reportReference: vr.reportReference, total: pc.receipts.length, items, next: after + limit < pc.receipts.length ? after + limit : null };
  }

  /** Traffic of one resource node: this epoch so far and every reported epoch (GET /v1/pot/nodes/:address). */
  nodeTraffic(node: string): any {
    const cur = this.currentEpoch();
    const per = new Map<number, { bytes: bigint; receipts: number }>();
    for (const { key, value } of this.store.pot.getRange({ start: "rc/", end: "rc0" })) {
      if ((value as SignedReceipt).receipt.server !== node) continue;
      const e = Number((key as string).split("/")[1]);
      const x = per.get(e) ?? { bytes: 0n, receipts: 0 };
      x.bytes += BigInt((value as SignedReceipt).receipt.bytes);
      x.receipts++;
      per.set(e, x);
    }
    const reports = this.store.volumeReports();
    const reportOf = (e: number) => reports.find((r) => r.prev < e && e <= r.epoch);
    return {
      node,
      epochBlocks: this.cfg.epochBlocks,
      currentEpoch: cur,
      height: this.store.cursor,
      thisEpoch: { epoch: cur, bytes: (per.get(cur)?.bytes ?? 0n).toString(), receipts: per.get(cur)?.receipts ?? 0 },
      epochs: [...per]
        .sort(([a], [b]) => a - b)
        .map(([epoch, x]) => ({ epoch, bytes: x.bytes.toString(), receipts: x.receipts, reportedIn: reportOf(epoch)?.epoch ?? null })),
      reports: reports.map((r) => ({ epoch: r.epoch, from: r.prev, reportReference: r.reportReference, height: r.height })),
    };
  }

  status(): any {
    return { epochBlocks: this.cfg.epochBlocks, currentEpoch: this.currentEpoch(), latestClosed: this.latestClosed(), lastReported: this.store.lastReportedEpoch, reporters: this.reporters(this.latestClosed()) };
  }
}
