// StakingKeeper: validators, delegations, unbonding delegations, redelegations and the validator set
// CometBFT uses, with the rules of the Cosmos SDK's x/staking (v0.47, the SDK stratos-chain builds on).
// State under "staking/", prefixes as the SDK's keys.go where it has one.
import * as pb from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { BinaryWriter } from "cosmjs-types/binary";
import type { ValidatorUpdate } from "cosmjs-types/tendermint/abci/types";
import { Header } from "cosmjs-types/tendermint/types/types";
import type { Context } from "../../chain/app/context.ts";
import { errors } from "../../chain/app/errors.ts";
import { concatBytes } from "../../chain/app/kv.ts";
import { VALIDATOR_PREFIX } from "../../chain/crypto/bech32.ts";
import {
  accAddressKey,
  bech32Key,
  bytesKey,
  intValue,
  mapValue,
  pairKey,
  protoValue,
  SchemaBuilder,
  timeKey,
  uint64Key,
  valueCodec,
} from "../../chain/store/collections.ts";
import { Dec } from "../../chain/types/dec.ts";
import { stakingErrors } from "./errors.ts";
import { emitCompleteRedelegation, emitCompleteUnbonding } from "./events.ts";
import type { StakingAuthKeeper, StakingBankKeeper, StakingHooks } from "./expected.ts";
import { defaultStakingParams, POWER_REDUCTION, type StakingParams } from "./params.ts";
import {
  accountOfValoper,
  BondStatus,
  consAddressBytes,
  consensusPower,
  invalidExRate,
  isBonded,
  potentialPower,
  sharesFromTokens,
  timeAdd,
  timeCmp,
  tokensFromShares,
  validatorValue,
  ZERO_TIME,
  type Validator,
} from "./types.ts";

export const STAKING_STORE_PREFIX = new TextEncoder().encode("staking/");
export const BONDED_POOL = "bonded_tokens_pool";
export const NOT_BONDED_POOL = "not_bonded_tokens_pool";
export const stakingModuleAccounts: [string, string[]][] = [
  [BONDED_POOL, ["burner", "staking"]],
  [NOT_BONDED_POOL, ["burner", "staking"]],
];

const valoperKey = bech32Key(VALIDATOR_PREFIX);
const U64_MAX = (1n << 64n) - 1n;

const paramsValue = mapValue(
  protoValue(pb.Params),
  (p): StakingParams => ({
    unbondingTime: { seconds: p.unbondingTime?.seconds ?? 0n, nanos: p.unbondingTime?.nanos ?? 0 },
    maxValidators: p.maxValidators,
    maxEntries: p.maxEntries,
    historicalEntries: p.historicalEntries,
    bondDenom: p.bondDenom,
    minCommissionRate: Dec.fromProtoString(p.minCommissionRate || "0"),
  }),
  (p) => ({ ...p, unbondingTime: p.unbondingTime, minCommissionRate: p.minCommissionRate.toProtoString() }),
  "params",
);
const delegationValue = mapValue(
  protoValue(pb.Delegation),
  (d) => Dec.fromProtoString(d.shares || "0"),
  (shares: Dec) => ({ delegatorAddress: "", validatorAddress: "", shares: shares.toProtoString() }),
  "delegation",
);

export interface UbdEntry {
  creationHeight: bigint;
  completionTime: Timestamp;
  initialBalance: bigint;
  balance: bigint;
}
export interface RedEntry {
  creationHeight: bigint;
  completionTime: Timestamp;
  initialBalance: bigint;
  sharesDst: Dec;
}
const ubdValue = mapValue(
  protoValue(pb.UnbondingDelegation),
  (u): UbdEntry[] =>
    u.entries.map((e) => ({ creationHeight: e.creationHeight, completionTime: e.completionTime ?? ZERO_TIME, initialBalance: BigInt(e.initialBalance), balance: BigInt(e.balance) })),
  (entries) => ({
    delegatorAddress: "",
    validatorAddress: "",
    entries: entries.map((e) => ({ ...e, initialBalance: e.initialBalance.toString(), balance: e.balance.toString(), unbondingId: 0n, unbondingOnHoldRefCount: 0n })),
  }),
  "unbonding_delegation",
);
const redValue = mapValue(
  protoValue(pb.Redelegation),
  (r): RedEntry[] =>
    r.entries.map((e) => ({ creationHeight: e.creationHeight, completionTime: e.completionTime ?? ZERO_TIME, initialBalance: BigInt(e.initialBalance), sharesDst: Dec.fromProtoString(e.sharesDst) })),
  (entries) => ({
    delegatorAddress: "",
    validatorSrcAddress: "",
    validatorDstAddress: "",
    entries: entries.map((e) => ({ ...e, initialBalance: e.initialBalance.toString(), sharesDst: e.sharesDst.toProtoString(), unbondingId: 0n, unbondingOnHoldRefCount: 0n })),
  }),
  "redelegation",
);

const s = new SchemaBuilder(STAKING_STORE_PREFIX);
// The keys hold the addresses, so stored records leave them empty (the SDK repeats them; we do not).
const lastValidatorPowers = s.map(0x11, "last_validator_powers", valoperKey, intValue);
const lastTotalPower = s.item(0x12, "last_total_power", intValue);
const validators = s.map(0x21, "validators", valoperKey, validatorValue);
const validatorsByConsAddr = s.map(0x22, "validators_by_cons_addr", bytesKey, valueCodec<string>("valoper", (v) => valoperKey.encode(v), (b) => valoperKey.decode(b)));
const powerIndex = s.keySet(0x23, "validators_by_power", pairKey(uint64Key, valoperKey));
const delegations = s.map(0x31, "delegations", pairKey(accAddressKey, valoperKey), delegationValue);
const ubds = s.map(0x32, "unbonding_delegations", pairKey(accAddressKey, valoperKey), ubdValue);
const ubdsByValidator = s.keySet(0x33, "unbonding_delegations_by_validator", pairKey(valoperKey, accAddressKey));
const reds = s.map(0x34, "redelegations", pairKey(accAddressKey, pairKey(valoperKey, valoperKey)), redValue);
const redsBySrc = s.keySet(0x35, "redelegations_by_src", pairKey(valoperKey, pairKey(accAddressKey, valoperKey)));
const redsByDst = s.keySet(0x36, "redelegations_by_dst", pairKey(valoperKey, pairKey(accAddressKey, valoperKey)));
const ubdQueue = s.keySet(0x41, "unbonding_queue", pairKey(timeKey, pairKey(accAddressKey, valoperKey)));
const redQueue = s.keySet(0x42, "redelegation_queue", pairKey(timeKey, pairKey(accAddressKey, pairKey(valoperKey, valoperKey))));
const validatorQueue = s.keySet(0x43, "validator_queue", pairKey(timeKey, pairKey(uint64Key, valoperKey)));
const params = s.item(0x51, "params", paramsValue);
/** Ours (the SDK 0.50 has it as 0x71): delegations of one validator, for ValidatorDelegations and slashing. */
const delegationsByValidator = s.keySet(0x71, "delegations_by_validator", pairKey(valoperKey, accAddressKey));

export const stakingSchema = s.build({
  lastValidatorPowers,
  lastTotalPower,
  validators,
  validatorsByConsAddr,
  powerIndex,
  delegations,
  ubds,
  ubdsByValidator,
  reds,
  redsBySrc,
  redsByDst,
  ubdQueue,
  redQueue,
  validatorQueue,
  params,
  delegationsByValidator,
});

/** Power index key: (2^64-1 - power) ‖ operator, so ascending order = highest power first, then operator bytes (the SDK's order). */
const powerKey = (v: Validator): [bigint, string] => [U64_MAX - potentialPower(v), v.operator];

export class StakingKeeper {
  readonly schema = stakingSchema;
  private hooks: StakingHooks[] = [];
  private valsetMemo?: { records: Buffer; valset: Uint8Array };

  constructor(
    readonly auth: StakingAuthKeeper,
    readonly bank: StakingBankKeeper,
  ) {}

  /** Distribution and slashing register here (the root does, as the SDK's SetHooks). */
  addHooks(h: StakingHooks): void {
    this.hooks.push(h);
  }
  private hook<K extends keyof StakingHooks>(name: K, ...args: Parameters<NonNullable<StakingHooks[K]>>): void {
    for (const h of this.hooks) (h[name] as any)?.apply(h, args);
  }

  // ---- params ----------------------------------------------------------------------------------

  getParams(ctx: Context): StakingParams {
    return params.getOr(ctx, defaultStakingParams);
  }
  setParams(ctx: Context, p: StakingParams): void {
    params.set(ctx, p);
  }
  bondDenom(ctx: Context): string {
    return this.getParams(ctx).bondDenom;
  }

  // ---- validators ----------------------------------------------------------------------------

  getValidator(ctx: Context, valoper: string): Validator | undefined {
    return validators.get(ctx, valoper);
  }
  mustGetValidator(ctx: Context, valoper: string): Validator {
    const v = validators.get(ctx, valoper);
    if (!v) throw stakingErrors.noValidatorFound(`validator ${valoper} does not exist`);
    return v;
  }
  getValidatorByConsAddr(ctx: Context, consAddr: Uint8Array): Validator | undefined {
    const op = validatorsByConsAddr.get(ctx, consAddr);
    return op === undefined ? undefined : validators.get(ctx, op);
  }
  *allValidators(ctx: Context): Iterable<Validator> {
    yield* validators.values(ctx);
  }
  /** Raw pairs for pagination (keys = operator bytes). */
  rawValidators(ctx: Context, start?: Uint8Array) {
    return validators.raw(ctx, { start });
  }
  private setValidator(ctx: Context, v: Validator): void {
    validators.set(ctx, v.operator, v);
  }
  private setPowerIndex(ctx: Context, v: Validator): void {
    // Jailed validators are kept out of the index, so they never enter the active set.
    if (!v.jailed) powerIndex.set(ctx, powerKey(v));
  }
  private deletePowerIndex(ctx: Context, v: Validator): void {
    powerIndex.remove(ctx, powerKey(v));
  }

  /** Creates a validator (no tokens yet); its self-delegation follows through delegate(). */
  createValidator(ctx: Context, v: Validator): void {
    if (validators.has(ctx, v.operator)) throw stakingErrors.validatorOwnerExists(`validator ${v.operator} already exists for this operator address; must use new validator operator address`);
    const cons = consAddressBytes(v.consPubKey);
    if (validatorsByConsAddr.has(ctx, cons)) throw stakingErrors.validatorPubKeyExists("a validator already exists for this consensus pubkey; must use new validator pubkey");
    this.setValidator(ctx, v);
    validatorsByConsAddr.set(ctx, cons, v.operator);
    this.setPowerIndex(ctx, v);
    this.hook("afterValidatorCreated", ctx, v.operator);
  }

  /** Description, commission and min self-delegation as MsgEditValidator changes them (checked by the caller). */
  updateValidator(ctx: Context, v: Validator, commissionChanged: boolean): void {
    if (commissionChanged) this.hook("beforeValidatorModified", ctx, v.operator);
    this.setValidator(ctx, v);
  }

  private removeValidator(ctx: Context, v: Validator): void {
    if (v.status !== BondStatus.BOND_STATUS_UNBONDED) throw new Error(`cannot remove validator ${v.operator}: not unbonded`);
    if (v.tokens !== 0n) throw new Error(`cannot remove validator ${v.operator}: it still has tokens`);
    const cons = consAddressBytes(v.consPubKey);
    validators.remove(ctx, v.operator);
    validatorsByConsAddr.remove(ctx, cons);
    this.deletePowerIndex(ctx, v);
    this.hook("afterValidatorRemoved", ctx, cons, v.operator);
  }

  jail(ctx: Context, consAddr: Uint8Array): void {
    const v = this.getValidatorByConsAddr(ctx, consAddr);
    if (!v) throw new Error("jail: no validator for this consensus address");
    if (v.jailed) throw new Error(`cannot jail already jailed validator ${v.operator}`);
    this.deletePowerIndex(ctx, v);
    v.jailed = true;
    this.setValidator(ctx, v);
  }

  unjail(ctx: Context, consAddr: Uint8Array): void {
    const v = this.getValidatorByConsAddr(ctx, consAddr);
    if (!v) throw new Error("unjail: no validator for this consensus address");
    if (!v.jailed) throw new Error(`cannot unjail already unjailed validator ${v.operator}`);
    v.jailed = false;
    this.setValidator(ctx, v);
    this.setPowerIndex(ctx, v);
  }

  // ---- pools ---------------------------------------------------------------------------------

  poolBalance(ctx: Context, pool: string): bigint {
    return this.bank.getBalance(ctx, this.auth.moduleAccountAddress(pool), this.bondDenom(ctx));
  }
  private movePool(ctx: Context, from: string, to: string, amount: bigint): void {
    if (amount > 0n) this.bank.sendCoinsFromModuleToModule(ctx, from, to, [{ denom: this.bondDenom(ctx), amount }]);
  }

  /** Sum of bonded tokens, not-bonded tokens (the pools), for the Pool query and pot's Metrics. */
  pool(ctx: Context): { bonded: bigint; notBonded: bigint } {
    return { bonded: this.poolBalance(ctx, BONDED_POOL), notBonded: this.poolBalance(ctx, NOT_BONDED_POOL) };
  }

  /**
   * Delegated tokens by state, for pot's Metrics: bonded = tokens of Bonded validators; unbonding =
   * tokens of Unbonding validators plus unbonding entries; unbonded = tokens of Unbonded validators.
   */
  delegationTotals(ctx: Context): { bonded: bigint; unbonding: bigint; unbonded: bigint } {
    const t = { bonded: 0n, unbonding: this.totalUnbonding(ctx), unbonded: 0n };
    for (const v of validators.values(ctx)) {
      if (v.status === BondStatus.BOND_STATUS_BONDED) t.bonded += v.tokens;
      else if (v.status === BondStatus.BOND_STATUS_UNBONDING) t.unbonding += v.tokens;
      else t.unbonded += v.tokens;
    }
    return t;
  }

  /** Tokens in unbonding entries (they sit in the not-bonded pool until they mature). */
  totalUnbonding(ctx: Context): bigint {
    let sum = 0n;
    for (const entries of ubds.values(ctx)) for (const e of entries) sum += e.balance;
    return sum;
  }

  // ---- delegations -----------------------------------------------------------------------------

  getDelegation(ctx: Context, delegator: string, valoper: string): Dec | undefined {
    return delegations.get(ctx, [delegator, valoper]);
  }
  *delegatorDelegations(ctx: Context, delegator: string): Iterable<[string, Dec]> {
    for (const [[, val], shares] of delegations.iterate(ctx, { prefix: delegations.keyCodec.prefix(delegator) })) yield [val, shares];
  }
  rawDelegatorDelegations(ctx: Context, delegator: string, start?: Uint8Array) {
    return delegations.rawWithin(ctx, delegations.keyCodec.prefix(delegator), start);
  }
  /** Delegators of a validator (keys relative to the validator prefix = delegator bytes). */
  rawValidatorDelegators(ctx: Context, valoper: string, start?: Uint8Array) {
    return delegationsByValidator.rawWithin(ctx, delegationsByValidator.keyCodec.prefix(valoper), start);
  }
  *validatorDelegations(ctx: Context, valoper: string): Iterable<[string, Dec]> {
    for (const [, del] of delegationsByValidator.iterate(ctx, { prefix: delegationsByValidator.keyCodec.prefix(valoper) })) {
      yield [del, delegations.get(ctx, [del, valoper])!];
    }
  }
  private setDelegation(ctx: Context, delegator: string, valoper: string, shares: Dec): void {
    delegations.set(ctx, [delegator, valoper], shares);
    delegationsByValidator.set(ctx, [valoper, delegator]);
  }
  private removeDelegation(ctx: Context, delegator: string, valoper: string): void {
    this.hook("beforeDelegationRemoved", ctx, delegator, valoper);
    delegations.remove(ctx, [delegator, valoper]);
    delegationsByValidator.remove(ctx, [valoper, delegator]);
  }

  /**
   * The SDK's Delegate: adds `amount` of stake from `delegator` to `v` and returns the new shares.
   * With `fromAccount` the coins come from the delegator's balance; otherwise they are already in
   * the pool of `tokenSrc` (redelegation, cancelled unbonding) and move between pools if needed.
   */
  delegate(ctx: Context, delegator: string, amount: bigint, tokenSrc: BondStatus, v: Validator, fromAccount: boolean): Dec {
    if (invalidExRate(v)) throw stakingErrors.delegatorShareExRateInvalid(`cannot delegate to validator ${v.operator} with invalid (zero) exchange rate`);
    const existing = delegations.get(ctx, [delegator, v.operator]);
    if (existing) this.hook("beforeDelegationSharesModified", ctx, delegator, v.operator);
    else this.hook("beforeDelegationCreated", ctx, delegator, v.operator);
    const denom = this.bondDenom(ctx);
    const targetPool = isBonded(v) ? BONDED_POOL : NOT_BONDED_POOL;
    if (fromAccount) {
      this.bank.sendCoinsFromAccountToModule(ctx, delegator, targetPool, [{ denom, amount }]);
    } else {
      const srcBonded = tokenSrc === BondStatus.BOND_STATUS_BONDED;
      if (srcBonded && !isBonded(v)) this.movePool(ctx, BONDED_POOL, NOT_BONDED_POOL, amount);
      else if (!srcBonded && isBonded(v)) this.movePool(ctx, NOT_BONDED_POOL, BONDED_POOL, amount);
    }
    this.deletePowerIndex(ctx, v);
    const issued = v.shares.isZero() ? Dec.fromInt(amount) : sharesFromTokens(v, amount);
    v.tokens += amount;
    v.shares = v.shares.add(issued);
    this.setValidator(ctx, v);
    this.setPowerIndex(ctx, v);
    this.setDelegation(ctx, delegator, v.operator, (existing ?? Dec.zero).add(issued));
    this.hook("afterDelegationModified", ctx, delegator, v.operator);
    return issued;
  }

  /** The SDK's Unbond: removes `shares` of a delegation, returns the tokens they were worth. */
  private unbond(ctx: Context, delegator: string, valoper: string, shares: Dec): bigint {
    const current = delegations.get(ctx, [delegator, valoper]);
    if (!current) throw stakingErrors.noDelegation(`no delegation for (address, validator) tuple (${delegator}, ${valoper})`);
    if (current.cmp(shares) < 0) throw stakingErrors.notEnoughDelegationShares(`not enough delegation shares: ${current} < ${shares}`);
    this.hook("beforeDelegationSharesModified", ctx, delegator, valoper);
    let v = this.mustGetValidator(ctx, valoper);
    const remaining = current.sub(shares);
    // An operator whose self-delegation falls below its declared minimum is jailed (SDK rule).
    if (accountOfValoper(valoper) === delegator && !v.jailed && tokensFromShares(v, remaining).truncateInt() < v.minSelfDelegation) {
      this.jail(ctx, consAddressBytes(v.consPubKey));
      v = this.mustGetValidator(ctx, valoper);
    }
    if (remaining.isZero()) this.removeDelegation(ctx, delegator, valoper);
    else {
      this.setDelegation(ctx, delegator, valoper, remaining);
      this.hook("afterDelegationModified", ctx, delegator, valoper);
    }
    this.deletePowerIndex(ctx, v);
    const left = v.shares.sub(shares);
    let amount: bigint;
    if (left.isZero()) amount = v.tokens;
    else amount = tokensFromShares(v, shares).truncateInt();
    v.tokens -= amount;
    if (v.tokens < 0n) throw new Error(`validator ${valoper} tokens would become negative`);
    v.shares = left;
    if (v.shares.isZero() && v.status === BondStatus.BOND_STATUS_UNBONDED) this.removeValidator(ctx, v);
    else {
      this.setValidator(ctx, v);
      this.setPowerIndex(ctx, v);
    }
    return amount;
  }

  /** Shares worth `amount` tokens of a delegation, capped at the delegation (SDK ValidateUnbondAmount). */
  validateUnbondAmount(ctx: Context, delegator: string, valoper: string, amount: bigint): Dec {
    const v = this.mustGetValidator(ctx, valoper);
    const del = delegations.get(ctx, [delegator, valoper]);
    if (!del) throw stakingErrors.noDelegation(`no delegation for (address, validator) tuple (${delegator}, ${valoper})`);
    if (v.tokens === 0n) throw stakingErrors.delegatorShareExRateInvalid(`validator ${valoper} has no tokens`);
    let shares = sharesFromTokens(v, amount);
    const truncated = v.shares.mulInt(amount).quoTruncate(Dec.fromInt(v.tokens));
    if (truncated.cmp(del) > 0) throw errors.invalidRequest(`invalid shares amount: ${amount} tokens are worth ${truncated} shares, the delegation has ${del}`);
    if (shares.cmp(del) > 0) shares = del;
    return shares;
  }

  // ---- unbonding delegations ------------------------------------------------------------------

  getUnbondingDelegation(ctx: Context, delegator: string, valoper: string): UbdEntry[] | undefined {
    return ubds.get(ctx, [delegator, valoper]);
  }
  rawDelegatorUnbondings(ctx: Context, delegator: string, start?: Uint8Array) {
    return ubds.rawWithin(ctx, ubds.keyCodec.prefix(delegator), start);
  }
  rawValidatorUnbondings(ctx: Context, valoper: string, start?: Uint8Array) {
    return ubdsByValidator.rawWithin(ctx, ubdsByValidator.keyCodec.prefix(valoper), start);
  }
  *validatorUnbondings(ctx: Context, valoper: string): Iterable<[string, UbdEntry[]]> {
    for (const [, del] of ubdsByValidator.iterate(ctx, { prefix: ubdsByValidator.keyCodec.prefix(valoper) })) yield [del, ubds.get(ctx, [del, valoper])!];
  }
  setUnbondingDelegation(ctx: Context, delegator: string, valoper: string, entries: UbdEntry[]): void {
    if (entries.length === 0) {
      ubds.remove(ctx, [delegator, valoper]);
      ubdsByValidator.remove(ctx, [valoper, delegator]);
    } else {
      ubds.set(ctx, [delegator, valoper], entries);
      ubdsByValidator.set(ctx, [valoper, delegator]);
    }
  }

  /** MsgUndelegate: returns the completion time and the tokens that will be paid out. */
  undelegate(ctx: Context, delegator: string, valoper: string, shares: Dec): { completionTime: Timestamp; amount: bigint } {
    const v = this.getValidator(ctx, valoper);
    if (!v) throw stakingErrors.noDelegatorForAddress(`validator ${valoper} does not exist`);
    const entries = ubds.get(ctx, [delegator, valoper]) ?? [];
    const p = this.getParams(ctx);
    if (entries.length >= p.maxEntries) throw stakingErrors.maxUnbondingDelegationEntries(`too many unbonding delegation entries for (delegator, validator) tuple: ${entries.length} (max ${p.maxEntries})`);
    const wasBonded = isBonded(v);
    const amount = this.unbond(ctx, delegator, valoper, shares);
    if (wasBonded) this.movePool(ctx, BONDED_POOL, NOT_BONDED_POOL, amount);
    const completionTime = timeAdd(ctx.time, p.unbondingTime);
    this.addUnbondingEntry(ctx, delegator, valoper, ctx.height, completionTime, amount);
    return { completionTime, amount };
  }

  private addUnbondingEntry(ctx: Context, delegator: string, valoper: string, height: bigint, completionTime: Timestamp, amount: bigint): void {
    const entries = ubds.get(ctx, [delegator, valoper]) ?? [];
    // The SDK merges entries of the same height and completion time.
    const same = entries.find((e) => e.creationHeight === height && timeCmp(e.completionTime, completionTime) === 0);
    if (same) {
      same.balance += amount;
      same.initialBalance += amount;
    } else entries.push({ creationHeight: height, completionTime, initialBalance: amount, balance: amount });
    this.setUnbondingDelegation(ctx, delegator, valoper, entries);
    ubdQueue.set(ctx, [completionTime, [delegator, valoper]]);
  }

  /** MsgCancelUnbondingDelegation: delegates `amount` of an unbonding entry back to its validator. */
  cancelUnbonding(ctx: Context, delegator: string, valoper: string, amount: bigint, creationHeight: bigint): void {
    const v = this.mustGetValidator(ctx, valoper);
    if (invalidExRate(v)) throw stakingErrors.delegatorShareExRateInvalid(`cannot delegate to validator ${valoper} with invalid (zero) exchange rate`);
    if (v.jailed) throw stakingErrors.validatorJailed(`validator ${valoper} is currently jailed`);
    const entries = ubds.get(ctx, [delegator, valoper]);
    if (!entries) throw stakingErrors.noUnbondingDelegation(`unbonding delegation with delegator ${delegator} not found for validator ${valoper}`);
    const i = entries.findIndex((e) => e.creationHeight === creationHeight);
    if (i < 0) throw errors.invalidRequest(`unbonding delegation entry is not found at block height ${creationHeight}`);
    const e = entries[i];
    if (e.balance < amount) throw errors.invalidRequest(`amount ${amount} is greater than the unbonding delegation entry balance ${e.balance}`);
    if (timeCmp(e.completionTime, ctx.time) < 0) throw errors.invalidRequest("unbonding delegation is already processed");
    this.delegate(ctx, delegator, amount, BondStatus.BOND_STATUS_UNBONDING, v, false);
    if (e.balance === amount) {
      entries.splice(i, 1);
      // The queue entry goes too unless another entry matures at the same time (export = state).
      if (!entries.some((x) => timeCmp(x.completionTime, e.completionTime) === 0)) ubdQueue.remove(ctx, [e.completionTime, [delegator, valoper]]);
    } else {
      e.balance -= amount;
      e.initialBalance -= amount;
    }
    this.setUnbondingDelegation(ctx, delegator, valoper, entries);
  }

  // ---- redelegations ---------------------------------------------------------------------------

  getRedelegation(ctx: Context, delegator: string, src: string, dst: string): RedEntry[] | undefined {
    return reds.get(ctx, [delegator, [src, dst]]);
  }
  *allRedelegations(ctx: Context): Iterable<[string, string, string, RedEntry[]]> {
    for (const [[d, [sv, dv]], e] of reds.iterate(ctx)) yield [d, sv, dv, e];
  }
  *delegatorRedelegations(ctx: Context, delegator: string): Iterable<[string, string, RedEntry[]]> {
    for (const [[, [sv, dv]], e] of reds.iterate(ctx, { prefix: reds.keyCodec.prefix(delegator) })) yield [sv, dv, e];
  }
  *redelegationsFrom(ctx: Context, src: string): Iterable<[string, string, RedEntry[]]> {
    for (const [, [d, dv]] of redsBySrc.iterate(ctx, { prefix: redsBySrc.keyCodec.prefix(src) })) yield [d, dv, reds.get(ctx, [d, [src, dv]])!];
  }
  private setRedelegation(ctx: Context, delegator: string, src: string, dst: string, entries: RedEntry[]): void {
    if (entries.length === 0) {
      reds.remove(ctx, [delegator, [src, dst]]);
      redsBySrc.remove(ctx, [src, [delegator, dst]]);
      redsByDst.remove(ctx, [dst, [delegator, src]]);
    } else {
      reds.set(ctx, [delegator, [src, dst]], entries);
      redsBySrc.set(ctx, [src, [delegator, dst]]);
      redsByDst.set(ctx, [dst, [delegator, src]]);
    }
  }
  setRedelegationEntries(ctx: Context, delegator: string, src: string, dst: string, entries: RedEntry[]): void {
    this.setRedelegation(ctx, delegator, src, dst, entries);
  }

  /** MsgBeginRedelegate: returns the completion time. */
  beginRedelegation(ctx: Context, delegator: string, src: string, dst: string, shares: Dec): Timestamp {
    if (src === dst) throw stakingErrors.selfRedelegation("cannot redelegate to the same validator");
    const dstV = this.getValidator(ctx, dst);
    if (!dstV) throw stakingErrors.badRedelegationDst(`redelegation destination validator ${dst} not found`);
    const srcV = this.getValidator(ctx, src);
    if (!srcV) throw stakingErrors.badRedelegationDst(`redelegation source validator ${src} not found`);
    // A delegator may not pass stake on while a redelegation into the source is still maturing.
    for (const _ of redsByDst.iterate(ctx, { prefix: redsByDst.keyCodec.prefix(src) })) {
      if (_[1][0] === delegator) throw stakingErrors.transitiveRedelegation("redelegation to this validator already in progress; first redelegation to this validator must complete before next redelegation");
    }
    const p = this.getParams(ctx);
    const existing = reds.get(ctx, [delegator, [src, dst]]) ?? [];
    if (existing.length >= p.maxEntries) throw stakingErrors.maxRedelegationEntries(`too many redelegation entries for (delegator, src-validator, dst-validator) tuple: ${existing.length} (max ${p.maxEntries})`);
    const srcStatus = srcV.status;
    const amount = this.unbond(ctx, delegator, src, shares);
    if (amount === 0n) throw stakingErrors.tinyRedelegationAmount("too few tokens to redelegate (truncates to zero tokens)");
    const sharesCreated = this.delegate(ctx, delegator, amount, srcStatus, this.mustGetValidator(ctx, dst), false);
    // Completion: now for an unbonded source; its own unbonding end for an unbonding one.
    if (srcStatus === BondStatus.BOND_STATUS_UNBONDED) return ctx.time;
    const completionTime = srcStatus === BondStatus.BOND_STATUS_UNBONDING ? srcV.unbondingTime : timeAdd(ctx.time, p.unbondingTime);
    const height = srcStatus === BondStatus.BOND_STATUS_UNBONDING ? srcV.unbondingHeight : ctx.height;
    existing.push({ creationHeight: height, completionTime, initialBalance: amount, sharesDst: sharesCreated });
    this.setRedelegation(ctx, delegator, src, dst, existing);
    redQueue.set(ctx, [completionTime, [delegator, [src, dst]]]);
    return completionTime;
  }

  // ---- the validator set -------------------------------------------------------------------------

  getLastTotalPower(ctx: Context): bigint {
    return lastTotalPower.get(ctx) ?? 0n;
  }
  *lastValidators(ctx: Context): Iterable<[string, bigint]> {
    yield* lastValidatorPowers.iterate(ctx);
  }

  /**
   * The SDK's ApplyAndReturnValidatorSetUpdates: the top max_validators by power (non-jailed, power
   * > 0) become bonded, the rest of the last set begins unbonding; tokens move between the pools;
   * CometBFT gets the changed powers (0 = removed).
   */
  applyValidatorSetUpdates(ctx: Context): ValidatorUpdate[] {
    const p = this.getParams(ctx);
    const last = new Map<string, bigint>();
    for (const [op, power] of lastValidatorPowers.iterate(ctx)) last.set(op, power);
    const updates: ValidatorUpdate[] = [];
    let toBonded = 0n;
    let toNotBonded = 0n;
    let total = 0n;
    let count = 0;
    for (const [, op] of powerIndex.iterate(ctx)) {
      if (count >= p.maxValidators) break;
      const v = this.mustGetValidator(ctx, op);
      if (v.jailed) throw new Error(`jailed validator ${op} in the power index`);
      if (potentialPower(v) === 0n) break;
      if (!isBonded(v)) {
        toBonded += v.tokens;
        this.bondValidator(ctx, v);
      }
      const power = consensusPower(v);
      const old = last.get(op);
      if (old !== power) {
        updates.push({ pubKey: { ed25519: v.consPubKey, secp256k1: undefined }, power });
        lastValidatorPowers.set(ctx, op, power);
      }
      last.delete(op);
      count++;
      total += power;
    }
    // What remains of the last set is no longer in it (map iteration = operator-byte order from the store).
    for (const op of last.keys()) {
      const v = this.mustGetValidator(ctx, op);
      if (isBonded(v)) {
        toNotBonded += v.tokens;
        this.beginUnbondingValidator(ctx, v);
      }
      lastValidatorPowers.remove(ctx, op);
      updates.push({ pubKey: { ed25519: v.consPubKey, secp256k1: undefined }, power: 0n });
    }
    if (toBonded > toNotBonded) this.movePool(ctx, NOT_BONDED_POOL, BONDED_POOL, toBonded - toNotBonded);
    else if (toNotBonded > toBonded) this.movePool(ctx, BONDED_POOL, NOT_BONDED_POOL, toNotBonded - toBonded);
    if (updates.length > 0) lastTotalPower.set(ctx, total);
    return updates;
  }

  private bondValidator(ctx: Context, v: Validator): void {
    if (v.status === BondStatus.BOND_STATUS_UNBONDING) validatorQueue.remove(ctx, [v.unbondingTime, [v.unbondingHeight, v.operator]]);
    v.status = BondStatus.BOND_STATUS_BONDED;
    this.setValidator(ctx, v);
    this.hook("afterValidatorBonded", ctx, consAddressBytes(v.consPubKey), v.operator);
  }

  private beginUnbondingValidator(ctx: Context, v: Validator): void {
    const p = this.getParams(ctx);
    v.status = BondStatus.BOND_STATUS_UNBONDING;
    v.unbondingTime = timeAdd(ctx.time, p.unbondingTime);
    v.unbondingHeight = ctx.height;
    this.setValidator(ctx, v);
    validatorQueue.set(ctx, [v.unbondingTime, [v.unbondingHeight, v.operator]]);
    this.hook("afterValidatorBeginUnbonding", ctx, consAddressBytes(v.consPubKey), v.operator);
  }

  // ---- historical info ----------------------------------------------------------------------------

  /**
   * The SDK's TrackHistoricalInfo (staking's BeginBlock): records this block's header and the last
   * validator set, by voting power, under its height, and drops what fell out of the last
   * `historical_entries` heights. In the app's aux records, not in state (CONTRIBUTING.md: idle blocks
   * leave the app hash alone, and an exported chain restarts with the same app hash; the SDK does not
   * export it either).
   */
  trackHistoricalInfo(ctx: Context): void {
    const entries = BigInt(this.getParams(ctx).historicalEntries);
    for (let h = ctx.height - entries; h >= 0n; h--) {
      const key = historicalInfoKey(h);
      if (ctx.aux.get(key) === undefined) break;
      ctx.aux.set(key, null);
    }
    if (entries === 0n) return;
    const header = ctx.blockHeader;
    if (!header) throw new Error("historical info is recorded in FinalizeBlock only");
    const valset = this.historicalValset(ctx);
    // The fields SDK 0.50 puts into ctx.BlockHeader() from RequestFinalizeBlock.
    const headerBytes = Header.encode(
      Header.fromPartial({ chainId: ctx.chainId, height: ctx.height, time: ctx.time, proposerAddress: header.proposerAddress, nextValidatorsHash: header.nextValidatorsHash, appHash: header.lastAppHash }),
    ).finish();
    // HistoricalInfo{header = 1, valset = 2}.
    ctx.aux.set(historicalInfoKey(ctx.height), Buffer.concat([new BinaryWriter().uint32(10).bytes(headerBytes).finish(), valset]));
  }

  /**
   * HistoricalInfo's encoded valset fields: the last validators' stored records (already Validator
   * protos) by voting power. Memoised on those records' bytes, as they rarely change between blocks
   * (a pure function of them, so the memo cannot make validators differ): 100 validators cost
   * 3.8 ms per block without it (decoding, bech32, SHA-256 of keys).
   */
  private historicalValset(ctx: Context): Uint8Array {
    const records = [...lastValidatorPowers.raw(ctx)].map(([key]) => {
      const raw = ctx.store.get(concatBytes(validators.fullPrefix, key));
      if (!raw) throw new Error(`last validator ${Buffer.from(key).toString("hex")} has no record`);
      return raw;
    });
    const joined = Buffer.concat(records);
    if (this.valsetMemo?.records.equals(joined)) return this.valsetMemo.valset;
    const byPower = records.map((raw) => {
      const v = validatorValue.decode(raw);
      return { raw, power: consensusPower(v), cons: consAddressBytes(v.consPubKey) };
    });
    // The SDK's ValidatorsByVotingPower: power descending, ties by consensus address bytes ascending.
    byPower.sort((a, b) => (a.power !== b.power ? (a.power > b.power ? -1 : 1) : Buffer.compare(a.cons, b.cons)));
    const w = new BinaryWriter();
    for (const { raw } of byPower) w.uint32(18).bytes(raw);
    this.valsetMemo = { records: joined, valset: w.finish() };
    return this.valsetMemo.valset;
  }

  getHistoricalInfo(ctx: Context, height: bigint): pb.HistoricalInfo | undefined {
    const raw = ctx.aux.get(historicalInfoKey(height));
    return raw && pb.HistoricalInfo.decode(raw);
  }

  /** End of every block (the SDK's BlockValidatorUpdates): set updates, then everything that matured. */
  endBlock(ctx: Context): ValidatorUpdate[] {
    const updates = this.applyValidatorSetUpdates(ctx);
    this.unbondMatureValidators(ctx);
    this.completeMatureUnbondings(ctx);
    this.completeMatureRedelegations(ctx);
    return updates;
  }

  private unbondMatureValidators(ctx: Context): void {
    const end = timeKey.encode(timeAdd(ctx.time, { seconds: 0n, nanos: 1 }));
    for (const key of [...validatorQueue.iterate(ctx, { end })]) {
      const [, [height, op]] = key;
      if (height > ctx.height) continue;
      validatorQueue.remove(ctx, key);
      const v = this.getValidator(ctx, op);
      if (!v || v.status !== BondStatus.BOND_STATUS_UNBONDING) continue;
      v.status = BondStatus.BOND_STATUS_UNBONDED;
      this.setValidator(ctx, v);
      if (v.shares.isZero()) this.removeValidator(ctx, v);
    }
  }

  private completeMatureUnbondings(ctx: Context): void {
    const end = timeKey.encode(timeAdd(ctx.time, { seconds: 0n, nanos: 1 }));
    const denom = this.bondDenom(ctx);
    for (const key of [...ubdQueue.iterate(ctx, { end })]) {
      ubdQueue.remove(ctx, key);
      const [, [del, val]] = key;
      const entries = ubds.get(ctx, [del, val]);
      if (!entries) continue;
      let paid = 0n;
      const keep = entries.filter((e) => {
        if (timeCmp(e.completionTime, ctx.time) > 0) return true;
        paid += e.balance;
        return false;
      });
      if (keep.length === entries.length) continue;
      if (paid > 0n) this.bank.sendCoinsFromModuleToAccount(ctx, NOT_BONDED_POOL, del, [{ denom, amount: paid }]);
      this.setUnbondingDelegation(ctx, del, val, keep);
      emitCompleteUnbonding(ctx, { amount: `${paid}${denom}`, validator: val, delegator: del });
    }
  }

  private completeMatureRedelegations(ctx: Context): void {
    const end = timeKey.encode(timeAdd(ctx.time, { seconds: 0n, nanos: 1 }));
    for (const key of [...redQueue.iterate(ctx, { end })]) {
      redQueue.remove(ctx, key);
      const [, [del, [src, dst]]] = key;
      const entries = reds.get(ctx, [del, [src, dst]]);
      if (!entries) continue;
      const keep = entries.filter((e) => timeCmp(e.completionTime, ctx.time) > 0);
      if (keep.length === entries.length) continue;
      this.setRedelegation(ctx, del, src, dst, keep);
      emitCompleteRedelegation(ctx, { delegator: del, src, dst });
    }
  }

  // ---- slashing (the SDK's Slash) -----------------------------------------------------------------

  /**
   * Slashes `fraction` of the stake that was bonded to the validator at `infractionHeight`, including
   * unbonding entries and redelegations started since then; burns the tokens. Returns the amount burned.
   */
  slash(ctx: Context, consAddr: Uint8Array, infractionHeight: bigint, power: bigint, fraction: Dec): bigint {
    const v = this.getValidatorByConsAddr(ctx, consAddr);
    if (!v) return 0n; // already removed: the SDK logs and returns
    if (v.status === BondStatus.BOND_STATUS_UNBONDED) throw new Error(`should not be slashing unbonded validator ${v.operator}`);
    const slashAmountDec = Dec.fromInt(power * POWER_REDUCTION).mul(fraction);
    const slashAmount = slashAmountDec.truncateInt();
    let remaining = slashAmount;
    if (infractionHeight < ctx.height) {
      for (const [del, entries] of [...this.validatorUnbondings(ctx, v.operator)]) {
        remaining -= this.slashUnbonding(ctx, del, v.operator, entries, infractionHeight, fraction);
      }
      for (const [del, dst, entries] of [...this.redelegationsFrom(ctx, v.operator)]) {
        remaining -= this.slashRedelegation(ctx, del, v.operator, dst, entries, infractionHeight, fraction);
      }
    }
    const cur = this.mustGetValidator(ctx, v.operator);
    let burn = remaining < 0n ? 0n : remaining;
    if (burn > cur.tokens) burn = cur.tokens;
    if (cur.tokens > 0n) {
      const effectiveFraction = quoRoundUp(Dec.fromInt(burn), Dec.fromInt(cur.tokens));
      this.hook("beforeValidatorSlashed", ctx, cur.operator, effectiveFraction.cmp(Dec.one) > 0 ? Dec.one : effectiveFraction);
    }
    this.deletePowerIndex(ctx, cur);
    cur.tokens -= burn;
    this.setValidator(ctx, cur);
    this.setPowerIndex(ctx, cur);
    const denom = this.bondDenom(ctx);
    if (burn > 0n) this.bank.burnCoins(ctx, isBonded(cur) ? BONDED_POOL : NOT_BONDED_POOL, [{ denom, amount: burn }]);
    return burn;
  }

  private slashUnbonding(ctx: Context, del: string, val: string, entries: UbdEntry[], infractionHeight: bigint, fraction: Dec): bigint {
    let total = 0n;
    let burned = 0n;
    for (const e of entries) {
      if (e.creationHeight < infractionHeight) continue;
      if (timeCmp(e.completionTime, ctx.time) <= 0) continue; // matured: no longer at stake
      const amount = Dec.fromInt(e.initialBalance).mul(fraction).truncateInt();
      total += amount;
      const burn = amount < e.balance ? amount : e.balance;
      burned += burn;
      e.balance -= burn;
    }
    this.setUnbondingDelegation(ctx, del, val, entries);
    if (burned > 0n) this.bank.burnCoins(ctx, NOT_BONDED_POOL, [{ denom: this.bondDenom(ctx), amount: burned }]);
    return total;
  }

  private slashRedelegation(ctx: Context, del: string, src: string, dst: string, entries: RedEntry[], infractionHeight: bigint, fraction: Dec): bigint {
    let total = 0n;
    for (const e of entries) {
      if (e.creationHeight < infractionHeight) continue;
      if (timeCmp(e.completionTime, ctx.time) <= 0) continue;
      total += Dec.fromInt(e.initialBalance).mul(fraction).truncateInt();
      const sharesToUnbond = e.sharesDst.mul(fraction);
      if (sharesToUnbond.isZero()) continue;
      const delShares = delegations.get(ctx, [del, dst]);
      if (!delShares) continue;
      const shares = sharesToUnbond.cmp(delShares) > 0 ? delShares : sharesToUnbond;
      const dstV = this.mustGetValidator(ctx, dst);
      const wasBonded = isBonded(dstV);
      const tokens = this.unbond(ctx, del, dst, shares);
      if (tokens > 0n) this.bank.burnCoins(ctx, wasBonded ? BONDED_POOL : NOT_BONDED_POOL, [{ denom: this.bondDenom(ctx), amount: tokens }]);
    }
    return total;
  }

  // ---- genesis ---------------------------------------------------------------------------------

  genesisSetValidator(ctx: Context, v: Validator): void {
    this.setValidator(ctx, v);
    validatorsByConsAddr.set(ctx, consAddressBytes(v.consPubKey), v.operator);
    this.setPowerIndex(ctx, v);
    if (v.status === BondStatus.BOND_STATUS_UNBONDING) validatorQueue.set(ctx, [v.unbondingTime, [v.unbondingHeight, v.operator]]);
  }
  genesisSetDelegation(ctx: Context, delegator: string, valoper: string, shares: Dec): void {
    this.setDelegation(ctx, delegator, valoper, shares);
  }
  genesisSetUnbonding(ctx: Context, delegator: string, valoper: string, entries: UbdEntry[]): void {
    this.setUnbondingDelegation(ctx, delegator, valoper, entries);
    for (const e of entries) ubdQueue.set(ctx, [e.completionTime, [delegator, valoper]]);
  }
  genesisSetRedelegation(ctx: Context, delegator: string, src: string, dst: string, entries: RedEntry[]): void {
    this.setRedelegation(ctx, delegator, src, dst, entries);
    for (const e of entries) redQueue.set(ctx, [e.completionTime, [delegator, [src, dst]]]);
  }
  genesisSetLastPower(ctx: Context, valoper: string, power: bigint): void {
    lastValidatorPowers.set(ctx, valoper, power);
  }
  genesisSetLastTotalPower(ctx: Context, power: bigint): void {
    if (power !== 0n) lastTotalPower.set(ctx, power);
  }
}

/** a / b rounded up at the 18th decimal (LegacyDec.QuoRoundUp). */
const historicalInfoKey = (height: bigint) => new TextEncoder().encode(`staking/historical_info/${height.toString().padStart(20, "0")}`);

function quoRoundUp(a: Dec, b: Dec): Dec {
  const ONE = 10n ** 18n;
  const x = (a.raw * ONE * ONE) / b.raw;
  const q = x / ONE;
  return Dec.fromRaw(x % ONE === 0n ? q : q + 1n);
}
