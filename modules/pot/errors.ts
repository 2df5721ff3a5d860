// Pot errors: codespace "pot", each code declared by name with stratos-chain's number
// (x/pot/types/errors.go; test/unit/errors/stratos-codes.test.ts pins the table to it), and a
// readable message naming the values involved.
import { AppError, errorTable } from "../../chain/app/errors.ts";

export const POT_CODESPACE = "pot";

export const potErrorCodes = {
  invalid: 2,
  outOfIssuance: 3,
  withdrawAmountInvalid: 4,
  missingWalletAddress: 5,
  missingTargetAddress: 6,
  insufficientMatureTotal: 7,
  matureEpoch: 8,
  miningRewardParams: 9,
  communityTax: 10,
  initialTotalSupply: 11,
  emptyFromAddr: 12,
  emptyReporterAddr: 13,
  emptyWalletVolumes: 14,
  epochNotPositive: 15,
  emptyReportReference: 16,
  reporterOwnerAddr: 17,
  negativeVolume: 18,
  foundationDepositAmountInvalid: 19,
  blsSignatureInvalid: 20,
  blsTxDataInvalid: 21,
  blsPubkeysInvalid: 22,
  blsVerifyFailed: 23,
  blsNotReachThreshold: 24,
  reporterAddress: 25,
  invalidAmount: 26,
  invalidAddress: 27,
  invalidDenom: 28,
  withdrawFailure: 29,
  foundationDepositFailure: 30,
  slashingResourceNodeFailure: 31,
  volumeReport: 32,
  reporterAddressOrOwner: 33,
  totalSupplyCapHit: 34,
  insufficientCommunityPool: 35,
  emitEvent: 36,
} as const;

/** potErrors.matureEpoch("...") → AppError("pot", 8, "..."). */
export const potErrors = errorTable(POT_CODESPACE, potErrorCodes);

/** Not one of stratos-chain's: MsgUpdateParams signed by someone other than the authority. */
export const ERR_INVALID_AUTHORITY = 100;
export const errInvalidAuthority = (message: string) => new AppError(POT_CODESPACE, ERR_INVALID_AUTHORITY, message);
