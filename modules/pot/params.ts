// Pot params (§4.2) with stratos-chain's defaults, their protobuf and proto3-JSON forms.
import type { Coin } from "../../chain/types/coins.ts";
import { validateDenom } from "../../chain/types/coins.ts";
import { Dec } from "../../chain/types/dec.ts";
import { stratos } from "../../proto/client.ts";
import { longToBigInt } from "./expected.ts";

const STOS = 10n ** 18n;

export interface MiningRewardParam {
  totalMinedValveStart: Coin;
  totalMinedValveEnd: Coin;
  miningReward: Coin;
  blockChainPercentageInBp: bigint;
  resourceNodePercentageInBp: bigint;
  metaNodePercentageInBp: bigint;
}

export interface PotParams {
  bondDenom: string;
  rewardDenom: string;
  matureEpoch: bigint;
  miningRewardParams: MiningRewardParam[];
  communityTax: Dec;
  initialTotalSupply: Coin;
}

const wei = (amount: bigint): Coin => ({ denom: "wei", amount });
/** (start, end, reward) in units of 1/10 stos, bp in the order chain, resource, meta. */
const stage = (start: bigint, end: bigint, reward: bigint, chain: bigint, rn: bigint, meta: bigint): MiningRewardParam => ({
  totalMinedValveStart: wei(start * STOS),
  totalMinedValveEnd: wei(end * STOS),
  miningReward: wei((reward * STOS) / 10n),
  blockChainPercentageInBp: chain,
  resourceNodePercentageInBp: rn,
  metaNodePercentageInBp: meta,
});

export const defaultMiningRewardParams: MiningRewardParam[] = [
  stage(0n, 16_819_200n, 800n, 2000n, 6000n, 2000n),
  stage(16_819_200n, 25_228_800n, 400n, 2000n, 6200n, 1800n),
  stage(25_228_800n, 29_433_600n, 200n, 2000n, 6400n, 1600n),
  stage(29_433_600n, 31_536_000n, 100n, 2000n, 6600n, 1400n),
  stage(31_536_000n, 32_587_200n, 50n, 2000n, 6800n, 1200n),
  stage(32_587_200n, 40_000_000n, 25n, 2000n, 7000n, 1000n),
];

export const defaultPotParams: PotParams = {
  bondDenom: "wei",
  rewardDenom: "wei",
  matureEpoch: 2016n,
  miningRewardParams: defaultMiningRewardParams,
  communityTax: Dec.fromString("0.02"),
  initialTotalSupply: wei(100_000_000n * STOS),
};

/** Throws a message naming the field. */
export function validatePotParams(p: PotParams): void {
  for (const [name, d] of [["bond_denom", p.bondDenom], ["reward_denom", p.rewardDenom]] as const) {
    if (d.trim().length === 0) throw new Error(`pot params: ${name} is blank`);
    try {
      validateDenom(d);
    } catch (e) {
      throw new Error(`pot params: ${name}: ${(e as Error).message}`);
    }
  }
  if (p.matureEpoch <= 0n) throw new Error(`pot params: mature_epoch must be positive, got ${p.matureEpoch}`);
  if (p.matureEpoch >= 2n ** 62n) throw new Error(`pot params: mature_epoch ${p.matureEpoch} is too large`);
  if (p.communityTax.isNegative() || p.communityTax.cmp(Dec.one) > 0) throw new Error(`pot params: community_tax must be within [0, 1], got ${p.communityTax}`);
  if (p.initialTotalSupply.amount <= 0n) throw new Error(`pot params: initial_total_supply must be positive, got ${p.initialTotalSupply.amount}`);
  try {
    validateDenom(p.initialTotalSupply.denom);
  } catch (e) {
    throw new Error(`pot params: initial_total_supply: ${(e as Error).message}`);
  }
  if (p.miningRewardParams.length === 0) throw new Error("pot params: mining_reward_params is empty");
  p.miningRewardParams.forEach((m, i) => {
    const what = `pot params: mining_reward_params[${i}]`;
    for (const c of [m.totalMinedValveStart, m.totalMinedValveEnd, m.miningReward]) {
      if (c.denom !== p.rewardDenom) throw new Error(`${what}: denom ${c.denom} is not the reward denom ${p.rewardDenom}`);
      if (c.amount < 0n) throw new Error(`${what}: negative amount ${c.amount}`);
    }
    if (m.totalMinedValveStart.amount >= m.totalMinedValveEnd.amount) throw new Error(`${what}: total_mined_valve_start must be below total_mined_valve_end`);
    const bps = [m.blockChainPercentageInBp, m.resourceNodePercentageInBp, m.metaNodePercentageInBp];
    if (bps.some((b) => b < 0n)) throw new Error(`${what}: negative basis points`);
    const sum = bps.reduce((a, b) => a + b, 0n);
    if (sum !== 10000n) throw new Error(`${what}: basis points sum to ${sum}, must be exactly 10000`);
  });
}

const coinToProto = (c: Coin) => ({ denom: c.denom, amount: c.amount.toString() });
const coinFromProto = (c: { denom?: string | null; amount?: string | null } | null | undefined): Coin => ({
  denom: c?.denom ?? "",
  amount: /^-?\d+$/.test(c?.amount ?? "") ? BigInt(c!.amount!) : 0n,
});
const intOr0 = (s: string | null | undefined) => (/^-?\d+$/.test(s ?? "") ? BigInt(s!) : 0n);

export function potParamsToProto(p: PotParams): stratos.pot.v1.Params {
  return stratos.pot.v1.Params.create({
    bondDenom: p.bondDenom,
    rewardDenom: p.rewardDenom,
    matureEpoch: p.matureEpoch,
    miningRewardParams: p.miningRewardParams.map((m) => ({
      totalMinedValveStart: coinToProto(m.totalMinedValveStart),
      totalMinedValveEnd: coinToProto(m.totalMinedValveEnd),
      miningReward: coinToProto(m.miningReward),
      blockChainPercentageInBp: m.blockChainPercentageInBp.toString(),
      resourceNodePercentageInBp: m.resourceNodePercentageInBp.toString(),
      metaNodePercentageInBp: m.metaNodePercentageInBp.toString(),
    })),
    communityTax: p.communityTax.toProtoString(),
    initialTotalSupply: coinToProto(p.initialTotalSupply),
  });
}

export function potParamsFromProto(p: stratos.pot.v1.Params): PotParams {
  let tax: Dec;
  try {
    tax = Dec.fromProtoString(p.communityTax ?? "0");
  } catch {
    tax = Dec.fromInt(-1n);
  }
  return {
    bondDenom: p.bondDenom ?? "",
    rewardDenom: p.rewardDenom ?? "",
    matureEpoch: longToBigInt(p.matureEpoch),
    miningRewardParams: (p.miningRewardParams ?? []).map((m) => ({
      totalMinedValveStart: coinFromProto(m.totalMinedValveStart),
      totalMinedValveEnd: coinFromProto(m.totalMinedValveEnd),
      miningReward: coinFromProto(m.miningReward),
      blockChainPercentageInBp: intOr0(m.blockChainPercentageInBp),
      resourceNodePercentageInBp: intOr0(m.resourceNodePercentageInBp),
      metaNodePercentageInBp: intOr0(m.metaNodePercentageInBp),
    })),
    communityTax: tax,
    initialTotalSupply: coinFromProto(p.initialTotalSupply),
  };
}

export const encodePotParams = (p: PotParams) => stratos.pot.v1.Params.encode(potParamsToProto(p)).finish();
export const decodePotParams = (b: Uint8Array) => potParamsFromProto(stratos.pot.v1.Params.decode(b));

// ---- proto3 JSON ------------------------------------------------------------------------------

function intJson(v: unknown, what: string): bigint {
  if (typeof v === "number" && Number.isSafeInteger(v)) return BigInt(v);
  if (typeof v !== "string" || !/^-?\d+$/.test(v)) throw new Error(`${what} must be an integer string, got ${JSON.stringify(v)}`);
  return BigInt(v);
}

export function coinFromJson(j: any, what: string): Coin {
  if (typeof j !== "object" || j === null) throw new Error(`${what} must be a coin {denom, amount}`);
  if (typeof j.denom !== "string") throw new Error(`${what}.denom must be a string`);
  const amount = intJson(j.amount, `${what}.amount`);
  if (amount < 0n) throw new Error(`${what}.amount must not be negative`);
  return { denom: j.denom, amount };
}
export const coinToJson = (c: Coin) => ({ denom: c.denom, amount: c.amount.toString() });

/** Missing fields take their defaults; present ones must be well-formed. */
export function potParamsFromJson(j: any): PotParams {
  if (j === undefined || j === null) return defaultPotParams;
  if (typeof j !== "object" || Array.isArray(j)) throw new Error("pot.params must be an object");
  const d = defaultPotParams;
  const str = (v: unknown, def: string, what: string) => {
    if (v === undefined) return def;
    if (typeof v !== "string") throw new Error(`pot.params.${what} must be a string`);
    return v;
  };
  let communityTax = d.communityTax;
  if (j.community_tax !== undefined) {
    if (typeof j.community_tax !== "string") throw new Error("pot.params.community_tax must be a decimal string");
    try {
      communityTax = Dec.fromString(j.community_tax);
    } catch (e) {
      throw new Error(`pot.params.community_tax: ${(e as Error).message}`);
    }
  }
  const mrp = j.mining_reward_params;
  if (mrp !== undefined && !Array.isArray(mrp)) throw new Error("pot.params.mining_reward_params must be a list");
  const p: PotParams = {
    bondDenom: str(j.bond_denom, d.bondDenom, "bond_denom"),
    rewardDenom: str(j.reward_denom, d.rewardDenom, "reward_denom"),
    matureEpoch: j.mature_epoch === undefined ? d.matureEpoch : intJson(j.mature_epoch, "pot.params.mature_epoch"),
    miningRewardParams:
      mrp === undefined
        ? d.miningRewardParams
        : mrp.map((m: any, i: number) => {
            const what = `pot.params.mining_reward_params[${i}]`;
            return {
              totalMinedValveStart: coinFromJson(m?.total_mined_valve_start, `${what}.total_mined_valve_start`),
              totalMinedValveEnd: coinFromJson(m?.total_mined_valve_end, `${what}.total_mined_valve_end`),
              miningReward: coinFromJson(m?.mining_reward, `${what}.mining_reward`),
              blockChainPercentageInBp: intJson(m?.block_chain_percentage_in_bp, `${what}.block_chain_percentage_in_bp`),
              resourceNodePercentageInBp: intJson(m?.resource_node_percentage_in_bp, `${what}.resource_node_percentage_in_bp`),
              metaNodePercentageInBp: intJson(m?.meta_node_percentage_in_bp, `${what}.meta_node_percentage_in_bp`),
            };
          }),
    communityTax,
    initialTotalSupply: j.initial_total_supply === undefined ? d.initialTotalSupply : coinFromJson(j.initial_total_supply, "pot.params.initial_total_supply"),
  };
  validatePotParams(p);
  return p;
}

export const potParamsToJson = (p: PotParams) => ({
  bond_denom: p.bondDenom,
  reward_denom: p.rewardDenom,
  mature_epoch: p.matureEpoch.toString(),
  mining_reward_params: p.miningRewardParams.map((m) => ({
    total_mined_valve_start: coinToJson(m.totalMinedValveStart),
    total_mined_valve_end: coinToJson(m.totalMinedValveEnd),
    mining_reward: coinToJson(m.miningReward),
    block_chain_percentage_in_bp: m.blockChainPercentageInBp.toString(),
    resource_node_percentage_in_bp: m.resourceNodePercentageInBp.toString(),
    meta_node_percentage_in_bp: m.metaNodePercentageInBp.toString(),
  })),
  community_tax: p.communityTax.toString(),
  initial_total_supply: coinToJson(p.initialTotalSupply),
});
