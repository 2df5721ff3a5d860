// What staking needs from other modules (the SDK's x/staking/types/expected_keepers.go).
import type { AuthKeeper } from "../auth/keeper.ts";
import type { BankKeeper } from "../bank/keeper.ts";
import type { Context } from "../../chain/app/context.ts";
import type { Dec } from "../../chain/types/dec.ts";

export type StakingAuthKeeper = Pick<AuthKeeper, "moduleAccountAddress">;
export type StakingBankKeeper = Pick<BankKeeper, "getBalance" | "sendCoinsFromAccountToModule" | "sendCoinsFromModuleToModule" | "sendCoinsFromModuleToAccount" | "burnCoins">;

/**
 * Staking's hooks (the SDK's StakingHooks): distribution and slashing keep their own records in step
 * with validators and delegations through these. Every method is optional.
 */
export interface StakingHooks {
  afterValidatorCreated?(ctx: Context, valoper: string): void;
  beforeValidatorModified?(ctx: Context, valoper: string): void;
  afterValidatorRemoved?(ctx: Context, consAddr: Uint8Array, valoper: string): void;
  afterValidatorBonded?(ctx: Context, consAddr: Uint8Array, valoper: string): void;
  afterValidatorBeginUnbonding?(ctx: Context, consAddr: Uint8Array, valoper: string): void;
  beforeDelegationCreated?(ctx: Context, delegator: string, valoper: string): void;
  beforeDelegationSharesModified?(ctx: Context, delegator: string, valoper: string): void;
  beforeDelegationRemoved?(ctx: Context, delegator: string, valoper: string): void;
  afterDelegationModified?(ctx: Context, delegator: string, valoper: string): void;
  beforeValidatorSlashed?(ctx: Context, valoper: string, fraction: Dec): void;
}
