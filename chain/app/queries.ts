// abci_query: gRPC method paths (what CosmJS's QueryClient sends), raw store reads with ICS23
// proofs at /store/<module>/key, and the tx service (Simulate, GetTx).
import { ABCIMessageLog, TxResponse } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { GetTxRequest, GetTxResponse, SimulateRequest, SimulateResponse, TxDecodeRequest, TxDecodeResponse, TxEncodeRequest, TxEncodeResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { AuthInfo, Tx, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { CommitmentProof } from "cosmjs-types/cosmos/ics23/v1/proofs";
import * as abci from "cosmjs-types/tendermint/abci/types";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import type { MerkleStore } from "../store/merkle-store.ts";
import type { Context, ExecMode } from "./context.ts";
import { AppError, asAppError, errors, queryErrors } from "./errors.ts";
import type { KVPair, KVStore } from "./kv.ts";
import type { AppModule, QueryHandler } from "./module.ts";
import { auxBlockTimeKey, auxTxKey } from "./tx-index.ts";
import { checkQueryRequestWire } from "../tx/wire-check.ts";
import { wireSchemas } from "../tx/wire-schema.ts";
import { decodeTxParts } from "../tx/decode.ts";
import type { MsgDescriptor } from "./module.ts";

/** What the query router needs from the app: committed state, contexts, and simulation. */
export interface QueryHost {
  readonly store: Pick<MerkleStore, "version" | "oldestVersion" | "get" | "getAt" | "range" | "getAux" | "prove">;
  makeContext(store: KVStore, mode: ExecMode, height: bigint, time: Timestamp): Context;
  simulate(tx: Uint8Array): { result: abci.ExecTxResult; msgResponses: Any[] };
}

export const PROOF_OP_TYPE = "ics23:smt";
const dec = new TextDecoder();

/** Read-only view of state at a past height (point reads walk that version's tree). */
class HistoricalKV implements KVStore {
  constructor(
    private readonly app: QueryHost,
    private readonly height: bigint,
  ) {}
  get(key: Uint8Array) {
    return this.app.store.getAt(key, this.height);
  }
  iterate(): Iterable<KVPair> {
    throw queryErrors.invalidArgument(`listing queries are answered at the latest height only (asked for ${this.height})`);
  }
  set(): void {
    throw new Error("read-only");
  }
  delete(): void {
    throw new Error("read-only");
  }
}

class LatestKV implements KVStore {
  constructor(private readonly app: QueryHost) {}
  get(key: Uint8Array) {
    return this.app.store.get(key);
  }
  iterate(start: Uint8Array, end?: Uint8Array) {
    return this.app.store.range(start, end);
  }
  set(): void {
    throw new Error("read-only");
  }
  delete(): void {
    throw new Error("read-only");
  }
}

export class AppQueries {
  private readonly handlers = new Map<string, QueryHandler>();
  private readonly storeKeys: ReadonlySet<string>;

  constructor(
    private readonly app: QueryHost,
    modules: AppModule[],
    storeKeys: readonly string[],
  ) {
    this.storeKeys = new Set(storeKeys);
    for (const m of modules) for (const [path, h] of Object.entries(m.queries)) this.handlers.set(path, h);
    this.handlers.set("/cosmos.tx.v1beta1.Service/Simulate", (_ctx, data) => this.simulate(data));
    this.handlers.set("/cosmos.tx.v1beta1.Service/GetTx", (_ctx, data) => this.getTx(data));
    const msgs = new Map<string, MsgDescriptor>();
    for (const m of modules) for (const d of m.msgs) msgs.set(d.typeUrl, d);
    // SDK 0.47's TxDecode / TxEncode (x/auth/tx service): the app's TxDecoder, no validation beyond
    // it; encode is TxRaw of the body and auth info as given (stateless: any height answers the same).
    this.handlers.set("/cosmos.tx.v1beta1.Service/TxDecode", (_ctx, data) => {
      const { txBytes } = TxDecodeRequest.decode(data);
      if (txBytes.length === 0) throw queryErrors.invalidArgument("invalid empty tx bytes");
      const { raw, body, authInfo } = decodeTxParts(txBytes, (u) => msgs.get(u));
      return TxDecodeResponse.encode({ tx: { body, authInfo, signatures: raw.signatures } }).finish();
    });
    this.handlers.set("/cosmos.tx.v1beta1.Service/TxEncode", (_ctx, data) => {
      const { tx } = TxEncodeRequest.decode(data);
      if (!tx) throw queryErrors.invalidArgument("invalid empty tx");
      return TxEncodeResponse.encode({ txBytes: TxRaw.encode(txToRaw(tx)).finish() }).finish();
    });
  }

  /** Every gRPC method path answered (the transports of chain/api route exactly these). */
  get paths(): string[] {
    return [...this.handlers.keys()].sort();
  }

  handle(req: abci.RequestQuery): abci.ResponseQuery {
    const latest = this.app.store.version;
    let height = req.height === 0n ? latest : req.height;
    try {
      if (latest === 0n) throw queryErrors.invalidArgument("no committed state yet; wait for the first block");
      if (height > latest) throw queryErrors.invalidArgument(`cannot query with height in the future (${height} > latest ${latest}); please provide a valid height`);
      if (height < this.app.store.oldestVersion) {
        throw queryErrors.invalidArgument(`height ${height} is no longer available (oldest kept is ${this.app.store.oldestVersion})`);
      }
      if (req.path.startsWith("/store/")) return this.storeQuery(req, height);
      const handler = this.handlers.get(req.path);
      if (!handler) throw new AppError("sdk", 6, `unknown query path ${req.path}: unknown request`);
      if (req.prove) throw queryErrors.invalidArgument("proofs are given for /store/<module>/key queries only");
      // Bytes that are not the route's request type are the client's error (the SDK's decode
      // failure: ErrInvalidRequest), checked before the lenient generated decoder reads them.
      const data = this.checkRequest(req.path, req.data);
      const store = height === latest ? new LatestKV(this.app) : new HistoricalKV(this.app, height);
      const ctx = this.app.makeContext(store, "check", height, { seconds: 0n, nanos: 0 });
      const value = handler(ctx, data);
      return { ...emptyResponse(height), value };
    } catch (e) {
      const err = asAppError(e);
      return { ...emptyResponse(height), code: err.code, codespace: err.codespace, log: err.message };
    }
  }

  /** Request type per path, looked up in the .proto files the first time a path is asked for. */
  private readonly requestTypes = new Map<string, string | undefined>();

  private checkRequest(path: string, data: Uint8Array): Uint8Array {
    if (!this.requestTypes.has(path)) this.requestTypes.set(path, wireSchemas().requestType(path));
    const type = this.requestTypes.get(path);
    if (type) return checkQueryRequestWire(data, type);
    // A path no .proto declares (test/unit/app/query-errors.test.ts fails for one): wire format only.
    const wireError = protobufWireError(data);
    if (wireError) throw errors.invalidRequest(`request for ${path} is not a protobuf message: ${wireError}: invalid request`);
    return data;
  }

  /** /store/<module>/key: data is the key inside the module's prefix, as in the Cosmos SDK. */
  private storeQuery(req: abci.RequestQuery, height: bigint): abci.ResponseQuery {
    // As rootmulti.Store.Query: the store name first (a name that is not a mounted store, such as
    // genutil, which has none, has nothing to read), then the sub-path.
    const [, name, subpath] = /^\/store\/([^/]*)(.*)$/.exec(req.path)!;
    if (!this.storeKeys.has(name)) throw errors.unknownRequest(`no such store: ${name}: unknown request`);
    if (subpath !== "/key") throw queryErrors.invalidArgument(`unsupported store query ${req.path}; use /store/<module>/key`);
    const key = Buffer.concat([Buffer.from(`${name}/`), req.data]);
    const value = this.app.store.getAt(key, height) ?? new Uint8Array();
    const res: abci.ResponseQuery = { ...emptyResponse(height), key, value };
    if (req.prove) {
      const proof = this.app.store.prove(key, height);
      res.proofOps = { ops: [{ type: PROOF_OP_TYPE, key, data: CommitmentProof.encode(proof).finish() }] };
    }
    return res;
  }

  private simulate(data: Uint8Array): Uint8Array {
    const req = SimulateRequest.decode(data);
    const bytes = req.txBytes.length > 0 ? req.txBytes : req.tx ? TxRaw.encode(txToRaw(req.tx)).finish() : new Uint8Array();
    const { result, msgResponses } = this.app.simulate(bytes);
    if (result.code !== 0) throw new AppError(result.codespace, result.code, result.log);
    return SimulateResponse.encode({
      gasInfo: { gasWanted: result.gasWanted, gasUsed: result.gasUsed },
      result: { data: result.data, log: result.log, events: result.events, msgResponses },
    }).finish();
  }

  private getTx(data: Uint8Array): Uint8Array {
    const { hash } = GetTxRequest.decode(data);
    if (!/^[0-9a-fA-F]{64}$/.test(hash)) throw queryErrors.invalidArgument(`tx hash must be 64 hex characters, got ${JSON.stringify(hash)}`);
    const raw = this.app.store.getAux(auxTxKey(Buffer.from(hash, "hex")));
    if (!raw) throw queryErrors.notFound(`tx not found: ${hash.toUpperCase()}`);
    const tr = abci.TxResult.decode(raw);
    const r = tr.result!;
    const decodedTx = Tx.decode(tr.tx);
    const timeRaw = this.app.store.getAux(auxBlockTimeKey(tr.height));
    const timestamp = timeRaw ? rfc3339(JSON.parse(dec.decode(timeRaw))) : "";
    const txResponse = TxResponse.fromPartial({
      height: tr.height,
      txhash: hash.toUpperCase(),
      codespace: r.codespace,
      code: r.code,
      data: Buffer.from(r.data).toString("hex").toUpperCase(),
      rawLog: r.log,
      // SDK 0.47 (NewResponseResultTx): logs parsed from the raw log; empty for a failed tx.
      logs: parseAbciLogs(r.code, r.log),
      info: r.info,
      gasWanted: r.gasWanted,
      gasUsed: r.gasUsed,
      tx: { typeUrl: "/cosmos.tx.v1beta1.Tx", value: Tx.encode(decodedTx).finish() },
      timestamp,
      events: r.events,
    });
    return GetTxResponse.encode({ tx: decodedTx, txResponse }).finish();
  }
}

/** ABCIMessageLogs from a tx log (our own JSON for a successful tx); none when it is an error text. */
export function parseAbciLogs(code: number, log: string): ABCIMessageLog[] {
  if (code !== 0 || !log.startsWith("[")) return [];
  try {
    const parsed = JSON.parse(log) as { msg_index: number; log?: string; events: { type: string; attributes: { key: string; value: string }[] }[] }[];
    return parsed.map((l) => ABCIMessageLog.fromPartial({ msgIndex: l.msg_index, log: l.log ?? "", events: l.events }));
  } catch {
    return [];
  }
}

/**
 * Why `b` is not well-formed protobuf wire format (tags, varints, lengths; no groups), or undefined.
 * Nested messages are not parsed: their bytes are a length-delimited field like strings.
 */
export function protobufWireError(b: Uint8Array): string | undefined {
  let i = 0;
  const varint = (): bigint | undefined => {
    let v = 0n;
    for (let shift = 0n; shift < 70n; shift += 7n) {
      if (i >= b.length) return undefined;
      const x = b[i++];
      v |= BigInt(x & 0x7f) << shift;
      if ((x & 0x80) === 0) return v;
    }
    return undefined;
  };
  while (i < b.length) {
    const at = i;
    const tag = varint();
    if (tag === undefined) return `truncated tag at byte ${at}`;
    const field = tag >> 3n;
    const wire = Number(tag & 7n);
    if (field === 0n || field > 536870911n) return `invalid field number ${field} at byte ${at}`;
    if (wire === 0) {
      if (varint() === undefined) return `truncated varint at byte ${at}`;
    } else if (wire === 1 || wire === 5) {
      i += wire === 1 ? 8 : 4;
      if (i > b.length) return `truncated fixed-width field at byte ${at}`;
    } else if (wire === 2) {
      const len = varint();
      if (len === undefined || BigInt(i) + len > BigInt(b.length)) return `length-delimited field ${field} at byte ${at} runs past the end`;
      i += Number(len);
    } else {
      return `unsupported wire type ${wire} (field ${field}) at byte ${at}`;
    }
  }
  return undefined;
}

function txToRaw(tx: Tx): TxRaw {
  return {
    bodyBytes: tx.body ? TxBody.encode(tx.body).finish() : new Uint8Array(),
    authInfoBytes: tx.authInfo ? AuthInfo.encode(tx.authInfo).finish() : new Uint8Array(),
    signatures: tx.signatures,
  };
}

function rfc3339(t: { seconds: string; nanos: number }): string {
  const ms = Number(BigInt(t.seconds) * 1000n) + Math.floor(t.nanos / 1e6);
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, `.${String(t.nanos).padStart(9, "0")}Z`);
}

function emptyResponse(height: bigint): abci.ResponseQuery {
  return { code: 0, log: "", info: "", index: 0n, key: new Uint8Array(), value: new Uint8Array(), proofOps: undefined, height, codespace: "" };
}
