import { BaseAccount, ModuleAccount, Params } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { Any } from "cosmjs-types/google/protobuf/any";
import type { Context } from "../../chain/app/context.ts";
import { errors } from "../../chain/app/errors.ts";
import { PrefixKV, type KVPair, type KVStore } from "../../chain/app/kv.ts";
import { accAddressFromBech32, accAddressToBech32, moduleAddress } from "../../chain/types/address.ts";
import { defaultAuthParams } from "./params.ts";

export const AUTH_STORE_PREFIX = new TextEncoder().encode("auth/");
const ACCOUNT_PREFIX = Uint8Array.of(0x01);
const NEXT_ACCOUNT_NUMBER_KEY = Uint8Array.of(0x02);
const PARAMS_KEY = Uint8Array.of(0x03);

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

/** Owns the "auth/" prefix: accounts, the account-number counter and params. */
export class AuthKeeper {
  /** Module accounts the app declares (name → permissions), created on demand. */
  readonly moduleAccounts = new Map<string, string[]>();

  private store(ctx: Context): KVStore {
    return new PrefixKV(ctx.store, AUTH_STORE_PREFIX);
  }

  registerModuleAccount(name: string, permissions: string[] = []): void {
    this.moduleAccounts.set(name, permissions);
  }

  getParams(ctx: Context): Params {
    const raw = this.store(ctx).get(PARAMS_KEY);
    return raw ? Params.decode(raw) : defaultAuthParams;
  }

  setParams(ctx: Context, p: Params): void {
    this.store(ctx).set(PARAMS_KEY, Params.encode(p).finish());
  }

  private accountKey(addr: Uint8Array): Uint8Array {
    const k = new Uint8Array(1 + addr.length);
    k.set(ACCOUNT_PREFIX);
    k.set(addr, 1);
    return k;
  }

  getAccount(ctx: Context, address: string): Account | undefined {
    const raw = this.store(ctx).get(this.accountKey(accAddressFromBech32(address)));
    return raw ? accountFromAny(Any.decode(raw)) : undefined;
  }

  hasAccount(ctx: Context, address: string): boolean {
    return this.store(ctx).get(this.accountKey(accAddressFromBech32(address))) !== undefined;
  }

  setAccount(ctx: Context, account: Account): void {
    this.store(ctx).set(this.accountKey(accAddressFromBech32(account.address)), Any.encode(accountToAny(account)).finish());
  }

  nextAccountNumber(ctx: Context): bigint {
    const s = this.store(ctx);
    const raw = s.get(NEXT_ACCOUNT_NUMBER_KEY);
    const n = raw ? BigInt(new TextDecoder().decode(raw)) : 0n;
    s.set(NEXT_ACCOUNT_NUMBER_KEY, new TextEncoder().encode((n + 1n).toString()));
    return n;
  }

  /** The SDK creates a BaseAccount the first time an address receives funds. */
  ensureAccount(ctx: Context, address: string): Account {
    const existing = this.getAccount(ctx, address);
    if (existing) return existing;
    const account: Account = { address, accountNumber: this.nextAccountNumber(ctx), sequence: 0n };
    this.setAccount(ctx, account);
    return account;
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
    this.setAccount(ctx, account);
    return account;
  }

  addressFromKey(key: { address: Uint8Array }): string {
    return accAddressToBech32(key.address);
  }

  isModuleAddress(address: string): boolean {
    for (const name of this.moduleAccounts.keys()) if (this.moduleAccountAddress(name) === address) return true;
    return false;
  }

  iterateAccounts(ctx: Context, start?: Uint8Array): Iterable<KVPair> {
    return new PrefixKV(this.store(ctx), ACCOUNT_PREFIX).iterate(start ?? new Uint8Array());
  }

  *allAccounts(ctx: Context): Iterable<Account> {
    for (const [, v] of this.iterateAccounts(ctx)) yield accountFromAny(Any.decode(v));
  }


  setNextAccountNumber(ctx: Context, n: bigint): void {
    this.store(ctx).set(NEXT_ACCOUNT_NUMBER_KEY, new TextEncoder().encode(n.toString()));
  }
}
