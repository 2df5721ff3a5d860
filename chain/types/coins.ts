// Coins as the Cosmos SDK has them: sorted by denom, positive bigint amounts, no duplicates.
import { errors } from "../app/errors.ts";
import { parseUint256, uint256Problem } from "./int.ts";

export interface Coin {
  denom: string;
  amount: bigint;
}

const denomRe = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;

export function validateDenom(denom: string): void {
  if (!denomRe.test(denom)) throw errors.invalidCoins(`invalid denom: ${JSON.stringify(denom)}`);
}

export function parseAmount(amount: string, what = "amount"): bigint {
  const v = parseUint256(amount);
  if (v === undefined) throw errors.invalidCoins(`invalid ${what}: ${JSON.stringify(amount)} ${uint256Problem(amount)}`);
  return v;
}

/** From wire coins ({denom, amount: string}) to validated Coins; zero amounts are refused, as sdk.Coins.Validate does. */
export function coinsFromWire(wire: readonly { denom: string; amount: string }[], what = "coins"): Coin[] {
  const out: Coin[] = [];
  for (const c of wire) {
    validateDenom(c.denom);
    const amount = parseAmount(c.amount, `${what} amount`);
    if (amount === 0n) throw errors.invalidCoins(`${what}: zero amount of ${c.denom}`);
    out.push({ denom: c.denom, amount });
  }
  for (let i = 1; i < out.length; i++) {
    if (out[i - 1].denom >= out[i].denom) throw errors.invalidCoins(`${what}: denoms must be sorted and unique (${formatCoins(out)})`);
  }
  return out;
}

export function coinsToWire(coins: readonly Coin[]): { denom: string; amount: string }[] {
  return coins.map((c) => ({ denom: c.denom, amount: c.amount.toString() }));
}

export function formatCoins(coins: readonly Coin[]): string {
  return coins.map((c) => `${c.amount}${c.denom}`).join(",");
}

/** "1stos" / "5gwei" / "123wei" / "100wei,2foo" → coins in base units where the unit is known. */
export function parseCoinsText(text: string): Coin[] {
  const parts = text.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  if (parts.length === 0) throw new Error(`no coins in ${JSON.stringify(text)}`);
  const sums = new Map<string, bigint>();
  for (const part of parts) {
    if (part.startsWith("-")) throw new Error(`invalid coin ${JSON.stringify(part)}: an amount must not be negative`);
    const m = /^(\d+(?:\.\d+)?)([a-zA-Z][a-zA-Z0-9/:._-]*)$/.exec(part);
    if (!m) throw new Error(`invalid coin ${JSON.stringify(part)}: expected an amount followed by a denom, e.g. 1stos, 5gwei, 123wei`);
    const [base, amount] = toBaseUnits(m[1], m[2]);
    sums.set(base, (sums.get(base) ?? 0n) + amount);
  }
  return [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([denom, amount]) => ({ denom, amount }));
}

const displayUnits: Record<string, number> = { wei: 0, gwei: 9, stos: 18 };

function toBaseUnits(amount: string, denom: string): [string, bigint] {
  const exp = displayUnits[denom.toLowerCase()];
  if (exp === undefined) {
    if (amount.includes(".")) throw new Error(`fractional amount ${amount} needs a known unit (wei, gwei, stos)`);
    return [denom, BigInt(amount)];
  }
  const [whole, frac = ""] = amount.split(".");
  if (frac.length > exp) throw new Error(`${amount}${denom} has more decimals than ${denom} allows (${exp})`);
  return ["wei", BigInt(whole + frac.padEnd(exp, "0"))];
}

export function addCoins(a: readonly Coin[], b: readonly Coin[]): Coin[] {
  const m = new Map<string, bigint>();
  for (const c of [...a, ...b]) m.set(c.denom, (m.get(c.denom) ?? 0n) + c.amount);
  return [...m.entries()]
    .filter(([, v]) => v !== 0n)
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([denom, amount]) => ({ denom, amount }));
}
