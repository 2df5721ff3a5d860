// Readers for app_state JSON fields, shared by the modules' genesis.ts: each checks one value and
// names the field (`what`) in its error, so a bad genesis file says exactly where it is wrong.
import { fromBech32, VALIDATOR_PREFIX } from "../crypto/bech32.ts";
import { accAddressFromBech32 } from "../types/address.ts";
import { Dec } from "../types/dec.ts";

/** A non-negative integer given as a decimal string (or number), as the SDK's JSON writes uint64/Int. */
export function uintField(v: unknown, what: string): bigint {
  if (!/^\d+$/.test(String(v ?? ""))) throw new Error(`${what} must be a non-negative integer string, got ${JSON.stringify(v)}`);
  return BigInt(String(v));
}

/** A LegacyDec string ("0.050000000000000000"). */
export function decField(v: unknown, what: string): Dec {
  try {
    return Dec.fromString(String(v));
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`);
  }
}

/** A `stvaloper…` address. */
export function valoperField(v: unknown, what: string): string {
  try {
    fromBech32(String(v), VALIDATOR_PREFIX);
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`);
  }
  return String(v);
}

/** An account (`st…`) address. */
export function accountField(v: unknown, what: string): string {
  try {
    accAddressFromBech32(String(v), what);
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`);
  }
  return String(v);
}

/** A list; absent or null reads as empty, as Go's JSON decoding of a nil slice. */
export function listField(v: unknown, what: string): any[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new Error(`${what} must be a list`);
  return v;
}
