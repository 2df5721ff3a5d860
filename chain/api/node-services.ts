// The methods the app alone cannot answer, served from the node's CometBFT RPC: broadcasts
// (cosmos.tx.v1beta1.Service/BroadcastTx, every mode), tx search (GetTxsEvent), GetBlockWithTxs and
// cosmos.base.tendermint.v1beta1.Service (node info, syncing, blocks, validator sets). A backend
// of the service table (chain/api/services.ts) like the app's query router, so REST and gRPC serve
// them from the same handlers. Tx results come from the app's own GetTx handler (logs, timestamp).
import { toBech32 } from "@cosmjs/encoding";
import { TxResponse } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import {
  ABCIQueryRequest,
  ABCIQueryResponse,
  GetBlockByHeightRequest,
  GetBlockByHeightResponse,
  GetLatestBlockResponse,
  GetLatestValidatorSetRequest,
  GetLatestValidatorSetResponse,
  GetNodeInfoResponse,
  GetSyncingResponse,
  GetValidatorSetByHeightRequest,
  GetValidatorSetByHeightResponse,
} from "cosmjs-types/cosmos/base/tendermint/v1beta1/query";
import { ConfigResponse } from "cosmjs-types/cosmos/base/node/v1beta1/query";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import {
  BroadcastMode,
  BroadcastTxRequest,
  BroadcastTxResponse,
  GetBlockWithTxsRequest,
  GetBlockWithTxsResponse,
  GetTxRequest,
  GetTxResponse,
  GetTxsEventRequest,
  GetTxsEventResponse,
  OrderBy,
} from "cosmjs-types/cosmos/tx/v1beta1/service";
import { Tx } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { PageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import type { BlockID } from "cosmjs-types/tendermint/types/types";
import { BlockIDFlag } from "cosmjs-types/tendermint/types/validator";
import type { Block as BlockT } from "cosmjs-types/tendermint/types/block";
import type { Block as SdkBlock } from "cosmjs-types/cosmos/base/tendermint/v1beta1/types";
import { ApiError, GrpcCode, type ApiBackend, type CallOptions, type CallResult, type MethodHandler } from "./services.ts";

export const MAX_EVENT_QUERY_LIMIT = 100n;
const APP_NAME = "stratos-chain";

export interface NodeServicesOptions {
  /** The node's CometBFT JSON-RPC (chain/node/comet-rpc.ts's CometRpc). */
  comet: { call(method: string, params?: Record<string, unknown>): Promise<any> };
  /** The app's GetTx handler (the other backend), for search hits and block-mode broadcasts. */
  getTx: MethodHandler;
  /** The app's version, for GetNodeInfo's application_version. */
  appVersion: string;
  /** bech32 prefix of consensus addresses in validator sets ("stvalcons"). */
  consensusPrefix?: string;
  /** The node's minimum gas price as sdk.DecCoins.String() ("1000000000.000000000000000000wei"). */
  minimumGasPrice?: string;
}

/** Wei per gas → sdk.DecCoins.String() of that one coin, as the SDK's node Config answers it. */
export function decCoinsString(weiPerGas: bigint, denom = "wei"): string {
  return weiPerGas > 0n ? `${weiPerGas}.${"0".repeat(18)}${denom}` : "";
}

/** The first element of baseapp.SplitABCIQueryPath that tmservice's ABCIQuery accepts. */
const ABCI_QUERY_ROOTS = new Set(["app", "store", "p2p", "custom"]);

function decodeOr<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw ApiError.invalidArgument(`invalid ${what}: ${(e as Error).message}`);
  }
}

const hex = (s: string | undefined | null) => Buffer.from(s ?? "", "hex");
const b64 = (s: string | undefined | null) => Buffer.from(s ?? "", "base64");

/** RFC 3339 with nanoseconds (CometBFT's times) → google.protobuf.Timestamp. */
export function timestampOf(text: string): { seconds: bigint; nanos: number } {
  const m = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(text ?? "");
  if (!m) return { seconds: 0n, nanos: 0 };
  const ms = Date.parse(`${m[1]}${m[3]}`);
  return { seconds: BigInt(Math.floor(ms / 1000)), nanos: Number((m[2] ?? "").padEnd(9, "0")) };
}

function blockIdOf(j: any): BlockID {
  return { hash: hex(j?.hash), partSetHeader: { total: Number(j?.parts?.total ?? 0), hash: hex(j?.parts?.hash) } };
}

/** CometBFT's block JSON → tendermint.types.Block (evidence is carried as an empty list). */
function blockOf(j: any): BlockT {
  const h = j.header;
  return {
    header: {
      version: { block: BigInt(h.version?.block ?? 0), app: BigInt(h.version?.app ?? 0) },
      chainId: h.chain_id,
      height: BigInt(h.height),
      time: timestampOf(h.time),
      lastBlockId: blockIdOf(h.last_block_id),
      lastCommitHash: hex(h.last_commit_hash),
      dataHash: hex(h.data_hash),
      validatorsHash: hex(h.validators_hash),
      nextValidatorsHash: hex(h.next_validators_hash),
      consensusHash: hex(h.consensus_hash),
      appHash: hex(h.app_hash),
      lastResultsHash: hex(h.last_results_hash),
      evidenceHash: hex(h.evidence_hash),
      proposerAddress: hex(h.proposer_address),
    },
    data: { txs: (j.data?.txs ?? []).map((t: string) => b64(t)) },
    evidence: { evidence: [] },
    lastCommit: {
      height: BigInt(j.last_commit?.height ?? 0),
      round: Number(j.last_commit?.round ?? 0),
      blockId: blockIdOf(j.last_commit?.block_id),
      signatures: (j.last_commit?.signatures ?? []).map((s: any) => ({
        blockIdFlag: Number(s.block_id_flag ?? BlockIDFlag.BLOCK_ID_FLAG_UNKNOWN),
        validatorAddress: hex(s.validator_address),
        timestamp: timestampOf(s.timestamp),
        signature: b64(s.signature),
      })),
    },
  } as unknown as BlockT;
}

/**
 * SDK 0.47's sdk_block: the same block with the proposer as a bech32 consensus address (the SDK's
 * convertBlock; tendermint's `block` is deprecated there but still answered next to it).
 */
function sdkBlockOf(b: BlockT, consensusPrefix: string): SdkBlock {
  const proposer = b.header.proposerAddress;
  return {
    header: { ...b.header, proposerAddress: proposer.length > 0 ? toBech32(consensusPrefix, proposer) : "" },
    data: b.data,
    evidence: b.evidence,
    lastCommit: b.lastCommit,
  } as SdkBlock;
}

const MAX_INT64 = (1n << 63n) - 1n;

/**
 * The SDK's query.ParsePagination, which its tmservice uses for validator sets: offset and limit
 * only (`key` and `count_total` are ignored; the total is always answered), limit 0 → 100, and
 * CometBFT's page = offset / limit + 1 (so an offset inside a page starts at that page). Values
 * above int64 wrap negative in Go's int(), hence its two errors.
 */
export function validatorSetPage(p: PageRequest | undefined): { page: bigint; perPage: bigint } {
  const offset = p?.offset ?? 0n;
  let limit = p?.limit ?? 0n;
  if (offset > MAX_INT64) throw ApiError.invalidArgument("offset must greater than 0");
  if (limit > MAX_INT64) throw ApiError.invalidArgument("limit must greater than 0");
  if (limit === 0n) limit = 100n;
  return { page: offset / limit + 1n, perPage: limit };
}

export function nodeServicesBackend(opts: NodeServicesOptions): ApiBackend {
  const prefix = opts.consensusPrefix ?? "stvalcons";
  const comet = async (method: string, params: Record<string, unknown> = {}): Promise<any> => {
    try {
      return await opts.comet.call(method, params);
    } catch (e) {
      const m = (e as Error).message;
      // An unreachable node is ours; CometBFT's JSON-RPC errors are the caller's (bad query,
      // height not available, tx already in the cache, mempool full).
      if (/cannot reach the node/.test(m)) throw new ApiError(GrpcCode.Unavailable, m);
      // CometBFT puts the reason in the error's data ("Internal error" is its generic message).
      const data = (e as { rpcError?: { data?: unknown } }).rpcError?.data;
      throw ApiError.invalidArgument(typeof data === "string" && data !== "" ? data : m.replace(/^\w+ failed: /, ""));
    }
  };
  const latestHeight = async () => BigInt((await comet("status")).sync_info.latest_block_height);

  // One CometBFT `validators` page, as the SDK asks for it (CometBFT caps per_page at 100 and
  // refuses a page past the end); next_key stays empty, total is CometBFT's.
  const validatorSet = async (height: bigint | undefined, p: PageRequest | undefined) => {
    const { page, perPage } = validatorSetPage(p);
    const r = await comet("validators", { ...(height ? { height: height.toString() } : {}), page: page.toString(), per_page: perPage.toString() });
    return {
      blockHeight: BigInt(r.block_height),
      validators: (r.validators as any[]).map((v) => ({
        address: toBech32(prefix, hex(v.address)),
        pubKey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key: b64(v.pub_key?.value) }).finish() },
        votingPower: BigInt(v.voting_power),
        proposerPriority: BigInt(v.proposer_priority),
      })),
      pagination: { nextKey: new Uint8Array(), total: BigInt(r.total) },
    };
  };

  const getTx = async (hash: string) => GetTxResponse.decode((await opts.getTx(GetTxRequest.encode({ hash }).finish(), {})).value);

  const handlers: Record<string, (req: Uint8Array, o: CallOptions) => Promise<Uint8Array>> = {
    "/cosmos.tx.v1beta1.Service/BroadcastTx": async (req) => {
      const r = decodeOr("BroadcastTxRequest", () => BroadcastTxRequest.decode(req));
      if (r.txBytes.length === 0) throw ApiError.invalidArgument("invalid empty tx");
      const tx = Buffer.from(r.txBytes).toString("base64");
      if (r.mode === BroadcastMode.BROADCAST_MODE_BLOCK) {
        // SDK ≤ 0.46 block mode (Keplr and older tools still send it): wait for the commit.
        const res = await comet("broadcast_tx_commit", { tx });
        const check = res.check_tx ?? {};
        if (Number(check.code ?? 0) !== 0) {
          const txResponse = TxResponse.fromPartial({ txhash: String(res.hash), code: Number(check.code), codespace: check.codespace ?? "", rawLog: check.log ?? "", gasWanted: BigInt(check.gas_wanted ?? 0), gasUsed: BigInt(check.gas_used ?? 0) });
          return BroadcastTxResponse.encode({ txResponse }).finish();
        }
        const got = await getTx(String(res.hash)).catch(() => undefined);
        const txResponse = got?.txResponse ?? TxResponse.fromPartial({ txhash: String(res.hash), height: BigInt(res.height ?? 0), code: Number(res.tx_result?.code ?? 0), rawLog: res.tx_result?.log ?? "" });
        return BroadcastTxResponse.encode({ txResponse }).finish();
      }
      const method = r.mode === BroadcastMode.BROADCAST_MODE_SYNC ? "broadcast_tx_sync" : r.mode === BroadcastMode.BROADCAST_MODE_ASYNC ? "broadcast_tx_async" : undefined;
      if (!method) throw ApiError.invalidArgument(`unsupported broadcast mode ${BroadcastMode[r.mode] ?? r.mode}; use BROADCAST_MODE_SYNC, BROADCAST_MODE_ASYNC or BROADCAST_MODE_BLOCK`);
      const res = await comet(method, { tx });
      const txResponse = TxResponse.fromPartial({
        txhash: String(res.hash),
        code: Number(res.code ?? 0),
        codespace: res.codespace ?? "",
        rawLog: res.log ?? "",
        data: b64(res.data).toString("hex").toUpperCase(),
      });
      return BroadcastTxResponse.encode({ txResponse }).finish();
    },

    "/cosmos.tx.v1beta1.Service/GetTxsEvent": async (req) => {
      const r = decodeOr("GetTxsEventRequest", () => GetTxsEventRequest.decode(req));
      // SDK 0.50 takes `query` (CometBFT syntax); 0.47 clients send `events` (AND-ed).
      const eventRe = /^[\w.\-]+\s*(=|<|>|<=|>=|CONTAINS|EXISTS)/;
      if (r.query === "") {
        const bad = r.events.find((e) => !eventRe.test(e.trim()));
        if (bad !== undefined) throw ApiError.invalidArgument(`invalid event; event ${JSON.stringify(bad)} should be of the format: {eventType}.{eventAttribute}={value}`);
      }
      const query = r.query || r.events.join(" AND ");
      if (!query) throw ApiError.invalidArgument("query (or events) must not be empty");
      // `page`/`limit` (0.47), else the pagination's offset/limit.
      const limit = r.limit > 0n ? r.limit : r.pagination && r.pagination.limit > 0n ? r.pagination.limit : 100n;
      const page = r.page > 0n ? r.page : r.pagination && r.pagination.offset > 0n ? r.pagination.offset / limit + 1n : 1n;
      if (limit > MAX_EVENT_QUERY_LIMIT) throw ApiError.invalidArgument(`limit must be at most ${MAX_EVENT_QUERY_LIMIT}, got ${limit}`);
      if (page > 1_000_000n) throw ApiError.invalidArgument(`page ${page} is out of range`);
      const res = await comet("tx_search", { query, page: page.toString(), per_page: limit.toString(), order_by: r.orderBy === OrderBy.ORDER_BY_DESC ? "desc" : "asc", prove: false });
      const txs = [];
      const txResponses = [];
      for (const t of res.txs ?? []) {
        const got = await getTx(String(t.hash));
        if (got.tx) txs.push(got.tx);
        if (got.txResponse) txResponses.push(got.txResponse);
      }
      const total = BigInt(res.total_count ?? txResponses.length);
      return GetTxsEventResponse.encode({ txs, txResponses, total, pagination: { nextKey: new Uint8Array(), total } }).finish();
    },

    // SDK 0.47's x/auth/tx GetBlockWithTxs: the block and a page of its txs decoded; offset and
    // limit index the block's txs (total = their count, no next_key). Reverse walks down from
    // `offset` and stops before index 0, as the SDK's loop does. One difference: a limit of 0 with a
    // pagination given is 100 here (SDK 0.47 answers no txs then; later SDKs default it).
    "/cosmos.tx.v1beta1.Service/GetBlockWithTxs": async (req) => {
      const r = decodeOr("GetBlockWithTxsRequest", () => GetBlockWithTxsRequest.decode(req));
      const current = await latestHeight();
      if (r.height < 1n || r.height > current) {
        throw ApiError.invalidArgument(`requested height ${r.height} but height must not be less than 1 or greater than the current height ${current}: invalid height`);
      }
      const b = await comet("block", { height: r.height.toString() });
      const block = blockOf(b.block);
      const all = block.data.txs;
      const n = BigInt(all.length);
      const offset = r.pagination?.offset ?? 0n;
      const limit = r.pagination && r.pagination.limit > 0n ? r.pagination.limit : 100n;
      if (offset >= n && n !== 0n) throw ApiError.invalidArgument(`out of range: cannot paginate ${n} txs with offset ${offset} and limit ${limit}: invalid request`);
      const picked: bigint[] = [];
      if (r.pagination?.reverse) for (let i = offset; i > 0n && BigInt(picked.length) !== limit; i--) picked.push(i);
      else for (let i = offset; i < n && BigInt(picked.length) !== limit; i++) picked.push(i);
      const txs = picked.map((i) => {
        try {
          return Tx.decode(all[Number(i)]);
        } catch (e) {
          throw new ApiError(GrpcCode.Internal, `tx ${i} of block ${r.height} does not decode: ${(e as Error).message}`);
        }
      });
      return GetBlockWithTxsResponse.encode({ txs, blockId: blockIdOf(b.block_id), block, pagination: { nextKey: new Uint8Array(), total: n } }).finish();
    },

    "/cosmos.base.tendermint.v1beta1.Service/GetNodeInfo": async () => {
      const s = await comet("status");
      const ni = s.node_info;
      return GetNodeInfoResponse.encode({
        defaultNodeInfo: {
          protocolVersion: { p2p: BigInt(ni.protocol_version?.p2p ?? 0), block: BigInt(ni.protocol_version?.block ?? 0), app: BigInt(ni.protocol_version?.app ?? 0) },
          defaultNodeId: ni.id,
          listenAddr: ni.listen_addr,
          network: ni.network,
          version: ni.version,
          channels: hex(ni.channels),
          moniker: ni.moniker,
          other: { txIndex: ni.other?.tx_index ?? "", rpcAddress: ni.other?.rpc_address ?? "" },
        },
        applicationVersion: { name: APP_NAME, appName: APP_NAME, version: opts.appVersion, gitCommit: "", buildTags: "", goVersion: `node ${process.version}`, buildDeps: [], cosmosSdkVersion: "" },
      }).finish();
    },

    // SDK 0.47's tmservice ABCIQuery: the node's abci_query for app/store/p2p/custom paths (gRPC
    // method paths are refused, as there); the answer, error codes included, is passed through.
    "/cosmos.base.tendermint.v1beta1.Service/ABCIQuery": async (req) => {
      const r = decodeOr("ABCIQueryRequest", () => ABCIQueryRequest.decode(req));
      if (r.path.length === 0) throw ApiError.invalidArgument("empty query path");
      const parts = (r.path.startsWith("/") ? r.path.slice(1) : r.path).split("/");
      if (!ABCI_QUERY_ROOTS.has(parts[0])) throw ApiError.invalidArgument("invalid ABCI query path");
      if (r.height < 0n) throw ApiError.invalidArgument(`height must not be negative, got ${r.height}`);
      const res = (await comet("abci_query", { path: r.path, data: Buffer.from(r.data).toString("hex"), height: r.height.toString(), prove: r.prove })).response ?? {};
      const ops = (res.proof_ops ?? res.proofOps)?.ops ?? [];
      return ABCIQueryResponse.encode(
        ABCIQueryResponse.fromPartial({
          code: Number(res.code ?? 0),
          log: res.log ?? "",
          info: res.info ?? "",
          index: BigInt(res.index ?? 0),
          key: b64(res.key),
          value: b64(res.value),
          proofOps: ops.length > 0 ? { ops: ops.map((o: any) => ({ type: String(o.type ?? ""), key: b64(o.key), data: b64(o.data) })) } : undefined,
          height: BigInt(res.height ?? 0),
          codespace: res.codespace ?? "",
        }),
      ).finish();
    },

    // SDK 0.47's node service: the operator's minimum gas price (node-local, app.json).
    "/cosmos.base.node.v1beta1.Service/Config": async () => ConfigResponse.encode(ConfigResponse.fromPartial({ minimumGasPrice: opts.minimumGasPrice ?? "" })).finish(),

    "/cosmos.base.tendermint.v1beta1.Service/GetSyncing": async () => {
      const s = await comet("status");
      return GetSyncingResponse.encode({ syncing: Boolean(s.sync_info.catching_up) }).finish();
    },

    "/cosmos.base.tendermint.v1beta1.Service/GetLatestBlock": async () => {
      const b = await comet("block");
      const block = blockOf(b.block);
      return GetLatestBlockResponse.encode({ blockId: blockIdOf(b.block_id), block, sdkBlock: sdkBlockOf(block, prefix) }).finish();
    },

    "/cosmos.base.tendermint.v1beta1.Service/GetBlockByHeight": async (req) => {
      const r = decodeOr("GetBlockByHeightRequest", () => GetBlockByHeightRequest.decode(req));
      const latest = await latestHeight();
      if (r.height > latest) throw ApiError.invalidArgument("requested block height is bigger then the chain length");
      if (r.height < 1n) throw ApiError.invalidArgument(`height must be at least 1, got ${r.height}`);
      const b = await comet("block", { height: r.height.toString() });
      const block = blockOf(b.block);
      return GetBlockByHeightResponse.encode({ blockId: blockIdOf(b.block_id), block, sdkBlock: sdkBlockOf(block, prefix) }).finish();
    },

    "/cosmos.base.tendermint.v1beta1.Service/GetLatestValidatorSet": async (req) => {
      const r = decodeOr("GetLatestValidatorSetRequest", () => GetLatestValidatorSetRequest.decode(req));
      return GetLatestValidatorSetResponse.encode(await validatorSet(undefined, r.pagination)).finish();
    },

    "/cosmos.base.tendermint.v1beta1.Service/GetValidatorSetByHeight": async (req) => {
      const r = decodeOr("GetValidatorSetByHeightRequest", () => GetValidatorSetByHeightRequest.decode(req));
      const latest = await latestHeight();
      if (r.height > latest) throw ApiError.invalidArgument("requested block height is bigger then the chain length");
      if (r.height < 1n) throw ApiError.invalidArgument(`height must be at least 1, got ${r.height}`);
      return GetValidatorSetByHeightResponse.encode(await validatorSet(r.height, r.pagination)).finish();
    },
  };

  return {
    handler(path) {
      const h = handlers[path];
      if (!h) return undefined;
      return async (req, o): Promise<CallResult> => ({ value: await h(req, o), height: 0n });
    },
  };
}
