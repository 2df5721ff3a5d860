// An independent model of SDK 0.47 x/distribution (F1) for integration tests: the test's own
// arithmetic on bigints at the LegacyDec scale (10^18), written from the SDK's rules, not from
// modules/distribution. Driven block by block from what CometBFT recorded (the fee collector's
// inflow, the validator set of the previous height, the block's delegations and withdrawals), it
// predicts every delegation's rewards, each validator's commission and outstanding rewards and the
// community pool, to the last 10^-18 wei.
export const P = 10n ** 18n;
/** a·b at scale P, truncated (Dec.MulTruncate). */
export const mulTrunc = (a: bigint, b: bigint) => (a * b) / P;
/** a·b at scale P, half to even (Dec.Mul's chopPrecisionAndRound). */
export function mulRound(a: bigint, b: bigint): bigint {
  const x = a * b;
  const q = x / P;
  const r = x % P;
  if (2n * r > P || (2n * r === P && q % 2n === 1n)) return q + 1n;
  return q;
}

interface Val {
  tokens: bigint; // integer wei
  cum: bigint; // cumulative reward ratio of the last ended period (scaled)
  cur: bigint; // current period's rewards (scaled)
  commission: bigint; // scaled
  outstanding: bigint; // scaled
  rate: bigint; // commission rate (scaled)
}
interface Del {
  stake: bigint; // integer wei
  start: bigint; // cum at the delegation's starting period
}

export class F1Model {
  readonly vals = new Map<string, Val>();
  readonly dels = new Map<string, Del>(); // `${delegator}/${valoper}`
  community: bigint; // scaled

  constructor(
    readonly communityTax: bigint,
    communityPool = 0n,
  ) {
    this.community = communityPool;
  }

  /** A genesis validator with its self-delegation (InitChain: the first period ends with no tokens, ratio 0). */
  genesisValidator(valoper: string, operator: string, selfBond: bigint, rate: bigint): void {
    this.vals.set(valoper, { tokens: selfBond, cum: 0n, cur: 0n, commission: 0n, outstanding: 0n, rate });
    this.dels.set(`${operator}/${valoper}`, { stake: selfBond, start: 0n });
  }

  private val(valoper: string): Val {
    const v = this.vals.get(valoper);
    if (!v) throw new Error(`model: unknown validator ${valoper}`);
    return v;
  }
  /** IncrementValidatorPeriod: the current period's rewards per token join the cumulative ratio. */
  private endPeriod(v: Val): void {
    v.cum += v.tokens === 0n ? 0n : v.cur / v.tokens;
    v.cur = 0n;
  }

  /** BeginBlock: `collected` wei from the fee collector go to `votes` (valoper → power of the last commit). */
  allocate(collected: bigint, votes: [string, bigint][]): { valoper: string; reward: bigint; commission: bigint }[] {
    if (collected === 0n) return [];
    const fees = collected * P;
    const total = votes.reduce((a, [, p]) => a + p, 0n);
    if (total === 0n) {
      this.community += fees;
      return [];
    }
    const multiplier = mulTrunc(fees, P - this.communityTax);
    let remaining = fees;
    const out = [];
    for (const [valoper, power] of votes) {
      const v = this.val(valoper);
      const fraction = (power * P) / total;
      const reward = mulTrunc(multiplier, fraction);
      const commission = mulRound(reward, v.rate);
      v.commission += commission;
      v.cur += reward - commission;
      v.outstanding += reward;
      remaining -= reward;
      out.push({ valoper, reward, commission });
    }
    this.community += remaining;
    return out;
  }

  /** MsgDelegate creating a new delegation (a top-up would first withdraw; the tests do not use it). */
  delegate(delegator: string, valoper: string, amount: bigint): void {
    const key = `${delegator}/${valoper}`;
    if (this.dels.has(key)) throw new Error("model: top-up delegations are not modelled");
    const v = this.val(valoper);
    this.endPeriod(v);
    v.tokens += amount;
    this.dels.set(key, { stake: amount, start: v.cum });
  }

  /** The delegation's rewards now (scaled), as the query computes them. */
  pendingRewards(delegator: string, valoper: string): bigint {
    const d = this.dels.get(`${delegator}/${valoper}`)!;
    const v = this.val(valoper);
    const cum = v.cum + (v.tokens === 0n ? 0n : v.cur / v.tokens);
    return d.stake * (cum - d.start);
  }

  /** Whole wei another module pays into the community pool (pot's community share, slashing debt). */
  fundCommunityPool(wei: bigint): void {
    this.community += wei * P;
  }

  /** MsgWithdrawDelegatorReward: returns the whole wei paid; the fraction goes to the community pool. */
  withdrawRewards(delegator: string, valoper: string): bigint {
    const d = this.dels.get(`${delegator}/${valoper}`);
    if (!d) throw new Error(`model: no delegation ${delegator}/${valoper}`);
    const v = this.val(valoper);
    this.endPeriod(v);
    const reward = d.stake * (v.cum - d.start);
    const paid = reward / P;
    v.outstanding -= reward;
    this.community += reward - paid * P;
    d.start = v.cum;
    return paid;
  }

  /** MsgWithdrawValidatorCommission: the whole wei; the fraction stays. */
  withdrawCommission(valoper: string): bigint {
    const v = this.val(valoper);
    const paid = v.commission / P;
    v.commission -= paid * P;
    v.outstanding -= paid * P;
    return paid;
  }
}
