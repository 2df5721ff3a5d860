// Reward maturity (§4.5, EndBlock RewardMatureAndSubSlashing) with our bounded, resumable walk over
// the pending-epoch index.
import type { Context } from "../../chain/app/context.ts";
import { isEmpty } from "../../chain/app/kv.ts";
import { addCoins } from "../../chain/types/coins.ts";
import type { PotDistributionKeeper, PotRegisterKeeper } from "./expected.ts";
import { amountOf, coin, subCoins, type PotState, type Reward } from "./state.ts";

/** Individual rewards matured per EndBlock at most; the rest follows in later blocks. */
export const MATURE_RECORDS_PER_BLOCK = 1000;

export interface MaturityDeps {
  state: PotState;
  register: Pick<PotRegisterKeeper, "deductSlashing">;
  distribution: Pick<PotDistributionKeeper, "fundCommunityPoolFromModule">;
  /** Where matured rewards are held (and deducted debt is paid from). */
  rewardPool: string;
}

/**
 * Moves individual rewards whose mature-epoch key is ≤ last_distributed_epoch from immature to mature
 * totals, minus outstanding slashing debt (sent reward pool → community pool). At most `budget`
 * records per call; an epoch left unfinished is resumed by the next call. Returns the records processed.
 */
export function matureRewards(ctx: Context, d: MaturityDeps, budget = MATURE_RECORDS_PER_BLOCK): number {
  const { state } = d;
  const params = state.getParams(ctx);
  // 0 reads as mature_epoch (Stratos stores that value at once; we write it only when maturing,
  // so an idle chain's EndBlock writes nothing).
  let matured = state.getMaturedEpoch(ctx);
  if (matured === 0n) matured = params.matureEpoch;
  const last = state.getLastDistributedEpoch(ctx);
  if (last <= matured) return 0;
  let processed = 0;
  for (const e of [...state.pendingEpochs(ctx, last)]) {
    if (processed >= budget) break;
    const batch: { wallet: string; r: Reward }[] = [];
    for (const [wallet, r] of state.individualRewardEntries(ctx, e)) {
      if (processed + batch.length >= budget) break;
      batch.push({ wallet, r });
    }
    let deductedTotal = 0n;
    for (const { wallet, r } of batch) {
      const x = addCoins(r.rewardFromMiningPool, r.rewardFromTrafficPool);
      const deducted = d.register.deductSlashing(ctx, r.walletAddress, amountOf(x, params.rewardDenom));
      deductedTotal += deducted;
      const net = subCoins(x, coin(params.rewardDenom, deducted));
      state.setMatureTotal(ctx, r.walletAddress, addCoins(state.getMatureTotal(ctx, r.walletAddress), net));
      state.setImmatureTotal(ctx, r.walletAddress, subCoins(state.getImmatureTotal(ctx, r.walletAddress), x));
      state.deleteIndividualReward(ctx, e, wallet);
    }
    processed += batch.length;
    if (deductedTotal > 0n) d.distribution.fundCommunityPoolFromModule(ctx, d.rewardPool, [{ denom: params.rewardDenom, amount: deductedTotal }]);
    if (!isEmpty(state.individualRewardEntries(ctx, e))) break;
    state.deletePendingEpoch(ctx, e);
    if (e > matured) {
      matured = e;
      state.setMaturedEpoch(ctx, e);
    }
  }
  // No pending key ≤ last is left: everything up to last is matured.
  if (isEmpty(state.pendingEpochs(ctx, last)) && last > matured) state.setMaturedEpoch(ctx, last);
  return processed;
}
