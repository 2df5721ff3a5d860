// What a meta node decides: liveness of resource nodes, placement, permits, the file index, ozone,
// shares, repair and the chain reports (MsgFileUpload, MsgUpdateEffectiveDeposit).
//
// Records (records.ts; the second key segment is the ring partition):
//   f/<owner>/<fileHash>                      FileRecord (LWW; deleted files keep their generation)
//   h/<owner>/<fileHash>/<slice6>/<node>      a holder of a slice (one record per holder: no lost updates)
//   d/<owner>/<fileHash>/<slice6>/<node>      a destination a permit (upload or repair) gave that slice to:
//                                             only such a node may report it stored (and so become a holder)
//   c/<wallet>/<permitId>                     an ozone charge (immutable: charged once per permit id)
//   s/<owner>/<shareId>                       ShareRecord;  k/<shareLink> → {owner, shareId}
//   r/<sliceHash>/<owner>/<fileHash>          who references a slice (deletes never drop another owner's bytes)
import { createHash, randomBytes } from "node:crypto";
import { isValidFileHash, parseCid } from "../chain/crypto/cid.ts";
import { ACCOUNT_PREFIX, fromBech32 } from "../chain/crypto/bech32.ts";
import type { MetaNodeConfig } from "./home.ts";
import type { Logger } from "./log.ts";
import { derivedId, isUnreachable, ProtocolError, randomId, signPermit, type NodeIdentity, type PeerClient, type Permit, type PermitSlice, type SignedPermit } from "./net.ts";
import { Unavailable, type ReplicatedRecords } from "./records.ts";
import { BONDED, UNBONDING, type MetaStore, type ResourceNodeInfo } from "./store.ts";
import { checkReqTime, verifyWalletSig, walletMessages } from "./wallet-check.ts";
import { msgs, type TxSender } from "./chain/txs.ts";
import type { Evidence, EvidenceCase } from "./evidence.ts";

export const FileState = { UNKNOWN: 0, UPLOADING: 1, FAILED: 2, FINISHED: 3, CONFIRMING: 4 } as const;
export const stateNames = ["UNKNOWN", "UPLOADING", "FAILED", "FINISHED", "CONFIRMING"];

export interface SliceInfo {
  number: number;
  hash: string;
  size: number;
}

export interface FileRecord {
  owner: string;
  fileHash: string;
  fileSize: string;
  sliceSize: number;
  name: string;
  slices: SliceInfo[];
  desired: number;
  permitId: string;
  noz: string;
  gen: number;
  createdAt: number;
  complete: boolean;
  deleted?: boolean;
}

/** What a download charge also records, so any meta node can check that permit's traffic receipts (traffic.ts). */
export interface ChargeExtra {
  kind: "download";
  owner: string;
  epoch: number;
  /** The resource node that asked for the permit: the only one whose relay receipts (v 3) count under it. */
  gateway?: string;
  /** The holders the permit names (sorted): a relay receipt may credit only one of them. */
  servers?: string[];
}

export interface ShareRecord {
  shareId: string;
  shareLink: string;
  owner: string;
  fileHash: string;
  fileName: string;
  fileSize: string;
  password: string;
  createdAt: number;
  expiresAt: number;
  stopped?: boolean;
}

interface Liveness {
  lastSeen: number;
  url: string;
  capacityBytes: number;
  usedBytes: number;
}

const bad = (message: string) => new ProtocolError(400, "bad_request", message);
const pad = (n: number) => String(n).padStart(6, "0");
const rank = (seed: string, node: string) => createHash("sha256").update(`${seed}\n${node}`).digest("hex");

function checkWallet(w: unknown, what: string): string {
  if (typeof w !== "string") throw bad(`${what} must be an st1… wallet address`);
  try {
    fromBech32(w, ACCOUNT_PREFIX);
  } catch {
    throw bad(`${what} ${JSON.stringify(w)} is not an st1… wallet address`);
  }
  return w;
}

function checkFileHash(h: unknown): string {
  if (typeof h !== "string" || !isValidFileHash(h)) throw bad(`fileHash ${JSON.stringify(h)} is not a Stratos file hash (CIDv1, Keccak-256 multihash, base32hex 'v…')`);
  return h;
}

export class MetaService {
  private readonly live = new Map<string, Liveness>();
  private readonly startedAt = Date.now();
  /** Repairs in flight: slice key → until (ms), so one slice is not copied twice at once. */
  private readonly repairing = new Map<string, number>();
  /** Last MsgFileUpload attempt per file (ms). */
  private readonly reported = new Map<string, number>();
  private readonly effectiveSent = new Map<string, number>();
  /** (slice hash, node) pairs reported bad recently: not chosen as a repair destination of that slice for a while. */
  private readonly badCopies = new Map<string, number>();
  /** The Proof-of-Traffic epoch a download permit issued now belongs to (set by the daemon). */
  epochNow?: () => number;
  /** Slashing from evidence (set by the daemon; without it a bad copy is dropped and repaired unexamined). */
  evidence?: Evidence;

  constructor(
    private readonly store: MetaStore,
    private readonly records: ReplicatedRecords,
    private readonly id: NodeIdentity,
    private readonly cfg: MetaNodeConfig,
    private readonly log: Logger,
    private readonly txs: TxSender,
    private readonly wallet: string,
    private readonly peer: PeerClient,
  ) {}

  // ---- resource nodes ----------------------------------------------------------------------------

  heartbeat(node: string, body: any): { ok: true; livenessTimeoutMs: number } {
    const rn = this.store.resourceNode(node);
    if (!rn) throw new ProtocolError(403, "forbidden", `${node} is not a resource node on chain: register it (resource-node register) first`);
    const url = typeof body?.url === "string" && /^https?:\/\/[^/]+$/.test(body.url) ? body.url : "";
    this.live.set(node, { lastSeen: Date.now(), url, capacityBytes: Number(body?.capacityBytes) || 0, usedBytes: Number(body?.usedBytes) || 0 });
    return { ok: true, livenessTimeoutMs: this.cfg.livenessTimeoutMs };
  }

  /** Heartbeat within the liveness timeout. */
  isLive(node: string, now = Date.now()): boolean {
    const l = this.live.get(node);
    return !!l && now - l.lastSeen <= this.cfg.livenessTimeoutMs;
  }

  /** Silent for longer than the timeout (a restarted meta node first waits one timeout before judging). */
  isDead(node: string, now = Date.now()): boolean {
    const seen = Math.max(this.live.get(node)?.lastSeen ?? 0, this.startedAt);
    return now - seen > this.cfg.livenessTimeoutMs;
  }

  nodeUrl(node: string): string {
    const rn = this.store.resourceNode(node);
    return this.live.get(node)?.url || rn?.url || "";
  }

  private eligible(rn: ResourceNodeInfo): boolean {
    return rn.status === BONDED && !rn.suspend && BigInt(rn.effective) > 0n;
  }

  /** Live nodes that may receive slices. */
  eligibleNodes(): string[] {
    return this.store.resourceNodes().filter((rn) => this.eligible(rn) && this.isLive(rn.address) && this.nodeUrl(rn.address)).map((rn) => rn.address);
  }

  /** A holder that counts as a replica: not dead, not leaving. */
  private counts(node: string): boolean {
    const rn = this.store.resourceNode(node);
    return !!rn && rn.status === BONDED && !this.isDead(node);
  }

  /** A holder that can serve bytes (an unbonding node still serves). */
  private canServe(node: string): boolean {
    const rn = this.store.resourceNode(node);
    return !!rn && (rn.status === BONDED || rn.status === UNBONDING) && !this.isDead(node);
  }

  resourceNodeStatus() {
    const now = Date.now();
    return this.store.resourceNodes().map((rn) => ({
      address: rn.address,
      url: this.nodeUrl(rn.address),
      status: ["unspecified", "unbonded", "unbonding", "bonded"][rn.status] ?? String(rn.status),
      suspend: rn.suspend,
      deposit: rn.tokens,
      effectiveDeposit: rn.effective,
      live: this.isLive(rn.address, now),
      lastHeartbeatMsAgo: this.live.has(rn.address) ? now - this.live.get(rn.address)!.lastSeen : null,
      eligible: this.eligible(rn) && this.isLive(rn.address, now),
    }));
  }

  // ---- ozone -------------------------------------------------------------------------------------

  async ozone(wallet: string): Promise<{ wallet: string; purchased: string; charged: string; balance: string; sequence: string }> {
    checkWallet(wallet, "wallet");
    const charges = await this.records.values<{ noz: string }>(`c/${wallet}/`);
    const charged = charges.reduce((s, c) => s + BigInt(c.val.noz), 0n);
    const purchased = this.store.purchased(wallet);
    return { wallet, purchased: purchased.toString(), charged: charged.toString(), balance: (purchased - charged).toString(), sequence: String(charges.length) };
  }

  /**
   * Charges `noz` to `wallet` once per permit id. The balance check and the write are made by the first
   * live owner of the wallet's partition, one charge at a time per wallet, so two meta nodes serving the
   * same wallet at once cannot both spend the same ozone. (While owners disagree on who is up, e.g. for
   * a few seconds after one dies, two could still decide at once: the window is the failure detector's.)
   */
  async chargeOnce(wallet: string, permitId: string, noz: bigint, what: string, fileHash: string, extra?: ChargeExtra): Promise<void> {
    if (noz === 0n) return;
    let lastError: unknown;
    for (const owner of this.records.owners(wallet).filter((a) => this.records.isUp(a))) {
      if (owner === this.id.address) return this.chargeHere(wallet, permitId, noz, what, fileHash, extra);
      const url = this.records.urlOf(owner);
      if (!url) continue;
      try {
        await this.peer.json(url, "POST", "/v1/meta/charge", { wallet, permitId, noz: noz.toString(), what, fileHash, ...(extra ? { extra } : {}) }, this.cfg.peerTimeoutMs);
        return;
      } catch (e) {
        if (!isUnreachable(e)) throw e; // the deciding node's answer (e.g. 402 insufficient_ozone) is the answer
        this.records.markDown(owner);
        lastError = e;
      }
    }
    throw new Unavailable(`no meta node holding the ozone account of ${wallet} answered${lastError ? ` (${(lastError as Error).message})` : ""}; try again shortly`);
  }

  private readonly walletQueues = new Map<string, Promise<void>>();

  /** The deciding side of chargeOnce (also POST /v1/meta/charge from a peer): serialised per wallet. */
  async chargeHere(wallet: string, permitId: string, noz: bigint, what: string, fileHash: string, extra?: ChargeExtra): Promise<void> {
    const previous = this.walletQueues.get(wallet) ?? Promise.resolve();
    const mine = previous.catch(() => undefined).then(async () => this.records.put(await this.charge(wallet, permitId, noz, what, fileHash, extra ?? {})));
    this.walletQueues.set(wallet, mine);
    try {
      await mine;
    } finally {
      if (this.walletQueues.get(wallet) === mine) this.walletQueues.delete(wallet);
    }
  }

  /** POST /v1/meta/charge: a peer asks this node (the wallet partition's first live owner) to decide a charge. */
  async chargeForPeer(body: any): Promise<{ ok: true }> {
    const wallet = checkWallet(body?.wallet, "wallet");
    if (typeof body.permitId !== "string" || !/^[0-9a-f]{1,64}$/.test(body.permitId)) throw bad("permitId must be hex");
    if (typeof body.noz !== "string" || !/^\d{1,40}$/.test(body.noz)) throw bad("noz must be a decimal string");
    if (typeof body.what !== "string" || body.what.length > 200) throw bad("what must be a short string");
    const fileHash = checkFileHash(body.fileHash);
    let extra: ChargeExtra | undefined;
    if (body.extra !== undefined) {
      const x = body.extra;
      if (x?.kind !== "download" || !Number.isSafeInteger(x.epoch) || x.epoch < 0) throw bad("extra must be {kind: \"download\", owner, epoch, gateway?, servers?}");
      const sds = (v: unknown) => typeof v === "string" && /^stsds1[02-9ac-hj-np-z]{20,90}$/.test(v);
      if (x.gateway !== undefined && !sds(x.gateway)) throw bad("extra.gateway must be an stsds1… address");
      if (x.servers !== undefined && (!Array.isArray(x.servers) || x.servers.length > 1000 || !x.servers.every(sds))) throw bad("extra.servers must be a list of stsds1… addresses");
      extra = { kind: "download", owner: checkWallet(x.owner, "extra.owner"), epoch: x.epoch, ...(x.gateway !== undefined ? { gateway: x.gateway, servers: x.servers ?? [] } : {}) };
    }
    await this.chargeHere(wallet, body.permitId, BigInt(body.noz), body.what, fileHash, extra);
    return { ok: true };
  }

  private async charge(wallet: string, permitId: string, noz: bigint, what: string, fileHash: string, extra: ChargeExtra | Record<string, never> = {}): Promise<{ key: string; val: unknown }[]> {
    const existing = await this.records.get(`c/${wallet}/${permitId}`);
    if (existing) return [];
    if (noz === 0n) return [];
    const o = await this.ozone(wallet);
    const balance = BigInt(o.balance);
    if (balance < noz) {
      const missing = noz - balance;
      throw new ProtocolError(
        402,
        "insufficient_ozone",
        `${what} needs ${noz} noz of ozone but wallet ${wallet} has ${balance < 0n ? 0n : balance} noz (prepaid ${o.purchased}, used ${o.charged}): ${missing} noz missing. ` +
          `Prepay ozone first, e.g. 'resource-node prepay <amount>' or 'stratos-chain tx sds prepay <key> <amount>' (1 noz pays for 1 byte moved).`,
      );
    }
    return [{ key: `c/${wallet}/${permitId}`, val: { noz: noz.toString(), what, fileHash, at: Date.now(), ...extra } }];
  }

  // ---- files -------------------------------------------------------------------------------------

  private async fileAndHolders(owner: string, fileHash: string): Promise<{ file?: FileRecord; holders: Map<number, string[]> }> {
    const recs = await this.records.range(`f/${owner}/${fileHash}`);
    const fr = recs.get(`f/${owner}/${fileHash}`);
    const file = fr?.val ? (fr.val as FileRecord) : undefined;
    const holders = new Map<number, string[]>();
    if (file && !file.deleted) {
      for (const h of await this.records.values<{ node: string; gen: number }>(`h/${owner}/${fileHash}/`)) {
        if (h.val.gen !== file.gen) continue;
        const n = Number(h.key.split("/")[3]);
        holders.set(n, [...(holders.get(n) ?? []), h.val.node]);
      }
    }
    return { file, holders };
  }

  private fileState(file: FileRecord | undefined): number {
    if (!file || file.deleted) return FileState.UNKNOWN;
    if (!file.complete) return FileState.UPLOADING;
    return this.store.fileConfirmed(file.fileHash, file.owner) !== undefined ? FileState.FINISHED : FileState.CONFIRMING;
  }

  private checkSlices(fileSize: bigint, sliceSize: number, slices: unknown): SliceInfo[] {
    if (!Array.isArray(slices)) throw bad("slices must be a list of {number, hash, size}");
    const n = fileSize === 0n ? 0 : Number((fileSize + BigInt(sliceSize) - 1n) / BigInt(sliceSize));
    if (slices.length !== n) throw bad(`a ${fileSize}-byte file in ${sliceSize}-byte slices has ${n} slices, got ${slices.length}`);
    return slices.map((s: any, i) => {
      const number = i + 1;
      const size = Number(BigInt(Math.min(Number(fileSize - BigInt(i) * BigInt(sliceSize)), sliceSize)));
      if (s?.number !== number) throw bad(`slices[${i}].number must be ${number}`);
      if (s.size !== size) throw bad(`slice ${number} must be ${size} bytes, got ${s.size}`);
      if (typeof s.hash !== "string") throw bad(`slice ${number} has no hash`);
      try {
        parseCid(s.hash);
      } catch {
        throw bad(`slice ${number} hash ${JSON.stringify(s.hash)} is not a Stratos slice hash`);
      }
      return { number, hash: s.hash, size };
    });
  }

  /** Chooses `want` distinct destinations per slice among `nodes`, keeping existing holders first. */
  private place(slices: SliceInfo[], nodes: string[], want: number, holders: Map<number, string[]>): PermitSlice[] {
    return slices.map((s) => {
      const have = (holders.get(s.number) ?? []).filter((h) => this.counts(h));
      const more = nodes.filter((n) => !have.includes(n)).sort((a, b) => (rank(s.hash, a) < rank(s.hash, b) ? -1 : 1));
      const dest = [...have, ...more].slice(0, Math.max(want, Math.min(have.length, want)));
      return { number: s.number, hash: s.hash, size: s.size, nodes: dest };
    });
  }

  private permit(p: Omit<Permit, "v" | "meta" | "issuedAt" | "expiresAt">): SignedPermit {
    const now = Date.now();
    return signPermit({ v: 1, meta: this.id.address, ...p, issuedAt: now, expiresAt: now + this.cfg.permitTtlMs } as Permit, this.id);
  }

  /** `gateway`: the resource node asking (it sends the replicas, and is credited for them by their copy receipts). */
  async uploadPermit(body: any, gateway?: string): Promise<any> {
    const owner = checkWallet(body?.owner, "owner");
    const fileHash = checkFileHash(body.fileHash);
    if (typeof body.fileSize !== "string" && typeof body.fileSize !== "number") throw bad("fileSize must be a decimal string");
    if (!/^\d+$/.test(String(body.fileSize))) throw bad("fileSize must be a non-negative integer");
    const fileSize = BigInt(String(body.fileSize));
    const sliceSize = body.sliceSize;
    if (!Number.isInteger(sliceSize) || sliceSize < 1 || sliceSize > this.cfg.maxSliceSize) throw bad(`sliceSize must be an integer from 1 to ${this.cfg.maxSliceSize}`);
    const requested = body.replicas === undefined || body.replicas === null ? this.cfg.defaultReplicas : body.replicas;
    if (!Number.isInteger(requested) || requested < 1 || requested > 16) throw bad("replicas must be an integer from 1 to 16");
    const name = typeof body.name === "string" ? body.name.slice(0, 512) : "";
    const slices = this.checkSlices(fileSize, sliceSize, body.slices);
    checkReqTime(body.reqTime);
    verifyWalletSig(owner, walletMessages.upload(fileHash, owner, String(body.sequence ?? ""), body.reqTime), body.walletSig);

    const exclude = Array.isArray(body.excludeNodes) ? new Set(body.excludeNodes.filter((x: unknown) => typeof x === "string")) : new Set<string>();
    const { file: existing, holders } = await this.fileAndHolders(owner, fileHash);
    if (existing && !existing.deleted && existing.complete) {
      return { state: "exists", fileHash, owner, fileState: this.fileState(existing), stateName: stateNames[this.fileState(existing)] };
    }
    // Destinations the gateway could not reach are avoided when others can take the slices.
    const all = this.eligibleNodes();
    const preferred = all.filter((n) => !exclude.has(n));
    const nodes = preferred.length > 0 ? preferred : all;
    const sameLayout = existing && !existing.deleted && existing.fileSize === fileSize.toString() && existing.sliceSize === sliceSize && existing.slices.every((s, i) => s.hash === slices[i].hash);
    let file: FileRecord;
    const writes: { key: string; val: unknown }[] = [];
    let what = "this upload";
    if (sameLayout) {
      file = existing!; // a retried upload: same permit id, so nothing is charged again
    } else {
      if (fileSize > 0n && nodes.length === 0) throw new ProtocolError(503, "no_resource_nodes", "no live resource node can take slices right now; try again when resource nodes are up (meta-node status shows them)");
      const desired = Math.max(1, Math.min(requested, nodes.length));
      const gen = existing ? existing.gen + 1 : 0;
      const permitId = derivedId("upload", owner, fileHash, fileSize.toString(), String(gen));
      const noz = fileSize * BigInt(desired);
      what = `uploading ${fileSize} bytes × ${desired} replicas`;
      file = { owner, fileHash, fileSize: fileSize.toString(), sliceSize, name, slices, desired, permitId, noz: noz.toString(), gen, createdAt: Date.now(), complete: slices.length === 0 };
      writes.push({ key: `f/${owner}/${fileHash}`, val: file });
      for (const s of slices) writes.push({ key: `r/${s.hash}/${owner}/${fileHash}`, val: { gen } });
    }
    if (!sameLayout) holders.clear();
    for (const [n, list] of holders) holders.set(n, list.filter((h) => !exclude.has(h)));
    const placed = this.place(file.slices, nodes, file.desired, holders);
    const missing = placed.find((p) => p.nodes.length === 0);
    // Before anything is written: no charge for a permit that cannot be issued.
    if (missing) throw new ProtocolError(503, "no_resource_nodes", `no live resource node can take slice ${missing.number}; try again shortly`);
    writes.push(...placed.flatMap((p) => p.nodes.map((n) => this.destination(owner, fileHash, p.number, n, file.gen))));
    // Per destination, the record under which its copy receipts count for the gateway (traffic.ts);
    // the permit's ozone is charged to the owner just below, once.
    if (gateway) {
      const epoch = this.epochNow?.() ?? 0;
      const byDest = new Map<string, number[]>();
      for (const p of placed) for (const n of p.nodes) if (n !== gateway) byDest.set(n, [...(byDest.get(n) ?? []), p.number]);
      for (const [dest, numbers] of byDest) {
        writes.push({ key: `c/${dest}/${file.permitId}`, val: { kind: "upload", noz: "0", what: `upload copies of ${numbers.length} slices`, fileHash, owner, slices: numbers, sources: [gateway], epoch, at: Date.now() } });
      }
    }
    await this.chargeOnce(owner, file.permitId, BigInt(file.noz), what, fileHash);
    await this.records.put(writes);
    if (file.complete) void this.reportUpload(file);
    const permit = this.permit({ kind: "upload", id: file.permitId, fileHash, fileSize: file.fileSize, sliceSize: file.sliceSize, owner, payer: owner, slices: placed, noz: file.noz });
    this.log.info(`upload permit ${file.permitId} ${fileHash} (${file.fileSize} B, ${file.slices.length} slices × ${file.desired}) for ${owner}`);
    return { permit, replicas: file.desired, state: stateNames[this.fileState(file)] };
  }

  private destination(owner: string, fileHash: string, sliceNumber: number, node: string, gen: number): { key: string; val: unknown } {
    return { key: `d/${owner}/${fileHash}/${pad(sliceNumber)}/${node}`, val: { gen } };
  }

  async sliceStored(node: string, body: any): Promise<any> {
    const rn = this.store.resourceNode(node);
    if (!rn) throw new ProtocolError(403, "forbidden", `${node} is not a resource node on chain`);
    const owner = checkWallet(body?.owner, "owner");
    const fileHash = checkFileHash(body.fileHash);
    const number = body.sliceNumber;
    const { file, holders } = await this.fileAndHolders(owner, fileHash);
    if (!file || file.deleted) throw new ProtocolError(404, "not_found", `no upload of ${fileHash} by ${owner} is known`);
    const slice = file.slices.find((s) => s.number === number);
    if (!slice) throw bad(`${fileHash} has no slice ${JSON.stringify(number)}`);
    if (body.sliceHash !== slice.hash) throw new ProtocolError(409, "hash_mismatch", `slice ${number} of ${fileHash} is ${slice.hash}, not ${body.sliceHash}`);
    if (body.size !== undefined && body.size !== slice.size) throw new ProtocolError(409, "hash_mismatch", `slice ${number} has ${slice.size} bytes, not ${body.size}`);
    const list = holders.get(number) ?? [];
    if (!list.includes(node)) {
      // A node holds a slice only if a permit sent it there: a registered node cannot claim (and later
      // be paid for serving) slices nobody gave it.
      const dest = await this.records.get<{ gen: number }>(`d/${owner}/${fileHash}/${pad(number)}/${node}`);
      if (!dest || dest.gen !== file.gen) {
        throw new ProtocolError(403, "not_a_destination", `no upload or repair permit sent slice ${number} of ${fileHash} to ${node}; it cannot report it stored`);
      }
      await this.records.put([{ key: `h/${owner}/${fileHash}/${pad(number)}/${node}`, val: { node, gen: file.gen, at: Date.now() } }]);
      list.push(node);
      holders.set(number, list);
    }
    this.repairing.delete(`${owner}/${fileHash}/${number}/${node}`);
    // The last reports of an upload arrive together (at several meta nodes): each read the holders
    // before the others' writes, so none would see the file complete and it would wait for the next
    // maintenance pass. Reading again after our own write closes that race: of two concurrent
    // reports, the later read sees both writes (quorum reads overlap every acknowledged write).
    await this.checkComplete(file, file.complete || this.allSlicesHeld(file, holders) ? holders : (await this.fileAndHolders(owner, fileHash)).holders);
    return { ok: true, replicas: list.filter((h) => this.counts(h)).length };
  }

  /** Every slice reported by `desired` distinct nodes (liveness is repair's business, not completion's). */
  private allSlicesHeld(file: FileRecord, holders: Map<number, string[]>): boolean {
    return file.slices.every((s) => new Set(holders.get(s.number) ?? []).size >= file.desired);
  }

  private async checkComplete(file: FileRecord, holders: Map<number, string[]>): Promise<void> {
    if (file.complete || !this.allSlicesHeld(file, holders)) return;
    const next = { ...file, complete: true };
    await this.records.put([{ key: `f/${file.owner}/${file.fileHash}`, val: next }]);
    this.log.info(`file ${file.fileHash} of ${file.owner} has all ${file.slices.length} slices at ${file.desired} replicas: CONFIRMING`);
    void this.reportUpload(next);
  }

  /** MsgFileUpload for a complete file (the chain's EventFileUpload then makes it FINISHED). */
  private async reportUpload(file: FileRecord): Promise<void> {
    const key = `${file.owner}/${file.fileHash}`;
    const last = this.reported.get(key) ?? 0;
    if (Date.now() - last < 30_000) return;
    this.reported.set(key, Date.now());
    try {
      const r = await this.txs.send([msgs.fileUpload(file.fileHash, this.wallet, this.id.address, file.owner)]);
      if (r.code !== 0) this.log.warn(`MsgFileUpload ${file.fileHash} failed: code ${r.code}: ${r.log}`);
      else this.log.info(`MsgFileUpload ${file.fileHash} in block ${r.height} (tx ${r.hash})`);
    } catch (e) {
      this.log.warn(`MsgFileUpload ${file.fileHash}: ${(e as Error).message}`);
    }
  }

  async fileStatus(fileHash: string, owner: string): Promise<any> {
    checkFileHash(fileHash);
    checkWallet(owner, "owner");
    const { file, holders } = await this.fileAndHolders(owner, fileHash);
    const state = this.fileState(file);
    if (!file || file.deleted) return { fileHash, owner, state, stateName: stateNames[state], desired: 0, replicas: [] };
    return {
      fileHash,
      owner,
      name: file.name,
      fileSize: file.fileSize,
      sliceSize: file.sliceSize,
      state,
      stateName: stateNames[state],
      desired: file.desired,
      replicas: file.slices.map((s) => (holders.get(s.number) ?? []).filter((h) => this.counts(h)).length),
      slices: file.slices.map((s) => ({ ...s, holders: holders.get(s.number) ?? [] })),
      confirmedHeight: this.store.fileConfirmed(fileHash, owner) ?? null,
      createdAt: file.createdAt,
      /** the upload permit (its copy receipts credit the uploading gateway) */
      permitId: file.permitId,
    };
  }

  // ---- shares ------------------------------------------------------------------------------------

  private async resolveShare(shareLink: unknown, password: unknown): Promise<ShareRecord> {
    if (typeof shareLink !== "string" || !/^[A-Za-z0-9_-]{4,64}$/.test(shareLink)) throw bad("shareLink must be the link's id (letters, digits, - and _)");
    const idx = await this.records.get<{ owner: string; shareId: string }>(`k/${shareLink}`);
    const share = idx && (await this.records.get<ShareRecord>(`s/${idx.owner}/${idx.shareId}`));
    if (!share || share.stopped) throw new ProtocolError(404, "not_found", `share link ${shareLink} does not exist or was stopped`);
    if (share.expiresAt && share.expiresAt < Date.now()) throw new ProtocolError(410, "expired", `share link ${shareLink} expired at ${new Date(share.expiresAt).toISOString()}`);
    if (share.password && share.password !== password) throw new ProtocolError(403, "forbidden", `share link ${shareLink} needs its password`);
    return share;
  }

  async shareCreate(body: any): Promise<any> {
    const owner = checkWallet(body?.owner, "owner");
    const fileHash = checkFileHash(body.fileHash);
    const duration = body.duration ?? 0;
    if (!Number.isInteger(duration) || duration < 0) throw bad("duration must be a whole number of seconds (0 = no expiry)");
    checkReqTime(body.reqTime);
    verifyWalletSig(owner, walletMessages.share(fileHash, owner, body.reqTime), body.walletSig);
    const { file } = await this.fileAndHolders(owner, fileHash);
    if (!file || file.deleted) throw new ProtocolError(404, "not_found", `${owner} has no file ${fileHash}`);
    const shareId = randomBytes(8).toString("hex");
    const shareLink = randomBytes(12).toString("base64url");
    const password = body.private ? randomBytes(3).toString("hex") : "";
    const share: ShareRecord = { shareId, shareLink, owner, fileHash, fileName: file.name, fileSize: file.fileSize, password, createdAt: Date.now(), expiresAt: duration ? Date.now() + duration * 1000 : 0 };
    await this.records.put([
      { key: `s/${owner}/${shareId}`, val: share },
      { key: `k/${shareLink}`, val: { owner, shareId } },
    ]);
    return { shareId, shareLink, password, expiresAt: share.expiresAt };
  }

  async shareList(body: any): Promise<any> {
    const owner = checkWallet(body?.owner, "owner");
    checkReqTime(body.reqTime);
    verifyWalletSig(owner, walletMessages.listShare(owner, body.reqTime), body.walletSig);
    const shares = (await this.records.values<ShareRecord>(`s/${owner}/`)).map((s) => s.val).filter((s) => !s.stopped);
    return { shares };
  }

  async shareStop(body: any): Promise<any> {
    const owner = checkWallet(body?.owner, "owner");
    if (typeof body.shareId !== "string") throw bad("shareId is required");
    checkReqTime(body.reqTime);
    verifyWalletSig(owner, walletMessages.stopShare(body.shareId, owner, body.reqTime), body.walletSig);
    const share = await this.records.get<ShareRecord>(`s/${owner}/${body.shareId}`);
    if (!share) throw new ProtocolError(404, "not_found", `${owner} has no share ${body.shareId}`);
    await this.records.put([
      { key: `s/${owner}/${body.shareId}`, val: { ...share, stopped: true } },
      { key: `k/${share.shareLink}`, val: null },
    ]);
    return { ok: true };
  }

  async shareResolve(body: any): Promise<any> {
    const s = await this.resolveShare(body?.shareLink, body?.password);
    return { shareId: s.shareId, shareLink: s.shareLink, owner: s.owner, fileHash: s.fileHash, fileName: s.fileName, fileSize: s.fileSize, expiresAt: s.expiresAt };
  }

  // ---- downloads, listing, deletion -------------------------------------------------------------

  /** `gateway`: the resource node asking (node auth); its relay receipts (v 3) count under this permit. */
  async downloadPermit(body: any, gateway?: string): Promise<any> {
    const wallet = checkWallet(body?.wallet, "wallet");
    checkReqTime(body.reqTime);
    let owner: string, fileHash: string;
    const share = body.shareLink !== undefined && body.shareLink !== null && body.shareLink !== "";
    if (share) {
      verifyWalletSig(wallet, walletMessages.getShared(String(body.shareLink), wallet, String(body.sequence ?? ""), body.reqTime), body.walletSig);
      const share = await this.resolveShare(body.shareLink, body.password);
      owner = share.owner;
      fileHash = share.fileHash;
      if (body.fileHash && body.fileHash !== fileHash) throw bad(`share link ${body.shareLink} is for ${fileHash}, not ${body.fileHash}`);
    } else {
      owner = checkWallet(body.owner, "owner");
      fileHash = checkFileHash(body.fileHash);
      verifyWalletSig(wallet, walletMessages.download(fileHash, wallet, String(body.sequence ?? ""), body.reqTime), body.walletSig);
      if (wallet !== owner) throw new ProtocolError(403, "forbidden", `sdm://${owner}/${fileHash} is private to its owner; ask the owner for a share link`);
    }
    const { file, holders } = await this.fileAndHolders(owner, fileHash);
    if (!file || file.deleted) throw new ProtocolError(404, "not_found", `no file sdm://${owner}/${fileHash}`);
    if (!file.complete) throw new ProtocolError(409, "not_ready", `sdm://${owner}/${fileHash} is still uploading (state UPLOADING); try again when it is stored`);
    // The id is derived from the wallet's signed request, so one signed request buys one permit: a
    // gateway replaying a client's request (within its req_time window) gets the same permit and
    // charge back, not a fresh charge whose traffic it could claim (PROTOCOL.md "Relay receipts").
    const signed = share ? walletMessages.getShared(String(body.shareLink), wallet, String(body.sequence ?? ""), body.reqTime) : walletMessages.download(fileHash, wallet, String(body.sequence ?? ""), body.reqTime);
    const permitId = derivedId("download", wallet, signed);
    const slices = file.slices.map((s) => {
      const hs = (holders.get(s.number) ?? []).filter((h) => this.canServe(h));
      hs.sort((a, b) => Number(this.isLive(b)) - Number(this.isLive(a)) || (rank(permitId + s.hash, a) < rank(permitId + s.hash, b) ? -1 : 1));
      return { number: s.number, hash: s.hash, size: s.size, nodes: hs };
    });
    const lost = slices.find((s) => s.nodes.length === 0);
    if (lost) throw new ProtocolError(503, "unavailable", `slice ${lost.number} of ${fileHash} has no reachable replica right now; it is being repaired, try again shortly`);
    const noz = BigInt(file.fileSize);
    // kind, owner and epoch let any meta node check the permit's traffic receipts (traffic.ts).
    const epoch = this.epochNow?.() ?? 0;
    const servers = [...new Set(slices.flatMap((s) => s.nodes))].sort();
    await this.chargeOnce(wallet, permitId, noz, `downloading ${file.fileSize} bytes`, fileHash, { kind: "download", owner, epoch, ...(gateway ? { gateway, servers } : {}) });
    const permit = this.permit({ kind: "download", id: permitId, fileHash, fileSize: file.fileSize, sliceSize: file.sliceSize, owner, payer: wallet, receiver: wallet, slices, noz: noz.toString() });
    return { permit, fileName: file.name, fileSize: file.fileSize, nodeUrls: Object.fromEntries([...new Set(slices.flatMap((s) => s.nodes))].map((n) => [n, this.nodeUrl(n)])) };
  }

  async list(body: any): Promise<any> {
    const owner = checkWallet(body?.owner, "owner");
    checkReqTime(body.reqTime);
    verifyWalletSig(owner, walletMessages.list(owner, body.reqTime), body.walletSig);
    const files = (await this.records.values<FileRecord>(`f/${owner}/`)).map((f) => f.val).filter((f) => !f.deleted);
    const holders = await this.records.values<{ node: string; gen: number }>(`h/${owner}/`);
    const out = files.map((f) => {
      const per = new Map<number, number>();
      for (const h of holders) {
        const [, , hash, n] = h.key.split("/");
        if (hash === f.fileHash && h.val.gen === f.gen && this.counts(h.val.node)) per.set(Number(n), (per.get(Number(n)) ?? 0) + 1);
      }
      const replicas = f.slices.length ? Math.min(...f.slices.map((s) => per.get(s.number) ?? 0)) : f.desired;
      const state = this.fileState(f);
      return { fileHash: f.fileHash, name: f.name, fileSize: f.fileSize, state, stateName: stateNames[state], replicas, desired: f.desired, createdAt: f.createdAt };
    });
    out.sort((a, b) => b.createdAt - a.createdAt || (a.fileHash < b.fileHash ? -1 : 1));
    const page = Number.isInteger(body.page) && body.page >= 0 ? body.page : 0;
    const size = 100;
    return { files: out.slice(page * size, (page + 1) * size), total: out.length, page };
  }

  async delete(body: any): Promise<any> {
    const owner = checkWallet(body?.owner, "owner");
    const fileHash = checkFileHash(body.fileHash);
    checkReqTime(body.reqTime);
    verifyWalletSig(owner, walletMessages.deleteFile(fileHash, owner, body.reqTime), body.walletSig);
    const { file, holders } = await this.fileAndHolders(owner, fileHash);
    if (!file || file.deleted) throw new ProtocolError(404, "not_found", `${owner} has no file ${fileHash}`);
    const writes: { key: string; val: unknown }[] = [{ key: `f/${owner}/${fileHash}`, val: { ...file, deleted: true, complete: false } }];
    for (const [n, list] of holders) for (const node of list) writes.push({ key: `h/${owner}/${fileHash}/${pad(n)}/${node}`, val: null });
    for (const s of file.slices) writes.push({ key: `r/${s.hash}/${owner}/${fileHash}`, val: null });
    await this.records.put(writes);
    // Free the bytes where no other owner's file uses the same slice.
    const perNode = new Map<string, string[]>();
    for (const s of file.slices) {
      const refs = await this.records.values(`r/${s.hash}/`).catch(() => [{}]);
      if (refs.length > 0) continue;
      for (const node of holders.get(s.number) ?? []) perNode.set(node, [...(perNode.get(node) ?? []), s.hash]);
    }
    for (const [node, sliceHashes] of perNode) {
      const url = this.nodeUrl(node);
      if (url) void this.peer.json(url, "POST", "/v1/slices/delete", { sliceHashes }, this.cfg.peerTimeoutMs).catch(() => undefined);
    }
    return { ok: true, fileHash };
  }

  async badSlice(reporter: string, body: any): Promise<any> {
    if (!this.store.resourceNode(reporter)) throw new ProtocolError(403, "forbidden", `${reporter} is not a resource node on chain`);
    const owner = checkWallet(body?.owner, "owner");
    const fileHash = checkFileHash(body.fileHash);
    const node = body.node;
    const { file, holders } = await this.fileAndHolders(owner, fileHash);
    if (!file || file.deleted) throw new ProtocolError(404, "not_found", `no file sdm://${owner}/${fileHash}`);
    const slice = file.slices.find((s) => s.number === body.sliceNumber);
    if (!slice) throw bad(`${fileHash} has no slice ${JSON.stringify(body.sliceNumber)}`);
    if (!(holders.get(slice.number) ?? []).includes(node)) return { ok: true, note: "not a holder any more" };
    this.badCopies.set(`${slice.hash}/${node}`, Date.now() + Math.max(5_000, this.cfg.livenessTimeoutMs));
    this.log.warn(`slice ${slice.number} of ${fileHash} on ${node} reported bad by ${reporter} (${String(body.reason ?? "").slice(0, 200)}): checking`);
    const c: EvidenceCase = { node, owner, fileHash, slice: slice.number, sliceHash: slice.hash };
    void this.settleBadCopy(c, reporter).catch((e) => this.log.warn(`bad copy of ${slice.hash} on ${node}: ${(e as Error).message}`));
    return { ok: true };
  }

  /**
   * The meta nodes read the suspect copy first (evidence.ts: a quorum that sees it fail slashes the
   * node), while the holder record still names it; then a failed copy is dropped and repaired, and one
   * that a meta node read intact is kept (the complaint was the reporter's own trouble).
   */
  private async settleBadCopy(c: EvidenceCase, reporter: string): Promise<void> {
    let outcome = "unproven";
    if (this.evidence) {
      try {
        outcome = (await this.evidence.suspect(c)).outcome;
      } catch (e) {
        this.log.warn(`evidence about ${c.sliceHash} on ${c.node}: ${(e as Error).message}`);
      }
    }
    if (outcome === "intact") {
      this.badCopies.delete(`${c.sliceHash}/${c.node}`);
      this.log.info(`slice ${c.slice} of ${c.fileHash} on ${c.node} was read intact by a meta node: kept`);
      return;
    }
    await this.records.put([{ key: `h/${c.owner}/${c.fileHash}/${pad(c.slice)}/${c.node}`, val: null }]);
    this.log.warn(`slice ${c.slice} of ${c.fileHash} on ${c.node}: ${outcome}; dropping that copy and repairing`);
    const url = this.nodeUrl(c.node);
    // The bad copy goes before the repair, so it can never be counted again as a good one.
    if (url && c.node !== reporter) await this.peer.json(url, "POST", "/v1/slices/delete", { sliceHashes: [c.sliceHash] }, this.cfg.peerTimeoutMs).catch(() => undefined);
    await this.repairFile(c.owner, c.fileHash);
  }

  /** For evidence.ts: the slice if the file index lists `node` as a holder of it now. */
  async heldSlice(c: EvidenceCase): Promise<{ slice: SliceInfo; fileSize: string; sliceSize: number } | undefined> {
    const { file, holders } = await this.fileAndHolders(c.owner, c.fileHash);
    const slice = file?.slices.find((s) => s.number === c.slice && s.hash === c.sliceHash);
    if (!file || !slice || !(holders.get(slice.number) ?? []).includes(c.node)) return undefined;
    return { slice, fileSize: file.fileSize, sliceSize: file.sliceSize };
  }

  // ---- repair and background work ----------------------------------------------------------------

  /** Brings every slice of one file back to its replica count (and completes an upload that got there). */
  async repairFile(owner: string, fileHash: string): Promise<number> {
    const { file, holders } = await this.fileAndHolders(owner, fileHash);
    if (!file || file.deleted) return 0;
    const nodes = this.eligibleNodes();
    let scheduled = 0;
    for (const s of file.slices) {
      const list = holders.get(s.number) ?? [];
      const counting = list.filter((h) => this.counts(h));
      const badNow = Date.now();
      const want = Math.min(file.desired, counting.length + nodes.filter((n) => !list.includes(n) && (this.badCopies.get(`${s.hash}/${n}`) ?? 0) <= badNow).length);
      if (counting.length >= want) continue;
      // An upload still under way fills its slices itself (the gateway retries failed destinations).
      if (!file.complete && Date.now() - file.createdAt < this.cfg.permitTtlMs && list.every((h) => this.counts(h))) continue;
      const sources = list.filter((h) => this.canServe(h)).sort((a, b) => Number(this.isLive(b)) - Number(this.isLive(a)));
      if (sources.length === 0) {
        this.log.warn(`slice ${s.number} of ${fileHash} (${owner}) has no live replica to copy from`);
        continue;
      }
      const now = Date.now();
      const inFlight = [...this.repairing].filter(([k, until]) => k.startsWith(`${owner}/${fileHash}/${s.number}/`) && until > now).map(([k]) => k.split("/").pop()!);
      const recentlyBad = (n: string) => (this.badCopies.get(`${s.hash}/${n}`) ?? 0) > now;
      const dests = nodes.filter((n) => !list.includes(n) && !inFlight.includes(n) && !recentlyBad(n)).sort((a, b) => (rank(s.hash, a) < rank(s.hash, b) ? -1 : 1)).slice(0, want - counting.length - inFlight.length);
      // The repair permit's record (c/<dest>/<permit>, no ozone) is what lets any meta node count the
      // destination's copy receipt for the source that served it (traffic.ts).
      const epoch = this.epochNow?.() ?? 0;
      const ids = new Map(dests.map((d) => [d, randomId()]));
      if (dests.length > 0)
        await this.records.put(
          dests.flatMap((dest) => [
            this.destination(owner, fileHash, s.number, dest, file.gen),
            { key: `c/${dest}/${ids.get(dest)}`, val: { kind: "repair", noz: "0", what: `repair copy of slice ${s.number}`, fileHash, owner, slice: s.number, sources, epoch, at: Date.now() } },
          ]),
        );
      for (const dest of dests) {
        const url = this.nodeUrl(dest);
        const permit = this.permit({ kind: "repair", id: ids.get(dest)!, fileHash, fileSize: file.fileSize, sliceSize: file.sliceSize, owner, payer: owner, receiver: dest, slices: [{ number: s.number, hash: s.hash, size: s.size, nodes: sources }], noz: "0" });
        // A repair that neither reports nor fails is retried after this window (with fresh holders).
        this.repairing.set(`${owner}/${fileHash}/${s.number}/${dest}`, now + Math.min(30_000, Math.max(5_000, 2 * this.cfg.livenessTimeoutMs)));
        scheduled++;
        try {
          await this.peer.json(url, "POST", "/v1/repair", { permit, owner, nodeUrls: Object.fromEntries(sources.map((n) => [n, this.nodeUrl(n)])) }, this.cfg.peerTimeoutMs * 3);
          this.log.info(`repair: slice ${s.number} of ${fileHash} → ${dest} (from ${sources[0]})`);
        } catch (e) {
          this.repairing.delete(`${owner}/${fileHash}/${s.number}/${dest}`);
          this.log.warn(`repair of slice ${s.number} of ${fileHash} to ${dest}: ${(e as Error).message}`);
        }
      }
    }
    await this.checkComplete(file, holders);
    if (file.complete && this.fileState(file) === FileState.CONFIRMING) void this.reportUpload(file);
    return scheduled;
  }

  /** One pass over the files this node is the primary for. */
  async maintain(): Promise<void> {
    const owners = new Set<string>();
    for (const { key } of this.store.localRange("f/")) owners.add(key.split("/")[1]);
    for (const owner of owners) {
      if (this.records.primary(owner) !== this.id.address) continue;
      for (const { key, rec } of this.store.localRange(`f/${owner}/`)) {
        const f = rec.val as FileRecord | null;
        if (!f || f.deleted) continue;
        try {
          await this.repairFile(owner, key.split("/")[2]);
        } catch (e) {
          if (!(e instanceof Unavailable)) this.log.warn(`maintenance of ${key}: ${(e as Error).message}`);
        }
      }
    }
    await this.effectiveDeposits();
  }

  /** MsgUpdateEffectiveDeposit for activated resource nodes, by the first meta node in the node's ring ranking (others step in later). */
  private async effectiveDeposits(): Promise<void> {
    const me = this.store.metaNode(this.id.address);
    if (!me || me.status !== BONDED || me.suspend) return;
    for (const rn of this.store.resourceNodes()) {
      if (rn.status !== BONDED) continue;
      const tokens = BigInt(rn.tokens), eff = BigInt(rn.effective);
      if (!(eff === 0n || (!rn.suspend && tokens > eff))) continue;
      if (tokens === 0n) continue;
      const rankIdx = this.records.ranking(rn.address).indexOf(this.id.address);
      if (rankIdx < 0) continue;
      const firstSeen = this.effectiveSent.get(`seen/${rn.address}`) ?? Date.now();
      this.effectiveSent.set(`seen/${rn.address}`, firstSeen);
      if (Date.now() - firstSeen < rankIdx * this.cfg.effectiveDepositStaggerMs) continue;
      if (Date.now() - (this.effectiveSent.get(rn.address) ?? 0) < 30_000) continue;
      this.effectiveSent.set(rn.address, Date.now());
      try {
        const r = await this.txs.send([msgs.updateEffectiveDeposit(this.id.address, this.wallet, rn.address, tokens.toString())]);
        if (r.code !== 0) this.log.warn(`MsgUpdateEffectiveDeposit ${rn.address}: code ${r.code}: ${r.log}`);
        else this.log.info(`effective deposit of ${rn.address} set to ${tokens} wei (block ${r.height})`);
      } catch (e) {
        this.log.warn(`MsgUpdateEffectiveDeposit ${rn.address}: ${(e as Error).message}`);
      }
    }
  }
}
