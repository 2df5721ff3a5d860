// Distribution reads shared by the in-process distribution and slashing tests.
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import * as dtx from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import type { AppHarness } from "./app.ts";

/** The withdrawn amount (wei) in a tx's first MsgWithdrawDelegatorReward/MsgWithdrawValidatorCommission response. */
export function withdrawnWei(txResultData: Uint8Array): bigint {
  const r = TxMsgData.decode(txResultData).msgResponses[0];
  const amount = r.typeUrl === dtx.MsgWithdrawDelegatorRewardResponse.typeUrl ? dtx.MsgWithdrawDelegatorRewardResponse.decode(r.value).amount : dtx.MsgWithdrawValidatorCommissionResponse.decode(r.value).amount;
  return amount.reduce((a, c) => a + BigInt(c.amount), 0n);
}

/** A cosmos.distribution.v1beta1 query that must succeed. */
export function distributionQuery<T>(h: AppHarness, method: string, data: Uint8Array, decode: (b: Uint8Array) => T): T {
  return h.queryOk(`/cosmos.distribution.v1beta1.Query/${method}`, data, decode);
}
