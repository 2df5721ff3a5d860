// The gRPC server of `stratos-chain start` on a real localnet, driven by @grpc/grpc-js clients
// generated (proto-loader) from the same .proto files: every query method answers exactly what
// abci_query answers at the same height, a signed MsgSend goes through BroadcastTx / GetTx /
// GetTxsEvent, reflection lists the services (what grpcurl uses), and bad input gets gRPC errors
// while the server keeps serving.
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { SigningStargateClient } from "@cosmjs/stargate";
import { expect } from "chai";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { QueryAllBalancesRequest, QueryBalanceRequest, QueryBalanceResponse, QueryTotalSupplyRequest } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { BroadcastMode, BroadcastTxRequest, BroadcastTxResponse, GetTxRequest, GetTxResponse, GetTxsEventRequest, GetTxsEventResponse, SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { loadServiceDescriptors, protoIncludeDirs } from "../../chain/api/grpc/descriptors.ts";
import { Localnet } from "../../localnet/localnet.ts";
import { stratos } from "../../proto/client.ts";
import { useLocalnet, walletFor } from "../helpers/localnet.ts";

const identity = (b: Buffer) => b;

/** A client that sends and receives raw protobuf bytes (what the chain's own codecs produce). */
function rawCall(address: string, path: string, request: Uint8Array, md = new grpc.Metadata()): Promise<{ value: Buffer; md: grpc.Metadata }> {
  const client = new grpc.Client(address, grpc.credentials.createInsecure());
  return new Promise((resolve, reject) => {
    let header = new grpc.Metadata();
    const call = client.makeUnaryRequest(path, identity, identity, Buffer.from(request), md, (err, value) => {
      client.close();
      if (err) reject(err);
      else resolve({ value: value!, md: header });
    });
    call.on("metadata", (m) => (header = m));
  });
}

async function expectGrpcError(p: Promise<unknown>, code: grpc.status, text?: RegExp) {
  try {
    await p;
  } catch (e) {
    const err = e as grpc.ServiceError;
    expect(err.code, err.details).to.equal(code);
    if (text) expect(err.details).to.match(text);
    return;
  }
  expect.fail(`expected gRPC status ${grpc.status[code]}`);
}

describe("gRPC server", function () {
  this.timeout(180_000);
  const fixture = useLocalnet({ validators: 1, users: 2 });
  let address: string;
  let typed: any;

  before(() => {
    address = fixture.net.node(0).grpcAddress!;
    // Clients generated from the protos the server describes (dynamic codegen: proto-loader).
    const { files } = loadServiceDescriptors(["cosmos.bank.v1beta1.Query", "cosmos.tx.v1beta1.Service", "stratos.pot.v1.Query"]);
    const def = protoLoader.loadSync(files, { includeDirs: protoIncludeDirs(), keepCase: true, longs: String, enums: String, defaults: true });
    typed = grpc.loadPackageDefinition(def);
  });

  it("localnet.json lists each node's gRPC address and the node serves there", async () => {
    const info = JSON.parse(readFileSync(Localnet.file(fixture.net.dir), "utf8"));
    expect(info.nodes[0].grpc).to.equal(address);
    expect(address).to.match(/^127\.0\.0\.1:\d+$/);
  });

  it("answers every query with exactly the bytes abci_query gives at the same height", async () => {
    const node = fixture.net.node(0);
    const user = fixture.net.users[0].address;
    const cases: [string, Uint8Array][] = [
      ["/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: user, denom: "wei" }).finish()],
      ["/cosmos.bank.v1beta1.Query/AllBalances", QueryAllBalancesRequest.encode({ address: user, resolveDenom: false }).finish()],
      ["/cosmos.bank.v1beta1.Query/TotalSupply", QueryTotalSupplyRequest.encode({}).finish()],
      ["/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest.encode({ address: user }).finish()],
      ["/stratos.register.v1.Query/Params", stratos.register.v1.QueryParamsRequest.encode({}).finish()],
      ["/stratos.sds.v1.Query/Params", stratos.sds.v1.QueryParamsRequest.encode({}).finish()],
      ["/stratos.pot.v1.Query/CirculationSupply", stratos.pot.v1.QueryCirculationSupplyRequest.encode({}).finish()],
      ["/stratos.pot.v1.Query/Metrics", stratos.pot.v1.QueryMetricsRequest.encode({}).finish()],
    ];
    for (const [path, req] of cases) {
      // Listing queries answer at the latest height only: ask both transports at the latest and
      // compare when they answered at the same height (a block may land in between: ask again).
      let compared = false;
      for (let attempt = 0; attempt < 10 && !compared; attempt++) {
        const viaGrpc = await rawCall(address, path, req);
        const abci = (await node.rpc("abci_query", { path, data: Buffer.from(req).toString("hex"), height: "0", prove: false })).response;
        expect(abci.code, abci.log).to.equal(0);
        if (viaGrpc.md.get("x-cosmos-block-height")[0] !== String(abci.height)) continue;
        expect(Buffer.from(viaGrpc.value).toString("base64"), path).to.equal(abci.value ?? "");
        compared = true;
      }
      expect(compared, `${path}: answered at the same height`).to.equal(true);
    }
    // a point query at a past height, pinned by the header on both transports
    const height = BigInt((await node.rpc("status")).sync_info.latest_block_height) - 1n;
    const md = new grpc.Metadata();
    md.set("x-cosmos-block-height", height.toString());
    const balReq = cases[0][1];
    const past = await rawCall(address, cases[0][0], balReq, md);
    expect(past.md.get("x-cosmos-block-height")[0]).to.equal(height.toString());
    expect(Buffer.from(past.value).toString("hex")).to.equal(Buffer.from(await node.client.query(cases[0][0], balReq, height)).toString("hex"));
    // the typed (generated) client decodes the same answers
    const bank = new typed.cosmos.bank.v1beta1.Query(address, grpc.credentials.createInsecure());
    const bal: any = await new Promise((res, rej) => bank.Balance({ address: user, denom: "wei" }, (e: any, r: any) => (e ? rej(e) : res(r))));
    expect(bal.balance).to.deep.equal({ denom: "wei", amount: (1000n * 10n ** 18n).toString() });
    bank.close();
    // circulation supply is the amount (the localnet's foundation holds the mining schedule)
    const pot = new typed.stratos.pot.v1.Query(address, grpc.credentials.createInsecure());
    const circ: any = await new Promise((res, rej) => pot.CirculationSupply({}, (e: any, r: any) => (e ? rej(e) : res(r))));
    expect(circ.circulation_supply).to.have.length(1);
    expect(BigInt(circ.circulation_supply[0].amount) > 0n).to.equal(true);
    pot.close();
  });

  it("Simulate, BroadcastTx (sync), GetTx and GetTxsEvent for a signed MsgSend", async () => {
    const [from, to] = fixture.net.users;
    const acc = BaseAccount.decode(QueryAccountResponse.decode((await rawCall(address, "/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest.encode({ address: from.address }).finish())).value).account!.value);
    const wallet = await walletFor(from.mnemonic);
    const signer = await SigningStargateClient.offline(wallet);
    const msg = { typeUrl: MsgSend.typeUrl, value: MsgSend.fromPartial({ fromAddress: from.address, toAddress: to.address, amount: [{ denom: "wei", amount: "12345" }] }) };
    const fee = { amount: [{ denom: "wei", amount: (200_000n * 1_000_000_000n).toString() }], gas: "200000" };
    const tx = TxRaw.encode(await signer.sign(from.address, [msg], fee, "grpc", { accountNumber: acc.accountNumber, sequence: Number(acc.sequence), chainId: fixture.net.info.chainId })).finish();

    const sim = SimulateResponse.decode((await rawCall(address, "/cosmos.tx.v1beta1.Service/Simulate", SimulateRequest.encode({ txBytes: tx }).finish())).value);
    expect(sim.gasInfo!.gasUsed > 0n).to.equal(true);

    const before = QueryBalanceResponse.decode((await rawCall(address, "/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: to.address, denom: "wei" }).finish())).value).balance!.amount;
    const b = BroadcastTxResponse.decode((await rawCall(address, "/cosmos.tx.v1beta1.Service/BroadcastTx", BroadcastTxRequest.encode({ txBytes: tx, mode: BroadcastMode.BROADCAST_MODE_SYNC }).finish())).value).txResponse!;
    expect(b.code, b.rawLog).to.equal(0);
    expect(b.txhash).to.match(/^[0-9A-F]{64}$/);
    let got: GetTxResponse | undefined;
    for (let i = 0; i < 100 && !got; i++) {
      try {
        got = GetTxResponse.decode((await rawCall(address, "/cosmos.tx.v1beta1.Service/GetTx", GetTxRequest.encode({ hash: b.txhash }).finish())).value);
      } catch (e) {
        expect((e as grpc.ServiceError).code).to.equal(grpc.status.NOT_FOUND);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    expect(got, "tx committed").to.not.equal(undefined);
    expect(got!.txResponse!.code).to.equal(0);
    expect(got!.txResponse!.logs[0].events.map((e) => e.type)).to.include("transfer");
    const after = QueryBalanceResponse.decode((await rawCall(address, "/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: to.address, denom: "wei" }).finish())).value).balance!.amount;
    expect(BigInt(after) - BigInt(before)).to.equal(12345n);

    // CometBFT indexes a block's txs just after it commits: poll, as an explorer would.
    let search = GetTxsEventResponse.fromPartial({});
    for (let i = 0; i < 50 && search.txResponses.length === 0; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 200));
      search = GetTxsEventResponse.decode(
        (await rawCall(address, "/cosmos.tx.v1beta1.Service/GetTxsEvent", GetTxsEventRequest.encode(GetTxsEventRequest.fromPartial({ events: [`message.sender='${from.address}'`, "message.action='/cosmos.bank.v1beta1.MsgSend'"] })).finish())).value,
      );
    }
    expect(search.txResponses.map((r) => r.txhash)).to.deep.equal([b.txhash]);
    expect(search.total).to.equal(1n);
    expect(search.txs[0].body!.memo).to.equal("grpc");
  });

  it("reflection (v1alpha and v1) lists the services, so grpcurl works", async () => {
    const reflDir = join(dirname(createRequire(import.meta.url).resolve("@grpc/reflection")), "..", "proto");
    for (const version of ["v1alpha", "v1"]) {
      const def = protoLoader.loadSync(`grpc/reflection/${version}/reflection.proto`, { includeDirs: [reflDir], keepCase: true });
      const pkg: any = grpc.loadPackageDefinition(def);
      const client = new pkg.grpc.reflection[version].ServerReflection(address, grpc.credentials.createInsecure());
      const ask = (req: any) =>
        new Promise<any>((resolve, reject) => {
          const call = client.ServerReflectionInfo();
          call.on("data", (d: any) => {
            resolve(d);
            call.end();
          });
          call.on("error", reject);
          call.write(req);
        });
      const listed = (await ask({ list_services: "" })).list_services_response.service.map((s: any) => s.name);
      expect(listed).to.include.members([
        "cosmos.auth.v1beta1.Query",
        "cosmos.bank.v1beta1.Query",
        "cosmos.tx.v1beta1.Service",
        "stratos.register.v1.Query",
        "stratos.sds.v1.Query",
        "stratos.pot.v1.Query",
      ]);
      const files = (await ask({ file_containing_symbol: "stratos.pot.v1.Query" })).file_descriptor_response.file_descriptor_proto;
      expect(files.length).to.be.greaterThan(0);
      client.close();
    }
  });

  it("bad input: garbage bytes, bad height header, unknown method, bad broadcast → gRPC errors; nothing changes, the server keeps serving", async () => {
    const user = fixture.net.users[1].address;
    const balance = async () => QueryBalanceResponse.decode((await rawCall(address, "/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: user, denom: "wei" }).finish())).value).balance!.amount;
    const before = await balance();
    await expectGrpcError(rawCall(address, "/cosmos.bank.v1beta1.Query/Balance", Buffer.from([0xff, 0xff, 0xff, 0x07, 0x01])), grpc.status.INVALID_ARGUMENT, /not a protobuf message/);
    await expectGrpcError(rawCall(address, "/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: "st1nope", denom: "wei" }).finish()), grpc.status.INVALID_ARGUMENT);
    const md = new grpc.Metadata();
    md.set("x-cosmos-block-height", "abc");
    await expectGrpcError(rawCall(address, "/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: user, denom: "wei" }).finish(), md), grpc.status.INVALID_ARGUMENT, /x-cosmos-block-height/);
    const future = new grpc.Metadata();
    future.set("x-cosmos-block-height", "999999999");
    await expectGrpcError(rawCall(address, "/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: user, denom: "wei" }).finish(), future), grpc.status.INVALID_ARGUMENT, /future/);
    await expectGrpcError(rawCall(address, "/cosmos.bank.v1beta1.Query/NoSuchMethod", new Uint8Array()), grpc.status.UNIMPLEMENTED);
    await expectGrpcError(rawCall(address, "/cosmos.tx.v1beta1.Service/BroadcastTx", Buffer.from([0x0a, 0x20, 1])), grpc.status.INVALID_ARGUMENT);
    await expectGrpcError(rawCall(address, "/cosmos.tx.v1beta1.Service/BroadcastTx", BroadcastTxRequest.encode({ txBytes: new Uint8Array([1, 2, 3]), mode: BroadcastMode.BROADCAST_MODE_BLOCK }).finish()), grpc.status.INVALID_ARGUMENT, /unsupported broadcast mode/);
    // garbage tx bytes in sync mode: the app's CheckTx refuses them (tx parse error) in the response
    const bad = BroadcastTxResponse.decode((await rawCall(address, "/cosmos.tx.v1beta1.Service/BroadcastTx", BroadcastTxRequest.encode({ txBytes: new Uint8Array([0xde, 0xad, 0xbe, 0xef]), mode: BroadcastMode.BROADCAST_MODE_SYNC }).finish())).value).txResponse!;
    expect(bad.code).to.equal(2);
    expect(bad.rawLog).to.match(/tx parse error/);
    await expectGrpcError(rawCall(address, "/cosmos.tx.v1beta1.Service/GetTxsEvent", GetTxsEventRequest.encode(GetTxsEventRequest.fromPartial({ events: ["nonsense"] })).finish()), grpc.status.INVALID_ARGUMENT, /format/);
    await expectGrpcError(rawCall(address, "/cosmos.tx.v1beta1.Service/GetTxsEvent", GetTxsEventRequest.encode(GetTxsEventRequest.fromPartial({ query: "tx.height>0", limit: 100000n })).finish()), grpc.status.INVALID_ARGUMENT, /limit/);
    await expectGrpcError(rawCall(address, "/cosmos.tx.v1beta1.Service/GetTx", GetTxRequest.encode({ hash: "zz" }).finish()), grpc.status.INVALID_ARGUMENT, /64 hex/);
    // still alive, nothing changed, and the chain moves on
    expect(await balance()).to.equal(before);
    const h = Number((await fixture.net.node(0).rpc("status")).sync_info.latest_block_height);
    await fixture.net.node(0).waitForHeight(h + 1);
    expect(await balance()).to.equal(before);
  });
});
