// Slashing debt (§2.7): owed wei by wallet, recorded by pot's MsgSlashingResourceNode and paid from
// unbonding payouts (register) and maturing rewards (pot) (x/register/keeper/slashing.go).
import type { Context } from "../../../chain/app/context.ts";
import type { RegisterKeeper } from "./keeper.ts";

/** A debt of 0 (or less) is deleted, so state holds no empty entries. */
export function setSlashingDebt(k: RegisterKeeper, ctx: Context, wallet: string, v: bigint): void {
  if (v <= 0n) k.state.slashing.remove(ctx, wallet);
  else k.state.slashing.set(ctx, wallet, v);
}

/** Takes up to `amount` of the wallet's debt; returns the part of `amount` that pays debt. */
export function deductSlashing(k: RegisterKeeper, ctx: Context, wallet: string, amount: bigint): bigint {
  const debt = k.getSlashing(ctx, wallet);
  const taken = debt >= amount ? amount : debt;
  setSlashingDebt(k, ctx, wallet, debt - taken);
  return taken;
}
