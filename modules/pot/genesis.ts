// app_state.pot in stratos-chain's JSON layout (GenesisState of genesis.proto, proto3 JSON):
//   { "params": {...}, "total_mined_token": {"denom":"wei","amount":"0"}, "last_distributed_epoch": "0",
//     "immature_total_info": [{"wallet_address","value":[coins]}], "mature_total_info": [...],
//     "individual_reward_info": [Reward], "matured_epoch": "0",
//     "reward_total_info": [{"epoch","total_reward":{"mining_reward":[...],"traffic_reward":[...]}}] }
// Stratos keys imported individual_reward_info at last_distributed_epoch + mature_epoch; we accept that,
// and add fields of ours so an export restarts to the same state:
//   "individual_rewards": [{"mature_epoch", "reward": Reward}]  (exact mature-epoch keys),
//   "volume_reports": [{"epoch", "reporter", "report_reference", "tx_hash"}],
//   "authority": account allowed to send MsgUpdateParams (README change #10).
import type { Context } from "../../chain/app/context.ts";
import { accAddressFromBech32 } from "../../chain/types/address.ts";
import type { Coin } from "../../chain/types/coins.ts";
import { coinFromJson, coinToJson, defaultPotParams, potParamsFromJson, potParamsToJson, type PotParams } from "./params.ts";
import type { PotKeeper, Reward, TotalReward, VolumeReportRecord } from "./keeper.ts";

interface ParsedPotGenesis {
  params: PotParams;
  totalMined?: Coin;
  lastDistributedEpoch: bigint;
  maturedEpoch: bigint;
  immature: { wallet: string; value: Coin[] }[];
  mature: { wallet: string; value: Coin[] }[];
  individual: { matureEpoch: bigint; reward: Reward }[];
  totalRewards: { epoch: bigint; totalReward: TotalReward }[];
  volumeReports: { epoch: bigint; record: VolumeReportRecord }[];
  authority?: string;
}

function acc(a: unknown, what: string): string {
  if (typeof a !== "string" || a.length === 0) throw new Error(`${what} is empty`);
  try {
    accAddressFromBech32(a, what);
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`);
  }
  return a;
}
function int(v: unknown, what: string, def = "0"): bigint {
  const s = v === undefined || v === null || v === "" ? def : v;
  if (!((typeof s === "string" && /^\d+$/.test(s)) || (typeof s === "number" && Number.isSafeInteger(s) && s >= 0))) {
    throw new Error(`${what} must be a non-negative integer, got ${JSON.stringify(v)}`);
  }
  return BigInt(s);
}
function coins(v: unknown, what: string): Coin[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new Error(`${what} must be a list of coins`);
  return v.map((c, i) => coinFromJson(c, `${what}[${i}]`)).filter((c) => c.amount > 0n);
}
function list(state: any, name: string): any[] {
  const v = state?.[name] ?? [];
  if (!Array.isArray(v)) throw new Error(`pot.${name} must be a list`);
  return v;
}
function reward(j: any, what: string): Reward {
  return {
    walletAddress: acc(j?.wallet_address, `${what}.wallet_address`),
    rewardFromMiningPool: coins(j?.reward_from_mining_pool, `${what}.reward_from_mining_pool`),
    rewardFromTrafficPool: coins(j?.reward_from_traffic_pool, `${what}.reward_from_traffic_pool`),
  };
}

function parse(state: any): ParsedPotGenesis {
  if (state !== undefined && (typeof state !== "object" || state === null || Array.isArray(state))) throw new Error("pot genesis must be an object");
  const params = potParamsFromJson(state?.params);
  const lastDistributedEpoch = int(state?.last_distributed_epoch, "pot.last_distributed_epoch");
  const totals = (name: string) =>
    list(state, name).map((j, i) => ({ wallet: acc(j?.wallet_address, `pot.${name}[${i}].wallet_address`), value: coins(j?.value, `pot.${name}[${i}].value`) }));
  const individual = [
    ...list(state, "individual_reward_info").map((j, i) => ({ matureEpoch: lastDistributedEpoch + params.matureEpoch, reward: reward(j, `pot.individual_reward_info[${i}]`) })),
    ...list(state, "individual_rewards").map((j, i) => ({
      matureEpoch: int(j?.mature_epoch, `pot.individual_rewards[${i}].mature_epoch`),
      reward: reward(j?.reward, `pot.individual_rewards[${i}].reward`),
    })),
  ];
  const totalMined = state?.total_mined_token === undefined || state?.total_mined_token === null ? undefined : coinFromJson(state.total_mined_token, "pot.total_mined_token");
  if (totalMined && totalMined.denom !== params.rewardDenom) throw new Error(`pot.total_mined_token denom ${totalMined.denom} is not the reward denom ${params.rewardDenom}`);
  return {
    params,
    totalMined,
    lastDistributedEpoch,
    maturedEpoch: int(state?.matured_epoch, "pot.matured_epoch"),
    immature: totals("immature_total_info"),
    mature: totals("mature_total_info"),
    individual,
    totalRewards: list(state, "reward_total_info").map((j, i) => ({
      epoch: int(j?.epoch, `pot.reward_total_info[${i}].epoch`),
      totalReward: {
        miningReward: coins(j?.total_reward?.mining_reward, `pot.reward_total_info[${i}].total_reward.mining_reward`),
        trafficReward: coins(j?.total_reward?.traffic_reward, `pot.reward_total_info[${i}].total_reward.traffic_reward`),
      },
    })),
    volumeReports: list(state, "volume_reports").map((j, i) => ({
      epoch: int(j?.epoch, `pot.volume_reports[${i}].epoch`),
      record: { reporter: String(j?.reporter ?? ""), reportReference: String(j?.report_reference ?? ""), txHash: String(j?.tx_hash ?? "") },
    })),
    authority: state?.authority === undefined || state?.authority === "" ? undefined : acc(state.authority, "pot.authority"),
  };
}

export function validatePotGenesis(state: unknown): void {
  parse(state);
}

export function initPotGenesis(ctx: Context, k: PotKeeper, state: unknown): void {
  const g = parse(state);
  k.setParams(ctx, g.params);
  k.state.setAuthority(ctx, g.authority ?? k.register.getAuthority(ctx));
  k.state.setTotalMinedTokens(ctx, g.totalMined ?? { denom: g.params.rewardDenom, amount: 0n });
  k.state.setLastDistributedEpoch(ctx, g.lastDistributedEpoch);
  k.state.setMaturedEpoch(ctx, g.maturedEpoch);
  for (const t of g.immature) k.state.setImmatureTotal(ctx, t.wallet, t.value);
  for (const t of g.mature) k.state.setMatureTotal(ctx, t.wallet, t.value);
  for (const r of g.individual) k.state.setIndividualReward(ctx, r.matureEpoch, r.reward);
  for (const t of g.totalRewards) k.state.setTotalReward(ctx, t.epoch, t.totalReward);
  for (const v of g.volumeReports) k.state.setVolumeReport(ctx, v.epoch, v.record);
  const denom = g.params.initialTotalSupply.denom;
  const supply = k.bank.getSupply(ctx, denom);
  if (supply > g.params.initialTotalSupply.amount) {
    throw new Error(`pot: current total supply ${supply}${denom} is greater than initial_total_supply ${g.params.initialTotalSupply.amount}${denom}`);
  }
}

const coinsJson = (c: readonly Coin[]) => c.map(coinToJson);

/** A walk over pot's schema (the pending-epoch index is derived: import rebuilds it). */
export function exportPotGenesis(ctx: Context, k: PotKeeper) {
  const s = k.state.schema.walk(ctx);
  const params = s.params ?? defaultPotParams;
  const totals = (entries: [string, Coin[]][]) => entries.map(([wallet, value]) => ({ wallet_address: wallet, value: coinsJson(value) }));
  // Decimal epoch keys sort as strings; export lists rewards by mature epoch as a number (stable sort
  // keeps wallet order within an epoch).
  const individual = [...s.individualRewards].sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : 0));
  return {
    params: potParamsToJson(params),
    total_mined_token: coinToJson(s.totalMined ?? { denom: params.rewardDenom, amount: 0n }),
    last_distributed_epoch: (s.lastDistributedEpoch ?? 0n).toString(),
    immature_total_info: totals(s.immatureTotals),
    mature_total_info: totals(s.matureTotals),
    individual_reward_info: [],
    matured_epoch: (s.maturedEpoch ?? 0n).toString(),
    reward_total_info: s.totalRewards.map(([epoch, t]) => ({
      epoch: epoch.toString(),
      total_reward: { mining_reward: coinsJson(t.miningReward), traffic_reward: coinsJson(t.trafficReward) },
    })),
    individual_rewards: individual.map(([[matureEpoch], r]) => ({
      mature_epoch: matureEpoch.toString(),
      reward: {
        wallet_address: r.walletAddress,
        reward_from_mining_pool: coinsJson(r.rewardFromMiningPool),
        reward_from_traffic_pool: coinsJson(r.rewardFromTrafficPool),
      },
    })),
    volume_reports: s.volumeReports.map(([epoch, v]) => ({ epoch: epoch.toString(), reporter: v.reporter, report_reference: v.reportReference, tx_hash: v.txHash })),
    authority: s.authority ?? k.register.getAuthority(ctx),
  };
}
