// Typed events (type = proto full name of stratos.register.v1.Event…, JSON-encoded values).
import type { Context } from "../../chain/app/context.ts";

const P = "stratos.register.v1.";

export function emitRegisterEvent(ctx: Context, name: string, fields: Record<string, string>): void {
  ctx.events.emitTyped(P + name, fields);
}

export function emitCompleteUnbonding(ctx: Context, isMetaNode: boolean, amount: string, networkAddress: string): void {
  emitRegisterEvent(ctx, isMetaNode ? "EventCompleteUnBondingMetaNode" : "EventCompleteUnBondingResourceNode", {
    amount,
    network_address: networkAddress,
  });
}
