// Register params (§2.3) with stratos-chain's defaults, their protobuf and proto3-JSON forms.
import { validateDenom } from "../../chain/types/coins.ts";
import { stratos } from "../../proto/client.ts";
import { durationFromJson, durationFromProto, durationToJson, durationToProto, intFromJson } from "./types.ts";

const DAY = 86_400n * 1_000_000_000n;

export interface RegisterParams {
  bondDenom: string;
  /** Nanoseconds (the proto field name keeps Stratos' spelling). */
  unbondingThreasholdTime: bigint;
  unbondingCompletionTime: bigint;
  maxEntries: number;
  resourceNodeRegEnabled: boolean;
  resourceNodeMinDeposit: { denom: string; amount: bigint };
  votingPeriod: bigint;
}

export const defaultRegisterParams: RegisterParams = {
  bondDenom: "wei",
  unbondingThreasholdTime: 180n * DAY,
  unbondingCompletionTime: 14n * DAY,
  maxEntries: 16,
  resourceNodeRegEnabled: true,
  resourceNodeMinDeposit: { denom: "wei", amount: 10n ** 18n },
  votingPeriod: 7n * DAY,
};

/** Throws a message naming the field. */
export function validateRegisterParams(p: RegisterParams): void {
  if (p.bondDenom.trim().length === 0) throw new Error("register params: bond_denom is blank");
  try {
    validateDenom(p.bondDenom);
    validateDenom(p.resourceNodeMinDeposit.denom);
  } catch (e) {
    throw new Error(`register params: ${(e as Error).message}`);
  }
  if (p.unbondingThreasholdTime <= 0n) throw new Error("register params: unbonding_threashold_time must be positive");
  if (p.unbondingCompletionTime <= 0n) throw new Error("register params: unbonding_completion_time must be positive");
  if (!Number.isInteger(p.maxEntries) || p.maxEntries <= 0 || p.maxEntries > 0xffffffff) throw new Error("register params: max_entries must be a positive uint32");
  if (p.votingPeriod <= 0n) throw new Error("register params: voting_period must be positive");
  if (p.resourceNodeMinDeposit.amount < 0n) throw new Error("register params: resource_node_min_deposit must not be negative");
}

export function registerParamsToProto(p: RegisterParams): stratos.register.v1.Params {
  return stratos.register.v1.Params.create({
    bondDenom: p.bondDenom,
    unbondingThreasholdTime: durationToProto(p.unbondingThreasholdTime),
    unbondingCompletionTime: durationToProto(p.unbondingCompletionTime),
    maxEntries: p.maxEntries,
    resourceNodeRegEnabled: p.resourceNodeRegEnabled,
    resourceNodeMinDeposit: { denom: p.resourceNodeMinDeposit.denom, amount: p.resourceNodeMinDeposit.amount.toString() },
    votingPeriod: durationToProto(p.votingPeriod),
  });
}

export function registerParamsFromProto(p: stratos.register.v1.Params): RegisterParams {
  const amount = p.resourceNodeMinDeposit?.amount ?? "0";
  if (!/^\d+$/.test(amount)) throw new Error(`register params: resource_node_min_deposit amount ${JSON.stringify(amount)} is not a non-negative integer`);
  return {
    bondDenom: p.bondDenom ?? "",
    unbondingThreasholdTime: durationFromProto(p.unbondingThreasholdTime),
    unbondingCompletionTime: durationFromProto(p.unbondingCompletionTime),
    maxEntries: p.maxEntries ?? 0,
    resourceNodeRegEnabled: p.resourceNodeRegEnabled ?? false,
    resourceNodeMinDeposit: { denom: p.resourceNodeMinDeposit?.denom ?? "", amount: BigInt(amount) },
    votingPeriod: durationFromProto(p.votingPeriod),
  };
}

export const encodeRegisterParams = (p: RegisterParams) => stratos.register.v1.Params.encode(registerParamsToProto(p)).finish();
export const decodeRegisterParams = (b: Uint8Array) => registerParamsFromProto(stratos.register.v1.Params.decode(b));

/** Missing fields take their defaults; present ones must be well-formed. */
export function registerParamsFromJson(j: any): RegisterParams {
  if (j === undefined || j === null) return defaultRegisterParams;
  const d = defaultRegisterParams;
  const dur = (k: string, def: bigint) => (j[k] === undefined ? def : durationFromJson(j[k], `register.params.${k}`));
  const maxEntries = j.max_entries ?? d.maxEntries;
  if (typeof maxEntries !== "number" && !(typeof maxEntries === "string" && /^\d+$/.test(maxEntries))) {
    throw new Error(`register.params.max_entries must be an integer, got ${JSON.stringify(maxEntries)}`);
  }
  const enabled = j.resource_node_reg_enabled ?? d.resourceNodeRegEnabled;
  if (typeof enabled !== "boolean") throw new Error(`register.params.resource_node_reg_enabled must be a boolean`);
  const md = j.resource_node_min_deposit;
  const bondDenom = j.bond_denom ?? d.bondDenom;
  if (typeof bondDenom !== "string") throw new Error(`register.params.bond_denom must be a string`);
  const p: RegisterParams = {
    bondDenom,
    unbondingThreasholdTime: dur("unbonding_threashold_time", d.unbondingThreasholdTime),
    unbondingCompletionTime: dur("unbonding_completion_time", d.unbondingCompletionTime),
    maxEntries: Number(maxEntries),
    resourceNodeRegEnabled: enabled,
    resourceNodeMinDeposit:
      md === undefined ? d.resourceNodeMinDeposit : { denom: String(md?.denom ?? ""), amount: intFromJson(md?.amount, "register.params.resource_node_min_deposit.amount") },
    votingPeriod: dur("voting_period", d.votingPeriod),
  };
  validateRegisterParams(p);
  return p;
}

export function registerParamsToJson(p: RegisterParams) {
  return {
    bond_denom: p.bondDenom,
    unbonding_threashold_time: durationToJson(p.unbondingThreasholdTime),
    unbonding_completion_time: durationToJson(p.unbondingCompletionTime),
    max_entries: p.maxEntries,
    resource_node_reg_enabled: p.resourceNodeRegEnabled,
    resource_node_min_deposit: { denom: p.resourceNodeMinDeposit.denom, amount: p.resourceNodeMinDeposit.amount.toString() },
    voting_period: durationToJson(p.votingPeriod),
  };
}
