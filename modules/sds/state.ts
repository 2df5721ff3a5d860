// sds's state under "sds/" (stratos-chain's prefixes, §3.1), declared as typed collections bound to
// the module prefix, and its value type. Accessors only.
import type { Context } from "../../chain/app/context.ts";
import { mapValue, protoValue, SchemaBuilder, stringKey, stringValue, valueCodec } from "../../chain/store/collections.ts";
import { stratos } from "../../proto/client.ts";
import { decodeSdsParams, defaultSdsParams, encodeSdsParams, type SdsParams } from "./params.ts";

export const SDS_STORE_PREFIX = new TextEncoder().encode("sds/");

export interface FileInfo {
  height: bigint;
  /** kelindar/bitmap bytes: little-endian uint64 words, bit i = byte i/8, bit i%8. */
  reporters: Uint8Array;
  uploader: string;
}

export const fileInfoToProto = (f: FileInfo): stratos.sds.v1.FileInfo => ({ height: f.height.toString(), reporters: f.reporters, uploader: f.uploader });
export function fileInfoFromProto(p: stratos.sds.v1.FileInfo): FileInfo {
  const h = p.height ?? "0";
  return { height: /^\d+$/.test(h) ? BigInt(h) : 0n, reporters: Uint8Array.from(p.reporters ?? []), uploader: p.uploader ?? "" };
}
const fileInfoValue = mapValue(protoValue(stratos.sds.v1.FileInfo), fileInfoFromProto, fileInfoToProto, "FileInfo");

const s = new SchemaBuilder(SDS_STORE_PREFIX);
/** 0x01 ‖ file hash (the CID string) → FileInfo. */
const files = s.map(0x01, "files", stringKey, fileInfoValue);
const params = s.item(0x20, "params", valueCodec("SdsParams", encodeSdsParams, decodeSdsParams));
/** Ours (README change #10): the account allowed to send MsgUpdateParams until a gov module exists. */
const authority = s.item(0x21, "authority", stringValue);

/** Every record of sds, for genesis export and for tests that nothing is left out. */
export const sdsSchema = s.build({ files, params, authority });

/** Owns the "sds/" prefix. Every method is one read, write or iteration of its record. */
export class SdsState {
  readonly schema = sdsSchema;

  getParams(ctx: Context): SdsParams {
    return params.getOr(ctx, defaultSdsParams);
  }
  setParams(ctx: Context, p: SdsParams): void {
    params.set(ctx, p);
  }
  /** undefined: none stored (the keeper falls back to register's). */
  getAuthority(ctx: Context): string | undefined {
    return authority.get(ctx);
  }
  setAuthority(ctx: Context, a: string): void {
    authority.set(ctx, a);
  }

  getFileInfo(ctx: Context, fileHash: string): FileInfo | undefined {
    return files.get(ctx, fileHash);
  }
  setFileInfo(ctx: Context, fileHash: string, f: FileInfo): void {
    files.set(ctx, fileHash, f);
  }
  *allFiles(ctx: Context): Iterable<{ fileHash: string; fileInfo: FileInfo }> {
    for (const [fileHash, fileInfo] of files.iterate(ctx)) yield { fileHash, fileInfo };
  }
}
