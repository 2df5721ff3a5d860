import { Metadata, Params } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import type { Context } from "../../chain/app/context.ts";
import { errors } from "../../chain/app/errors.ts";
import { concatBytes, type KVPair } from "../../chain/app/kv.ts";
import { accAddressKey, intValue, pairKey, protoValue, SchemaBuilder, stringKey } from "../../chain/store/collections.ts";
import type { Coin } from "../../chain/types/coins.ts";
import type { BankAuthKeeper } from "./expected.ts";
import { emitBurn, emitMint, emitSend } from "./events.ts";
import { defaultBankParams } from "./params.ts";

export const BANK_STORE_PREFIX = new TextEncoder().encode("bank/");

const s = new SchemaBuilder(BANK_STORE_PREFIX);
/** 0x00 ‖ denom → total supply. */
const supply = s.map(0x00, "supply", stringKey, intValue);
/** 0x01 ‖ denom → Metadata. */
const denomMetadata = s.map(0x01, "denom_metadata", stringKey, protoValue(Metadata));
/** 0x02 ‖ len(addr) ‖ addr ‖ denom → amount (as the SDK lays balances out). */
const balances = s.map(0x02, "balances", pairKey(accAddressKey, stringKey), intValue);
const params = s.item(0x05, "params", protoValue(Params));

/** Every record of bank, for genesis export and for tests that nothing is left out. */
export const bankSchema = s.build({ supply, denomMetadata, balances, params });

/** Owns the "bank/" prefix: balances, supply, metadata, params. */
export class BankKeeper {
  readonly schema = bankSchema;

  constructor(private readonly auth: BankAuthKeeper) {}

  getParams(ctx: Context): Params {
    return params.getOr(ctx, defaultBankParams);
  }

  setParams(ctx: Context, p: Params): void {
    params.set(ctx, p);
  }

  getBalance(ctx: Context, address: string, denom: string): bigint {
    return balances.get(ctx, [address, denom]) ?? 0n;
  }

  /** Raw pairs of one address, keys = denom bytes (what pagination hands out as next_key), from `start` on. */
  iterateBalances(ctx: Context, address: string, start?: Uint8Array): Iterable<KVPair> {
    // The address is parsed now (a malformed one throws here, not on first iteration).
    const prefix = balances.keyCodec.prefix(address);
    return (function* () {
      for (const [k, v] of balances.raw(ctx, { prefix, start: start && concatBytes(prefix, start) })) yield [k.subarray(prefix.length), v] as KVPair;
    })();
  }

  /**
   * Holders of `denom` as raw pairs: key = length-prefixed address bytes (the SDK's denom-address
   * index key, so next_key and the order — by address length, then bytes — are the SDK's), value
   * = the amount, from `start` (such a key) on. A scan of all balances (no index is kept): for
   * queries only.
   */
  iterateDenomOwners(ctx: Context, denom: string, start?: Uint8Array): Iterable<KVPair> {
    const want = Buffer.from(denom);
    return (function* () {
      for (const [k, v] of balances.raw(ctx, start ? { start } : {})) {
        const end = 1 + k[0];
        if (Buffer.compare(k.subarray(end), want) === 0) yield [k.subarray(0, end), v] as KVPair;
      }
    })();
  }

  getAllBalances(ctx: Context, address: string): Coin[] {
    const out: Coin[] = [];
    for (const [[, denom], amount] of balances.iterate(ctx, { prefix: balances.keyCodec.prefix(address) })) out.push({ denom, amount });
    return out;
  }

  /** Every (address, coins) with a non-zero balance, in address-byte order. */
  allBalances(ctx: Context): Iterable<{ address: string; coins: Coin[] }> {
    return groupBalances(balances.iterate(ctx));
  }

  private setBalance(ctx: Context, address: string, denom: string, amount: bigint): void {
    // Zero balances are deleted so state (and the app hash) holds no empty entries.
    if (amount === 0n) balances.remove(ctx, [address, denom]);
    else balances.set(ctx, [address, denom], amount);
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
    return supply.get(ctx, denom) ?? 0n;
  }

  setSupply(ctx: Context, denom: string, amount: bigint): void {
    if (amount === 0n) supply.remove(ctx, denom);
    else supply.set(ctx, denom, amount);
  }

  /** Raw pairs, keys = denom bytes, from `start` on. */
  iterateSupply(ctx: Context, start?: Uint8Array): Iterable<KVPair> {
    return supply.raw(ctx, { start });
  }

  getAllSupply(ctx: Context): Coin[] {
    return [...supply.iterate(ctx)].map(([denom, amount]) => ({ denom, amount }));
  }

  getDenomMetadata(ctx: Context, denom: string): Metadata | undefined {
    return denomMetadata.get(ctx, denom);
  }

  setDenomMetadata(ctx: Context, m: Metadata): void {
    denomMetadata.set(ctx, m.base, m);
  }

  /** Raw pairs, keys = denom bytes, from `start` on. */
  iterateDenomMetadata(ctx: Context, start?: Uint8Array): Iterable<KVPair> {
    return denomMetadata.raw(ctx, { start });
  }

  /** Used by genesis: balances are set directly and supply checked against their sum. */
  setGenesisBalances(ctx: Context, address: string, coins: readonly Coin[]): void {
    this.addBalances(ctx, address, coins);
  }
}

/** Consecutive [(address, denom), amount] entries grouped by address (input in key order). */
export function* groupBalances(entries: Iterable<[[string, string], bigint]>): Iterable<{ address: string; coins: Coin[] }> {
  let current: { address: string; coins: Coin[] } | undefined;
  for (const [[address, denom], amount] of entries) {
    if (current?.address !== address) {
      if (current) yield current;
      current = { address, coins: [] };
    }
    current.coins.push({ denom, amount });
  }
  if (current) yield current;
}
