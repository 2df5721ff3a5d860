// Fixed-point decimal with 18 fractional digits, emulating the Cosmos SDK's LegacyDec exactly
// (value = raw / 10^18): Mul and Quo round half-to-even at the 18th digit, Quo divides with
// truncation before that rounding, Truncate* variants truncate. Every Stratos formula is specified
// against these semantics, so state-machine code uses this type and never floats.

const PRECISION = 18;
const ONE = 10n ** 18n;
const HALF = ONE / 2n;

/** Drops 18 digits with banker's rounding (the SDK's chopPrecisionAndRound). */
function chopAndRound(x: bigint): bigint {
  if (x < 0n) return -chopAndRound(-x);
  const quo = x / ONE;
  const rem = x % ONE;
  if (rem < HALF) return quo;
  if (rem > HALF) return quo + 1n;
  return quo % 2n === 0n ? quo : quo + 1n;
}

function chopAndTruncate(x: bigint): bigint {
  return x / ONE; // bigint division truncates toward zero, as big.Int.Quo does
}

export class Dec {
  private constructor(readonly raw: bigint) {}

  static readonly zero = new Dec(0n);
  static readonly one = new Dec(ONE);

  static fromRaw(raw: bigint): Dec {
    return new Dec(raw);
  }

  static fromInt(i: bigint): Dec {
    return new Dec(i * ONE);
  }

  /** "0.02", "-1.5", "3" — at most 18 decimals; anything else throws. */
  static fromString(s: string): Dec {
    const m = /^(-?)(\d+)(?:\.(\d{1,18}))?$/.exec(s.trim());
    if (!m) throw new Error(`invalid decimal ${JSON.stringify(s)}: expected digits with at most ${PRECISION} decimals`);
    const raw = BigInt(m[2]) * ONE + BigInt((m[3] ?? "").padEnd(PRECISION, "0") || "0");
    return new Dec(m[1] === "-" ? -raw : raw);
  }

  /** Protobuf form of a cosmos.Dec: the integer string of value × 10^18. */
  static fromProtoString(s: string): Dec {
    if (!/^-?\d+$/.test(s)) throw new Error(`invalid protobuf decimal ${JSON.stringify(s)}`);
    return new Dec(BigInt(s));
  }

  toProtoString(): string {
    return this.raw.toString();
  }

  /** JSON/amino form: decimal point and all 18 decimals, e.g. "0.020000000000000000". */
  toString(): string {
    const neg = this.raw < 0n;
    const abs = neg ? -this.raw : this.raw;
    return `${neg ? "-" : ""}${abs / ONE}.${(abs % ONE).toString().padStart(PRECISION, "0")}`;
  }

  add(o: Dec): Dec {
    return new Dec(this.raw + o.raw);
  }
  sub(o: Dec): Dec {
    return new Dec(this.raw - o.raw);
  }
  mul(o: Dec): Dec {
    return new Dec(chopAndRound(this.raw * o.raw));
  }
  mulTruncate(o: Dec): Dec {
    return new Dec(chopAndTruncate(this.raw * o.raw));
  }
  mulInt(i: bigint): Dec {
    return new Dec(this.raw * i);
  }
  quo(o: Dec): Dec {
    if (o.raw === 0n) throw new Error("decimal division by zero");
    return new Dec(chopAndRound((this.raw * ONE * ONE) / o.raw));
  }
  quoTruncate(o: Dec): Dec {
    if (o.raw === 0n) throw new Error("decimal division by zero");
    return new Dec(chopAndTruncate((this.raw * ONE * ONE) / o.raw));
  }
  quoInt(i: bigint): Dec {
    if (i === 0n) throw new Error("decimal division by zero");
    return new Dec(this.raw / i);
  }
  /** Integer part, toward zero (LegacyDec.TruncateInt). */
  truncateInt(): bigint {
    return chopAndTruncate(this.raw);
  }
  /** Nearest integer, halves to even (LegacyDec.RoundInt). */
  roundInt(): bigint {
    return chopAndRound(this.raw);
  }
  cmp(o: Dec): -1 | 0 | 1 {
    return this.raw < o.raw ? -1 : this.raw > o.raw ? 1 : 0;
  }
  gte(o: Dec): boolean {
    return this.raw >= o.raw;
  }
  isZero(): boolean {
    return this.raw === 0n;
  }
  isNegative(): boolean {
    return this.raw < 0n;
  }
}
