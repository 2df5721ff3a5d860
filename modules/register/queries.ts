// stratos.register.v1.Query (§6.1).
import type { Context } from "../../chain/app/context.ts";
import { queryErrors } from "../../chain/app/errors.ts";
import type { QueryHandler } from "../../chain/app/module.ts";
import { accAddressFromBech32 } from "../../chain/types/address.ts";
import { stratos } from "../../proto/client.ts";
import {
  META_NODE_BONDED_POOL,
  META_NODE_NOT_BONDED_POOL,
  RESOURCE_NODE_BONDED_POOL,
  RESOURCE_NODE_NOT_BONDED_POOL,
  type RegisterKeeper,
} from "./keeper.ts";
import { registerParamsToProto } from "./params.ts";
import { BondStatus, metaNodeToProto, resourceNodeToProto, sdsAddressBytes, timeToProto, type MetaNode, type ResourceNode } from "./types.ts";

const pb = stratos.register.v1;
const enc = <T>(codec: { encode(m: T): { finish(): Uint8Array }; fromPartial(o: any): T }, m: T) => codec.encode(codec.fromPartial(m)).finish();

function netAddr(a: string): string {
  try {
    sdsAddressBytes(a, "network_addr");
  } catch (e) {
    throw queryErrors.invalidArgument((e as Error).message);
  }
  return a;
}

export function registerQueries(k: RegisterKeeper): Record<string, QueryHandler> {
  const base = "/stratos.register.v1.Query/";
  const coin = (ctx: Context, amount: bigint) => ({ denom: k.bondDenom(ctx), amount: amount.toString() });

  function depositInfo(ctx: Context, n: ResourceNode | MetaNode, isMeta: boolean): stratos.register.v1.DepositInfo {
    const unbonding = k.unbondingBalance(ctx, n.networkAddress);
    const rest = n.tokens - unbonding;
    return {
      networkAddress: n.networkAddress,
      pubkey: { typeUrl: n.pubkey.typeUrl, value: n.pubkey.value },
      suspend: n.suspend,
      status: n.status,
      tokens: n.tokens.toString(),
      ownerAddress: n.ownerAddress,
      description: isMeta ? metaNodeToProto(n as MetaNode).description : resourceNodeToProto(n as ResourceNode).description,
      creationTime: timeToProto(n.creationTime),
      nodeType: isMeta ? 0 : (n as ResourceNode).nodeType,
      bondedDeposit: coin(ctx, n.status === BondStatus.Bonded ? rest : 0n),
      unBondingDeposit: coin(ctx, unbonding),
      unBondedDeposit: coin(ctx, n.status === BondStatus.Bonded ? 0n : rest),
    };
  }

  return {
    [base + "ResourceNode"]: (ctx, data) => {
      const req = pb.QueryResourceNodeRequest.decode(data);
      const n = k.getResourceNode(ctx, netAddr(req.networkAddr));
      if (!n) throw queryErrors.notFound(`resource node ${req.networkAddr}`);
      return enc(pb.QueryResourceNodeResponse, { node: resourceNodeToProto(n) });
    },
    [base + "MetaNode"]: (ctx, data) => {
      const req = pb.QueryMetaNodeRequest.decode(data);
      const n = k.getMetaNode(ctx, netAddr(req.networkAddr));
      if (!n) throw queryErrors.notFound(`meta node ${req.networkAddr}`);
      return enc(pb.QueryMetaNodeResponse, { node: metaNodeToProto(n) });
    },
    [base + "Params"]: (ctx) => enc(pb.QueryParamsResponse, { params: registerParamsToProto(k.getParams(ctx)) }),
    [base + "DepositByNode"]: (ctx, data) => {
      const req = pb.QueryDepositByNodeRequest.decode(data);
      const addr = netAddr(req.networkAddr);
      if (req.queryType > 2) throw queryErrors.invalidArgument(`query_type must be 0 (all), 1 (meta) or 2 (resource), got ${req.queryType}`);
      if (req.queryType !== 1) {
        const r = k.getResourceNode(ctx, addr);
        if (r) return enc(pb.QueryDepositByNodeResponse, { depositInfo: depositInfo(ctx, r, false) });
      }
      if (req.queryType !== 2) {
        const m = k.getMetaNode(ctx, addr);
        if (m) return enc(pb.QueryDepositByNodeResponse, { depositInfo: depositInfo(ctx, m, true) });
      }
      throw queryErrors.notFound(`node ${addr}`);
    },
    [base + "DepositByOwner"]: (ctx, data) => {
      const req = pb.QueryDepositByOwnerRequest.decode(data);
      try {
        accAddressFromBech32(req.ownerAddr, "owner_addr");
      } catch (e) {
        throw queryErrors.invalidArgument((e as Error).message);
      }
      // Resource nodes first, then meta nodes; offset pagination (next_key = decimal offset).
      const all = [
        ...[...k.allResourceNodes(ctx)].filter((n) => n.ownerAddress === req.ownerAddr).map((n) => depositInfo(ctx, n, false)),
        ...[...k.allMetaNodes(ctx)].filter((n) => n.ownerAddress === req.ownerAddr).map((n) => depositInfo(ctx, n, true)),
      ];
      const p = req.pagination;
      const limit = p && Number(p.limit) > 0 ? Number(p.limit) : 100;
      const offset = p?.key && p.key.length > 0 ? Number(new TextDecoder().decode(p.key)) : Number(p?.offset ?? 0);
      const items = all.slice(offset, offset + limit);
      const nextKey = offset + limit < all.length ? new TextEncoder().encode(String(offset + limit)) : new Uint8Array();
      return enc(pb.QueryDepositByOwnerResponse, {
        depositInfos: items,
        pagination: { nextKey, total: p?.countTotal ? BigInt(all.length) : 0n },
      });
    },
    [base + "DepositTotal"]: (ctx) => {
      const rb = k.poolBalance(ctx, RESOURCE_NODE_BONDED_POOL);
      const rn = k.poolBalance(ctx, RESOURCE_NODE_NOT_BONDED_POOL);
      const mb = k.poolBalance(ctx, META_NODE_BONDED_POOL);
      const mn = k.poolBalance(ctx, META_NODE_NOT_BONDED_POOL);
      let unbonding = 0n;
      for (const u of k.allUnbondingNodes(ctx)) for (const e of u.entries) unbonding += e.balance;
      return enc(pb.QueryDepositTotalResponse, {
        resourceNodesTotalDeposit: coin(ctx, rb + rn),
        metaNodesTotalDeposit: coin(ctx, mb + mn),
        totalBondedDeposit: coin(ctx, rb + mb),
        totalUnbondedDeposit: coin(ctx, rn + mn - unbonding),
        totalUnbondingDeposit: coin(ctx, unbonding),
      });
    },
    [base + "BondedResourceNodeCount"]: (ctx) =>
      enc(pb.QueryBondedResourceNodeCountResponse, { number: k.getBondedResourceNodeCount(ctx) }),
    [base + "BondedMetaNodeCount"]: (ctx) => enc(pb.QueryBondedMetaNodeCountResponse, { number: k.getBondedMetaNodeCount(ctx) }),
    [base + "RemainingOzoneLimit"]: (ctx) => enc(pb.QueryRemainingOzoneLimitResponse, { ozoneLimit: k.getRemainingOzoneLimit(ctx).toString() }),
  };
}
