// Slashing from evidence (PROTOCOL.md "Slashing from evidence"): a resource node is slashed with
// MsgSlashingResourceNode only when a quorum (⌊2M/3⌋+1) of the bonded meta nodes each read the suspect
// copy themselves and got "missing" or "corrupt" — never on a gateway's or one meta node's word.
//
//   suspect   a bad-copy report reaches any meta node; it hands the case to the case's collector (bonded
//             meta nodes ranked by SHA-256(sliceHash ‖ node ‖ address); the next one if it is down).
//   observe   each bonded meta node checks in the file index that the node holds that slice, reads it with
//             an audit permit it signs for itself, and hashes what it got.
//   sign      the collector builds one tx (reporters = the observers that saw a failure, in address order);
//             each of them checks the message against its own observation before its wallet signs.
//   settle    the reporting meta node deletes and repairs a failed copy, and keeps one that was read intact.
// A node that does not answer at all is liveness's business (repair), not evidence: a partition never slashes.
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { TxBody, TxRaw, AuthInfo } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { sliceHash } from "../chain/crypto/cid.ts";
import type { RpcClient } from "../chain/cli/rpc.ts";
import { accountInfo } from "../chain/cli/tx.ts";
import { multiSignerTxParts, signDocBytes } from "../chain/keys/eth-signer.ts";
import type { Signer } from "../chain/keys/signer.ts";
import { stratos } from "../proto/client.ts";
import type { MetaNodeConfig } from "./home.ts";
import type { Logger } from "./log.ts";
import { derivedId, isUnreachable, ProtocolError, signPermit, type NodeIdentity, type PeerClient } from "./net.ts";
import { encodePermitHeader, NodeClient, readAll } from "./protocol/index.ts";
import type { SliceInfo } from "./service.ts";
import { BONDED, type MetaStore } from "./store.ts";

export interface EvidenceCase {
  node: string;
  owner: string;
  fileHash: string;
  slice: number;
  sliceHash: string;
}

export type ObservedResult = "missing" | "corrupt" | "intact";
export interface Observation {
  observer: string;
  observerOwner: string;
  result: ObservedResult;
  detail: string;
  /** the observer wallet's public key (Any, base64 value): the tx names it in AuthInfo */
  pubkey: { typeUrl: string; value: string };
}

/** slashed: on chain; failed: a quorum saw it fail but the tx did not land; intact: read intact by someone; unproven: neither. */
export type Outcome = "slashed" | "failed" | "intact" | "unproven";
export interface Decision {
  case: EvidenceCase;
  outcome: Outcome;
  reporters: string[];
  observations: { observer: string; result: string; detail: string }[];
  tx?: string;
  at: number;
}

/** A slice as the file index lists it for the suspect node. */
export interface HeldSlice {
  slice: SliceInfo;
  fileSize: string;
  sliceSize: number;
}

/** What evidence needs from the file index (MetaService). */
export interface SliceIndex {
  /** The slice if `node` is a current holder of it in the file index, with the file's layout. */
  heldSlice(c: EvidenceCase): Promise<HeldSlice | undefined>;
  nodeUrl(node: string): string;
}

const MSG_SLASHING = "/stratos.pot.v1.MsgSlashingResourceNode";
const GAS_BASE = 300_000n;
const GAS_PER_SIGNER = 60_000n;
const FAILURES: readonly string[] = ["missing", "corrupt"];
/** Observations, signatures and one tx commit. */
const DECIDE_TIMEOUT_MS = 120_000;

export const caseId = (c: EvidenceCase) => createHash("sha256").update(`${c.sliceHash}\n${c.node}`).digest("hex").slice(0, 32);

/** What a failed slice is slashed: its size in noz (the traffic it could not serve once). */
export const slashingNoz = (slice: SliceInfo) => BigInt(slice.size);

export function parseCase(x: any): EvidenceCase {
  const c = x?.case;
  const str = (k: string) => {
    if (typeof c?.[k] !== "string" || c[k].length === 0 || c[k].length > 200) throw new ProtocolError(400, "bad_request", `case.${k} must be a non-empty string`);
    return c[k] as string;
  };
  if (!Number.isSafeInteger(c?.slice) || c.slice < 1) throw new ProtocolError(400, "bad_request", "case.slice must be a slice number ≥ 1");
  return { node: str("node"), owner: str("owner"), fileHash: str("fileHash"), slice: c.slice, sliceHash: str("sliceHash") };
}

export class Evidence {
  private readonly observed = new Map<string, { result: ObservedResult; at: number }>();
  private readonly deciding = new Map<string, Promise<Decision>>();
  private readonly reader: NodeClient;
  private chainId?: string;

  constructor(
    private readonly store: MetaStore,
    private readonly index: SliceIndex,
    private readonly id: NodeIdentity,
    private readonly cfg: MetaNodeConfig,
    private readonly log: Logger,
    private readonly peer: PeerClient,
    private readonly rpc: RpcClient,
    private readonly wallet: Signer,
  ) {
    this.reader = new NodeClient({ identity: id, connectTimeoutMs: Math.min(3_000, cfg.peerTimeoutMs), idleTimeoutMs: cfg.peerTimeoutMs });
  }

  close(): void {
    this.reader.close();
  }

  private bondedMetas() {
    return this.store.metaNodes().filter((m) => m.status === BONDED && !m.suspend);
  }

  private quorum(): number {
    return Math.floor((2 * this.bondedMetas().length) / 3) + 1;
  }

  /** Collectors of a case in order. */
  collectors(c: EvidenceCase): string[] {
    const r = (a: string) => createHash("sha256").update(`${c.sliceHash}\n${c.node}\n${a}`).digest("hex");
    return this.bondedMetas()
      .map((m) => m.address)
      .sort((a, b) => (r(a) < r(b) ? -1 : 1));
  }

  /** A suspicion reached this node: the case's collector decides it (this node if it ranks first or the others are down). */
  async suspect(c: EvidenceCase): Promise<Decision> {
    for (const addr of this.collectors(c)) {
      if (addr === this.id.address) return this.decide(c);
      const url = this.store.metaNode(addr)?.url;
      if (!url) continue;
      try {
        return await this.peer.json<Decision>(url, "POST", "/v1/pot/evidence/case", { case: c }, DECIDE_TIMEOUT_MS);
      } catch (e) {
        // Only a collector that cannot be reached at all is passed over: one that is slow may still
        // decide, and asking the next one too could slash the node twice for one copy.
        if (!isUnreachable(e) || (e as ProtocolError).code !== "unavailable") throw e;
        this.log.warn(`evidence ${caseId(c)}: collector ${addr} unreachable, trying the next one`);
      }
    }
    return this.decide(c);
  }

  /** The collector's part; one decision per case (kept in lmdb, so a restart does not slash twice). */
  decide(c: EvidenceCase): Promise<Decision> {
    const key = `ev/${caseId(c)}`;
    const done = this.store.pot.get(key) as Decision | undefined;
    if (done) return Promise.resolve(done);
    let p = this.deciding.get(key);
    if (!p) {
      p = this.decideNow(c, key).finally(() => this.deciding.delete(key));
      this.deciding.set(key, p);
    }
    return p;
  }

  private async decideNow(c: EvidenceCase, key: string): Promise<Decision> {
    const metas = this.bondedMetas().filter((m) => m.url || m.address === this.id.address);
    // read once: this node's own observation and the slash amount use the same index entry
    const held = await this.index.heldSlice(c).catch(() => undefined);
    const answers = await Promise.all(
      metas.map(async (m) => {
        try {
          return m.address === this.id.address ? await this.observe(c, held) : await this.peer.json<Observation>(m.url, "POST", "/v1/pot/evidence/observe", { case: c }, this.cfg.peerTimeoutMs * 2);
        } catch (e) {
          return { observer: m.address, error: (e as Error).message };
        }
      }),
    );
    const obs = answers.filter((a): a is Observation => "result" in a && a.observer !== undefined);
    const observations = answers.map((a) => ("result" in a ? { observer: a.observer, result: a.result, detail: a.detail } : { observer: a.observer, result: "none", detail: a.error }));
    const failed = obs.filter((o) => FAILURES.includes(o.result)).sort((a, b) => (a.observer < b.observer ? -1 : 1));
    const need = this.quorum();
    let d: Decision = { case: c, outcome: "unproven", reporters: [], observations, at: Date.now() };
    if (obs.some((o) => o.result === "intact")) d = { ...d, outcome: "intact" };
    else if (failed.length >= need) d = await this.slash(c, held, failed, observations);
    this.log.info(`evidence ${caseId(c)} (slice ${c.slice} of ${c.fileHash} on ${c.node}): ${d.outcome}; ${observations.map((o) => `${o.observer}=${o.result}`).join(", ")}`);
    // A case with no answer from the node is not closed: the next suspicion looks again.
    if (d.outcome !== "unproven") await this.store.pot.put(key, d);
    return d;
  }

  /** Assemble MsgSlashingResourceNode signed by every failure observer's wallet; two tries (a signer's sequence may move). */
  private async slash(c: EvidenceCase, held: HeldSlice | undefined, failed: Observation[], observations: Decision["observations"]): Promise<Decision> {
    const rn = this.store.resourceNode(c.node);
    const base: Decision = { case: c, outcome: "failed", reporters: failed.map((o) => o.observer), observations, at: Date.now() };
    if (!held || !rn) return base;
    this.chainId ??= await this.rpc.chainId();
    const msg = stratos.pot.v1.MsgSlashingResourceNode.create({
      reporters: failed.map((o) => o.observer),
      reporterOwner: failed.map((o) => o.observerOwner),
      networkAddress: c.node,
      walletAddress: rn.owner,
      slashing: slashingNoz(held.slice).toString(),
      suspend: false,
    });
    const messages: Any[] = [{ typeUrl: MSG_SLASHING, value: stratos.pot.v1.MsgSlashingResourceNode.encode(msg).finish() }];
    // signers are the distinct owners, in the order they are listed (the chain's GetSigners)
    const signers: Observation[] = [];
    for (const o of failed) if (!signers.some((s) => s.observerOwner === o.observerOwner)) signers.push(o);
    const gas = GAS_BASE + GAS_PER_SIGNER * BigInt(signers.length);
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        const infos = await Promise.all(signers.map(async (s) => ({ pubkey: { typeUrl: s.pubkey.typeUrl, value: new Uint8Array(Buffer.from(s.pubkey.value, "base64")) }, sequence: (await accountInfo(this.rpc, s.observerOwner)).sequence })));
        const fee = { amount: [{ denom: "wei", amount: (gas * BigInt(this.cfg.gasPriceWei)).toString() }], gas };
        const { bodyBytes, authInfoBytes } = multiSignerTxParts({ messages, signers: infos, fee });
        const req = { case: c, bodyBytes: Buffer.from(bodyBytes).toString("base64"), authInfoBytes: Buffer.from(authInfoBytes).toString("base64") };
        const signatures = await Promise.all(
          signers.map(async (s) => {
            if (s.observer === this.id.address) return this.sign(req);
            const url = this.store.metaNode(s.observer)?.url ?? "";
            return this.peer.json<{ signature: string }>(url, "POST", "/v1/pot/evidence/sign", req, this.cfg.peerTimeoutMs * 2);
          }),
        );
        const tx = TxRaw.encode(TxRaw.fromPartial({ bodyBytes, authInfoBytes, signatures: signatures.map((s) => new Uint8Array(Buffer.from(s.signature, "base64"))) })).finish();
        const res = await this.rpc.broadcastSync(tx);
        if (res.code !== 0) throw new Error(`CheckTx code ${res.code}: ${res.log}`);
        const included = await this.rpc.waitForTx(res.hash, 60_000);
        if (included.tx_result.code !== 0) throw new Error(`code ${included.tx_result.code}: ${included.tx_result.log}`);
        this.log.info(`MsgSlashingResourceNode for ${c.node} (slice ${c.slice} of ${c.fileHash}, ${msg.slashing} noz) committed in block ${included.height} by ${signers.length} reporters (tx ${res.hash})`);
        return { ...base, outcome: "slashed", tx: res.hash };
      } catch (e) {
        this.log.warn(`evidence ${caseId(c)}: MsgSlashingResourceNode attempt ${attempt}: ${(e as Error).message}`);
      }
    }
    return base;
  }

  /** This meta node reads the suspect copy itself. 409 when its file index does not list the node as a holder. */
  async observe(c: EvidenceCase, held?: HeldSlice): Promise<Observation> {
    held ??= await this.index.heldSlice(c);
    if (!held) throw new ProtocolError(409, "not_a_holder", `the file index does not list ${c.node} as a holder of slice ${c.slice} (${c.sliceHash}) of sdm://${c.owner}/${c.fileHash}`);
    const url = this.index.nodeUrl(c.node);
    if (!url) throw new ProtocolError(409, "no_url", `no URL known for ${c.node}`);
    const now = Date.now();
    const permit = signPermit(
      {
        v: 1,
        kind: "audit",
        id: derivedId("audit", caseId(c), this.id.address, String(now)),
        meta: this.id.address,
        fileHash: c.fileHash,
        fileSize: held.fileSize,
        sliceSize: held.sliceSize,
        owner: c.owner,
        payer: c.owner,
        receiver: this.id.address,
        slices: [{ number: held.slice.number, hash: held.slice.hash, size: held.slice.size, nodes: [c.node] }],
        noz: "0",
        issuedAt: now,
        expiresAt: now + 60_000,
      },
      this.id,
    );
    let result: ObservedResult;
    let detail: string;
    let res: IncomingMessage | undefined;
    try {
      res = await this.reader.getSlice(url, { sliceHash: c.sliceHash, permitHeader: encodePermitHeader(permit) });
    } catch (e) {
      const pe = e instanceof ProtocolError ? e : undefined;
      if (pe?.status === 404) [result, detail] = ["missing", pe.message];
      else if (pe?.status === 410) [result, detail] = ["corrupt", pe.message];
      // no answer, or a refusal that says nothing about the copy: not evidence
      else throw new ProtocolError(503, "no_observation", `${c.node} gave no answer about slice ${c.sliceHash}: ${(e as Error).message}`);
    }
    if (res) {
      let bytes: Buffer | undefined;
      try {
        bytes = await readAll(res, held.slice.size + 1);
      } catch (e) {
        // it answered 200 and then broke off: what it sent is not the slice
        [result, detail] = ["corrupt", `the transfer broke off: ${(e as Error).message}`];
      }
      if (bytes) {
        const got = bytes.length === held.slice.size ? sliceHash(c.fileHash, held.slice.number, bytes) : "";
        if (got === held.slice.hash) [result, detail] = ["intact", `${bytes.length} bytes, hash matches`];
        else [result, detail] = ["corrupt", bytes.length !== held.slice.size ? `${bytes.length} bytes, the slice has ${held.slice.size}` : `the bytes hash to ${got}`];
      }
    }
    this.observed.set(caseId(c), { result: result!, at: Date.now() });
    const pk = this.wallet.pubkey.toAny();
    return { observer: this.id.address, observerOwner: this.wallet.address, result: result!, detail: detail!, pubkey: { typeUrl: pk.typeUrl, value: Buffer.from(pk.value).toString("base64") } };
  }

  /** Sign the collector's tx, but only a MsgSlashingResourceNode that says what this node itself observed. */
  async sign(body: any): Promise<{ signature: string }> {
    const c = parseCase(body);
    const seen = this.observed.get(caseId(c));
    if (!seen || !FAILURES.includes(seen.result)) throw new ProtocolError(409, "not_observed", `this meta node has not observed a failure of slice ${c.sliceHash} on ${c.node}`);
    const b64 = (k: string) => {
      if (typeof body?.[k] !== "string" || body[k].length > 100_000) throw new ProtocolError(400, "bad_request", `${k} must be base64`);
      return new Uint8Array(Buffer.from(body[k], "base64"));
    };
    const bodyBytes = b64("bodyBytes");
    const authInfoBytes = b64("authInfoBytes");
    let txBody: TxBody, authInfo: AuthInfo;
    try {
      txBody = TxBody.decode(bodyBytes);
      authInfo = AuthInfo.decode(authInfoBytes);
    } catch {
      throw new ProtocolError(400, "bad_request", "bodyBytes/authInfoBytes are not a TxBody/AuthInfo");
    }
    const refuse = (why: string) => new ProtocolError(409, "refused", `not signing: ${why}`);
    if (txBody.messages.length !== 1 || txBody.messages[0]!.typeUrl !== MSG_SLASHING) throw refuse("the tx must hold exactly one MsgSlashingResourceNode");
    if (txBody.memo !== "" || txBody.timeoutHeight !== 0n || txBody.extensionOptions.length + txBody.nonCriticalExtensionOptions.length > 0) throw refuse("unexpected memo, timeout or extension options");
    const m = stratos.pot.v1.MsgSlashingResourceNode.decode(txBody.messages[0]!.value);
    const held = await this.index.heldSlice(c).catch(() => undefined);
    const rn = this.store.resourceNode(c.node);
    if (m.networkAddress !== c.node || m.walletAddress !== rn?.owner) throw refuse(`the message slashes ${m.networkAddress} (${m.walletAddress}), the case is ${c.node} (${rn?.owner})`);
    if (m.suspend) throw refuse("the message suspends the node");
    if (!held) throw refuse(`the file index no longer lists ${c.node} as a holder of that slice`);
    if (m.slashing !== slashingNoz(held.slice).toString()) throw refuse(`the message slashes ${m.slashing} noz; this node's index gives ${slashingNoz(held.slice)}`);
    const i = m.reporters.indexOf(this.id.address);
    if (i < 0 || m.reporterOwner[i] !== this.wallet.address) throw refuse("this meta node is not listed as a reporter with its owner");
    if (new Set(m.reporters).size !== m.reporters.length) throw refuse("a reporter is listed twice");
    const fee = authInfo.fee;
    const gasLimit = fee?.gasLimit ?? 0n;
    const maxGas = GAS_BASE + GAS_PER_SIGNER * BigInt(m.reporters.length);
    const feeWei = (fee?.amount ?? []).reduce((s, x) => s + (x.denom === "wei" ? BigInt(x.amount) : 0n), 0n);
    if (gasLimit > maxGas || feeWei > gasLimit * BigInt(this.cfg.gasPriceWei) || (fee?.amount ?? []).some((x) => x.denom !== "wei") || fee?.granter || fee?.payer) {
      throw refuse(`fee ${feeWei} wei for ${gasLimit} gas is more than this node pays for a slashing report`);
    }
    const own = this.wallet.pubkey.toAny();
    if (!authInfo.signerInfos.some((s) => s.publicKey?.typeUrl === own.typeUrl && Buffer.from(s.publicKey.value).equals(Buffer.from(own.value)))) throw refuse("the auth info does not name this node's wallet key");
    this.chainId ??= await this.rpc.chainId();
    const { accountNumber } = await accountInfo(this.rpc, this.wallet.address);
    const sig = this.wallet.sign(signDocBytes(bodyBytes, authInfoBytes, this.chainId, accountNumber));
    return { signature: Buffer.from(sig).toString("base64") };
  }

  /** Decided cases, newest first (operators and tests). */
  list(): Decision[] {
    return [...this.store.pot.getRange({ start: "ev/", end: "ev0" })].map((e) => e.value as Decision).sort((a, b) => b.at - a.at);
  }
}
