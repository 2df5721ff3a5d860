// Sds params (§3.1): bond_denom only, default "wei".
import { validateDenom } from "../../chain/types/coins.ts";
import { stratos } from "../../proto/client.ts";

export interface SdsParams {
  bondDenom: string;
}

export const defaultSdsParams: SdsParams = { bondDenom: "wei" };

/** Throws a message naming the field. */
export function validateSdsParams(p: SdsParams): void {
  if (p.bondDenom.trim().length === 0) throw new Error("sds params: bond_denom is blank");
  try {
    validateDenom(p.bondDenom);
  } catch (e) {
    throw new Error(`sds params: ${(e as Error).message}`);
  }
}

export const sdsParamsToProto = (p: SdsParams) => stratos.sds.v1.Params.create({ bondDenom: p.bondDenom });
export const sdsParamsFromProto = (p: stratos.sds.v1.Params): SdsParams => ({ bondDenom: p.bondDenom ?? "" });
export const encodeSdsParams = (p: SdsParams) => stratos.sds.v1.Params.encode(sdsParamsToProto(p)).finish();
export const decodeSdsParams = (b: Uint8Array) => sdsParamsFromProto(stratos.sds.v1.Params.decode(b));

/** Missing fields take their defaults; present ones must be well-formed. */
export function sdsParamsFromJson(j: any): SdsParams {
  if (j === undefined || j === null) return defaultSdsParams;
  if (typeof j !== "object" || Array.isArray(j)) throw new Error("sds.params must be an object");
  const bondDenom = j.bond_denom ?? defaultSdsParams.bondDenom;
  if (typeof bondDenom !== "string") throw new Error(`sds.params.bond_denom must be a string, got ${JSON.stringify(bondDenom)}`);
  const p = { bondDenom };
  validateSdsParams(p);
  return p;
}

export const sdsParamsToJson = (p: SdsParams) => ({ bond_denom: p.bondDenom });
