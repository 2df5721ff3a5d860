// Slashing events with the SDK's types and attribute keys (x/slashing/types/events.go).
import type { Context } from "../../chain/app/context.ts";

export const SLASH_REASON_MISSING_SIGNATURE = "missing_signature";
export const SLASH_REASON_DOUBLE_SIGN = "double_sign";

/** A missed block of a validator (the SDK's "liveness" event). */
export function emitLiveness(ctx: Context, e: { address: string; missedBlocks: bigint; height: bigint }): void {
  ctx.events.emit("liveness", { address: e.address, missed_blocks: e.missedBlocks.toString(), height: e.height.toString() });
}
/** A slash (and, with `jailed`, the jail that comes with it). */
export function emitSlash(ctx: Context, e: { address: string; power: bigint; reason: string; jailed?: string; burnedCoins?: bigint }): void {
  const attrs: Record<string, string> = { address: e.address, power: e.power.toString(), reason: e.reason };
  if (e.jailed !== undefined) attrs.jailed = e.jailed;
  if (e.burnedCoins !== undefined) attrs.burned_coins = e.burnedCoins.toString();
  ctx.events.emit("slash", attrs);
}
/** A jail without a slash in the same event (the SDK's slashing Keeper.Jail). */
export function emitJail(ctx: Context, consAddr: string): void {
  ctx.events.emit("slash", { jailed: consAddr });
}
