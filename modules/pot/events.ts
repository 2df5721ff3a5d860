// Typed events (type = proto full name of stratos.pot.v1.Event…, JSON-encoded values), as
// proto/stratos/pot/v1/event.proto declares them.
import type { Context } from "../../chain/app/context.ts";

const P = "stratos.pot.v1.";

export function emitVolumeReport(ctx: Context, reportReference: string, epoch: bigint): void {
  ctx.events.emitTyped(P + "EventVolumeReport", { report_reference: reportReference, epoch: epoch.toString() });
}

export function emitWithdraw(ctx: Context, amount: string, walletAddress: string, targetAddress: string): void {
  ctx.events.emitTyped(P + "EventWithdraw", { amount, wallet_address: walletAddress, target_address: targetAddress });
}

export function emitFoundationDeposit(ctx: Context, amount: string): void {
  ctx.events.emitTyped(P + "EventFoundationDeposit", { amount });
}

export function emitSlashing(ctx: Context, e: { walletAddress: string; networkAddress: string; amount: bigint; slashingType: string; suspend: boolean }): void {
  ctx.events.emitTyped(P + "EventSlashing", {
    wallet_address: e.walletAddress,
    network_address: e.networkAddress,
    amount: e.amount.toString(),
    slashing_type: e.slashingType,
    suspend: String(e.suspend),
  });
}
