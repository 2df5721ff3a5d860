import * as q from "cosmjs-types/cosmos/bank/v1beta1/query";
import { Metadata } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import { queryErrors } from "../../chain/app/errors.ts";
import type { QueryHandler } from "../../chain/app/module.ts";
import { paginate } from "../../chain/app/pagination.ts";
import { accAddressFromBech32, accAddressToBech32 } from "../../chain/types/address.ts";
import { validateDenom } from "../../chain/types/coins.ts";
import type { BankKeeper } from "./keeper.ts";

const dec = new TextDecoder();

function checkAddress(address: string) {
  try {
    accAddressFromBech32(address);
  } catch (e) {
    throw queryErrors.invalidArgument((e as Error).message);
  }
}

function checkDenom(denom: string) {
  try {
    validateDenom(denom);
  } catch (e) {
    throw queryErrors.invalidArgument((e as Error).message);
  }
}

export function bankQueries(bank: BankKeeper): Record<string, QueryHandler> {
  const base = "/cosmos.bank.v1beta1.Query/";
  const balancesPage = (ctx: Parameters<QueryHandler>[0], req: q.QueryAllBalancesRequest) => {
    checkAddress(req.address);
    return paginate(
      (start) => bank.iterateBalances(ctx, req.address, start),
      req.pagination,
      ([k, v]) => ({ denom: dec.decode(k), amount: dec.decode(v) }),
    );
  };
  return {
    [base + "Balance"]: (ctx, data) => {
      const req = q.QueryBalanceRequest.decode(data);
      checkAddress(req.address);
      checkDenom(req.denom);
      const amount = bank.getBalance(ctx, req.address, req.denom);
      return q.QueryBalanceResponse.encode({ balance: { denom: req.denom, amount: amount.toString() } }).finish();
    },
    [base + "AllBalances"]: (ctx, data) => {
      const { items, pagination } = balancesPage(ctx, q.QueryAllBalancesRequest.decode(data));
      return q.QueryAllBalancesResponse.encode({ balances: items, pagination }).finish();
    },
    // No vesting or locks exist, so everything held is spendable.
    [base + "SpendableBalances"]: (ctx, data) => {
      const req = q.QuerySpendableBalancesRequest.decode(data);
      const { items, pagination } = balancesPage(ctx, { address: req.address, pagination: req.pagination, resolveDenom: false });
      return q.QuerySpendableBalancesResponse.encode({ balances: items, pagination }).finish();
    },
    [base + "SpendableBalanceByDenom"]: (ctx, data) => {
      const req = q.QuerySpendableBalanceByDenomRequest.decode(data);
      checkAddress(req.address);
      checkDenom(req.denom);
      const amount = bank.getBalance(ctx, req.address, req.denom);
      return q.QuerySpendableBalanceByDenomResponse.encode({ balance: { denom: req.denom, amount: amount.toString() } }).finish();
    },
    [base + "TotalSupply"]: (ctx, data) => {
      const req = q.QueryTotalSupplyRequest.decode(data);
      const { items, pagination } = paginate(
        (start) => bank.iterateSupply(ctx, start),
        req.pagination,
        ([k, v]) => ({ denom: dec.decode(k), amount: dec.decode(v) }),
      );
      return q.QueryTotalSupplyResponse.encode({ supply: items, pagination }).finish();
    },
    [base + "SupplyOf"]: (ctx, data) => {
      const { denom } = q.QuerySupplyOfRequest.decode(data);
      checkDenom(denom);
      return q.QuerySupplyOfResponse.encode({ amount: { denom, amount: bank.getSupply(ctx, denom).toString() } }).finish();
    },
    [base + "Params"]: (ctx) => q.QueryParamsResponse.encode({ params: bank.getParams(ctx) }).finish(),
    [base + "DenomMetadata"]: (ctx, data) => {
      const { denom } = q.QueryDenomMetadataRequest.decode(data);
      const metadata = bank.getDenomMetadata(ctx, denom);
      if (!metadata) throw queryErrors.notFound(`client metadata for denom ${denom}`);
      return q.QueryDenomMetadataResponse.encode({ metadata }).finish();
    },
    // SDK 0.47's SendEnabled: the per-denom entries (params.send_enabled here, their own store
    // there; genesis keeps none, so the list is empty): asked by denom, only those with an entry
    // and no pagination; else every entry by denom, paged.
    [base + "SendEnabled"]: (ctx, data) => {
      const req = q.QuerySendEnabledRequest.decode(data);
      const entries = [...bank.getParams(ctx).sendEnabled].sort((a, b) => Buffer.compare(Buffer.from(a.denom), Buffer.from(b.denom)));
      if (req.denoms.length > 0) {
        return q.QuerySendEnabledResponse.encode({ sendEnabled: req.denoms.flatMap((d) => entries.filter((e) => e.denom === d)) }).finish();
      }
      const kvs: [Uint8Array, Uint8Array][] = entries.map((e) => [Buffer.from(e.denom), q.QuerySendEnabledResponse.encode({ sendEnabled: [e] }).finish()]);
      const { items, pagination } = paginate(
        (start) => (start ? kvs.filter(([k]) => Buffer.compare(Buffer.from(k), Buffer.from(start)) >= 0) : kvs),
        req.pagination,
        ([, v]) => q.QuerySendEnabledResponse.decode(v).sendEnabled[0],
      );
      return q.QuerySendEnabledResponse.encode({ sendEnabled: items, pagination }).finish();
    },
    // SDK 0.47's DenomOwners: every account holding the denom with its balance, in the SDK's order
    // (address length, then bytes), paged like its denom-address index.
    [base + "DenomOwners"]: (ctx, data) => {
      const req = q.QueryDenomOwnersRequest.decode(data);
      checkDenom(req.denom);
      const { items, pagination } = paginate(
        (start) => bank.iterateDenomOwners(ctx, req.denom, start),
        req.pagination,
        ([k, v]) => ({ address: accAddressToBech32(k.subarray(1)), balance: { denom: req.denom, amount: dec.decode(v) } }),
      );
      return q.QueryDenomOwnersResponse.encode({ denomOwners: items, pagination }).finish();
    },
    [base + "DenomsMetadata"]: (ctx, data) => {
      const req = q.QueryDenomsMetadataRequest.decode(data);
      const { items, pagination } = paginate((start) => bank.iterateDenomMetadata(ctx, start), req.pagination, ([, v]) => Metadata.decode(v));
      return q.QueryDenomsMetadataResponse.encode({ metadatas: items, pagination }).finish();
    },
  };
}
