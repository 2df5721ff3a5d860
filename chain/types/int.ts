// The Cosmos SDK's integer and decimal text, as its math.Int / LegacyDec unmarshalling accepts it:
// the one checked parser every amount decoded from a tx goes through (chain/tx/wire-check.ts at
// decode time, chain/types/coins.ts and the modules' message checks after it).

/** math.MaxBitLen: an Int over 256 bits is refused when it is decoded. */
export const MAX_INT_BITS = 256;
/** LegacyDec's limit on its raw integer (value × 10^18): 256 + 59 truncate bits (cosmossdk.io/math). */
export const MAX_DEC_BITS = 315;

// 10^77 < 2^256 and 10^94 < 2^315: shorter digit strings never need the bit count (the common case).
const SAFE_INT_DIGITS = 77;
const SAFE_DEC_DIGITS = 94;

function bitLength(digits: string): number {
  return BigInt(digits).toString(2).length;
}

function signedDigits(text: string): string | undefined {
  const n = text.length;
  if (n === 0) return undefined;
  let i = text.charCodeAt(0) === 45 /* - */ || text.charCodeAt(0) === 43 /* + */ ? 1 : 0;
  if (i === n) return undefined;
  for (let j = i; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) return undefined;
  }
  while (i < n - 1 && text.charCodeAt(i) === 48) i++;
  return text.slice(i);
}

/**
 * Why `text` is not an SDK Int (decimal, optional sign, at most 256 bits), in the SDK's words; undefined
 * when it is one. An empty text is a nil Int on the wire, which decoding accepts (messages check it).
 */
export function intTextError(text: string): string | undefined {
  if (text.length === 0) return undefined;
  const digits = signedDigits(text);
  if (digits === undefined) return `math/big: cannot unmarshal ${JSON.stringify(text)} into a *big.Int`;
  if (digits.length <= SAFE_INT_DIGITS) return undefined;
  const bits = bitLength(digits);
  return bits > MAX_INT_BITS ? `integer out of range; got: ${bits}, max: ${MAX_INT_BITS}` : undefined;
}

/** The same for a LegacyDec on the wire (the integer text of value × 10^18). */
export function decTextError(text: string): string | undefined {
  if (text.length === 0) return undefined;
  const digits = signedDigits(text);
  if (digits === undefined) return `math/big: cannot unmarshal ${JSON.stringify(text)} into a *big.Int`;
  if (digits.length <= SAFE_DEC_DIGITS) return undefined;
  const bits = bitLength(digits);
  return bits > MAX_DEC_BITS ? `decimal out of range; got: ${bits}, max: ${MAX_DEC_BITS}` : undefined;
}

/**
 * A non-negative SDK Int (what every Coin amount and token count must be): the bigint, or undefined for
 * anything else (a sign, non-digits, empty, more than 256 bits). Callers word their own error.
 */
export function parseUint256(text: string | null | undefined): bigint | undefined {
  if (!text) return undefined;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) return undefined;
  }
  const v = BigInt(text);
  if (text.length > SAFE_INT_DIGITS && v.toString(2).length > MAX_INT_BITS) return undefined;
  return v;
}

/** What is wrong with a text parseUint256 refused (for the caller's error message). */
export function uint256Problem(text: string | null | undefined): string {
  if (text && /^\d+$/.test(text)) return `is out of range (more than ${MAX_INT_BITS} bits)`;
  return "is not a non-negative integer";
}

/** A signed SDK Int (decimal, optional sign, at most 256 bits), or undefined. */
export function parseInt256(text: string | null | undefined): bigint | undefined {
  if (!text || intTextError(text) !== undefined) return undefined;
  return BigInt(text);
}
