// Staking errors: codespace "staking", the Cosmos SDK's numbers (x/staking/types/errors.go), so
// clients that switch on (codespace, code) read them as on any Cosmos chain.
import { errorTable } from "../../chain/app/errors.ts";

export const STAKING_CODESPACE = "staking";

export const stakingErrorCodes = {
  emptyValidatorAddr: 2,
  noValidatorFound: 3,
  validatorOwnerExists: 4,
  validatorPubKeyExists: 5,
  validatorPubKeyTypeNotSupported: 6,
  validatorJailed: 7,
  badRemoveValidator: 8,
  commissionNegative: 9,
  commissionHuge: 10,
  commissionGTMaxRate: 11,
  commissionUpdateTime: 12,
  commissionChangeRateNegative: 13,
  commissionChangeRateGTMaxRate: 14,
  commissionGTMaxChangeRate: 15,
  selfDelegationBelowMinimum: 16,
  minSelfDelegationDecreased: 17,
  emptyDelegatorAddr: 18,
  noDelegation: 19,
  badDelegatorAddr: 20,
  noDelegatorForAddress: 21,
  insufficientShares: 22,
  delegationValidatorEmpty: 23,
  notEnoughDelegationShares: 24,
  notMature: 25,
  noUnbondingDelegation: 26,
  maxUnbondingDelegationEntries: 27,
  noRedelegation: 28,
  selfRedelegation: 29,
  tinyRedelegationAmount: 30,
  badRedelegationDst: 31,
  transitiveRedelegation: 32,
  maxRedelegationEntries: 33,
  delegatorShareExRateInvalid: 34,
  bothShareMsgsGiven: 35,
  neitherShareMsgsGiven: 36,
  invalidHistoricalInfo: 37,
  noHistoricalInfo: 38,
  emptyValidatorPubKey: 39,
  commissionLTMinRate: 40,
} as const;

export const stakingErrors = errorTable(STAKING_CODESPACE, stakingErrorCodes);
