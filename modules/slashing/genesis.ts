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
  runs: Map<string, { since: bigint; indexOffset: bigint }>;
  missed: [string, bigint][];
}

function parse(state: unknown): Parsed {
  if (state === undefined) return { params: defaultSlashingParams, infos: [], runs: new Map(), missed: [] };
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
  // Ours: the counting run a signing info was in at export (its first height and stored offset), so an
  // import stores exactly what the exporting chain held (same app hash); absent in the SDK's JSON.
  const runs = new Map<string, { since: bigint; indexOffset: bigint }>();
  for (const [i, e] of ((j.signing_infos ?? []) as any[]).entries()) {
    if (e?.counting_run === undefined) continue;
    const w = `slashing.signing_infos[${i}].counting_run`;
    const run = { since: int(e.counting_run?.since, `${w}.since`), indexOffset: int(e.counting_run?.index_offset, `${w}.index_offset`) };
    if (run.since === 0n) throw new Error(`${w}.since must be a height (≥ 1)`);
    runs.set(String(e.address), run);
  }
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
  return { params: p, infos, runs, missed };
}

export function validateSlashingGenesis(state: unknown): void {
  parse(state);
}

export function initSlashingGenesis(ctx: Context, k: SlashingKeeper, state: unknown): void {
  // An absent section writes nothing (as staking, register, sds, pot): the keeper reads default params.
  if (state === undefined) return;
  const g = parse(state);
  k.setParams(ctx, g.params);
  for (const i of g.infos) k.setSigningInfo(ctx, i, g.runs.get(i.address));
  for (const [a, idx] of g.missed) k.setMissed(ctx, a, idx, true);
}

export function exportSlashingGenesis(ctx: Context, k: SlashingKeeper) {
  const all = [...k.allSigningInfos(ctx)];
  const infos = all.map((e) => e.info);
  return {
    params: slashingParamsToJson(k.getParams(ctx)),
    signing_infos: all.map(({ info: i, run }) => ({
      address: i.address,
      ...(run ? { counting_run: { since: run.since.toString(), index_offset: run.indexOffset.toString() } } : {}),
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
