// cosmos.distribution.v1beta1.Query at the gRPC paths CosmJS's distribution extension calls.
import * as q from "cosmjs-types/cosmos/distribution/v1beta1/query";
import type { Context } from "../../chain/app/context.ts";
import { queryErrors } from "../../chain/app/errors.ts";
import { CacheKV } from "../../chain/app/kv.ts";
import type { KVPair } from "../../chain/app/kv.ts";
import type { QueryHandler } from "../../chain/app/module.ts";
import { paginate } from "../../chain/app/pagination.ts";
import { withStore } from "../../chain/app/context.ts";
import { queryAccountArg, queryValoperArg } from "../../chain/app/module-helpers.ts";
import { decAdd, decToWire, type DecCoins } from "./dec-coins.ts";
import type { DistributionKeeper } from "./keeper.ts";
import { accountOfValoper } from "../staking/types.ts";

const valoperArg = (a: string) => queryValoperArg(a, "validator address", "empty validator address");
const delegatorArg = (a: string) => queryAccountArg(a, "delegator address", "empty delegator address");
/** Rewards are computed by ending the validator's period, a write: queries do it on a cache they drop (as the SDK's CacheContext). */
const scratch = (ctx: Context): Context => withStore(ctx, new CacheKV(ctx.store));

export function distributionQueries(k: DistributionKeeper): Record<string, QueryHandler> {
  const base = "/cosmos.distribution.v1beta1.Query/";
  return {
    [base + "Params"]: (ctx) => {
      const p = k.getParams(ctx);
      return q.QueryParamsResponse.encode({
        params: { communityTax: p.communityTax.toProtoString(), baseProposerReward: "0", bonusProposerReward: "0", withdrawAddrEnabled: p.withdrawAddrEnabled },
      }).finish();
    },
    [base + "ValidatorOutstandingRewards"]: (ctx, data) => {
      const req = q.QueryValidatorOutstandingRewardsRequest.decode(data);
      const valoper = valoperArg(req.validatorAddress);
      if (!k.staking.getValidator(ctx, valoper)) throw queryErrors.invalidArgument(`validator does not exist`);
      return q.QueryValidatorOutstandingRewardsResponse.encode({ rewards: { rewards: decToWire(k.getOutstanding(ctx, valoper)) } }).finish();
    },
    [base + "ValidatorCommission"]: (ctx, data) => {
      const req = q.QueryValidatorCommissionRequest.decode(data);
      const valoper = valoperArg(req.validatorAddress);
      if (!k.staking.getValidator(ctx, valoper)) throw queryErrors.invalidArgument(`validator does not exist`);
      return q.QueryValidatorCommissionResponse.encode({ commission: { commission: decToWire(k.getCommission(ctx, valoper)) } }).finish();
    },
    // SDK 0.47: the operator's own account, its self-delegation's rewards now, its commission. Errors as
    // the SDK's (validator / self-delegation does not exist: distribution codes 12 / 13).
    [base + "ValidatorDistributionInfo"]: (ctx, data) => {
      const req = q.QueryValidatorDistributionInfoRequest.decode(data);
      const valoper = valoperArg(req.validatorAddress);
      const operator = accountOfValoper(valoper);
      const selfBondRewards = k.delegationRewards(scratch(ctx), operator, valoper);
      return q.QueryValidatorDistributionInfoResponse.encode({ operatorAddress: operator, selfBondRewards: decToWire(selfBondRewards), commission: decToWire(k.getCommission(ctx, valoper)) }).finish();
    },
    [base + "ValidatorSlashes"]: (ctx, data) => {
      const req = q.QueryValidatorSlashesRequest.decode(data);
      const valoper = valoperArg(req.validatorAddress);
      if (req.startingHeight > req.endingHeight) throw queryErrors.invalidArgument("starting height greater than ending height");
      const events = [...k.slashEventsOf(ctx, valoper)].filter((e) => e.height >= req.startingHeight && e.height <= req.endingHeight);
      const { items, pagination } = paginate(
        (start) => {
          const from = start && start.length === 8 ? Number(Buffer.from(start).readBigUInt64BE()) : 0;
          return events.slice(from).map((_, i): KVPair => {
            const key = Buffer.alloc(8);
            key.writeBigUInt64BE(BigInt(from + i));
            return [new Uint8Array(key), new Uint8Array()];
          });
        },
        req.pagination,
        ([key]) => {
          const e = events[Number(Buffer.from(key).readBigUInt64BE())].event;
          return { validatorPeriod: e.validatorPeriod, fraction: e.fraction.toProtoString() };
        },
      );
      return q.QueryValidatorSlashesResponse.encode({ slashes: items, pagination }).finish();
    },
    [base + "DelegationRewards"]: (ctx, data) => {
      const req = q.QueryDelegationRewardsRequest.decode(data);
      const del = delegatorArg(req.delegatorAddress);
      const valoper = valoperArg(req.validatorAddress);
      if (!k.staking.getValidator(ctx, valoper)) throw queryErrors.notFound(`validator ${valoper} does not exist`);
      if (!k.staking.getDelegation(ctx, del, valoper)) throw queryErrors.notFound(`delegation of ${del} to ${valoper} does not exist`);
      return q.QueryDelegationRewardsResponse.encode({ rewards: decToWire(k.delegationRewards(scratch(ctx), del, valoper)) }).finish();
    },
    [base + "DelegationTotalRewards"]: (ctx, data) => {
      const req = q.QueryDelegationTotalRewardsRequest.decode(data);
      const del = delegatorArg(req.delegatorAddress);
      const c = scratch(ctx);
      let total: DecCoins = [];
      const rewards = [...k.staking.delegatorDelegations(c, del)].map(([valoper]) => {
        const r = k.delegationRewards(c, del, valoper);
        total = decAdd(total, r);
        return { validatorAddress: valoper, reward: decToWire(r) };
      });
      return q.QueryDelegationTotalRewardsResponse.encode({ rewards, total: decToWire(total) }).finish();
    },
    [base + "DelegatorValidators"]: (ctx, data) => {
      const req = q.QueryDelegatorValidatorsRequest.decode(data);
      const del = delegatorArg(req.delegatorAddress);
      return q.QueryDelegatorValidatorsResponse.encode({ validators: [...k.staking.delegatorDelegations(ctx, del)].map(([v]) => v) }).finish();
    },
    [base + "DelegatorWithdrawAddress"]: (ctx, data) => {
      const req = q.QueryDelegatorWithdrawAddressRequest.decode(data);
      const del = delegatorArg(req.delegatorAddress);
      return q.QueryDelegatorWithdrawAddressResponse.encode({ withdrawAddress: k.getWithdrawAddr(ctx, del) }).finish();
    },
    [base + "CommunityPool"]: (ctx) => q.QueryCommunityPoolResponse.encode({ pool: decToWire(k.getCommunityPool(ctx)) }).finish(),
  };
}
