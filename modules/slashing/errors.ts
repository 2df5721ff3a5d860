// Slashing errors: codespace "slashing", the Cosmos SDK's numbers (x/slashing/types/errors.go v0.47).
import { errorTable } from "../../chain/app/errors.ts";

export const SLASHING_CODESPACE = "slashing";

export const slashingErrorCodes = {
  noValidatorForAddress: 2,
  badValidatorAddr: 3,
  validatorJailed: 4,
  validatorNotJailed: 5,
  missingSelfDelegation: 6,
  selfDelegationTooLowToUnjail: 7,
  noSigningInfoFound: 8,
} as const;

export const slashingErrors = errorTable(SLASHING_CODESPACE, slashingErrorCodes);
