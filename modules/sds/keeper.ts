import type { Context } from "../../chain/app/context.ts";
import { concatBytes, PrefixKV, type KVStore } from "../../chain/app/kv.ts";
import { Dec } from "../../chain/types/dec.ts";
import type { BankKeeper } from "../bank/keeper.ts";
import { TOTAL_UNISSUED_PREPAY, type RegisterKeeper } from "../register/keeper.ts";
import { stratos } from "../../proto/client.ts";
import { sdsErrors } from "./errors.ts";
import { decodeSdsParams, defaultSdsParams, encodeSdsParams, type SdsParams } from "./params.ts";

export const SDS_STORE_PREFIX = new TextEncoder().encode("sds/");

// Store layout under "sds/" (stratos-chain's prefixes, §3.1).
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

export const fileInfoToProto = (f: FileInfo): stratos.sds.v1.IFileInfo => ({ height: f.height.toString(), reporters: f.reporters, uploader: f.uploader });
export function fileInfoFromProto(p: stratos.sds.v1.IFileInfo): FileInfo {
  const h = p.height ?? "0";
  return { height: /^\d+$/.test(h) ? BigInt(h) : 0n, reporters: Uint8Array.from(p.reporters ?? []), uploader: p.uploader ?? "" };
}
const encodeFileInfo = (f: FileInfo) => stratos.sds.v1.FileInfo.encode(fileInfoToProto(f)).finish();
const decodeFileInfo = (b: Uint8Array) => fileInfoFromProto(stratos.sds.v1.FileInfo.decode(b));

/**
 * Sets bit `index` the way stratos-chain's kelindar/bitmap does (FromBytes → Set → ToBytes on a
 * little-endian machine): the bitmap is a slice of uint64 words serialised little-endian; Set grows
 * it to index/64 + 1 words when shorter and never shrinks it.
 */
export function setReporterBit(bitmap: Uint8Array, index: number): Uint8Array {
  if (bitmap.length % 8 !== 0) throw sdsErrors.invalid(`reporter bitmap of ${bitmap.length} bytes is not a whole number of 64-bit words`);
  const words = Math.max(bitmap.length / 8, Math.floor(index / 64) + 1);
  const out = new Uint8Array(words * 8);
  out.set(bitmap);
  out[index >> 3] |= 1 << (index & 7);
  return out;
}

export function hasReporterBit(bitmap: Uint8Array, index: number): boolean {
  return (index >> 3) < bitmap.length && (bitmap[index >> 3] & (1 << (index & 7))) !== 0;
}

/** Owns the "sds/" prefix. No module account of its own: prepaid wei go to register's total_unissued_prepay. */
export class SdsKeeper {
  constructor(
    readonly bank: BankKeeper,
    readonly register: RegisterKeeper,
  ) {}

  private store(ctx: Context): KVStore {
    return new PrefixKV(ctx.store, SDS_STORE_PREFIX);
  }

  // ---- params / authority --------------------------------------------------------------------

  getParams(ctx: Context): SdsParams {
    const raw = this.store(ctx).get(PARAMS);
    return raw ? decodeSdsParams(raw) : defaultSdsParams;
  }
  setParams(ctx: Context, p: SdsParams): void {
    this.store(ctx).set(PARAMS, encodeSdsParams(p));
  }
  bondDenom(ctx: Context): string {
    return this.getParams(ctx).bondDenom;
  }
  /** Default: register's authority (one account governs params until gov exists). */
  getAuthority(ctx: Context): string {
    const raw = this.store(ctx).get(AUTHORITY);
    return raw ? dec.decode(raw) : this.register.getAuthority(ctx);
  }
  setAuthority(ctx: Context, a: string): void {
    this.store(ctx).set(AUTHORITY, enc.encode(a));
  }

  // ---- files ---------------------------------------------------------------------------------

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

  /**
   * §3.2 with README change #7: the reporter must be an active (Bonded, not suspended) meta node owned
   * by `from`; its bitmap bit is set, height and uploader overwritten.
   */
  fileUpload(ctx: Context, fileHash: string, reporter: string, from: string, uploader: string): FileInfo {
    const node = this.register.getMetaNode(ctx, reporter);
    if (!node) throw sdsErrors.reporterAddressOrOwner(`reporter ${reporter} is not a meta node`);
    if (node.ownerAddress !== from) throw sdsErrors.reporterAddressOrOwner(`reporter ${reporter} is owned by ${node.ownerAddress}, not by ${from}`);
    if (!this.register.isActiveMetaNode(node)) {
      throw sdsErrors.reporterAddressOrOwner(`reporter ${reporter} is not an active meta node (status ${node.status}, suspended ${node.suspend}); only Bonded, unsuspended meta nodes may report uploads`);
    }
    const index = this.register.metaNodeBitmapIndex(ctx, reporter);
    if (index === undefined) throw sdsErrors.reporterAddressOrOwner(`reporter ${reporter} has no reporter bitmap index`);
    const existing = this.getFileInfo(ctx, fileHash);
    const info: FileInfo = { height: ctx.height, reporters: setReporterBit(existing?.reporters ?? new Uint8Array(), index), uploader };
    this.setFileInfo(ctx, fileHash, info);
    return info;
  }

  // ---- ozone ---------------------------------------------------------------------------------

  /** St, Pt, Lt (§1.2). */
  nozPriceParams(ctx: Context): { st: bigint; pt: bigint; lt: bigint } {
    return {
      st: this.register.getEffectiveTotalDeposit(ctx),
      pt: this.register.totalUnissuedPrepay(ctx),
      lt: this.register.getRemainingOzoneLimit(ctx),
    };
  }

  /**
   * noz = trunc(Lt·a / (St+Pt+a)) in LegacyDec, operation order as stratos-chain's
   * CalculatePurchaseAmount: Lt.ToDec().Mul(a.ToDec()).Quo((St+Pt+a).ToDec()).TruncateInt().
   */
  purchaseAmount(ctx: Context, a: bigint): { purchased: bigint; remaining: bigint } {
    const { st, pt, lt } = this.nozPriceParams(ctx);
    const denominator = st + pt + a;
    if (denominator <= 0n) throw sdsErrors.ozoneLimitNotEnough(`cannot price a prepay of ${a}: St + Pt + a = ${denominator}`);
    const purchased = Dec.fromInt(lt).mul(Dec.fromInt(a)).quo(Dec.fromInt(denominator)).truncateInt();
    if (purchased > lt) throw sdsErrors.ozoneLimitNotEnough(`not enough remaining ozone limit to complete prepay: buying ${purchased} noz, ${lt} left`);
    return { purchased, remaining: lt - purchased };
  }

  /** Moves `a` (bond denom) sender → total_unissued_prepay and lowers Lt; returns the noz bought. */
  prepay(ctx: Context, sender: string, a: bigint): bigint {
    const denom = this.bondDenom(ctx);
    const have = this.bank.getBalance(ctx, sender, denom);
    if (have < a) throw sdsErrors.prepayFailure(`failure during prepay: ${sender} holds ${have}${denom}, prepay needs ${a}${denom}: insufficient funds`);
    const { purchased, remaining } = this.purchaseAmount(ctx, a);
    this.bank.sendCoinsFromAccountToModule(ctx, sender, TOTAL_UNISSUED_PREPAY, [{ denom, amount: a }]);
    this.register.setRemainingOzoneLimit(ctx, remaining);
    return purchased;
  }

  /** (St + Pt) / Lt wei per noz; undefined when Lt is 0. */
  nozPrice(ctx: Context): Dec | undefined {
    const { st, pt, lt } = this.nozPriceParams(ctx);
    if (lt === 0n) return undefined;
    return Dec.fromInt(st + pt).quo(Dec.fromInt(lt));
  }

  /** remaining = Lt; total = trunc(St / deposit_noz_rate). */
  nozSupply(ctx: Context): { remaining: bigint; total: bigint } {
    return {
      remaining: this.register.getRemainingOzoneLimit(ctx),
      total: Dec.fromInt(this.register.getEffectiveTotalDeposit(ctx)).quo(this.register.getDepositNozRate(ctx)).truncateInt(),
    };
  }
}
