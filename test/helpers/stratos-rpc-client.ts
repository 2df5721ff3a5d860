// A client of Stratos' resource-node JSON-RPC API, written only from the Stratos API description
// (stratosnet/sds v0.12.11: pp/api/rpc/types.go, example/rpcclient, sds-msg/utils/sign.go) — it
// imports no code of our daemons, so a test through it shows that a client written for Stratos works
// unchanged. It does what example/rpcclient does: user_requestGetOzone for the sequence number,
// user_requestUpload / user_uploadData (base64 ranges the node asks for) / user_uploadSign, polls
// user_getFileStatus, and downloads with user_requestDownload / user_downloadData /
// user_downloadedFileInfo. The wallet is an eth_secp256k1 key, as ppd's.
import { toBech32 } from "@cosmjs/encoding";
import { secp256k1 } from "@noble/curves/secp256k1.js";
import { keccak_256 } from "@noble/hashes/sha3.js";

export const SUCCESS = "0";
export const UPLOAD_DATA = "1";
export const DOWNLOAD_OK = "2";
export const DL_OK_ASK_INFO = "3";
export const FILE_UPLOAD_STATE_FINISHED = 3;

export interface Signature {
  address: string;
  pubkey: string;
  signature: string;
}

export interface JsonRpcAnswer<T = any> {
  jsonrpc: string;
  id: unknown;
  result?: T;
  error?: { code: number; message: string };
}

/** Stratos file hash (sds framework/crypto CalcFileHash, codec 0x66, no encryption tag). */
export function stratosFileHash(data: Uint8Array): string {
  const mh20 = (x: Uint8Array) => Uint8Array.from([0x1b, 0x14, ...keccak_256(x).subarray(0, 20)]);
  const cid = Uint8Array.from([0x01, 0x66, ...mh20(mh20(data))]);
  const alphabet = "0123456789abcdefghijklmnopqrstuv";
  let bits = 0;
  let acc = 0;
  let out = "v";
  for (const b of cid) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out += alphabet[(acc << (5 - bits)) & 31];
  return out;
}

export class StratosRpcClient {
  readonly address: string;
  readonly pubkey: string;
  private id = 0;

  constructor(
    readonly url: string,
    private readonly privateKey: Uint8Array,
    /** Unix seconds for req_time (tests shift it to make stale requests). */
    private readonly clock: () => number = () => Math.floor(Date.now() / 1000),
  ) {
    const pub33 = secp256k1.getPublicKey(privateKey, true);
    const uncompressed = secp256k1.getPublicKey(privateKey, false);
    this.address = toBech32("st", keccak_256(uncompressed.subarray(1)).subarray(12));
    this.pubkey = toBech32("stpub", pub33);
  }

  /** go-ethereum crypto.Sign over Keccak-256 of the string: 65 bytes r||s||v, hex. */
  sign(message: string): Signature {
    const rec = secp256k1.sign(keccak_256(new TextEncoder().encode(message)), this.privateKey, {
      prehash: false,
      format: "recovered",
    });
    const rsv = Uint8Array.from([...rec.subarray(1), rec[0]!]);
    return { address: this.address, pubkey: this.pubkey, signature: Buffer.from(rsv).toString("hex") };
  }

  now(): number {
    return this.clock();
  }

  /** One JSON-RPC call as example/rpcclient sends it: {"jsonrpc":"2.0","id":n,"method":m,"params":[p]}. */
  async call<T = any>(method: string, param: unknown): Promise<JsonRpcAnswer<T>> {
    return this.raw({ jsonrpc: "2.0", id: ++this.id, method, params: [param] });
  }

  /** Any JSON body (for malformed-request tests). */
  async raw<T = any>(body: unknown, contentType = "application/json"): Promise<JsonRpcAnswer<T>> {
    const res = await fetch(this.url, {
      method: "POST",
      headers: { "content-type": contentType },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`HTTP ${res.status}: ${text}`);
    return JSON.parse(text);
  }

  /** The result of a call; a JSON-RPC error throws. */
  async result<T = any>(method: string, param: unknown): Promise<T> {
    const a = await this.call<T>(method, param);
    if (a.error) throw new Error(`${method}: JSON-RPC error ${a.error.code}: ${a.error.message}`);
    return a.result as T;
  }

  async getOzone(wallet = this.address): Promise<{ return: string; ozone?: string; sequencynumber?: string }> {
    return this.result("user_requestGetOzone", { walletaddr: wallet });
  }

  private async sequence(): Promise<string> {
    const oz = await this.getOzone();
    if (oz.return !== SUCCESS) throw new Error(`user_requestGetOzone answered ${JSON.stringify(oz)}`);
    return oz.sequencynumber ?? "";
  }

  uploadParams(fileHash: string, sn: string, extra: Record<string, unknown> = {}) {
    const reqTime = this.now();
    return { filehash: fileHash, signature: this.sign(fileHash + this.address + sn + reqTime), req_time: reqTime, sequencenumber: sn, ...extra };
  }

  /**
   * The whole upload of example/rpcclient `put`. Returns the file hash, the results seen and the
   * final status once FINISHED (or the first non-success answer, without polling).
   */
  async put(
    data: Uint8Array,
    fileName: string,
    opts: { pollMs?: number; timeoutMs?: number } = {},
  ): Promise<{ fileHash: string; results: any[]; final: any; status?: any }> {
    const fileHash = stratosFileHash(data);
    let sn = await this.sequence();
    const results: any[] = [];
    let res = await this.result(
      "user_requestUpload",
      this.uploadParams(fileHash, sn, { filename: fileName, filesize: data.length, desired_tier: 2, allow_higher_tier: true }),
    );
    results.push(res);
    while (res.return === UPLOAD_DATA) {
      const chunk = data.subarray(res.offsetstart, res.offsetend);
      res = await this.result("user_uploadData", this.uploadParams(fileHash, sn, { data: Buffer.from(chunk).toString("base64") }));
      results.push({ ...res });
    }
    if (res.return !== SUCCESS) return { fileHash, results, final: res };
    sn = await this.sequence();
    res = await this.result("user_uploadSign", this.uploadParams(fileHash, sn));
    results.push(res);
    if (res.return !== SUCCESS) return { fileHash, results, final: res };
    const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
    for (;;) {
      const status = await this.fileStatus(fileHash);
      if (status.file_upload_state === FILE_UPLOAD_STATE_FINISHED) return { fileHash, results, final: res, status };
      if (status.return !== SUCCESS || status.file_upload_state === 2) return { fileHash, results, final: res, status };
      if (Date.now() > deadline) throw new Error(`upload of ${fileHash} not FINISHED in time: ${JSON.stringify(status)}`);
      await new Promise((r) => setTimeout(r, opts.pollMs ?? 300));
    }
  }

  async fileStatus(fileHash: string): Promise<any> {
    const t = this.now();
    return this.result("user_getFileStatus", { filehash: fileHash, signature: this.sign(fileHash + this.address + t), req_time: t });
  }

  /** example/rpcclient `get`: returns the bytes, the name and every `return` seen. */
  async get(fileHandle: string): Promise<{ data: Buffer; fileName?: string; returns: string[]; final: any }> {
    const fileHash = fileHandle.slice(48, 88);
    const sn = await this.sequence();
    const t = this.now();
    let res = await this.result("user_requestDownload", {
      filehandle: fileHandle,
      signature: this.sign(fileHash + this.address + sn + t),
      req_time: t,
    });
    return this.drain(fileHash, res);
  }

  /** user_requestGetShared, then the same piece loop (example/rpcclient `getshared`). */
  async getShared(shareLink: string): Promise<{ data: Buffer; fileName?: string; returns: string[]; final: any }> {
    const sn = await this.sequence();
    const t = this.now();
    const link = shareLink.slice("sds://".length).split("/")[0]!;
    const res = await this.result("user_requestGetShared", {
      sharelink: shareLink,
      signature: this.sign(link + this.address + sn + t),
      req_time: t,
    });
    return this.drain(res.filehash ?? "", res);
  }

  private async drain(fileHash: string, first: any): Promise<{ data: Buffer; fileName?: string; returns: string[]; final: any }> {
    let res = first;
    const returns: string[] = [];
    const pieces: Buffer[] = [];
    let size = 0;
    let reqid: string | undefined = res.reqid;
    const fileName: string | undefined = res.filename;
    while (res.return === DOWNLOAD_OK || res.return === DL_OK_ASK_INFO) {
      returns.push(res.return);
      reqid = res.reqid ?? reqid; // as Go's Unmarshal into the same struct: absent fields keep their value
      if (res.return === DL_OK_ASK_INFO) {
        res = await this.result("user_downloadedFileInfo", { filehash: fileHash, filesize: size, reqid });
        continue;
      }
      const piece = Buffer.from(res.filedata ?? "", "base64");
      if (piece.length !== res.offsetend - res.offsetstart) throw new Error(`piece [${res.offsetstart}, ${res.offsetend}) has ${piece.length} bytes`);
      if (res.offsetstart !== size) throw new Error(`piece starts at ${res.offsetstart}, expected ${size}`);
      pieces.push(piece);
      size += piece.length;
      res = await this.result("user_downloadData", { filehash: fileHash, reqid });
    }
    returns.push(res.return);
    return { data: Buffer.concat(pieces), fileName, returns, final: res };
  }

  async list(page = 0): Promise<any> {
    const t = this.now();
    return this.result("user_requestList", { signature: this.sign(this.address + t), page, req_time: t });
  }

  async share(fileHash: string, opts: { duration?: number; private?: boolean } = {}): Promise<any> {
    const t = this.now();
    return this.result("user_requestShare", {
      filehash: fileHash,
      signature: this.sign(fileHash + this.address + t),
      req_time: t,
      ...(opts.duration !== undefined ? { duration: opts.duration } : {}),
      ...(opts.private ? { private_flag: true } : {}),
    });
  }

  async listShares(page = 0): Promise<any> {
    const t = this.now();
    return this.result("user_requestListShare", { signature: this.sign(this.address + t), page, req_time: t });
  }

  async stopShare(shareId: string): Promise<any> {
    const t = this.now();
    return this.result("user_requestStopShare", { signature: this.sign(shareId + this.address + t), shareid: shareId, req_time: t });
  }

  async deleteFile(fileHash: string): Promise<any> {
    const t = this.now();
    return this.result("user_requestDeleteFile", { filehash: fileHash, signature: this.sign(fileHash + this.address + t), req_time: t });
  }
}
