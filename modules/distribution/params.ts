// Distribution params (SDK v0.47 x/distribution defaults; the proposer rewards are deprecated there
// and always zero, so a block's fees go to the last commit's validators by power only).
import { Dec } from "../../chain/types/dec.ts";

export interface DistributionParams {
  communityTax: Dec;
  withdrawAddrEnabled: boolean;
}

export const defaultDistributionParams: DistributionParams = {
  communityTax: Dec.fromString("0.02"),
  withdrawAddrEnabled: true,
};

/** Genesis/amino JSON form (Dec with a decimal point, as the SDK's JSON). */
export function distributionParamsToJson(p: DistributionParams) {
  return {
    community_tax: p.communityTax.toString(),
    base_proposer_reward: "0.000000000000000000",
    bonus_proposer_reward: "0.000000000000000000",
    withdraw_addr_enabled: p.withdrawAddrEnabled,
  };
}

export function distributionParamsFromJson(j: any): DistributionParams {
  if (j === undefined || j === null) return defaultDistributionParams;
  const communityTax = Dec.fromString(String(j.community_tax ?? "0.02"));
  validateDistributionParams({ communityTax, withdrawAddrEnabled: true });
  return { communityTax, withdrawAddrEnabled: j.withdraw_addr_enabled !== false };
}

export function validateDistributionParams(p: DistributionParams): void {
  if (p.communityTax.isNegative() || p.communityTax.cmp(Dec.one) > 0) throw new Error(`community tax must be between 0 and 1: ${p.communityTax}`);
}
