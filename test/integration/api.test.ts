// The client APIs of a real node (one localnet for all of it): REST (LCD) — every route of the
// node's own route table (its /openapi.json) compared with abci_query or CometBFT RPC, a Keplr-style
// flow over REST only, the Swagger page in headless Chromium, bad input — and gRPC — the same
// queries as abci_query's bytes, a broadcast, reflection (what grpcurl uses), bad input.
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { SigningStargateClient } from "@cosmjs/stargate";
import { expect } from "chai";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { QueryAllBalancesRequest, QueryAllBalancesResponse, QueryBalanceRequest, QueryBalanceResponse, QueryTotalSupplyRequest } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { BroadcastMode, BroadcastTxRequest, BroadcastTxResponse, GetTxRequest, GetTxResponse, GetTxsEventRequest, GetTxsEventResponse, SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { loadServiceDescriptors, protoIncludeDirs } from "../../chain/api/grpc/descriptors.ts";
import { Localnet } from "../../localnet/localnet.ts";
import { stratos } from "../../proto/client.ts";
import { chromium } from "playwright-core";
import protobuf from "protobufjs";
import descriptor from "protobufjs/ext/descriptor";
import { execFileSync } from "node:child_process";
import { GetBlockByHeightRequest, GetBlockByHeightResponse, GetNodeInfoResponse } from "cosmjs-types/cosmos/base/tendermint/v1beta1/query";
import { GatewayJson } from "../../chain/api/json.ts";
import { decCoinsString } from "../../chain/api/node-services.ts";
import { parseGasPrice, readAppConfig } from "../../chain/node/config.ts";
import { httpStatus } from "../../chain/api/rest/server.ts";
import { buildApiTable, queryFailure } from "../../chain/api/services.ts";
import { apiAnyTypeFiles, apiServices } from "../../chain/root/api.ts";
import { valoperOf } from "../../modules/staking/types.ts";
import { CONSENSUS_PREFIX, toBech32 } from "../../chain/crypto/bech32.ts";
import { appRouteCases, sampleTx } from "../helpers/api-cases.ts";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { QueryClient, createProtobufRpcClient } from "@cosmjs/stargate";
import { QueryClientImpl as BankQueryClient } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { QueryClientImpl as AuthQueryClient, QueryAccountAddressByIDRequest, QueryAccountAddressByIDResponse, QueryAccountInfoRequest } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { ServiceClientImpl as TxServiceClient, TxDecodeRequest } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { PageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { ABCIQueryRequest, ABCIQueryResponse } from "cosmjs-types/cosmos/base/tendermint/v1beta1/query";
import { ConfigResponse } from "cosmjs-types/cosmos/base/node/v1beta1/query";
import { newAccount, sleep, useLocalnet, walletFor } from "../helpers/localnet.ts";

const identity = (b: Buffer) => b;

/** Debian's chromium (or CHROMIUM_PATH), if the machine has one. */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      return execFileSync("which", [name], { encoding: "utf8" }).trim() || undefined;
    } catch {
      // not installed under this name
    }
  }
  return undefined;
}

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

describe("REST and gRPC on a real node", function () {
  this.timeout(180_000);
  const fixture = useLocalnet({ validators: 1, users: 3 });
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
    // the broadcast through the client generated from cosmos/tx/v1beta1/service.proto
    const txService = new typed.cosmos.tx.v1beta1.Service(address, grpc.credentials.createInsecure());
    const sent: any = await new Promise((res, rej) => txService.BroadcastTx({ tx_bytes: Buffer.from(tx), mode: "BROADCAST_MODE_SYNC" }, (e: any, r: any) => (e ? rej(e) : res(r))));
    txService.close();
    const b = { code: sent.tx_response.code as number, rawLog: sent.tx_response.raw_log as string, txhash: sent.tx_response.txhash as string };
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

  it("SDK 0.47 methods through unmodified CosmJS (cosmjs-types' query clients over the node's abci_query) and gRPC", async () => {
    const tm = await Comet38Client.connect(fixture.net.node(0).rpcUrl);
    try {
      const rpc = createProtobufRpcClient(new QueryClient(tm));
      const user = fixture.net.users[2].address;
      const bank = new BankQueryClient(rpc);
      const owners = await bank.DenomOwners({ denom: "wei", pagination: PageRequest.fromPartial({ countTotal: true }) });
      expect(owners.denomOwners.map((o) => o.address)).to.include(user);
      expect(owners.pagination!.total).to.equal(BigInt(owners.denomOwners.length));
      const auth = new AuthQueryClient(rpc);
      const info = await auth.AccountInfo({ address: user });
      expect(info.info!.address).to.equal(user);
      const byId = await auth.AccountAddressByID({ id: 0n, accountId: info.info!.accountNumber });
      expect(byId.accountAddress).to.equal(user);
      await auth.AccountAddressByID({ id: 0n, accountId: 123456789n }).then(
        () => expect.fail("unknown account number answered"),
        (e: Error) => expect(e.message).to.contain("account address not found with account number 123456789"),
      );
      // the same over gRPC (raw bytes equal to abci_query's), and its statuses
      const req = QueryAccountAddressByIDRequest.encode({ id: 0n, accountId: info.info!.accountNumber }).finish();
      expect(QueryAccountAddressByIDResponse.decode((await rawCall(address, "/cosmos.auth.v1beta1.Query/AccountAddressByID", req)).value).accountAddress).to.equal(user);
      await expectGrpcError(rawCall(address, "/cosmos.auth.v1beta1.Query/AccountAddressByID", QueryAccountAddressByIDRequest.encode({ id: 0n, accountId: 123456789n }).finish()), grpc.status.NOT_FOUND, /account number 123456789/);
      await expectGrpcError(rawCall(address, "/cosmos.auth.v1beta1.Query/AccountAddressByID", QueryAccountAddressByIDRequest.encode({ id: 4n, accountId: 0n }).finish()), grpc.status.INVALID_ARGUMENT, /account-id/);
      await expectGrpcError(rawCall(address, "/cosmos.auth.v1beta1.Query/AccountInfo", QueryAccountInfoRequest.encode({ address: "st1bad" }).finish()), grpc.status.INVALID_ARGUMENT);
      // TxDecode / TxEncode round trip (CosmJS's generated tx service client), bad bytes refused
      const txs = new TxServiceClient(rpc);
      const tx = sampleTx(user);
      const decoded = await txs.TxDecode({ txBytes: tx.bytes });
      expect(decoded.tx!.body!.memo).to.equal("case");
      expect(Buffer.from((await txs.TxEncode({ tx: decoded.tx })).txBytes)).to.deep.equal(Buffer.from(tx.bytes));
      await expectGrpcError(rawCall(address, "/cosmos.tx.v1beta1.Service/TxDecode", TxDecodeRequest.encode({ txBytes: Buffer.from("garbage!") }).finish()), grpc.status.INVALID_ARGUMENT, /tx parse error/);
      await expectGrpcError(rawCall(address, "/cosmos.tx.v1beta1.Service/TxEncodeAmino", new Uint8Array()), grpc.status.UNIMPLEMENTED);
      // ABCIQuery and node Config over gRPC
      const q = ABCIQueryResponse.decode((await rawCall(address, "/cosmos.base.tendermint.v1beta1.Service/ABCIQuery", ABCIQueryRequest.encode(ABCIQueryRequest.fromPartial({ path: "/store/auth/key", data: Uint8Array.from([0x03]) })).finish())).value);
      expect([q.code, q.value.length > 0]).to.deep.equal([0, true]);
      await expectGrpcError(rawCall(address, "/cosmos.base.tendermint.v1beta1.Service/ABCIQuery", ABCIQueryRequest.encode(ABCIQueryRequest.fromPartial({ path: "/cosmos.bank.v1beta1.Query/Balance" })).finish()), grpc.status.INVALID_ARGUMENT, /invalid ABCI query path/);
      await expectGrpcError(rawCall(address, "/cosmos.base.tendermint.v1beta1.Service/ABCIQuery", new Uint8Array()), grpc.status.INVALID_ARGUMENT, /empty query path/);
      const cfg = ConfigResponse.decode((await rawCall(address, "/cosmos.base.node.v1beta1.Service/Config", new Uint8Array())).value);
      expect(cfg.minimumGasPrice).to.equal(decCoinsString(parseGasPrice(readAppConfig(fixture.net.node(0).home).minimum_gas_prices)));
    } finally {
      tm.disconnect();
    }
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
      expect(listed).to.include.members(["cosmos.base.tendermint.v1beta1.Service", "cosmos.base.node.v1beta1.Service"]);
      // only what answers: the protos' root also declares tendermint.abci.ABCIApplication, which is not served here
      expect(listed).to.not.include("tendermint.abci.ABCIApplication");
      const files = (await ask({ file_containing_symbol: "stratos.pot.v1.Query" })).file_descriptor_response.file_descriptor_proto;
      expect(files.length).to.be.greaterThan(0);
      // the SDK 0.47 methods served are described (grpcurl describe / invoke): method → its service
      const methodsOf = async (service: string) => {
        const fs: Buffer[] = (await ask({ file_containing_symbol: service })).file_descriptor_response.file_descriptor_proto;
        const name = service.slice(service.lastIndexOf(".") + 1);
        for (const b of fs) {
          const f: any = descriptor.FileDescriptorProto.decode(b);
          const svc = (f.service ?? []).find((x: any) => `${f.package}.${x.name}` === service || x.name === name);
          if (svc) return (svc.method ?? []).map((m: any) => m.name as string);
        }
        return [];
      };
      expect(await methodsOf("cosmos.bank.v1beta1.Query")).to.include.members(["DenomOwners", "SendEnabled", "SpendableBalanceByDenom"]);
      expect(await methodsOf("cosmos.auth.v1beta1.Query")).to.include.members(["ModuleAccountByName"]);
      // exactly the served methods (a method of the 0.47 protos no backend answers is left out)
      expect((await methodsOf("cosmos.tx.v1beta1.Service")).sort()).to.deep.equal(["BroadcastTx", "GetBlockWithTxs", "GetTx", "GetTxsEvent", "Simulate", "TxDecode", "TxEncode"]);
      expect(await methodsOf("cosmos.base.tendermint.v1beta1.Service")).to.include.members(["ABCIQuery", "GetNodeInfo"]);
      expect(await methodsOf("cosmos.base.node.v1beta1.Service")).to.deep.equal(["Config"]);

      // what grpcurl would decode with: the served SDK 0.47 shapes (default_node_info, sdk_block)
      const tm: Buffer[] = (await ask({ file_containing_symbol: "cosmos.base.tendermint.v1beta1.Service" })).file_descriptor_response.file_descriptor_proto;
      const byName = new Map<string, any>();
      const nodeFiles: Buffer[] = (await ask({ file_containing_symbol: "cosmos.base.node.v1beta1.Service" })).file_descriptor_response.file_descriptor_proto;
      const pending = [...tm, ...nodeFiles].map((b) => descriptor.FileDescriptorProto.decode(b));
      while (pending.length > 0) {
        const f: any = pending.pop()!;
        if (byName.has(f.name)) continue;
        byName.set(f.name, f);
        for (const dep of f.dependency ?? []) {
          if (!byName.has(dep)) pending.push(...(await ask({ file_by_filename: dep })).file_descriptor_response.file_descriptor_proto.map((b: Buffer) => descriptor.FileDescriptorProto.decode(b)));
        }
      }
      // linkable as grpcurl links them: fully qualified type names, each from a declared dependency, no options
      const fileOf = new Map<string, string>();
      const walk = (f: any, scope: string, m: any) => {
        fileOf.set(`.${scope}.${m.name}`, f.name);
        for (const n of m.nestedType ?? []) walk(f, `${scope}.${m.name}`, n);
        for (const e of m.enumType ?? []) fileOf.set(`.${scope}.${m.name}.${e.name}`, f.name);
      };
      for (const f of byName.values()) {
        for (const m of f.messageType ?? []) walk(f, f.package, m);
        for (const e of f.enumType ?? []) fileOf.set(`.${f.package}.${e.name}`, f.name);
      }
      for (const f of byName.values()) {
        const visit = (m: any) => {
          for (const fd of m.field ?? []) {
            if (!fd.typeName) continue;
            expect(fileOf.has(fd.typeName), `${f.name}: ${m.name}.${fd.name} → ${fd.typeName}`).to.equal(true);
            if (fileOf.get(fd.typeName) !== f.name) expect(f.dependency, `${f.name} imports ${fileOf.get(fd.typeName)}`).to.include(fileOf.get(fd.typeName));
          }
          (m.nestedType ?? []).forEach(visit);
        };
        (f.messageType ?? []).forEach(visit);
        expect(f.options ?? null, f.name).to.equal(null);
      }
      const reflected = (protobuf.Root as any).fromDescriptor({ file: [...byName.values()] }) as protobuf.Root;
      const blockRes = reflected.lookupType("cosmos.base.tendermint.v1beta1.GetBlockByHeightResponse");
      const got: any = blockRes.toObject(blockRes.decode((await rawCall(address, "/cosmos.base.tendermint.v1beta1.Service/GetBlockByHeight", GetBlockByHeightRequest.encode({ height: 2n }).finish())).value));
      expect(got.sdk_block.header.proposer_address).to.match(/^stvalcons1/);
      const cfgRes = reflected.lookupType("cosmos.base.node.v1beta1.ConfigResponse");
      const cfg: any = cfgRes.toObject(cfgRes.decode((await rawCall(address, "/cosmos.base.node.v1beta1.Service/Config", new Uint8Array())).value));
      expect(cfg.minimum_gas_price).to.match(/^\d+\.0{18}wei$/);
      const infoRes = reflected.lookupType("cosmos.base.tendermint.v1beta1.GetNodeInfoResponse");
      const info: any = infoRes.toObject(infoRes.decode((await rawCall(address, "/cosmos.base.tendermint.v1beta1.Service/GetNodeInfo", new Uint8Array())).value));
      expect(info.default_node_info.network).to.equal(fixture.net.info.chainId);
      client.close();
    }
  });

  it("bad input: garbage bytes, bad height header, unknown method, bad broadcast → gRPC errors; nothing changes, the server keeps serving", async () => {
    const user = fixture.net.users[1].address;
    const balance = async () => QueryBalanceResponse.decode((await rawCall(address, "/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: user, denom: "wei" }).finish())).value).balance!.amount;
    const before = await balance();
    await expectGrpcError(rawCall(address, "/cosmos.bank.v1beta1.Query/Balance", Buffer.from([0xff, 0xff, 0xff, 0x07, 0x01])), grpc.status.INVALID_ARGUMENT, /reserved wire type: invalid request/);
    await expectGrpcError(rawCall(address, "/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: "st1nope", denom: "wei" }).finish()), grpc.status.INVALID_ARGUMENT);
    const md = new grpc.Metadata();
    md.set("x-cosmos-block-height", "abc");
    await expectGrpcError(rawCall(address, "/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: user, denom: "wei" }).finish(), md), grpc.status.INVALID_ARGUMENT, /x-cosmos-block-height/);
    const future = new grpc.Metadata();
    future.set("x-cosmos-block-height", "999999999");
    await expectGrpcError(rawCall(address, "/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest.encode({ address: user, denom: "wei" }).finish(), future), grpc.status.INVALID_ARGUMENT, /future/);
    await expectGrpcError(rawCall(address, "/cosmos.bank.v1beta1.Query/NoSuchMethod", new Uint8Array()), grpc.status.UNIMPLEMENTED);
    // a huge page limit: the SDK has no cap on gRPC, so it is an ordinary (complete) answer
    const all = QueryAllBalancesResponse.decode((await rawCall(address, "/cosmos.bank.v1beta1.Query/AllBalances", QueryAllBalancesRequest.encode(QueryAllBalancesRequest.fromPartial({ address: user, pagination: { limit: (1n << 64n) - 1n } })).finish())).value);
    expect(all.balances.map((c) => c.denom)).to.include("wei");
    await expectGrpcError(rawCall(address, "/cosmos.tx.v1beta1.Service/BroadcastTx", Buffer.from([0x0a, 0x20, 1])), grpc.status.INVALID_ARGUMENT);
    await expectGrpcError(rawCall(address, "/cosmos.tx.v1beta1.Service/BroadcastTx", BroadcastTxRequest.encode({ txBytes: new Uint8Array([1, 2, 3]), mode: 7 as BroadcastMode }).finish()), grpc.status.INVALID_ARGUMENT, /unsupported broadcast mode/);
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

  it("gRPC: every app query of the route table gives abci_query's bytes or its status", async () => {
    const node = fixture.net.node(0);
    const table = buildApiTable(apiServices, [{ handler: () => async () => ({ value: new Uint8Array(), height: 0n }) }], { anyTypeFiles: apiAnyTypeFiles });
    const operator = fixture.net.accounts.find((a) => a.name === "operator0")!.address;
    const sds = fixture.net.info.sdsNodes?.[0]?.networkAddress ?? "stsds1cw8qhgsxddak8hh8gs7veqmy5ku8f8za6qlq64";
    const cases = appRouteCases({ account: fixture.net.users[0].address, valoper: valoperOf(operator), valcons: toBech32(CONSENSUS_PREFIX, Buffer.from((await fixture.net.node(0).rpc("status")).validator_info.address, "hex")), sdsNet: sds, hash: "A".repeat(64) });
    for (const [path, [, request]] of Object.entries(cases)) {
      const m = table.byPath(path)!;
      const req = path.endsWith("/Simulate") ? m.requestType.encode({ tx_bytes: Buffer.from([1, 2, 3]) }).finish() : m.requestType.encode(m.requestType.fromObject(request)).finish();
      let compared = false;
      for (let attempt = 0; attempt < 10 && !compared; attempt++) {
        const viaGrpc = await rawCall(address, path, req).catch((e: grpc.ServiceError) => e);
        const q = (await node.rpc("abci_query", { path, data: Buffer.from(req).toString("hex"), height: "0", prove: false })).response;
        if (!q.code) {
          expect(viaGrpc, `${path}: ${(viaGrpc as grpc.ServiceError).details}`).to.not.be.instanceOf(Error);
          const ok = viaGrpc as { value: Buffer; md: grpc.Metadata };
          if (ok.md.get("x-cosmos-block-height")[0] !== String(q.height)) continue;
          expect(ok.value.toString("base64"), path).to.equal(q.value ?? "");
        } else {
          const err = queryFailure({ code: q.code, codespace: q.codespace ?? "", log: q.log ?? "" });
          expect([(viaGrpc as grpc.ServiceError).code, (viaGrpc as grpc.ServiceError).details], path).to.deep.equal([err.code, err.message]);
        }
        compared = true;
      }
      expect(compared, `${path}: answered at the same height`).to.equal(true);
    }
  });

  it("gRPC: cosmos.base.tendermint.v1beta1.Service answers as CometBFT does", async () => {
    const node = fixture.net.node(0);
    const info = GetNodeInfoResponse.decode((await rawCall(address, "/cosmos.base.tendermint.v1beta1.Service/GetNodeInfo", new Uint8Array())).value);
    const st = await node.rpc("status");
    expect(info.defaultNodeInfo!.network).to.equal(fixture.net.info.chainId);
    expect(info.defaultNodeInfo!.defaultNodeId).to.equal(st.node_info.id);
    const b = GetBlockByHeightResponse.decode((await rawCall(address, "/cosmos.base.tendermint.v1beta1.Service/GetBlockByHeight", GetBlockByHeightRequest.encode({ height: 2n }).finish())).value);
    const cb = await node.rpc("block", { height: "2" });
    expect(Buffer.from(b.blockId!.hash).toString("hex").toUpperCase()).to.equal(cb.block_id.hash);
    expect(Buffer.from(b.block!.header!.appHash).toString("hex").toUpperCase()).to.equal(cb.block.header.app_hash);
    expect(b.sdkBlock!.header!.proposerAddress).to.equal(toBech32(CONSENSUS_PREFIX, Buffer.from(cb.block.header.proposer_address, "hex")));
    expect(b.sdkBlock!.header!.appHash).to.deep.equal(b.block!.header!.appHash);
    expect(b.sdkBlock!.lastCommit).to.deep.equal(b.block!.lastCommit);
    expect(b.block!.evidence).to.deep.equal({ evidence: [] });
    await expectGrpcError(rawCall(address, "/cosmos.base.tendermint.v1beta1.Service/GetBlockByHeight", GetBlockByHeightRequest.encode({ height: 10_000_000n }).finish()), grpc.status.INVALID_ARGUMENT, /bigger then the chain length/);
  });

  describe("REST", () => {
    let rest: string;
    let routes: { path: string; verb: string; summary: string }[];
    const table = buildApiTable(apiServices, [{ handler: () => async () => ({ value: new Uint8Array(), height: 0n }) }], { anyTypeFiles: apiAnyTypeFiles });
    const json = new GatewayJson(table.root);
    const get = async (path: string, init?: RequestInit) => {
      const r = await fetch(rest + path, init);
      return { status: r.status, headers: r.headers, body: (await r.json()) as any };
    };
    const post = (path: string, body: unknown) => get(path, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) });

    before(async () => {
      rest = fixture.net.node(0).restUrl!;
      const doc: any = await (await fetch(`${rest}/openapi.json`)).json();
      routes = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, ops]) => Object.entries(ops).map(([verb, op]) => ({ path, verb, summary: op.summary as string })));
    });

    it("localnet.json and localnet status list each node's REST URL; stratos-chain start serves it", async () => {
      const info = JSON.parse(readFileSync(Localnet.file(fixture.net.dir), "utf8"));
      expect(info.nodes[0].rest).to.equal(rest);
      expect(rest).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
      const [status] = await fixture.net.status();
      expect(status.rest).to.equal(rest);
      expect(routes.length).to.be.greaterThan(60);
    });

    it("every route of the node's table answers what abci_query (or CometBFT) answers", async () => {
      const node = fixture.net.node(0);
      const user = fixture.net.users[0].address;
      const operator = fixture.net.accounts.find((a) => a.name === "operator0")!.address;
      const sds = fixture.net.info.sdsNodes?.[0]?.networkAddress ?? "stsds1cw8qhgsxddak8hh8gs7veqmy5ku8f8za6qlq64";
      const appCases = appRouteCases({ account: user, valoper: valoperOf(operator), valcons: toBech32(CONSENSUS_PREFIX, Buffer.from((await fixture.net.node(0).rpc("status")).validator_info.address, "hex")), sdsNet: sds, hash: "A".repeat(64) });
      const st = await node.rpc("status");
      const b2 = await node.rpc("block", { height: "2" });
      const vals = await node.rpc("validators", { height: "2" });
      const authParams = (await node.rpc("abci_query", { path: "/store/auth/key", data: "03", height: "0", prove: false })).response;
      const hexB64 = (h: string) => Buffer.from(h, "hex").toString("base64");
      // SDK 0.47 answers both `block` and `sdk_block` (the same block, the proposer as a bech32
      // consensus address); an empty evidence list is {"evidence": []} in both.
      const sdkBlockOk = (body: any, proposerHex: string) => {
        expect(body.block.evidence).to.deep.equal({ evidence: [] });
        const { proposer_address, ...header } = body.sdk_block.header;
        expect(proposer_address).to.equal(toBech32(CONSENSUS_PREFIX, Buffer.from(proposerHex, "hex")));
        expect(proposer_address).to.match(/^stvalcons1/);
        const { proposer_address: _raw, ...tmHeader } = body.block.header;
        expect({ ...body.sdk_block, header }).to.deep.equal({ ...body.block, header: tmHeader });
      };
      // Routes the node answers from CometBFT: URL and what its answer must agree with.
      const tm = "/cosmos/base/tendermint/v1beta1";
      const nodeCases: Record<string, [string, (r: { status: number; body: any }) => void, RequestInit?]> = {
        "/cosmos.base.tendermint.v1beta1.Service/GetNodeInfo": [`${tm}/node_info`, ({ body }) => {
          expect(body.default_node_info.network).to.equal(st.node_info.network);
          expect(body.default_node_info.default_node_id).to.equal(st.node_info.id);
          expect(body.default_node_info.protocol_version.block).to.equal(st.node_info.protocol_version.block);
          expect(body.application_version.app_name).to.equal("stratos-chain");
        }],
        "/cosmos.base.tendermint.v1beta1.Service/GetSyncing": [`${tm}/syncing`, ({ body }) => expect(body).to.deep.equal({ syncing: false })],
        "/cosmos.base.tendermint.v1beta1.Service/GetLatestBlock": [`${tm}/blocks/latest`, ({ body }) => {
          expect(BigInt(body.block.header.height) >= BigInt(st.sync_info.latest_block_height)).to.equal(true);
          expect(body.block.header.chain_id).to.equal(fixture.net.info.chainId);
          sdkBlockOk(body, Buffer.from(body.block.header.proposer_address, "base64").toString("hex"));
        }],
        "/cosmos.base.tendermint.v1beta1.Service/GetBlockByHeight": [`${tm}/blocks/2`, ({ body }) => {
          expect(body.block_id.hash).to.equal(hexB64(b2.block_id.hash));
          expect(body.block.header.app_hash).to.equal(hexB64(b2.block.header.app_hash));
          // the same instant to the nanosecond (jsonpb writes 0, 3, 6 or 9 fraction digits)
          const split = (t: string) => [t.slice(0, 19), (/\.(\d+)Z$/.exec(t)?.[1] ?? "").padEnd(9, "0")];
          expect(split(body.block.header.time)).to.deep.equal(split(b2.block.header.time));
          expect(body.block.last_commit.signatures.length).to.equal(b2.block.last_commit.signatures.length);
          sdkBlockOk(body, b2.block.header.proposer_address);
        }],
        "/cosmos.base.tendermint.v1beta1.Service/GetLatestValidatorSet": [`${tm}/validatorsets/latest`, ({ body }) => {
          expect(body.validators.map((v: any) => v.pub_key.key)).to.deep.equal(vals.validators.map((v: any) => v.pub_key.value));
          expect(body.validators[0].address).to.match(/^stvalcons1/);
          expect(body.pagination.total).to.equal(String(vals.total));
        }],
        "/cosmos.base.tendermint.v1beta1.Service/GetValidatorSetByHeight": [`${tm}/validatorsets/2`, ({ body }) => {
          expect(body.block_height).to.equal("2");
          expect(body.validators.map((v: any) => [v.pub_key["@type"], v.pub_key.key, v.voting_power])).to.deep.equal(vals.validators.map((v: any) => ["/cosmos.crypto.ed25519.PubKey", v.pub_key.value, v.voting_power]));
        }],
        "/cosmos.tx.v1beta1.Service/GetBlockWithTxs": ["/cosmos/tx/v1beta1/txs/block/2", ({ status, body }) => {
          expect(status).to.equal(200);
          expect([body.txs, body.pagination]).to.deep.equal([[], { next_key: null, total: "0" }]);
          expect(body.block_id.hash).to.equal(hexB64(b2.block_id.hash));
          expect(body.block.header.app_hash).to.equal(hexB64(b2.block.header.app_hash));
        }],
        // garbage tx bytes: CometBFT's CheckTx answer (the app's decode error), nothing broadcast
        "/cosmos.tx.v1beta1.Service/BroadcastTx": ["/cosmos/tx/v1beta1/txs", ({ status, body }) => {
          expect(status).to.equal(200);
          expect([body.tx_response.code, body.tx_response.codespace]).to.deep.equal([2, "sdk"]);
          expect(body.tx_response.raw_log).to.match(/tx parse error/);
        }, { method: "POST", body: JSON.stringify({ tx_bytes: "3q2+7w==", mode: "BROADCAST_MODE_SYNC" }) }],
        // SDK 0.47's tmservice ABCIQuery: a store read with its proof, as the node's abci_query answers it
        "/cosmos.base.tendermint.v1beta1.Service/ABCIQuery": [`${tm}/abci_query?path=${encodeURIComponent("/store/auth/key")}&data=${encodeURIComponent(Buffer.from([0x03]).toString("base64"))}&prove=true`, ({ status, body }) => {
          expect(status, JSON.stringify(body)).to.equal(200);
          expect(body.code).to.equal(0);
          expect(body.value).to.equal(authParams.value);
          expect(body.key).to.equal(authParams.key);
          expect(body.proof_ops.ops[0].type).to.equal("ics23:smt");
          expect(BigInt(body.height) >= BigInt(authParams.height)).to.equal(true);
        }],
        "/cosmos.base.node.v1beta1.Service/Config": ["/cosmos/base/node/v1beta1/config", ({ status, body }) => {
          expect(status).to.equal(200);
          expect(body).to.deep.equal({ minimum_gas_price: decCoinsString(parseGasPrice(readAppConfig(node.home).minimum_gas_prices)) });
          expect(body.minimum_gas_price).to.match(/^\d+\.0{18}wei$/);
        }],
        "/cosmos.tx.v1beta1.Service/GetTxsEvent": [`/cosmos/tx/v1beta1/txs?query=${encodeURIComponent("tx.height>=1")}&limit=5`, ({ body }) => {
          expect(body.total).to.be.a("string");
          expect(body.tx_responses).to.be.an("array");
        }],
      };
      const missing = routes.filter((r) => !(r.summary in appCases) && !(r.summary in nodeCases)).map((r) => r.summary);
      expect(missing, "routes without a case").to.deep.equal([]);
      for (const r of routes) {
        if (r.summary in nodeCases) {
          const [url, check, init] = nodeCases[r.summary];
          const res = await get(url, init);
          check(res);
          continue;
        }
        const [url, request, body] = appCases[r.summary];
        const m = table.byPath(r.summary)!;
        const data = m.requestType.encode(m.requestType.fromObject(request)).finish();
        let compared = false;
        for (let attempt = 0; attempt < 10 && !compared; attempt++) {
          const res = await get(url, r.verb === "post" ? { method: "POST", body: JSON.stringify(body ?? {}) } : undefined);
          const q = (await node.rpc("abci_query", { path: r.summary, data: Buffer.from(data).toString("hex"), height: "0", prove: false })).response;
          if (q.code === 0 || q.code === undefined) {
            if (res.headers.get("x-cosmos-block-height") !== String(q.height)) continue; // a block landed in between
            expect(res.status, `${url}: ${JSON.stringify(res.body)}`).to.equal(200);
            expect(res.body, url).to.deep.equal(json.encode(m.responseType, Buffer.from(q.value ?? "", "base64")));
          } else {
            const err = queryFailure({ code: q.code, codespace: q.codespace ?? "", log: q.log ?? "" });
            expect(res.status, `${url}: ${JSON.stringify(res.body)}`).to.equal(httpStatus(err.code));
            expect(res.body, url).to.deep.equal({ code: err.code, message: err.message, details: [] });
          }
          compared = true;
        }
        expect(compared, `${url}: answered at the same height`).to.equal(true);
      }
    });

    it("a Keplr-style flow over REST only: account, simulate, broadcast (sync, async, block), poll by hash, new balance, search", async () => {
      const from = fixture.net.users[2];
      const to = await newAccount();
      const acc = (await get(`/cosmos/auth/v1beta1/accounts/${from.address}`)).body.account;
      expect(acc["@type"]).to.equal("/cosmos.auth.v1beta1.BaseAccount");
      const wallet = await walletFor(from.mnemonic);
      const signer = await SigningStargateClient.offline(wallet);
      const chainId = (await get("/cosmos/base/tendermint/v1beta1/node_info")).body.default_node_info.network;
      const sign = async (sequence: number, amount: string, gas = "200000") => {
        const msg = { typeUrl: MsgSend.typeUrl, value: MsgSend.fromPartial({ fromAddress: from.address, toAddress: to.address, amount: [{ denom: "wei", amount }] }) };
        const fee = { amount: [{ denom: "wei", amount: (BigInt(gas) * 1_000_000_000n).toString() }], gas };
        const raw = await signer.sign(from.address, [msg], fee, "keplr", { accountNumber: BigInt(acc.account_number), sequence, chainId });
        return Buffer.from(TxRaw.encode(raw).finish()).toString("base64");
      };
      const seq = Number(acc.sequence);
      const sim = await post("/cosmos/tx/v1beta1/simulate", { tx_bytes: await sign(seq, "1000") });
      expect(sim.status, JSON.stringify(sim.body)).to.equal(200);
      const gasUsed = BigInt(sim.body.gas_info.gas_used);
      expect(gasUsed > 0n).to.equal(true);
      const gas = ((gasUsed * 13n) / 10n).toString();

      const waitTx = async (hash: string) => {
        for (let i = 0; i < 100; i++) {
          const r = await get(`/cosmos/tx/v1beta1/txs/${hash}`);
          if (r.status === 200) return r.body;
          expect([r.status, r.body.code]).to.deep.equal([404, 5]);
          await sleep(150);
        }
        throw new Error(`tx ${hash} not committed`);
      };
      const sync = await post("/cosmos/tx/v1beta1/txs", { tx_bytes: await sign(seq, "1000", gas), mode: "BROADCAST_MODE_SYNC" });
      expect(sync.status).to.equal(200);
      expect(sync.body.tx_response.code, sync.body.tx_response.raw_log).to.equal(0);
      const got = await waitTx(sync.body.tx_response.txhash);
      expect(got.tx_response.code).to.equal(0);
      expect(got.tx.body.messages[0]).to.deep.include({ "@type": "/cosmos.bank.v1beta1.MsgSend", to_address: to.address });
      expect(got.tx.body.memo).to.equal("keplr");
      expect((await get(`/cosmos/bank/v1beta1/balances/${to.address}/by_denom?denom=wei`)).body.balance).to.deep.equal({ denom: "wei", amount: "1000" });

      const async_ = await post("/cosmos/tx/v1beta1/txs", { tx_bytes: await sign(seq + 1, "20", gas), mode: "BROADCAST_MODE_ASYNC" });
      expect(async_.body.tx_response.txhash).to.match(/^[0-9A-F]{64}$/);
      await waitTx(async_.body.tx_response.txhash);
      const block = await post("/cosmos/tx/v1beta1/txs", { tx_bytes: await sign(seq + 2, "300", gas), mode: "BROADCAST_MODE_BLOCK" });
      expect(block.body.tx_response.code, block.body.tx_response.raw_log).to.equal(0);
      expect(BigInt(block.body.tx_response.height) > 0n).to.equal(true);
      expect(block.body.tx_response.logs[0].events.map((e: any) => e.type)).to.include("transfer");
      expect((await get(`/cosmos/bank/v1beta1/balances/${to.address}/by_denom?denom=wei`)).body.balance.amount).to.equal("1320");
      expect((await get(`/cosmos/auth/v1beta1/accounts/${from.address}`)).body.account.sequence).to.equal(String(seq + 3));

      // the block with its txs decoded (explorers): CometBFT's txs, the one sent among them, paged by offset/limit
      const height = block.body.tx_response.height;
      const cb = await fixture.net.node(0).rpc("block", { height });
      const withTxs = await get(`/cosmos/tx/v1beta1/txs/block/${height}`);
      expect(withTxs.status, JSON.stringify(withTxs.body)).to.equal(200);
      expect(withTxs.body.block.data.txs).to.deep.equal(cb.block.data.txs);
      expect(withTxs.body.pagination).to.deep.equal({ next_key: null, total: String(cb.block.data.txs.length) });
      const at = cb.block.data.txs.findIndex((t: string) => createHash("sha256").update(Buffer.from(t, "base64")).digest("hex").toUpperCase() === block.body.tx_response.txhash);
      expect(at).to.be.greaterThanOrEqual(0);
      expect(withTxs.body.txs[at].body.messages[0]).to.deep.include({ "@type": "/cosmos.bank.v1beta1.MsgSend", to_address: to.address });
      const one = await get(`/cosmos/tx/v1beta1/txs/block/${height}?pagination.offset=${at}&pagination.limit=1`);
      expect(one.body.txs).to.deep.equal([withTxs.body.txs[at]]);
      const past = await get(`/cosmos/tx/v1beta1/txs/block/${height}?pagination.offset=${cb.block.data.txs.length}`);
      expect([past.status, past.body.code]).to.deep.equal([400, 3]);
      expect(past.body.message).to.match(/^out of range: cannot paginate/);

      // search by events (SDK 0.47) and by query (0.50); CometBFT indexes just after the commit
      const ev = `events=${encodeURIComponent(`transfer.recipient='${to.address}'`)}`;
      let found: any;
      for (let i = 0; i < 50; i++) {
        found = (await get(`/cosmos/tx/v1beta1/txs?${ev}&order_by=ORDER_BY_ASC`)).body;
        if (found.tx_responses?.length === 3) break;
        await sleep(150);
      }
      expect(found.total).to.equal("3");
      expect(found.tx_responses.map((t: any) => t.txhash)).to.deep.equal([sync.body.tx_response.txhash, async_.body.tx_response.txhash, block.body.tx_response.txhash]);
      const byQuery = (await get(`/cosmos/tx/v1beta1/txs?query=${encodeURIComponent(`transfer.recipient='${to.address}' AND transfer.amount='300wei'`)}`)).body;
      expect(byQuery.tx_responses.map((t: any) => t.txhash)).to.deep.equal([block.body.tx_response.txhash]);
    });

    it("bad input: 4xx in the gateway's shape, nothing changes, the server keeps serving", async () => {
      const user = fixture.net.users[1].address;
      const balance = async () => (await get(`/cosmos/bank/v1beta1/balances/${user}/by_denom?denom=wei`)).body.balance.amount;
      const before = await balance();
      const shape = (r: { status: number; body: any }, status: number, code: number, text?: RegExp) => {
        expect(r.status, JSON.stringify(r.body)).to.equal(status);
        expect(Object.keys(r.body)).to.deep.equal(["code", "message", "details"]);
        expect(r.body.code).to.equal(code);
        if (text) expect(r.body.message).to.match(text);
      };
      shape(await get("/cosmos/bank/v1beta1/balances/st1notanaddress"), 400, 3);
      shape(await get(`/cosmos/bank/v1beta1/balances/${user}?pagination.limit=99999999`), 400, 3, /pagination.limit/);
      shape(await get(`/cosmos/bank/v1beta1/balances/${user}?pagination.offset=-1`), 400, 3, /uint64 out of range/);
      shape(await get("/cosmos/base/tendermint/v1beta1/blocks/notanumber"), 400, 3, /height: expected an integer/);
      shape(await get("/cosmos/base/tendermint/v1beta1/blocks/99999999"), 400, 3, /bigger then the chain length/);
      shape(await get("/cosmos/no/such/route"), 404, 5);
      shape(await post("/cosmos/tx/v1beta1/txs", "{not json"), 400, 3, /not valid JSON/);
      shape(await post("/cosmos/tx/v1beta1/txs", { tx_bytes: "AQID", mode: "BROADCAST_MODE_FOREVER" }), 400, 3, /mode: expected one of/);
      shape(await post("/cosmos/tx/v1beta1/txs", { mode: "BROADCAST_MODE_SYNC" }), 400, 3, /empty tx/);
      shape(await post("/cosmos/tx/v1beta1/txs", { tx_bytes: ["x"] }), 400, 3, /tx_bytes/);
      shape(await get(`/cosmos/tx/v1beta1/txs?events=${encodeURIComponent("nonsense")}`), 400, 3, /format/);
      shape(await get(`/cosmos/tx/v1beta1/txs?query=${encodeURIComponent("tx.height>0")}&limit=100000`), 400, 3, /limit/);
      shape(await get("/cosmos/tx/v1beta1/txs/zz"), 400, 3, /64 hex/);
      shape(await get("/cosmos/tx/v1beta1/txs/block/99999999"), 400, 3, /height must not be less than 1 or greater than the current height/);
      const huge = await post("/cosmos/tx/v1beta1/txs", { tx_bytes: "A".repeat(6 * 1024 * 1024) });
      expect(huge.status).to.equal(413);
      expect(await balance()).to.equal(before);
      expect((await get("/cosmos/base/tendermint/v1beta1/syncing")).status).to.equal(200);
    });

    it("the Swagger page in headless Chromium lists the routes and runs a query", async function () {
      const executablePath = chromiumPath();
      if (!executablePath) {
        // CI installs Debian's chromium (apt-get install chromium); a machine without it skips.
        console.log("      (no chromium on this machine: set CHROMIUM_PATH or install Debian's chromium)");
        this.skip();
      }
      const browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox"] });
      try {
        const page = await browser.newPage();
        await page.goto(`${rest}/swagger`);
        const op = page.locator('.opblock:has(.opblock-summary-path[data-path="/cosmos/bank/v1beta1/params"])');
        await op.waitFor({ timeout: 30_000 });
        expect(await page.locator(".opblock").count()).to.equal(routes.length);
        await op.locator(".opblock-summary").click();
        await op.locator("button.try-out__btn").click();
        await op.locator("button.execute").click();
        const body = op.locator(".live-responses-table .response-col_description pre").first();
        await body.waitFor({ timeout: 30_000 });
        const shown = JSON.parse(await body.innerText());
        expect(shown).to.deep.equal((await get("/cosmos/bank/v1beta1/params")).body);
      } finally {
        await browser.close();
      }
    });
  });
});
