// app_state.sds in stratos-chain's JSON layout (GenesisState of genesis.proto, proto3 JSON):
//   { "params": {"bond_denom": "wei"},
//     "files": [{"file_hash": "v…", "file_info": {"height": "12", "reporters": "<base64>", "uploader": "st1…"}}] }
// plus one field of ours: "authority" — account allowed to send MsgUpdateParams (README change #10);
// default: register's authority at genesis (stored either way, so an export restarts to the same app hash).
import type { Context } from "../../chain/app/context.ts";
import { accAddressFromBech32 } from "../../chain/types/address.ts";
import { isValidFileHash } from "../../chain/crypto/cid.ts";
import type { FileInfo, SdsKeeper } from "./keeper.ts";
import { defaultSdsParams, sdsParamsFromJson, sdsParamsToJson, type SdsParams } from "./params.ts";

interface ParsedSdsGenesis {
  params: SdsParams;
  files: { fileHash: string; fileInfo: FileInfo }[];
  authority?: string;
}

function checkAcc(a: unknown, what: string): string {
  if (typeof a !== "string" || a.length === 0) throw new Error(`${what} is empty`);
  try {
    accAddressFromBech32(a, what);
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`);
  }
  return a;
}

function parse(state: any): ParsedSdsGenesis {
  if (state === undefined || state === null) return { params: sdsParamsFromJson(undefined), files: [] };
  if (typeof state !== "object" || Array.isArray(state)) throw new Error("sds genesis must be an object");
  const params = sdsParamsFromJson(state.params);
  const list = state.files ?? [];
  if (!Array.isArray(list)) throw new Error("sds.files must be a list");
  const seen = new Set<string>();
  const files = list.map((j: any, i: number) => {
    const what = `sds.files[${i}]`;
    const fileHash = j?.file_hash;
    if (typeof fileHash !== "string" || fileHash.length === 0) throw new Error(`${what}.file_hash is empty`);
    if (!isValidFileHash(fileHash)) throw new Error(`${what}.file_hash ${JSON.stringify(fileHash)} is not a valid SDS file hash`);
    if (seen.has(fileHash)) throw new Error(`${what}.file_hash ${fileHash} appears twice`);
    seen.add(fileHash);
    const fi = j?.file_info;
    if (typeof fi !== "object" || fi === null) throw new Error(`${what}.file_info is missing`);
    const height = fi.height ?? "0";
    if (!(typeof height === "string" || typeof height === "number") || !/^\d+$/.test(String(height))) {
      throw new Error(`${what}.file_info.height must be a non-negative integer, got ${JSON.stringify(height)}`);
    }
    const rep = fi.reporters;
    if (typeof rep !== "string" || rep.length === 0) throw new Error(`${what}.file_info.reporters is empty`);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(rep)) throw new Error(`${what}.file_info.reporters must be base64`);
    const reporters = new Uint8Array(Buffer.from(rep, "base64"));
    if (reporters.length === 0 || reporters.length % 8 !== 0) {
      throw new Error(`${what}.file_info.reporters must be a non-empty bitmap of whole 64-bit words (a multiple of 8 bytes), got ${reporters.length} bytes`);
    }
    const uploader = checkAcc(fi.uploader, `${what}.file_info.uploader`);
    return { fileHash, fileInfo: { height: BigInt(height), reporters, uploader } };
  });
  const authority = state.authority === undefined || state.authority === "" ? undefined : checkAcc(state.authority, "sds.authority");
  return { params, files, authority };
}

export function validateSdsGenesis(state: unknown): void {
  parse(state);
}

export function initSdsGenesis(ctx: Context, k: SdsKeeper, state: unknown): void {
  const g = parse(state);
  k.setParams(ctx, g.params);
  // Always stored, so an exported genesis (which names it) restarts to the same state.
  k.state.setAuthority(ctx, g.authority ?? k.register.getAuthority(ctx));
  for (const f of g.files) k.state.setFileInfo(ctx, f.fileHash, f.fileInfo);
}

/** A walk over sds's schema. */
export function exportSdsGenesis(ctx: Context, k: SdsKeeper) {
  const s = k.state.schema.walk(ctx);
  return {
    params: sdsParamsToJson(s.params ?? defaultSdsParams),
    files: s.files.map(([fileHash, f]) => ({
      file_hash: fileHash,
      file_info: { height: f.height.toString(), reporters: Buffer.from(f.reporters).toString("base64"), uploader: f.uploader },
    })),
    authority: s.authority ?? k.register.getAuthority(ctx),
  };
}
