import { fromBech32, toBech32 } from "../crypto/bech32.ts";
import { sha256 } from "@noble/hashes/sha2.js";
import { errors } from "../app/errors.ts";

export const ACCOUNT_PREFIX = "st";

/** Decodes a bech32 account address with prefix `st`, as a tx failure (code 7) when it is not one. */
// Decoding bech32 costs more than a store read and keepers decode the same few addresses many times
// per block; the cache is a pure-function memo (bounded), so it cannot change any result.
const decodedCache = new Map<string, Uint8Array>();
const DECODED_CACHE_MAX = 50_000;

export function accAddressFromBech32(address: string, field = "address"): Uint8Array {
  const hit = decodedCache.get(address);
  if (hit) return hit;
  const bytes = decodeAccAddress(address, field);
  if (decodedCache.size >= DECODED_CACHE_MAX) decodedCache.clear();
  decodedCache.set(address, bytes);
  return bytes;
}

function decodeAccAddress(address: string, field: string): Uint8Array {
  let decoded;
  try {
    decoded = fromBech32(address);
  } catch (e) {
    throw errors.invalidAddress(`invalid ${field} ${JSON.stringify(address)}: ${(e as Error).message}`);
  }
  if (decoded.prefix !== ACCOUNT_PREFIX) {
    throw errors.invalidAddress(`invalid ${field} ${JSON.stringify(address)}: expected prefix ${ACCOUNT_PREFIX}, got ${decoded.prefix}`);
  }
  if (decoded.data.length !== 20 && decoded.data.length !== 32) {
    throw errors.invalidAddress(`invalid ${field} ${JSON.stringify(address)}: ${decoded.data.length} bytes, expected 20 or 32`);
  }
  return decoded.data;
}

export function accAddressToBech32(address: Uint8Array): string {
  return toBech32(ACCOUNT_PREFIX, address);
}

/** Module account address: first 20 bytes of SHA-256 of the module name (Cosmos SDK address.Module). */
export function moduleAddress(name: string): Uint8Array {
  return sha256(new TextEncoder().encode(name)).subarray(0, 20);
}
