// Sds errors: codespace "sds" with stratos-chain's code numbers (x/sds/types/errors.go: codes count
// up from 2 in declaration order), and a readable message naming the values involved.
import { AppError } from "../../chain/app/errors.ts";

export const SDS_CODESPACE = "sds";

const names = [
  "invalid", "invalidHeight", "emptyUploaderAddr", "emptyReporters", "emptyFileHash", "invalidFileHash",
  "noFileFound", "invalidDenom", "prepayFailure", "reporterAddressOrOwner", "invalidSenderAddr",
  "invalidBeneficiaryAddr", "ozoneLimitNotEnough", "emitEvent",
] as const;

type ErrName = (typeof names)[number];

export const sdsErrorCodes = Object.fromEntries(names.map((n, i) => [n, i + 2])) as Record<ErrName, number>;

/** sdsErrors.invalidFileHash("...") → AppError("sds", 7, "..."). */
export const sdsErrors = Object.fromEntries(
  names.map((n, i) => [n, (message: string) => new AppError(SDS_CODESPACE, i + 2, message)]),
) as Record<ErrName, (message: string) => AppError>;

/** Not one of stratos-chain's: MsgUpdateParams signed by someone other than the authority. */
export const errInvalidAuthority = (message: string) => new AppError(SDS_CODESPACE, 100, message);
