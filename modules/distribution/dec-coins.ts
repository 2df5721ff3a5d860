// DecCoins as the SDK's sdk.DecCoins: sorted by denom, no zero entries, LegacyDec amounts.
import type { DecCoin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import type { Coin } from "../../chain/types/coins.ts";
import { Dec } from "../../chain/types/dec.ts";

export interface DecCoinV {
  denom: string;
  amount: Dec;
}
export type DecCoins = DecCoinV[];

const norm = (m: Map<string, Dec>): DecCoins =>
  [...m.entries()].filter(([, a]) => !a.isZero()).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([denom, amount]) => ({ denom, amount }));

export function decAdd(a: DecCoins, b: DecCoins): DecCoins {
  const m = new Map(a.map((c) => [c.denom, c.amount]));
  for (const c of b) m.set(c.denom, (m.get(c.denom) ?? Dec.zero).add(c.amount));
  return norm(m);
}
/** a − b; a negative result is a broken invariant (the SDK panics), so it throws. */
export function decSub(a: DecCoins, b: DecCoins): DecCoins {
  const m = new Map(a.map((c) => [c.denom, c.amount]));
  for (const c of b) {
    const r = (m.get(c.denom) ?? Dec.zero).sub(c.amount);
    if (r.isNegative()) throw new Error(`negative decimal coin amount: ${c.denom}`);
    m.set(c.denom, r);
  }
  return norm(m);
}
export const decMulDecTruncate = (a: DecCoins, d: Dec): DecCoins => norm(new Map(a.map((c) => [c.denom, c.amount.mulTruncate(d)])));
export const decMulDec = (a: DecCoins, d: Dec): DecCoins => norm(new Map(a.map((c) => [c.denom, c.amount.mul(d)])));
export const decQuoDecTruncate = (a: DecCoins, d: Dec): DecCoins => norm(new Map(a.map((c) => [c.denom, c.amount.quoTruncate(d)])));
export const decFromCoins = (coins: readonly Coin[]): DecCoins => norm(new Map(coins.map((c) => [c.denom, Dec.fromInt(c.amount)])));
export const decIsAnyNegative = (a: DecCoins) => a.some((c) => c.amount.isNegative());

/** Integer parts as Coins and the decimal remainders (sdk.DecCoins.TruncateDecimal). */
export function decTruncate(a: DecCoins): { coins: Coin[]; remainder: DecCoins } {
  const coins: Coin[] = [];
  const rem = new Map<string, Dec>();
  for (const c of a) {
    const i = c.amount.truncateInt();
    if (i !== 0n) coins.push({ denom: c.denom, amount: i });
    rem.set(c.denom, c.amount.sub(Dec.fromInt(i)));
  }
  return { coins, remainder: norm(rem) };
}

/** Per denom the smaller amount, denoms in both only (sdk.DecCoins.Intersect). */
export function decIntersect(a: DecCoins, b: DecCoins): DecCoins {
  const m = new Map(b.map((c) => [c.denom, c.amount]));
  const out = new Map<string, Dec>();
  for (const c of a) {
    const o = m.get(c.denom);
    if (o !== undefined) out.set(c.denom, c.amount.cmp(o) <= 0 ? c.amount : o);
  }
  return norm(out);
}
export const decEqual = (a: DecCoins, b: DecCoins) => a.length === b.length && a.every((c, i) => c.denom === b[i].denom && c.amount.cmp(b[i].amount) === 0);

export const decToWire = (a: DecCoins): DecCoin[] => a.map((c) => ({ denom: c.denom, amount: c.amount.toProtoString() }));
export const decFromWire = (w: readonly DecCoin[]): DecCoins => norm(new Map(w.map((c) => [c.denom, Dec.fromProtoString(c.amount || "0")])));
/** Human/JSON form of one amount list: "1.500000000000000000wei,…". */
export const decFormat = (a: DecCoins) => a.map((c) => `${c.amount}${c.denom}`).join(",");
