// The shared service table (chain/api/services.ts) over the real app: every query path the app's
// router answers is a method of a listed service with a REST binding, and calls go to that router.
import { expect } from "chai";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { appQueryBackend, buildApiTable, GrpcCode, ApiError, queryFailure } from "../../../chain/api/services.ts";
import { apiAnyTypeFiles, apiServices } from "../../../chain/root/api.ts";
import { QuerySendEnabledRequest, QuerySendEnabledResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { restRoutes } from "../../../chain/api/rest/routes.ts";
import { fromBech32 } from "../../../chain/crypto/bech32.ts";
import { AddressBytesToStringRequest, AddressBytesToStringResponse, AddressStringToBytesRequest, AddressStringToBytesResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { AppHarness, genesisWith, testSigner } from "../../helpers/app.ts";

describe("api service table", () => {
  const alice = testSigner("alice");
  const h = new AppHarness();
  h.initChain(genesisWith([{ address: alice.address, wei: 777n }]));
  h.block();
  const table = buildApiTable(apiServices, [appQueryBackend(h.app.queries)], { anyTypeFiles: apiAnyTypeFiles });

  it("covers every query path of the app with a method that has an HTTP binding", () => {
    const served = new Set(table.methods.map((m) => m.path));
    const missing = h.app.queries.paths.filter((p) => !served.has(p));
    expect(missing, "app query paths without a listed service method").to.deep.equal([]);
    for (const m of table.methods) expect(m.http.length, `${m.path} has a google.api.http binding`).to.be.greaterThan(0);
    expect(table.byPath("/stratos.sds.v1.Query/NozPrice")!.http[0]).to.deep.equal({ verb: "get", path: "/stratos/sds/v1/noz_price", body: "" });
    expect(table.byPath("/cosmos.auth.v1beta1.Query/ModuleAccountByName")!.http[0].path).to.equal("/cosmos/auth/v1beta1/module_accounts/{name}");
  });

  it("a call runs the app's query handler (what abci_query runs)", async () => {
    const m = table.byPath("/cosmos.bank.v1beta1.Query/Balance")!;
    const r = await m.call(QueryBalanceRequest.encode({ address: alice.address, denom: "wei" }).finish(), {});
    expect(QueryBalanceResponse.decode(r.value).balance).to.deep.equal({ denom: "wei", amount: "777" });
    expect(r.height).to.equal(1n);
    const err = await m.call(QueryBalanceRequest.encode({ address: "nope", denom: "wei" }).finish(), {}).catch((e) => e);
    expect(err).to.be.instanceOf(ApiError);
    expect(err.code).to.equal(GrpcCode.InvalidArgument);
  });

  it("auth AddressBytesToString / AddressStringToBytes convert as the SDK's bech32 codec; REST serves the later of the two same-shape routes, as grpc-gateway v1", async () => {
    const bytes = fromBech32(alice.address).data;
    const toStr = table.byPath("/cosmos.auth.v1beta1.Query/AddressBytesToString")!;
    const toBytes = table.byPath("/cosmos.auth.v1beta1.Query/AddressStringToBytes")!;
    expect(AddressBytesToStringResponse.decode((await toStr.call(AddressBytesToStringRequest.encode({ addressBytes: bytes }).finish(), {})).value).addressString).to.equal(alice.address);
    expect(AddressStringToBytesResponse.decode((await toBytes.call(AddressStringToBytesRequest.encode({ addressString: alice.address }).finish(), {})).value).addressBytes).to.deep.equal(bytes);
    const fail = (p: Promise<unknown>) => p.then(() => expect.fail("expected an error"), (e: ApiError) => [e.code, e.message]);
    expect(await fail(toStr.call(AddressBytesToStringRequest.encode({ addressBytes: new Uint8Array() }).finish(), {}))).to.deep.equal([GrpcCode.InvalidArgument, "empty address bytes is not allowed: invalid address"]);
    expect(await fail(toBytes.call(AddressStringToBytesRequest.encode({ addressString: " " }).finish(), {}))).to.deep.equal([GrpcCode.InvalidArgument, "empty address string is not allowed: invalid address"]);
    expect((await fail(toBytes.call(AddressStringToBytesRequest.encode({ addressString: "stvaloper1xyz" }).finish(), {})))[0]).to.equal(GrpcCode.InvalidArgument);
    const bech32Routes = restRoutes(table).filter((r) => r.expressPath === "/cosmos/auth/v1beta1/bech32/:p0");
    expect(bech32Routes.map((r) => r.method.method)).to.deep.equal(["AddressStringToBytes"]);
  });

  it("bank SendEnabled (SDK 0.47) answers the chain's per-denom entries: none (genesis keeps only default_send_enabled)", async () => {
    const m = table.byPath("/cosmos.bank.v1beta1.Query/SendEnabled")!;
    expect(m.http[0].path).to.equal("/cosmos/bank/v1beta1/send_enabled");
    const ask = async (req: Partial<QuerySendEnabledRequest>) => QuerySendEnabledResponse.decode((await m.call(QuerySendEnabledRequest.encode(QuerySendEnabledRequest.fromPartial(req)).finish(), {})).value);
    const byDenom = await ask({ denoms: ["wei", "nope"] });
    expect([byDenom.sendEnabled, byDenom.pagination]).to.deep.equal([[], undefined]);
    const all = await ask({ pagination: { key: new Uint8Array(), offset: 0n, limit: 2n, countTotal: true, reverse: false } });
    expect(all.sendEnabled).to.deep.equal([]);
    expect([all.pagination!.total, all.pagination!.nextKey.length]).to.deep.equal([0n, 0]);
  });

  it("maps abci_query failures to gRPC codes", () => {
    const nf = queryFailure({ code: 22, codespace: "sdk", log: "rpc error: code = NotFound desc = account x not found: key not found" });
    expect([nf.code, nf.message]).to.deep.equal([GrpcCode.NotFound, "account x not found: key not found"]);
    expect(queryFailure({ code: 5, codespace: "sdk", log: "insufficient funds" }).code).to.equal(GrpcCode.InvalidArgument);
    expect(queryFailure({ code: 1, codespace: "undefined", log: "internal error: x" }).code).to.equal(GrpcCode.Internal);
  });
});
