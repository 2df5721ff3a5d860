// abci_query refusals read like the Cosmos SDK's: an unknown store is ErrUnknownRequest ("no such
// store", rootmulti.Store.Query), and request bytes that do not decode as the route's request type are
// a client error (ErrInvalidRequest, codespace sdk) on every route, never "internal error".
import { createHash } from "node:crypto";
import { expect } from "chai";
import { QueryAllBalancesRequest, QueryAllBalancesResponse, QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { wireSchemas } from "../../../chain/tx/wire-schema.ts";
import { AppHarness, genesisWith, testSigner } from "../../helpers/app.ts";

const tag = (field: number, wire: number) => {
  const out: number[] = [];
  for (let v = field * 8 + wire; ; v = Math.floor(v / 128)) {
    if (v < 128) return [...out, v];
    out.push((v % 128) | 0x80);
  }
};
// A value of each wire type, well-formed on its own.
const valueOf: Record<number, number[]> = { 0: [0x96, 0x01], 1: [1, 2, 3, 4, 5, 6, 7, 8], 2: [3, 0x61, 0x62, 0x63], 5: [1, 2, 3, 4] };
const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe("app: abci_query refusals", () => {
  const alice = testSigner("alice");
  let h: AppHarness;
  before(() => {
    h = new AppHarness();
    h.initChain(genesisWith([{ address: alice.address, wei: 1_000_000n }]));
    h.block();
  });
  after(() => h.close());

  const query = (path: string, data: Uint8Array, prove = false) => h.app.query({ path, data, height: 0n, prove });

  it("/store/<module that does not exist>/key is ErrUnknownRequest 'no such store', with or without proof", () => {
    for (const prove of [false, true]) {
      const r = query("/store/nosuchmodule/key", Uint8Array.of(1, 2), prove);
      expect([r.code, r.codespace, r.log]).to.deep.equal([6, "sdk", "no such store: nosuchmodule: unknown request"]);
      expect(r.value.length).to.equal(0);
    }
    // A module without a store (genutil) has none to read either.
    expect(query("/store/genutil/key", Uint8Array.of(1)).log).to.equal("no such store: genutil: unknown request");
    // Every mounted store still answers, and a bad sub-path of one is refused after the name.
    expect([...h.app.wiring.storeKeys].sort()).to.deep.equal(["auth", "bank", "distribution", "pot", "register", "sds", "slashing", "staking"]);
    for (const name of h.app.wiring.storeKeys) expect(query(`/store/${name}/key`, Uint8Array.of(0)).code, name).to.equal(0);
    expect(query("/store/bank/subspace", Uint8Array.of(0)).code).to.equal(18);
    expect(query("/store//key", Uint8Array.of(0)).log).to.equal("no such store: : unknown request");
  });

  it("every key the chain writes lies in a mounted store (so the list cannot miss a keeper)", () => {
    const names = new Set<string>();
    for (const [key] of h.app.store.range(new Uint8Array())) names.add(Buffer.from(key.subarray(0, key.indexOf(0x2f))).toString());
    expect(names.size).to.be.greaterThan(3);
    for (const n of names) expect(h.app.wiring.storeKeys, n).to.include(n);
  });

  it("a key read through /store/<name>/key is the keeper's value under that store", () => {
    const [key, value] = h.app.store.range(Buffer.from("bank/"), Buffer.from("bank0"))[Symbol.iterator]().next().value!;
    const r = query("/store/bank/key", key.subarray("bank/".length));
    expect(Buffer.from(r.value).equals(Buffer.from(value))).to.equal(true);
    expect(Buffer.from(r.key).equals(Buffer.from(key))).to.equal(true);
  });

  it("every query path has a request type in the .proto files (so its bytes are checked as that type)", () => {
    expect(h.app.queries.paths.length).to.be.greaterThan(50);
    for (const path of h.app.queries.paths) {
      const type = wireSchemas().requestType(path);
      expect(type, path).to.be.a("string");
      expect(wireSchemas().get(type!), path).to.not.equal(undefined);
    }
  });

  it("garbage request bytes on every path are ErrInvalidRequest (sdk 18), never internal error (code 1) or a throw", () => {
    const garbage: Uint8Array[] = [new Uint8Array(10).fill(0xff), Uint8Array.of(0x00), Uint8Array.of(0x0c), Uint8Array.of(0x0f, 1), Uint8Array.of(0x0a, 0x05, 0x61)];
    for (let i = 0; i < 8; i++) garbage.push(createHash("sha256").update(`garbage ${i}`).digest());
    let refused = 0;
    for (const path of h.app.queries.paths) {
      const schema = wireSchemas().get(wireSchemas().requestType(path)!)!;
      const invalid: [string, Uint8Array][] = garbage.map((g, i) => [`garbage ${i}`, g]);
      for (const [num, f] of schema.fields) {
        // Each declared field in every wire type but its own (a repeated scalar may also be packed).
        for (const w of [0, 1, 2, 5]) {
          const own = w === f.wantWire || (f.repeated && w === 2 && f.message === undefined && f.wantWire !== 2);
          if (!own) invalid.push([`field ${f.name} as wire type ${w}`, concat(tag(num, w), valueOf[w])]);
        }
        // A nested message whose own bytes are garbage; a length past the end.
        if (f.message !== undefined) invalid.push([`field ${f.name} holding garbage`, concat(tag(num, 2), [2, 0xff, 0xff])]);
        invalid.push([`field ${f.name} truncated`, concat(tag(num, f.wantWire), f.wantWire === 2 ? [9, 1] : f.wantWire === 0 ? [0x80] : [1])]);
      }
      for (const [what, data] of invalid) {
        const r = query(path, data);
        expect([r.code, r.codespace], `${path}, ${what}: ${r.log}`).to.deep.equal([18, "sdk"]);
        expect(r.log, `${path}, ${what}`).to.match(/: invalid request$/);
        refused++;
      }
      // Well-formed bytes of the right wire types (values may be nonsense for the handler): a
      // client error from the handler at worst, never an internal one.
      const wellFormed = [...schema.fields].map(([num, f]) => concat(tag(num, f.wantWire), f.wantWire === 2 ? [3, 0xc3, 0x28, 0xa0] : valueOf[f.wantWire]));
      wellFormed.push(concat(...wellFormed), concat(tag(4000, 0), [1]));
      for (const data of wellFormed) {
        const r = query(path, data);
        expect(r.code, `${path} ${Buffer.from(data).toString("hex")}: ${r.log}`).to.not.equal(1);
        if (r.code !== 0) expect(r.codespace, `${path}: ${r.log}`).to.not.be.oneOf(["", "undefined"]);
      }
    }
    expect(refused).to.be.greaterThan(1000);
    expect(query("/cosmos.bank.v1beta1.Query/Balance", Uint8Array.of(0x08, 0x01)).log).to.equal(
      "proto: wrong wireType = 0 for field address of cosmos.bank.v1beta1.QueryBalanceRequest: invalid request",
    );
  });

  it("valid requests still answer, and fields the request type does not declare are skipped as the SDK skips them", () => {
    const balance = QueryBalanceRequest.encode({ address: alice.address, denom: "wei" }).finish();
    const plain = query("/cosmos.bank.v1beta1.Query/Balance", balance);
    expect(plain.code, plain.log).to.equal(0);
    expect(QueryBalanceResponse.decode(plain.value).balance).to.deep.equal({ denom: "wei", amount: "1000000" });
    // Unknown fields of every wire type, a group included, before and after the declared ones.
    const unknown = concat(tag(9, 0), [5], tag(10, 1), valueOf[1], tag(11, 2), [1, 0xff], tag(12, 5), valueOf[5], tag(13, 3), tag(1, 0), [1], tag(13, 4));
    const extended = query("/cosmos.bank.v1beta1.Query/Balance", concat(unknown, balance, unknown));
    expect([extended.code, Buffer.from(extended.value).toString("hex")]).to.deep.equal([0, Buffer.from(plain.value).toString("hex")]);
    // SDK 0.47's QueryAllBalancesRequest has no field 3 (0.50's resolve_denom, which the generated
    // decoder knows): in any wire type it is skipped, not misread.
    const all = QueryAllBalancesRequest.encode({ address: alice.address, resolveDenom: false }).finish();
    for (const w of [0, 1, 2, 5]) {
      const r = query("/cosmos.bank.v1beta1.Query/AllBalances", concat(all, tag(3, w), valueOf[w]));
      expect(r.code, r.log).to.equal(0);
      expect(QueryAllBalancesResponse.decode(r.value).balances).to.deep.equal([{ denom: "wei", amount: "1000000" }]);
    }
    // Inside a nested message too (pagination with an unknown field and limit 1).
    const paged = concat(QueryAllBalancesRequest.encode({ address: alice.address, resolveDenom: false }).finish(), tag(2, 2), [5], tag(3, 0), [1], tag(99, 5), [0]);
    expect(query("/cosmos.bank.v1beta1.Query/AllBalances", paged).code).to.equal(18); // truncated fixed32 inside pagination
    const pagedOk = concat(QueryAllBalancesRequest.encode({ address: alice.address, resolveDenom: false }).finish(), tag(2, 2), [8], tag(3, 0), [1], tag(99, 5), valueOf[5]);
    const r = query("/cosmos.bank.v1beta1.Query/AllBalances", pagedOk);
    expect(r.code, r.log).to.equal(0);
    expect(QueryAllBalancesResponse.decode(r.value).balances).to.have.length(1);
  });
});
