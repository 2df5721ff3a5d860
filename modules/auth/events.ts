import type { EventManager } from "../../chain/app/events.ts";

// Events the ante handler emits for every tx, with the SDK's names, so explorers and
// `tx_search "tx.acc_seq='…'"` work as on a Cosmos chain.
export function emitFeeEvent(em: EventManager, fee: string, feePayer: string): void {
  em.emit("tx", { fee, fee_payer: feePayer });
}

export function emitAccSeqEvent(em: EventManager, address: string, sequence: bigint): void {
  em.emit("tx", { acc_seq: `${address}/${sequence}` });
}

export function emitSignatureEvent(em: EventManager, signatureBase64: string): void {
  em.emit("tx", { signature: signatureBase64 });
}
