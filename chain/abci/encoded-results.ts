// A block's ExecTxResults are the bulk of its FinalizeBlock answer (about 2 KB of events per
// MsgSend) and the app needs the same bytes for its tx index (TxResult). Encoding each result
// once and splicing the bytes into both saves a full encode plus the server's fromPartial deep
// copy per tx: measured with bench/lib/app-costs.ts, see bench/chain-throughput.ts.
import { BinaryWriter } from "cosmjs-types/binary";
import { Event, ExecTxResult, ValidatorUpdate, type ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";
import { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import "../types/proto-writer.ts";

const encodedResults = new WeakMap<ExecTxResult, Uint8Array>();

/**
 * The protobuf bytes of `result`, encoded on first use and remembered for this object. The app
 * must not change a result after asking for its bytes (results are built whole, then passed on).
 */
export function execTxResultBytes(result: ExecTxResult): Uint8Array {
  let bytes = encodedResults.get(result);
  if (bytes === undefined) {
    bytes = ExecTxResult.encode(ExecTxResult.fromPartial(result)).finish();
    encodedResults.set(result, bytes);
  }
  return bytes;
}

/** tendermint.abci.TxResult {height, index, tx, result} with the result's remembered bytes. */
export function encodeTxResult(height: bigint, index: number, tx: Uint8Array, result: ExecTxResult): Uint8Array {
  const w = BinaryWriter.create();
  if (height !== 0n) w.uint32(8).int64(height);
  if (index !== 0) w.uint32(16).uint32(index);
  if (tx.length !== 0) w.uint32(26).bytes(tx);
  // An embedded message is written exactly like a bytes field holding its encoding.
  w.uint32(34).bytes(execTxResultBytes(result));
  return w.finish();
}

/** Response tag of the finalize_block field (21, length-delimited) in tendermint.abci.Response. */
const RESPONSE_FINALIZE_BLOCK_TAG = (21 << 3) | 2;

/**
 * The whole tendermint.abci.Response{finalize_block} for `res`, the same bytes as
 * Response.encode(Response.fromPartial({finalizeBlock: res})) but with each tx result's bytes
 * reused. Fields the app left out are defaults, as fromPartial would make them.
 */
export function encodeFinalizeBlockResponse(res: Partial<ResponseFinalizeBlock>): Uint8Array {
  const w = BinaryWriter.create();
  for (const e of res.events ?? []) Event.encode(Event.fromPartial(e), w.uint32(10).fork()).ldelim();
  for (const r of res.txResults ?? []) w.uint32(18).bytes(execTxResultBytes(r));
  for (const v of res.validatorUpdates ?? []) ValidatorUpdate.encode(ValidatorUpdate.fromPartial(v), w.uint32(26).fork()).ldelim();
  if (res.consensusParamUpdates != null) ConsensusParams.encode(ConsensusParams.fromPartial(res.consensusParamUpdates), w.uint32(34).fork()).ldelim();
  if (res.appHash != null && res.appHash.length !== 0) w.uint32(42).bytes(res.appHash);
  const inner = w.finish();
  return BinaryWriter.create().uint32(RESPONSE_FINALIZE_BLOCK_TAG).bytes(inner).finish();
}
