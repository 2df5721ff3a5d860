import {
  QueryAccountRequest,
  QueryAccountResponse,
  QueryAccountsRequest,
  QueryAccountsResponse,
  QueryModuleAccountByNameRequest,
  QueryModuleAccountByNameResponse,
  QueryModuleAccountsResponse,
  QueryParamsResponse,
  Bech32PrefixResponse,
  AddressBytesToStringRequest,
  AddressBytesToStringResponse,
  AddressStringToBytesRequest,
  AddressStringToBytesResponse,
  QueryAccountAddressByIDRequest,
  QueryAccountAddressByIDResponse,
  QueryAccountInfoRequest,
  QueryAccountInfoResponse,
} from "cosmjs-types/cosmos/auth/v1beta1/query";
import { toBech32 } from "@cosmjs/encoding";
import { Any } from "cosmjs-types/google/protobuf/any";
import type { QueryHandler } from "../../chain/app/module.ts";
import { errors, queryErrors } from "../../chain/app/errors.ts";
import { paginate } from "../../chain/app/pagination.ts";
import { accAddressFromBech32, ACCOUNT_PREFIX } from "../../chain/types/address.ts";
import { accountToAny, type AuthKeeper } from "./keeper.ts";

export function authQueries(keeper: AuthKeeper): Record<string, QueryHandler> {
  const base = "/cosmos.auth.v1beta1.Query/";
  /** The account at a bech32 address: a bad address is InvalidArgument, an unknown one NotFound. */
  const accountAt = (ctx: Parameters<QueryHandler>[0], address: string) => {
    try {
      accAddressFromBech32(address);
    } catch (e) {
      throw queryErrors.invalidArgument((e as Error).message);
    }
    const account = keeper.getAccount(ctx, address);
    if (!account) throw queryErrors.notFound(`account ${address} not found`);
    return account;
  };
  return {
    [base + "Account"]: (ctx, data) => {
      const account = accountAt(ctx, QueryAccountRequest.decode(data).address);
      return QueryAccountResponse.encode({ account: accountToAny(account) }).finish();
    },
    [base + "Accounts"]: (ctx, data) => {
      const req = QueryAccountsRequest.decode(data);
      const { items, pagination } = paginate(
        (start) => keeper.iterateAccounts(ctx, start),
        req.pagination,
        ([, v]) => Any.decode(v),
      );
      return QueryAccountsResponse.encode({ accounts: items, pagination }).finish();
    },
    // SDK 0.47: the deprecated int64 `id` (what the REST route's {id} binds) must be 0, the number
    // goes in `account_id` (…/address_by_id/0?account_id=N), as the SDK answers.
    [base + "AccountAddressByID"]: (ctx, data) => {
      const req = QueryAccountAddressByIDRequest.decode(data);
      if (req.id !== 0n) throw queryErrors.invalidArgument("requesting with id isn't supported, try to request using account-id");
      const address = keeper.addressByNumber(ctx, req.accountId);
      if (!address) throw queryErrors.notFound(`account address not found with account number ${req.accountId}`);
      return QueryAccountAddressByIDResponse.encode({ accountAddress: address }).finish();
    },
    // SDK 0.47's AccountInfo: any account (module accounts too) as a BaseAccount.
    [base + "AccountInfo"]: (ctx, data) => {
      const { address } = QueryAccountInfoRequest.decode(data);
      if (address === "") throw queryErrors.invalidArgument("address cannot be empty");
      const account = accountAt(ctx, address);
      return QueryAccountInfoResponse.encode({ info: { address: account.address, pubKey: account.pubKey, accountNumber: account.accountNumber, sequence: account.sequence } }).finish();
    },
    [base + "Params"]: (ctx) => QueryParamsResponse.encode({ params: keeper.getParams(ctx) }).finish(),
    [base + "ModuleAccounts"]: (ctx) => {
      const names = [...keeper.moduleAccounts.keys()].sort();
      const accounts = names.map((n) => keeper.getAccount(ctx, keeper.moduleAccountAddress(n))).filter((a) => a !== undefined);
      return QueryModuleAccountsResponse.encode({ accounts: accounts.map(accountToAny) }).finish();
    },
    [base + "ModuleAccountByName"]: (ctx, data) => {
      const { name } = QueryModuleAccountByNameRequest.decode(data);
      const account = keeper.moduleAccounts.has(name) ? keeper.getAccount(ctx, keeper.moduleAccountAddress(name)) : undefined;
      if (!account) throw queryErrors.notFound(`account ${name} not found`);
      return QueryModuleAccountByNameResponse.encode({ account: accountToAny(account) }).finish();
    },
    [base + "Bech32Prefix"]: () => Bech32PrefixResponse.encode({ bech32Prefix: ACCOUNT_PREFIX }).finish(),
    // The SDK's bech32 address codec (0.47 wording): bytes → st1…, st1… → bytes.
    [base + "AddressBytesToString"]: (_ctx, data) => {
      const { addressBytes } = AddressBytesToStringRequest.decode(data);
      if (addressBytes.length === 0) throw errors.invalidAddress("empty address bytes is not allowed: invalid address");
      if (addressBytes.length > 255) throw errors.unknownAddress(`address max length is 255, got ${addressBytes.length}: unknown address`);
      return AddressBytesToStringResponse.encode({ addressString: toBech32(ACCOUNT_PREFIX, addressBytes) }).finish();
    },
    [base + "AddressStringToBytes"]: (_ctx, data) => {
      const { addressString } = AddressStringToBytesRequest.decode(data);
      if (addressString.trim() === "") throw errors.invalidAddress("empty address string is not allowed: invalid address");
      let bytes: Uint8Array;
      try {
        bytes = accAddressFromBech32(addressString, "address_string");
      } catch (e) {
        throw queryErrors.invalidArgument((e as Error).message);
      }
      return AddressStringToBytesResponse.encode({ addressBytes: bytes }).finish();
    },
  };
}
