// Checks shared by resource- and meta-node deposits.
import type { Context } from "../../../chain/app/context.ts";
import { registerErrors } from "../errors.ts";
import { BondStatus } from "../types.ts";
import type { RegisterKeeper } from "./keeper.ts";

export interface Amount {
  denom: string;
  amount: bigint;
}

export const coinStr = (amount: bigint, denom: string) => `${amount}${denom}`;

/** The coin must be in the bond denom; returns it. */
export function checkDenom(k: RegisterKeeper, ctx: Context, denom: string, what: string): string {
  const bond = k.bondDenom(ctx);
  if (denom !== bond) throw registerErrors.badDenom(`${what} denom must be ${bond}, got ${denom}`);
  return bond;
}

export function requireFunds(k: RegisterKeeper, ctx: Context, owner: string, amount: bigint, denom: string): void {
  const have = k.bank.getBalance(ctx, owner, denom);
  if (have < amount) throw registerErrors.insufficientBalance(`owner ${owner} has ${have}${denom}, needs ${amount}${denom}`);
}

/** A network address is used by at most one node, resource or meta. */
export function requireNoNode(k: RegisterKeeper, ctx: Context, networkAddress: string): void {
  if (k.getResourceNode(ctx, networkAddress)) throw registerErrors.resourceNodePubKeyExists(`a resource node with network address ${networkAddress} already exists`);
  if (k.getMetaNode(ctx, networkAddress)) throw registerErrors.metaNodePubKeyExists(`a meta node with network address ${networkAddress} already exists`);
}

/** What both deposit top-ups return for their event. */
export interface TopUp {
  denom: string;
  tokensAfter: bigint;
  availableBefore: bigint;
  ozoneLimitChange: bigint;
}

/** Checks shared by both deposit top-ups (add only; not while unbonding; owner has the funds). */
export function prepareTopUp(
  k: RegisterKeeper,
  ctx: Context,
  networkAddress: string,
  owner: string,
  delta: Amount,
  n: { status: BondStatus; tokens: bigint },
  kind: "resource" | "meta",
): { denom: string; availableBefore: bigint } {
  const denom = checkDenom(k, ctx, delta.denom, "deposit_delta");
  if (n.status === BondStatus.Unbonding) throw registerErrors.unbondingNode(`${kind} node ${networkAddress} is unbonding; its deposit cannot change`);
  requireFunds(k, ctx, owner, delta.amount, denom);
  return { denom, availableBefore: n.tokens - k.unbondingBalance(ctx, networkAddress) };
}
