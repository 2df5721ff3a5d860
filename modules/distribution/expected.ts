// What distribution needs from other modules (the SDK's x/distribution/types/expected_keepers.go).
// Staking calls back into distribution through StakingHooks (modules/staking/expected.ts), which the
// root registers with staking.addHooks.
import type { AuthKeeper } from "../auth/keeper.ts";
import type { BankKeeper } from "../bank/keeper.ts";
import type { StakingKeeper } from "../staking/keeper.ts";

export type DistrAuthKeeper = Pick<AuthKeeper, "moduleAccountAddress" | "isModuleAddress">;
export type DistrBankKeeper = Pick<BankKeeper, "getAllBalances" | "sendCoinsFromModuleToModule" | "sendCoinsFromModuleToAccount" | "sendCoinsFromAccountToModule" | "burnCoins">;
export type DistrStakingKeeper = Pick<StakingKeeper, "getValidator" | "getValidatorByConsAddr" | "getDelegation" | "delegatorDelegations">;
