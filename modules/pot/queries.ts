// stratos.pot.v1.Query (§6.2) with README change #9 (Metrics.meta_node_deposit = meta bonded pool).
import type { Context } from "../../chain/app/context.ts";
import { queryErrors } from "../../chain/app/errors.ts";
import type { QueryHandler } from "../../chain/app/module.ts";
import { queryAccountArg } from "../../chain/app/module-helpers.ts";
import { paginate } from "../../chain/app/pagination.ts";
import { accAddressFromBech32 } from "../../chain/types/address.ts";
import { stratos } from "../../proto/client.ts";
import { longToBigInt, RESOURCE_NODE_BONDED_POOL, RESOURCE_NODE_NOT_BONDED_POOL } from "./expected.ts";
import { totalRewardToProto, type PotKeeper } from "./keeper.ts";
import { potParamsToProto } from "./params.ts";

const pb = stratos.pot.v1;
const enc = <T>(codec: { encode(m: T): { finish(): Uint8Array }; fromPartial(o: any): T }, m: T) => codec.encode(codec.fromPartial(m)).finish();
const coinsP = (c: readonly { denom: string; amount: bigint }[]) => c.map((x) => ({ denom: x.denom, amount: x.amount.toString() }));

const wallet = (a: string | null | undefined) => queryAccountArg(a, "wallet_address", "wallet_address is empty");

function epochArg(e: unknown, allowZero: boolean): bigint {
  const v = longToBigInt(e);
  if (v < 0n || (!allowZero && v === 0n)) throw queryErrors.invalidArgument(`epoch must be ${allowZero ? "non-negative" : "positive"}, got ${v}`);
  return v;
}

export function potQueries(k: PotKeeper): Record<string, QueryHandler> {
  const base = "/stratos.pot.v1.Query/";
  const rewardsPage = (ctx: Context, matureEpoch: bigint, page: any, only?: string) => {
    const it = k.state.individualRewardsIterator(ctx, matureEpoch);
    const source = only === undefined ? it : (start?: Uint8Array) => [...it(start)].filter(([kk]) => Buffer.from(kk).equals(Buffer.from(accAddressFromBech32(only))));
    return paginate(source, page ?? undefined, ([, v]) => pb.Reward.decode(v));
  };
  return {
    [base + "VolumeReport"]: (ctx, data) => {
      const req = pb.QueryVolumeReportRequest.decode(data);
      let epoch = epochArg(req.epoch, true);
      if (epoch === 0n) epoch = k.state.getLastDistributedEpoch(ctx);
      // An epoch with no report answers an empty record, as stratos-chain does (GetVolumeReport
      // returns the zero value), not NotFound.
      const r = k.state.getVolumeReport(ctx, epoch);
      return enc(pb.QueryVolumeReportResponse, {
        reportInfo: { epoch, reference: r?.reportReference ?? "", txHash: r?.txHash ?? "", reporter: r?.reporter ?? "" },
      });
    },
    [base + "RewardsByEpoch"]: (ctx, data) => {
      const req = pb.QueryRewardsByEpochRequest.decode(data);
      const epoch = epochArg(req.epoch, false);
      const { items, pagination } = rewardsPage(ctx, epoch + k.getParams(ctx).matureEpoch, req.pagination);
      return enc(pb.QueryRewardsByEpochResponse, { rewards: items, pagination: pagination as any });
    },
    [base + "RewardsByWallet"]: (ctx, data) => {
      const req = pb.QueryRewardsByWalletRequest.decode(data);
      const w = wallet(req.walletAddress);
      return enc(pb.QueryRewardsByWalletResponse, {
        rewards: { walletAddress: w, matureTotalReward: coinsP(k.state.getMatureTotal(ctx, w)), immatureTotalReward: coinsP(k.state.getImmatureTotal(ctx, w)) },
      });
    },
    [base + "RewardsByWalletAndEpoch"]: (ctx, data) => {
      const req = pb.QueryRewardsByWalletAndEpochRequest.decode(data);
      const w = wallet(req.walletAddress);
      const epoch = epochArg(req.epoch, false);
      const { items, pagination } = rewardsPage(ctx, epoch + k.getParams(ctx).matureEpoch, req.pagination, w);
      return enc(pb.QueryRewardsByWalletAndEpochResponse, { rewards: items, pagination: pagination as any });
    },
    [base + "SlashingByOwner"]: (ctx, data) => {
      const req = pb.QuerySlashingByOwnerRequest.decode(data);
      return enc(pb.QuerySlashingByOwnerResponse, { slashing: k.register.getSlashing(ctx, wallet(req.walletAddress)).toString() });
    },
    [base + "Params"]: (ctx) => enc(pb.QueryParamsResponse, { params: potParamsToProto(k.getParams(ctx)) }),
    [base + "TotalMinedToken"]: (ctx) => {
      const c = k.getTotalMinedTokens(ctx);
      return enc(pb.QueryTotalMinedTokenResponse, { totalMinedToken: { denom: c.denom, amount: c.amount.toString() } });
    },
    [base + "CirculationSupply"]: (ctx) => enc(pb.QueryCirculationSupplyResponse, { circulationSupply: coinsP(k.circulationSupply(ctx)) }),
    [base + "TotalRewardByEpoch"]: (ctx, data) => {
      const req = pb.QueryTotalRewardByEpochRequest.decode(data);
      const epoch = epochArg(req.epoch, false);
      const t = k.state.getTotalReward(ctx, epoch);
      // Nothing recorded: stratos-chain falls back to its legacy reconstruction, which finds no
      // report and answers an empty TotalReward with is_legacy = true; so do we (no reconstruction).
      if (!t) return enc(pb.QueryTotalRewardByEpochResponse, { totalReward: { miningReward: [], trafficReward: [] }, isLegacy: true });
      return enc(pb.QueryTotalRewardByEpochResponse, { totalReward: totalRewardToProto(t), isLegacy: false });
    },
    [base + "Metrics"]: (ctx) => {
      const params = k.getParams(ctx);
      const denom = params.bondDenom;
      const { stage, outOfIssuance } = k.miningStage(ctx);
      const m = outOfIssuance ? 0n : stage.miningReward.amount;
      const split = (bp: bigint) => ((m * bp) / 10000n).toString();
      const circulation = k.circulationSupply(ctx).find((c) => c.denom === denom)?.amount ?? 0n;
      const rnBonded = k.register.poolBalance(ctx, RESOURCE_NODE_BONDED_POOL);
      const delegations = k.staking?.delegationTotals(ctx) ?? { bonded: 0n, unbonded: 0n, unbonding: 0n };
      return enc(pb.QueryMetricsResponse, {
        metrics: {
          totalSupply: k.bank.getSupply(ctx, denom).toString(),
          totalMiningSupply: k.totalMiningSupply(ctx).amount.toString(),
          totalMinedTokens: k.getTotalMinedTokens(ctx).amount.toString(),
          totalResourceNodesDeposit: (rnBonded + k.register.poolBalance(ctx, RESOURCE_NODE_NOT_BONDED_POOL)).toString(),
          totalBondedDelegation: delegations.bonded.toString(),
          totalUnbondedDelegation: delegations.unbonded.toString(),
          totalUnbondingDelegation: delegations.unbonding.toString(),
          circulationSupply: circulation.toString(),
          totalMiningReward: m.toString(),
          chainMiningReward: split(stage.blockChainPercentageInBp),
          resourceMiningReward: split(stage.resourceNodePercentageInBp),
          metaMiningReward: split(stage.metaNodePercentageInBp),
          resourceNodeDeposit: rnBonded.toString(),
          metaNodeDeposit: k.metaBondedPool(ctx).toString(),
          unissuedPrepay: k.register.totalUnissuedPrepay(ctx).toString(),
        },
      });
    },
  };
}
