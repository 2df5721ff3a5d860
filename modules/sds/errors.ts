// Sds errors: codespace "sds", each code declared by name with stratos-chain's number
// (x/sds/types/errors.go; test/unit/errors/stratos-codes.test.ts pins the table to it), and a
// readable message naming the values involved.
import { AppError, errorTable } from "../../chain/app/errors.ts";

export const SDS_CODESPACE = "sds";

export const sdsErrorCodes = {
  invalid: 2,
  invalidHeight: 3,
  emptyUploaderAddr: 4,
  emptyReporters: 5,
  emptyFileHash: 6,
  invalidFileHash: 7,
  noFileFound: 8,
  invalidDenom: 9,
  prepayFailure: 10,
  reporterAddressOrOwner: 11,
  invalidSenderAddr: 12,
  invalidBeneficiaryAddr: 13,
  ozoneLimitNotEnough: 14,
  emitEvent: 15,
} as const;

/** sdsErrors.invalidFileHash("...") → AppError("sds", 7, "..."). */
export const sdsErrors = errorTable(SDS_CODESPACE, sdsErrorCodes);

/** Not one of stratos-chain's: MsgUpdateParams signed by someone other than the authority. */
export const ERR_INVALID_AUTHORITY = 100;
export const errInvalidAuthority = (message: string) => new AppError(SDS_CODESPACE, ERR_INVALID_AUTHORITY, message);
