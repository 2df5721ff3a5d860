// Slashing params as stratos-chain ships them (the SDK's x/slashing defaults): a 100-block signed-blocks
// window, at least half of it signed, 600 s in jail for downtime, 5 % slashed for a double sign, 1 % for
// downtime.
import type { Params } from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import { Dec } from "../../chain/types/dec.ts";
import { durationToJson } from "../staking/params.ts";

export interface SlashingParams {
  signedBlocksWindow: bigint;
  minSignedPerWindow: Dec;
  downtimeJailDuration: { seconds: bigint; nanos: number };
  slashFractionDoubleSign: Dec;
  slashFractionDowntime: Dec;
}

export const defaultSlashingParams: SlashingParams = {
  signedBlocksWindow: 100n,
  minSignedPerWindow: Dec.fromString("0.5"),
  downtimeJailDuration: { seconds: 600n, nanos: 0 },
  slashFractionDoubleSign: Dec.fromString("0.05"),
  slashFractionDowntime: Dec.fromString("0.01"),
};

/** The SDK's Params.Validate (x/slashing/types/params.go), same messages. */
export function validateSlashingParams(p: SlashingParams): void {
  if (p.signedBlocksWindow <= 0n) throw new Error(`signed blocks window must be positive: ${p.signedBlocksWindow}`);
  if (p.minSignedPerWindow.isNegative()) throw new Error(`min signed per window cannot be negative: ${p.minSignedPerWindow}`);
  if (p.minSignedPerWindow.cmp(Dec.one) > 0) throw new Error(`min signed per window too large: ${p.minSignedPerWindow}`);
  if (p.downtimeJailDuration.seconds < 0n || (p.downtimeJailDuration.seconds === 0n && p.downtimeJailDuration.nanos <= 0)) throw new Error(`downtime jail duration must be positive: ${durationToJson(p.downtimeJailDuration)}`);
  for (const [name, d] of [["double sign", p.slashFractionDoubleSign], ["downtime", p.slashFractionDowntime]] as const) {
    if (d.isNegative()) throw new Error(`${name} slash fraction cannot be negative: ${d}`);
    if (d.cmp(Dec.one) > 0) throw new Error(`${name} slash fraction too large: ${d}`);
  }
}

/** min_signed_per_window × window, rounded (the SDK's MinSignedPerWindow: MulInt64(window).RoundInt64()). */
export function minSignedBlocks(p: SlashingParams): bigint {
  return p.minSignedPerWindow.mulInt(p.signedBlocksWindow).roundInt();
}

const decBytes = (d: Dec) => new TextEncoder().encode(d.toProtoString());
const decFromBytes = (b: Uint8Array) => Dec.fromProtoString(new TextDecoder().decode(b) || "0");

export function slashingParamsToProto(p: SlashingParams): Params {
  return {
    signedBlocksWindow: p.signedBlocksWindow,
    minSignedPerWindow: decBytes(p.minSignedPerWindow),
    downtimeJailDuration: { seconds: p.downtimeJailDuration.seconds, nanos: p.downtimeJailDuration.nanos },
    slashFractionDoubleSign: decBytes(p.slashFractionDoubleSign),
    slashFractionDowntime: decBytes(p.slashFractionDowntime),
  };
}
export function slashingParamsFromProto(p: Params): SlashingParams {
  return {
    signedBlocksWindow: p.signedBlocksWindow,
    minSignedPerWindow: decFromBytes(p.minSignedPerWindow),
    downtimeJailDuration: { seconds: p.downtimeJailDuration?.seconds ?? 0n, nanos: p.downtimeJailDuration?.nanos ?? 0 },
    slashFractionDoubleSign: decFromBytes(p.slashFractionDoubleSign),
    slashFractionDowntime: decFromBytes(p.slashFractionDowntime),
  };
}

export function slashingParamsToJson(p: SlashingParams) {
  return {
    signed_blocks_window: p.signedBlocksWindow.toString(),
    min_signed_per_window: p.minSignedPerWindow.toString(),
    downtime_jail_duration: durationToJson(p.downtimeJailDuration),
    slash_fraction_double_sign: p.slashFractionDoubleSign.toString(),
    slash_fraction_downtime: p.slashFractionDowntime.toString(),
  };
}

function durationFromJson(v: unknown, what: string): { seconds: bigint; nanos: number } {
  const m = typeof v === "string" ? /^(\d+)(?:\.(\d{1,9}))?s$/.exec(v) : null;
  if (!m) throw new Error(`${what} must be a duration such as "600s", got ${JSON.stringify(v)}`);
  return { seconds: BigInt(m[1]), nanos: Number((m[2] ?? "").padEnd(9, "0") || "0") };
}
function decFromJson(v: unknown, what: string): Dec {
  try {
    return Dec.fromString(String(v));
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`);
  }
}

export function slashingParamsFromJson(j: any): SlashingParams {
  if (j === undefined) return defaultSlashingParams;
  if (typeof j !== "object" || j === null) throw new Error("slashing.params must be an object");
  const w = String(j.signed_blocks_window ?? "");
  if (!/^-?\d+$/.test(w)) throw new Error(`slashing.params.signed_blocks_window must be an integer string, got ${JSON.stringify(j.signed_blocks_window)}`);
  const p: SlashingParams = {
    signedBlocksWindow: BigInt(w),
    minSignedPerWindow: decFromJson(j.min_signed_per_window, "slashing.params.min_signed_per_window"),
    downtimeJailDuration: durationFromJson(j.downtime_jail_duration, "slashing.params.downtime_jail_duration"),
    slashFractionDoubleSign: decFromJson(j.slash_fraction_double_sign, "slashing.params.slash_fraction_double_sign"),
    slashFractionDowntime: decFromJson(j.slash_fraction_downtime, "slashing.params.slash_fraction_downtime"),
  };
  try {
    validateSlashingParams(p);
  } catch (e) {
    throw new Error(`slashing.params: ${(e as Error).message}`);
  }
  return p;
}
