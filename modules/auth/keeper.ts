import { BaseAccount, ModuleAccount, Params } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { Any } from "cosmjs-types/google/protobuf/any";
import type { Context } from "../../chain/app/context.ts";
import { errors } from "../../chain/app/errors.ts";
import type { KVPair } from "../../chain/app/kv.ts";
import { accAddressKey, bytesValue, intValue, mapValue, protoValue, SchemaBuilder, uint64Key } from "../../chain/store/collections.ts";
import { accAddressFromBech32, accAddressToBech32, moduleAddress } from "../../chain/types/address.ts";
import { defaultAuthParams } from "./params.ts";

export const AUTH_STORE_PREFIX = new TextEncoder().encode("auth/");

const BASE_ACCOUNT_TYPE = "/cosmos.auth.v1beta1.BaseAccount";
const MODULE_ACCOUNT_TYPE = "/cosmos.auth.v1beta1.ModuleAccount";

export interface Account {
  address: string;
  pubKey?: Any;
  accountNumber: bigint;
  sequence: bigint;
  /** Set for module accounts. */
  module?: { name: string; permissions: string[] };
}

export function accountToAny(a: Account): Any {
  const base: BaseAccount = {
    address: a.address,
    pubKey: a.pubKey,
    accountNumber: a.accountNumber,
    sequence: a.sequence,
  };
  if (a.module) {
    return Any.fromPartial({
      typeUrl: MODULE_ACCOUNT_TYPE,
      value: ModuleAccount.encode({ baseAccount: base, name: a.module.name, permissions: a.module.permissions }).finish(),
    });
  }
  return Any.fromPartial({ typeUrl: BASE_ACCOUNT_TYPE, value: BaseAccount.encode(base).finish() });
}

export function accountFromAny(any: Any): Account {
  if (any.typeUrl === BASE_ACCOUNT_TYPE) {
    const b = BaseAccount.decode(any.value);
    return { address: b.address, pubKey: b.pubKey, accountNumber: b.accountNumber, sequence: b.sequence };
  }
  if (any.typeUrl === MODULE_ACCOUNT_TYPE) {
    const m = ModuleAccount.decode(any.value);
    const b = m.baseAccount!;
    return {
      address: b.address,
      pubKey: b.pubKey,
      accountNumber: b.accountNumber,
      sequence: b.sequence,
      module: { name: m.name, permissions: m.permissions },
    };
  }
  throw new Error(`unsupported account type ${any.typeUrl}`);
}

const s = new SchemaBuilder(AUTH_STORE_PREFIX);
/** 0x01 ‖ address bytes → Any(BaseAccount | ModuleAccount). */
const accounts = s.map(0x01, "accounts", accAddressKey, mapValue(protoValue(Any), accountFromAny, accountToAny, "Account"));
const nextAccountNumber = s.item(0x02, "next_account_number", intValue);
const params = s.item(0x03, "params", protoValue(Params));
/**
 * 0x04 ‖ big-endian account number → address bytes (the SDK 0.47 AccountNumberStoreKey index, for
 * AccountAddressByID). Written when an account is created or imported; an account's number never
 * changes and accounts are never removed, so it needs no other write.
 */
const accountNumbers = s.map(0x04, "account_numbers", uint64Key, bytesValue);

/** Every record of auth, for genesis export and for tests that nothing is left out. */
export const authSchema = s.build({ accounts, nextAccountNumber, params, accountNumbers });

/** Owns the "auth/" prefix: accounts, the account-number counter and params. */
export class AuthKeeper {
  readonly schema = authSchema;
  /** Module accounts the app declares (name → permissions), created on demand. */
  readonly moduleAccounts = new Map<string, string[]>();

  registerModuleAccount(name: string, permissions: string[] = []): void {
    this.moduleAccounts.set(name, permissions);
  }

  /** Read on every tx's ante: the last decoding is reused while the stored bytes are the same object. */
  private paramsMemo?: { raw: Uint8Array; value: Params };

  getParams(ctx: Context): Params {
    // The same store read (and gas) as params.getOr; only the protobuf decoding is skipped when the
    // bytes are the very ones decoded last time (the committed-value cache hands out one object per
    // committed value, and stored bytes are never written to). Frozen: the value is shared.
    const raw = ctx.store.get(params.fullPrefix);
    if (raw === undefined) return defaultAuthParams;
    const memo = this.paramsMemo;
    if (memo !== undefined && memo.raw === raw) return memo.value;
    const value = Object.freeze(params.valueCodec.decode(raw));
    this.paramsMemo = { raw, value };
    return value;
  }

  setParams(ctx: Context, p: Params): void {
    params.set(ctx, p);
  }

  getAccount(ctx: Context, address: string): Account | undefined {
    return accounts.get(ctx, address);
  }

  hasAccount(ctx: Context, address: string): boolean {
    return accounts.has(ctx, address);
  }

  setAccount(ctx: Context, account: Account): void {
    accounts.set(ctx, account.address, account);
  }

  /** Stores a new account (or one imported at genesis) and indexes its number. */
  createAccount(ctx: Context, account: Account): void {
    this.setAccount(ctx, account);
    accountNumbers.set(ctx, account.accountNumber, accAddressFromBech32(account.address));
  }

  /** The address of the account with this number (AccountAddressByID), if any. */
  addressByNumber(ctx: Context, accountNumber: bigint): string | undefined {
    const bytes = accountNumbers.get(ctx, accountNumber);
    return bytes === undefined ? undefined : accAddressToBech32(bytes);
  }

  /** Takes the next account number (and advances the counter). */
  nextAccountNumber(ctx: Context): bigint {
    const n = nextAccountNumber.getOr(ctx, 0n);
    nextAccountNumber.set(ctx, n + 1n);
    return n;
  }
  /**
   * The SDK creates a BaseAccount the first time an address receives funds. An existing account is
   * only looked at, not decoded (every send does this for its recipient): the same store read, so
   * the same gas, as reading it.
   */
  ensureAccount(ctx: Context, address: string): void {
    if (accounts.has(ctx, address)) return;
    this.createAccount(ctx, { address, accountNumber: this.nextAccountNumber(ctx), sequence: 0n });
  }

  private readonly moduleAddresses = new Map<string, string>();

  /** Derived from the name alone (SHA-256), memoized: it is on every tx's fee path. */
  moduleAccountAddress(name: string): string {
    let address = this.moduleAddresses.get(name);
    if (!address) {
      address = accAddressToBech32(moduleAddress(name));
      this.moduleAddresses.set(name, address);
    }
    return address;
  }

  /** Gets or creates the module account `name`; it must have been registered by its module. */
  getModuleAccount(ctx: Context, name: string): Account {
    const perms = this.moduleAccounts.get(name);
    if (!perms) throw errors.unknownAddress(`module account ${name} has not been registered`);
    const address = this.moduleAccountAddress(name);
    const existing = this.getAccount(ctx, address);
    if (existing) {
      if (!existing.module) throw errors.logic(`account ${address} is not a module account`);
      return existing;
    }
    const account: Account = { address, accountNumber: this.nextAccountNumber(ctx), sequence: 0n, module: { name, permissions: perms } };
    this.createAccount(ctx, account);
    return account;
  }

  addressFromKey(key: { address: Uint8Array }): string {
    return accAddressToBech32(key.address);
  }

  isModuleAddress(address: string): boolean {
    for (const name of this.moduleAccounts.keys()) if (this.moduleAccountAddress(name) === address) return true;
    return false;
  }

  /** Raw pairs, keys = address bytes (what pagination hands out as next_key), from `start` on. */
  iterateAccounts(ctx: Context, start?: Uint8Array): Iterable<KVPair> {
    return accounts.raw(ctx, { start });
  }

  allAccounts(ctx: Context): Iterable<Account> {
    return accounts.values(ctx);
  }

  setNextAccountNumber(ctx: Context, n: bigint): void {
    nextAccountNumber.set(ctx, n);
  }
}
