// app_state.staking in the Cosmos SDK's JSON layout (params, last_total_power, last_validator_powers,
// validators, delegations, unbonding_delegations, redelegations, exported).
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import type { ValidatorUpdate } from "cosmjs-types/tendermint/abci/types";
import type { Context } from "../../chain/app/context.ts";
import { accountField as account, decField as dec, uintField as int, valoperField as valoper } from "../../chain/app/genesis-fields.ts";
import { Dec } from "../../chain/types/dec.ts";
import { BONDED_POOL, NOT_BONDED_POOL, type RedEntry, type StakingKeeper, type UbdEntry } from "./keeper.ts";
import { stakingParamsFromJson, stakingParamsToJson } from "./params.ts";
import { BondStatus, ED25519_PUBKEY_TYPE, isBonded, type Validator } from "./types.ts";

const STATUS = ["BOND_STATUS_UNSPECIFIED", "BOND_STATUS_UNBONDED", "BOND_STATUS_UNBONDING", "BOND_STATUS_BONDED"];

export function timeToJson(t: Timestamp): string {
  const base = new Date(Number(t.seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, "");
  return t.nanos === 0 ? `${base}Z` : `${base}.${String(t.nanos).padStart(9, "0").replace(/0+$/, "")}Z`;
}
export function timeFromJson(s: unknown, what: string): Timestamp {
  const m = typeof s === "string" ? /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?Z$/.exec(s) : null;
  if (!m) throw new Error(`${what} must be an RFC 3339 UTC time, got ${JSON.stringify(s)}`);
  const ms = Date.parse(`${m[1]}Z`);
  if (Number.isNaN(ms)) throw new Error(`${what}: invalid time ${JSON.stringify(s)}`);
  return { seconds: BigInt(ms / 1000), nanos: Number((m[2] ?? "").padEnd(9, "0") || "0") };
}

function validatorFromJson(j: any, w: string): Validator {
  const pk = j.consensus_pubkey;
  if (pk?.["@type"] !== ED25519_PUBKEY_TYPE) throw new Error(`${w}.consensus_pubkey must be a ${ED25519_PUBKEY_TYPE}`);
  const key = Buffer.from(String(pk.key ?? ""), "base64");
  if (key.length !== 32) throw new Error(`${w}.consensus_pubkey.key must be 32 bytes (base64)`);
  const status = STATUS.indexOf(j.status);
  if (status < 1) throw new Error(`${w}.status: unknown ${JSON.stringify(j.status)}`);
  const c = j.commission ?? {};
  const r = c.commission_rates ?? {};
  const d = j.description ?? {};
  return {
    operator: valoper(j.operator_address, `${w}.operator_address`),
    consPubKey: new Uint8Array(key),
    jailed: j.jailed === true,
    status: status as BondStatus,
    tokens: int(j.tokens, `${w}.tokens`),
    shares: dec(j.delegator_shares, `${w}.delegator_shares`),
    description: { moniker: d.moniker ?? "", identity: d.identity ?? "", website: d.website ?? "", securityContact: d.security_contact ?? "", details: d.details ?? "" },
    unbondingHeight: int(j.unbonding_height ?? "0", `${w}.unbonding_height`),
    unbondingTime: timeFromJson(j.unbonding_time ?? "1970-01-01T00:00:00Z", `${w}.unbonding_time`),
    commission: {
      rate: dec(r.rate ?? "0", `${w}.commission.commission_rates.rate`),
      maxRate: dec(r.max_rate ?? "0", `${w}.commission.commission_rates.max_rate`),
      maxChangeRate: dec(r.max_change_rate ?? "0", `${w}.commission.commission_rates.max_change_rate`),
      updateTime: timeFromJson(c.update_time ?? "1970-01-01T00:00:00Z", `${w}.commission.update_time`),
    },
    minSelfDelegation: int(j.min_self_delegation ?? "1", `${w}.min_self_delegation`),
  };
}

function validatorToJson(v: Validator) {
  return {
    operator_address: v.operator,
    consensus_pubkey: { "@type": ED25519_PUBKEY_TYPE, key: Buffer.from(v.consPubKey).toString("base64") },
    jailed: v.jailed,
    status: STATUS[v.status],
    tokens: v.tokens.toString(),
    delegator_shares: v.shares.toString(),
    description: { moniker: v.description.moniker, identity: v.description.identity, website: v.description.website, security_contact: v.description.securityContact, details: v.description.details },
    unbonding_height: v.unbondingHeight.toString(),
    unbonding_time: timeToJson(v.unbondingTime),
    commission: {
      commission_rates: { rate: v.commission.rate.toString(), max_rate: v.commission.maxRate.toString(), max_change_rate: v.commission.maxChangeRate.toString() },
      update_time: timeToJson(v.commission.updateTime),
    },
    min_self_delegation: v.minSelfDelegation.toString(),
    unbonding_on_hold_ref_count: "0",
    unbonding_ids: [],
  };
}

interface Parsed {
  params: ReturnType<typeof stakingParamsFromJson>;
  lastTotalPower: bigint;
  lastPowers: [string, bigint][];
  validators: Validator[];
  delegations: [string, string, Dec][];
  ubds: [string, string, UbdEntry[]][];
  reds: [string, string, string, RedEntry[]][];
  exported: boolean;
}

function parse(state: any): Parsed {
  const params = stakingParamsFromJson(state?.params);
  const validators = (state?.validators ?? []).map((j: any, i: number) => validatorFromJson(j, `staking.validators[${i}]`));
  const seen = new Set<string>();
  for (const v of validators) {
    if (seen.has(v.operator)) throw new Error(`staking.validators: duplicate validator ${v.operator}`);
    seen.add(v.operator);
  }
  const delegations = (state?.delegations ?? []).map((j: any, i: number): [string, string, Dec] => {
    const w = `staking.delegations[${i}]`;
    const val = valoper(j.validator_address, `${w}.validator_address`);
    if (!seen.has(val)) throw new Error(`${w}: validator ${val} is not in staking.validators`);
    return [account(j.delegator_address, `${w}.delegator_address`), val, dec(j.shares, `${w}.shares`)];
  });
  const ubds = (state?.unbonding_delegations ?? []).map((j: any, i: number): [string, string, UbdEntry[]] => {
    const w = `staking.unbonding_delegations[${i}]`;
    return [
      account(j.delegator_address, `${w}.delegator_address`),
      valoper(j.validator_address, `${w}.validator_address`),
      (j.entries ?? []).map((e: any, n: number) => ({
        creationHeight: int(e.creation_height, `${w}.entries[${n}].creation_height`),
        completionTime: timeFromJson(e.completion_time, `${w}.entries[${n}].completion_time`),
        initialBalance: int(e.initial_balance, `${w}.entries[${n}].initial_balance`),
        balance: int(e.balance, `${w}.entries[${n}].balance`),
      })),
    ];
  });
  const reds = (state?.redelegations ?? []).map((j: any, i: number): [string, string, string, RedEntry[]] => {
    const w = `staking.redelegations[${i}]`;
    return [
      account(j.delegator_address, `${w}.delegator_address`),
      valoper(j.validator_src_address, `${w}.validator_src_address`),
      valoper(j.validator_dst_address, `${w}.validator_dst_address`),
      (j.entries ?? []).map((e: any, n: number) => ({
        creationHeight: int(e.creation_height, `${w}.entries[${n}].creation_height`),
        completionTime: timeFromJson(e.completion_time, `${w}.entries[${n}].completion_time`),
        initialBalance: int(e.initial_balance, `${w}.entries[${n}].initial_balance`),
        sharesDst: dec(e.shares_dst, `${w}.entries[${n}].shares_dst`),
      })),
    ];
  });
  const lastPowers = (state?.last_validator_powers ?? []).map((j: any, i: number): [string, bigint] => {
    const w = `staking.last_validator_powers[${i}]`;
    const val = valoper(j.address, `${w}.address`);
    if (!seen.has(val)) throw new Error(`${w}: validator ${val} is not in staking.validators`);
    return [val, int(j.power, `${w}.power`)];
  });
  return {
    params,
    lastTotalPower: int(state?.last_total_power ?? "0", "staking.last_total_power"),
    lastPowers,
    validators,
    delegations,
    ubds,
    reds,
    exported: state?.exported === true,
  };
}

export function validateStakingGenesis(state: unknown): void {
  if (state !== undefined) parse(state);
}

/** Absent section: nothing is written (defaults apply). Returns the validator set of an exported chain. */
export function initStakingGenesis(ctx: Context, k: StakingKeeper, state: any): ValidatorUpdate[] {
  if (state === undefined) return [];
  const g = parse(state);
  k.setParams(ctx, g.params);
  k.genesisSetLastTotalPower(ctx, g.lastTotalPower);
  let bonded = 0n;
  let notBonded = 0n;
  for (const v of g.validators) {
    k.genesisSetValidator(ctx, v);
    if (isBonded(v)) bonded += v.tokens;
    else notBonded += v.tokens;
  }
  for (const [d, v, shares] of g.delegations) k.genesisSetDelegation(ctx, d, v, shares);
  for (const [d, v, entries] of g.ubds) {
    k.genesisSetUnbonding(ctx, d, v, entries);
    for (const e of entries) notBonded += e.balance;
  }
  for (const [d, s, t, entries] of g.reds) k.genesisSetRedelegation(ctx, d, s, t, entries);
  // The pools must hold exactly what the records say (the SDK panics otherwise).
  const pools = k.pool(ctx);
  if (pools.bonded !== bonded) throw new Error(`staking: ${BONDED_POOL} balance ${pools.bonded} does not equal the bonded validators' tokens ${bonded}`);
  if (pools.notBonded !== notBonded) throw new Error(`staking: ${NOT_BONDED_POOL} balance ${pools.notBonded} does not equal the not-bonded tokens ${notBonded}`);
  if (g.exported) {
    for (const [op, power] of g.lastPowers) k.genesisSetLastPower(ctx, op, power);
    return g.lastPowers.map(([op, power]) => ({ pubKey: { ed25519: k.mustGetValidator(ctx, op).consPubKey, secp256k1: undefined }, power }));
  }
  return k.applyValidatorSetUpdates(ctx);
}

export function exportStakingGenesis(ctx: Context, k: StakingKeeper) {
  const s = k.schema.walk(ctx);
  return {
    params: stakingParamsToJson(k.getParams(ctx)),
    last_total_power: (s.lastTotalPower ?? 0n).toString(),
    last_validator_powers: s.lastValidatorPowers.map(([address, power]) => ({ address, power: power.toString() })),
    validators: s.validators.map(([, v]) => validatorToJson(v)),
    delegations: s.delegations.map(([[d, v], shares]) => ({ delegator_address: d, validator_address: v, shares: shares.toString() })),
    unbonding_delegations: s.ubds.map(([[d, v], entries]) => ({
      delegator_address: d,
      validator_address: v,
      entries: entries.map((e) => ({
        creation_height: e.creationHeight.toString(),
        completion_time: timeToJson(e.completionTime),
        initial_balance: e.initialBalance.toString(),
        balance: e.balance.toString(),
        unbonding_id: "0",
        unbonding_on_hold_ref_count: "0",
      })),
    })),
    redelegations: s.reds.map(([[d, [src, dst]], entries]) => ({
      delegator_address: d,
      validator_src_address: src,
      validator_dst_address: dst,
      entries: entries.map((e) => ({
        creation_height: e.creationHeight.toString(),
        completion_time: timeToJson(e.completionTime),
        initial_balance: e.initialBalance.toString(),
        shares_dst: e.sharesDst.toString(),
        unbonding_id: "0",
        unbonding_on_hold_ref_count: "0",
      })),
    })),
    exported: true,
  };
}

export const defaultStakingGenesis = () => ({
  params: stakingParamsToJson(stakingParamsFromJson(undefined)),
  last_total_power: "0",
  last_validator_powers: [],
  validators: [],
  delegations: [],
  unbonding_delegations: [],
  redelegations: [],
  exported: false,
});
