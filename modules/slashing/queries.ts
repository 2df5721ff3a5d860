// cosmos.slashing.v1beta1.Query at the gRPC paths CosmJS's slashing extension calls.
import * as q from "cosmjs-types/cosmos/slashing/v1beta1/query";
import { queryErrors } from "../../chain/app/errors.ts";
import type { QueryHandler } from "../../chain/app/module.ts";
import { paginate } from "../../chain/app/pagination.ts";
import { CONSENSUS_PREFIX, fromBech32 } from "../../chain/crypto/bech32.ts";
import type { SlashingKeeper } from "./keeper.ts";
import { slashingParamsToProto } from "./params.ts";

export function slashingQueries(k: SlashingKeeper): Record<string, QueryHandler> {
  const base = "/cosmos.slashing.v1beta1.Query/";
  return {
    [`${base}Params`]: (ctx) => q.QueryParamsResponse.encode({ params: slashingParamsToProto(k.getParams(ctx)) }).finish(),
    [`${base}SigningInfo`]: (ctx, bytes) => {
      const req = q.QuerySigningInfoRequest.decode(bytes);
      if (!req.consAddress) throw queryErrors.invalidArgument("empty consensus address");
      try {
        fromBech32(req.consAddress, CONSENSUS_PREFIX);
      } catch (e) {
        throw queryErrors.invalidArgument(`invalid consensus address: ${(e as Error).message}`);
      }
      const info = k.getSigningInfo(ctx, req.consAddress);
      if (!info) throw queryErrors.notFound(`SigningInfo not found for validator ${req.consAddress}`);
      return q.QuerySigningInfoResponse.encode({ valSigningInfo: info }).finish();
    },
    [`${base}SigningInfos`]: (ctx, bytes) => {
      const req = q.QuerySigningInfosRequest.decode(bytes);
      const { items, pagination } = paginate((start) => k.rawSigningInfos(ctx, start), req.pagination, ([, v]) => k.storedSigningInfo(ctx, v));
      return q.QuerySigningInfosResponse.encode({ info: items, pagination }).finish();
    },
  };
}
