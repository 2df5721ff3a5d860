// The ABCI application, knowing no module: owns the store, the three working states (check, block,
// query) and the path of a transaction: decode → ante → router → keepers → events → Commit. What
// the chain consists of (modules, keepers, ante handler) comes in an AppDefinition from the
// composition root (chain/root/app.ts).
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { Any } from "cosmjs-types/google/protobuf/any";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import * as abci from "cosmjs-types/tendermint/abci/types";
import { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import { existsSync } from "node:fs";
import "../types/proto-writer.ts";
import { BaseAbciApplication } from "../abci/application.ts";
import { encodeTxResult } from "../abci/encoded-results.ts";
import { MerkleStore } from "../store/merkle-store.ts";
import { decodeTx, type DecodedTx } from "../tx/decode.ts";
import type { AuxStore, Context, ExecMode } from "./context.ts";
import { AppError, asAppError, errors, nodeErrors } from "./errors.ts";
import { abciMessageLogs, DiscardingEventManager, EventManager } from "./events.ts";
import { GasMeter, OutOfGasError } from "./gas.ts";
import { CacheKV, GasKV, type KVReader, type KVStore } from "./kv.ts";
import type { AppModule, ValidatorUpdate } from "./module.ts";
import { AppQueries, type QueryHost } from "./queries.ts";
import type { Router, RoutedMsg } from "./router.ts";
import { auxBlockTimeKey, auxTxKey, txHash } from "./tx-index.ts";

export const APP_NAME = "stratos-chain";
export const APP_VERSION = "0.1.0";
export const APP_PROTOCOL_VERSION = 1n;

export interface AppOptions {
  /** Directory of the app's lmdb database. */
  dataDir: string;
  /** Minimum gas price, wei per gas; default 1 gwei. */
  minGasPrice?: bigint;
  /** Largest tx the node accepts into its mempool (bytes). */
  maxTxBytes?: number;
  /** Heights kept for historical queries and proofs (0 = all). */
  keepRecent?: number;
  logger?: { info(msg: string): void; error(msg: string): void };
  /**
   * Node-local check before a block is made durable (the node's free-space floor): throws to refuse.
   * A refused Commit writes nothing of the block and fails (ResponseException), so the node stops
   * instead of committing into a disk that cannot take it.
   */
  commitGuard?(height: bigint): void;
  /**
   * Node-local admission check for new txs (not ReCheckTx): why this node must not take txs into
   * its mempool now (it is stalled, or below its free-disk floor), or undefined. Such txs would be
   * accepted and then lost; refused, the client can send them to another node.
   */
  admissionGuard?(): string | undefined;
  /** Called after each Commit is durable (node-local reporting, e.g. the node's status file). */
  afterCommit?(height: bigint, appHash: Uint8Array): void;
}

export const DEFAULT_MIN_GAS_PRICE = 1_000_000_000n;
export const DEFAULT_MAX_TX_BYTES = 2 * 1024 * 1024;

const enc = new TextEncoder();
const dec = new TextDecoder();
const AUX_CHAIN_ID = enc.encode("meta/chain_id");
/** CometBFT's consensus params from InitChain (we never update them), kept for modules that read them (evidence max age). */
const AUX_CONSENSUS_PARAMS = enc.encode("meta/consensus_params");
export { auxBlockTimeKey, auxTxKey, txHash };

/** Node-local settings the ante handler gets with every tx (not consensus rules). */
export interface AnteOptions {
  /** Minimum gas price in wei per gas (checked in CheckTx only, like the SDK's min-gas-prices). */
  minGasPrice: bigint;
}

/**
 * Every check a tx passes before its messages run (fees, signatures, sequences). The app knows no
 * accounts: the composition root injects the auth module's handler. Throws AppError to reject.
 */
export type AnteHandler = (ctx: Context, tx: DecodedTx, opts: AnteOptions) => void;

/** What a chain is made of; built by the composition root. */
export interface AppDefinition<K> {
  /** The keepers, for callers that read state directly (tests, tools). */
  keepers: K;
  /** In genesis order (InitGenesis and EndBlock run in this order; BeginBlock too unless beginBlockOrder says otherwise). */
  modules: AppModule[];
  /** Module names in the order their BeginBlock runs (the SDK's SetOrderBeginBlockers); default: `modules`' order. */
  beginBlockOrder?: readonly string[];
  router: Router;
  anteHandler: AnteHandler;
  /**
   * The stores the app mounts (the SDK app.go's KVStoreKeys): every state key lies under
   * `<name>/`; `/store/<name>/key` queries answer only these names.
   */
  storeKeys: readonly string[];
  /** Runs after every module's InitGenesis, on the same state (e.g. creating module accounts). */
  afterInitGenesis?(ctx: Context): void;
}

function beginBlockOrder(modules: AppModule[], order: readonly string[] | undefined): AppModule[] {
  if (!order) return modules;
  const byName = new Map(modules.map((m) => [m.name, m]));
  const named = new Set(order);
  const missing = modules.filter((m) => m.beginBlock && !named.has(m.name)).map((m) => m.name);
  if (missing.length) throw new Error(`beginBlockOrder leaves out modules with a BeginBlock: ${missing.join(", ")}`);
  return order.map((name) => {
    const m = byName.get(name);
    if (!m) throw new Error(`beginBlockOrder names an unknown module: ${name}`);
    return m;
  });
}

/** FinalizeBlock's aux records: buffered (and visible to later reads in the block) until Commit writes them. */
class BlockAux implements AuxStore {
  readonly writes: [Uint8Array, Uint8Array | null][] = [];
  private readonly pending = new Map<string, Uint8Array | null>();
  constructor(private readonly store: Pick<MerkleStore, "getAux">) {}
  get(key: Uint8Array): Uint8Array | undefined {
    const k = Buffer.from(key).toString("latin1");
    if (this.pending.has(k)) return this.pending.get(k) ?? undefined;
    return this.store.getAux(key);
  }
  set(key: Uint8Array, value: Uint8Array | null): void {
    this.pending.set(Buffer.from(key).toString("latin1"), value);
    this.writes.push([key, value]);
  }
}

export interface Wiring<K> {
  keepers: K;
  modules: AppModule[];
  beginBlockers: AppModule[];
  msgs: Map<string, RoutedMsg>;
  aminoTypes: Router["aminoTypes"];
  storeKeys: readonly string[];
}

/**
 * Decoded txs by hash, so a tx is decoded (and its stateless checks run) once: at CheckTx, then
 * reused by every ReCheckTx and by FinalizeBlock. Decoding is a pure function of the bytes (and
 * of the app's fixed message table), so a hit returns what decoding would. A hit also requires
 * identical bytes, so a hash collision or a different tx can never be confused with a cached one.
 * Bounded: the oldest entry goes first when full; entries leave when their tx is delivered or
 * evicted from the mempool, so the cache follows the mempool's size.
 */
export class DecodedTxCache {
  private readonly entries = new Map<string, DecodedTx>();
  constructor(readonly capacity = 50_000) {}

  get size(): number {
    return this.entries.size;
  }
  get(key: string, bytes: Uint8Array): DecodedTx | undefined {
    const hit = this.entries.get(key);
    return hit !== undefined && Buffer.from(hit.bytes.buffer, hit.bytes.byteOffset, hit.bytes.byteLength).equals(bytes) ? hit : undefined;
  }
  set(key: string, tx: DecodedTx): void {
    this.entries.delete(key); // re-insert at the back
    if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, tx);
  }
  delete(key: string): void {
    this.entries.delete(key);
  }
}

/**
 * The cached decoded tx is shared by every later use, so nothing may change it: plain objects and
 * arrays are frozen (a handler that tried to mutate its message would throw in CheckTx already,
 * not silently diverge from a node that decoded afresh). Byte arrays cannot be frozen; nothing writes them.
 */
function deepFreeze(x: unknown): void {
  if (x === null || typeof x !== "object" || ArrayBuffer.isView(x) || Object.isFrozen(x)) return;
  Object.freeze(x);
  for (const v of Object.values(x)) deepFreeze(v);
}

/** Freezes what decoding produced, not the shared message descriptors it points to. Every decode, cached or not, so all nodes behave alike. */
function freezeDecoded(tx: DecodedTx): void {
  for (const part of [tx.raw, tx.body, tx.authInfo, tx.signers]) deepFreeze(part);
  for (const m of tx.msgs) {
    deepFreeze(m.any);
    deepFreeze(m.msg);
    deepFreeze(m.signers);
    Object.freeze(m);
  }
  Object.freeze(tx.msgs);
  Object.freeze(tx);
}

export interface TxOutcome {
  result: abci.ExecTxResult;
  msgResponses: Any[];
}

/** Reads of the last committed state, the parent of every working state. */
class CommittedKV implements KVReader {
  constructor(private readonly store: MerkleStore) {}
  get(key: Uint8Array) {
    return this.store.get(key);
  }
  iterate(start: Uint8Array, end?: Uint8Array) {
    return this.store.range(start, end);
  }
}

export class BaseApp<K = unknown> extends BaseAbciApplication implements QueryHost {
  readonly store: MerkleStore;
  readonly wiring: Wiring<K>;
  readonly queries: AppQueries;
  private readonly anteHandler: AnteHandler;
  private readonly afterInitGenesis?: (ctx: Context) => void;
  private readonly anteOptions: AnteOptions;
  private readonly maxTxBytes: number;
  private readonly log: NonNullable<AppOptions["logger"]>;
  private readonly committed: CommittedKV;
  /** Decoded txs of the mempool (see DecodedTxCache); node-local, never part of consensus. */
  readonly txCache = new DecodedTxCache();

  chainId: string;
  private consensusParams?: ConsensusParams;
  /**
   * The last committed block's time (genesis time before the first block): CheckTx and simulation run
   * with it, as the SDK's check state carries the last header, so e.g. MsgUnjail's jail-time check
   * answers in CheckTx what the next block would.
   */
  private lastBlockTime: Timestamp = { seconds: 0n, nanos: 0 };
  /** Genesis state between InitChain and the first Commit (nothing durable before Commit). */
  private genesisState?: CacheKV;
  private checkState: CacheKV;
  private block?: { height: bigint; time: Timestamp; state: CacheKV; aux: [Uint8Array, Uint8Array | null][] };
  /** Test-only fault injection: exit between FinalizeBlock and Commit at this height. */
  private readonly crashBeforeCommitAt?: bigint;
  /**
   * Test-only fault injection: while this file exists, FinalizeBlock answers one tx result too
   * many, which CometBFT takes for a consensus failure: its consensus stops, its RPC and mempool
   * go on (what a full disk does to it), i.e. a stalled node.
   */
  private readonly breakConsensusFile?: string;

  constructor(
    readonly options: AppOptions,
    definition: AppDefinition<K>,
  ) {
    super();
    this.store = MerkleStore.open(options.dataDir, { keepRecent: options.keepRecent ?? 1000 });
    const { keepers, modules, router, storeKeys } = definition;
    this.wiring = { keepers, modules, beginBlockers: beginBlockOrder(modules, definition.beginBlockOrder), msgs: router.msgs, aminoTypes: router.aminoTypes, storeKeys };
    this.anteHandler = definition.anteHandler;
    this.afterInitGenesis = definition.afterInitGenesis;
    this.anteOptions = { minGasPrice: options.minGasPrice ?? DEFAULT_MIN_GAS_PRICE };
    this.maxTxBytes = options.maxTxBytes ?? DEFAULT_MAX_TX_BYTES;
    this.log = options.logger ?? { info: () => {}, error: (m) => console.error(m) };
    this.committed = new CommittedKV(this.store);
    this.checkState = new CacheKV(this.committed);
    const chainId = this.store.getAux(AUX_CHAIN_ID);
    this.chainId = chainId ? dec.decode(chainId) : "";
    const cp = this.store.getAux(AUX_CONSENSUS_PARAMS);
    this.consensusParams = cp ? ConsensusParams.decode(cp) : undefined;
    const lastTime = this.store.version > 0n ? this.store.getAux(auxBlockTimeKey(this.store.version)) : undefined;
    if (lastTime) {
      const t = JSON.parse(dec.decode(lastTime));
      this.lastBlockTime = { seconds: BigInt(t.seconds), nanos: t.nanos };
    }
    this.queries = new AppQueries(this, this.wiring.modules, this.wiring.storeKeys);
    const crash = process.env.STRATOS_TEST_CRASH_BEFORE_COMMIT_AT;
    if (crash) this.crashBeforeCommitAt = BigInt(crash);
    this.breakConsensusFile = process.env.STRATOS_TEST_BREAK_CONSENSUS_FILE || undefined;
  }

  close(): void {
    this.store.close();
  }

  get lastHeight(): bigint {
    return this.store.version;
  }

  private readonly readOnlyAux: AuxStore = {
    get: (key) => this.store.getAux(key),
    set: () => {
      throw new Error("aux records are written only in FinalizeBlock");
    },
  };

  makeContext(store: KVStore, mode: ExecMode, height: bigint, time: Timestamp, gasMeter = new GasMeter()): Context {
    // (Re)CheckTx answers carry no events (SDK 0.47 drops the ante events outside deliver and
    // simulate), so building them would be work nobody sees.
    const events = mode === "recheck" || mode === "check" ? new DiscardingEventManager() : new EventManager();
    return { store, gasMeter, events, height, time, chainId: this.chainId, mode, txHash: "", aux: this.readOnlyAux };
  }

  /**
   * Every module's genesis at the last committed height, in the Cosmos JSON layout. Used as a
   * new chain's app_state it reproduces the same module state (and app hash).
   */
  exportAppState(): { height: bigint; appState: Record<string, unknown> } {
    // Reads only: a cache over committed state that is never written.
    const ctx = this.makeContext(new CacheKV(this.committed), "genesis", this.store.version, { seconds: 0n, nanos: 0 });
    const appState: Record<string, unknown> = {};
    for (const m of this.wiring.modules) appState[m.name] = m.exportGenesis(ctx);
    return { height: this.store.version, appState };
  }

  // ---- ABCI: connection handshake ------------------------------------------------------------

  info(_req: abci.RequestInfo): abci.ResponseInfo {
    const height = this.store.version;
    return {
      data: APP_NAME,
      version: APP_VERSION,
      appVersion: APP_PROTOCOL_VERSION,
      lastBlockHeight: height,
      lastBlockAppHash: height > 0n ? this.store.rootHash : new Uint8Array(),
    };
  }

  initChain(req: abci.RequestInitChain): abci.ResponseInitChain {
    let appState: Record<string, unknown>;
    try {
      appState = req.appStateBytes.length ? JSON.parse(dec.decode(req.appStateBytes)) : {};
      if (typeof appState !== "object" || appState === null || Array.isArray(appState)) throw new Error("app_state must be a JSON object");
      for (const m of this.wiring.modules) m.validateGenesis(appState[m.name]);
      const known = new Set(this.wiring.modules.map((m) => m.name));
      for (const k of Object.keys(appState)) if (!known.has(k)) throw new Error(`app_state.${k}: no such module on this chain`);
    } catch (e) {
      const msg = `invalid genesis: ${(e as Error).message}`;
      this.log.error(msg);
      throw new Error(msg);
    }
    this.chainId = req.chainId;
    this.consensusParams = req.consensusParams;
    this.lastBlockTime = req.time!;
    const state = new CacheKV(this.committed);
    const ctx: Context = {
      ...this.makeContext(state, "genesis", req.initialHeight, req.time!),
      deliverGenesisTx: (tx) => this.runTx("genesis", tx, state, req.initialHeight, req.time!).result,
    };
    const validators = collectValidatorUpdates(this.wiring.modules, "InitGenesis", (m) => m.initGenesis(ctx, appState[m.name]));
    this.afterInitGenesis?.(ctx);
    const appHash = this.store.stage(req.initialHeight, state.sortedWrites());
    this.genesisState = state;
    this.checkState = new CacheKV(state);
    this.log.info(`genesis initialised for chain ${req.chainId}, app hash ${Buffer.from(appHash).toString("hex")}`);
    // Empty validators: accept CometBFT's genesis validator set as is (a chain without staking state).
    return { consensusParams: undefined, validators, appHash };
  }

  // ---- mempool ---------------------------------------------------------------------------------

  checkTx(req: abci.RequestCheckTx): abci.ResponseCheckTx {
    const mode: ExecMode = req.type === abci.CheckTxType.RECHECK ? "recheck" : "check";
    if (req.tx.length > this.maxTxBytes) {
      return checkTxResult(toExecResult(errors.txTooLarge(`tx size ${req.tx.length} bytes exceeds the node's limit of ${this.maxTxBytes} bytes: tx too large`), 0n, 0n, []));
    }
    if (mode === "check" && this.options.admissionGuard) {
      const refusal = this.options.admissionGuard();
      if (refusal !== undefined) return checkTxResult(toExecResult(nodeErrors.notAcceptingTxs(`this node is not accepting txs: ${refusal}`), 0n, 0n, []));
    }
    const height = this.store.version + 1n;
    const key = txCacheKey(req.tx);
    const { result } = this.runTx(mode, req.tx, this.checkState, height, this.lastBlockTime, key);
    // A tx that fails (Re)CheckTx leaves the mempool: its decoding is not needed any more.
    if (result.code !== 0) this.txCache.delete(key);
    return checkTxResult(result);
  }

  // ---- consensus -------------------------------------------------------------------------------

  finalizeBlock(req: abci.RequestFinalizeBlock): abci.ResponseFinalizeBlock {
    // A FinalizeBlock without a following Commit (cometbft restarted while the app kept running)
    // must not leak its staged writes into this one; genesis writes are staged again.
    this.store.discardStaged();
    // The app hash block `req.height`'s header carries: the genesis one for the first block.
    const lastAppHash = this.genesisState ? this.store.stage(req.height, this.genesisState.sortedWrites()) : this.store.rootHash;
    const state = new CacheKV(this.genesisState ?? this.committed);
    const time = req.time!;
    const aux = new BlockAux(this.store);
    this.block = { height: req.height, time, state, aux: aux.writes };
    const voteInfos = (req.decidedLastCommit?.votes ?? []).map((v) => ({ address: v.validator!.address, power: v.validator!.power, signed: v.blockIdFlag !== 1 }));
    const misbehavior = req.misbehavior.map((m) => ({ type: m.type, address: m.validator!.address, power: m.validator!.power, height: m.height, time: m.time! }));
    const blockHeader = { hash: req.hash, proposerAddress: req.proposerAddress, nextValidatorsHash: req.nextValidatorsHash, lastAppHash };
    const blockCtx: Context = { ...this.makeContext(state, "block", req.height, time), voteInfos, misbehavior, consensusParams: this.consensusParams, blockHeader, aux };
    for (const m of this.wiring.beginBlockers) m.beginBlock?.(blockCtx);
    const txResults: abci.ExecTxResult[] = [];
    for (const [index, tx] of req.txs.entries()) {
      const hash = txHash(tx);
      const key = txCacheKey(tx, hash);
      const { result } = this.runTx("deliver", tx, state, req.height, time, key, hash);
      // Once in a block the tx leaves the mempool; a replay after a restart just decodes again.
      this.txCache.delete(key);
      txResults.push(result);
      this.block.aux.push([auxTxKey(hash), encodeTxResult(req.height, index, tx, result)]);
    }
    const validatorUpdates = collectValidatorUpdates(this.wiring.modules, "EndBlock", (m) => m.endBlock?.(blockCtx));
    this.block.aux.push([auxBlockTimeKey(req.height), enc.encode(JSON.stringify({ seconds: time.seconds.toString(), nanos: time.nanos }))]);
    const appHash = this.store.stage(req.height, state.sortedWrites());
    if (this.breakConsensusFile && existsSync(this.breakConsensusFile)) {
      this.log.error(`STRATOS_TEST_BREAK_CONSENSUS_FILE exists: answering FinalizeBlock ${req.height} with a malformed response (test fault injection)`);
      txResults.push(toExecResult(undefined, 0n, 0n, []));
    }
    return { events: blockCtx.events.events, txResults, validatorUpdates, consensusParamUpdates: undefined, appHash };
  }

  commit(_req: abci.RequestCommit): abci.ResponseCommit {
    const block = this.block;
    if (!block) throw new Error("Commit without FinalizeBlock");
    if (this.crashBeforeCommitAt !== undefined && block.height === this.crashBeforeCommitAt) {
      this.log.error(`STRATOS_TEST_CRASH_BEFORE_COMMIT_AT=${block.height}: exiting before Commit (test fault injection)`);
      process.exit(137);
    }
    try {
      this.options.commitGuard?.(block.height);
    } catch (e) {
      this.log.error(`refusing to commit height ${block.height}: ${(e as Error).message}`);
      throw e;
    }
    const aux = block.aux;
    if (this.genesisState) {
      aux.push([AUX_CHAIN_ID, enc.encode(this.chainId)]);
      if (this.consensusParams) aux.push([AUX_CONSENSUS_PARAMS, ConsensusParams.encode(this.consensusParams).finish()]);
    }
    // State, tree nodes, height, app hash and the tx index: one lmdb transaction.
    this.store.commit(block.height, aux);
    this.lastBlockTime = block.time;
    this.block = undefined;
    this.genesisState = undefined;
    this.checkState = new CacheKV(this.committed);
    this.options.afterCommit?.(block.height, this.store.rootHash);
    return { retainHeight: 0n };
  }

  query(req: abci.RequestQuery): abci.ResponseQuery {
    return this.queries.handle(req);
  }

  // ---- the path of a transaction ---------------------------------------------------------------

  /**
   * Runs one tx against `base`. Ante writes (fee, sequence, pubkey) are kept even when a message
   * fails or runs out of gas, as in the Cosmos SDK; message writes are kept only on success.
   */
  runTx(mode: ExecMode, bytes: Uint8Array, base: CacheKV, height: bigint, time: Timestamp, cacheKey?: string, hash?: Uint8Array): TxOutcome {
    let tx: DecodedTx | undefined = cacheKey === undefined ? undefined : this.txCache.get(cacheKey, bytes);
    if (tx === undefined) {
      try {
        tx = decodeTx(bytes, (url) => this.wiring.msgs.get(url));
      } catch (e) {
        return { result: toExecResult(asAppError(e), 0n, 0n, []), msgResponses: [] };
      }
      freezeDecoded(tx);
      if (cacheKey !== undefined && mode === "check") this.txCache.set(cacheKey, tx);
    }
    const gasWanted = tx.authInfo.fee!.gasLimit;
    const meter = new GasMeter(mode === "simulate" ? undefined : gasWanted);
    const anteState = new CacheKV(base);
    const anteCtx = this.makeContext(new GasKV(anteState, meter), mode, height, time, meter);
    try {
      this.anteHandler(anteCtx, tx, this.anteOptions);
    } catch (e) {
      return { result: toExecResult(failure(e), gasWanted, meter.usedForResult(), []), msgResponses: [] };
    }
    anteState.write();
    const anteEvents = anteCtx.events.events;
    if (mode === "check" || mode === "recheck") {
      // SDK 0.47 runs no message in CheckTx: its log is the empty message log list, and its
      // answer has no events (runTx appends the ante events only in deliver and simulate).
      return { result: { ...toExecResult(undefined, gasWanted, meter.usedForResult(), []), log: "[]" }, msgResponses: [] };
    }
    const msgState = new CacheKV(base);
    const msgCtx = { ...this.makeContext(new GasKV(msgState, meter), mode, height, time, meter), txHash: Buffer.from(hash ?? txHash(bytes)).toString("hex").toUpperCase() };
    const msgResponses: Any[] = [];
    const msgEvents: abci.Event[][] = [];
    let index = 0;
    try {
      for (const [i, m] of tx.msgs.entries()) {
        index = i;
        const d = this.wiring.msgs.get(m.any.typeUrl)!;
        const first = msgCtx.events.events.length;
        msgCtx.events.emit("message", { action: m.any.typeUrl, sender: m.signers[0], module: d.module, msg_index: String(i) });
        const response = d.handle(msgCtx, m.msg);
        msgResponses.push(Any.fromPartial(response));
        msgEvents.push(msgCtx.events.events.slice(first));
      }
    } catch (e) {
      return { result: toExecResult(messageFailure(e, index), gasWanted, meter.usedForResult(), anteEvents), msgResponses: [] };
    }
    msgState.write();
    const data = TxMsgData.encode({ data: [], msgResponses }).finish();
    const result = toExecResult(undefined, gasWanted, meter.usedForResult(), [...anteEvents, ...msgCtx.events.events]);
    return { result: { ...result, data, log: abciMessageLogs(msgEvents) }, msgResponses };
  }

  /** Simulation on a throwaway copy of the latest committed state (what CosmJS "auto" fees use). */
  simulate(bytes: Uint8Array): TxOutcome {
    const height = this.store.version + 1n;
    return this.runTx("simulate", bytes, new CacheKV(this.committed), height, this.lastBlockTime);
  }
}

/**
 * Validator updates from InitGenesis or EndBlock: at most one module may return any (as the SDK
 * enforces), since two would race over the same validator set.
 */
/** The cache key of a tx: its SHA-256 (the CometBFT tx hash) as a binary string. */
function txCacheKey(tx: Uint8Array, hash = txHash(tx)): string {
  return Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength).toString("latin1");
}

function collectValidatorUpdates(modules: AppModule[], phase: string, run: (m: AppModule) => void | ValidatorUpdate[]): ValidatorUpdate[] {
  let updates: ValidatorUpdate[] = [];
  let from: string | undefined;
  for (const m of modules) {
    const u = run(m);
    if (!u || u.length === 0) continue;
    if (from !== undefined) throw new Error(`validator updates from ${phase} of both ${from} and ${m.name}: only one module may set the validator set`);
    from = m.name;
    updates = u;
  }
  return updates;
}

function failure(e: unknown): AppError {
  if (e instanceof OutOfGasError) return e.toAppError();
  return asAppError(e);
}

/**
 * A failed message's error names its index, in the Cosmos SDK's words (baseapp runMsgs wraps it:
 * "failed to execute message; message index: N: …"); code and codespace stay the message's.
 * Out of gas is not wrapped: the SDK reports it from its recovery, outside the message loop.
 */
function messageFailure(e: unknown, index: number): AppError {
  if (e instanceof OutOfGasError) return e.toAppError();
  const err = asAppError(e);
  return new AppError(err.codespace, err.code, `failed to execute message; message index: ${index}: ${err.message}`);
}

function toExecResult(err: AppError | undefined, gasWanted: bigint, gasUsed: bigint, events: abci.Event[]): abci.ExecTxResult {
  return {
    code: err ? err.code : 0,
    codespace: err ? err.codespace : "",
    log: err ? err.message : "",
    info: "",
    data: new Uint8Array(),
    gasWanted,
    gasUsed,
    events,
  };
}

function checkTxResult(r: abci.ExecTxResult): abci.ResponseCheckTx {
  return { code: r.code, data: r.data, log: r.log, info: r.info, gasWanted: r.gasWanted, gasUsed: r.gasUsed, events: r.events, codespace: r.codespace };
}
