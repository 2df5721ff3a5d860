import { Metadata } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import type { Context } from "../../chain/app/context.ts";
import { accAddressFromBech32 } from "../../chain/types/address.ts";
import { addCoins, coinsFromWire, coinsToWire, formatCoins, type Coin } from "../../chain/types/coins.ts";
import { groupBalances, type BankKeeper } from "./keeper.ts";
import { bankParamsFromJson, bankParamsToJson, defaultBankParams, stosMetadata } from "./params.ts";

// app_state.bank in the Cosmos JSON layout: params, balances, supply, denom_metadata, send_enabled.

interface ParsedBankGenesis {
  balances: { address: string; coins: Coin[] }[];
  supply: Coin[];
  metadata: Metadata[];
}

function parse(state: any): ParsedBankGenesis {
  const balances = (state?.balances ?? []).map((b: any, i: number) => {
    try {
      accAddressFromBech32(b.address);
      return { address: b.address as string, coins: coinsFromWire(b.coins ?? [], "coins") };
    } catch (e) {
      throw new Error(`bank.balances[${i}]: ${(e as Error).message}`);
    }
  });
  const seen = new Set<string>();
  for (const b of balances) {
    if (seen.has(b.address)) throw new Error(`bank.balances: duplicate balance for ${b.address}`);
    seen.add(b.address);
  }
  let sum: Coin[] = [];
  for (const b of balances) sum = addCoins(sum, b.coins);
  let supply: Coin[];
  try {
    supply = coinsFromWire(state?.supply ?? [], "supply");
  } catch (e) {
    throw new Error(`bank.supply: ${(e as Error).message}`);
  }
  // An empty supply means "the sum of balances", as the SDK accepts; a given one must match it.
  if (supply.length > 0 && formatCoins(supply) !== formatCoins(sum)) {
    throw new Error(`bank.supply ${formatCoins(supply)} does not equal the sum of balances ${formatCoins(sum)}`);
  }
  const metadata: Metadata[] = (state?.denom_metadata ?? []).map((m: any) => metadataFromJson(m));
  return { balances, supply: sum, metadata };
}

function metadataFromJson(m: any): Metadata {
  if (typeof m?.base !== "string") throw new Error(`bank.denom_metadata: entry without base: ${JSON.stringify(m)}`);
  return Metadata.fromPartial({
    description: m.description ?? "",
    denomUnits: (m.denom_units ?? []).map((u: any) => ({ denom: u.denom, exponent: Number(u.exponent ?? 0), aliases: u.aliases ?? [] })),
    base: m.base,
    display: m.display ?? "",
    name: m.name ?? "",
    symbol: m.symbol ?? "",
    uri: m.uri ?? "",
    uriHash: m.uri_hash ?? "",
  });
}

function metadataToJson(m: Metadata) {
  return {
    description: m.description,
    denom_units: m.denomUnits.map((u) => ({ denom: u.denom, exponent: u.exponent, aliases: u.aliases })),
    base: m.base,
    display: m.display,
    name: m.name,
    symbol: m.symbol,
    uri: m.uri,
    uri_hash: m.uriHash,
  };
}

export function validateBankGenesis(state: any): void {
  bankParamsFromJson(state?.params);
  parse(state);
}

export function initBankGenesis(ctx: Context, bank: BankKeeper, state: any): void {
  bank.setParams(ctx, bankParamsFromJson(state?.params));
  const g = parse(state);
  for (const b of g.balances) bank.setGenesisBalances(ctx, b.address, b.coins);
  for (const c of g.supply) bank.setSupply(ctx, c.denom, c.amount);
  for (const m of g.metadata) bank.setDenomMetadata(ctx, m);
}

/** A walk over bank's schema. */
export function exportBankGenesis(ctx: Context, bank: BankKeeper) {
  const s = bank.schema.walk(ctx);
  return {
    params: bankParamsToJson(s.params ?? defaultBankParams),
    balances: [...groupBalances(s.balances)].map((b) => ({ address: b.address, coins: coinsToWire(b.coins) })),
    supply: coinsToWire(s.supply.map(([denom, amount]) => ({ denom, amount }))),
    denom_metadata: s.denomMetadata.map(([, m]) => metadataToJson(m)),
    send_enabled: [],
  };
}

export const defaultBankGenesisMetadata = [metadataToJson(stosMetadata)];
