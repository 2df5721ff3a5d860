// register's keeper: the code lives by concern in keeper/ (state, resource nodes, meta nodes, votes,
// unbonding, ozone, slashing); this is the module's public keeper entry point.
export { RegisterKeeper, DEFAULT_DEPOSIT_NOZ_RATE, defaultAuthority } from "./keeper/keeper.ts";
export {
  COMMUNITY_POOL,
  META_NODE_BONDED_POOL,
  META_NODE_NOT_BONDED_POOL,
  registerModuleAccounts,
  RESOURCE_NODE_BONDED_POOL,
  RESOURCE_NODE_NOT_BONDED_POOL,
  TOTAL_UNISSUED_PREPAY,
} from "./keeper/accounts.ts";
export { REGISTER_STORE_PREFIX, registerSchema } from "./keeper/state.ts";
export { unbondingMatureTime } from "./keeper/unbonding.ts";
export { voteThreshold } from "./keeper/votes.ts";
