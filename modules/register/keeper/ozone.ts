// The ozone limit (§2.4): St = effective total deposit, Lt = remaining ozone limit, R = deposit/noz
// rate. Every change of St or Lt goes through here (x/register/keeper/ozone.go).
import type { Context } from "../../../chain/app/context.ts";
import { Dec } from "../../../chain/types/dec.ts";
import { registerErrors } from "../errors.ts";
import type { RegisterKeeper } from "./keeper.ts";

/**
 * Increase(d): St += d; Lt := trunc(Lt + d/R); returns trunc(d/R). README change #1: the limit grows
 * also when St was 0 (Stratos skips the first deposit).
 */
export function increaseOzoneLimitByDeposit(k: RegisterKeeper, ctx: Context, d: bigint): bigint {
  const s = k.state;
  s.effectiveTotalDeposit.set(ctx, k.getEffectiveTotalDeposit(ctx) + d);
  const add = Dec.fromInt(d).quo(k.getDepositNozRate(ctx));
  s.remainingOzoneLimit.set(ctx, Dec.fromInt(k.getRemainingOzoneLimit(ctx)).add(add).truncateInt());
  return add.truncateInt();
}

/** Decrease(d): St −= d; unless St was 0, Lt := trunc(Lt − d/R); returns trunc(d/R) (0 when St was 0). */
export function decreaseOzoneLimitByDeposit(k: RegisterKeeper, ctx: Context, d: bigint): bigint {
  const s = k.state;
  const before = k.getEffectiveTotalDeposit(ctx);
  s.effectiveTotalDeposit.set(ctx, before - d);
  if (before === 0n) return 0n;
  const sub = Dec.fromInt(d).quo(k.getDepositNozRate(ctx));
  s.remainingOzoneLimit.set(ctx, Dec.fromInt(k.getRemainingOzoneLimit(ctx)).sub(sub).truncateInt());
  return sub.truncateInt();
}

/** Lt ≥ d/R (decimal comparison): removing d of deposit would not drive the limit negative. */
export function isUnbondable(k: RegisterKeeper, ctx: Context, d: bigint): boolean {
  return Dec.fromInt(k.getRemainingOzoneLimit(ctx)).gte(Dec.fromInt(d).quo(k.getDepositNozRate(ctx)));
}

/** MsgPrepay (sds): see RegisterKeeper.sellOzone. */
export function sellOzone(k: RegisterKeeper, ctx: Context, noz: bigint, remaining: bigint): bigint {
  if (noz < 0n) throw registerErrors.remainingNozLimit(`cannot sell a negative amount of ozone (${noz} noz)`);
  if (noz > remaining) throw registerErrors.remainingNozLimit(`not enough remaining ozone limit: selling ${noz} noz, ${remaining} left`);
  k.state.remainingOzoneLimit.set(ctx, remaining - noz);
  return remaining - noz;
}

/** Volume report (pot): the consumed ozone returns to the sellable limit. */
export function returnOzone(k: RegisterKeeper, ctx: Context, noz: bigint): void {
  if (noz < 0n) throw registerErrors.remainingNozLimit(`cannot return a negative amount of ozone (${noz} noz)`);
  k.state.remainingOzoneLimit.set(ctx, k.getRemainingOzoneLimit(ctx) + noz);
}
