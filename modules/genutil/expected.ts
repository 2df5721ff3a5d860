// What genutil needs from staking: the validator set after the gentxs ran.
import type { StakingKeeper } from "../staking/keeper.ts";

export type GenutilStakingKeeper = Pick<StakingKeeper, "applyValidatorSetUpdates">;
