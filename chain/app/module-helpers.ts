// Pieces every module's msgs.ts and queries.ts need in the same form.
import { fromBech32, VALIDATOR_PREFIX } from "../crypto/bech32.ts";
import { accAddressFromBech32 } from "../types/address.ts";
import { queryErrors } from "./errors.ts";
import type { Context } from "./context.ts";
import type { EncodedMsg, MsgDescriptor } from "./module.ts";

/** A non-empty, valid `st` address, else `err` with a message naming the field. */
export function checkAccAddress(address: string | null | undefined, what: string, err: (m: string) => Error): string {
  if (!address || address.trim().length === 0) throw err(`${what} is empty`);
  try {
    accAddressFromBech32(address, what);
  } catch (e) {
    throw err((e as Error).message);
  }
  return address;
}

/** A query's account address argument; `empty` is the SDK's message for a missing one. Both are InvalidArgument. */
export function queryAccountArg(a: string | null | undefined, what: string, empty: string): string {
  if (!a) throw queryErrors.invalidArgument(empty);
  try {
    accAddressFromBech32(a, what);
  } catch (e) {
    throw queryErrors.invalidArgument((e as Error).message);
  }
  return a;
}

/** A query's `stvaloper…` argument; `empty` is the SDK's message for a missing one. Both are InvalidArgument. */
export function queryValoperArg(a: string | null | undefined, what: string, empty: string): string {
  if (!a) throw queryErrors.invalidArgument(empty);
  try {
    fromBech32(a, VALIDATOR_PREFIX);
  } catch (e) {
    throw queryErrors.invalidArgument(`invalid ${what}: ${(e as Error).message}`);
  }
  return a;
}

/** The empty `Msg…Response` a handler returns. */
export function emptyResponse(typeUrl: string): EncodedMsg {
  return { typeUrl, value: new Uint8Array() };
}

/**
 * MsgUpdateParams, as every module has it: only the module's authority (spec change #10: an
 * account from genesis until a gov module exists) may replace the params, which are validated first.
 */
export function updateParamsMsg<P, M extends { authority: string; params?: object | null }>(d: {
  module: string; // proto package, e.g. "stratos.sds.v1"
  decode(bytes: Uint8Array): M;
  fromProto(params: NonNullable<M["params"]>): P;
  validate(params: P): void;
  invalidParams(msg: string): Error;
  invalidAuthority(msg: string): Error;
  getAuthority(ctx: Context): string;
  setParams(ctx: Context, params: P): void;
}): MsgDescriptor<M> {
  return {
    typeUrl: `/${d.module}.MsgUpdateParams`,
    decode: d.decode,
    signers: (m) => [m.authority],
    validateBasic(m) {
      checkAccAddress(m.authority, "authority", d.invalidAuthority);
      if (!m.params) throw d.invalidParams("params are missing");
      try {
        d.validate(d.fromProto(m.params as NonNullable<M["params"]>));
      } catch (e) {
        throw d.invalidParams((e as Error).message);
      }
    },
    handle(ctx, m) {
      const authority = d.getAuthority(ctx);
      if (m.authority !== authority) throw d.invalidAuthority(`invalid authority; expected ${authority}, got ${m.authority}`);
      d.setParams(ctx, d.fromProto(m.params as NonNullable<M["params"]>));
      return emptyResponse(`/${d.module}.MsgUpdateParamsResponse`);
    },
  };
}
