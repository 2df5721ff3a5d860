// Supply restoration (§4.8): keeps the bond denom's total supply at initial_total_supply.
import type { Context } from "../../chain/app/context.ts";
import type { PotBankKeeper, PotDistributionKeeper } from "./expected.ts";
import { potErrors } from "./errors.ts";
import type { PotParams } from "./params.ts";

/** Supply restoration period (§4.8). */
export const SUPPLY_RESTORE_PERIOD = 10_000n;

/** Ours: not at height 1, where a new chain would mint the whole gap to initial_total_supply at once. */
export const isSupplyRestoreHeight = (height: bigint) => height > 1n && height % SUPPLY_RESTORE_PERIOD === 1n;

/** The excess is burnt from the community pool (which must hold it); a shortfall is minted to `minter` and given to the community pool. */
export function restoreTotalSupply(
  ctx: Context,
  d: { params: PotParams; bank: Pick<PotBankKeeper, "getSupply" | "mintCoins">; distribution: PotDistributionKeeper; minter: string },
): void {
  const denom = d.params.initialTotalSupply.denom;
  const supply = d.bank.getSupply(ctx, denom);
  const target = d.params.initialTotalSupply.amount;
  if (supply > target) {
    const excess = supply - target;
    // The pool's own record, not distribution's account balance: that also holds delegators' rewards.
    const pool = d.distribution.communityPoolAmount(ctx, denom);
    if (pool < excess) throw potErrors.insufficientCommunityPool(`supply ${supply}${denom} exceeds ${target}${denom} by ${excess}, community pool holds only ${pool}${denom}`);
    d.distribution.burnFromCommunityPool(ctx, [{ denom, amount: excess }]);
  } else if (supply < target) {
    const short = target - supply;
    d.bank.mintCoins(ctx, d.minter, [{ denom, amount: short }]);
    d.distribution.fundCommunityPoolFromModule(ctx, d.minter, [{ denom, amount: short }]);
  }
}
