// Distribution events with the SDK's types and attribute keys (x/distribution/types/events.go).
import type { Context } from "../../chain/app/context.ts";

export function emitCommission(ctx: Context, e: { amount: string; validator: string }): void {
  ctx.events.emit("commission", { amount: e.amount, validator: e.validator });
}
export function emitRewards(ctx: Context, e: { amount: string; validator: string }): void {
  ctx.events.emit("rewards", { amount: e.amount, validator: e.validator });
}
export function emitWithdrawRewards(ctx: Context, e: { amount: string; validator: string; delegator: string }): void {
  ctx.events.emit("withdraw_rewards", { amount: e.amount, validator: e.validator, delegator: e.delegator });
}
export function emitWithdrawCommission(ctx: Context, e: { amount: string }): void {
  ctx.events.emit("withdraw_commission", { amount: e.amount });
}
export function emitSetWithdrawAddress(ctx: Context, e: { withdrawAddress: string }): void {
  ctx.events.emit("set_withdraw_address", { withdraw_address: e.withdrawAddress });
}
