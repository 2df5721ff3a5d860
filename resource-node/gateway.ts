// The gateway: how a client's file becomes replicated slices and comes back (PROTOCOL.md, issue 10
// "Upload"/"Download"). An in-process API used by the resource node's /api/v1 (the CLI) and by the
// JSON-RPC `user_*` API (resource-node/rpc/). Streaming throughout: an upload is staged slice by slice
// on disk, a download keeps at most `window` slices in memory.
//
// Upload (gateway.beginUpload → session.write(chunk)… → session.finish(), or gateway.upload(stream)):
//   1. staging: bytes go to temp slice files while the file hash is computed on this thread; each
//      finished slice is hashed (its inner Keccak) by a HashPool worker, in parallel;
//   2. permit: the owner's wallet signs (fileHash + wallet + sequence + reqTime); a meta node answers
//      {state:"exists"} (same owner, same hash: a free no-op) or a permit naming each slice's
//      destinations; 402 insufficient_ozone comes back as a ProtocolError before any byte moves;
//   3. sending: every (slice, destination) pair is PUT in parallel (bounded); each destination checks
//      the hash while storing and reports slice-stored to the meta nodes before answering; failed
//      destinations are retried, then a new permit is asked for with them excluded;
//   4. the temp slices are deleted whatever happened.
// Download (gateway.download): permit first (so "not found", "forbidden", "insufficient ozone" come
// before any byte), then slices fetched from their holders in parallel, each hash-checked while it
// arrives, a bad or missing one fetched from the next holder and reported (POST /v1/slices/bad), and
// the file streamed to the caller in order as slices complete.
import { randomBytes } from "node:crypto";
import { createReadStream, mkdirSync, rmSync } from "node:fs";
import { mkdir, open, rm, stat, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { isValidFileHash, sliceHashFromKeccakDigest } from "../chain/crypto/cid.ts";
import type { NodeClient } from "../meta-node/protocol/client.ts";
import { ProtocolError } from "../meta-node/protocol/errors.ts";
import type { NodeIdentity } from "../meta-node/protocol/node-key.ts";
import { encodePermitHeader, verifyPermit, type Permit, type PermitSlice, type SignedPermit } from "../meta-node/protocol/permit.ts";
import { signNodeReceipt, signReceipt } from "../meta-node/protocol/receipt.ts";
import { SliceBufferPool } from "./slice-buffers.ts";
import { DEFAULT_SLICE_SIZE, sliceCount, sliceRange } from "../meta-node/protocol/slices.ts";
import { walletSignMessage, type WalletSignature } from "../meta-node/protocol/wallet-signature.ts";
import type { NodeDirectory } from "./directory.ts";
import { FileHashWorker, HashPool } from "./hash.ts";
import type { Logger } from "./log.ts";
import type { MetaClient, WalletAuthFields } from "./meta-client.ts";

// ---------------------------------------------------------------------------------------------
// Public types

/** Something that signs Stratos wallet messages for one wallet (the node's own wallet, a test wallet). */
export interface WalletSigner {
  /** st1… */
  address: string;
  sign(message: string): WalletSignature;
}

/**
 * How a request is authorised by a wallet: either the gateway signs with a signer it holds, or the
 * client signed already (the `user_*` API: signature, req_time and sequence come with the request).
 */
export type WalletAuth = { signer: WalletSigner } | { wallet: string; reqTime: number; walletSig: WalletSignature; sequence?: string };

export interface UploadOptions {
  /** Exact number of bytes that will be written. */
  size: number;
  name: string;
  /** The owner (payer) of the upload; may instead be given to UploadSession.commit (the user_* API signs last). */
  auth?: WalletAuth;
  /** When the client computed the file hash itself: the staged bytes must hash to it (else 409 hash_mismatch, nothing charged). */
  expectedFileHash?: string;
  /** Replicas per slice (the meta node caps it by the active nodes); default: the meta node's. */
  replicas?: number;
  sliceSize?: number;
  onProgress?: (p: TransferProgress) => void;
  /** Called once the meta node answered: "exists" (nothing to send) or "started" (permit granted, sending). */
  onPermit?: (state: "exists" | "started") => void;
}

export interface TransferProgress {
  phase: "staging" | "permit" | "sending" | "receiving" | "done";
  /** bytes of this phase done so far */
  bytes: number;
  /** bytes this phase will move (sending: file size × replicas) */
  total: number;
}

export interface UploadResult {
  /** "exists": same file of the same owner already stored (free no-op); "stored": every slice at its replica count; "partial": some replicas failed (the meta nodes repair them). */
  state: "exists" | "stored" | "partial";
  fileHash: string;
  size: number;
  name: string;
  sliceSize: number;
  slices: number;
  /** replicas asked for per slice */
  replicas: number;
  /** successful destinations per slice, in slice order */
  stored: number[];
  permitId?: string;
  /** @internal */
  permitOwner?: string;
  failures: { slice: number; node: string; error: string }[];
  /** bytes sent to destinations (size × replicas when nothing failed) */
  bytesSent: number;
  /** Milliseconds per phase (staging = from the session's start to the last byte written). */
  timings?: { stagingMs: number; hashWaitMs: number; permitMs: number; sendMs: number; confirmMs: number };
  /** The meta nodes' file state when the upload returned (FileUploadState: 3 FINISHED, 4 CONFIRMING, 1 UPLOADING). */
  fileState?: number;
}

export interface DownloadOptions {
  /** sdm://<owner>/<fileHash>, or owner + fileHash, or a share link (+ password). */
  handle?: string;
  owner?: string;
  fileHash?: string;
  shareLink?: string;
  password?: string;
  /** The downloading (paying) wallet. */
  auth: WalletAuth;
  /** Slices fetched ahead of the one being streamed (memory: window × slice size). */
  window?: number;
  onProgress?: (p: TransferProgress) => void;
}

export interface DownloadResult {
  fileHash: string;
  bytes: number;
  slices: number;
  /** slices that had to come from another holder than the first */
  fallbacks: number;
  /** (slice, node) pairs that failed their hash check or transfer, reported to the meta nodes */
  badSlices: { slice: number; node: string; reason: string }[];
  /** which holder delivered each slice (what its traffic receipt credits) */
  servedBy: { slice: number; node: string; bytes: number }[];
}

export interface DownloadHandle {
  owner: string;
  fileHash: string;
  fileName: string;
  fileSize: number;
  sliceSize: number;
  permitId: string;
  /** The file's bytes in order; errors if a slice cannot be fetched from any holder. */
  stream: Readable;
  /** Settles when the stream has ended (or failed). */
  done: Promise<DownloadResult>;
}

export interface GatewayDeps {
  identity: NodeIdentity;
  http: NodeClient;
  meta: MetaClient;
  dir: NodeDirectory;
  hashPool: HashPool;
  /** Stores this node's own replica of an upload it sends (Storage.storeSlice), without the loopback PUT. */
  storeLocal?: (permit: Permit, slice: PermitSlice, source: Readable) => Promise<unknown>;
  /** Folder for staged uploads (emptied on start). */
  tmpDir: string;
  log: Logger;
  defaultSliceSize?: number;
  /** Parallel slice PUTs per upload. */
  sendConcurrency?: number;
  /** Default download window. */
  downloadWindow?: number;
  /** Timeout of one slice transfer when the peer goes silent. */
  peerTimeoutMs?: number;
  /** Keeps the copy receipt a destination returned for an upload replica (Storage.keepUploadReceipt); the reason when refused. */
  keepUploadReceipt?: (receipt: unknown, permit: Permit, slice: PermitSlice, receiver: string) => string | undefined;
}

const MAX_SLICE_SIZE = DEFAULT_SLICE_SIZE;
/** A download's read-ahead is capped at this many bytes (one 32 MiB slice): with the slice being
 * handed out, a download holds 64 MiB of slice buffers. With 2 slices ahead the downloading gateway
 * peaked at 309-316 MB RSS on a 1-4 GiB file (bench/storage.ts), over the 300 MB goal. */
const DOWNLOAD_WINDOW_BYTES = 32 << 20;
/** Staging writes and download hand-outs are this big (a 32 MiB slice = 32 of them). */
const STAGE_CHUNK = 1 << 20;
/** A download slice goes to its hash worker in parts of this size while it arrives. */
const HASH_FEED = 2 << 20;
const nowSeconds = () => Math.floor(Date.now() / 1000);

// ---------------------------------------------------------------------------------------------

export class Gateway {
  readonly meta: MetaClient;
  /** The last downloads' results by permit id (which holder served which slice), for the local API. */
  readonly recentDownloads = new Map<string, DownloadResult>();
  /** Slice buffers shared by all downloads (memory: at most window + 1 slices per download). */
  readonly sliceBuffers = new SliceBufferPool();

  constructor(private readonly d: GatewayDeps) {
    this.meta = d.meta;
    rmSync(d.tmpDir, { recursive: true, force: true });
    mkdirSync(d.tmpDir, { recursive: true });
  }

  /** The wallet fields of a request, signing `message(sequence, reqTime)` when the gateway holds the signer. */
  async walletFields(auth: WalletAuth, message: (wallet: string, sequence: string, reqTime: number) => string, needsSequence: boolean): Promise<WalletAuthFields & { wallet: string }> {
    if ("signer" in auth) {
      const wallet = auth.signer.address;
      const sequence = needsSequence ? ((await this.meta.ozone(wallet)).sequence ?? "") : undefined;
      const reqTime = nowSeconds();
      return { wallet, reqTime, sequence, walletSig: auth.signer.sign(message(wallet, sequence ?? "", reqTime)) };
    }
    return { wallet: auth.wallet, reqTime: auth.reqTime, walletSig: auth.walletSig, sequence: auth.sequence };
  }

  // ---- upload ---------------------------------------------------------------------------------

  /** Start an upload; write the bytes with session.write, then session.finish(). */
  async beginUpload(opts: UploadOptions): Promise<UploadSession> {
    const sliceSize = this.checkUploadOptions(opts);
    const dir = join(this.d.tmpDir, `up-${randomBytes(8).toString("hex")}`);
    await mkdir(dir, { recursive: true });
    return new UploadSession(this, this.d, dir, sliceSize, new FileHashWorker(), opts);
  }

  /** The slice size of an upload; 400 with what is wrong for bad options. */
  private checkUploadOptions(opts: UploadOptions): number {
    if (!Number.isSafeInteger(opts.size) || opts.size < 0) throw new ProtocolError(400, "bad_request", `file size must be a non-negative integer, got ${opts.size}`);
    const sliceSize = opts.sliceSize ?? this.d.defaultSliceSize ?? DEFAULT_SLICE_SIZE;
    if (!Number.isSafeInteger(sliceSize) || sliceSize < 1 || sliceSize > MAX_SLICE_SIZE) throw new ProtocolError(400, "bad_request", `slice size must be 1..${MAX_SLICE_SIZE} bytes, got ${sliceSize}`);
    if (opts.replicas !== undefined && (!Number.isInteger(opts.replicas) || opts.replicas < 1 || opts.replicas > 16)) throw new ProtocolError(400, "bad_request", `replicas must be 1..16, got ${opts.replicas}`);
    if (opts.expectedFileHash !== undefined && !isValidFileHash(opts.expectedFileHash)) throw new ProtocolError(400, "bad_request", `${opts.expectedFileHash} is not a Stratos file hash`);
    return sliceSize;
  }

  /**
   * Upload a file this node can read itself (what `resource-node put` asks of its own daemon, as ppd's
   * `put <path>` does): its slices are hashed and sent straight from the file, with no staged copy —
   * half the disk traffic of a streamed upload, and no second copy of a 4 GiB file on disk. The file
   * must not change meanwhile (checked after hashing; a later change fails the destinations' hash check).
   */
  async uploadFile(path: string, opts: Omit<UploadOptions, "size">): Promise<UploadResult> {
    let before;
    try {
      before = await stat(path);
    } catch (e) {
      throw new ProtocolError(400, "cannot_read", `the node cannot read ${path}: ${(e as Error).message}`);
    }
    if (!before.isFile()) throw new ProtocolError(400, "cannot_read", `${path} is not a regular file`);
    const size = before.size;
    const sliceSize = this.checkUploadOptions({ ...opts, size });
    // readable by this process? (a permission problem is the caller's cue to stream the bytes instead)
    try {
      await (await open(path, "r")).close();
    } catch (e) {
      throw new ProtocolError(400, "cannot_read", `the node cannot read ${path}: ${(e as Error).message}`);
    }
    const started = Date.now();
    const progress = opts.onProgress ?? (() => undefined);
    const fileHasher = new FileHashWorker();
    try {
      const hashedFile = fileHasher.append(path, size);
      let hashed = 0;
      progress({ phase: "staging", bytes: 0, total: size });
      const layout = Array.from({ length: sliceCount(size, sliceSize) }, (_, i) => sliceRange(i + 1, size, sliceSize));
      const digests = await Promise.all(
        layout.map(async (r) => {
          const d = await this.d.hashPool.sliceKeccak(path, r.number, r.offset, r.size);
          hashed += r.size;
          progress({ phase: "staging", bytes: hashed, total: size });
          return d;
        }),
      );
      await hashedFile;
      const fileHash = await fileHasher.fileHash();
      if (opts.expectedFileHash !== undefined && fileHash !== opts.expectedFileHash) {
        throw new ProtocolError(409, "hash_mismatch", `${path} hashes to ${fileHash}, not the announced ${opts.expectedFileHash}; nothing was stored or charged`);
      }
      const after = await stat(path);
      if (after.size !== size || after.mtimeMs !== before.mtimeMs) throw new ProtocolError(409, "file_changed", `${path} changed while it was being hashed; upload it again once it is complete`);
      const slices: StagedSlice[] = layout.map((r, i) => ({ number: r.number, size: r.size, path, offset: r.offset, hash: sliceHashFromKeccakDigest(fileHash, digests[i]!) }));
      const stagingMs = Date.now() - started;
      const result = await this.sendStaged({ fileHash, size, sliceSize, slices }, { ...opts, size });
      result.timings = { ...(result.timings ?? { permitMs: 0, sendMs: 0, confirmMs: 0 }), stagingMs, hashWaitMs: 0 };
      return result;
    } finally {
      await fileHasher.close();
    }
  }

  /** Upload a whole stream of exactly opts.size bytes. */
  async upload(source: AsyncIterable<Uint8Array>, opts: UploadOptions): Promise<UploadResult> {
    const s = await this.beginUpload(opts);
    try {
      for await (const chunk of source) await s.write(chunk);
      return await s.finish();
    } catch (e) {
      await s.abort();
      throw e;
    }
  }

  /** @internal permit + send, after staging. */
  async sendStaged(st: Staged, opts: UploadOptions): Promise<UploadResult> {
    const progress = opts.onProgress ?? (() => undefined);
    progress({ phase: "permit", bytes: 0, total: 0 });
    const tPermit = Date.now();
    let tSend = 0;
    const slices = st.slices.map((s) => ({ number: s.number, hash: s.hash, size: s.size }));
    const base = { fileHash: st.fileHash, fileSize: String(st.size), name: opts.name, sliceSize: st.sliceSize, slices, replicas: opts.replicas };
    const auth = opts.auth;
    if (!auth) throw new ProtocolError(400, "bad_request", "an upload needs the owner's wallet signature");
    const ask = async (excludeNodes?: string[]) => {
      const w = await this.walletFields(auth, (wallet, seq, t) => walletSignMessage.upload(st.fileHash, wallet, seq, t), true);
      return this.meta.uploadPermit({ ...base, owner: w.wallet, reqTime: w.reqTime, walletSig: w.walletSig, sequence: w.sequence, ...(excludeNodes?.length ? { excludeNodes } : {}) });
    };
    const result: UploadResult = { state: "stored", fileHash: st.fileHash, size: st.size, name: opts.name, sliceSize: st.sliceSize, slices: slices.length, replicas: 0, stored: slices.map(() => 0), failures: [], bytesSent: 0 };
    let answer = await ask();
    if ("state" in answer && answer.state === "exists") {
      opts.onPermit?.("exists");
      progress({ phase: "done", bytes: 0, total: 0 });
      return { ...result, state: "exists" };
    }
    const done = new Map<number, Set<string>>(slices.map((s) => [s.number, new Set()]));
    const failed = new Map<number, Set<string>>(slices.map((s) => [s.number, new Set()]));
    let sentBytes = 0;
    let total = 0;
    for (let round = 0; round < 3; round++) {
      if (!("permit" in answer)) throw new ProtocolError(502, "bad_response", "the meta node answered neither a permit nor state \"exists\"");
      const permit = await this.checkUploadPermit(answer.permit, st);
      result.permitOwner = permit.owner;
      if (round === 0) {
        tSend = Date.now();
        opts.onPermit?.("started");
      }
      result.permitId = permit.id;
      result.replicas = Math.max(result.replicas, ...permit.slices.map((s) => s.nodes.length), answer.replicas ?? 0);
      const header = encodePermitHeader(answer.permit);
      const jobs: { slice: StagedSlice; node: string }[] = [];
      for (const ps of permit.slices) {
        const sl = st.slices[ps.number - 1]!;
        for (const node of ps.nodes) if (!done.get(ps.number)!.has(node) && !failed.get(ps.number)!.has(node)) jobs.push({ slice: sl, node });
      }
      total += jobs.reduce((a, j) => a + j.slice.size, 0);
      progress({ phase: "sending", bytes: sentBytes, total });
      await runLimited(jobs, this.d.sendConcurrency ?? 12, async (j) => {
        const local = j.node === this.d.identity.address && this.d.storeLocal ? { permit, ps: permit.slices.find((s) => s.number === j.slice.number)! } : undefined;
        const err = local
          ? await this.storeOwnReplica(local.permit, local.ps, j.slice, (n) => {
              sentBytes += n;
              progress({ phase: "sending", bytes: sentBytes, total });
            })
          : await this.putWithRetry(
            j.node,
            j.slice,
            st.fileHash,
            header,
            (n) => {
              sentBytes += n;
              progress({ phase: "sending", bytes: sentBytes, total });
            },
            (answer) => {
              if (!answer?.receipt || !this.d.keepUploadReceipt) return;
              const why = this.d.keepUploadReceipt(answer.receipt, permit, permit.slices.find((s) => s.number === j.slice.number)!, j.node);
              if (why) this.d.log.warn(`upload ${st.fileHash}: copy receipt from ${j.node} for slice ${j.slice.number} dropped: ${why}`);
            },
          );
        if (err) {
          failed.get(j.slice.number)!.add(j.node);
          result.failures.push({ slice: j.slice.number, node: j.node, error: err });
          this.d.log.warn(`upload ${st.fileHash}: slice ${j.slice.number} to ${j.node} failed: ${err}`);
        } else {
          done.get(j.slice.number)!.add(j.node);
          result.bytesSent += j.slice.size;
        }
      });
      const want = (n: number) => permit.slices.find((s) => s.number === n)?.nodes.length ?? 0;
      const short = slices.filter((s) => done.get(s.number)!.size < Math.min(result.replicas, want(s.number) + failed.get(s.number)!.size));
      if (short.length === 0 || result.failures.length === 0) break;
      // Some destinations failed: ask again without them (the meta node keeps the permit id, so nothing is charged twice).
      const exclude = [...new Set(result.failures.map((f) => f.node))];
      try {
        answer = await ask(exclude);
      } catch (e) {
        this.d.log.warn(`upload ${st.fileHash}: new permit after failures: ${(e as Error).message}`);
        break;
      }
      if ("state" in answer && answer.state === "exists") break;
    }
    result.stored = slices.map((s) => done.get(s.number)!.size);
    const lost = slices.find((s) => done.get(s.number)!.size === 0);
    if (lost) {
      const errs = result.failures.filter((f) => f.slice === lost.number).map((f) => `${f.node}: ${f.error}`);
      throw new ProtocolError(503, "upload_failed", `slice ${lost.number} could not be stored on any destination (${errs.join("; ") || "none offered"}); nothing is lost by retrying the upload, which is not charged again`);
    }
    if (result.stored.some((n) => n < result.replicas)) result.state = "partial";
    // Every destination reported before answering, but the file index is replicated among the meta
    // nodes: wait (briefly) until the one a download asks knows the file is complete.
    const tConfirm = Date.now();
    if (result.state === "stored") result.fileState = await this.waitComplete(st.fileHash, result.permitOwner ?? "");
    result.timings = { stagingMs: 0, hashWaitMs: 0, permitMs: tSend - tPermit, sendMs: tConfirm - tSend, confirmMs: Date.now() - tConfirm };
    delete result.permitOwner;
    progress({ phase: "done", bytes: sentBytes, total });
    return result;
  }

  private async waitComplete(fileHash: string, owner: string, timeoutMs = 15_000): Promise<number | undefined> {
    const deadline = Date.now() + timeoutMs;
    let state: number | undefined;
    while (Date.now() < deadline) {
      try {
        state = (await this.meta.fileStatus(fileHash, owner)).state;
        if (state === 3 || state === 4) return state;
      } catch {
        // a meta node not answering: try again
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return state;
  }

  private async checkUploadPermit(sp: SignedPermit, st: Staged): Promise<Permit> {
    await this.d.dir.ensureMeta(sp.permit?.meta);
    const p = verifyPermit(sp, { metaPublicKey: (a) => this.d.dir.metaPublicKey(a), kinds: ["upload"] });
    if (p.fileHash !== st.fileHash || p.fileSize !== String(st.size) || p.sliceSize !== st.sliceSize) throw new ProtocolError(502, "bad_permit", "the meta node's permit is for another file");
    for (const ps of p.slices) if (st.slices[ps.number - 1]?.hash !== ps.hash) throw new ProtocolError(502, "bad_permit", `the meta node's permit has a different hash for slice ${ps.number}`);
    return p;
  }

  /**
   * This node's own replica of an upload it sends: stored from the file range directly instead of a PUT
   * through its own loopback socket (both ends of that copy were this process's main thread). Checked as
   * any received replica is (SliceStore.put hashes the bytes it writes), reported the same way.
   */
  private async storeOwnReplica(permit: Permit, ps: PermitSlice, slice: StagedSlice, onBytes: (n: number) => void): Promise<string | undefined> {
    let counted = 0;
    try {
      if (ps.size !== slice.size) throw new ProtocolError(400, "bad_request", `slice #${ps.number} is ${ps.size} bytes in the permit, ${slice.size} here`);
      const body = createReadStream(slice.path, { highWaterMark: 1 << 20, start: slice.offset, end: slice.offset + slice.size - 1 });
      // counted as the store reads it (a "data" listener would start the flow before the store reads)
      async function* counting() {
        for await (const c of body) {
          counted += (c as Buffer).length;
          onBytes((c as Buffer).length);
          yield c as Buffer;
        }
      }
      try {
        await this.d.storeLocal!(permit, ps, Readable.from(counting(), { objectMode: false }));
      } finally {
        body.destroy(); // refused before reading (full, or already held): the file stays open otherwise
      }
      return undefined;
    } catch (e) {
      onBytes(-counted);
      return e instanceof ProtocolError ? `${e.code}: ${e.message}` : (e as Error).message;
    }
  }

  /** PUT one slice to one node, one retry on a network failure; resolves an error text or undefined. */
  private async putWithRetry(node: string, slice: StagedSlice, fileHash: string, permitHeader: string, onBytes: (n: number) => void, onStored?: (answer: any) => void): Promise<string | undefined> {
    const url = await this.d.dir.resourceUrl(node);
    if (!url) return `no URL known for ${node} (its description.website on chain is empty)`;
    let lastErr = "";
    for (let attempt = 0; attempt < 2; attempt++) {
      let counted = 0;
      try {
        const body = createReadStream(slice.path, { highWaterMark: 1 << 20, start: slice.offset, end: slice.offset + slice.size - 1 });
        body.on("data", (c) => {
          counted += (c as Buffer).length;
          onBytes((c as Buffer).length);
        });
        onStored?.(await this.d.http.putSlice(url, { sliceHash: slice.hash, sliceNumber: slice.number, permitHeader, size: slice.size, body, timeoutMs: this.d.peerTimeoutMs }));
        return undefined;
      } catch (e) {
        onBytes(-counted);
        lastErr = e instanceof ProtocolError ? `${e.code}: ${e.message}` : (e as Error).message;
        // The receiver refused the request itself: retrying the same bytes will not help.
        if (e instanceof ProtocolError && e.status >= 400 && e.status < 500) return lastErr;
      }
    }
    return lastErr;
  }

  // ---- download -------------------------------------------------------------------------------

  async download(opts: DownloadOptions): Promise<DownloadHandle> {
    let owner = opts.owner;
    let fileHash = opts.fileHash;
    if (opts.handle !== undefined) ({ owner, fileHash } = parseSdmHandle(opts.handle));
    const share = opts.shareLink !== undefined && opts.shareLink !== "";
    if (!share) {
      if (!owner || !fileHash) throw new ProtocolError(400, "bad_request", "a download needs sdm://<owner>/<fileHash> (or owner and fileHash) or a share link");
      if (!isValidFileHash(fileHash)) throw new ProtocolError(400, "bad_request", `${fileHash} is not a Stratos file hash`);
    }
    const w = share
      ? await this.walletFields(opts.auth, (wallet, seq, t) => walletSignMessage.getShared(opts.shareLink!, wallet, seq, t), true)
      : await this.walletFields(opts.auth, (wallet, seq, t) => walletSignMessage.download(fileHash!, wallet, seq, t), true);
    const ans = await this.meta.downloadPermit({
      wallet: w.wallet,
      reqTime: w.reqTime,
      walletSig: w.walletSig,
      sequence: w.sequence,
      ...(share ? { shareLink: opts.shareLink, password: opts.password, fileHash } : { owner, fileHash }),
    });
    await this.d.dir.ensureMeta(ans.permit?.permit?.meta);
    const permit = verifyPermit(ans.permit, { metaPublicKey: (a) => this.d.dir.metaPublicKey(a), kinds: ["download"] });
    if (!share && (permit.fileHash !== fileHash || permit.owner !== owner)) throw new ProtocolError(502, "bad_permit", "the meta node's permit is for another file");
    for (const [node, url] of Object.entries(ans.nodeUrls ?? {})) this.d.dir.hintUrl(node, url);
    const header = encodePermitHeader(ans.permit);
    const size = Number(permit.fileSize);
    const window = Math.max(1, opts.window ?? Math.min(this.d.downloadWindow ?? 4, Math.floor(DOWNLOAD_WINDOW_BYTES / permit.sliceSize)));
    const result: DownloadResult = { fileHash: permit.fileHash, bytes: 0, slices: permit.slices.length, fallbacks: 0, badSlices: [], servedBy: [] };
    const progress = opts.onProgress ?? (() => undefined);

    // The downloading wallet acknowledges every slice it got with a signed receipt (Proof of Traffic).
    // A gateway that only relays a client's signature (the user_* API) holds no wallet key: it signs
    // a relay receipt (v 3) with its own P2P key instead, counted under the client's paid permit.
    const signer = "signer" in opts.auth ? opts.auth.signer : undefined;
    const fetchSlice = (i: number) => this.fetchSlice(permit, i, header, result, signer);
    let settle!: { resolve: (r: DownloadResult) => void; reject: (e: Error) => void };
    const done = new Promise<DownloadResult>((resolve, reject) => (settle = { resolve, reject }));
    done.catch(() => undefined); // callers that only read the stream see the error there
    const self = this;
    async function* ordered() {
      const pending: Promise<FetchedSlice>[] = [];
      let next = 0;
      let head: FetchedSlice | undefined;
      const fill = () => {
        while (next < permit.slices.length && pending.length < window) {
          const p = fetchSlice(next++);
          p.catch(() => undefined);
          pending.push(p);
        }
      };
      try {
        fill();
        while (pending.length > 0) {
          head = await pending.shift()!;
          fill();
          // Copies go out (1 MiB each): the consumer may hold a chunk in a socket's write queue
          // after the slice buffer has gone back to the pool for the next slice.
          const bytes = Buffer.from(head.buf, 0, head.size);
          for (let o = 0; o < head.size; o += STAGE_CHUNK) {
            const c = Buffer.from(bytes.subarray(o, Math.min(head.size, o + STAGE_CHUNK)));
            result.bytes += c.length;
            progress({ phase: "receiving", bytes: result.bytes, total: size });
            yield c;
          }
          self.releaseSlice(head.buf, permit);
          head = undefined;
        }
        if (result.bytes !== size) throw new ProtocolError(502, "bad_permit", `the permit's slices add up to ${result.bytes} bytes, not the file's ${size}`);
        progress({ phase: "done", bytes: result.bytes, total: size });
        if (self.recentDownloads.size >= 200) self.recentDownloads.delete(self.recentDownloads.keys().next().value!);
        self.recentDownloads.set(permit.id, result);
        settle.resolve(result);
      } catch (e) {
        settle.reject(e as Error);
        throw e;
      } finally {
        // stopped early (consumer gone, or a slice failed): the buffers still out go back to the pool
        if (head) self.releaseSlice(head.buf, permit);
        for (const p of pending) p.then((f) => self.releaseSlice(f.buf, permit), () => undefined);
        if (result.badSlices.length) self.d.log.warn(`download ${permit.fileHash}: ${result.badSlices.length} bad slice copies, ${result.fallbacks} fallbacks`);
      }
    }
    return {
      owner: permit.owner,
      fileHash: permit.fileHash,
      fileName: ans.fileName ?? "",
      fileSize: size,
      sliceSize: permit.sliceSize,
      permitId: permit.id,
      stream: Readable.from(ordered(), { highWaterMark: 1 }),
      done,
    };
  }

  /**
   * Hands the holder a receipt for a slice it delivered (retried a few times; the holder forwards it to
   * the meta nodes): signed by the downloading wallet, or without one (a relayed request) a relay
   * receipt signed by this gateway's P2P key.
   */
  private sendReceipt(url: string, permit: Permit, ps: PermitSlice, node: string, signer?: WalletSigner): void {
    const base = { permit: permit.id, meta: permit.meta, file: permit.fileHash, owner: permit.owner, slice: ps.number, sliceHash: ps.hash, bytes: ps.size, server: node, receiver: permit.receiver!, nonce: randomBytes(8).toString("hex") };
    const signed = signer ? signReceipt({ v: 1, ...base, receiver: signer.address }, (m) => signer.sign(m)) : signNodeReceipt({ v: 3, ...base, gateway: this.d.identity.address }, this.d.identity);
    void (async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        try {
          await this.d.http.json(url, "POST", "/v1/receipts", { receipts: [signed] }, { timeoutMs: this.d.peerTimeoutMs });
          return;
        } catch (e) {
          if (e instanceof ProtocolError && e.status >= 400 && e.status < 500 && e.status !== 409) {
            this.d.log.warn(`receipt for slice ${ps.number} of ${permit.fileHash} refused by ${node}: ${e.message}`);
            return;
          }
          await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
        }
      }
      this.d.log.warn(`receipt for slice ${ps.number} of ${permit.fileHash} could not be handed to ${node}`);
    })();
  }

  /** Gives a slice buffer back to the pool (only full-size slices came from it). */
  private releaseSlice(buf: SharedArrayBuffer, permit: Permit): void {
    if (buf.byteLength === permit.sliceSize) this.sliceBuffers.give(buf);
  }

  /** One slice, hash-checked, from the first holder that delivers it; bad holders are reported. */
  private async fetchSlice(permit: Permit, index: number, header: string, result: DownloadResult, signer?: WalletSigner): Promise<FetchedSlice> {
    const ps = permit.slices[index]!;
    const errors: string[] = [];
    for (const [k, node] of ps.nodes.entries()) {
      const url = await this.d.dir.resourceUrl(node);
      if (!url) {
        errors.push(`${node}: no URL known`);
        continue;
      }
      let reason: string | undefined;
      let bad = false;
      let buf: SharedArrayBuffer | undefined;
      try {
        const res = await this.d.http.getSlice(url, { sliceHash: ps.hash, permitHeader: header, timeoutMs: this.d.peerTimeoutMs });
        // The slice lands in shared memory, so a HashPool worker checks it in place (no copy) while
        // this thread receives the next slices; it is served only once its hash matched.
        // Full-size slices use the pool; a file's shorter last slice gets its own buffer.
        const shared = ps.size === permit.sliceSize ? this.sliceBuffers.take(ps.size) : new SharedArrayBuffer(ps.size);
        buf = shared;
        const bytes = Buffer.from(shared);
        // hashed while it arrives: each HASH_FEED bytes go to the worker once written, so the
        // check ends just after the last byte instead of starting there
        const hs = this.d.hashPool.sharedStream(shared, ps.number);
        let n = 0;
        let digest: Uint8Array | undefined;
        try {
          for await (const c of res) {
            const chunk = c as Buffer;
            if (n + chunk.length > ps.size) {
              n += chunk.length;
              res.destroy();
              break;
            }
            bytes.set(chunk, n);
            n += chunk.length;
            if (n % HASH_FEED < chunk.length) hs.feed(n - (n % HASH_FEED));
          }
          if (n === ps.size) {
            hs.feed(n);
            digest = await hs.digest();
          }
        } finally {
          hs.abort(); // a no-op after digest()
        }
        if (n !== ps.size) {
          reason = `delivered ${n} bytes, expected ${ps.size}`;
          bad = n > ps.size;
        } else if (sliceHashFromKeccakDigest(permit.fileHash, digest!) !== ps.hash) {
          reason = "bytes do not match the slice hash";
          bad = true;
        } else {
          if (k > 0) result.fallbacks++;
          result.servedBy.push({ slice: ps.number, node, bytes: n });
          if (signer) {
            if (signer.address === permit.receiver) this.sendReceipt(url, permit, ps, node, signer);
          } else if (node !== this.d.identity.address) this.sendReceipt(url, permit, ps, node); // its own copy proves nothing
          return { buf: shared, size: n };
        }
      } catch (e) {
        reason = e instanceof ProtocolError ? `${e.code}: ${e.message}` : (e as Error).message;
        bad = e instanceof ProtocolError && (e.code === "corrupt" || e.code === "not_found" || e.status === 410);
        // a stream cut off mid-slice (the holder found its copy corrupt while serving it)
        if (/aborted|ECONNRESET|socket hang up|premature/i.test(reason)) bad = true;
      }
      // this holder failed; the buffer is reused by the next attempt's take()
      if (buf) this.releaseSlice(buf, permit);
      errors.push(`${node}: ${reason}`);
      if (bad) {
        result.badSlices.push({ slice: ps.number, node, reason: reason! });
        void this.meta
          .badSlice({ permitId: permit.id, owner: permit.owner, fileHash: permit.fileHash, sliceNumber: ps.number, sliceHash: ps.hash, node, reason: reason! }, permit.meta)
          .catch((e) => this.d.log.warn(`reporting bad slice ${ps.number} of ${permit.fileHash} on ${node}: ${(e as Error).message}`));
      }
    }
    throw new ProtocolError(503, "unavailable", `slice ${ps.number} of ${permit.fileHash} could not be fetched from any of its ${ps.nodes.length} holders (${errors.join("; ")}); try again later`);
  }
}

// ---------------------------------------------------------------------------------------------
// Upload sessions

/** A fetched, hash-checked slice in its (pooled) shared buffer. */
interface FetchedSlice {
  buf: SharedArrayBuffer;
  size: number;
}

interface StagedSlice {
  number: number;
  size: number;
  /** where its bytes are: a staged slice file (offset 0) or the uploaded file itself */
  path: string;
  offset: number;
  hash: string;
}

interface Staged {
  fileHash: string;
  size: number;
  sliceSize: number;
  slices: StagedSlice[];
}

/** An upload being staged: write() the bytes in order, then finish() (or abort()). */
export class UploadSession {
  /** Bytes written so far. */
  received = 0;
  private readonly startedAt = Date.now();
  private readonly timings = { stagingMs: 0, hashWaitMs: 0 };
  private current?: { number: number; fh: FileHandle; written: number; size: number; path: string };
  private readonly buf: Buffer;
  private bufLen = 0;
  private readonly digests: Promise<Uint8Array>[] = [];
  private readonly hashedParts: Promise<void>[] = [];
  private readonly paths: string[] = [];
  private closed = false;
  private readonly count: number;

  /** @internal */
  constructor(
    private readonly gw: Gateway,
    private readonly d: GatewayDeps,
    readonly dir: string,
    readonly sliceSize: number,
    private readonly fileHasher: FileHashWorker,
    readonly opts: UploadOptions,
  ) {
    this.count = sliceCount(opts.size, sliceSize);
    this.buf = Buffer.allocUnsafe(Math.max(1, Math.min(STAGE_CHUNK, sliceSize, opts.size)));
  }

  get size(): number {
    return this.opts.size;
  }

  /** Append the next bytes of the file. */
  async write(chunk: Uint8Array): Promise<void> {
    if (this.closed) throw new ProtocolError(409, "conflict", "this upload is already finished or aborted");
    if (this.received + chunk.length > this.opts.size) throw new ProtocolError(413, "too_large", `more than the announced ${this.opts.size} bytes arrived`);
    // The socket's 16-64 KiB chunks are gathered into one 1 MiB buffer per disk write (fewer syscalls,
    // less garbage); the buffer is reused only after its write has completed.
    let off = 0;
    while (off < chunk.length) {
      if (!this.current) await this.openSlice();
      const cur = this.current!;
      const n = Math.min(cur.size - cur.written - this.bufLen, chunk.length - off, this.buf.length - this.bufLen);
      this.buf.set(chunk.subarray(off, off + n), this.bufLen);
      this.bufLen += n;
      off += n;
      if (this.bufLen === this.buf.length || cur.written + this.bufLen === cur.size) await this.flush();
    }
    this.received += chunk.length;
    this.opts.onProgress?.({ phase: "staging", bytes: this.received, total: this.opts.size });
  }

  private async flush(): Promise<void> {
    const cur = this.current!;
    if (this.bufLen > 0) await cur.fh.write(this.buf, 0, this.bufLen);
    cur.written += this.bufLen;
    this.bufLen = 0;
    if (cur.written === cur.size) await this.closeSlice();
  }

  private async openSlice(): Promise<void> {
    const number = this.paths.length + 1;
    const path = join(this.dir, String(number));
    this.paths.push(path);
    this.current = { number, fh: await open(path, "w"), written: 0, size: sliceRange(number, this.opts.size, this.sliceSize).size, path };
  }

  private async closeSlice(): Promise<void> {
    const cur = this.current!;
    this.current = undefined;
    await cur.fh.close();
    // Two independent Keccak passes over the closed slice, on other threads while staging goes on:
    // the file hash (sequential, its own worker) and the slice's inner digest (any pool worker).
    this.hashedParts.push(this.fileHasher.append(cur.path, cur.written));
    const p = this.d.hashPool.sliceKeccak(cur.path, cur.number, 0, cur.written);
    p.catch(() => undefined);
    this.digests.push(p);
  }

  /**
   * All bytes written and the owner's signature at hand (the user_* API's order): resolves as soon as
   * the meta node answered — "exists" or "started" — with `done` settling when the upload has finished.
   */
  commit(auth: WalletAuth): Promise<{ state: "exists" | "started"; done: Promise<UploadResult> }> {
    return new Promise((resolve, reject) => {
      let answered = false;
      const done = this.finish({ auth, onPermit: (state) => {
        answered = true;
        resolve({ state, done });
      } });
      done.catch(() => undefined);
      done.then(
        (r) => {
          if (!answered) resolve({ state: r.state === "exists" ? "exists" : "started", done });
        },
        (e) => {
          if (!answered) reject(e);
        },
      );
    });
  }

  /** All bytes written: hash, get a permit, send to the destinations. Deletes the staged slices. */
  async finish(override: Partial<Pick<UploadOptions, "auth" | "onPermit">> = {}): Promise<UploadResult> {
    if (this.closed) throw new ProtocolError(409, "conflict", "this upload is already finished or aborted");
    this.closed = true;
    const opts = { ...this.opts, ...override };
    try {
      if (this.received !== this.opts.size) throw new ProtocolError(400, "bad_request", `the upload announced ${this.opts.size} bytes but ${this.received} arrived`);
      const tHash = Date.now();
      const fileHash = await this.fileHasher.fileHash();
      if (this.opts.expectedFileHash !== undefined && fileHash !== this.opts.expectedFileHash) {
        throw new ProtocolError(409, "hash_mismatch", `the uploaded bytes hash to ${fileHash}, not the announced ${this.opts.expectedFileHash}; nothing was stored or charged`);
      }
      const inner = await Promise.all(this.digests);
      this.timings.stagingMs = tHash - this.startedAt;
      this.timings.hashWaitMs = Date.now() - tHash;
      if (inner.length !== this.count) throw new Error(`staged ${inner.length} slices, expected ${this.count}`);
      const slices: StagedSlice[] = inner.map((dg, i) => ({ number: i + 1, size: sliceRange(i + 1, this.opts.size, this.sliceSize).size, path: this.paths[i]!, offset: 0, hash: sliceHashFromKeccakDigest(fileHash, dg) }));
      const r = await this.gw.sendStaged({ fileHash, size: this.opts.size, sliceSize: this.sliceSize, slices }, opts);
      r.timings = { ...(r.timings ?? {}), ...this.timings } as UploadResult["timings"];
      return r;
    } finally {
      await this.cleanup();
    }
  }

  async abort(): Promise<void> {
    this.closed = true;
    await this.cleanup();
  }

  private async cleanup(): Promise<void> {
    if (this.current) {
      await this.current.fh.close().catch(() => undefined);
      this.current = undefined;
    }
    await Promise.allSettled([...this.digests, ...this.hashedParts]);
    await this.fileHasher.close();
    await rm(this.dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// helpers

/** sdm://<owner wallet>/<file hash> → parts; 400 with what is wrong otherwise. */
export function parseSdmHandle(handle: string): { owner: string; fileHash: string } {
  const m = /^sdm:\/\/(st1[02-9ac-hj-np-z]{38,90})\/(v[0-9a-v]+)$/.exec(handle ?? "");
  if (!m) throw new ProtocolError(400, "bad_request", `${JSON.stringify(handle)} is not a file handle sdm://<owner st1…>/<file hash v…>`);
  if (!isValidFileHash(m[2]!)) throw new ProtocolError(400, "bad_request", `${m[2]} is not a Stratos file hash`);
  return { owner: m[1]!, fileHash: m[2]! };
}

/** Run `fn` over `items` with at most `limit` in flight. */
export async function runLimited<T>(items: T[], limit: number, fn: (x: T) => Promise<void>): Promise<void> {
  let i = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (i < items.length) await fn(items[i++]!);
  });
  await Promise.all(workers);
}
