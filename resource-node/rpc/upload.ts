// Upload sessions of the RPC API (ppd's user_requestUpload → user_uploadData… → user_uploadSign).
// The node asks the client for the file range by range (≤ FILE_DATA_SAFE_SIZE raw bytes, cut at
// slice boundaries as ppd does) and passes each range on to the gateway, which stages it on disk, so
// memory stays flat whatever the file size. The ranges are hashed on the way: after the last byte the
// Stratos file hash of what arrived must equal the announced one (the client learns a mismatch before
// it signs). user_uploadSign then commits the staged file: the gateway asks a meta node for a permit
// with the wallet's fresh signature and streams the slices out.
import { createKeccak } from "hash-wasm";
import { fileHashFromKeccakDigest } from "../../chain/crypto/cid.ts";
import type { WalletSignature } from "../../meta-node/protocol/wallet-signature.ts";
import { FILE_DATA_SAFE_SIZE, MAX_UPLOAD_SESSIONS, R, STRATOS_SLICE_SIZE } from "./codes.ts";
import type { RpcGateway, RpcUploadSink } from "./deps.ts";
import { codeOf } from "./errors.ts";

type Hasher = Awaited<ReturnType<typeof createKeccak>>;

export interface UploadResult {
  return: string;
  detail?: string;
  offsetstart?: number;
  offsetend?: number;
}

interface Session {
  key: string;
  owner: string;
  fileHash: string;
  fileName: string;
  fileSize: number;
  desiredTier?: number;
  allowHigherTier?: boolean;
  sink?: RpcUploadSink;
  hasher?: Hasher;
  /** Bytes received so far = start of the range asked for next. */
  offset: number;
  /** End of the range asked for (exclusive). */
  askedEnd: number;
  /** receiving → received (every byte, hash checked) → submitting; "exists": nothing to send. */
  state: "receiving" | "received" | "submitting" | "exists";
  busy: boolean;
  lastActivity: number;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export class UploadSessions {
  private readonly sessions = new Map<string, Session>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly opts: {
      gateway: RpcGateway;
      sliceSize?: number;
      sessionTimeoutMs: number;
      now: () => number;
      log?: (line: string) => void;
    },
  ) {
    this.sweeper = setInterval(() => void this.sweep(), Math.min(5_000, opts.sessionTimeoutMs)).unref();
  }

  close(): void {
    clearInterval(this.sweeper);
    for (const s of [...this.sessions.values()]) void this.drop(s);
  }

  get size(): number {
    return this.sessions.size;
  }

  private key(fileHash: string, owner: string): string {
    return `${fileHash}\n${owner}`;
  }

  /** The next range to ask for from `offset`: at most FILE_DATA_SAFE_SIZE, never across a slice end. */
  private nextEnd(offset: number, fileSize: number): number {
    const slice = this.opts.sliceSize ?? STRATOS_SLICE_SIZE;
    const sliceEnd = (Math.floor(offset / slice) + 1) * slice;
    return Math.min(offset + FILE_DATA_SAFE_SIZE, sliceEnd, fileSize);
  }

  /** user_requestUpload after its signature was checked. `exists`: the owner already stores this file. */
  async begin(p: {
    owner: string;
    fileHash: string;
    fileName: string;
    fileSize: number;
    desiredTier?: number;
    allowHigherTier?: boolean;
    exists: boolean;
  }): Promise<UploadResult> {
    const key = this.key(p.fileHash, p.owner);
    if (this.sessions.has(key)) {
      return { return: R.CONFLICT_WITH_ANOTHER_SESSION, detail: `an upload of ${p.fileHash} by ${p.owner} is already under way` };
    }
    if (this.sessions.size >= MAX_UPLOAD_SESSIONS) {
      return { return: R.CONFLICT_WITH_ANOTHER_SESSION, detail: `this node already runs ${MAX_UPLOAD_SESSIONS} uploads; retry in a minute` };
    }
    const s: Session = {
      key,
      owner: p.owner,
      fileHash: p.fileHash,
      fileName: p.fileName,
      fileSize: p.fileSize,
      desiredTier: p.desiredTier,
      allowHigherTier: p.allowHigherTier,
      offset: 0,
      askedEnd: 0,
      state: p.exists ? "exists" : "receiving",
      busy: false,
      lastActivity: this.opts.now(),
    };
    this.sessions.set(key, s);
    if (s.state === "exists") return { return: R.SUCCESS, detail: "this wallet already stores this file; nothing to send" };
    try {
      s.hasher = await createKeccak(256);
      s.hasher.init();
      s.sink = await this.opts.gateway.beginUpload({
        owner: p.owner,
        fileHash: p.fileHash,
        fileName: p.fileName,
        fileSize: p.fileSize,
        desiredTier: p.desiredTier,
        allowHigherTier: p.allowHigherTier,
      });
    } catch (e) {
      await this.drop(s);
      const { code, detail } = codeOf(e);
      return { return: code, detail: `cannot start the upload: ${detail}` };
    }
    if (p.fileSize === 0) return this.finishReceiving(s);
    s.askedEnd = this.nextEnd(0, s.fileSize);
    return { return: R.UPLOAD_DATA, offsetstart: 0, offsetend: s.askedEnd };
  }

  /** user_uploadData after its signature was checked. */
  async data(p: { owner: string; fileHash: string; data: string; stop: boolean }): Promise<UploadResult> {
    const s = this.sessions.get(this.key(p.fileHash, p.owner));
    if (p.stop && s && !s.busy && s.state !== "submitting") {
      await this.drop(s);
      return { return: R.SESSION_STOPPED, detail: "upload stopped by the client" };
    }
    if (!s || s.state !== "receiving") {
      return { return: R.SESSION_STOPPED, detail: `no upload of ${p.fileHash} by ${p.owner} is waiting for data; start with user_requestUpload` };
    }
    if (s.busy) return { return: R.CONFLICT_WITH_ANOTHER_SESSION, detail: "another user_uploadData for this file is being handled" };
    s.busy = true;
    try {
      s.lastActivity = this.opts.now();
      const want = s.askedEnd - s.offset;
      // Check the size before decoding: an oversized chunk costs nothing and changes nothing.
      const b64Len = 4 * Math.ceil(want / 3);
      if (p.data.length !== b64Len) {
        const approx = Math.floor((p.data.length * 3) / 4);
        return {
          return: R.WRONG_FILE_SIZE,
          detail: `expected the ${want} bytes [${s.offset}, ${s.askedEnd}) (${b64Len} base64 characters), got ${p.data.length} characters (~${approx} bytes); send exactly the range asked for`,
          offsetstart: s.offset,
          offsetend: s.askedEnd,
        };
      }
      if (!BASE64.test(p.data)) {
        return { return: R.WRONG_INPUT, detail: "data is not standard base64", offsetstart: s.offset, offsetend: s.askedEnd };
      }
      const bytes = Buffer.from(p.data, "base64");
      if (bytes.length !== want) {
        return {
          return: R.WRONG_FILE_SIZE,
          detail: `expected ${want} bytes, the base64 decodes to ${bytes.length}`,
          offsetstart: s.offset,
          offsetend: s.askedEnd,
        };
      }
      await s.sink!.write(bytes);
      s.hasher!.update(bytes);
      s.offset = s.askedEnd;
      s.lastActivity = this.opts.now();
      if (s.offset === s.fileSize) return await this.finishReceiving(s);
      s.askedEnd = this.nextEnd(s.offset, s.fileSize);
      return { return: R.UPLOAD_DATA, offsetstart: s.offset, offsetend: s.askedEnd };
    } catch (e) {
      await this.drop(s);
      return { return: R.INTERNAL_DATA_FAILURE, detail: `cannot store the data: ${(e as Error).message}` };
    } finally {
      s.busy = false;
    }
  }

  private async finishReceiving(s: Session): Promise<UploadResult> {
    const got = fileHashFromKeccakDigest(s.hasher!.digest("binary"));
    s.hasher = undefined;
    if (got !== s.fileHash) {
      await this.drop(s);
      return { return: R.WRONG_FILE_INFO, detail: `the bytes sent have file hash ${got}, not ${s.fileHash}; nothing was stored` };
    }
    s.state = "received";
    s.lastActivity = this.opts.now();
    return { return: R.SUCCESS };
  }

  /** user_uploadSign after its signature was checked: hand the file to the gateway. */
  async sign(p: { owner: string; fileHash: string; walletSig: WalletSignature; sequence: string; reqTime: number }): Promise<UploadResult> {
    const s = this.sessions.get(this.key(p.fileHash, p.owner));
    if (!s || (s.state !== "received" && s.state !== "exists")) {
      const why = s ? "its data is not complete yet" : "there is no such upload (or it timed out)";
      return { return: R.SESSION_STOPPED, detail: `cannot sign the upload of ${p.fileHash}: ${why}` };
    }
    if (s.state === "exists") {
      await this.drop(s);
      return { return: R.SUCCESS, detail: "this wallet already stores this file" };
    }
    s.state = "submitting";
    s.lastActivity = this.opts.now();
    // The session ends with this call, whatever the answer: a refused upload starts again from
    // user_requestUpload (the staged bytes are gone), a started one may be uploaded again later.
    this.sessions.delete(s.key);
    try {
      const started = await s.sink!.commit({ walletSig: p.walletSig, sequence: p.sequence, reqTime: p.reqTime });
      void Promise.resolve(started.done).catch((e) => this.opts.log?.(`rpc upload ${s.fileHash}: ${(e as Error).message}`));
      return { return: R.SUCCESS, ...(started.state === "exists" ? { detail: "this wallet already stores this file" } : {}) };
    } catch (e) {
      await s.sink!.abort().catch(() => undefined);
      const { code, detail } = codeOf(e);
      return { return: code, detail: `${detail} (start the upload again with user_requestUpload)` };
    }
  }

  private async drop(s: Session): Promise<void> {
    if (this.sessions.get(s.key) === s) this.sessions.delete(s.key);
    const sink = s.sink;
    s.sink = undefined;
    await sink?.abort().catch((e) => this.opts.log?.(`rpc upload ${s.fileHash}: abort: ${(e as Error).message}`));
  }

  private async sweep(): Promise<void> {
    const now = this.opts.now();
    for (const s of [...this.sessions.values()]) {
      if (!s.busy && s.state !== "submitting" && now - s.lastActivity > this.opts.sessionTimeoutMs) {
        this.opts.log?.(`rpc upload ${s.fileHash} of ${s.owner}: idle for ${this.opts.sessionTimeoutMs} ms, dropped`);
        await this.drop(s);
      }
    }
  }
}
