// pot's state under "pot/" (stratos-chain's prefixes, §4.1; epochs are decimal strings inside keys) and
// its value types. Accessors only: no rule lives here, the keeper and its plan functions decide.
import type { Context } from "../../chain/app/context.ts";
import { concatBytes, PrefixKV, type KVStore } from "../../chain/app/kv.ts";
import { accAddressFromBech32, accAddressToBech32 } from "../../chain/types/address.ts";
import { addCoins, type Coin } from "../../chain/types/coins.ts";
import { Coin as CoinPb } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { stratos } from "../../proto/client.ts";
import { decodePotParams, defaultPotParams, encodePotParams, type PotParams } from "./params.ts";

export const POT_STORE_PREFIX = new TextEncoder().encode("pot/");

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
export const decodeReward = (b: Uint8Array): Reward => {
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
/** One coin, or none for a zero amount (coin lists hold no zero entries). */
export const coin = (denom: string, amount: bigint): Coin[] => (amount === 0n ? [] : [{ denom, amount }]);

/** Owns the "pot/" prefix. Every method is one read, write or iteration of its record. */
export class PotState {
  private store(ctx: Context): KVStore {
    return new PrefixKV(ctx.store, POT_STORE_PREFIX);
  }

  getParams(ctx: Context): PotParams {
    const raw = this.store(ctx).get(PARAMS);
    return raw ? decodePotParams(raw) : defaultPotParams;
  }
  setParams(ctx: Context, p: PotParams): void {
    this.store(ctx).set(PARAMS, encodePotParams(p));
  }
  /** undefined: none stored (the keeper falls back to register's). */
  getAuthority(ctx: Context): string | undefined {
    const raw = this.store(ctx).get(AUTHORITY);
    return raw ? dec.decode(raw) : undefined;
  }
  setAuthority(ctx: Context, a: string): void {
    this.store(ctx).set(AUTHORITY, enc.encode(a));
  }

  /** undefined: none stored yet. */
  getTotalMinedTokens(ctx: Context): Coin | undefined {
    const raw = this.store(ctx).get(TOTAL_MINED);
    if (!raw) return undefined;
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
  /** An empty total is deleted (state holds no empty entries). */
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
  /** Also marks `matureEpoch` pending (the maturity index). */
  setIndividualReward(ctx: Context, matureEpoch: bigint, r: Reward): void {
    this.store(ctx).set(concatBytes(this.individualPrefix(matureEpoch), accAddressFromBech32(r.walletAddress)), encodeReward(r));
    this.store(ctx).set(key(PENDING_EPOCH, u64(matureEpoch)), Uint8Array.of(1));
  }
  /** Deletes one record; `walletBytes` as the epoch iterator hands it out. */
  deleteIndividualReward(ctx: Context, matureEpoch: bigint, walletBytes: Uint8Array): void {
    this.store(ctx).delete(concatBytes(this.individualPrefix(matureEpoch), walletBytes));
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
  /** Mature-epoch keys that still hold rewards, ascending, up to `upTo` inclusive. */
  *pendingEpochs(ctx: Context, upTo?: bigint): Iterable<bigint> {
    const s = new PrefixKV(this.store(ctx), Uint8Array.of(PENDING_EPOCH));
    for (const [k] of s.iterate(new Uint8Array(), upTo === undefined ? undefined : u64(upTo + 1n))) yield new DataView(k.buffer, k.byteOffset, 8).getBigUint64(0);
  }
  deletePendingEpoch(ctx: Context, matureEpoch: bigint): void {
    this.store(ctx).delete(key(PENDING_EPOCH, u64(matureEpoch)));
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
}
