// The REST server over real HTTP on the in-process app: one case per route (the test fails when a
// route has no case), each answer compared with what the app's abci_query handler answers for the
// request the case expects the URL to bind; the SDK gateway's JSON shapes; bad input → 4xx.
import { expect } from "chai";
import { valoperOf } from "../../../modules/staking/types.ts";
import { CONSENSUS_PREFIX, toBech32 } from "../../../chain/crypto/bech32.ts";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { GatewayJson } from "../../../chain/api/json.ts";
import { createRestApp, httpStatus, listenRest, restRoutes } from "../../../chain/api/rest/server.ts";
import { appQueryBackend, buildApiTable, queryFailure } from "../../../chain/api/services.ts";
import { apiAnyTypeFiles, apiServices } from "../../../chain/root/api.ts";
import { appRouteCases, sampleTx } from "../../helpers/api-cases.ts";
import { AppHarness, genesisWith, testSigner } from "../../helpers/app.ts";

describe("REST server (in-process app)", () => {
  const alice = testSigner("rest-alice");
  const h = new AppHarness();
  h.initChain(genesisWith([{ address: alice.address, wei: 5_000_000_000_000_000_000n }, { address: testSigner("rest-bob").address, wei: 7n }]));
  h.block();
  const table = buildApiTable(apiServices, [appQueryBackend(h.app.queries)], { anyTypeFiles: apiAnyTypeFiles });
  const json = new GatewayJson(table.root);
  let server: Server;
  let base = "";
  before(async () => {
    server = await listenRest(createRestApp(table), "127.0.0.1:0");
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => server.close());

  const cases = appRouteCases({ account: alice.address, valoper: valoperOf(alice.address), valcons: toBech32(CONSENSUS_PREFIX, new Uint8Array(20).fill(7)), sdsNet: "stsds1cw8qhgsxddak8hh8gs7veqmy5ku8f8za6qlq64", hash: "A".repeat(64) });

  it("every route of the table has a case here", () => {
    const missing = restRoutes(table).map((r) => r.method.path).filter((p) => !(p in cases));
    expect(missing).to.deep.equal([]);
  });

  it("each route answers exactly what the abci_query handler answers for the bound request", async () => {
    for (const r of restRoutes(table)) {
      const [url, request, body] = cases[r.method.path];
      const type = r.method.requestType;
      const data = type.encode(type.fromObject(request)).finish();
      const q = h.app.queries.handle({ path: r.method.path, data, height: 0n, prove: false });
      const res = await fetch(base + url, r.verb === "post" ? { method: "POST", body: JSON.stringify(body ?? {}) } : {});
      const got: any = await res.json();
      if (q.code === 0) {
        expect(res.status, `${url}: ${JSON.stringify(got)}`).to.equal(200);
        expect(got, url).to.deep.equal(json.encode(r.method.responseType, q.value));
        expect(res.headers.get("x-cosmos-block-height")).to.equal(String(q.height));
      } else {
        const err = queryFailure(q);
        expect(res.status, `${url}: ${JSON.stringify(got)}`).to.equal(httpStatus(err.code));
        expect(res.status).to.not.equal(500);
        expect(got, url).to.deep.equal({ code: err.code, message: err.message, details: [] });
      }
    }
  });

  it("writes the SDK gateway's JSON: @type on Any, int64 as strings, null bytes, every field", async () => {
    const acc: any = await (await fetch(`${base}/cosmos/auth/v1beta1/accounts/${alice.address}`)).json();
    expect(acc.account["@type"]).to.equal("/cosmos.auth.v1beta1.BaseAccount");
    expect(acc.account.address).to.equal(alice.address);
    expect(acc.account.account_number).to.be.a("string");
    expect(acc.account.sequence).to.equal("0");
    expect(acc.account.pub_key).to.equal(null);
    const bal: any = await (await fetch(`${base}/cosmos/bank/v1beta1/balances/${alice.address}?pagination.count_total=true`)).json();
    expect(bal).to.deep.equal({ balances: [{ denom: "wei", amount: "5000000000000000000" }], pagination: { next_key: null, total: "1" } });
    const params: any = await (await fetch(`${base}/stratos/pot/v1/params`)).json();
    expect(params.params.community_tax).to.match(/^\d+\.\d{18}$/);
    expect(params.params.mature_epoch).to.be.a("string");
    // Dec fields in bytes (slashing params) are decimal text, as LegacyDec's MarshalJSON writes them.
    const sp: any = await (await fetch(`${base}/cosmos/slashing/v1beta1/params`)).json();
    expect(sp).to.deep.equal({
      params: { signed_blocks_window: "100", min_signed_per_window: "0.500000000000000000", downtime_jail_duration: "600s", slash_fraction_double_sign: "0.050000000000000000", slash_fraction_downtime: "0.010000000000000000" },
    });
  });

  it("SDK 0.47 methods: DenomOwners (sorted, paged), TxDecode / TxEncode (round trip)", async () => {
    const post = async (path: string, body: unknown) => {
      const r = await fetch(base + path, { method: "POST", body: JSON.stringify(body) });
      return { status: r.status, body: (await r.json()) as any };
    };
    // every holder of wei, in the SDK's order (address length, then bytes), with its balance
    const all: any = await (await fetch(`${base}/cosmos/bank/v1beta1/denom_owners/wei?pagination.count_total=true`)).json();
    expect(all.denom_owners.length).to.be.greaterThan(1);
    expect(all.pagination).to.deep.equal({ next_key: null, total: String(all.denom_owners.length) });
    const { accAddressFromBech32 } = await import("../../../chain/types/address.ts");
    const keyOf = (a: string) => { const b = accAddressFromBech32(a); return Buffer.concat([Buffer.from([b.length]), b]); };
    const order = all.denom_owners.map((o: any) => keyOf(o.address));
    expect(order).to.deep.equal([...order].sort(Buffer.compare));
    expect(all.denom_owners).to.deep.include({ address: alice.address, balance: { denom: "wei", amount: "5000000000000000000" } });
    // paging by next_key walks the same list
    const first: any = await (await fetch(`${base}/cosmos/bank/v1beta1/denom_owners/wei?pagination.limit=1`)).json();
    expect(first.denom_owners).to.deep.equal(all.denom_owners.slice(0, 1));
    expect(Buffer.from(first.pagination.next_key, "base64")).to.deep.equal(order[1]);
    const second: any = await (await fetch(`${base}/cosmos/bank/v1beta1/denom_owners/wei?pagination.limit=1&pagination.key=${encodeURIComponent(first.pagination.next_key)}`)).json();
    expect(second.denom_owners).to.deep.equal(all.denom_owners.slice(1, 2));
    const none: any = await (await fetch(`${base}/cosmos/bank/v1beta1/denom_owners/nosuchdenom`)).json();
    expect(none).to.deep.equal({ denom_owners: [], pagination: { next_key: null, total: "0" } });
    let r = await fetch(`${base}/cosmos/bank/v1beta1/denom_owners/1bad`);
    expect(r.status).to.equal(400);

    // auth AccountAddressByID / AccountInfo (the account-number index)
    const acc: any = await (await fetch(`${base}/cosmos/auth/v1beta1/accounts/${alice.address}`)).json();
    const byId: any = await (await fetch(`${base}/cosmos/auth/v1beta1/address_by_id/0?account_id=${acc.account.account_number}`)).json();
    expect(byId).to.deep.equal({ account_address: alice.address });
    r = await fetch(`${base}/cosmos/auth/v1beta1/address_by_id/5?account_id=${acc.account.account_number}`);
    expect([r.status, ((await r.json()) as any).message]).to.deep.equal([400, "requesting with id isn't supported, try to request using account-id: invalid request"]);
    r = await fetch(`${base}/cosmos/auth/v1beta1/address_by_id/0?account_id=999999`);
    expect([r.status, ((await r.json()) as any).message]).to.deep.equal([404, "account address not found with account number 999999: key not found"]);
    r = await fetch(`${base}/cosmos/auth/v1beta1/address_by_id/0?account_id=-1`);
    expect(r.status).to.equal(400);
    const info: any = await (await fetch(`${base}/cosmos/auth/v1beta1/account_info/${alice.address}`)).json();
    expect(info).to.deep.equal({ info: { address: alice.address, pub_key: null, account_number: acc.account.account_number, sequence: "0" } });
    r = await fetch(`${base}/cosmos/auth/v1beta1/account_info/st1nope`);
    expect(r.status).to.equal(400);
    r = await fetch(`${base}/cosmos/auth/v1beta1/account_info/${testSigner("rest-nobody").address}`);
    expect(r.status).to.equal(404);

    const tx = sampleTx(alice.address);
    const decoded = await post("/cosmos/tx/v1beta1/decode", { tx_bytes: Buffer.from(tx.bytes).toString("base64") });
    expect(decoded.status, JSON.stringify(decoded.body)).to.equal(200);
    expect(decoded.body.tx.body.messages).to.deep.equal(tx.json.body && (tx.json.body as any).messages);
    expect(decoded.body.tx.body.memo).to.equal("case");
    expect(decoded.body.tx.auth_info.fee.gas_limit).to.equal("200000");
    expect(decoded.body.tx.signatures).to.deep.equal((tx.json as any).signatures);
    // what TxDecode answers, TxEncode turns back into the same bytes
    const encoded = await post("/cosmos/tx/v1beta1/encode", { tx: decoded.body.tx });
    expect(encoded.status, JSON.stringify(encoded.body)).to.equal(200);
    expect(encoded.body).to.deep.equal({ tx_bytes: Buffer.from(tx.bytes).toString("base64") });
    // bad input: undecodable bytes, bad base64, empty, an unknown message type, a missing tx
    let e = await post("/cosmos/tx/v1beta1/decode", { tx_bytes: Buffer.from("garbage!").toString("base64") });
    expect([e.status, e.body.code]).to.deep.equal([400, 3]);
    expect(e.body.message).to.contain("tx parse error");
    e = await post("/cosmos/tx/v1beta1/decode", { tx_bytes: "%%%not base64" });
    expect([e.status, e.body.code]).to.deep.equal([400, 3]);
    e = await post("/cosmos/tx/v1beta1/decode", {});
    expect([e.status, e.body.message]).to.deep.equal([400, "invalid empty tx bytes: invalid request"]);
    e = await post("/cosmos/tx/v1beta1/encode", {});
    expect([e.status, e.body.message]).to.deep.equal([400, "invalid empty tx: invalid request"]);
    e = await post("/cosmos/tx/v1beta1/encode", { tx: { body: { messages: [{ "@type": "/no.such.Msg" }] } } });
    expect(e.status).to.equal(400);
    r = await fetch(`${base}/cosmos/auth/v1beta1/bech32`);
    expect(r.status).to.equal(200);
  });

  it("bad input: clear 4xx in the gateway's error shape, the server stays up", async () => {
    const get = async (path: string, init?: RequestInit) => {
      const r = await fetch(base + path, init);
      return { status: r.status, body: (await r.json()) as any };
    };
    let r = await get("/cosmos/auth/v1beta1/accounts/not-an-address");
    expect(r.status).to.equal(400);
    expect(r.body.code).to.equal(3);
    expect(r.body.details).to.deep.equal([]);
    r = await get("/stratos/pot/v1/volume_report/abc");
    expect([r.status, r.body.code]).to.deep.equal([400, 3]);
    expect(r.body.message).to.contain("epoch: expected an integer");
    r = await get("/stratos/pot/v1/volume_report/99999999999999999999");
    expect([r.status, r.body.message]).to.deep.equal([400, 'epoch: int64 out of range, got "99999999999999999999"']);
    r = await get(`/cosmos/bank/v1beta1/balances/${alice.address}?pagination.limit=100000000`);
    expect([r.status, r.body.code]).to.deep.equal([400, 3]);
    expect(r.body.message).to.contain("pagination.limit");
    r = await get(`/cosmos/bank/v1beta1/balances/${alice.address}?pagination.count_total=maybe`);
    expect(r.status).to.equal(400);
    r = await get("/cosmos/nothing/here");
    expect(r).to.deep.equal({ status: 404, body: { code: 5, message: "Not Found", details: [] } });
    r = await get("/cosmos/tx/v1beta1/simulate", { method: "POST", body: "\u0000\u0001garbage{" });
    expect([r.status, r.body.code]).to.deep.equal([400, 3]);
    expect(r.body.message).to.contain("not valid JSON");
    r = await get("/cosmos/tx/v1beta1/simulate", { method: "POST", body: JSON.stringify({ tx_bytes: 5 }) });
    expect([r.status, r.body.message]).to.deep.equal([400, "tx_bytes: expected base64, got 5"]);
    r = await get("/cosmos/tx/v1beta1/simulate", { method: "POST", body: JSON.stringify({ nope: 1 }) });
    expect([r.status, r.body.message]).to.deep.equal([400, 'unknown field "nope" in cosmos.tx.v1beta1.SimulateRequest']);
    r = await get("/cosmos/tx/v1beta1/simulate", { method: "POST", body: "x".repeat(5 * 1024 * 1024) });
    expect(r.status).to.equal(413);
    r = await get("/cosmos/auth/v1beta1/params", { headers: { "x-cosmos-block-height": "-1" } });
    expect(r.status).to.equal(400);
    // still serving
    r = await get("/cosmos/auth/v1beta1/bech32");
    expect(r).to.deep.equal({ status: 200, body: { bech32_prefix: "st" } });
  });

  it("serves /openapi.json with every route and the Swagger UI page", async () => {
    const doc: any = await (await fetch(`${base}/openapi.json`)).json();
    for (const r of restRoutes(table)) expect(doc.paths[r.template]?.[r.verb], r.template).to.not.equal(undefined);
    expect(doc.paths["/cosmos/bank/v1beta1/balances/{address}"].get.parameters.map((p: any) => p.name)).to.include("pagination.limit");
    const page = await fetch(`${base}/swagger`);
    expect(page.status).to.equal(200);
    expect(await page.text()).to.contain("/openapi.json");
    const js = await fetch(`${base}/swagger/swagger-ui-bundle.js`);
    expect(js.status).to.equal(200);
  });
});
