// Supply restoration (§4.8): keeps the bond denom's total supply at initial_total_supply.
import type { Context } from "../../chain/app/context.ts";
import { COMMUNITY_POOL, type PotAuthKeeper, type PotBankKeeper } from "./expected.ts";
import { potErrors } from "./errors.ts";
import type { PotParams } from "./params.ts";

/** Supply restoration period (§4.8). */
export const SUPPLY_RESTORE_PERIOD = 10_000n;

/** Ours: not at height 1, where a new chain would mint the whole gap to initial_total_supply at once. */
export const isSupplyRestoreHeight = (height: bigint) => height > 1n && height % SUPPLY_RESTORE_PERIOD === 1n;

/** The excess is burnt from the community pool (which must hold it); a shortfall is minted to `minter` and given to the community pool. */
export function restoreTotalSupply(
  ctx: Context,
  d: { params: PotParams; auth: PotAuthKeeper; bank: Pick<PotBankKeeper, "getSupply" | "getBalance" | "burnCoins" | "mintCoins" | "sendCoinsFromModuleToModule">; minter: string },
): void {
  const denom = d.params.initialTotalSupply.denom;
  const supply = d.bank.getSupply(ctx, denom);
  const target = d.params.initialTotalSupply.amount;
  if (supply > target) {
    const excess = supply - target;
    const pool = d.bank.getBalance(ctx, d.auth.moduleAccountAddress(COMMUNITY_POOL), denom);
    if (pool < excess) throw potErrors.insufficientCommunityPool(`supply ${supply}${denom} exceeds ${target}${denom} by ${excess}, community pool holds only ${pool}${denom}`);
    d.bank.burnCoins(ctx, COMMUNITY_POOL, [{ denom, amount: excess }]);
  } else if (supply < target) {
    const short = target - supply;
    d.bank.mintCoins(ctx, d.minter, [{ denom, amount: short }]);
    d.bank.sendCoinsFromModuleToModule(ctx, d.minter, COMMUNITY_POOL, [{ denom, amount: short }]);
  }
}
