// SdsKeeper: file-upload records and ozone sales (§3). State accessors are in state.ts; register and
// bank are reached through expected.ts only.
import type { Context } from "../../chain/app/context.ts";
import { Dec } from "../../chain/types/dec.ts";
import { sdsErrors } from "./errors.ts";
import { TOTAL_UNISSUED_PREPAY, type SdsBankKeeper, type SdsRegisterKeeper } from "./expected.ts";
import type { SdsParams } from "./params.ts";
import { SdsState, type FileInfo } from "./state.ts";

export { SDS_STORE_PREFIX, fileInfoFromProto, fileInfoToProto, type FileInfo } from "./state.ts";

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

/** Owns the "sds/" prefix (through `state`). No module account of its own: prepaid wei go to register's total_unissued_prepay. */
export class SdsKeeper {
  readonly state = new SdsState();

  constructor(
    readonly bank: SdsBankKeeper,
    readonly register: SdsRegisterKeeper,
  ) {}

  getParams(ctx: Context): SdsParams {
    return this.state.getParams(ctx);
  }
  setParams(ctx: Context, p: SdsParams): void {
    this.state.setParams(ctx, p);
  }
  bondDenom(ctx: Context): string {
    return this.getParams(ctx).bondDenom;
  }
  /** Default: register's authority (one account governs params until gov exists). */
  getAuthority(ctx: Context): string {
    return this.state.getAuthority(ctx) ?? this.register.getAuthority(ctx);
  }
  getFileInfo(ctx: Context, fileHash: string): FileInfo | undefined {
    return this.state.getFileInfo(ctx, fileHash);
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
    const existing = this.state.getFileInfo(ctx, fileHash);
    const info: FileInfo = { height: ctx.height, reporters: setReporterBit(existing?.reporters ?? new Uint8Array(), index), uploader };
    this.state.setFileInfo(ctx, fileHash, info);
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
  purchaseAmount(ctx: Context, a: bigint): { purchased: bigint; remaining: bigint; limit: bigint } {
    const { st, pt, lt } = this.nozPriceParams(ctx);
    const denominator = st + pt + a;
    if (denominator <= 0n) throw sdsErrors.ozoneLimitNotEnough(`cannot price a prepay of ${a}: St + Pt + a = ${denominator}`);
    const purchased = Dec.fromInt(lt).mul(Dec.fromInt(a)).quo(Dec.fromInt(denominator)).truncateInt();
    if (purchased > lt) throw sdsErrors.ozoneLimitNotEnough(`not enough remaining ozone limit to complete prepay: buying ${purchased} noz, ${lt} left`);
    return { purchased, remaining: lt - purchased, limit: lt };
  }

  /** Moves `a` (bond denom) sender → total_unissued_prepay and sells the noz it buys; returns them. */
  prepay(ctx: Context, sender: string, a: bigint): bigint {
    const denom = this.bondDenom(ctx);
    const have = this.bank.getBalance(ctx, sender, denom);
    if (have < a) throw sdsErrors.prepayFailure(`failure during prepay: ${sender} holds ${have}${denom}, prepay needs ${a}${denom}: insufficient funds`);
    const { purchased, limit } = this.purchaseAmount(ctx, a);
    this.bank.sendCoinsFromAccountToModule(ctx, sender, TOTAL_UNISSUED_PREPAY, [{ denom, amount: a }]);
    // The limit as priced above, so register does not read it a second time (same gas as before).
    this.register.sellOzone(ctx, purchased, limit);
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
