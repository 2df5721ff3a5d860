// Distribution errors: codespace "distribution", the Cosmos SDK's numbers (x/distribution/types/errors.go).
import { errorTable } from "../../chain/app/errors.ts";

export const DISTRIBUTION_CODESPACE = "distribution";

export const distributionErrorCodes = {
  emptyDelegatorAddr: 2,
  emptyWithdrawAddr: 3,
  emptyValidatorAddr: 4,
  emptyDelegationDistInfo: 5,
  noValidatorDistInfo: 6,
  noValidatorCommission: 7,
  setWithdrawAddrDisabled: 8,
  badDistribution: 9,
  invalidProposalAmount: 10,
  emptyProposalRecipient: 11,
  noValidatorExists: 12,
  noDelegationExists: 13,
} as const;

export const distributionErrors = errorTable(DISTRIBUTION_CODESPACE, distributionErrorCodes);
