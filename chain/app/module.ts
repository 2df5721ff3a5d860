import type { AminoConverters } from "@cosmjs/stargate";
import type { ValidatorUpdate } from "cosmjs-types/tendermint/abci/types";
import type { Context } from "./context.ts";

export type { ValidatorUpdate };

export interface EncodedMsg {
  typeUrl: string;
  value: Uint8Array;
}

/** One Msg type: how to decode it, who must sign it, its stateless checks and its handler. */
export interface MsgDescriptor<T = any> {
  typeUrl: string;
  decode(bytes: Uint8Array): T;
  /** bech32 account addresses whose signatures the tx must carry. */
  signers(msg: T): string[];
  /** Stateless checks; throw AppError. */
  validateBasic(msg: T): void;
  /** Stateful execution through keepers; returns the Msg's response (goes into TxMsgData). */
  handle(ctx: Context, msg: T): EncodedMsg;
}

export type QueryHandler = (ctx: Context, request: Uint8Array) => Uint8Array;

export interface AppModule {
  readonly name: string;
  readonly msgs: MsgDescriptor[];
  /** gRPC method path (e.g. "/cosmos.bank.v1beta1.Query/Balance") → handler over protobuf bytes. */
  readonly queries: Record<string, QueryHandler>;
  readonly aminoConverters?: AminoConverters;
  /**
   * The same Msgs under other amino names a client may sign with (stratos-chain's legacy codec
   * names, "sds/PrepayTx"; aminoType "" = the bare value JSON). LEGACY_AMINO_JSON signatures over
   * either form are accepted.
   */
  readonly legacyAminoConverters?: AminoConverters;
  /**
   * The module's section of a new chain's app_state (`stratos-chain init`), in the genesis JSON
   * layout. undefined: the section is left out, and InitGenesis of an absent section uses the defaults.
   */
  defaultGenesis(): unknown;
  /** Throws an Error naming what is wrong; called before any state is written. */
  validateGenesis(state: unknown): void;
  /** May return the initial validator set (at most one module does; none: CometBFT's genesis validators). */
  initGenesis(ctx: Context, state: unknown): void | ValidatorUpdate[];
  exportGenesis(ctx: Context): unknown;
  beginBlock?(ctx: Context): void;
  /** May return validator updates for CometBFT (at most one module does, as in the SDK). */
  endBlock?(ctx: Context): void | ValidatorUpdate[];
}

export function msgDescriptor<T>(d: MsgDescriptor<T>): MsgDescriptor<T> {
  return d;
}
