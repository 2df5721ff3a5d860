import { Metadata, Params } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import type { Context } from "../../chain/app/context.ts";
import { errors } from "../../chain/app/errors.ts";
import { concatBytes, PrefixKV, type KVPair, type KVStore } from "../../chain/app/kv.ts";
import { accAddressFromBech32, accAddressToBech32 } from "../../chain/types/address.ts";
import type { Coin } from "../../chain/types/coins.ts";
import type { AuthKeeper } from "../auth/keeper.ts";
import { emitBurn, emitMint, emitSend } from "./events.ts";
import { defaultBankParams } from "./params.ts";

export const BANK_STORE_PREFIX = new TextEncoder().encode("bank/");
const SUPPLY_PREFIX = Uint8Array.of(0x00);
const METADATA_PREFIX = Uint8Array.of(0x01);
const BALANCE_PREFIX = Uint8Array.of(0x02);
const PARAMS_KEY = Uint8Array.of(0x05);

const enc = new TextEncoder();
const dec = new TextDecoder();
const encodeAmount = (n: bigint) => enc.encode(n.toString());
const decodeAmount = (b: Uint8Array) => BigInt(dec.decode(b));

/** Owns the "bank/" prefix: balances (0x02|len|addr|denom), supply (0x00|denom), metadata, params. */
export class BankKeeper {
  constructor(private readonly auth: AuthKeeper) {}

  private store(ctx: Context): KVStore {
    return new PrefixKV(ctx.store, BANK_STORE_PREFIX);
  }

  private balancesPrefix(addr: Uint8Array): Uint8Array {
    return concatBytes(BALANCE_PREFIX, Uint8Array.of(addr.length), addr);
  }

  getParams(ctx: Context): Params {
    const raw = this.store(ctx).get(PARAMS_KEY);
    return raw ? Params.decode(raw) : defaultBankParams;
  }

  setParams(ctx: Context, p: Params): void {
    this.store(ctx).set(PARAMS_KEY, Params.encode(p).finish());
  }

  getBalance(ctx: Context, address: string, denom: string): bigint {
    const raw = this.store(ctx).get(concatBytes(this.balancesPrefix(accAddressFromBech32(address)), enc.encode(denom)));
    return raw ? decodeAmount(raw) : 0n;
  }

  iterateBalances(ctx: Context, address: string, start?: Uint8Array): Iterable<KVPair> {
    return new PrefixKV(this.store(ctx), this.balancesPrefix(accAddressFromBech32(address))).iterate(start ?? new Uint8Array());
  }

  getAllBalances(ctx: Context, address: string): Coin[] {
    const out: Coin[] = [];
    for (const [k, v] of this.iterateBalances(ctx, address)) out.push({ denom: dec.decode(k), amount: decodeAmount(v) });
    return out;
  }

  /** Every (address, coins) with a non-zero balance, in address-byte order. */
  *allBalances(ctx: Context): Iterable<{ address: string; coins: Coin[] }> {
    let current: { address: string; coins: Coin[] } | undefined;
    for (const [k, v] of new PrefixKV(this.store(ctx), BALANCE_PREFIX).iterate(new Uint8Array())) {
      const n = k[0];
      const address = accAddressToBech32(k.subarray(1, 1 + n));
      const denom = dec.decode(k.subarray(1 + n));
      if (current?.address !== address) {
        if (current) yield current;
        current = { address, coins: [] };
      }
      current.coins.push({ denom, amount: decodeAmount(v) });
    }
    if (current) yield current;
  }

  private setBalance(ctx: Context, address: string, denom: string, amount: bigint): void {
    const key = concatBytes(this.balancesPrefix(accAddressFromBech32(address)), enc.encode(denom));
    // Zero balances are deleted so state (and the app hash) holds no empty entries.
    if (amount === 0n) this.store(ctx).delete(key);
    else this.store(ctx).set(key, encodeAmount(amount));
  }

  private subBalances(ctx: Context, address: string, coins: readonly Coin[]): void {
    for (const c of coins) {
      const have = this.getBalance(ctx, address, c.denom);
      if (have < c.amount) {
        throw errors.insufficientFunds(`spendable balance ${have}${c.denom} is smaller than ${c.amount}${c.denom}: insufficient funds`);
      }
      this.setBalance(ctx, address, c.denom, have - c.amount);
    }
  }

  private addBalances(ctx: Context, address: string, coins: readonly Coin[]): void {
    for (const c of coins) this.setBalance(ctx, address, c.denom, this.getBalance(ctx, address, c.denom) + c.amount);
  }

  isSendEnabled(ctx: Context, denom: string): boolean {
    const p = this.getParams(ctx);
    const entry = p.sendEnabled.find((s) => s.denom === denom);
    return entry ? entry.enabled : p.defaultSendEnabled;
  }

  /** Moves coins between accounts, creating the recipient's account on first receipt (as the SDK does). */
  sendCoins(ctx: Context, from: string, to: string, coins: readonly Coin[]): void {
    this.subBalances(ctx, from, coins);
    this.auth.ensureAccount(ctx, to);
    this.addBalances(ctx, to, coins);
    emitSend(ctx.events, from, to, coins);
  }

  sendCoinsFromAccountToModule(ctx: Context, from: string, module: string, coins: readonly Coin[]): void {
    this.sendCoins(ctx, from, this.auth.getModuleAccount(ctx, module).address, coins);
  }

  sendCoinsFromModuleToAccount(ctx: Context, module: string, to: string, coins: readonly Coin[]): void {
    this.sendCoins(ctx, this.auth.getModuleAccount(ctx, module).address, to, coins);
  }

  sendCoinsFromModuleToModule(ctx: Context, from: string, to: string, coins: readonly Coin[]): void {
    this.sendCoins(ctx, this.auth.getModuleAccount(ctx, from).address, this.auth.getModuleAccount(ctx, to).address, coins);
  }

  private requirePermission(ctx: Context, module: string, perm: string): string {
    const acc = this.auth.getModuleAccount(ctx, module);
    if (!acc.module!.permissions.includes(perm)) throw errors.unauthorized(`module account ${module} does not have permissions to ${perm}`);
    return acc.address;
  }

  mintCoins(ctx: Context, module: string, coins: readonly Coin[]): void {
    const addr = this.requirePermission(ctx, module, "minter");
    this.addBalances(ctx, addr, coins);
    for (const c of coins) this.setSupply(ctx, c.denom, this.getSupply(ctx, c.denom) + c.amount);
    emitMint(ctx.events, addr, coins);
  }

  burnCoins(ctx: Context, module: string, coins: readonly Coin[]): void {
    const addr = this.requirePermission(ctx, module, "burner");
    this.subBalances(ctx, addr, coins);
    for (const c of coins) this.setSupply(ctx, c.denom, this.getSupply(ctx, c.denom) - c.amount);
    emitBurn(ctx.events, addr, coins);
  }

  getSupply(ctx: Context, denom: string): bigint {
    const raw = this.store(ctx).get(concatBytes(SUPPLY_PREFIX, enc.encode(denom)));
    return raw ? decodeAmount(raw) : 0n;
  }

  setSupply(ctx: Context, denom: string, amount: bigint): void {
    const key = concatBytes(SUPPLY_PREFIX, enc.encode(denom));
    if (amount === 0n) this.store(ctx).delete(key);
    else this.store(ctx).set(key, encodeAmount(amount));
  }

  iterateSupply(ctx: Context, start?: Uint8Array): Iterable<KVPair> {
    return new PrefixKV(this.store(ctx), SUPPLY_PREFIX).iterate(start ?? new Uint8Array());
  }

  getAllSupply(ctx: Context): Coin[] {
    return [...this.iterateSupply(ctx)].map(([k, v]) => ({ denom: dec.decode(k), amount: decodeAmount(v) }));
  }

  getDenomMetadata(ctx: Context, denom: string): Metadata | undefined {
    const raw = this.store(ctx).get(concatBytes(METADATA_PREFIX, enc.encode(denom)));
    return raw ? Metadata.decode(raw) : undefined;
  }

  setDenomMetadata(ctx: Context, m: Metadata): void {
    this.store(ctx).set(concatBytes(METADATA_PREFIX, enc.encode(m.base)), Metadata.encode(m).finish());
  }

  iterateDenomMetadata(ctx: Context, start?: Uint8Array): Iterable<KVPair> {
    return new PrefixKV(this.store(ctx), METADATA_PREFIX).iterate(start ?? new Uint8Array());
  }

  /** Used by genesis: balances are set directly and supply checked against their sum. */
  setGenesisBalances(ctx: Context, address: string, coins: readonly Coin[]): void {
    this.addBalances(ctx, address, coins);
  }
}
