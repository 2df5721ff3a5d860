// Staking params as stratos-chain ships them (app/genesis defaults of x/staking in stratos-chain):
// bond denom wei, 21-day unbonding, 100 validators, 7 entries, 10,000 historical entries, no
// minimum commission. Power reduction is a chain constant (sdk.DefaultPowerReduction = 1e15 in
// stratos-chain), not a param.
import { Dec } from "../../chain/types/dec.ts";

export const POWER_REDUCTION = 10n ** 15n;

export interface StakingParams {
  /** Seconds (a google.protobuf.Duration with whole seconds; nanos kept for the wire). */
  unbondingTime: { seconds: bigint; nanos: number };
  maxValidators: number;
  maxEntries: number;
  historicalEntries: number;
  bondDenom: string;
  minCommissionRate: Dec;
}

export const defaultStakingParams: StakingParams = {
  unbondingTime: { seconds: 1_814_400n, nanos: 0 },
  maxValidators: 100,
  maxEntries: 7,
  historicalEntries: 10_000,
  bondDenom: "wei",
  minCommissionRate: Dec.zero,
};

export function validateStakingParams(p: StakingParams): void {
  if (p.unbondingTime.seconds < 0n || (p.unbondingTime.seconds === 0n && p.unbondingTime.nanos <= 0)) throw new Error(`unbonding time must be positive: ${durationToJson(p.unbondingTime)}`);
  if (!Number.isInteger(p.maxValidators) || p.maxValidators <= 0 || p.maxValidators > 0xffffffff) throw new Error(`max validators must be positive: ${p.maxValidators}`);
  if (!Number.isInteger(p.maxEntries) || p.maxEntries <= 0 || p.maxEntries > 0xffffffff) throw new Error(`max entries must be positive: ${p.maxEntries}`);
  if (!Number.isInteger(p.historicalEntries) || p.historicalEntries < 0 || p.historicalEntries > 0xffffffff) throw new Error(`historical entries must be a non-negative integer: ${p.historicalEntries}`);
  if (!/^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/.test(p.bondDenom)) throw new Error(`invalid bond denom ${JSON.stringify(p.bondDenom)}`);
  if (p.minCommissionRate.isNegative()) throw new Error(`minimum commission rate cannot be negative: ${p.minCommissionRate}`);
  if (p.minCommissionRate.cmp(Dec.one) > 0) throw new Error(`minimum commission rate cannot be greater than 100%: ${p.minCommissionRate}`);
}

export function durationToJson(d: { seconds: bigint; nanos: number }): string {
  return d.nanos === 0 ? `${d.seconds}s` : `${d.seconds}.${String(d.nanos).padStart(9, "0").replace(/0+$/, "")}s`;
}

export function durationFromJson(s: unknown, what: string): { seconds: bigint; nanos: number } {
  const m = typeof s === "string" ? /^(\d+)(?:\.(\d{1,9}))?s$/.exec(s) : null;
  if (!m) throw new Error(`${what} must be a duration like "1814400s", got ${JSON.stringify(s)}`);
  return { seconds: BigInt(m[1]), nanos: Number((m[2] ?? "").padEnd(9, "0") || "0") };
}

export function stakingParamsFromJson(j: any): StakingParams {
  if (j === undefined || j === null) return defaultStakingParams;
  const int = (snake: string, dflt: number) => {
    const v = j[snake];
    if (v === undefined) return dflt;
    if (!/^\d+$/.test(String(v))) throw new Error(`staking.params.${snake} must be a non-negative integer, got ${JSON.stringify(v)}`);
    return Number(v);
  };
  let minCommissionRate = defaultStakingParams.minCommissionRate;
  if (j.min_commission_rate !== undefined) {
    try {
      minCommissionRate = Dec.fromString(String(j.min_commission_rate));
    } catch (e) {
      throw new Error(`staking.params.min_commission_rate: ${(e as Error).message}`);
    }
  }
  const p: StakingParams = {
    unbondingTime: j.unbonding_time === undefined ? defaultStakingParams.unbondingTime : durationFromJson(j.unbonding_time, "staking.params.unbonding_time"),
    maxValidators: int("max_validators", defaultStakingParams.maxValidators),
    maxEntries: int("max_entries", defaultStakingParams.maxEntries),
    historicalEntries: int("historical_entries", defaultStakingParams.historicalEntries),
    bondDenom: j.bond_denom ?? defaultStakingParams.bondDenom,
    minCommissionRate,
  };
  try {
    validateStakingParams(p);
  } catch (e) {
    throw new Error(`staking.params: ${(e as Error).message}`);
  }
  return p;
}

export function stakingParamsToJson(p: StakingParams) {
  return {
    unbonding_time: durationToJson(p.unbondingTime),
    max_validators: p.maxValidators,
    max_entries: p.maxEntries,
    historical_entries: p.historicalEntries,
    bond_denom: p.bondDenom,
    min_commission_rate: p.minCommissionRate.toString(),
  };
}
