// DistributionKeeper: F1 fee distribution with the rules of the Cosmos SDK's x/distribution v0.47
// (lazy accounting: a block credits validators only; each delegator's share is computed when it
// withdraws, from the cumulative reward ratio between its starting and ending periods).
// State under "distribution/", prefixes as the SDK's keys.go.
import * as pb from "cosmjs-types/cosmos/distribution/v1beta1/distribution";
import type { Context } from "../../chain/app/context.ts";
import { errors } from "../../chain/app/errors.ts";
import { VALIDATOR_PREFIX } from "../../chain/crypto/bech32.ts";
import { accAddressKey, bech32Key, mapValue, pairKey, protoValue, SchemaBuilder, uint64Key, stringValue } from "../../chain/store/collections.ts";
import { formatCoins, type Coin } from "../../chain/types/coins.ts";
import { Dec } from "../../chain/types/dec.ts";
import type { StakingHooks } from "../staking/expected.ts";
import { accountOfValoper, tokensFromShares, tokensFromSharesTruncated, type Validator } from "../staking/types.ts";
import {
  decAdd,
  decFormat,
  decFromCoins,
  decFromWire,
  decIntersect,
  decIsAnyNegative,
  decMulDec,
  decMulDecTruncate,
  decQuoDecTruncate,
  decSub,
  decToWire,
  decTruncate,
  type DecCoins,
} from "./dec-coins.ts";
import { distributionErrors } from "./errors.ts";
import { emitCommission, emitRewards, emitWithdrawCommission, emitWithdrawRewards } from "./events.ts";
import type { DistrAuthKeeper, DistrBankKeeper, DistrStakingKeeper } from "./expected.ts";
import { defaultDistributionParams, type DistributionParams } from "./params.ts";

export const DISTRIBUTION_STORE_PREFIX = new TextEncoder().encode("distribution/");
/** The module account holding outstanding rewards, commission and the community pool (registered by register as the community pool). */
export const DISTRIBUTION_MODULE = "distribution";

export interface HistoricalRewards {
  cumulativeRewardRatio: DecCoins;
  referenceCount: number;
}
export interface CurrentRewards {
  rewards: DecCoins;
  period: bigint;
}
export interface StartingInfo {
  previousPeriod: bigint;
  stake: Dec;
  height: bigint;
}
export interface SlashEvent {
  validatorPeriod: bigint;
  fraction: Dec;
}

const valoperKey = bech32Key(VALIDATOR_PREFIX);
const decCoinsValue = (name: string) =>
  mapValue(protoValue(pb.ValidatorOutstandingRewards), (r) => decFromWire(r.rewards), (c: DecCoins) => ({ rewards: decToWire(c) }), name);
const commissionValue = mapValue(protoValue(pb.ValidatorAccumulatedCommission), (r) => decFromWire(r.commission), (c: DecCoins) => ({ commission: decToWire(c) }), "commission");
const feePoolValue = mapValue(protoValue(pb.FeePool), (r) => decFromWire(r.communityPool), (c: DecCoins) => ({ communityPool: decToWire(c) }), "fee_pool");
const historicalValue = mapValue(
  protoValue(pb.ValidatorHistoricalRewards),
  (r): HistoricalRewards => ({ cumulativeRewardRatio: decFromWire(r.cumulativeRewardRatio), referenceCount: r.referenceCount }),
  (h) => ({ cumulativeRewardRatio: decToWire(h.cumulativeRewardRatio), referenceCount: h.referenceCount }),
  "historical_rewards",
);
const currentValue = mapValue(
  protoValue(pb.ValidatorCurrentRewards),
  (r): CurrentRewards => ({ rewards: decFromWire(r.rewards), period: r.period }),
  (c) => ({ rewards: decToWire(c.rewards), period: c.period }),
  "current_rewards",
);
const startingValue = mapValue(
  protoValue(pb.DelegatorStartingInfo),
  (r): StartingInfo => ({ previousPeriod: r.previousPeriod, stake: Dec.fromProtoString(r.stake || "0"), height: r.height }),
  (s) => ({ previousPeriod: s.previousPeriod, stake: s.stake.toProtoString(), height: s.height }),
  "starting_info",
);
const slashValue = mapValue(
  protoValue(pb.ValidatorSlashEvent),
  (r): SlashEvent => ({ validatorPeriod: r.validatorPeriod, fraction: Dec.fromProtoString(r.fraction || "0") }),
  (e) => ({ validatorPeriod: e.validatorPeriod, fraction: e.fraction.toProtoString() }),
  "slash_event",
);
const paramsValue = mapValue(
  protoValue(pb.Params),
  (p): DistributionParams => ({ communityTax: Dec.fromProtoString(p.communityTax || "0"), withdrawAddrEnabled: p.withdrawAddrEnabled }),
  (p) => ({ communityTax: p.communityTax.toProtoString(), baseProposerReward: "0", bonusProposerReward: "0", withdrawAddrEnabled: p.withdrawAddrEnabled }),
  "params",
);

const s = new SchemaBuilder(DISTRIBUTION_STORE_PREFIX);
const feePool = s.item(0x00, "fee_pool", feePoolValue);
const outstanding = s.map(0x02, "validator_outstanding_rewards", valoperKey, decCoinsValue("outstanding_rewards"));
const withdrawAddrs = s.map(0x03, "delegator_withdraw_addr", accAddressKey, stringValue);
const startingInfos = s.map(0x04, "delegator_starting_info", pairKey(valoperKey, accAddressKey), startingValue);
const historical = s.map(0x05, "validator_historical_rewards", pairKey(valoperKey, uint64Key), historicalValue);
const current = s.map(0x06, "validator_current_rewards", valoperKey, currentValue);
const commission = s.map(0x07, "validator_accumulated_commission", valoperKey, commissionValue);
const slashEvents = s.map(0x08, "validator_slash_events", pairKey(valoperKey, pairKey(uint64Key, uint64Key)), slashValue);
const params = s.item(0x09, "params", paramsValue);

export const distributionSchema = s.build({ feePool, outstanding, withdrawAddrs, startingInfos, historical, current, commission, slashEvents, params });

export class DistributionKeeper {
  readonly schema = distributionSchema;

  constructor(
    readonly auth: DistrAuthKeeper,
    readonly bank: DistrBankKeeper,
    readonly staking: DistrStakingKeeper,
    readonly feeCollector: string,
  ) {}

  // ---- params, fee pool, withdraw addresses -----------------------------------------------------

  getParams(ctx: Context): DistributionParams {
    return params.getOr(ctx, defaultDistributionParams);
  }
  setParams(ctx: Context, p: DistributionParams): void {
    params.set(ctx, p);
  }
  getCommunityPool(ctx: Context): DecCoins {
    return feePool.getOr(ctx, []);
  }
  setCommunityPool(ctx: Context, c: DecCoins): void {
    // An empty FeePool encodes to zero bytes, which state cannot hold: delete instead.
    if (c.length === 0) feePool.remove(ctx);
    else feePool.set(ctx, c);
  }
  private addToCommunityPool(ctx: Context, c: DecCoins): void {
    if (c.length) this.setCommunityPool(ctx, decAdd(this.getCommunityPool(ctx), c));
  }
  getWithdrawAddr(ctx: Context, delegator: string): string {
    return withdrawAddrs.get(ctx, delegator) ?? delegator;
  }
  setWithdrawAddr(ctx: Context, delegator: string, withdrawAddr: string): void {
    if (!this.getParams(ctx).withdrawAddrEnabled) throw distributionErrors.setWithdrawAddrDisabled("set withdraw address disabled");
    // The SDK's BlockedAddr: module accounts cannot receive withdrawals.
    if (this.auth.isModuleAddress(withdrawAddr)) throw errors.unauthorized(`${withdrawAddr} is not allowed to receive external funds: unauthorized`);
    if (withdrawAddr === delegator) withdrawAddrs.remove(ctx, delegator);
    else withdrawAddrs.set(ctx, delegator, withdrawAddr);
  }

  /** MsgFundCommunityPool. */
  fundCommunityPool(ctx: Context, depositor: string, amount: Coin[]): void {
    this.bank.sendCoinsFromAccountToModule(ctx, depositor, DISTRIBUTION_MODULE, amount);
    this.addToCommunityPool(ctx, decFromCoins(amount));
  }

  /**
   * Funds another module owes the community pool (pot's community share and slashing deductions,
   * register's slashing debt): moved into this module's account and counted in the pool, so the
   * CommunityPool query and the account's balance agree (the SDK's FundCommunityPool for modules).
   */
  fundCommunityPoolFromModule(ctx: Context, fromModule: string, amount: Coin[]): void {
    const coins = amount.filter((c) => c.amount > 0n);
    if (coins.length === 0) return;
    this.bank.sendCoinsFromModuleToModule(ctx, fromModule, DISTRIBUTION_MODULE, coins);
    this.addToCommunityPool(ctx, decFromCoins(coins));
  }

  /** Whole units of `denom` in the community pool. */
  communityPoolAmount(ctx: Context, denom: string): bigint {
    return this.getCommunityPool(ctx).find((c) => c.denom === denom)?.amount.truncateInt() ?? 0n;
  }

  /** Burns from the community pool (pot's supply restoration); never from delegators' outstanding rewards. */
  burnFromCommunityPool(ctx: Context, amount: Coin[]): void {
    const coins = amount.filter((c) => c.amount > 0n);
    if (coins.length === 0) return;
    for (const c of coins) {
      const have = this.communityPoolAmount(ctx, c.denom);
      if (have < c.amount) throw distributionErrors.badDistribution(`community pool holds ${have}${c.denom}, ${c.amount}${c.denom} requested`);
    }
    this.setCommunityPool(ctx, decSub(this.getCommunityPool(ctx), decFromCoins(coins)));
    this.bank.burnCoins(ctx, DISTRIBUTION_MODULE, coins);
  }

  // ---- per-validator records --------------------------------------------------------------------

  getOutstanding(ctx: Context, valoper: string): DecCoins {
    return outstanding.getOr(ctx, valoper, []);
  }
  getCommission(ctx: Context, valoper: string): DecCoins {
    return commission.getOr(ctx, valoper, []);
  }
  getCurrentRewards(ctx: Context, valoper: string): CurrentRewards | undefined {
    return current.get(ctx, valoper);
  }
  getHistoricalRewards(ctx: Context, valoper: string, period: bigint): HistoricalRewards | undefined {
    return historical.get(ctx, [valoper, period]);
  }
  getStartingInfo(ctx: Context, valoper: string, delegator: string): StartingInfo | undefined {
    return startingInfos.get(ctx, [valoper, delegator]);
  }
  *slashEventsOf(ctx: Context, valoper: string): Iterable<{ height: bigint; event: SlashEvent }> {
    for (const [[, [height]], event] of slashEvents.iterate(ctx, { prefix: slashEvents.keyCodec.prefix(valoper) })) yield { height, event };
  }

  // DecCoins records: every empty list is stored as a delete (state cannot hold empty values); a
  // missing record reads back as empty, which is what the SDK stores.
  private setOutstanding(ctx: Context, valoper: string, c: DecCoins): void {
    if (c.length === 0) outstanding.remove(ctx, valoper);
    else outstanding.set(ctx, valoper, c);
  }
  private setCommission(ctx: Context, valoper: string, c: DecCoins): void {
    if (c.length === 0) commission.remove(ctx, valoper);
    else commission.set(ctx, valoper, c);
  }

  private initializeValidator(ctx: Context, valoper: string): void {
    historical.set(ctx, [valoper, 0n], { cumulativeRewardRatio: [], referenceCount: 1 });
    current.set(ctx, valoper, { rewards: [], period: 1n });
    this.setCommission(ctx, valoper, []);
    this.setOutstanding(ctx, valoper, []);
  }

  private incrementReferenceCount(ctx: Context, valoper: string, period: bigint): void {
    const h = historical.get(ctx, [valoper, period]);
    if (!h) throw new Error(`no historical rewards for ${valoper} period ${period}`);
    if (h.referenceCount > 2) throw new Error("reference count should never exceed 2");
    historical.set(ctx, [valoper, period], { ...h, referenceCount: h.referenceCount + 1 });
  }
  private decrementReferenceCount(ctx: Context, valoper: string, period: bigint): void {
    const h = historical.get(ctx, [valoper, period]);
    if (!h || h.referenceCount === 0) throw new Error(`cannot set negative reference count (${valoper} period ${period})`);
    if (h.referenceCount === 1) historical.remove(ctx, [valoper, period]);
    else historical.set(ctx, [valoper, period], { ...h, referenceCount: h.referenceCount - 1 });
  }

  /** Ends the validator's current period; returns the period just ended (SDK IncrementValidatorPeriod). */
  incrementValidatorPeriod(ctx: Context, v: Validator): bigint {
    const cur = current.get(ctx, v.operator);
    if (!cur) throw new Error(`no current rewards for validator ${v.operator}`);
    let ratio: DecCoins;
    if (v.tokens === 0n) {
      // No tokens, no ratio: the period's rewards go to the community pool.
      this.addToCommunityPool(ctx, cur.rewards);
      this.setOutstanding(ctx, v.operator, decSub(this.getOutstanding(ctx, v.operator), cur.rewards));
      ratio = [];
    } else {
      // Truncated, so no one can withdraw more than was allocated.
      ratio = decQuoDecTruncate(cur.rewards, Dec.fromInt(v.tokens));
    }
    const prev = historical.get(ctx, [v.operator, cur.period - 1n]);
    if (!prev) throw new Error(`no historical rewards for ${v.operator} period ${cur.period - 1n}`);
    this.decrementReferenceCount(ctx, v.operator, cur.period - 1n);
    historical.set(ctx, [v.operator, cur.period], { cumulativeRewardRatio: decAdd(prev.cumulativeRewardRatio, ratio), referenceCount: 1 });
    current.set(ctx, v.operator, { rewards: [], period: cur.period + 1n });
    return cur.period;
  }

  // ---- allocation (BeginBlock) ------------------------------------------------------------------

  /**
   * SDK 0.47 BeginBlocker + AllocateTokens: the fee collector's balance goes to the validators of the
   * last commit by power (no proposer bonus), community tax and truncation dust to the community pool.
   */
  beginBlock(ctx: Context): void {
    const votes = ctx.voteInfos ?? [];
    let totalPower = 0n;
    for (const v of votes) totalPower += v.power;
    if (ctx.height > 1n) this.allocateTokens(ctx, totalPower, votes);
  }

  allocateTokens(ctx: Context, totalPower: bigint, votes: readonly { address: Uint8Array; power: bigint }[]): void {
    const collected = this.bank.getAllBalances(ctx, this.auth.moduleAccountAddress(this.feeCollector));
    if (collected.length === 0) return;
    this.bank.sendCoinsFromModuleToModule(ctx, this.feeCollector, DISTRIBUTION_MODULE, collected);
    const fees = decFromCoins(collected);
    if (totalPower === 0n) {
      this.addToCommunityPool(ctx, fees);
      return;
    }
    let remaining = fees;
    const feeMultiplier = decMulDecTruncate(fees, Dec.one.sub(this.getParams(ctx).communityTax));
    for (const vote of votes) {
      const v = this.staking.getValidatorByConsAddr(ctx, vote.address);
      // A commit member staking no longer knows (the SDK would panic): its share stays in the pool.
      if (!v) continue;
      const fraction = Dec.fromInt(vote.power).quoTruncate(Dec.fromInt(totalPower));
      const reward = decMulDecTruncate(feeMultiplier, fraction);
      this.allocateTokensToValidator(ctx, v, reward);
      remaining = decSub(remaining, reward);
    }
    this.addToCommunityPool(ctx, remaining);
  }

  allocateTokensToValidator(ctx: Context, v: Validator, tokens: DecCoins): void {
    const comm = decMulDec(tokens, v.commission.rate);
    const shared = decSub(tokens, comm);
    emitCommission(ctx, { amount: decFormat(comm), validator: v.operator });
    this.setCommission(ctx, v.operator, decAdd(this.getCommission(ctx, v.operator), comm));
    const cur = current.get(ctx, v.operator);
    if (!cur) throw new Error(`no current rewards for validator ${v.operator}`);
    current.set(ctx, v.operator, { ...cur, rewards: decAdd(cur.rewards, shared) });
    emitRewards(ctx, { amount: decFormat(tokens), validator: v.operator });
    this.setOutstanding(ctx, v.operator, decAdd(this.getOutstanding(ctx, v.operator), tokens));
  }

  // ---- delegations ------------------------------------------------------------------------------

  private initializeDelegation(ctx: Context, valoper: string, delegator: string): void {
    const previousPeriod = current.get(ctx, valoper)!.period - 1n;
    this.incrementReferenceCount(ctx, valoper, previousPeriod);
    const v = this.staking.getValidator(ctx, valoper)!;
    const shares = this.staking.getDelegation(ctx, delegator, valoper)!;
    startingInfos.set(ctx, [valoper, delegator], { previousPeriod, stake: tokensFromSharesTruncated(v, shares), height: ctx.height });
  }

  private rewardsBetween(ctx: Context, valoper: string, startingPeriod: bigint, endingPeriod: bigint, stake: Dec): DecCoins {
    if (startingPeriod > endingPeriod) throw new Error("startingPeriod cannot be greater than endingPeriod");
    if (stake.isNegative()) throw new Error("stake should not be negative");
    const start = historical.get(ctx, [valoper, startingPeriod])!;
    const end = historical.get(ctx, [valoper, endingPeriod])!;
    const diff = decSub(end.cumulativeRewardRatio, start.cumulativeRewardRatio);
    if (decIsAnyNegative(diff)) throw new Error("negative rewards should not be possible");
    return decMulDecTruncate(diff, stake);
  }

  /** SDK CalculateDelegationRewards: the delegation's rewards up to `endingPeriod`, slash events applied. */
  calculateDelegationRewards(ctx: Context, v: Validator, delegator: string, shares: Dec, endingPeriod: bigint): DecCoins {
    const info = startingInfos.get(ctx, [v.operator, delegator]);
    if (!info || info.height === ctx.height) return [];
    let rewards: DecCoins = [];
    let startingPeriod = info.previousPeriod;
    let stake = info.stake;
    if (ctx.height > info.height) {
      for (const { height, event } of this.slashEventsOf(ctx, v.operator)) {
        // The SDK iterates heights [starting, ending] inclusive.
        if (height < info.height || height > ctx.height) continue;
        if (event.validatorPeriod > startingPeriod) {
          rewards = decAdd(rewards, this.rewardsBetween(ctx, v.operator, startingPeriod, event.validatorPeriod, stake));
          stake = stake.mulTruncate(Dec.one.sub(event.fraction));
          startingPeriod = event.validatorPeriod;
        }
      }
    }
    const currentStake = tokensFromShares(v, shares);
    if (stake.cmp(currentStake) > 0) {
      // Truncation in the slash loop may leave the computed stake a few units above the true one.
      if (stake.cmp(currentStake.add(Dec.fromRaw(3n))) <= 0) stake = currentStake;
      else throw new Error(`calculated final stake for delegator ${delegator} greater than current stake: ${stake} > ${currentStake}`);
    }
    return decAdd(rewards, this.rewardsBetween(ctx, v.operator, startingPeriod, endingPeriod, stake));
  }

  private withdrawDelegationRewardsInner(ctx: Context, v: Validator, delegator: string, shares: Dec): Coin[] {
    const info = startingInfos.get(ctx, [v.operator, delegator]);
    if (!info) throw distributionErrors.emptyDelegationDistInfo("no delegation distribution info");
    const endingPeriod = this.incrementValidatorPeriod(ctx, v);
    const raw = this.calculateDelegationRewards(ctx, v, delegator, shares, endingPeriod);
    const out = this.getOutstanding(ctx, v.operator);
    // Defensive, as the SDK: never pay more than the validator's outstanding rewards.
    const rewards = decIntersect(raw, out);
    const { coins, remainder } = decTruncate(rewards);
    if (coins.length) this.bank.sendCoinsFromModuleToAccount(ctx, DISTRIBUTION_MODULE, this.getWithdrawAddr(ctx, delegator), coins);
    this.setOutstanding(ctx, v.operator, decSub(out, rewards));
    this.addToCommunityPool(ctx, remainder);
    this.decrementReferenceCount(ctx, v.operator, info.previousPeriod);
    startingInfos.remove(ctx, [v.operator, delegator]);
    emitWithdrawRewards(ctx, { amount: coins.length ? formatCoins(coins) : "0wei", validator: v.operator, delegator });
    return coins;
  }

  /** MsgWithdrawDelegatorReward. */
  withdrawDelegationRewards(ctx: Context, delegator: string, valoper: string): Coin[] {
    const v = this.staking.getValidator(ctx, valoper);
    if (!v) throw distributionErrors.noValidatorExists(`validator ${valoper} does not exist`);
    const shares = this.staking.getDelegation(ctx, delegator, valoper);
    if (!shares) throw distributionErrors.emptyDelegationDistInfo(`delegation does not exist: no delegation distribution info`);
    const coins = this.withdrawDelegationRewardsInner(ctx, v, delegator, shares);
    this.initializeDelegation(ctx, valoper, delegator);
    return coins;
  }

  /** MsgWithdrawValidatorCommission: the integer part; the decimal remainder stays for later. */
  withdrawValidatorCommission(ctx: Context, valoper: string): Coin[] {
    const acc = this.getCommission(ctx, valoper);
    if (acc.length === 0) throw distributionErrors.noValidatorCommission("no validator commission to withdraw");
    const { coins, remainder } = decTruncate(acc);
    this.setCommission(ctx, valoper, remainder);
    this.setOutstanding(ctx, valoper, decSub(this.getOutstanding(ctx, valoper), decFromCoins(coins)));
    if (coins.length) this.bank.sendCoinsFromModuleToAccount(ctx, DISTRIBUTION_MODULE, this.getWithdrawAddr(ctx, accountOfValoper(valoper)), coins);
    emitWithdrawCommission(ctx, { amount: formatCoins(coins) });
    return coins;
  }

  /** Query-side: what the delegation would withdraw now (on a throw-away cache, as the SDK's query). */
  delegationRewards(ctx: Context, delegator: string, valoper: string): DecCoins {
    const v = this.staking.getValidator(ctx, valoper);
    if (!v) throw distributionErrors.noValidatorExists(`validator ${valoper} does not exist`);
    const shares = this.staking.getDelegation(ctx, delegator, valoper);
    if (!shares) throw distributionErrors.noDelegationExists(`delegation does not exist`);
    const endingPeriod = this.incrementValidatorPeriod(ctx, v);
    return this.calculateDelegationRewards(ctx, v, delegator, shares, endingPeriod);
  }

  // ---- staking hooks ----------------------------------------------------------------------------

  private updateValidatorSlashFraction(ctx: Context, valoper: string, fraction: Dec): void {
    if (fraction.isNegative() || fraction.cmp(Dec.one) > 0) throw new Error(`fraction must be >=0 and <=1, current fraction: ${fraction}`);
    const v = this.staking.getValidator(ctx, valoper)!;
    const newPeriod = this.incrementValidatorPeriod(ctx, v);
    this.incrementReferenceCount(ctx, valoper, newPeriod);
    slashEvents.set(ctx, [valoper, [ctx.height, newPeriod]], { validatorPeriod: newPeriod, fraction });
  }

  private afterValidatorRemoved(ctx: Context, valoper: string): void {
    let out = this.getOutstanding(ctx, valoper);
    const comm = this.getCommission(ctx, valoper);
    if (comm.length) {
      out = decSub(out, comm);
      const { coins, remainder } = decTruncate(comm);
      this.addToCommunityPool(ctx, remainder);
      if (coins.length) this.bank.sendCoinsFromModuleToAccount(ctx, DISTRIBUTION_MODULE, this.getWithdrawAddr(ctx, accountOfValoper(valoper)), coins);
    }
    // Only dust is left once the last delegation is gone.
    this.addToCommunityPool(ctx, out);
    outstanding.remove(ctx, valoper);
    commission.remove(ctx, valoper);
    for (const k of [...slashEvents.keys(ctx, { prefix: slashEvents.keyCodec.prefix(valoper) })]) slashEvents.remove(ctx, k);
    for (const k of [...historical.keys(ctx, { prefix: historical.keyCodec.prefix(valoper) })]) historical.remove(ctx, k);
    current.remove(ctx, valoper);
  }

  /** The SDK's distribution Hooks, registered with staking by the root. */
  stakingHooks(): StakingHooks {
    return {
      afterValidatorCreated: (ctx, valoper) => this.initializeValidator(ctx, valoper),
      afterValidatorRemoved: (ctx, _cons, valoper) => this.afterValidatorRemoved(ctx, valoper),
      beforeDelegationCreated: (ctx, _del, valoper) => {
        this.incrementValidatorPeriod(ctx, this.staking.getValidator(ctx, valoper)!);
      },
      beforeDelegationSharesModified: (ctx, del, valoper) => {
        this.withdrawDelegationRewardsInner(ctx, this.staking.getValidator(ctx, valoper)!, del, this.staking.getDelegation(ctx, del, valoper)!);
      },
      afterDelegationModified: (ctx, del, valoper) => this.initializeDelegation(ctx, valoper, del),
      beforeValidatorSlashed: (ctx, valoper, fraction) => this.updateValidatorSlashFraction(ctx, valoper, fraction),
    };
  }

  // ---- genesis ----------------------------------------------------------------------------------

  genesisSetOutstanding = (ctx: Context, valoper: string, c: DecCoins) => this.setOutstanding(ctx, valoper, c);
  genesisSetCommission = (ctx: Context, valoper: string, c: DecCoins) => this.setCommission(ctx, valoper, c);
  genesisSetHistorical = (ctx: Context, valoper: string, period: bigint, h: HistoricalRewards) => historical.set(ctx, [valoper, period], h);
  genesisSetCurrent = (ctx: Context, valoper: string, c: CurrentRewards) => current.set(ctx, valoper, c);
  genesisSetStartingInfo = (ctx: Context, valoper: string, delegator: string, i: StartingInfo) => startingInfos.set(ctx, [valoper, delegator], i);
  genesisSetSlashEvent = (ctx: Context, valoper: string, height: bigint, e: SlashEvent) => slashEvents.set(ctx, [valoper, [height, e.validatorPeriod]], e);
  genesisSetWithdrawAddr = (ctx: Context, delegator: string, addr: string) => withdrawAddrs.set(ctx, delegator, addr);
  exportAll(ctx: Context) {
    return {
      withdrawAddrs: [...withdrawAddrs.iterate(ctx)],
      outstanding: [...outstanding.iterate(ctx)],
      commission: [...commission.iterate(ctx)],
      historical: [...historical.iterate(ctx)],
      current: [...current.iterate(ctx)],
      startingInfos: [...startingInfos.iterate(ctx)],
      slashEvents: [...slashEvents.iterate(ctx)],
    };
  }
}
