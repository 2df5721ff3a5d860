// Stratos' client API on the resource node: the JSON-RPC 2.0 `user_*` methods of ppd (sds v0.12.11),
// with its parameter names, signed strings and return codes (README.md lists them and where we
// differ). `createRpcHandler(deps)` is a Node http handler; the resource node mounts it at POST /rpc.
import type { IncomingMessage, ServerResponse } from "node:http";
import { isValidFileHash } from "../../chain/crypto/cid.ts";
import {
  checkReqTime,
  verifyWalletSignature,
  walletSignMessage,
  type WalletSignature,
} from "../../meta-node/protocol/wallet-signature.ts";
import { DEFAULT_SESSION_TIMEOUT_MS, MAX_META_INFO_LENGTH, R } from "./codes.ts";
import type { RpcDeps } from "./deps.ts";
import { DownloadSessions } from "./download.ts";
import { codeOf } from "./errors.ts";
import { createJsonRpcHandler, type RpcMethod } from "./jsonrpc.ts";
import { decodeParams } from "./params.ts";
import { UploadSessions } from "./upload.ts";

export type { RpcDeps, RpcGateway, RpcMetaApi } from "./deps.ts";
export { R as RETURN_CODES, FILE_DATA_SAFE_SIZE, DOWNLOAD_PIECE_SIZE } from "./codes.ts";
export { MAX_REQUEST_BYTES } from "./jsonrpc.ts";

export interface RpcHandler {
  (req: IncomingMessage, res: ServerResponse): void;
  /** Stops the session sweepers and drops open sessions (their temporary files too). */
  close(): void;
  /** Open sessions, for status pages and tests. */
  sessions(): { uploads: number; downloads: number };
}

const FILE_HANDLE_LENGTH = 88;

/** ppd's ParseFileHandle: fixed positions `sdm://` + 41-char wallet + `/` + 40-char hash. */
function parseFileHandle(handle: string): { owner: string; fileHash: string } | undefined {
  if (handle.length < FILE_HANDLE_LENGTH) return undefined;
  if (handle.slice(3, 6) !== "://" || handle[47] !== "/" || handle.slice(0, 3) !== "sdm") return undefined;
  return { owner: handle.slice(6, 47), fileHash: handle.slice(48, 88) };
}

/** ppd's ParseShareLink: `sds://<link>[/<password>]`. */
function parseShareLink(s: string): { link: string; password: string } | undefined {
  if (!s.startsWith("sds://")) return undefined;
  const parts = s.slice("sds://".length).split("/");
  if (!parts[0]) return undefined;
  return { link: parts[0], password: parts[1] ?? "" };
}

export function createRpcHandler(deps: RpcDeps): RpcHandler {
  const now = deps.now ?? Date.now;
  const nowSec = () => Math.floor(now() / 1000);
  const sessionTimeoutMs = deps.sessionTimeoutMs ?? DEFAULT_SESSION_TIMEOUT_MS;
  const uploads = new UploadSessions({
    gateway: deps.gateway,
    sliceSize: deps.sliceSize,
    sessionTimeoutMs,
    now,
    log: deps.log,
  });
  const downloads = new DownloadSessions({ sessionTimeoutMs, now, log: deps.log });

  /** Checks a signature of `message` and the freshness of req_time; a failure answer or null. */
  function checkSig(sig: WalletSignature, message: string, reqTime: number): { return: string; detail: string } | null {
    const v = verifyWalletSignature(sig, message);
    if (!v.ok) return { return: R.SIGNATURE_FAILURE, detail: v.reason };
    const stale = checkReqTime(reqTime, nowSec());
    if (stale) return { return: R.SIGNATURE_FAILURE, detail: stale };
    return null;
  }

  const badHash = (h: string) => ({ return: R.WRONG_INPUT, detail: `${JSON.stringify(h)} is not a Stratos file hash` });
  const failed = (e: unknown) => {
    const { code, detail } = codeOf(e);
    return { return: code, detail };
  };

  const methods = new Map<string, RpcMethod>([
    [
      "user_requestUpload",
      async (params) => {
        const p = decodeParams("ParamReqUploadFile", params);
        const owner = p.signature.address;
        const bad = checkSig(p.signature, walletSignMessage.upload(p.filehash, owner, p.sequencenumber, p.req_time), p.req_time);
        if (bad) return bad;
        if (!isValidFileHash(p.filehash)) return badHash(p.filehash);
        if (p.filesize < 0) return { return: R.WRONG_FILE_SIZE, detail: `filesize ${p.filesize} is negative` };
        let exists = false;
        try {
          const st = await deps.meta.fileStatus({ fileHash: p.filehash, owner });
          exists = st.userHasFile && st.state === 3;
          if (!exists) {
            // Refuse up front what the meta node would refuse after all bytes were sent.
            const oz = await deps.meta.ozone(owner);
            if (BigInt(oz.balance) < BigInt(p.filesize)) {
              return {
                return: R.INTERNAL_DATA_FAILURE,
                detail: `not enough ozone: ${owner} has ${oz.balance} noz, storing ${p.filesize} bytes costs at least ${p.filesize} noz per replica; buy ozone with a prepay (resource-node prepay, or stratos-chain tx sds prepay)`,
              };
            }
          }
        } catch (e) {
          return failed(e);
        }
        return uploads.begin({
          owner,
          fileHash: p.filehash,
          fileName: p.filename,
          fileSize: p.filesize,
          desiredTier: p.desired_tier,
          allowHigherTier: p.allow_higher_tier,
          exists,
        });
      },
    ],
    [
      "user_uploadData",
      async (params) => {
        const p = decodeParams("ParamUploadData", params);
        const owner = p.signature.address;
        const bad = checkSig(p.signature, walletSignMessage.upload(p.filehash, owner, p.sequencenumber, p.req_time), p.req_time);
        if (bad) return bad;
        return uploads.data({ owner, fileHash: p.filehash, data: p.data, stop: p.stop ?? false });
      },
    ],
    [
      "user_uploadSign",
      async (params) => {
        const p = decodeParams("ParamUploadSign", params);
        const owner = p.signature.address;
        const bad = checkSig(p.signature, walletSignMessage.upload(p.filehash, owner, p.sequencenumber, p.req_time), p.req_time);
        if (bad) return bad;
        return uploads.sign({ owner, fileHash: p.filehash, walletSig: p.signature, sequence: p.sequencenumber, reqTime: p.req_time });
      },
    ],
    [
      "user_getFileStatus",
      async (params) => {
        const p = decodeParams("ParamGetFileStatus", params);
        const owner = p.signature.address;
        const zero = { file_upload_state: 0, user_has_file: false, replicas: 0 };
        const bad = checkSig(p.signature, walletSignMessage.fileStatus(p.filehash, owner, p.req_time), p.req_time);
        if (bad) return { return: bad.return, error: bad.detail, ...zero };
        if (!isValidFileHash(p.filehash)) return { return: R.WRONG_INPUT, error: badHash(p.filehash).detail, ...zero };
        try {
          const st = await deps.meta.fileStatus({ fileHash: p.filehash, owner, wallet: owner, walletSig: p.signature, reqTime: p.req_time });
          const error =
            st.error ??
            (st.state === 3 && st.replicas === 0
              ? `No available replicas remains for the file ${p.filehash}, re-upload it if you still want to use it`
              : undefined);
          return {
            return: R.SUCCESS,
            ...(error ? { error } : {}),
            file_upload_state: st.state,
            user_has_file: st.userHasFile,
            replicas: st.replicas,
          };
        } catch (e) {
          const f = failed(e);
          return { return: f.return, error: f.detail, ...zero };
        }
      },
    ],
    [
      "user_requestDownload",
      async (params) => {
        const p = decodeParams("ParamReqDownloadFile", params);
        const h = parseFileHandle(p.filehandle);
        if (!h) return { return: R.WRONG_INPUT, detail: `${JSON.stringify(p.filehandle)} is not a file handle sdm://<owner wallet>/<file hash>` };
        const wallet = p.signature.address;
        if (h.owner !== wallet) {
          return { return: R.WRONG_WALLET_ADDRESS, detail: "only the file owner may download through an sdm:// handle; others use a share link (user_requestGetShared)" };
        }
        if (!isValidFileHash(h.fileHash)) return badHash(h.fileHash);
        try {
          // The signed string holds the wallet's sequence number, which only the meta node knows.
          const { sequence } = await deps.meta.ozone(wallet);
          const bad = checkSig(p.signature, walletSignMessage.download(h.fileHash, wallet, sequence, p.req_time), p.req_time);
          if (bad) return bad;
          const d = await deps.gateway.download({ fileHash: h.fileHash, owner: h.owner, wallet, walletSig: p.signature, reqTime: p.req_time, sequence });
          return await downloads.start(d, { withFileInfo: false });
        } catch (e) {
          const f = failed(e);
          return f.return === R.INTERNAL_DATA_FAILURE ? { return: R.FILE_REQ_FAILURE, detail: f.detail } : f;
        }
      },
    ],
    [
      "user_downloadData",
      async (params) => {
        const p = decodeParams("ParamDownloadData", params);
        return downloads.next(p.filehash, p.reqid);
      },
    ],
    [
      "user_downloadedFileInfo",
      async (params) => {
        const p = decodeParams("ParamDownloadFileInfo", params);
        return downloads.finish(p.filehash, p.reqid, p.filesize);
      },
    ],
    [
      "user_requestList",
      async (params) => {
        const p = decodeParams("ParamReqFileList", params);
        const wallet = p.signature.address;
        const bad = checkSig(p.signature, walletSignMessage.list(wallet, p.req_time), p.req_time);
        if (bad) return { return: bad.return };
        try {
          const r = await deps.meta.list({ wallet, walletSig: p.signature, reqTime: p.req_time, page: p.page ?? 0 });
          return {
            return: R.SUCCESS,
            ...(r.files.length
              ? {
                  fileinfo: r.files.map((f) => ({
                    filehash: f.fileHash,
                    filesize: f.fileSize,
                    filename: f.fileName,
                    ...(f.createTime ? { createtime: f.createTime } : {}),
                  })),
                }
              : {}),
            ...(r.total ? { totalnumber: r.total } : {}),
            ...(r.page ? { page: r.page } : {}),
          };
        } catch (e) {
          return { return: failed(e).return };
        }
      },
    ],
    [
      "user_requestDeleteFile",
      async (params) => {
        const p = decodeParams("ParamReqDeleteFile", params);
        const wallet = p.signature.address;
        const bad = checkSig(p.signature, walletSignMessage.deleteFile(p.filehash, wallet, p.req_time), p.req_time);
        if (bad) return bad;
        if (!isValidFileHash(p.filehash)) return badHash(p.filehash);
        try {
          await deps.meta.deleteFile({ wallet, walletSig: p.signature, reqTime: p.req_time, fileHash: p.filehash });
          return { return: R.SUCCESS };
        } catch (e) {
          return failed(e);
        }
      },
    ],
    [
      "user_requestShare",
      async (params) => {
        const p = decodeParams("ParamReqShareFile", params);
        if ((p.meta_info ?? "").length > MAX_META_INFO_LENGTH) return { return: `${R.WRONG_INPUT}, invalid meta info` };
        const wallet = p.signature.address;
        const bad = checkSig(p.signature, walletSignMessage.share(p.filehash, wallet, p.req_time), p.req_time);
        if (bad) return bad;
        if (!isValidFileHash(p.filehash)) return badHash(p.filehash);
        if (p.duration !== undefined && p.duration < 0) return { return: R.WRONG_INPUT, detail: "duration must not be negative" };
        try {
          const r = await deps.meta.share({
            wallet,
            walletSig: p.signature,
            reqTime: p.req_time,
            fileHash: p.filehash,
            duration: p.duration,
            private: p.private_flag,
            ipfsCid: p.ipfs_cid,
            metaInfo: p.meta_info,
          });
          return { return: R.SUCCESS, shareid: r.shareId, sharelink: r.shareLink };
        } catch (e) {
          return failed(e);
        }
      },
    ],
    [
      "user_requestListShare",
      async (params) => {
        const p = decodeParams("ParamReqListShared", params);
        const wallet = p.signature.address;
        const bad = checkSig(p.signature, walletSignMessage.listShare(wallet, p.req_time), p.req_time);
        if (bad) return bad;
        try {
          const r = await deps.meta.listShares({ wallet, walletSig: p.signature, reqTime: p.req_time, page: p.page ?? 0 });
          return {
            return: R.SUCCESS,
            ...(r.shares.length
              ? {
                  fileinfo: r.shares.map((s) => ({
                    filehash: s.fileHash,
                    filesize: s.fileSize,
                    filename: s.fileName,
                    ...(s.linkTime ? { linktime: s.linkTime } : {}),
                    ...(s.linkTimeExp ? { linktimeexp: s.linkTimeExp } : {}),
                    shareid: s.shareId,
                    sharelink: s.shareLink,
                  })),
                }
              : {}),
            ...(r.total ? { totalnumber: r.total } : {}),
            ...(r.page ? { page: r.page } : {}),
          };
        } catch (e) {
          return failed(e);
        }
      },
    ],
    [
      "user_requestStopShare",
      async (params) => {
        const p = decodeParams("ParamReqStopShare", params);
        const wallet = p.signature.address;
        const bad = checkSig(p.signature, walletSignMessage.stopShare(p.shareid, wallet, p.req_time), p.req_time);
        if (bad) return bad;
        try {
          await deps.meta.stopShare({ wallet, walletSig: p.signature, reqTime: p.req_time, shareId: p.shareid });
          return { return: R.SUCCESS };
        } catch (e) {
          return failed(e);
        }
      },
    ],
    [
      "user_requestGetShared",
      async (params) => {
        const p = decodeParams("ParamReqGetShared", params);
        const link = parseShareLink(p.sharelink);
        if (!link) return { return: R.WRONG_INPUT, detail: `${JSON.stringify(p.sharelink)} is not a share link sds://<link>[/<password>]` };
        const wallet = p.signature.address;
        try {
          const { sequence } = await deps.meta.ozone(wallet);
          const bad = checkSig(p.signature, walletSignMessage.getShared(link.link, wallet, sequence, p.req_time), p.req_time);
          if (bad) return bad;
          const d = await deps.gateway.download({
            fileHash: "",
            wallet,
            walletSig: p.signature,
            reqTime: p.req_time,
            sequence,
            shareLink: link.link,
            password: link.password,
          });
          return await downloads.start(d, { withFileInfo: true });
        } catch (e) {
          const f = failed(e);
          return f.return === R.INTERNAL_DATA_FAILURE ? { return: R.FILE_REQ_FAILURE, detail: f.detail } : f;
        }
      },
    ],
    [
      "user_requestGetOzone",
      async (params) => {
        const p = decodeParams("ParamReqGetOzone", params);
        try {
          const r = await deps.meta.ozone(p.walletaddr);
          return { return: R.SUCCESS, ozone: r.balance, sequencynumber: r.sequence };
        } catch (e) {
          return { return: failed(e).return };
        }
      },
    ],
  ]);

  const http = createJsonRpcHandler(methods, {
    onInternalError: (method, e) => deps.log?.(`rpc ${method}: internal error: ${(e as Error)?.stack ?? String(e)}`),
  });
  const handler = ((req: IncomingMessage, res: ServerResponse) => http(req, res)) as RpcHandler;
  handler.close = () => {
    uploads.close();
    downloads.close();
  };
  handler.sessions = () => ({ uploads: uploads.size, downloads: downloads.size });
  return handler;
}
