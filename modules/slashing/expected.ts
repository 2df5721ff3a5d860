// What slashing needs from staking (the SDK's x/slashing/types/expected_keepers.go StakingKeeper).
import type { StakingKeeper } from "../staking/keeper.ts";

export type SlashingStakingKeeper = Pick<
  StakingKeeper,
  "getValidator" | "getValidatorByConsAddr" | "getDelegation" | "jail" | "unjail" | "slash" | "allValidators" | "addHooks"
>;
