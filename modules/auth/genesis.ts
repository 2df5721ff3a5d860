import { Any } from "cosmjs-types/google/protobuf/any";
import type { Context } from "../../chain/app/context.ts";
import { accAddressFromBech32 } from "../../chain/types/address.ts";
import { pubKeyFromAny } from "../../chain/crypto/pubkey.ts";
import type { Account, AuthKeeper } from "./keeper.ts";
import { authParamsFromJson, authParamsToJson, defaultAuthParams, validateAuthParams } from "./params.ts";

// Genesis in the Cosmos JSON layout (app_state.auth), so existing genesis tooling reads it.

function pubKeyFromJson(j: any): Any | undefined {
  if (j === null || j === undefined) return undefined;
  if (typeof j !== "object" || typeof j["@type"] !== "string" || typeof j.key !== "string") {
    throw new Error(`pub_key must be {"@type": ..., "key": base64}, got ${JSON.stringify(j)}`);
  }
  const any = Any.fromPartial({ typeUrl: j["@type"], value: encodeKeyMessage(Buffer.from(j.key, "base64")) });
  pubKeyFromAny(any); // validates type and point
  return any;
}

/** Both supported pubkey messages are `{ bytes key = 1; }`. */
function encodeKeyMessage(key: Uint8Array): Uint8Array {
  return Uint8Array.from([0x0a, key.length, ...key]);
}

function pubKeyToJson(any: Any | undefined) {
  if (!any) return null;
  return { "@type": any.typeUrl, key: Buffer.from(pubKeyFromAny(any).key).toString("base64") };
}

function intField(j: any, name: string): bigint {
  const v = j[name] ?? "0";
  if (!/^\d+$/.test(String(v))) throw new Error(`${name} must be an integer string, got ${JSON.stringify(v)}`);
  return BigInt(v);
}

function baseFromJson(j: any): Omit<Account, "module"> {
  if (typeof j?.address !== "string") throw new Error(`account without address: ${JSON.stringify(j)}`);
  accAddressFromBech32(j.address);
  return { address: j.address, pubKey: pubKeyFromJson(j.pub_key), accountNumber: intField(j, "account_number"), sequence: intField(j, "sequence") };
}

export function accountFromJson(j: any): Account {
  switch (j?.["@type"]) {
    case "/cosmos.auth.v1beta1.BaseAccount":
      return baseFromJson(j);
    case "/cosmos.auth.v1beta1.ModuleAccount": {
      if (typeof j.name !== "string" || j.name.length === 0) throw new Error("module account without name");
      return { ...baseFromJson(j.base_account), module: { name: j.name, permissions: j.permissions ?? [] } };
    }
    default:
      throw new Error(`unsupported account type ${JSON.stringify(j?.["@type"])} (expected /cosmos.auth.v1beta1.BaseAccount or ModuleAccount)`);
  }
}

export function accountToJson(a: Account) {
  const base = {
    address: a.address,
    pub_key: pubKeyToJson(a.pubKey),
    account_number: a.accountNumber.toString(),
    sequence: a.sequence.toString(),
  };
  if (a.module) return { "@type": "/cosmos.auth.v1beta1.ModuleAccount", base_account: base, name: a.module.name, permissions: a.module.permissions };
  return { "@type": "/cosmos.auth.v1beta1.BaseAccount", ...base };
}

export function validateAuthGenesis(state: any): void {
  if (state === undefined) return;
  validateAuthParams(authParamsFromJson(state.params));
  const seenAddr = new Set<string>();
  const seenNum = new Set<bigint>();
  for (const [i, j] of (state.accounts ?? []).entries()) {
    let a: Account;
    try {
      a = accountFromJson(j);
    } catch (e) {
      throw new Error(`auth.accounts[${i}]: ${(e as Error).message}`);
    }
    if (seenAddr.has(a.address)) throw new Error(`auth.accounts: duplicate account ${a.address}`);
    if (seenNum.has(a.accountNumber)) throw new Error(`auth.accounts: duplicate account_number ${a.accountNumber} (${a.address})`);
    seenAddr.add(a.address);
    seenNum.add(a.accountNumber);
  }
}

export function initAuthGenesis(ctx: Context, keeper: AuthKeeper, state: any): void {
  keeper.setParams(ctx, authParamsFromJson(state?.params));
  let next = 0n;
  for (const j of state?.accounts ?? []) {
    const a = accountFromJson(j);
    keeper.createAccount(ctx, a);
    if (a.accountNumber >= next) next = a.accountNumber + 1n;
  }
  keeper.setNextAccountNumber(ctx, next);
}

/** A walk over auth's schema; accounts in account-number order. */
export function exportAuthGenesis(ctx: Context, keeper: AuthKeeper) {
  const s = keeper.schema.walk(ctx);
  const accounts = s.accounts.map(([, a]) => a).sort((a, b) => (a.accountNumber < b.accountNumber ? -1 : 1));
  return { params: authParamsToJson(s.params ?? defaultAuthParams), accounts: accounts.map(accountToJson) };
}
