/**
 * Bech32 encoding with Stratos prefixes (stratos-chain types/address.go).
 */
import { fromBech32 as cosmFromBech32, toBech32 as cosmToBech32 } from "@cosmjs/encoding";

export const ACCOUNT_PREFIX = "st";
export const ACCOUNT_PUBKEY_PREFIX = "stpub";
export const VALIDATOR_PREFIX = "stvaloper";
export const VALIDATOR_PUBKEY_PREFIX = "stvaloperpub";
export const CONSENSUS_PREFIX = "stvalcons";
export const CONSENSUS_PUBKEY_PREFIX = "stvalconspub";
/** Storage (SDS) node network addresses. */
export const SDS_PREFIX = "stsds";
export const SDS_PUBKEY_PREFIX = "stsdspub";

/** Same length limit as the Cosmos SDK's bech32.DecodeAndConvert (the BIP-173 90 is too short for some keys). */
const MAX_LENGTH = 1023;

export function toBech32(prefix: string, bytes: Uint8Array): string {
  return cosmToBech32(prefix, bytes, MAX_LENGTH);
}

/**
 * Decode a bech32 string. With expectedPrefix, a different prefix is an error:
 * "invalid bech32 address 'cosmos1...': expected prefix st, got cosmos".
 */
export function fromBech32(str: string, expectedPrefix?: string): { prefix: string; data: Uint8Array } {
  let decoded: { prefix: string; data: Uint8Array };
  try {
    if (typeof str !== "string" || str.length === 0) throw new Error("empty address string");
    decoded = cosmFromBech32(str, MAX_LENGTH);
  } catch (e) {
    throw new Error(`invalid bech32 address '${String(str)}': ${(e as Error).message}`);
  }
  if (expectedPrefix !== undefined && decoded.prefix !== expectedPrefix) {
    throw new Error(`invalid bech32 address '${str}': expected prefix ${expectedPrefix}, got ${decoded.prefix}`);
  }
  return { prefix: decoded.prefix, data: decoded.data };
}
