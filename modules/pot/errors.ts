// Pot errors: codespace "pot" with stratos-chain's code numbers (x/pot/types/errors.go: codes count up
// from 2 in declaration order), and a readable message naming the values involved.
import { AppError } from "../../chain/app/errors.ts";

export const POT_CODESPACE = "pot";

const names = [
  "invalid", "outOfIssuance", "withdrawAmountInvalid", "missingWalletAddress", "missingTargetAddress",
  "insufficientMatureTotal", "matureEpoch", "miningRewardParams", "communityTax", "initialTotalSupply",
  "emptyFromAddr", "emptyReporterAddr", "emptyWalletVolumes", "epochNotPositive", "emptyReportReference",
  "reporterOwnerAddr", "negativeVolume", "foundationDepositAmountInvalid", "blsSignatureInvalid",
  "blsTxDataInvalid", "blsPubkeysInvalid", "blsVerifyFailed", "blsNotReachThreshold", "reporterAddress",
  "invalidAmount", "invalidAddress", "invalidDenom", "withdrawFailure", "foundationDepositFailure",
  "slashingResourceNodeFailure", "volumeReport", "reporterAddressOrOwner", "totalSupplyCapHit",
  "insufficientCommunityPool", "emitEvent",
] as const;

type ErrName = (typeof names)[number];

export const potErrorCodes = Object.fromEntries(names.map((n, i) => [n, i + 2])) as Record<ErrName, number>;

/** potErrors.matureEpoch("...") → AppError("pot", 8, "..."). */
export const potErrors = Object.fromEntries(
  names.map((n, i) => [n, (message: string) => new AppError(POT_CODESPACE, i + 2, message)]),
) as Record<ErrName, (message: string) => AppError>;

/** Not one of stratos-chain's: MsgUpdateParams signed by someone other than the authority. */
export const errInvalidAuthority = (message: string) => new AppError(POT_CODESPACE, 100, message);
