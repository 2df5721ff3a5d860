// Argument checks every module's commands share: a bad argument is a UsageError naming it.
import { fromBech32, SDS_PREFIX, VALIDATOR_PREFIX } from "../crypto/bech32.ts";
import { accAddressFromBech32 } from "../types/address.ts";
import { parseCoinsText } from "../types/coins.ts";
import { DEFAULT_NODE } from "./rpc.ts";
import { UsageError } from "./util.ts";

export const nodeOption = { node: { type: "string" as const, default: DEFAULT_NODE } };

export function checkAccArg(address: string, what: string): string {
  try {
    accAddressFromBech32(address, what);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  return address;
}

/** An `stvaloper1…` validator operator address. */
export function checkValoperArg(address: string, what: string): string {
  try {
    fromBech32(address, VALIDATOR_PREFIX);
  } catch (e) {
    throw new UsageError(`${what}: ${(e as Error).message} (expected an stvaloper1… address)`);
  }
  return address;
}

/** An `stsds1…` SDS network address (20 bytes), as register's validateBasic reads it. */
export function checkNetArg(address: string, what: string): string {
  const bad = (why: string) => new UsageError(`${why} (expected an stsds1… network address)`);
  if (typeof address !== "string" || address.trim().length === 0) throw bad(`${what} is empty`);
  let data: Uint8Array;
  try {
    data = fromBech32(address, SDS_PREFIX).data;
  } catch (e) {
    throw bad(`${what}: ${(e as Error).message}`);
  }
  if (data.length !== 20) throw bad(`${what} ${address}: ${data.length} bytes, expected 20`);
  return address;
}

/** "1stos" / "5gwei" / "123wei" → amount in wei. */
export function parseWei(text: string, what: string, allowZero = false): bigint {
  if (text.trim().startsWith("-")) throw new UsageError(`${what} must not be negative, got ${JSON.stringify(text)}`);
  let coins;
  try {
    coins = parseCoinsText(text);
  } catch (e) {
    throw new UsageError(`${what}: ${(e as Error).message}`);
  }
  if (coins.length !== 1 || coins[0].denom !== "wei") throw new UsageError(`${what} must be one amount in wei, gwei or stos (e.g. 1stos, 5gwei, 123wei), got ${JSON.stringify(text)}`);
  if (!allowZero && coins[0].amount <= 0n) throw new UsageError(`${what} must be positive, got ${JSON.stringify(text)}`);
  return coins[0].amount;
}
