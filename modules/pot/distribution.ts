// The per-report distribution of §4.4 as pure functions: state goes in as values, the plan comes out
// (credits per wallet, bank moves, totals, ozone to return); PotKeeper.distribute reads the inputs and
// applies the plan. Formulas follow stratos-chain's LegacyDec operation order (keeper/distribute.go,
// formula.go).
import { accAddressFromBech32 } from "../../chain/types/address.ts";
import { Dec } from "../../chain/types/dec.ts";
import { potErrors } from "./errors.ts";
import type { MiningRewardParam, PotParams } from "./params.ts";
import { coin, type TotalReward } from "./state.ts";

export interface WalletVolume {
  walletAddress: string;
  volume: bigint;
}

/** St, Pt, Lt (§3): effective total deposit, unissued prepay, remaining ozone limit. */
export interface OzoneReserve {
  st: bigint;
  pt: bigint;
  lt: bigint;
}

export interface MiningStage {
  stage: MiningRewardParam;
  /** Total mined is past the last stage: no mining reward, the last stage's splits for traffic. */
  outOfIssuance: boolean;
}

/** A module-to-module transfer of the plan (only non-zero ones are listed). */
export interface BankMove {
  from: string;
  to: string;
  denom: string;
  amount: bigint;
}

export interface DistributionPlan {
  /** Y = Σ volume: noz consumed, returned to the sellable limit (step 9). */
  ozoneToReturn: bigint;
  /** R (step 2). */
  trafficPool: Dec;
  /** Per wallet, in bech32 order (step 7). */
  credits: { walletAddress: string; mining: bigint; traffic: bigint }[];
  toFeeCollector: { mining: bigint; traffic: bigint };
  toCommunityPool: bigint;
  /** Added to total mined (step 8). */
  minedThisEpoch: bigint;
  totalReward: TotalReward;
  /** Step 10, in the order they are made. */
  moves: BankMove[];
}

/** Module accounts the plan moves coins between. */
export interface DistributionAccounts {
  foundation: string;
  feeCollector: string;
  unissuedPrepay: string;
  rewardPool: string;
  communityPool: string;
}

const TEN_K = Dec.fromInt(10000n);

/** Y = Σ volume; a report that consumed nothing is refused (ours; Stratos would divide by it). */
export function totalVolume(volumes: readonly WalletVolume[]): bigint {
  let y = 0n;
  for (const v of volumes) y += v.volume;
  if (y <= 0n) throw potErrors.volumeReport(`the report's total volume is ${y}: nothing to distribute`);
  return y;
}

/** Step 1: Y + Lt must not exceed the total ozone supply trunc(St / deposit_noz_rate). */
export function checkOzoneSupply(y: bigint, lt: bigint, st: bigint, depositNozRate: Dec): void {
  const total = Dec.fromInt(st).quo(depositNozRate).truncateInt();
  if (y + lt > total) throw potErrors.volumeReport(`remaining ozone limit ${lt} + consumed ${y} exceeds the total ozone supply ${total}`);
}

/** R = (St + Pt) × Y / (Lt + Y) (§4.4 step 2); 0 when Lt + Y is 0. */
export function trafficRewardOf(reserve: OzoneReserve, y: Dec): Dec {
  const denom = Dec.fromInt(reserve.lt).add(y);
  if (denom.isZero()) return Dec.zero;
  return Dec.fromInt(reserve.st + reserve.pt).mul(y).quo(denom);
}

/** The stage whose [start, end) holds total mined; past the last: the last stage and outOfIssuance. */
export function miningStageOf(params: PotParams, mined: { denom: string; amount: bigint }): MiningStage {
  for (const s of params.miningRewardParams) {
    if (s.totalMinedValveStart.denom !== mined.denom) continue;
    if (s.totalMinedValveStart.amount <= mined.amount && mined.amount < s.totalMinedValveEnd.amount) return { stage: s, outOfIssuance: false };
  }
  return { stage: params.miningRewardParams[params.miningRewardParams.length - 1], outOfIssuance: true };
}

const isAccAddress = (a: string) => {
  try {
    accAddressFromBech32(a);
    return true;
  } catch {
    return false;
  }
};

/** Steps 2–8 and 10 of §4.4 for one report (step 1 is checkOzoneSupply, run before these inputs are read). */
export function planDistribution(input: {
  params: PotParams;
  volumes: readonly WalletVolume[];
  /** Y, from totalVolume(volumes). */
  y: bigint;
  reserve: OzoneReserve;
  stage: MiningStage;
  /** n: register's stored counter of bonded meta nodes. */
  bondedMetaNodeCount: bigint;
  /** Reward wallet (beneficiary, else owner) of every Bonded meta node, in store order. */
  bondedMetaWallets: readonly string[];
  accounts: DistributionAccounts;
}): DistributionPlan {
  const { params, volumes, y, reserve, stage: selected, accounts } = input;
  const { stage, outOfIssuance } = selected;
  const yDec = Dec.fromInt(y);
  // 2. traffic pool
  const r = trafficRewardOf(reserve, yDec);
  // 3./4. stage splits
  const bp = (x: Dec, p: bigint) => x.mul(Dec.fromInt(p)).quo(TEN_K).truncateInt();
  const trafficToValidators = bp(r, stage.blockChainPercentageInBp);
  const trafficToRN = bp(r, stage.resourceNodePercentageInBp);
  const trafficToMeta = bp(r, stage.metaNodePercentageInBp);
  const m = Dec.fromInt(stage.miningReward.amount);
  const miningToValidators = outOfIssuance ? 0n : bp(m, stage.blockChainPercentageInBp);
  const miningToRN = outOfIssuance ? 0n : bp(m, stage.resourceNodePercentageInBp);
  const miningToMeta = outOfIssuance ? 0n : bp(m, stage.metaNodePercentageInBp);
  const tax = params.communityTax;

  const acc = new Map<string, { mining: bigint; traffic: bigint }>();
  const credit = (wallet: string, mining: bigint, traffic: bigint) => {
    const cur = acc.get(wallet) ?? { mining: 0n, traffic: 0n };
    acc.set(wallet, { mining: cur.mining + mining, traffic: cur.traffic + traffic });
  };
  let taxSum = Dec.zero;
  let miningSum = 0n;
  let trafficSum = 0n;
  const afterTax = (before: Dec) => {
    const t = before.mul(tax);
    taxSum = taxSum.add(t);
    return before.sub(t).truncateInt();
  };
  // 5. wallets of the report (invalid addresses are skipped, as upstream)
  const rnDec = Dec.fromInt(trafficToRN);
  const rnMining = Dec.fromInt(miningToRN);
  for (const v of volumes) {
    if (!isAccAddress(v.walletAddress)) continue;
    const share = Dec.fromInt(v.volume).quo(yDec);
    const mining = rnMining.mul(share).truncateInt();
    const traffic = afterTax(rnDec.mul(share));
    credit(v.walletAddress, mining, traffic);
    miningSum += mining;
    trafficSum += traffic;
  }
  // 6. bonded meta nodes (suspended included), equal shares over the bonded counter
  const n = input.bondedMetaNodeCount;
  if (n > 0n) {
    const nDec = Dec.fromInt(n);
    const metaMining = Dec.fromInt(miningToMeta).quo(nDec).truncateInt();
    const metaBefore = Dec.fromInt(trafficToMeta).quo(nDec);
    for (const wallet of input.bondedMetaWallets) {
      if (!isAccAddress(wallet)) continue;
      const traffic = afterTax(metaBefore);
      credit(wallet, metaMining, traffic);
      miningSum += metaMining;
      trafficSum += traffic;
    }
  }
  // 7. wallets in bech32 order
  const credits = [...acc.keys()].sort().map((walletAddress) => ({ walletAddress, ...acc.get(walletAddress)! }));
  // 8. totals
  const toCommunityPool = taxSum.truncateInt();
  const mined = miningToValidators + miningSum;
  const totalReward: TotalReward = { miningReward: coin(params.rewardDenom, mined), trafficReward: coin(params.bondDenom, trafficToValidators + trafficSum + toCommunityPool) };
  // 10. bank moves; truncation dust stays in the source accounts
  const moves: BankMove[] = [
    { from: accounts.foundation, to: accounts.feeCollector, denom: params.rewardDenom, amount: miningToValidators },
    { from: accounts.unissuedPrepay, to: accounts.feeCollector, denom: params.bondDenom, amount: trafficToValidators },
    { from: accounts.foundation, to: accounts.rewardPool, denom: params.rewardDenom, amount: miningSum },
    { from: accounts.unissuedPrepay, to: accounts.rewardPool, denom: params.bondDenom, amount: trafficSum },
    { from: accounts.unissuedPrepay, to: accounts.communityPool, denom: params.bondDenom, amount: toCommunityPool },
  ].filter((mv) => mv.amount > 0n);
  return {
    ozoneToReturn: y,
    trafficPool: r,
    credits,
    toFeeCollector: { mining: miningToValidators, traffic: trafficToValidators },
    toCommunityPool,
    minedThisEpoch: mined,
    totalReward,
    moves,
  };
}
