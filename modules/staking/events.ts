// Staking events with the SDK's types and attribute keys (x/staking/types/events.go), so explorers
// and clients that search e.g. delegate.validator find them.
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import type { Context } from "../../chain/app/context.ts";

/** RFC 3339 with nanoseconds trimmed, as Go's time.Time.String() would not — the SDK uses Format(time.RFC3339). */
export function rfc3339(t: Timestamp): string {
  return new Date(Number(t.seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function emitCreateValidator(ctx: Context, e: { validator: string; amount: string }): void {
  ctx.events.emit("create_validator", { validator: e.validator, amount: e.amount });
}
export function emitEditValidator(ctx: Context, e: { commissionRate: string; minSelfDelegation: string }): void {
  ctx.events.emit("edit_validator", { commission_rate: e.commissionRate, min_self_delegation: e.minSelfDelegation });
}
export function emitDelegate(ctx: Context, e: { validator: string; delegator: string; amount: string; newShares: string }): void {
  ctx.events.emit("delegate", { validator: e.validator, delegator: e.delegator, amount: e.amount, new_shares: e.newShares });
}
export function emitUnbond(ctx: Context, e: { validator: string; delegator: string; amount: string; completionTime: Timestamp }): void {
  ctx.events.emit("unbond", { validator: e.validator, delegator: e.delegator, amount: e.amount, completion_time: rfc3339(e.completionTime) });
}
export function emitRedelegate(ctx: Context, e: { src: string; dst: string; amount: string; completionTime: Timestamp }): void {
  ctx.events.emit("redelegate", { source_validator: e.src, destination_validator: e.dst, amount: e.amount, completion_time: rfc3339(e.completionTime) });
}
export function emitCancelUnbonding(ctx: Context, e: { validator: string; delegator: string; amount: string; creationHeight: bigint }): void {
  ctx.events.emit("cancel_unbonding_delegation", { validator: e.validator, delegator: e.delegator, amount: e.amount, creation_height: e.creationHeight.toString() });
}
export function emitCompleteUnbonding(ctx: Context, e: { amount: string; validator: string; delegator: string }): void {
  ctx.events.emit("complete_unbonding", { amount: e.amount, validator: e.validator, delegator: e.delegator });
}
export function emitCompleteRedelegation(ctx: Context, e: { delegator: string; src: string; dst: string }): void {
  ctx.events.emit("complete_redelegation", { source_validator: e.src, destination_validator: e.dst, delegator: e.delegator });
}
