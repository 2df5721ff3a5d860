// Register errors: codespace "register", each code declared by name with stratos-chain's number
// (x/register/types/errors.go; test/unit/errors/stratos-codes.test.ts pins the table to it), and a
// readable message naming the values involved.
import { AppError, errorTable } from "../../chain/app/errors.ts";

export const REGISTER_CODESPACE = "register";

export const registerErrorCodes = {
  invalid: 2,
  invalidNetworkAddr: 3,
  emptyOwnerAddr: 4,
  valueNegative: 5,
  emptyDescription: 6,
  emptyMoniker: 7,
  emptyResourceNodeAddr: 8,
  emptyMetaNodeAddr: 9,
  badDenom: 10,
  insufficientDeposit: 11,
  resourceNodePubKeyExists: 12,
  metaNodePubKeyExists: 13,
  noResourceNodeFound: 14,
  noMetaNodeFound: 15,
  noOwnerAccountFound: 16,
  insufficientBalance: 17,
  nodeType: 18,
  emptyCandidateNetworkAddr: 19,
  emptyCandidateOwnerAddr: 20,
  emptyVoterNetworkAddr: 21,
  emptyVoterOwnerAddr: 22,
  invalidCandidateNetworkAddr: 23,
  invalidCandidateOwnerAddr: 24,
  noCandidateMetaNodeFound: 25,
  invalidVoterNetworkAddr: 26,
  invalidVoterOwnerAddr: 27,
  noVoterMetaNodeFound: 28,
  sameAddr: 29,
  invalidOwnerAddr: 30,
  invalidBeneficiaryAddr: 31,
  invalidVoterStatus: 32,
  noRegistrationVotePoolFound: 33,
  duplicateVoting: 34,
  voteExpired: 35,
  insufficientBalanceOfNotBondedPool: 36,
  emptyNodeNetworkAddress: 37,
  emptyPubKey: 38,
  noUnbondingNode: 39,
  maxUnbondingNodeEntries: 40,
  unbondingNode: 41,
  depositNozRate: 42,
  remainingNozLimit: 43,
  invalidDepositChange: 44,
  invalidNodeType: 45,
  unknownAccountAddress: 46,
  unknownPubKey: 47,
  invalidNodeStat: 48,
  registerResourceNode: 49,
  registerMetaNode: 50,
  unbondResourceNode: 51,
  unbondMetaNode: 52,
  updateResourceNode: 53,
  updateMetaNode: 54,
  updateResourceNodeDeposit: 55,
  updateMetaNodeDeposit: 56,
  voteMetaNode: 57,
  resourceNodeRegDisabled: 58,
  invalidSuspensionStatForUnbondNode: 59,
  reporterAddress: 60,
  invalidAmount: 61,
  reporterAddressOrOwner: 62,
  invalidEffectiveToken: 63,
  emitEvent: 64,
  invalidTargetNetworkAddr: 65,
  noActiveTargetMetaNodeFound: 66,
  noActiveVoterMetaNodeFound: 67,
  // Ours (README change #8), numbered after upstream's last code:
  invalidBlsPubKey: 68, // bls_pub_key missing / not a 48-byte compressed BLS12-381 G1 subgroup point
  invalidBlsPop: 69, // bls_pop does not verify (BLS_POP_ ciphersuite) for bls_pub_key
} as const;

/** registerErrors.badDenom("...") → AppError("register", 10, "..."). */
export const registerErrors = errorTable(REGISTER_CODESPACE, registerErrorCodes);

/** Not one of stratos-chain's: MsgUpdateParams signed by someone other than the authority. */
export const ERR_INVALID_AUTHORITY = 100;
export const errInvalidAuthority = (message: string) => new AppError(REGISTER_CODESPACE, ERR_INVALID_AUTHORITY, message);
