// Register errors: codespace "register" with stratos-chain's code numbers (x/register/types/errors.go:
// codes count up from 2 in declaration order), and a readable message naming the values involved.
import { AppError } from "../../chain/app/errors.ts";

export const REGISTER_CODESPACE = "register";

const names = [
  "invalid", "invalidNetworkAddr", "emptyOwnerAddr", "valueNegative", "emptyDescription", "emptyMoniker",
  "emptyResourceNodeAddr", "emptyMetaNodeAddr", "badDenom", "insufficientDeposit", "resourceNodePubKeyExists",
  "metaNodePubKeyExists", "noResourceNodeFound", "noMetaNodeFound", "noOwnerAccountFound", "insufficientBalance",
  "nodeType", "emptyCandidateNetworkAddr", "emptyCandidateOwnerAddr", "emptyVoterNetworkAddr", "emptyVoterOwnerAddr",
  "invalidCandidateNetworkAddr", "invalidCandidateOwnerAddr", "noCandidateMetaNodeFound", "invalidVoterNetworkAddr",
  "invalidVoterOwnerAddr", "noVoterMetaNodeFound", "sameAddr", "invalidOwnerAddr", "invalidBeneficiaryAddr",
  "invalidVoterStatus", "noRegistrationVotePoolFound", "duplicateVoting", "voteExpired",
  "insufficientBalanceOfNotBondedPool", "emptyNodeNetworkAddress", "emptyPubKey", "noUnbondingNode",
  "maxUnbondingNodeEntries", "unbondingNode", "depositNozRate", "remainingNozLimit", "invalidDepositChange",
  "invalidNodeType", "unknownAccountAddress", "unknownPubKey", "invalidNodeStat", "registerResourceNode",
  "registerMetaNode", "unbondResourceNode", "unbondMetaNode", "updateResourceNode", "updateMetaNode",
  "updateResourceNodeDeposit", "updateMetaNodeDeposit", "voteMetaNode", "resourceNodeRegDisabled",
  "invalidSuspensionStatForUnbondNode", "reporterAddress", "invalidAmount", "reporterAddressOrOwner",
  "invalidEffectiveToken", "emitEvent", "invalidTargetNetworkAddr", "noActiveTargetMetaNodeFound",
  "noActiveVoterMetaNodeFound",
  // Our additions (README change #8), appended so upstream codes keep their numbers:
  "invalidBlsPubKey", // 68: bls_pub_key missing / not a 48-byte compressed BLS12-381 G1 subgroup point
  "invalidBlsPop", // 69: bls_pop does not verify (BLS_POP_ ciphersuite) for bls_pub_key
] as const;

type ErrName = (typeof names)[number];

export const registerErrorCodes = Object.fromEntries(names.map((n, i) => [n, i + 2])) as Record<ErrName, number>;

/** registerErrors.badDenom("...") → AppError("register", 10, "..."). */
export const registerErrors = Object.fromEntries(
  names.map((n, i) => [n, (message: string) => new AppError(REGISTER_CODESPACE, i + 2, message)]),
) as Record<ErrName, (message: string) => AppError>;

/** Not one of stratos-chain's: MsgUpdateParams signed by someone other than the authority. */
export const errInvalidAuthority = (message: string) => new AppError(REGISTER_CODESPACE, 100, message);
