// Composition of the JSON-RPC `user_*` API (resource-node/rpc/, built on its own dependency
// interfaces in rpc/deps.ts) with this node's gateway and meta-node client.
import { ProtocolError } from "../meta-node/protocol/errors.ts";
import type { RpcDeps, RpcGateway, RpcMetaApi } from "./rpc/deps.ts";
import { createRpcHandler } from "./rpc/index.ts";
import type { Gateway } from "./gateway.ts";
import type { Logger } from "./log.ts";
import type { MetaClient } from "./meta-client.ts";

export function rpcGateway(gw: Gateway): RpcGateway {
  return {
    async beginUpload(file) {
      const session = await gw.beginUpload({ size: file.fileSize, name: file.fileName, expectedFileHash: file.fileHash });
      return {
        write: (chunk) => session.write(chunk),
        commit: (auth) => session.commit({ wallet: file.owner, walletSig: auth.walletSig, reqTime: auth.reqTime, sequence: auth.sequence }),
        abort: () => session.abort(),
      };
    },
    async download(req) {
      const share = req.shareLink !== undefined && req.shareLink !== "";
      const d = await gw.download({
        ...(share ? { shareLink: req.shareLink, password: req.password } : { owner: req.owner, fileHash: req.fileHash }),
        auth: { wallet: req.wallet, walletSig: req.walletSig, reqTime: req.reqTime, sequence: req.sequence },
      });
      return { fileHash: d.fileHash, fileName: d.fileName, fileSize: d.fileSize, sliceSize: d.sliceSize, body: d.stream };
    },
  };
}

const seconds = (ms: unknown) => Math.floor(Number(ms ?? 0) / 1000);

export function rpcMeta(meta: MetaClient): RpcMetaApi {
  return {
    async fileStatus(q) {
      const s = await meta.fileStatus(q.fileHash, q.owner);
      const replicas = s.replicas?.length ? Math.min(...s.replicas) : s.state === 3 ? s.desired : 0;
      return { state: s.state, userHasFile: s.state !== 0, replicas };
    },
    async ozone(wallet) {
      const o = await meta.ozone(wallet);
      return { balance: o.balance, sequence: o.sequence ?? "" };
    },
    async list(q) {
      const r = await meta.list({ owner: q.wallet, walletSig: q.walletSig, reqTime: q.reqTime, page: q.page });
      return { files: r.files.map((f: any) => ({ fileHash: f.fileHash, fileSize: Number(f.fileSize), fileName: f.name ?? "", createTime: seconds(f.createdAt) })), total: r.total, page: r.page };
    },
    async deleteFile(q) {
      await meta.deleteFile({ owner: q.wallet, fileHash: q.fileHash, walletSig: q.walletSig, reqTime: q.reqTime });
    },
    async share(q) {
      const r = await meta.shareCreate({ owner: q.wallet, fileHash: q.fileHash, duration: q.duration, private: q.private, walletSig: q.walletSig, reqTime: q.reqTime });
      return { shareId: r.shareId, shareLink: `sds://${r.shareLink}${r.password ? `/${r.password}` : ""}` };
    },
    async listShares(q) {
      const r = await meta.shareList({ owner: q.wallet, walletSig: q.walletSig, reqTime: q.reqTime });
      const all = r.shares.map((s: any) => ({
        fileHash: s.fileHash,
        fileSize: Number(s.fileSize ?? 0),
        fileName: s.fileName ?? "",
        linkTime: seconds(s.createdAt),
        linkTimeExp: seconds(s.expiresAt),
        shareId: s.shareId,
        shareLink: `sds://${s.shareLink}${s.password ? `/${s.password}` : ""}`,
      }));
      const size = 100;
      return { shares: all.slice(q.page * size, (q.page + 1) * size), total: all.length, page: q.page };
    },
    async stopShare(q) {
      const r = await meta.shareStop({ owner: q.wallet, shareId: q.shareId, walletSig: q.walletSig, reqTime: q.reqTime });
      if (!r?.ok) throw new ProtocolError(500, "internal", `stopping share ${q.shareId} failed`);
    },
  };
}

export function mountRpc(node: { gateway: Gateway; sliceSize: number; log: Logger }) {
  const deps: RpcDeps = { gateway: rpcGateway(node.gateway), meta: rpcMeta(node.gateway.meta), sliceSize: node.sliceSize, log: (l) => node.log.info(`rpc: ${l}`) };
  return createRpcHandler(deps);
}
