// cosmos.staking.v1beta1 Msg service: thin handlers (stateless checks as the SDK's ValidateBasic,
// then keeper calls), type URLs as the SDK's so CosmJS's SigningStargateClient works unmodified.
import * as tx from "cosmjs-types/cosmos/staking/v1beta1/tx";
import type { Description } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { errors } from "../../chain/app/errors.ts";
import { msgDescriptor, type EncodedMsg, type MsgDescriptor } from "../../chain/app/module.ts";
import { fromBech32, VALIDATOR_PREFIX } from "../../chain/crypto/bech32.ts";
import { accAddressFromBech32 } from "../../chain/types/address.ts";
import { Dec } from "../../chain/types/dec.ts";
import { stakingErrors } from "./errors.ts";
import { emitCancelUnbonding, emitCreateValidator, emitDelegate, emitEditValidator, emitRedelegate, emitUnbond } from "./events.ts";
import type { StakingKeeper } from "./keeper.ts";
import { accountOfValoper, BondStatus, ED25519_PUBKEY_TYPE, ZERO_TIME, type Validator } from "./types.ts";
import { parseUint256 } from "../../chain/types/int.ts";

const DO_NOT_MODIFY = "[do-not-modify]";
const ONE_DAY = 86_400n;

function checkValoper(address: string, what = "validator address"): void {
  if (!address) throw stakingErrors.emptyValidatorAddr(`empty ${what}`);
  try {
    fromBech32(address, VALIDATOR_PREFIX);
  } catch (e) {
    throw errors.invalidAddress(`invalid ${what}: ${(e as Error).message}`);
  }
}
function checkDelegator(address: string): void {
  if (!address) throw stakingErrors.emptyDelegatorAddr("empty delegator address");
  accAddressFromBech32(address, "delegator address");
}
function positiveAmount(c: { denom: string; amount: string } | undefined, what: string): bigint {
  const v = parseUint256(c?.amount);
  if (!c || v === undefined || v <= 0n || !c.denom) throw errors.invalidRequest(`invalid ${what} amount: ${c ? `${c.amount}${c.denom}` : "missing"}`);
  return v;
}
/** A LegacyDec on the wire (protobuf: integer string of value × 10^18). */
function wireDec(s: string, what: string): Dec {
  try {
    return Dec.fromProtoString(s);
  } catch {
    throw errors.invalidRequest(`invalid ${what} ${JSON.stringify(s)}`);
  }
}
function checkDescription(d: Description): void {
  const limits: [keyof Description, number][] = [
    ["moniker", 70],
    ["identity", 3000],
    ["website", 140],
    ["securityContact", 140],
    ["details", 280],
  ];
  for (const [k, max] of limits) {
    const v = d[k] ?? "";
    if (v.length > max) throw errors.invalidRequest(`invalid ${k} length; got: ${v.length}, max: ${max}`);
  }
}
function checkCommission(rate: Dec, maxRate: Dec, maxChangeRate: Dec): void {
  if (maxRate.isNegative()) throw stakingErrors.commissionNegative("commission must be positive");
  if (maxRate.cmp(Dec.one) > 0) throw stakingErrors.commissionHuge("commission cannot be more than 100%");
  if (rate.isNegative()) throw stakingErrors.commissionNegative("commission must be positive");
  if (rate.cmp(maxRate) > 0) throw stakingErrors.commissionGTMaxRate(`commission rate ${rate} cannot be more than the max rate ${maxRate}`);
  if (maxChangeRate.isNegative()) throw stakingErrors.commissionChangeRateNegative("commission change rate must be positive");
  if (maxChangeRate.cmp(maxRate) > 0) throw stakingErrors.commissionChangeRateGTMaxRate(`commission change rate ${maxChangeRate} cannot be more than the max rate ${maxRate}`);
}
/** The operator's account (signer of its messages); a malformed address is the SDK's invalid-address error. */
function operatorAccount(valoper: string): string {
  checkValoper(valoper);
  return accountOfValoper(valoper);
}
const response = (typeUrl: string, value: Uint8Array = new Uint8Array()): EncodedMsg => ({ typeUrl, value });
const coinText = (amount: bigint, denom: string) => `${amount}${denom}`;

export function stakingMsgs(k: StakingKeeper): MsgDescriptor[] {
  function checkDenom(ctx: Parameters<MsgDescriptor["handle"]>[0], denom: string): void {
    const bond = k.bondDenom(ctx);
    if (denom !== bond) throw errors.invalidRequest(`invalid coin denomination: got ${denom}, expected ${bond}`);
  }

  return [
    msgDescriptor<tx.MsgCreateValidator>({
      typeUrl: tx.MsgCreateValidator.typeUrl,
      decode: (b) => tx.MsgCreateValidator.decode(b),
      signers: (m) => [operatorAccount(m.validatorAddress)],
      validateBasic(m) {
        checkValoper(m.validatorAddress);
        // Deprecated field: empty, or the operator's own account (the SDK requires them equal).
        if (m.delegatorAddress && m.delegatorAddress !== accountOfValoper(m.validatorAddress)) throw errors.invalidAddress(`delegator address ${m.delegatorAddress} is not the operator's account`);
        if (!m.pubkey) throw stakingErrors.emptyValidatorPubKey("empty validator public key");
        const value = positiveAmount(m.value, "delegation");
        if (!m.description || Object.values(m.description).every((x) => !x)) throw errors.invalidRequest("empty description");
        checkDescription(m.description);
        if (!m.commission) throw errors.invalidRequest("empty commission");
        checkCommission(wireDec(m.commission.rate, "commission rate"), wireDec(m.commission.maxRate, "max rate"), wireDec(m.commission.maxChangeRate, "max change rate"));
        if (!((parseUint256(m.minSelfDelegation) ?? 0n) > 0n)) throw errors.invalidRequest("minimum self delegation must be a positive integer");
        if (value < BigInt(m.minSelfDelegation)) throw stakingErrors.selfDelegationBelowMinimum(`self delegation ${value} is below the minimum self delegation ${m.minSelfDelegation}`);
      },
      handle(ctx, m) {
        const rate = Dec.fromProtoString(m.commission.rate);
        const minRate = k.getParams(ctx).minCommissionRate;
        if (rate.cmp(minRate) < 0) throw stakingErrors.commissionLTMinRate(`cannot set validator commission to less than minimum rate of ${minRate}`);
        checkDenom(ctx, m.value.denom);
        if (m.pubkey!.typeUrl !== ED25519_PUBKEY_TYPE) throw stakingErrors.validatorPubKeyTypeNotSupported(`got: ${m.pubkey!.typeUrl}, expected: [${ED25519_PUBKEY_TYPE}]: validator pubkey type is not supported`);
        let key: Uint8Array;
        try {
          key = Ed25519PubKey.decode(m.pubkey!.value).key;
        } catch {
          key = new Uint8Array();
        }
        if (key.length !== 32) throw errors.invalidPubKey(`ed25519 consensus key must be 32 bytes, got ${key.length}`);
        const v: Validator = {
          operator: m.validatorAddress,
          consPubKey: key,
          jailed: false,
          status: BondStatus.BOND_STATUS_UNBONDED,
          tokens: 0n,
          shares: Dec.zero,
          description: m.description,
          unbondingHeight: 0n,
          unbondingTime: ZERO_TIME,
          commission: { rate, maxRate: Dec.fromProtoString(m.commission.maxRate), maxChangeRate: Dec.fromProtoString(m.commission.maxChangeRate), updateTime: ctx.time },
          minSelfDelegation: BigInt(m.minSelfDelegation),
        };
        k.createValidator(ctx, v);
        const amount = BigInt(m.value.amount);
        k.delegate(ctx, accountOfValoper(m.validatorAddress), amount, BondStatus.BOND_STATUS_UNBONDED, k.mustGetValidator(ctx, m.validatorAddress), true);
        emitCreateValidator(ctx, { validator: m.validatorAddress, amount: coinText(amount, m.value.denom) });
        return response(tx.MsgCreateValidatorResponse.typeUrl);
      },
    }),
    msgDescriptor<tx.MsgEditValidator>({
      typeUrl: tx.MsgEditValidator.typeUrl,
      decode: (b) => tx.MsgEditValidator.decode(b),
      signers: (m) => [operatorAccount(m.validatorAddress)],
      validateBasic(m) {
        checkValoper(m.validatorAddress);
        if (!m.description) throw errors.invalidRequest("empty description");
        if (m.minSelfDelegation && !((parseUint256(m.minSelfDelegation) ?? 0n) > 0n)) throw errors.invalidRequest("minimum self delegation must be a positive integer");
        if (m.commissionRate) {
          const r = wireDec(m.commissionRate, "commission rate");
          if (r.isNegative() || r.cmp(Dec.one) > 0) throw errors.invalidRequest("commission rate must be between 0 and 1 (inclusive)");
        }
      },
      handle(ctx, m) {
        const v = k.mustGetValidator(ctx, m.validatorAddress);
        const d = m.description;
        const keep = (next: string, cur: string) => (next === DO_NOT_MODIFY ? cur : next);
        const description: Description = {
          moniker: keep(d.moniker, v.description.moniker),
          identity: keep(d.identity, v.description.identity),
          website: keep(d.website, v.description.website),
          securityContact: keep(d.securityContact, v.description.securityContact),
          details: keep(d.details, v.description.details),
        };
        checkDescription(description);
        let commissionChanged = false;
        if (m.commissionRate) {
          const rate = Dec.fromProtoString(m.commissionRate);
          const c = v.commission;
          if (ctx.time.seconds - c.updateTime.seconds < ONE_DAY || (ctx.time.seconds - c.updateTime.seconds === ONE_DAY && ctx.time.nanos < c.updateTime.nanos)) {
            throw stakingErrors.commissionUpdateTime("commission cannot be changed more than once in 24h");
          }
          if (rate.isNegative()) throw stakingErrors.commissionNegative("commission must be positive");
          if (rate.cmp(c.maxRate) > 0) throw stakingErrors.commissionGTMaxRate(`commission rate ${rate} cannot be more than the max rate ${c.maxRate}`);
          const change = rate.sub(c.rate);
          const abs = change.isNegative() ? Dec.zero.sub(change) : change;
          if (abs.cmp(c.maxChangeRate) > 0) throw stakingErrors.commissionGTMaxChangeRate(`commission cannot be changed more than max change rate ${c.maxChangeRate} (from ${c.rate} to ${rate})`);
          const minRate = k.getParams(ctx).minCommissionRate;
          if (rate.cmp(minRate) < 0) throw stakingErrors.commissionLTMinRate(`cannot set validator commission to less than minimum rate of ${minRate}`);
          v.commission = { ...c, rate, updateTime: ctx.time };
          commissionChanged = true;
        }
        if (m.minSelfDelegation) {
          const msd = BigInt(m.minSelfDelegation);
          if (msd <= v.minSelfDelegation) throw stakingErrors.minSelfDelegationDecreased(`minimum self delegation cannot be decreased (from ${v.minSelfDelegation} to ${msd})`);
          if (msd > v.tokens) throw stakingErrors.selfDelegationBelowMinimum(`minimum self delegation ${msd} is above the validator's tokens ${v.tokens}`);
          v.minSelfDelegation = msd;
        }
        v.description = description;
        k.updateValidator(ctx, v, commissionChanged);
        emitEditValidator(ctx, { commissionRate: v.commission.rate.toString(), minSelfDelegation: v.minSelfDelegation.toString() });
        return response(tx.MsgEditValidatorResponse.typeUrl);
      },
    }),
    msgDescriptor<tx.MsgDelegate>({
      typeUrl: tx.MsgDelegate.typeUrl,
      decode: (b) => tx.MsgDelegate.decode(b),
      signers: (m) => [m.delegatorAddress],
      validateBasic(m) {
        checkDelegator(m.delegatorAddress);
        checkValoper(m.validatorAddress);
        positiveAmount(m.amount, "delegation");
      },
      handle(ctx, m) {
        const v = k.mustGetValidator(ctx, m.validatorAddress);
        checkDenom(ctx, m.amount.denom);
        const amount = BigInt(m.amount.amount);
        const shares = k.delegate(ctx, m.delegatorAddress, amount, BondStatus.BOND_STATUS_UNBONDED, v, true);
        emitDelegate(ctx, { validator: m.validatorAddress, delegator: m.delegatorAddress, amount: coinText(amount, m.amount.denom), newShares: shares.toString() });
        return response(tx.MsgDelegateResponse.typeUrl);
      },
    }),
    msgDescriptor<tx.MsgUndelegate>({
      typeUrl: tx.MsgUndelegate.typeUrl,
      decode: (b) => tx.MsgUndelegate.decode(b),
      signers: (m) => [m.delegatorAddress],
      validateBasic(m) {
        checkDelegator(m.delegatorAddress);
        checkValoper(m.validatorAddress);
        positiveAmount(m.amount, "shares");
      },
      handle(ctx, m) {
        k.mustGetValidator(ctx, m.validatorAddress);
        checkDenom(ctx, m.amount.denom);
        const shares = k.validateUnbondAmount(ctx, m.delegatorAddress, m.validatorAddress, BigInt(m.amount.amount));
        const { completionTime, amount } = k.undelegate(ctx, m.delegatorAddress, m.validatorAddress, shares);
        emitUnbond(ctx, { validator: m.validatorAddress, delegator: m.delegatorAddress, amount: coinText(amount, m.amount.denom), completionTime });
        return response(tx.MsgUndelegateResponse.typeUrl, tx.MsgUndelegateResponse.encode({ completionTime, amount: { denom: m.amount.denom, amount: amount.toString() } }).finish());
      },
    }),
    msgDescriptor<tx.MsgBeginRedelegate>({
      typeUrl: tx.MsgBeginRedelegate.typeUrl,
      decode: (b) => tx.MsgBeginRedelegate.decode(b),
      signers: (m) => [m.delegatorAddress],
      validateBasic(m) {
        checkDelegator(m.delegatorAddress);
        checkValoper(m.validatorSrcAddress, "source validator address");
        checkValoper(m.validatorDstAddress, "destination validator address");
        positiveAmount(m.amount, "shares");
      },
      handle(ctx, m) {
        checkDenom(ctx, m.amount.denom);
        const shares = k.validateUnbondAmount(ctx, m.delegatorAddress, m.validatorSrcAddress, BigInt(m.amount.amount));
        const completionTime = k.beginRedelegation(ctx, m.delegatorAddress, m.validatorSrcAddress, m.validatorDstAddress, shares);
        emitRedelegate(ctx, { src: m.validatorSrcAddress, dst: m.validatorDstAddress, amount: coinText(BigInt(m.amount.amount), m.amount.denom), completionTime });
        return response(tx.MsgBeginRedelegateResponse.typeUrl, tx.MsgBeginRedelegateResponse.encode({ completionTime }).finish());
      },
    }),
    msgDescriptor<tx.MsgCancelUnbondingDelegation>({
      typeUrl: tx.MsgCancelUnbondingDelegation.typeUrl,
      decode: (b) => tx.MsgCancelUnbondingDelegation.decode(b),
      signers: (m) => [m.delegatorAddress],
      validateBasic(m) {
        checkDelegator(m.delegatorAddress);
        checkValoper(m.validatorAddress);
        positiveAmount(m.amount, "amount");
        if (m.creationHeight <= 0n) throw errors.invalidRequest("invalid height");
      },
      handle(ctx, m) {
        checkDenom(ctx, m.amount.denom);
        const amount = BigInt(m.amount.amount);
        k.cancelUnbonding(ctx, m.delegatorAddress, m.validatorAddress, amount, m.creationHeight);
        emitCancelUnbonding(ctx, { validator: m.validatorAddress, delegator: m.delegatorAddress, amount: coinText(amount, m.amount.denom), creationHeight: m.creationHeight });
        return response(tx.MsgCancelUnbondingDelegationResponse.typeUrl);
      },
    }),
  ];
}
