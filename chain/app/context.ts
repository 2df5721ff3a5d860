import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import type { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import { EventManager } from "./events.ts";
import type { GasMeter } from "./gas.ts";
import type { KVStore } from "./kv.ts";

export type ExecMode = "genesis" | "check" | "recheck" | "simulate" | "deliver" | "block";

/**
 * Everything a handler may read besides state: block data only (no wall clock, no randomness),
 * so every validator computes the same result.
 */
export interface Context {
  readonly store: KVStore;
  readonly gasMeter: GasMeter;
  readonly events: EventManager;
  readonly height: bigint;
  readonly time: Timestamp;
  readonly chainId: string;
  readonly mode: ExecMode;
  /** Upper-case hex SHA-256 of the raw tx being executed (empty outside a tx). */
  readonly txHash: string;
  /**
   * FinalizeBlock only: the validators of decided_last_commit with their power (distribution pays
   * a block's fees to them; the SDK's ctx.VoteInfos()).
   */
  readonly voteInfos?: readonly { address: Uint8Array; power: bigint; signed: boolean }[];
  /** FinalizeBlock only: CometBFT's misbehavior evidence of the block (slashing handles double signs). */
  readonly misbehavior?: readonly { type: number; address: Uint8Array; power: bigint; height: bigint; time: Timestamp }[];
  /**
   * FinalizeBlock only: the block's header fields RequestFinalizeBlock carries, as SDK 0.50 builds its
   * ctx.BlockHeader() from them (lastAppHash = the app hash committed by the previous block).
   */
  readonly blockHeader?: BlockHeaderInfo;
  /**
   * The app's auxiliary records: not in the app hash and not exported (like the tx index). Readable
   * everywhere; written only in FinalizeBlock, committed with the block in the same lmdb transaction.
   */
  readonly aux: AuxStore;
  /** FinalizeBlock only: CometBFT's consensus params of InitChain (the SDK's ctx.ConsensusParams()); absent if it sent none. */
  readonly consensusParams?: ConsensusParams;
  /**
   * InitChain only: runs a genesis transaction (a gentx) through the ante handler and the router on the
   * genesis state, as the SDK's genutil delivers gentxs. Its writes stay only if it succeeds (code 0).
   */
  readonly deliverGenesisTx?: (tx: Uint8Array) => { code: number; codespace: string; log: string };
}

export interface BlockHeaderInfo {
  readonly hash: Uint8Array;
  readonly proposerAddress: Uint8Array;
  readonly nextValidatorsHash: Uint8Array;
  readonly lastAppHash: Uint8Array;
}

export interface AuxStore {
  get(key: Uint8Array): Uint8Array | undefined;
  /** null removes the record. Throws outside FinalizeBlock. */
  set(key: Uint8Array, value: Uint8Array | null): void;
}

export function withStore(ctx: Context, store: KVStore, events = new EventManager()): Context {
  return { ...ctx, store, events };
}
