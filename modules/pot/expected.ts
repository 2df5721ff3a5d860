// What pot needs from other modules, and nothing more (stratos-chain's x/pot/types/expected_keepers.go).
// pot reaches auth, bank and register only through these types and names; the composition root hands
// it the real keepers.
import type { AuthKeeper } from "../auth/keeper.ts";
import type { BankKeeper } from "../bank/keeper.ts";
import type { DistributionKeeper } from "../distribution/keeper.ts";
import type { RegisterKeeper } from "../register/keeper.ts";
import type { StakingKeeper } from "../staking/keeper.ts";

/** Metrics' delegation figures (stratos-chain's pot reads x/staking for them). */
export type PotStakingKeeper = Pick<StakingKeeper, "delegationTotals">;

export type PotAuthKeeper = Pick<AuthKeeper, "moduleAccountAddress">;

/** The community pool (stratos-chain's pot funds distribution's fee pool through x/distribution). */
export type PotDistributionKeeper = Pick<DistributionKeeper, "fundCommunityPoolFromModule" | "communityPoolAmount" | "burnFromCommunityPool">;

export type PotBankKeeper = Pick<
  BankKeeper,
  "getBalance" | "getSupply" | "sendCoinsFromModuleToModule" | "sendCoinsFromModuleToAccount" | "sendCoinsFromAccountToModule" | "mintCoins" | "burnCoins"
>;

export type PotRegisterKeeper = Pick<
  RegisterKeeper,
  // reads
  | "getAuthority"
  | "getMetaNode"
  | "allMetaNodes"
  | "getResourceNode"
  | "getBondedMetaNodeCount"
  | "getRemainingOzoneLimit"
  | "getEffectiveTotalDeposit"
  | "getDepositNozRate"
  | "totalUnissuedPrepay"
  | "poolBalance"
  | "getSlashing"
  // operations that keep register's invariants
  | "deductSlashing"
  | "returnOzone"
  | "slashResourceNode"
>;

// Module accounts and record types of other modules that pot's rules name.
export { FEE_COLLECTOR } from "../auth/ante.ts";
export { COMMUNITY_POOL, META_NODE_BONDED_POOL, RESOURCE_NODE_BONDED_POOL, RESOURCE_NODE_NOT_BONDED_POOL, TOTAL_UNISSUED_PREPAY, voteThreshold } from "../register/keeper.ts";
export { BondStatus, longToBigInt, sdsAddressBytes, type MetaNode, type ResourceNode } from "../register/types.ts";
