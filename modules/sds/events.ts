// Typed events (type = proto full name of stratos.sds.v1.Event…, JSON-encoded values), as
// proto/stratos/sds/v1/event.proto declares them.
import type { Context } from "../../chain/app/context.ts";

const P = "stratos.sds.v1.";

export function emitFileUpload(ctx: Context, e: { sender: string; reporter: string; uploader: string; fileHash: string }): void {
  ctx.events.emitTyped(P + "EventFileUpload", { sender: e.sender, reporter: e.reporter, uploader: e.uploader, file_hash: e.fileHash });
}

export function emitPrePay(ctx: Context, e: { sender: string; beneficiary: string; amount: string; purchasedNoz: bigint }): void {
  ctx.events.emitTyped(P + "EventPrePay", {
    sender: e.sender,
    beneficiary: e.beneficiary,
    amount: e.amount,
    purchased_noz: e.purchasedNoz.toString(),
  });
}
