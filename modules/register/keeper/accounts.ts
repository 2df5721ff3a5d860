// Module accounts register uses (§2.2, permissions of spec §7) and the community-pool holder.
export const RESOURCE_NODE_BONDED_POOL = "resource_node_bonded_pool";
export const RESOURCE_NODE_NOT_BONDED_POOL = "resource_node_not_bonded_pool";
export const META_NODE_BONDED_POOL = "meta_node_bonded_pool";
export const META_NODE_NOT_BONDED_POOL = "meta_node_not_bonded_pool";
export const TOTAL_UNISSUED_PREPAY = "total_unissued_prepay";
/**
 * There is no distribution module yet: the `distribution` module account (permissions ["burner"], as
 * the SDK's) holds the community pool. Slashing debt deducted from unbonding payouts is sent there.
 */
export const COMMUNITY_POOL = "distribution";

export const registerModuleAccounts: [string, string[]][] = [
  [RESOURCE_NODE_BONDED_POOL, ["minter"]],
  [RESOURCE_NODE_NOT_BONDED_POOL, ["minter"]],
  [META_NODE_BONDED_POOL, ["minter"]],
  [META_NODE_NOT_BONDED_POOL, ["minter"]],
  [TOTAL_UNISSUED_PREPAY, ["minter"]],
  [COMMUNITY_POOL, ["burner"]],
];
