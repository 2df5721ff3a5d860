// abci_query refusals read like the Cosmos SDK's: an unknown store is ErrUnknownRequest ("no such
// store", rootmulti.Store.Query), and request bytes that do not decode as the route's request type are
// a client error (ErrInvalidRequest, codespace sdk) on every route, never "internal error".
import { expect } from "chai";
import { AppHarness, genesisWith, testSigner } from "../../helpers/app.ts";

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
    expect([...h.app.wiring.storeKeys].sort()).to.deep.equal(["auth", "bank", "distribution", "pot", "register", "sds", "staking"]);
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
});
