// Keys of the app's auxiliary (non-consensus) records: the tx index and block times, written at
// Commit in the same lmdb transaction as the state, read by GetTx.
import { sha256 } from "../crypto/hash.ts";

const enc = new TextEncoder();

export function txHash(tx: Uint8Array): Uint8Array {
  return sha256(tx);
}

export const auxTxKey = (hash: Uint8Array) => Buffer.concat([Buffer.from("tx/"), hash]);
export const auxBlockTimeKey = (height: bigint) => enc.encode(`block_time/${height.toString().padStart(20, "0")}`);
