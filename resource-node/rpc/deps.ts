// What the RPC layer needs from the rest of the resource node. The composition root (the resource
// node's server) supplies them: `gateway` moves file bytes through the storage network, `meta` asks
// the meta nodes (meta-node/PROTOCOL.md) about files, shares and ozone. Both fail with a
// ProtocolError (meta-node/protocol/errors.ts) whose `code` word the RPC layer maps to a Stratos
// return code; any other error counts as an internal failure.
import type { Readable } from "node:stream";
import type { WalletSignature } from "../../meta-node/protocol/wallet-signature.ts";

export interface RpcUploadFile {
  fileHash: string;
  fileSize: number;
  fileName: string;
  owner: string;
  desiredTier?: number;
  allowHigherTier?: boolean;
}

export interface RpcUploadAuth {
  /** The owner's signature of walletSignMessage.upload(fileHash, owner, sequence, reqTime). */
  walletSig: WalletSignature;
  sequence: string;
  /** Unix seconds. */
  reqTime: number;
}

/** Where an RPC upload's bytes go while they arrive (the gateway stages them on disk). */
export interface RpcUploadSink {
  /** The next bytes of the file, in order. */
  write(chunk: Uint8Array): Promise<void>;
  /**
   * Every byte was written and the file hash checked: ask a meta node for the permit with the
   * wallet's signature and send the slices. Resolves once the upload is under way (permit granted)
   * or the file turned out to be stored already; rejects with the meta node's refusal.
   */
  commit(auth: RpcUploadAuth): Promise<RpcUploadStarted>;
  /** Drop the staged bytes (session stopped, failed or timed out). */
  abort(): Promise<void>;
}

export interface RpcUploadStarted {
  /** "exists": same hash, same owner already stored (a free no-op); "started": a permit was granted. */
  state: "exists" | "started";
  /** Settles when every slice is stored (or the upload failed). */
  done: Promise<unknown>;
}

export interface RpcDownloadRequest {
  fileHash: string;
  /** The owner from the sdm:// handle; absent for a share-link download. */
  owner?: string;
  /** The downloading (and paying) wallet. */
  wallet: string;
  /** Signature of walletSignMessage.download(…) or, with a share link, walletSignMessage.getShared(…). */
  walletSig: WalletSignature;
  reqTime: number;
  /** The wallet's sequence number the signature was made with (from the meta node's ozone answer). */
  sequence: string;
  /** Share link without `sds://` and without the password. */
  shareLink?: string;
  password?: string;
}

export interface RpcDownload {
  fileHash: string;
  fileName: string;
  fileSize: number;
  /** Bytes per slice of this file, if known: download pieces then never cross a slice boundary (as in ppd). */
  sliceSize?: number;
  /** The file's bytes in order, already checked slice by slice against their hashes. */
  body: Readable;
}

export interface RpcGateway {
  /** Start staging an upload of exactly `file.fileSize` bytes. */
  beginUpload(file: RpcUploadFile): Promise<RpcUploadSink>;
  download(req: RpcDownloadRequest): Promise<RpcDownload>;
}

export interface WalletSigned {
  wallet: string;
  walletSig: WalletSignature;
  reqTime: number;
}

export interface RpcFileStatus {
  /** FileUploadState: UNKNOWN 0, UPLOADING 1, FAILED 2, FINISHED 3, CONFIRMING 4. */
  state: number;
  userHasFile: boolean;
  /** Replicas of the least-replicated slice. */
  replicas: number;
  error?: string;
}

export interface RpcFileEntry {
  fileHash: string;
  fileSize: number;
  fileName: string;
  /** Unix seconds. */
  createTime: number;
}

export interface RpcShareEntry {
  fileHash: string;
  fileSize: number;
  fileName: string;
  /** Unix seconds. */
  linkTime: number;
  /** Unix seconds; 0 = never expires. */
  linkTimeExp: number;
  shareId: string;
  shareLink: string;
}

export interface RpcMetaApi {
  fileStatus(q: { fileHash: string; owner: string } & Partial<WalletSigned>): Promise<RpcFileStatus>;
  /** Ozone balance (noz, decimal string) and the wallet's current sequence number. */
  ozone(wallet: string): Promise<{ balance: string; sequence: string }>;
  list(q: WalletSigned & { page: number }): Promise<{ files: RpcFileEntry[]; total: number; page: number }>;
  deleteFile(q: WalletSigned & { fileHash: string }): Promise<void>;
  share(
    q: WalletSigned & { fileHash: string; duration?: number; private?: boolean; ipfsCid?: string; metaInfo?: string },
  ): Promise<{ shareId: string; shareLink: string }>;
  listShares(q: WalletSigned & { page: number }): Promise<{ shares: RpcShareEntry[]; total: number; page: number }>;
  stopShare(q: WalletSigned & { shareId: string }): Promise<void>;
}

export interface RpcDeps {
  gateway: RpcGateway;
  meta: RpcMetaApi;
  /** Slice size used to cut upload ranges at slice boundaries (ppd: 32 MiB). */
  sliceSize?: number;
  /** Idle upload/download sessions are dropped after this long (default 60 s). */
  sessionTimeoutMs?: number;
  /** Unix milliseconds; injectable for tests. */
  now?: () => number;
  log?: (line: string) => void;
}
