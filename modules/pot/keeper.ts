import { withStore, type Context } from "../../chain/app/context.ts";
import { FEE_COLLECTOR } from "../../chain/app/ante.ts";
import { CacheKV, concatBytes, PrefixKV, type KVStore } from "../../chain/app/kv.ts";
import { accAddressFromBech32, accAddressToBech32 } from "../../chain/types/address.ts";
import { addCoins, type Coin } from "../../chain/types/coins.ts";
import { Dec } from "../../chain/types/dec.ts";
import { Coin as CoinPb } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { stratos } from "../../proto/client.ts";
import type { AuthKeeper } from "../auth/keeper.ts";
import type { BankKeeper } from "../bank/keeper.ts";
import { COMMUNITY_POOL, META_NODE_BONDED_POOL, TOTAL_UNISSUED_PREPAY, type RegisterKeeper } from "../register/keeper.ts";
import { BondStatus, type MetaNode } from "../register/types.ts";
import { potErrors } from "./errors.ts";
import { decodePotParams, defaultPotParams, encodePotParams, type MiningRewardParam, type PotParams } from "./params.ts";

export const POT_STORE_PREFIX = new TextEncoder().encode("pot/");

// Module accounts (§4.1).
export const POT_MODULE = "pot";
export const FOUNDATION_ACCOUNT = "foundation_account";
export const TOTAL_REWARD_POOL = "total_reward_pool";
export const potModuleAccounts: [string, string[]][] = [
  [POT_MODULE, ["minter"]],
  [FOUNDATION_ACCOUNT, ["minter", "burner"]],
  [TOTAL_REWARD_POOL, []],
];

// Store layout under "pot/" (stratos-chain's prefixes, §4.1); epochs are decimal strings inside keys.
const TOTAL_MINED = Uint8Array.of(0x01);
const LAST_DISTRIBUTED_EPOCH = Uint8Array.of(0x02);
const INDIVIDUAL = 0x03;
const MATURE_TOTAL = 0x04;
const IMMATURE_TOTAL = 0x05;
const VOLUME_REPORT = 0x06;
const MATURED_EPOCH = Uint8Array.of(0x07);
const TOTAL_REWARD = 0x08;
/**
 * Ours: 0x09 ‖ matureEpoch(8 bytes, big-endian) → 0x01, one entry per mature-epoch key that still
 * holds individual rewards, so maturation walks only epochs that exist (no loop over epoch gaps).
 */
const PENDING_EPOCH = 0x09;
const PARAMS = Uint8Array.of(0x20);
/** Ours (README change #10): the account allowed to send MsgUpdateParams until a gov module exists. */
const AUTHORITY = Uint8Array.of(0x21);

/** Individual rewards matured per EndBlock at most; the rest follows in later blocks. */
export const MATURE_RECORDS_PER_BLOCK = 1000;
/** Supply restoration period (§4.8). */
export const SUPPLY_RESTORE_PERIOD = 10_000n;

const enc = new TextEncoder();
const dec = new TextDecoder();
const intBytes = (n: bigint) => enc.encode(n.toString());
const bytesInt = (b: Uint8Array | undefined) => (b ? BigInt(dec.decode(b)) : 0n);
const key = (prefix: number, ...rest: Uint8Array[]) => concatBytes(Uint8Array.of(prefix), ...rest);
const u64 = (n: bigint) => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, n);
  return b;
};
const TEN_K = Dec.fromInt(10000n);

export interface Reward {
  walletAddress: string;
  rewardFromMiningPool: Coin[];
  rewardFromTrafficPool: Coin[];
}
export interface VolumeReportRecord {
  reporter: string;
  reportReference: string;
  txHash: string;
}
export interface TotalReward {
  miningReward: Coin[];
  trafficReward: Coin[];
}

const coinsToProto = (c: readonly Coin[]) => c.map((x) => ({ denom: x.denom, amount: x.amount.toString() }));
const coinsFromProto = (c: readonly { denom?: string | null; amount?: string | null }[] | null | undefined): Coin[] =>
  (c ?? []).map((x) => ({ denom: x.denom ?? "", amount: BigInt(x.amount ?? "0") }));
export const rewardToProto = (r: Reward) => ({
  walletAddress: r.walletAddress,
  rewardFromMiningPool: coinsToProto(r.rewardFromMiningPool),
  rewardFromTrafficPool: coinsToProto(r.rewardFromTrafficPool),
});
export const totalRewardToProto = (t: TotalReward) => ({ miningReward: coinsToProto(t.miningReward), trafficReward: coinsToProto(t.trafficReward) });
const pb = stratos.pot.v1;
const encodeReward = (r: Reward) => pb.Reward.encode(rewardToProto(r)).finish();
const decodeReward = (b: Uint8Array): Reward => {
  const p = pb.Reward.decode(b);
  return { walletAddress: p.walletAddress ?? "", rewardFromMiningPool: coinsFromProto(p.rewardFromMiningPool), rewardFromTrafficPool: coinsFromProto(p.rewardFromTrafficPool) };
};
const encodeCoins = (c: readonly Coin[]) => pb.MatureTotal.encode({ walletAddress: "", value: coinsToProto(c) }).finish();
const decodeCoins = (b: Uint8Array) => coinsFromProto(pb.MatureTotal.decode(b).value);

export const amountOf = (coins: readonly Coin[], denom: string) => coins.find((c) => c.denom === denom)?.amount ?? 0n;
/** a − b per denom; throws when any denom would go negative. */
export function subCoins(a: readonly Coin[], b: readonly Coin[]): Coin[] {
  const neg = b.map((c) => ({ denom: c.denom, amount: -c.amount }));
  const out = addCoins(a, neg);
  if (out.some((c) => c.amount < 0n)) throw new Error(`cannot subtract ${fmt(b)} from ${fmt(a)}`);
  return out;
}
const fmt = (c: readonly Coin[]) => c.map((x) => `${x.amount}${x.denom}`).join(",") || "0";
const coin = (denom: string, amount: bigint): Coin[] => (amount === 0n ? [] : [{ denom, amount }]);

export interface WalletVolume {
  walletAddress: string;
  volume: bigint;
}

/** What one report distributed (for tests and events). */
export interface DistributionResult {
  totalConsumed: bigint;
  trafficPool: Dec;
  rewards: Reward[];
  toFeeCollector: { mining: bigint; traffic: bigint };
  toCommunityPool: bigint;
  minedThisEpoch: bigint;
  totalReward: TotalReward;
}

/** Owns the "pot/" prefix. Formulas follow stratos-chain's LegacyDec operation order (§4.4). */
export class PotKeeper {
  constructor(
    readonly auth: AuthKeeper,
    readonly bank: BankKeeper,
    readonly register: RegisterKeeper,
  ) {}

  private store(ctx: Context): KVStore {
    return new PrefixKV(ctx.store, POT_STORE_PREFIX);
  }

  // ---- params / authority --------------------------------------------------------------------

  getParams(ctx: Context): PotParams {
    const raw = this.store(ctx).get(PARAMS);
    return raw ? decodePotParams(raw) : defaultPotParams;
  }
  setParams(ctx: Context, p: PotParams): void {
    this.store(ctx).set(PARAMS, encodePotParams(p));
  }
  getAuthority(ctx: Context): string {
    const raw = this.store(ctx).get(AUTHORITY);
    return raw ? dec.decode(raw) : this.register.getAuthority(ctx);
  }
  setAuthority(ctx: Context, a: string): void {
    this.store(ctx).set(AUTHORITY, enc.encode(a));
  }

  // ---- simple state ------------------------------------------------------------------------------

  getTotalMinedTokens(ctx: Context): Coin {
    const raw = this.store(ctx).get(TOTAL_MINED);
    if (!raw) return { denom: this.getParams(ctx).rewardDenom, amount: 0n };
    const c = CoinPb.decode(raw);
    return { denom: c.denom ?? "", amount: BigInt(c.amount || "0") };
  }
  setTotalMinedTokens(ctx: Context, c: Coin): void {
    this.store(ctx).set(TOTAL_MINED, CoinPb.encode({ denom: c.denom, amount: c.amount.toString() }).finish());
  }
  getLastDistributedEpoch(ctx: Context): bigint {
    return bytesInt(this.store(ctx).get(LAST_DISTRIBUTED_EPOCH));
  }
  setLastDistributedEpoch(ctx: Context, e: bigint): void {
    this.store(ctx).set(LAST_DISTRIBUTED_EPOCH, intBytes(e));
  }
  getMaturedEpoch(ctx: Context): bigint {
    return bytesInt(this.store(ctx).get(MATURED_EPOCH));
  }
  setMaturedEpoch(ctx: Context, e: bigint): void {
    this.store(ctx).set(MATURED_EPOCH, intBytes(e));
  }

  getMatureTotal(ctx: Context, wallet: string): Coin[] {
    const raw = this.store(ctx).get(key(MATURE_TOTAL, accAddressFromBech32(wallet)));
    return raw ? decodeCoins(raw) : [];
  }
  setMatureTotal(ctx: Context, wallet: string, c: readonly Coin[]): void {
    const k = key(MATURE_TOTAL, accAddressFromBech32(wallet));
    if (c.length === 0) this.store(ctx).delete(k);
    else this.store(ctx).set(k, encodeCoins(c));
  }
  getImmatureTotal(ctx: Context, wallet: string): Coin[] {
    const raw = this.store(ctx).get(key(IMMATURE_TOTAL, accAddressFromBech32(wallet)));
    return raw ? decodeCoins(raw) : [];
  }
  setImmatureTotal(ctx: Context, wallet: string, c: readonly Coin[]): void {
    const k = key(IMMATURE_TOTAL, accAddressFromBech32(wallet));
    if (c.length === 0) this.store(ctx).delete(k);
    else this.store(ctx).set(k, encodeCoins(c));
  }
  *allMatureTotals(ctx: Context): Iterable<{ wallet: string; value: Coin[] }> {
    for (const [k, v] of new PrefixKV(this.store(ctx), Uint8Array.of(MATURE_TOTAL)).iterate(new Uint8Array())) yield { wallet: accAddressToBech32(k), value: decodeCoins(v) };
  }
  *allImmatureTotals(ctx: Context): Iterable<{ wallet: string; value: Coin[] }> {
    for (const [k, v] of new PrefixKV(this.store(ctx), Uint8Array.of(IMMATURE_TOTAL)).iterate(new Uint8Array())) yield { wallet: accAddressToBech32(k), value: decodeCoins(v) };
  }

  private individualPrefix(matureEpoch: bigint): Uint8Array {
    return key(INDIVIDUAL, enc.encode(`${matureEpoch}_`));
  }
  getIndividualReward(ctx: Context, matureEpoch: bigint, wallet: string): Reward | undefined {
    const raw = this.store(ctx).get(concatBytes(this.individualPrefix(matureEpoch), accAddressFromBech32(wallet)));
    return raw ? decodeReward(raw) : undefined;
  }
  setIndividualReward(ctx: Context, matureEpoch: bigint, r: Reward): void {
    this.store(ctx).set(concatBytes(this.individualPrefix(matureEpoch), accAddressFromBech32(r.walletAddress)), encodeReward(r));
    this.store(ctx).set(key(PENDING_EPOCH, u64(matureEpoch)), Uint8Array.of(1));
  }
  /** Raw store pairs (key relative to the epoch prefix = wallet bytes) of the rewards maturing at `matureEpoch`. */
  individualRewardsIterator(ctx: Context, matureEpoch: bigint) {
    const s = new PrefixKV(this.store(ctx), this.individualPrefix(matureEpoch));
    return (start?: Uint8Array) => s.iterate(start ?? new Uint8Array());
  }
  *individualRewardsAt(ctx: Context, matureEpoch: bigint): Iterable<Reward> {
    for (const [, v] of this.individualRewardsIterator(ctx, matureEpoch)()) yield decodeReward(v);
  }
  /** Every pending individual reward with its mature-epoch key, in mature-epoch order. */
  *allIndividualRewards(ctx: Context): Iterable<{ matureEpoch: bigint; reward: Reward }> {
    for (const e of this.pendingEpochs(ctx)) for (const reward of this.individualRewardsAt(ctx, e)) yield { matureEpoch: e, reward };
  }
  *pendingEpochs(ctx: Context, upTo?: bigint): Iterable<bigint> {
    const s = new PrefixKV(this.store(ctx), Uint8Array.of(PENDING_EPOCH));
    for (const [k] of s.iterate(new Uint8Array(), upTo === undefined ? undefined : u64(upTo + 1n))) yield new DataView(k.buffer, k.byteOffset, 8).getBigUint64(0);
  }

  getVolumeReport(ctx: Context, epoch: bigint): VolumeReportRecord | undefined {
    const raw = this.store(ctx).get(key(VOLUME_REPORT, intBytes(epoch)));
    if (!raw) return undefined;
    const r = pb.VolumeReportRecord.decode(raw);
    return { reporter: r.reporter ?? "", reportReference: r.reportReference ?? "", txHash: r.txHash ?? "" };
  }
  setVolumeReport(ctx: Context, epoch: bigint, r: VolumeReportRecord): void {
    this.store(ctx).set(key(VOLUME_REPORT, intBytes(epoch)), pb.VolumeReportRecord.encode(r).finish());
  }
  *allVolumeReports(ctx: Context): Iterable<{ epoch: bigint; record: VolumeReportRecord }> {
    for (const [k] of new PrefixKV(this.store(ctx), Uint8Array.of(VOLUME_REPORT)).iterate(new Uint8Array())) {
      const epoch = BigInt(dec.decode(k));
      yield { epoch, record: this.getVolumeReport(ctx, epoch)! };
    }
  }
  getTotalReward(ctx: Context, epoch: bigint): TotalReward | undefined {
    const raw = this.store(ctx).get(key(TOTAL_REWARD, intBytes(epoch)));
    if (!raw) return undefined;
    const t = pb.TotalReward.decode(raw);
    return { miningReward: coinsFromProto(t.miningReward), trafficReward: coinsFromProto(t.trafficReward) };
  }
  setTotalReward(ctx: Context, epoch: bigint, t: TotalReward): void {
    const value = pb.TotalReward.encode(totalRewardToProto(t)).finish();
    // An all-zero reward encodes to no bytes, which the Merkle store cannot hold: it is simply absent.
    if (value.length === 0) this.store(ctx).delete(key(TOTAL_REWARD, intBytes(epoch)));
    else this.store(ctx).set(key(TOTAL_REWARD, intBytes(epoch)), value);
  }
  *allTotalRewards(ctx: Context): Iterable<{ epoch: bigint; totalReward: TotalReward }> {
    for (const [k] of new PrefixKV(this.store(ctx), Uint8Array.of(TOTAL_REWARD)).iterate(new Uint8Array())) {
      const epoch = BigInt(dec.decode(k));
      yield { epoch, totalReward: this.getTotalReward(ctx, epoch)! };
    }
  }

  // ---- formulas -----------------------------------------------------------------------------------

  /** R = (St + Pt) × Y / (Lt + Y) (§4.4 step 2). */
  trafficReward(ctx: Context, y: Dec): Dec {
    const st = this.register.getEffectiveTotalDeposit(ctx);
    const pt = this.register.totalUnissuedPrepay(ctx);
    const lt = this.register.getRemainingOzoneLimit(ctx);
    const denom = Dec.fromInt(lt).add(y);
    if (denom.isZero()) return Dec.zero;
    return Dec.fromInt(st + pt).mul(y).quo(denom);
  }

  /** The stage whose [start, end) holds total mined; past the last: the last stage and outOfIssuance. */
  miningStage(ctx: Context): { stage: MiningRewardParam; outOfIssuance: boolean } {
    const params = this.getParams(ctx);
    const mined = this.getTotalMinedTokens(ctx);
    for (const s of params.miningRewardParams) {
      if (s.totalMinedValveStart.denom !== mined.denom) continue;
      if (s.totalMinedValveStart.amount <= mined.amount && mined.amount < s.totalMinedValveEnd.amount) return { stage: s, outOfIssuance: false };
    }
    return { stage: params.miningRewardParams[params.miningRewardParams.length - 1], outOfIssuance: true };
  }

  /** Total mining cap: end of the last stage. */
  totalMiningSupply(ctx: Context): Coin {
    const p = this.getParams(ctx).miningRewardParams;
    return p[p.length - 1].totalMinedValveEnd;
  }

  // ---- volume report (§4.4) --------------------------------------------------------------------------

  /**
   * Distributes one report's rewards. Throws (the tx fails, nothing written) on a supply-check failure
   * or when a source account lacks the funds.
   */
  distribute(ctx: Context, volumes: readonly WalletVolume[], epoch: bigint): DistributionResult {
    const params = this.getParams(ctx);
    const bondDenom = params.bondDenom;
    const rewardDenom = params.rewardDenom;
    let y = 0n;
    for (const v of volumes) y += v.volume;
    if (y <= 0n) throw potErrors.volumeReport(`the report's total volume is ${y}: nothing to distribute`);
    // 1. supply sanity
    const lt = this.register.getRemainingOzoneLimit(ctx);
    const st = this.register.getEffectiveTotalDeposit(ctx);
    const total = Dec.fromInt(st).quo(this.register.getDepositNozRate(ctx)).truncateInt();
    if (y + lt > total) throw potErrors.volumeReport(`remaining ozone limit ${lt} + consumed ${y} exceeds the total ozone supply ${total}`);
    // 2. traffic pool
    const yDec = Dec.fromInt(y);
    const r = this.trafficReward(ctx, yDec);
    // 3./4. stage splits
    const { stage, outOfIssuance } = this.miningStage(ctx);
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
    // 5. wallets of the report
    const rnDec = Dec.fromInt(trafficToRN);
    const rnMining = Dec.fromInt(miningToRN);
    for (const v of volumes) {
      try {
        accAddressFromBech32(v.walletAddress);
      } catch {
        continue;
      }
      const share = Dec.fromInt(v.volume).quo(yDec);
      const mining = rnMining.mul(share).truncateInt();
      const traffic = afterTax(rnDec.mul(share));
      credit(v.walletAddress, mining, traffic);
      miningSum += mining;
      trafficSum += traffic;
    }
    // 6. bonded meta nodes (suspended included), equal shares over the bonded counter
    const n = this.register.getBondedMetaNodeCount(ctx);
    if (n > 0n) {
      const nDec = Dec.fromInt(n);
      const metaMining = Dec.fromInt(miningToMeta).quo(nDec).truncateInt();
      const metaBefore = Dec.fromInt(trafficToMeta).quo(nDec);
      for (const node of this.register.allMetaNodes(ctx)) {
        if (node.status !== BondStatus.Bonded) continue;
        const wallet = node.beneficiaryAddress.trim().length === 0 ? node.ownerAddress : node.beneficiaryAddress;
        try {
          accAddressFromBech32(wallet);
        } catch {
          continue;
        }
        const traffic = afterTax(metaBefore);
        credit(wallet, metaMining, traffic);
        miningSum += metaMining;
        trafficSum += traffic;
      }
    }
    // 7. individual rewards and immature totals, wallets in bech32 order
    const matureEpoch = epoch + params.matureEpoch;
    const rewards: Reward[] = [];
    for (const wallet of [...acc.keys()].sort()) {
      const a = acc.get(wallet)!;
      const prev = this.getIndividualReward(ctx, matureEpoch, wallet);
      const reward: Reward = {
        walletAddress: wallet,
        rewardFromMiningPool: addCoins(prev?.rewardFromMiningPool ?? [], coin(rewardDenom, a.mining)),
        rewardFromTrafficPool: addCoins(prev?.rewardFromTrafficPool ?? [], coin(bondDenom, a.traffic)),
      };
      this.setIndividualReward(ctx, matureEpoch, reward);
      this.setImmatureTotal(ctx, wallet, addCoins(this.getImmatureTotal(ctx, wallet), addCoins(coin(rewardDenom, a.mining), coin(bondDenom, a.traffic))));
      rewards.push({ walletAddress: wallet, rewardFromMiningPool: coin(rewardDenom, a.mining), rewardFromTrafficPool: coin(bondDenom, a.traffic) });
    }
    // 8. bookkeeping
    const toCommunity = taxSum.truncateInt();
    const mined = miningToValidators + miningSum;
    const totalMined = this.getTotalMinedTokens(ctx);
    this.setTotalMinedTokens(ctx, { denom: totalMined.denom, amount: totalMined.amount + mined });
    this.setLastDistributedEpoch(ctx, epoch);
    const totalReward: TotalReward = { miningReward: coin(rewardDenom, mined), trafficReward: coin(bondDenom, trafficToValidators + trafficSum + toCommunity) };
    this.setTotalReward(ctx, epoch, totalReward);
    // 9. consumed ozone returns to the sellable limit
    this.register.setRemainingOzoneLimit(ctx, this.register.getRemainingOzoneLimit(ctx) + y);
    // 10. bank moves
    const move = (from: string, to: string, denom: string, amount: bigint) => {
      if (amount > 0n) this.bank.sendCoinsFromModuleToModule(ctx, from, to, [{ denom, amount }]);
    };
    move(FOUNDATION_ACCOUNT, FEE_COLLECTOR, rewardDenom, miningToValidators);
    move(TOTAL_UNISSUED_PREPAY, FEE_COLLECTOR, bondDenom, trafficToValidators);
    move(FOUNDATION_ACCOUNT, TOTAL_REWARD_POOL, rewardDenom, miningSum);
    move(TOTAL_UNISSUED_PREPAY, TOTAL_REWARD_POOL, bondDenom, trafficSum);
    move(TOTAL_UNISSUED_PREPAY, COMMUNITY_POOL, bondDenom, toCommunity);
    return {
      totalConsumed: y,
      trafficPool: r,
      rewards,
      toFeeCollector: { mining: miningToValidators, traffic: trafficToValidators },
      toCommunityPool: toCommunity,
      minedThisEpoch: mined,
      totalReward,
    };
  }

  /** Bonded meta nodes by hex BLS public key (nodes without a key are left out). */
  bondedMetaNodesByBlsKey(ctx: Context): Map<string, MetaNode> {
    const out = new Map<string, MetaNode>();
    for (const node of this.register.allMetaNodes(ctx)) {
      if (node.status !== BondStatus.Bonded || node.blsPubKey.length === 0) continue;
      out.set(Buffer.from(node.blsPubKey).toString("hex"), node);
    }
    return out;
  }

  // ---- maturity (§4.5) --------------------------------------------------------------------------------

  /**
   * Moves individual rewards whose mature-epoch key is ≤ last_distributed_epoch from immature to mature
   * totals, minus outstanding slashing debt (sent total_reward_pool → community pool). At most
   * `budget` records per call; an epoch left unfinished is resumed by the next call.
   */
  rewardMatureAndSubSlashing(ctx: Context, budget = MATURE_RECORDS_PER_BLOCK): number {
    const params = this.getParams(ctx);
    // 0 reads as mature_epoch (Stratos stores that value at once; we write it only when maturing,
    // so an idle chain's EndBlock writes nothing).
    let matured = this.getMaturedEpoch(ctx);
    if (matured === 0n) matured = params.matureEpoch;
    const last = this.getLastDistributedEpoch(ctx);
    if (last <= matured) return 0;
    let processed = 0;
    const s = this.store(ctx);
    for (const e of [...this.pendingEpochs(ctx, last)]) {
      if (processed >= budget) break;
      const iterate = this.individualRewardsIterator(ctx, e);
      const batch: { k: Uint8Array; r: Reward }[] = [];
      for (const [k, v] of iterate()) {
        if (processed + batch.length >= budget) break;
        batch.push({ k: Uint8Array.from(k), r: decodeReward(v) });
      }
      let deductedTotal = 0n;
      for (const { k, r } of batch) {
        const x = addCoins(r.rewardFromMiningPool, r.rewardFromTrafficPool);
        const deducted = this.register.deductSlashing(ctx, r.walletAddress, amountOf(x, params.rewardDenom));
        deductedTotal += deducted;
        const net = subCoins(x, coin(params.rewardDenom, deducted));
        this.setMatureTotal(ctx, r.walletAddress, addCoins(this.getMatureTotal(ctx, r.walletAddress), net));
        this.setImmatureTotal(ctx, r.walletAddress, subCoins(this.getImmatureTotal(ctx, r.walletAddress), x));
        s.delete(concatBytes(this.individualPrefix(e), k));
      }
      processed += batch.length;
      if (deductedTotal > 0n) this.bank.sendCoinsFromModuleToModule(ctx, TOTAL_REWARD_POOL, COMMUNITY_POOL, [{ denom: params.rewardDenom, amount: deductedTotal }]);
      const done = this.individualRewardsIterator(ctx, e)()[Symbol.iterator]().next().done;
      if (!done) break;
      s.delete(key(PENDING_EPOCH, u64(e)));
      if (e > matured) {
        matured = e;
        this.setMaturedEpoch(ctx, e);
      }
    }
    // No pending key ≤ last is left: everything up to last is matured.
    const rest = this.pendingEpochs(ctx, last)[Symbol.iterator]().next();
    if (rest.done && last > matured) this.setMaturedEpoch(ctx, last);
    return processed;
  }

  // ---- supply restoration (§4.8) -----------------------------------------------------------------

  restoreTotalSupply(ctx: Context): void {
    const params = this.getParams(ctx);
    const denom = params.initialTotalSupply.denom;
    const supply = this.bank.getSupply(ctx, denom);
    const target = params.initialTotalSupply.amount;
    if (supply > target) {
      const excess = supply - target;
      const pool = this.bank.getBalance(ctx, this.auth.moduleAccountAddress(COMMUNITY_POOL), denom);
      if (pool < excess) throw potErrors.insufficientCommunityPool(`supply ${supply}${denom} exceeds ${target}${denom} by ${excess}, community pool holds only ${pool}${denom}`);
      this.bank.burnCoins(ctx, COMMUNITY_POOL, [{ denom, amount: excess }]);
    } else if (supply < target) {
      const short = target - supply;
      this.bank.mintCoins(ctx, POT_MODULE, [{ denom, amount: short }]);
      this.bank.sendCoinsFromModuleToModule(ctx, POT_MODULE, COMMUNITY_POOL, [{ denom, amount: short }]);
    }
  }

  /**
   * EndBlock (§5): maturity, then supply restoration when height % 10000 == 1 — except at height 1
   * (ours: a new chain's genesis supply is left as configured instead of being topped up to
   * initial_total_supply in its first block). Each step runs in its own cache; a failure is reported
   * as an event and never aborts the block.
   */
  endBlock(ctx: Context): void {
    const step = (name: string, f: (c: Context) => void) => {
      const cache = new CacheKV(ctx.store);
      const sub = withStore(ctx, cache);
      try {
        f(sub);
        cache.write();
        ctx.events.append(sub.events.events);
      } catch (e) {
        ctx.events.emit("pot_end_block_error", { step: name, error: (e as Error).message });
      }
    };
    step("reward_mature", (c) => this.rewardMatureAndSubSlashing(c));
    if (ctx.height > 1n && ctx.height % SUPPLY_RESTORE_PERIOD === 1n) step("restore_total_supply", (c) => this.restoreTotalSupply(c));
  }

  // ---- metrics (§6.2, README change #9) ------------------------------------------------------------

  circulationSupply(ctx: Context): Coin[] {
    const cap = this.totalMiningSupply(ctx);
    const mined = this.getTotalMinedTokens(ctx);
    const supply = this.bank.getSupply(ctx, cap.denom);
    const v = supply - (cap.amount - mined.amount);
    return v > 0n ? [{ denom: cap.denom, amount: v }] : [];
  }

  metaBondedPool(ctx: Context): bigint {
    return this.register.poolBalance(ctx, META_NODE_BONDED_POOL);
  }
}
