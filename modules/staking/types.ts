// Staking's records as the keeper works with them (bigint tokens, Dec shares and rates) and their
// stored/wire form (cosmos.staking.v1beta1 protobuf, as cosmjs-types declares it).
import * as pb from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import { CONSENSUS_PREFIX, toBech32, VALIDATOR_PREFIX, fromBech32 } from "../../chain/crypto/bech32.ts";
import { sha256 } from "../../chain/crypto/hash.ts";
import { mapValue, protoValue } from "../../chain/store/collections.ts";
import { accAddressToBech32 } from "../../chain/types/address.ts";
import { Dec } from "../../chain/types/dec.ts";
import { POWER_REDUCTION } from "./params.ts";

export const BondStatus = pb.BondStatus;
export type BondStatus = pb.BondStatus;
export const ED25519_PUBKEY_TYPE = "/cosmos.crypto.ed25519.PubKey";
export const ZERO_TIME: Timestamp = { seconds: 0n, nanos: 0 };

export interface Commission {
  rate: Dec;
  maxRate: Dec;
  maxChangeRate: Dec;
  updateTime: Timestamp;
}

export interface Validator {
  operator: string;
  /** ed25519 consensus public key (32 bytes). */
  consPubKey: Uint8Array;
  jailed: boolean;
  status: BondStatus;
  tokens: bigint;
  shares: Dec;
  description: pb.Description;
  unbondingHeight: bigint;
  unbondingTime: Timestamp;
  commission: Commission;
  minSelfDelegation: bigint;
}

export const consPubKeyAny = (key: Uint8Array): Any => ({ typeUrl: ED25519_PUBKEY_TYPE, value: Ed25519PubKey.encode({ key }).finish() });

export function validatorToProto(v: Validator): pb.Validator {
  return {
    operatorAddress: v.operator,
    consensusPubkey: consPubKeyAny(v.consPubKey),
    jailed: v.jailed,
    status: v.status,
    tokens: v.tokens.toString(),
    delegatorShares: v.shares.toProtoString(),
    description: v.description,
    unbondingHeight: v.unbondingHeight,
    unbondingTime: v.unbondingTime,
    commission: {
      commissionRates: { rate: v.commission.rate.toProtoString(), maxRate: v.commission.maxRate.toProtoString(), maxChangeRate: v.commission.maxChangeRate.toProtoString() },
      updateTime: v.commission.updateTime,
    },
    minSelfDelegation: v.minSelfDelegation.toString(),
    unbondingOnHoldRefCount: 0n,
    unbondingIds: [],
  };
}

export function validatorFromProto(p: pb.Validator): Validator {
  const rates = p.commission?.commissionRates;
  return {
    operator: p.operatorAddress,
    consPubKey: Ed25519PubKey.decode(p.consensusPubkey!.value).key,
    jailed: p.jailed,
    status: p.status,
    tokens: BigInt(p.tokens || "0"),
    shares: Dec.fromProtoString(p.delegatorShares || "0"),
    description: p.description ?? pb.Description.fromPartial({}),
    unbondingHeight: p.unbondingHeight,
    unbondingTime: p.unbondingTime ?? ZERO_TIME,
    commission: {
      rate: Dec.fromProtoString(rates?.rate || "0"),
      maxRate: Dec.fromProtoString(rates?.maxRate || "0"),
      maxChangeRate: Dec.fromProtoString(rates?.maxChangeRate || "0"),
      updateTime: p.commission?.updateTime ?? ZERO_TIME,
    },
    minSelfDelegation: BigInt(p.minSelfDelegation || "0"),
  };
}

export const validatorValue = mapValue(protoValue(pb.Validator), validatorFromProto, validatorToProto, "validator");

/** The consensus address: first 20 bytes of SHA-256 of the ed25519 key (CometBFT's address). */
export function consAddressBytes(consPubKey: Uint8Array): Uint8Array {
  return sha256(consPubKey).subarray(0, 20);
}
export const consAddress = (consPubKey: Uint8Array) => toBech32(CONSENSUS_PREFIX, consAddressBytes(consPubKey));

/** stvaloper… of an account st… (same bytes). */
export const valoperOf = (account: string) => toBech32(VALIDATOR_PREFIX, fromBech32(account).data);
/** st… account of a stvaloper… (same bytes). */
export const accountOfValoper = (valoper: string) => accAddressToBech32(fromBech32(valoper, VALIDATOR_PREFIX).data);

export const isBonded = (v: Validator) => v.status === BondStatus.BOND_STATUS_BONDED;

/** Voting power: bonded tokens / 10^15 (zero unless bonded). */
export const consensusPower = (v: Validator) => (isBonded(v) ? v.tokens / POWER_REDUCTION : 0n);
/** The power the validator would have if bonded (orders the power index). */
export const potentialPower = (v: Validator) => v.tokens / POWER_REDUCTION;

/** shares × tokens / total shares (LegacyDec Quo: rounded), as the SDK's TokensFromShares. */
export function tokensFromShares(v: Validator, shares: Dec): Dec {
  return shares.mulInt(v.tokens).quo(v.shares);
}
export function tokensFromSharesTruncated(v: Validator, shares: Dec): Dec {
  return shares.mulInt(v.tokens).quoTruncate(v.shares);
}
/** total shares × amount / tokens (QuoInt truncates), as the SDK's SharesFromTokens. */
export function sharesFromTokens(v: Validator, amount: bigint): Dec {
  return v.shares.mulInt(amount).quoInt(v.tokens);
}
export function sharesFromTokensTruncated(v: Validator, amount: bigint): Dec {
  return v.shares.mulInt(amount).quoTruncate(Dec.fromInt(v.tokens));
}
/** Tokens fell to zero while shares remain (after slashing): no delegation can price its shares. */
export const invalidExRate = (v: Validator) => v.tokens === 0n && !v.shares.isZero();

export const timeCmp = (a: Timestamp, b: Timestamp) => (a.seconds !== b.seconds ? (a.seconds < b.seconds ? -1 : 1) : a.nanos === b.nanos ? 0 : a.nanos < b.nanos ? -1 : 1);
export const timeAdd = (t: Timestamp, d: { seconds: bigint; nanos: number }): Timestamp => {
  let nanos = t.nanos + d.nanos;
  let seconds = t.seconds + d.seconds;
  if (nanos >= 1e9) {
    nanos -= 1e9;
    seconds += 1n;
  }
  return { seconds, nanos };
};
