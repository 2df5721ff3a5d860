// The error codes of register, sds and pot are stratos-chain's: every upstream error exists here
// under the same name (ErrFooBar ↔ fooBar, case-insensitive) with the same number, and our own
// additions take numbers upstream does not use.
//
// UPSTREAM is test data: the codes of stratos-chain's x/{register,sds,pot}/types/errors.go at commit
// c57f1a2a858660a1ba44de13c5eb99d68cfbc948 (github.com/stratosnet/stratos-chain, 2024-12-19), where
// each file numbers its codeErr… constants with iota from 2 in declaration order; read with git
// from that commit and written out here as name → number.
import { expect } from "chai";
import { AppError } from "../../../chain/app/errors.ts";
import { ERR_INVALID_AUTHORITY as POT_AUTHORITY, POT_CODESPACE, potErrorCodes, potErrors } from "../../../modules/pot/errors.ts";
import { ERR_INVALID_AUTHORITY as REGISTER_AUTHORITY, REGISTER_CODESPACE, registerErrorCodes, registerErrors } from "../../../modules/register/errors.ts";
import { ERR_INVALID_AUTHORITY as SDS_AUTHORITY, SDS_CODESPACE, sdsErrorCodes, sdsErrors } from "../../../modules/sds/errors.ts";

const UPSTREAM: Record<"register" | "sds" | "pot", Record<string, number>> = {
  register: {
    ErrInvalid: 2,
    ErrInvalidNetworkAddr: 3,
    ErrEmptyOwnerAddr: 4,
    ErrValueNegative: 5,
    ErrEmptyDescription: 6,
    ErrEmptyMoniker: 7,
    ErrEmptyResourceNodeAddr: 8,
    ErrEmptyMetaNodeAddr: 9,
    ErrBadDenom: 10,
    ErrInsufficientDeposit: 11,
    ErrResourceNodePubKeyExists: 12,
    ErrMetaNodePubKeyExists: 13,
    ErrNoResourceNodeFound: 14,
    ErrNoMetaNodeFound: 15,
    ErrNoOwnerAccountFound: 16,
    ErrInsufficientBalance: 17,
    ErrNodeType: 18,
    ErrEmptyCandidateNetworkAddr: 19,
    ErrEmptyCandidateOwnerAddr: 20,
    ErrEmptyVoterNetworkAddr: 21,
    ErrEmptyVoterOwnerAddr: 22,
    ErrInvalidCandidateNetworkAddr: 23,
    ErrInvalidCandidateOwnerAddr: 24,
    ErrNoCandidateMetaNodeFound: 25,
    ErrInvalidVoterNetworkAddr: 26,
    ErrInvalidVoterOwnerAddr: 27,
    ErrNoVoterMetaNodeFound: 28,
    ErrSameAddr: 29,
    ErrInvalidOwnerAddr: 30,
    ErrInvalidBeneficiaryAddr: 31,
    ErrInvalidVoterStatus: 32,
    ErrNoRegistrationVotePoolFound: 33,
    ErrDuplicateVoting: 34,
    ErrVoteExpired: 35,
    ErrInsufficientBalanceOfNotBondedPool: 36,
    ErrEmptyNodeNetworkAddress: 37,
    ErrEmptyPubKey: 38,
    ErrNoUnbondingNode: 39,
    ErrMaxUnbondingNodeEntries: 40,
    ErrUnbondingNode: 41,
    ErrDepositNozRate: 42,
    ErrRemainingNozLimit: 43,
    ErrInvalidDepositChange: 44,
    ErrInvalidNodeType: 45,
    ErrUnknownAccountAddress: 46,
    ErrUnknownPubKey: 47,
    ErrInvalidNodeStat: 48,
    ErrRegisterResourceNode: 49,
    ErrRegisterMetaNode: 50,
    ErrUnbondResourceNode: 51,
    ErrUnbondMetaNode: 52,
    ErrUpdateResourceNode: 53,
    ErrUpdateMetaNode: 54,
    ErrUpdateResourceNodeDeposit: 55,
    ErrUpdateMetaNodeDeposit: 56,
    ErrVoteMetaNode: 57,
    ErrResourceNodeRegDisabled: 58,
    ErrInvalidSuspensionStatForUnbondNode: 59,
    ErrReporterAddress: 60,
    ErrInvalidAmount: 61,
    ErrReporterAddressOrOwner: 62,
    ErrInvalidEffectiveToken: 63,
    ErrEmitEvent: 64,
    ErrInvalidTargetNetworkAddr: 65,
    ErrNoActiveTargetMetaNodeFound: 66,
    ErrNoActiveVoterMetaNodeFound: 67,
  },
  sds: {
    ErrInvalid: 2,
    ErrInvalidHeight: 3,
    ErrEmptyUploaderAddr: 4,
    ErrEmptyReporters: 5,
    ErrEmptyFileHash: 6,
    ErrInvalidFileHash: 7,
    ErrNoFileFound: 8,
    ErrInvalidDenom: 9,
    ErrPrepayFailure: 10,
    ErrReporterAddressOrOwner: 11,
    ErrInvalidSenderAddr: 12,
    ErrInvalidBeneficiaryAddr: 13,
    ErrOzoneLimitNotEnough: 14,
    ErrEmitEvent: 15,
  },
  pot: {
    ErrInvalid: 2,
    ErrOutOfIssuance: 3,
    ErrWithdrawAmountInvalid: 4,
    ErrMissingWalletAddress: 5,
    ErrMissingTargetAddress: 6,
    ErrInsufficientMatureTotal: 7,
    ErrMatureEpoch: 8,
    ErrMiningRewardParams: 9,
    ErrCommunityTax: 10,
    ErrInitialTotalSupply: 11,
    ErrEmptyFromAddr: 12,
    ErrEmptyReporterAddr: 13,
    ErrEmptyWalletVolumes: 14,
    ErrEpochNotPositive: 15,
    ErrEmptyReportReference: 16,
    ErrReporterOwnerAddr: 17,
    ErrNegativeVolume: 18,
    ErrFoundationDepositAmountInvalid: 19,
    ErrBLSSignatureInvalid: 20,
    ErrBLSTxDataInvalid: 21,
    ErrBLSPubkeysInvalid: 22,
    ErrBLSVerifyFailed: 23,
    ErrBLSNotReachThreshold: 24,
    ErrReporterAddress: 25,
    ErrInvalidAmount: 26,
    ErrInvalidAddress: 27,
    ErrInvalidDenom: 28,
    ErrWithdrawFailure: 29,
    ErrFoundationDepositFailure: 30,
    ErrSlashingResourceNodeFailure: 31,
    ErrVolumeReport: 32,
    ErrReporterAddressOrOwner: 33,
    ErrTotalSupplyCapHit: 34,
    ErrInsufficientCommunityPool: 35,
    ErrEmitEvent: 36,
  },
};

/** Names that are ours, not stratos-chain's (README "where we differ", change #8). */
const OURS: Record<string, string[]> = { register: ["invalidBlsPubKey", "invalidBlsPop"], sds: [], pot: [] };

const modules = [
  { name: "register" as const, codespace: REGISTER_CODESPACE, codes: registerErrorCodes as Record<string, number>, make: registerErrors as Record<string, (m: string) => AppError>, authority: REGISTER_AUTHORITY },
  { name: "sds" as const, codespace: SDS_CODESPACE, codes: sdsErrorCodes as Record<string, number>, make: sdsErrors as Record<string, (m: string) => AppError>, authority: SDS_AUTHORITY },
  { name: "pot" as const, codespace: POT_CODESPACE, codes: potErrorCodes as Record<string, number>, make: potErrors as Record<string, (m: string) => AppError>, authority: POT_AUTHORITY },
];

describe("error codes: pinned to stratos-chain's errors.go", () => {
  for (const m of modules) {
    const upstreamByLower = new Map(Object.entries(UPSTREAM[m.name]).map(([g, c]) => [g.toLowerCase(), c]));

    it(`${m.name}: every upstream error, by name, with upstream's number`, () => {
      const ours = new Map(Object.entries(m.codes).map(([n, c]) => [`err${n}`.toLowerCase(), c]));
      for (const [goName, code] of Object.entries(UPSTREAM[m.name])) {
        expect(ours.has(goName.toLowerCase()), `${m.name} ${goName} is declared`).to.equal(true);
        expect(ours.get(goName.toLowerCase()), `${m.name} ${goName}`).to.equal(code);
      }
      const extra = Object.keys(m.codes).filter((n) => !upstreamByLower.has(`err${n}`.toLowerCase()));
      expect(extra, `${m.name}: names that are not upstream's`).to.deep.equal(OURS[m.name]);
    });

    it(`${m.name}: our additions and the authority error use numbers upstream does not`, () => {
      const upstreamCodes = new Set(Object.values(UPSTREAM[m.name]));
      for (const n of OURS[m.name]!) expect(upstreamCodes.has(m.codes[n]!), n).to.equal(false);
      expect(upstreamCodes.has(m.authority)).to.equal(false);
      const all = [...Object.values(m.codes), m.authority];
      expect(new Set(all).size, "no code used twice").to.equal(all.length);
    });

    it(`${m.name}: each error constructor carries its declared code and codespace`, () => {
      for (const [n, code] of Object.entries(m.codes)) {
        const e = m.make[n]!("boom");
        expect(e).to.be.instanceOf(AppError);
        expect([e.codespace, e.code, e.message], n).to.deep.equal([m.codespace, code, "boom"]);
      }
    });
  }
});
