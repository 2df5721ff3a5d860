// pot's state under "pot/" (stratos-chain's prefixes, §4.1; epochs are decimal strings inside keys),
// declared as typed collections bound to the module prefix, and its value types. Accessors only: no
// rule lives here, the keeper and its plan functions decide.
import type { Context } from "../../chain/app/context.ts";
import { concatBytes } from "../../chain/app/kv.ts";
import { accAddressKey, decimalKey, intValue, mapValue, pairKey, protoValue, SchemaBuilder, stringValue, uint64Key, valueCodec } from "../../chain/store/collections.ts";
import { addCoins, type Coin } from "../../chain/types/coins.ts";
import { Coin as CoinPb } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { stratos } from "../../proto/client.ts";
import { decodePotParams, defaultPotParams, encodePotParams, type PotParams } from "./params.ts";

export const POT_STORE_PREFIX = new TextEncoder().encode("pot/");

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
export const decodeReward = (b: Uint8Array): Reward => {
  const p = pb.Reward.decode(b);
  return { walletAddress: p.walletAddress ?? "", rewardFromMiningPool: coinsFromProto(p.rewardFromMiningPool), rewardFromTrafficPool: coinsFromProto(p.rewardFromTrafficPool) };
};
const rewardValue = valueCodec<Reward>("Reward", (r) => pb.Reward.encode(rewardToProto(r)).finish(), decodeReward);
/** Coins in a MatureTotal message with an empty wallet (as stratos-chain stores mature/immature totals). */
const coinsValue = valueCodec<Coin[]>(
  "Coins",
  (c) => pb.MatureTotal.encode({ walletAddress: "", value: coinsToProto(c) }).finish(),
  (b) => coinsFromProto(pb.MatureTotal.decode(b).value),
);
const coinValue = mapValue(
  protoValue(CoinPb),
  (c): Coin => ({ denom: c.denom ?? "", amount: BigInt(c.amount || "0") }),
  (c) => ({ denom: c.denom, amount: c.amount.toString() }),
  "Coin",
);
const volumeReportValue = mapValue(
  protoValue(pb.VolumeReportRecord),
  (r): VolumeReportRecord => ({ reporter: r.reporter ?? "", reportReference: r.reportReference ?? "", txHash: r.txHash ?? "" }),
  (r) => r,
  "VolumeReportRecord",
);
const totalRewardValue = valueCodec<TotalReward>(
  "TotalReward",
  (t) => pb.TotalReward.encode(totalRewardToProto(t)).finish(),
  (b) => {
    const t = pb.TotalReward.decode(b);
    return { miningReward: coinsFromProto(t.miningReward), trafficReward: coinsFromProto(t.trafficReward) };
  },
);

const s = new SchemaBuilder(POT_STORE_PREFIX);
const totalMined = s.item(0x01, "total_mined_token", coinValue);
const lastDistributedEpoch = s.item(0x02, "last_distributed_epoch", intValue);
/** 0x03 ‖ "<matureEpoch>_" ‖ wallet20 → Reward. */
const individualRewards = s.map(0x03, "individual_rewards", pairKey(decimalKey, accAddressKey), rewardValue);
const matureTotals = s.map(0x04, "mature_totals", accAddressKey, coinsValue);
const immatureTotals = s.map(0x05, "immature_totals", accAddressKey, coinsValue);
const volumeReports = s.map(0x06, "volume_reports", decimalKey, volumeReportValue);
const maturedEpoch = s.item(0x07, "matured_epoch", intValue);
const totalRewards = s.map(0x08, "total_rewards", decimalKey, totalRewardValue);
/**
 * Ours: 0x09 ‖ matureEpoch(8 bytes, big-endian) → 0x01, one entry per mature-epoch key that still
 * holds individual rewards, so maturation walks only epochs that exist (no loop over epoch gaps).
 */
const pendingEpochs = s.keySet(0x09, "pending_epochs", uint64Key);
const params = s.item(0x20, "params", valueCodec("PotParams", encodePotParams, decodePotParams));
/** Ours (README change #10): the account allowed to send MsgUpdateParams until a gov module exists. */
const authority = s.item(0x21, "authority", stringValue);

/** Every record of pot, for genesis export and for tests that nothing is left out. */
export const potSchema = s.build({ totalMined, lastDistributedEpoch, individualRewards, matureTotals, immatureTotals, volumeReports, maturedEpoch, totalRewards, pendingEpochs, params, authority });

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
  readonly schema = potSchema;

  getParams(ctx: Context): PotParams {
    return params.getOr(ctx, defaultPotParams);
  }
  setParams(ctx: Context, p: PotParams): void {
    params.set(ctx, p);
  }
  /** undefined: none stored (the keeper falls back to register's). */
  getAuthority(ctx: Context): string | undefined {
    return authority.get(ctx);
  }
  setAuthority(ctx: Context, a: string): void {
    authority.set(ctx, a);
  }

  /** undefined: none stored yet. */
  getTotalMinedTokens(ctx: Context): Coin | undefined {
    return totalMined.get(ctx);
  }
  setTotalMinedTokens(ctx: Context, c: Coin): void {
    totalMined.set(ctx, c);
  }
  getLastDistributedEpoch(ctx: Context): bigint {
    return lastDistributedEpoch.getOr(ctx, 0n);
  }
  setLastDistributedEpoch(ctx: Context, e: bigint): void {
    lastDistributedEpoch.set(ctx, e);
  }
  getMaturedEpoch(ctx: Context): bigint {
    return maturedEpoch.getOr(ctx, 0n);
  }
  setMaturedEpoch(ctx: Context, e: bigint): void {
    maturedEpoch.set(ctx, e);
  }

  getMatureTotal(ctx: Context, wallet: string): Coin[] {
    return matureTotals.get(ctx, wallet) ?? [];
  }
  /** An empty total is deleted (state holds no empty entries). */
  setMatureTotal(ctx: Context, wallet: string, c: readonly Coin[]): void {
    if (c.length === 0) matureTotals.remove(ctx, wallet);
    else matureTotals.set(ctx, wallet, [...c]);
  }
  getImmatureTotal(ctx: Context, wallet: string): Coin[] {
    return immatureTotals.get(ctx, wallet) ?? [];
  }
  setImmatureTotal(ctx: Context, wallet: string, c: readonly Coin[]): void {
    if (c.length === 0) immatureTotals.remove(ctx, wallet);
    else immatureTotals.set(ctx, wallet, [...c]);
  }
  *allMatureTotals(ctx: Context): Iterable<{ wallet: string; value: Coin[] }> {
    for (const [wallet, value] of matureTotals.iterate(ctx)) yield { wallet, value };
  }
  *allImmatureTotals(ctx: Context): Iterable<{ wallet: string; value: Coin[] }> {
    for (const [wallet, value] of immatureTotals.iterate(ctx)) yield { wallet, value };
  }

  getIndividualReward(ctx: Context, matureEpoch: bigint, wallet: string): Reward | undefined {
    return individualRewards.get(ctx, [matureEpoch, wallet]);
  }
  /** Also marks `matureEpoch` pending (the maturity index). */
  setIndividualReward(ctx: Context, matureEpoch: bigint, r: Reward): void {
    individualRewards.set(ctx, [matureEpoch, r.walletAddress], r);
    pendingEpochs.set(ctx, matureEpoch);
  }
  deleteIndividualReward(ctx: Context, matureEpoch: bigint, wallet: string): void {
    individualRewards.remove(ctx, [matureEpoch, wallet]);
  }
  /**
   * Raw pairs of the rewards maturing at `matureEpoch`, keys relative to that epoch (= wallet bytes,
   * what pagination hands out as next_key), from `start` on.
   */
  individualRewardsIterator(ctx: Context, matureEpoch: bigint) {
    const prefix = individualRewards.keyCodec.prefix(matureEpoch);
    return function* (start?: Uint8Array): Iterable<[Uint8Array, Uint8Array]> {
      for (const [k, v] of individualRewards.raw(ctx, { prefix, start: start && concatBytes(prefix, start) })) yield [k.subarray(prefix.length), v];
    };
  }
  /** [wallet of the key, reward] maturing at `matureEpoch`, in wallet-byte order; lazy. */
  *individualRewardEntries(ctx: Context, matureEpoch: bigint): Iterable<[string, Reward]> {
    for (const [[, wallet], r] of individualRewards.iterate(ctx, { prefix: individualRewards.keyCodec.prefix(matureEpoch) })) yield [wallet, r];
  }
  *individualRewardsAt(ctx: Context, matureEpoch: bigint): Iterable<Reward> {
    yield* individualRewards.values(ctx, { prefix: individualRewards.keyCodec.prefix(matureEpoch) });
  }
  /** Every pending individual reward with its mature-epoch key, in mature-epoch order. */
  *allIndividualRewards(ctx: Context): Iterable<{ matureEpoch: bigint; reward: Reward }> {
    for (const e of this.pendingEpochs(ctx)) for (const reward of this.individualRewardsAt(ctx, e)) yield { matureEpoch: e, reward };
  }
  /** Mature-epoch keys that still hold rewards, ascending, up to `upTo` inclusive. */
  pendingEpochs(ctx: Context, upTo?: bigint): Iterable<bigint> {
    return pendingEpochs.iterate(ctx, upTo === undefined ? undefined : { end: uint64Key.encode(upTo + 1n) });
  }
  deletePendingEpoch(ctx: Context, matureEpoch: bigint): void {
    pendingEpochs.remove(ctx, matureEpoch);
  }

  getVolumeReport(ctx: Context, epoch: bigint): VolumeReportRecord | undefined {
    return volumeReports.get(ctx, epoch);
  }
  setVolumeReport(ctx: Context, epoch: bigint, r: VolumeReportRecord): void {
    volumeReports.set(ctx, epoch, r);
  }
  *allVolumeReports(ctx: Context): Iterable<{ epoch: bigint; record: VolumeReportRecord }> {
    for (const [epoch, record] of volumeReports.iterate(ctx)) yield { epoch, record };
  }
  getTotalReward(ctx: Context, epoch: bigint): TotalReward | undefined {
    return totalRewards.get(ctx, epoch);
  }
  setTotalReward(ctx: Context, epoch: bigint, t: TotalReward): void {
    // An all-zero reward encodes to no bytes, which the Merkle store cannot hold: it is simply absent.
    if (totalRewardValue.encode(t).length === 0) totalRewards.remove(ctx, epoch);
    else totalRewards.set(ctx, epoch, t);
  }
  *allTotalRewards(ctx: Context): Iterable<{ epoch: bigint; totalReward: TotalReward }> {
    for (const [epoch, totalReward] of totalRewards.iterate(ctx)) yield { epoch, totalReward };
  }
}
