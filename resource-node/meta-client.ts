// The meta-node API (PROTOCOL.md "Meta-node API") as called by a resource node: any bonded meta node
// can serve any request, so a call goes to the preferred one and fails over to the others on a
// network error or a 5xx; a 4xx answer (the request itself is wrong) is returned at once.
import type { NodeClient } from "../meta-node/protocol/client.ts";
import { ProtocolError } from "../meta-node/protocol/errors.ts";
import type { SignedPermit } from "../meta-node/protocol/permit.ts";
import type { WalletSignature } from "../meta-node/protocol/wallet-signature.ts";
import type { NodeDirectory } from "./directory.ts";

export interface WalletAuthFields {
  reqTime: number;
  walletSig: WalletSignature;
  sequence?: string;
}

export interface UploadPermitRequest extends WalletAuthFields {
  fileHash: string;
  fileSize: string;
  name: string;
  owner: string;
  sliceSize: number;
  slices: { number: number; hash: string; size: number }[];
  replicas?: number;
  /** Retry after failed destinations: the meta node should avoid these. */
  excludeNodes?: string[];
}

export type UploadPermitAnswer = { state: "exists"; fileHash: string } | { permit: SignedPermit; replicas?: number; state?: string };

export interface DownloadPermitRequest extends WalletAuthFields {
  wallet: string;
  fileHash?: string;
  owner?: string;
  shareLink?: string;
  password?: string;
}

export interface DownloadPermitAnswer {
  permit: SignedPermit;
  fileName?: string;
  fileSize?: string;
  nodeUrls?: Record<string, string>;
}

export interface FileStatusAnswer {
  fileHash: string;
  owner: string;
  state: number;
  stateName?: string;
  desired: number;
  replicas: number[];
  name?: string;
  fileSize?: string;
  confirmedHeight?: number | null;
}

export interface OzoneAnswer {
  wallet: string;
  purchased: string;
  charged: string;
  balance: string;
  sequence?: string;
}

const retryable = (e: unknown) => !(e instanceof ProtocolError) || e.status >= 500 || e.code === "timeout" || e.code === "unavailable";

export class MetaClient {
  constructor(
    private readonly dir: NodeDirectory,
    private readonly http: NodeClient,
  ) {}

  /** Bonded meta nodes in the order to try: `prefer` first, then the rest by address. */
  private async targets(prefer?: string): Promise<{ address: string; url: string }[]> {
    let metas = this.dir.bondedMetas();
    if (metas.length === 0) {
      await this.dir.refresh();
      metas = this.dir.bondedMetas();
    }
    if (metas.length === 0) throw new ProtocolError(503, "no_meta_nodes", "no bonded meta node is known: is the chain reachable and are meta nodes registered and running?");
    const list = metas.map((m) => ({ address: m.address, url: m.url }));
    if (prefer) list.sort((a, b) => Number(b.address === prefer) - Number(a.address === prefer));
    return list;
  }

  async call<T>(method: string, path: string, body?: unknown, prefer?: string): Promise<T & { _meta?: string }> {
    let last: unknown;
    for (const t of await this.targets(prefer)) {
      try {
        const r = await this.http.json<T>(t.url, method, path, body);
        if (r && typeof r === "object") Object.defineProperty(r, "_meta", { value: t.address, enumerable: false });
        return r as T & { _meta?: string };
      } catch (e) {
        last = e;
        if (!retryable(e)) throw e;
      }
    }
    throw last instanceof ProtocolError ? last : new ProtocolError(503, "unavailable", `no meta node answered ${method} ${path}: ${(last as Error)?.message}`);
  }

  ozone(wallet: string) {
    return this.call<OzoneAnswer>("GET", `/v1/ozone/${encodeURIComponent(wallet)}`);
  }
  uploadPermit(body: UploadPermitRequest) {
    return this.call<UploadPermitAnswer>("POST", "/v1/upload/permit", body);
  }
  sliceStored(body: { permitId: string; owner: string; fileHash: string; sliceNumber: number; sliceHash: string; size: number }, prefer?: string) {
    return this.call<{ ok: boolean; replicas?: number }>("POST", "/v1/upload/slice-stored", body, prefer);
  }
  fileStatus(fileHash: string, owner: string) {
    return this.call<FileStatusAnswer>("GET", `/v1/files/${encodeURIComponent(fileHash)}?owner=${encodeURIComponent(owner)}`);
  }
  downloadPermit(body: DownloadPermitRequest) {
    return this.call<DownloadPermitAnswer>("POST", "/v1/download/permit", body);
  }
  badSlice(body: { permitId: string; owner: string; fileHash: string; sliceNumber: number; sliceHash: string; node: string; reason: string }, prefer?: string) {
    return this.call<{ ok: boolean }>("POST", "/v1/slices/bad", body, prefer);
  }
  list(body: { owner: string; page?: number } & WalletAuthFields) {
    return this.call<{ files: any[]; total: number; page: number }>("POST", "/v1/files/list", body);
  }
  deleteFile(body: { owner: string; fileHash: string } & WalletAuthFields) {
    return this.call<{ ok: boolean }>("POST", "/v1/files/delete", body);
  }
  shareCreate(body: { owner: string; fileHash: string; duration?: number; private?: boolean } & WalletAuthFields) {
    return this.call<{ shareId: string; shareLink: string; password: string; expiresAt: number }>("POST", "/v1/shares/create", body);
  }
  shareList(body: { owner: string } & WalletAuthFields) {
    return this.call<{ shares: any[] }>("POST", "/v1/shares/list", body);
  }
  shareStop(body: { owner: string; shareId: string } & WalletAuthFields) {
    return this.call<{ ok: boolean }>("POST", "/v1/shares/stop", body);
  }
  shareResolve(body: { shareLink: string; password?: string }) {
    return this.call<{ shareId: string; shareLink: string; owner: string; fileHash: string; fileName: string; fileSize: string; expiresAt: number }>("POST", "/v1/shares/resolve", body);
  }
  heartbeat(url: string, body: { url: string; capacityBytes: number; usedBytes: number }) {
    return this.http.json<{ ok: boolean; livenessTimeoutMs?: number }>(url, "POST", "/v1/nodes/heartbeat", body, { timeoutMs: 5_000 });
  }
}
