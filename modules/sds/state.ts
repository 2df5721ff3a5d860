// sds's state under "sds/" (stratos-chain's prefixes, §3.1) and its value type. Accessors only.
import type { Context } from "../../chain/app/context.ts";
import { concatBytes, PrefixKV, type KVStore } from "../../chain/app/kv.ts";
import { stratos } from "../../proto/client.ts";
import { decodeSdsParams, defaultSdsParams, encodeSdsParams, type SdsParams } from "./params.ts";

export const SDS_STORE_PREFIX = new TextEncoder().encode("sds/");

const FILE = 0x01;
const PARAMS = Uint8Array.of(0x20);
/** Ours (README change #10): the account allowed to send MsgUpdateParams until a gov module exists. */
const AUTHORITY = Uint8Array.of(0x21);

const enc = new TextEncoder();
const dec = new TextDecoder();

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
const encodeFileInfo = (f: FileInfo) => stratos.sds.v1.FileInfo.encode(fileInfoToProto(f)).finish();
const decodeFileInfo = (b: Uint8Array) => fileInfoFromProto(stratos.sds.v1.FileInfo.decode(b));

/** Owns the "sds/" prefix. Every method is one read, write or iteration of its record. */
export class SdsState {
  private store(ctx: Context): KVStore {
    return new PrefixKV(ctx.store, SDS_STORE_PREFIX);
  }

  getParams(ctx: Context): SdsParams {
    const raw = this.store(ctx).get(PARAMS);
    return raw ? decodeSdsParams(raw) : defaultSdsParams;
  }
  setParams(ctx: Context, p: SdsParams): void {
    this.store(ctx).set(PARAMS, encodeSdsParams(p));
  }
  /** undefined: none stored (the keeper falls back to register's). */
  getAuthority(ctx: Context): string | undefined {
    const raw = this.store(ctx).get(AUTHORITY);
    return raw ? dec.decode(raw) : undefined;
  }
  setAuthority(ctx: Context, a: string): void {
    this.store(ctx).set(AUTHORITY, enc.encode(a));
  }

  getFileInfo(ctx: Context, fileHash: string): FileInfo | undefined {
    const raw = this.store(ctx).get(concatBytes(Uint8Array.of(FILE), enc.encode(fileHash)));
    return raw ? decodeFileInfo(raw) : undefined;
  }
  setFileInfo(ctx: Context, fileHash: string, f: FileInfo): void {
    this.store(ctx).set(concatBytes(Uint8Array.of(FILE), enc.encode(fileHash)), encodeFileInfo(f));
  }
  *allFiles(ctx: Context): Iterable<{ fileHash: string; fileInfo: FileInfo }> {
    for (const [k, v] of new PrefixKV(this.store(ctx), Uint8Array.of(FILE)).iterate(new Uint8Array())) {
      yield { fileHash: dec.decode(k), fileInfo: decodeFileInfo(v) };
    }
  }
}
