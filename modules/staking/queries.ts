// cosmos.staking.v1beta1.Query at the gRPC paths CosmJS's staking extension calls.
import * as q from "cosmjs-types/cosmos/staking/v1beta1/query";
import * as pb from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { PageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import type { Context } from "../../chain/app/context.ts";
import { queryErrors } from "../../chain/app/errors.ts";
import type { KVPair } from "../../chain/app/kv.ts";
import type { QueryHandler } from "../../chain/app/module.ts";
import { queryAccountArg, queryValoperArg } from "../../chain/app/module-helpers.ts";
import { paginate } from "../../chain/app/pagination.ts";
import { toBech32, VALIDATOR_PREFIX } from "../../chain/crypto/bech32.ts";
import { accAddressToBech32 } from "../../chain/types/address.ts";
import { Dec } from "../../chain/types/dec.ts";
import type { StakingKeeper, UbdEntry, RedEntry } from "./keeper.ts";
import { BondStatus, tokensFromShares, validatorToProto, type Validator } from "./types.ts";

const valoperArg = (a: string, what = "validator address") => queryValoperArg(a, what, `${what} cannot be empty`);
const delegatorArg = (a: string) => queryAccountArg(a, "delegator address", "delegator address cannot be empty");

const STATUS_NAMES: Record<string, BondStatus> = {
  BOND_STATUS_BONDED: BondStatus.BOND_STATUS_BONDED,
  BOND_STATUS_UNBONDED: BondStatus.BOND_STATUS_UNBONDED,
  BOND_STATUS_UNBONDING: BondStatus.BOND_STATUS_UNBONDING,
};

/** Lists held in memory (one delegator's or validator's entries), paginated by offset/next_key = index. */
function pageList<T>(items: T[], page: PageRequest | undefined) {
  return paginate(
    (start) => {
      const from = start && start.length === 8 ? Number(Buffer.from(start).readBigUInt64BE()) : 0;
      return items.slice(from).map((_, i): KVPair => {
        const k = Buffer.alloc(8);
        k.writeBigUInt64BE(BigInt(from + i));
        return [new Uint8Array(k), new Uint8Array()];
      });
    },
    page,
    ([k]) => items[Number(Buffer.from(k).readBigUInt64BE())],
  );
}

export function stakingQueries(k: StakingKeeper): Record<string, QueryHandler> {
  const base = "/cosmos.staking.v1beta1.Query/";
  const denom = (ctx: Context) => k.bondDenom(ctx);
  const delegationResponse = (ctx: Context, delegator: string, valoper: string, shares: Dec, v?: Validator): pb.DelegationResponse => {
    const val = v ?? k.getValidator(ctx, valoper);
    const balance = val && !val.shares.isZero() ? tokensFromShares(val, shares).truncateInt() : 0n;
    return { delegation: { delegatorAddress: delegator, validatorAddress: valoper, shares: shares.toProtoString() }, balance: { denom: denom(ctx), amount: balance.toString() } };
  };
  const ubdProto = (delegator: string, valoper: string, entries: UbdEntry[]): pb.UnbondingDelegation => ({
    delegatorAddress: delegator,
    validatorAddress: valoper,
    entries: entries.map((e) => ({ ...e, initialBalance: e.initialBalance.toString(), balance: e.balance.toString(), unbondingId: 0n, unbondingOnHoldRefCount: 0n })),
  });
  const redResponse = (ctx: Context, del: string, src: string, dst: string, entries: RedEntry[]): pb.RedelegationResponse => {
    const dstV = k.getValidator(ctx, dst);
    const wire = entries.map((e) => ({ ...e, initialBalance: e.initialBalance.toString(), sharesDst: e.sharesDst.toProtoString(), unbondingId: 0n, unbondingOnHoldRefCount: 0n }));
    return {
      redelegation: { delegatorAddress: del, validatorSrcAddress: src, validatorDstAddress: dst, entries: wire },
      entries: entries.map((e, i) => ({
        redelegationEntry: wire[i],
        balance: (dstV && !dstV.shares.isZero() ? tokensFromShares(dstV, e.sharesDst).truncateInt() : 0n).toString(),
      })),
    };
  };
  const validatorOrNotFound = (ctx: Context, valoper: string): Validator => {
    const v = k.getValidator(ctx, valoper);
    if (!v) throw queryErrors.notFound(`validator ${valoper} not found`);
    return v;
  };

  return {
    [base + "Validators"]: (ctx, data) => {
      const req = q.QueryValidatorsRequest.decode(data);
      let status: BondStatus | undefined;
      if (req.status) {
        status = STATUS_NAMES[req.status];
        if (status === undefined) throw queryErrors.invalidArgument(`invalid validator status ${req.status}`);
      }
      const filtered = function* (start?: Uint8Array): Iterable<KVPair> {
        for (const kv of k.rawValidators(ctx, start)) {
          if (status === undefined || pb.Validator.decode(kv[1]).status === status) yield kv;
        }
      };
      const { items, pagination } = paginate(filtered, req.pagination, ([, v]) => pb.Validator.decode(v));
      return q.QueryValidatorsResponse.encode({ validators: items, pagination }).finish();
    },
    [base + "Validator"]: (ctx, data) => {
      const req = q.QueryValidatorRequest.decode(data);
      const v = validatorOrNotFound(ctx, valoperArg(req.validatorAddr));
      return q.QueryValidatorResponse.encode({ validator: validatorToProto(v) }).finish();
    },
    [base + "ValidatorDelegations"]: (ctx, data) => {
      const req = q.QueryValidatorDelegationsRequest.decode(data);
      const valoper = valoperArg(req.validatorAddr);
      const v = k.getValidator(ctx, valoper);
      const { items, pagination } = paginate(
        (start) => k.rawValidatorDelegators(ctx, valoper, start),
        req.pagination,
        ([key]) => {
          const del = accAddressToBech32(key);
          return delegationResponse(ctx, del, valoper, k.getDelegation(ctx, del, valoper)!, v);
        },
      );
      return q.QueryValidatorDelegationsResponse.encode({ delegationResponses: items, pagination }).finish();
    },
    [base + "ValidatorUnbondingDelegations"]: (ctx, data) => {
      const req = q.QueryValidatorUnbondingDelegationsRequest.decode(data);
      const valoper = valoperArg(req.validatorAddr);
      const { items, pagination } = paginate(
        (start) => k.rawValidatorUnbondings(ctx, valoper, start),
        req.pagination,
        ([key]) => {
          const del = accAddressToBech32(key);
          return ubdProto(del, valoper, k.getUnbondingDelegation(ctx, del, valoper)!);
        },
      );
      return q.QueryValidatorUnbondingDelegationsResponse.encode({ unbondingResponses: items, pagination }).finish();
    },
    [base + "Delegation"]: (ctx, data) => {
      const req = q.QueryDelegationRequest.decode(data);
      const del = delegatorArg(req.delegatorAddr);
      const valoper = valoperArg(req.validatorAddr);
      const shares = k.getDelegation(ctx, del, valoper);
      if (!shares) throw queryErrors.notFound(`delegation with delegator ${del} not found for validator ${valoper}`);
      return q.QueryDelegationResponse.encode({ delegationResponse: delegationResponse(ctx, del, valoper, shares) }).finish();
    },
    [base + "UnbondingDelegation"]: (ctx, data) => {
      const req = q.QueryUnbondingDelegationRequest.decode(data);
      const del = delegatorArg(req.delegatorAddr);
      const valoper = valoperArg(req.validatorAddr);
      const entries = k.getUnbondingDelegation(ctx, del, valoper);
      if (!entries) throw queryErrors.notFound(`unbonding delegation with delegator ${del} not found for validator ${valoper}`);
      return q.QueryUnbondingDelegationResponse.encode({ unbond: ubdProto(del, valoper, entries) }).finish();
    },
    [base + "DelegatorDelegations"]: (ctx, data) => {
      const req = q.QueryDelegatorDelegationsRequest.decode(data);
      const del = delegatorArg(req.delegatorAddr);
      const { items, pagination } = paginate(
        (start) => k.rawDelegatorDelegations(ctx, del, start),
        req.pagination,
        ([key, value]) => delegationResponse(ctx, del, toBech32(VALIDATOR_PREFIX, key), decodeShares(value)),
      );
      return q.QueryDelegatorDelegationsResponse.encode({ delegationResponses: items, pagination }).finish();
    },
    [base + "DelegatorUnbondingDelegations"]: (ctx, data) => {
      const req = q.QueryDelegatorUnbondingDelegationsRequest.decode(data);
      const del = delegatorArg(req.delegatorAddr);
      const { items, pagination } = paginate(
        (start) => k.rawDelegatorUnbondings(ctx, del, start),
        req.pagination,
        ([key, value]) => ({ ...pb.UnbondingDelegation.decode(value), delegatorAddress: del, validatorAddress: toBech32(VALIDATOR_PREFIX, key) }),
      );
      return q.QueryDelegatorUnbondingDelegationsResponse.encode({ unbondingResponses: items, pagination }).finish();
    },
    [base + "Redelegations"]: (ctx, data) => {
      const req = q.QueryRedelegationsRequest.decode(data);
      let list: pb.RedelegationResponse[];
      if (req.delegatorAddr && req.srcValidatorAddr && req.dstValidatorAddr) {
        const del = delegatorArg(req.delegatorAddr);
        const src = valoperArg(req.srcValidatorAddr, "source validator address");
        const dst = valoperArg(req.dstValidatorAddr, "destination validator address");
        const entries = k.getRedelegation(ctx, del, src, dst);
        if (!entries) throw queryErrors.notFound(`redelegation not found for delegator address ${del} from validator address ${src}`);
        list = [redResponse(ctx, del, src, dst, entries)];
      } else if (!req.delegatorAddr && req.srcValidatorAddr && !req.dstValidatorAddr) {
        const src = valoperArg(req.srcValidatorAddr, "source validator address");
        list = [...k.redelegationsFrom(ctx, src)].map(([del, dst, e]) => redResponse(ctx, del, src, dst, e));
      } else {
        const del = delegatorArg(req.delegatorAddr);
        list = [...k.delegatorRedelegations(ctx, del)].map(([src, dst, e]) => redResponse(ctx, del, src, dst, e));
      }
      const { items, pagination } = pageList(list, req.pagination);
      return q.QueryRedelegationsResponse.encode({ redelegationResponses: items, pagination }).finish();
    },
    [base + "DelegatorValidators"]: (ctx, data) => {
      const req = q.QueryDelegatorValidatorsRequest.decode(data);
      const del = delegatorArg(req.delegatorAddr);
      const list = [...k.delegatorDelegations(ctx, del)].map(([val]) => validatorToProto(k.mustGetValidator(ctx, val)));
      const { items, pagination } = pageList(list, req.pagination);
      return q.QueryDelegatorValidatorsResponse.encode({ validators: items, pagination }).finish();
    },
    [base + "DelegatorValidator"]: (ctx, data) => {
      const req = q.QueryDelegatorValidatorRequest.decode(data);
      const del = delegatorArg(req.delegatorAddr);
      const valoper = valoperArg(req.validatorAddr);
      if (!k.getDelegation(ctx, del, valoper)) throw queryErrors.notFound(`delegation with delegator ${del} not found for validator ${valoper}`);
      return q.QueryDelegatorValidatorResponse.encode({ validator: validatorToProto(validatorOrNotFound(ctx, valoper)) }).finish();
    },
    [base + "HistoricalInfo"]: (ctx, data) => {
      const req = q.QueryHistoricalInfoRequest.decode(data);
      if (req.height < 0n) throw queryErrors.invalidArgument("height cannot be negative");
      const hist = k.getHistoricalInfo(ctx, req.height);
      if (!hist) throw queryErrors.notFound(`historical info for height ${req.height} not found`);
      return q.QueryHistoricalInfoResponse.encode({ hist }).finish();
    },
    [base + "Pool"]: (ctx) => {
      const p = k.pool(ctx);
      return q.QueryPoolResponse.encode({ pool: { bondedTokens: p.bonded.toString(), notBondedTokens: p.notBonded.toString() } }).finish();
    },
    [base + "Params"]: (ctx) => {
      const p = k.getParams(ctx);
      return q.QueryParamsResponse.encode({ params: { ...p, minCommissionRate: p.minCommissionRate.toProtoString() } }).finish();
    },
  };
}

function decodeShares(value: Uint8Array): Dec {
  return Dec.fromProtoString(pb.Delegation.decode(value).shares || "0");
}
