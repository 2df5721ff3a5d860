// app_state.slashing in the Cosmos SDK's JSON layout: params, signing_infos, missed_blocks.
import type { Context } from "../../chain/app/context.ts";
import { CONSENSUS_PREFIX, fromBech32 } from "../../chain/crypto/bech32.ts";
import { timeFromJson, timeToJson } from "../staking/genesis.ts";
import type { SigningInfo, SlashingKeeper } from "./keeper.ts";
import { defaultSlashingParams, slashingParamsFromJson, slashingParamsToJson } from "./params.ts";

export function defaultSlashingGenesis() {
  return { params: slashingParamsToJson(defaultSlashingParams), signing_infos: [], missed_blocks: [] };
}

const int = (v: unknown, what: string): bigint => {
  if (!/^\d+$/.test(String(v ?? ""))) throw new Error(`${what} must be a non-negative integer string, got ${JSON.stringify(v)}`);
  return BigInt(String(v));
};
const consAddr = (v: unknown, what: string): string => {
  try {
    fromBech32(String(v), CONSENSUS_PREFIX);
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message} (expected an stvalcons1… address)`);
  }
  return String(v);
};

interface Parsed {
  params: ReturnType<typeof slashingParamsFromJson>;
  infos: SigningInfo[];
  missed: [string, bigint][];
}

function parse(state: unknown): Parsed {
  if (state === undefined) return { params: defaultSlashingParams, infos: [], missed: [] };
  if (typeof state !== "object" || state === null) throw new Error("slashing genesis must be an object");
  const j = state as any;
  const p = slashingParamsFromJson(j.params);
  const infos = ((j.signing_infos ?? []) as any[]).map((e, i): SigningInfo => {
    const w = `slashing.signing_infos[${i}]`;
    const addr = consAddr(e?.address, `${w}.address`);
    const v = e?.validator_signing_info ?? {};
    if (v.address !== undefined && v.address !== addr) throw new Error(`${w}.validator_signing_info.address ${v.address} differs from ${addr}`);
    return {
      address: addr,
      startHeight: int(v.start_height ?? "0", `${w}.validator_signing_info.start_height`),
      indexOffset: int(v.index_offset ?? "0", `${w}.validator_signing_info.index_offset`),
      jailedUntil: timeFromJson(v.jailed_until ?? "1970-01-01T00:00:00Z", `${w}.validator_signing_info.jailed_until`),
      tombstoned: v.tombstoned === true,
      missedBlocksCounter: int(v.missed_blocks_counter ?? "0", `${w}.validator_signing_info.missed_blocks_counter`),
    };
  });
  const seen = new Set<string>();
  for (const i of infos) {
    if (seen.has(i.address)) throw new Error(`slashing.signing_infos: duplicate address ${i.address}`);
    seen.add(i.address);
  }
  const missed: [string, bigint][] = [];
  for (const [i, e] of ((j.missed_blocks ?? []) as any[]).entries()) {
    const w = `slashing.missed_blocks[${i}]`;
    const addr = consAddr(e?.address, `${w}.address`);
    for (const [n, b] of ((e?.missed_blocks ?? []) as any[]).entries()) {
      const idx = int(b?.index, `${w}.missed_blocks[${n}].index`);
      if (idx >= p.signedBlocksWindow) throw new Error(`${w}.missed_blocks[${n}].index ${idx} is outside the signed blocks window ${p.signedBlocksWindow}`);
      if (b?.missed === true) missed.push([addr, idx]);
    }
  }
  return { params: p, infos, missed };
}

export function validateSlashingGenesis(state: unknown): void {
  parse(state);
}

export function initSlashingGenesis(ctx: Context, k: SlashingKeeper, state: unknown): void {
  // An absent section writes nothing (as staking, register, sds, pot): the keeper reads default params.
  if (state === undefined) return;
  const g = parse(state);
  k.setParams(ctx, g.params);
  for (const i of g.infos) k.setSigningInfo(ctx, i);
  for (const [a, idx] of g.missed) k.setMissed(ctx, a, idx, true);
}

export function exportSlashingGenesis(ctx: Context, k: SlashingKeeper) {
  const infos = [...k.allSigningInfos(ctx)];
  return {
    params: slashingParamsToJson(k.getParams(ctx)),
    signing_infos: infos.map((i) => ({
      address: i.address,
      validator_signing_info: {
        address: i.address,
        start_height: i.startHeight.toString(),
        index_offset: i.indexOffset.toString(),
        jailed_until: timeToJson(i.jailedUntil),
        tombstoned: i.tombstoned,
        missed_blocks_counter: i.missedBlocksCounter.toString(),
      },
    })),
    // Only the missed indexes (a signed index is the absence of an entry).
    missed_blocks: infos.map((i) => ({ address: i.address, missed_blocks: k.missedIndexes(ctx, i.address).map((index) => ({ index: index.toString(), missed: true })) })),
  };
}
