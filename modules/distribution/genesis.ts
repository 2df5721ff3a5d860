// app_state.distribution in the Cosmos SDK's JSON layout (x/distribution GenesisState: params,
// fee_pool, delegator_withdraw_infos, outstanding rewards, commissions, historical and current
// rewards, delegator starting infos, slash events), so an export re-imports to the same state.
import type { Context } from "../../chain/app/context.ts";
import { accountField as account, decField as dec, listField as list, uintField as int, valoperField as valoper } from "../../chain/app/genesis-fields.ts";
import { decFromWire, type DecCoins } from "./dec-coins.ts";
import type { DistributionKeeper } from "./keeper.ts";
import { defaultDistributionParams, distributionParamsFromJson, distributionParamsToJson } from "./params.ts";

/** JSON DecCoins: [{denom, amount: "1.5"}]. */
const decCoins = (v: unknown, what: string): DecCoins =>
  decFromWire(list(v, what).map((c, i) => ({ denom: String(c.denom), amount: dec(c.amount, `${what}[${i}].amount`).toProtoString() })));
const decCoinsJson = (c: DecCoins) => c.map((x) => ({ denom: x.denom, amount: x.amount.toString() }));

export function defaultDistributionGenesis() {
  return {
    params: distributionParamsToJson(defaultDistributionParams),
    fee_pool: { community_pool: [] },
    delegator_withdraw_infos: [],
    previous_proposer: "",
    outstanding_rewards: [],
    validator_accumulated_commissions: [],
    validator_historical_rewards: [],
    validator_current_rewards: [],
    delegator_starting_infos: [],
    validator_slash_events: [],
  };
}

function parse(state: any) {
  const s = state ?? {};
  return {
    params: distributionParamsFromJson(s.params),
    communityPool: decCoins(s.fee_pool?.community_pool, "fee_pool.community_pool"),
    withdraw: list(s.delegator_withdraw_infos, "delegator_withdraw_infos").map((j, i) => ({
      delegator: account(j.delegator_address, `delegator_withdraw_infos[${i}].delegator_address`),
      withdraw: account(j.withdraw_address, `delegator_withdraw_infos[${i}].withdraw_address`),
    })),
    outstanding: list(s.outstanding_rewards, "outstanding_rewards").map((j, i) => ({
      valoper: valoper(j.validator_address, `outstanding_rewards[${i}].validator_address`),
      rewards: decCoins(j.outstanding_rewards, `outstanding_rewards[${i}].outstanding_rewards`),
    })),
    commissions: list(s.validator_accumulated_commissions, "validator_accumulated_commissions").map((j, i) => ({
      valoper: valoper(j.validator_address, `validator_accumulated_commissions[${i}].validator_address`),
      commission: decCoins(j.accumulated?.commission, `validator_accumulated_commissions[${i}].accumulated.commission`),
    })),
    historical: list(s.validator_historical_rewards, "validator_historical_rewards").map((j, i) => ({
      valoper: valoper(j.validator_address, `validator_historical_rewards[${i}].validator_address`),
      period: int(j.period, `validator_historical_rewards[${i}].period`),
      ratio: decCoins(j.rewards?.cumulative_reward_ratio, `validator_historical_rewards[${i}].rewards.cumulative_reward_ratio`),
      refs: Number(int(j.rewards?.reference_count, `validator_historical_rewards[${i}].rewards.reference_count`)),
    })),
    current: list(s.validator_current_rewards, "validator_current_rewards").map((j, i) => ({
      valoper: valoper(j.validator_address, `validator_current_rewards[${i}].validator_address`),
      rewards: decCoins(j.rewards?.rewards, `validator_current_rewards[${i}].rewards.rewards`),
      period: int(j.rewards?.period, `validator_current_rewards[${i}].rewards.period`),
    })),
    starting: list(s.delegator_starting_infos, "delegator_starting_infos").map((j, i) => ({
      delegator: account(j.delegator_address, `delegator_starting_infos[${i}].delegator_address`),
      valoper: valoper(j.validator_address, `delegator_starting_infos[${i}].validator_address`),
      previousPeriod: int(j.starting_info?.previous_period, `delegator_starting_infos[${i}].starting_info.previous_period`),
      stake: dec(j.starting_info?.stake, `delegator_starting_infos[${i}].starting_info.stake`),
      height: int(j.starting_info?.height, `delegator_starting_infos[${i}].starting_info.height`),
    })),
    slashes: list(s.validator_slash_events, "validator_slash_events").map((j, i) => ({
      valoper: valoper(j.validator_address, `validator_slash_events[${i}].validator_address`),
      height: int(j.height, `validator_slash_events[${i}].height`),
      period: int(j.validator_slash_event?.validator_period, `validator_slash_events[${i}].validator_slash_event.validator_period`),
      fraction: dec(j.validator_slash_event?.fraction, `validator_slash_events[${i}].validator_slash_event.fraction`),
    })),
  };
}

export function validateDistributionGenesis(state: unknown): void {
  parse(state);
}

export function initDistributionGenesis(ctx: Context, k: DistributionKeeper, state: unknown): void {
  const g = parse(state);
  k.setParams(ctx, g.params);
  k.setCommunityPool(ctx, g.communityPool);
  for (const w of g.withdraw) k.genesisSetWithdrawAddr(ctx, w.delegator, w.withdraw);
  for (const o of g.outstanding) k.genesisSetOutstanding(ctx, o.valoper, o.rewards);
  for (const c of g.commissions) k.genesisSetCommission(ctx, c.valoper, c.commission);
  for (const h of g.historical) k.genesisSetHistorical(ctx, h.valoper, h.period, { cumulativeRewardRatio: h.ratio, referenceCount: h.refs });
  for (const c of g.current) k.genesisSetCurrent(ctx, c.valoper, { rewards: c.rewards, period: c.period });
  for (const s of g.starting) k.genesisSetStartingInfo(ctx, s.valoper, s.delegator, { previousPeriod: s.previousPeriod, stake: s.stake, height: s.height });
  for (const s of g.slashes) k.genesisSetSlashEvent(ctx, s.valoper, s.height, { validatorPeriod: s.period, fraction: s.fraction });
}

export function exportDistributionGenesis(ctx: Context, k: DistributionKeeper) {
  const all = k.exportAll(ctx);
  return {
    params: distributionParamsToJson(k.getParams(ctx)),
    fee_pool: { community_pool: decCoinsJson(k.getCommunityPool(ctx)) },
    delegator_withdraw_infos: all.withdrawAddrs.map(([d, w]) => ({ delegator_address: d, withdraw_address: w })),
    previous_proposer: "",
    outstanding_rewards: all.outstanding.map(([v, r]) => ({ validator_address: v, outstanding_rewards: decCoinsJson(r) })),
    validator_accumulated_commissions: all.commission.map(([v, c]) => ({ validator_address: v, accumulated: { commission: decCoinsJson(c) } })),
    validator_historical_rewards: all.historical.map(([[v, period], h]) => ({
      validator_address: v,
      period: period.toString(),
      rewards: { cumulative_reward_ratio: decCoinsJson(h.cumulativeRewardRatio), reference_count: h.referenceCount },
    })),
    validator_current_rewards: all.current.map(([v, c]) => ({ validator_address: v, rewards: { rewards: decCoinsJson(c.rewards), period: c.period.toString() } })),
    delegator_starting_infos: all.startingInfos.map(([[v, d], s]) => ({
      delegator_address: d,
      validator_address: v,
      starting_info: { previous_period: s.previousPeriod.toString(), stake: s.stake.toString(), height: s.height.toString() },
    })),
    validator_slash_events: all.slashEvents.map(([[v, [height]], e]) => ({
      validator_address: v,
      height: height.toString(),
      period: e.validatorPeriod.toString(),
      validator_slash_event: { validator_period: e.validatorPeriod.toString(), fraction: e.fraction.toString() },
    })),
  };
}
