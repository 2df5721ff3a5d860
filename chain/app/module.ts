import type { AminoConverters } from "@cosmjs/stargate";
import type { Context } from "./context.ts";

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
  /** Throws an Error naming what is wrong; called before any state is written. */
  validateGenesis(state: unknown): void;
  initGenesis(ctx: Context, state: unknown): void;
  exportGenesis(ctx: Context): unknown;
  beginBlock?(ctx: Context): void;
  endBlock?(ctx: Context): void;
}

export function msgDescriptor<T>(d: MsgDescriptor<T>): MsgDescriptor<T> {
  return d;
}
