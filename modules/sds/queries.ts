// stratos.sds.v1.Query (§3.4).
import { queryErrors } from "../../chain/app/errors.ts";
import type { QueryHandler } from "../../chain/app/module.ts";
import { isValidFileHash } from "../../chain/crypto/cid.ts";
import { parseCoinsText } from "../../chain/types/coins.ts";
import { stratos } from "../../proto/client.ts";
import { fileInfoToProto, type SdsKeeper } from "./keeper.ts";
import { sdsParamsToProto } from "./params.ts";

const pb = stratos.sds.v1;
const enc = <T>(codec: { encode(m: T): { finish(): Uint8Array }; fromPartial(o: any): T }, m: T) => codec.encode(codec.fromPartial(m)).finish();

/**
 * One coin as sdk.ParseCoinNormalized reads it ("1000000000wei"); the display units stos and gwei are
 * converted to wei. Other denoms are accepted and buy nothing (only the bond denom counts).
 */
function parseOneCoin(text: string): { denom: string; amount: bigint } {
  let coins;
  try {
    if (text.includes(",")) throw new Error("expected a single coin");
    coins = parseCoinsText(text);
  } catch (e) {
    throw queryErrors.invalidArgument(`amount ${JSON.stringify(text)} is invalid: ${(e as Error).message}`);
  }
  return coins[0];
}

export function sdsQueries(k: SdsKeeper): Record<string, QueryHandler> {
  const base = "/stratos.sds.v1.Query/";
  return {
    [base + "Fileupload"]: (ctx, data) => {
      const req = pb.QueryFileUploadRequest.decode(data);
      if (!req.fileHash) throw queryErrors.invalidArgument("file_hash is empty");
      if (!isValidFileHash(req.fileHash)) throw queryErrors.invalidArgument(`file_hash ${JSON.stringify(req.fileHash)} is not a valid SDS file hash`);
      const f = k.getFileInfo(ctx, req.fileHash);
      if (!f) throw queryErrors.notFound(`file ${req.fileHash}`);
      return enc(pb.QueryFileUploadResponse, { fileInfo: fileInfoToProto(f) });
    },
    [base + "SimPrepay"]: (ctx, data) => {
      const req = pb.QuerySimPrepayRequest.decode(data);
      if (!req.amount) throw queryErrors.invalidArgument("amount is empty");
      const coin = parseOneCoin(req.amount);
      const a = coin.denom === k.bondDenom(ctx) ? coin.amount : 0n;
      return enc(pb.QuerySimPrepayResponse, { noz: k.purchaseAmount(ctx, a).purchased.toString() });
    },
    [base + "NozPrice"]: (ctx) => {
      const price = k.nozPrice(ctx);
      if (!price) throw queryErrors.invalidArgument("the remaining ozone limit is 0, so the noz price (St+Pt)/Lt is undefined");
      return enc(pb.QueryNozPriceResponse, { price: price.toProtoString() });
    },
    [base + "NozSupply"]: (ctx) => {
      const { remaining, total } = k.nozSupply(ctx);
      return enc(pb.QueryNozSupplyResponse, { remaining: remaining.toString(), total: total.toString() });
    },
    [base + "Params"]: (ctx) => enc(pb.QueryParamsResponse, { params: sdsParamsToProto(k.getParams(ctx)) }),
  };
}
