// Download sessions of the RPC API (user_requestDownload / user_requestGetShared → user_downloadData…
// → user_downloadedFileInfo). The gateway streams the file (slices fetched from their holders and
// hash-checked); each call hands the client the next piece of at most 3 MiB, never across a slice
// boundary, as ppd does. Only one piece is pulled from the stream per call, so a slow client holds
// back the network instead of filling memory.
import { randomUUID } from "node:crypto";
import type { Readable } from "node:stream";
import { DOWNLOAD_PIECE_SIZE, R } from "./codes.ts";
import type { RpcDownload } from "./deps.ts";

export interface DownloadResult {
  return: string;
  detail?: string;
  reqid?: string;
  offsetstart?: number;
  offsetend?: number;
  filehash?: string;
  filename?: string;
  filesize?: number;
  filedata?: string;
}

/** Pulls exactly n bytes at a time out of a Readable. */
class ExactReader {
  private readonly it: AsyncIterator<Buffer>;
  private pending: Buffer[] = [];
  private pendingLen = 0;

  constructor(private readonly body: Readable) {
    this.it = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  async read(n: number): Promise<Buffer> {
    while (this.pendingLen < n) {
      const { value, done } = await this.it.next();
      if (done) throw new Error(`the file ended after ${this.pendingLen} of the ${n} bytes of this piece`);
      const b = Buffer.isBuffer(value) ? value : Buffer.from(value as Uint8Array);
      this.pending.push(b);
      this.pendingLen += b.length;
    }
    const all = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.pending = rest.length ? [rest] : [];
    this.pendingLen = rest.length;
    return out;
  }

  destroy(): void {
    this.body.destroy();
  }
}

interface Session {
  reqid: string;
  fileHash: string;
  fileName: string;
  fileSize: number;
  /** Pieces never cross a multiple of this (the slice size, or the piece size when unknown). */
  sliceSize: number;
  reader: ExactReader;
  offset: number;
  busy: boolean;
  lastActivity: number;
}

export class DownloadSessions {
  private readonly sessions = new Map<string, Session>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly opts: { sessionTimeoutMs: number; now: () => number; log?: (line: string) => void }) {
    this.sweeper = setInterval(() => this.sweep(), Math.min(5_000, opts.sessionTimeoutMs)).unref();
  }

  close(): void {
    clearInterval(this.sweeper);
    for (const s of [...this.sessions.values()]) this.drop(s);
  }

  get size(): number {
    return this.sessions.size;
  }

  /** Start a session on an opened download and answer with its first piece. */
  async start(d: RpcDownload, extra: { withFileInfo: boolean }): Promise<DownloadResult> {
    const s: Session = {
      reqid: randomUUID(),
      fileHash: d.fileHash,
      fileName: d.fileName,
      fileSize: d.fileSize,
      sliceSize: d.sliceSize && d.sliceSize > 0 ? d.sliceSize : DOWNLOAD_PIECE_SIZE,
      reader: new ExactReader(d.body),
      offset: 0,
      busy: false,
      lastActivity: this.opts.now(),
    };
    // A stream error before anyone reads must not become an unhandled 'error' event.
    d.body.on("error", () => {});
    this.sessions.set(s.reqid, s);
    const first = await this.piece(s);
    if (extra.withFileInfo && (first.return === R.DOWNLOAD_OK || first.return === R.DL_OK_ASK_INFO)) {
      first.filehash = s.fileHash;
      if (s.fileSize > 0) first.filesize = s.fileSize;
    }
    return first;
  }

  /** user_downloadData */
  async next(fileHash: string, reqid: string): Promise<DownloadResult> {
    const s = this.sessions.get(reqid);
    if (!s || s.fileHash !== fileHash) {
      return { return: R.GENERIC_ERR, detail: `no download session ${reqid} for ${fileHash}; start with user_requestDownload` };
    }
    if (s.busy) return { return: R.CONFLICT_WITH_ANOTHER_SESSION, detail: "the previous piece of this download is still being read" };
    return this.piece(s);
  }

  /** user_downloadedFileInfo: the client reports what it got; the session ends. */
  finish(fileHash: string, reqid: string, fileSize: number): DownloadResult {
    const s = this.sessions.get(reqid);
    if (!s || s.fileHash !== fileHash) return { return: R.SUCCESS };
    this.drop(s);
    if (fileSize !== s.fileSize) {
      return { return: R.WRONG_FILE_SIZE, detail: `the file has ${s.fileSize} bytes, the client reports ${fileSize}` };
    }
    return { return: R.SUCCESS };
  }

  private async piece(s: Session): Promise<DownloadResult> {
    s.lastActivity = this.opts.now();
    if (s.offset >= s.fileSize) return { return: R.DL_OK_ASK_INFO, reqid: s.reqid, filename: s.fileName };
    const sliceEnd = (Math.floor(s.offset / s.sliceSize) + 1) * s.sliceSize;
    const end = Math.min(s.offset + DOWNLOAD_PIECE_SIZE, sliceEnd, s.fileSize);
    s.busy = true;
    try {
      const data = await s.reader.read(end - s.offset);
      const start = s.offset;
      s.offset = end;
      s.lastActivity = this.opts.now();
      return {
        return: R.DOWNLOAD_OK,
        reqid: s.reqid,
        offsetstart: start,
        offsetend: end,
        filename: s.fileName,
        filedata: data.toString("base64"),
      };
    } catch (e) {
      this.drop(s);
      return { return: R.FILE_REQ_FAILURE, detail: `download of ${s.fileHash} failed at byte ${s.offset}: ${(e as Error).message}` };
    } finally {
      s.busy = false;
    }
  }

  private drop(s: Session): void {
    this.sessions.delete(s.reqid);
    s.reader.destroy();
  }

  private sweep(): void {
    const now = this.opts.now();
    for (const s of [...this.sessions.values()]) {
      if (!s.busy && now - s.lastActivity > this.opts.sessionTimeoutMs) {
        this.opts.log?.(`rpc download ${s.fileHash} (${s.reqid}): idle for ${this.opts.sessionTimeoutMs} ms, dropped`);
        this.drop(s);
      }
    }
  }
}
