// bank and auth keepers on typed collections: the SDK's byte layout (0x02 ‖ len ‖ addr ‖ denom), zero
// balances and supplies deleted, pagination keys relative to the listed range (what next_key carries),
// and the account-number counter.
import { expect } from "chai";
import { CacheKV, PrefixKV } from "../../../chain/app/kv.ts";
import { accAddressFromBech32 } from "../../../chain/types/address.ts";
import { AppHarness, genesisWith, testSigner } from "../../helpers/app.ts";

const A = testSigner("bank-keeper-a");
const B = testSigner("bank-keeper-b");
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("bank and auth keepers (collections)", () => {
  let h: AppHarness;
  afterEach(() => h?.close());

  function writable() {
    const ctx = h.readCtx();
    const cache = new CacheKV(ctx.store);
    return { ...ctx, store: cache };
  }

  it("stores balances and supply under the SDK layout and deletes zeros", () => {
    h = new AppHarness();
    h.initChain(genesisWith([{ address: A.address, wei: 5n }]));
    h.block();
    const bank = h.app.wiring.keepers.bank;
    const ctx = writable();
    bank.mintCoins(ctx, "pot", [{ denom: "aaa", amount: 7n }, { denom: "zzz", amount: 1n }]);
    const pot = h.app.wiring.keepers.auth.moduleAccountAddress("pot");
    const raw = new PrefixKV(ctx.store, new TextEncoder().encode("bank/"));
    const addr = accAddressFromBech32(pot);
    const key = Uint8Array.from([0x02, addr.length, ...addr, ...new TextEncoder().encode("aaa")]);
    expect(new TextDecoder().decode(raw.get(key)!)).to.equal("7");
    expect(new TextDecoder().decode(raw.get(Uint8Array.from([0x00, ...new TextEncoder().encode("aaa")]))!)).to.equal("7");
    expect(bank.getAllBalances(ctx, pot)).to.deep.equal([{ denom: "aaa", amount: 7n }, { denom: "zzz", amount: 1n }]);
    // pagination keys are the denom bytes, from `start` on
    expect([...bank.iterateBalances(ctx, pot)].map(([k]) => new TextDecoder().decode(k))).to.deep.equal(["aaa", "zzz"]);
    expect([...bank.iterateBalances(ctx, pot, new TextEncoder().encode("b"))].map(([k]) => new TextDecoder().decode(k))).to.deep.equal(["zzz"]);
    expect([...bank.iterateSupply(ctx)].map(([k]) => new TextDecoder().decode(k))).to.include.members(["aaa", "zzz", "wei"]);
    // burning everything deletes the balance and the supply entry
    h.app.wiring.keepers.auth.registerModuleAccount("burner-test", ["burner"]);
    bank.sendCoinsFromModuleToModule(ctx, "pot", "burner-test", [{ denom: "zzz", amount: 1n }]);
    bank.burnCoins(ctx, "burner-test", [{ denom: "zzz", amount: 1n }]);
    expect(raw.get(Uint8Array.from([0x00, ...new TextEncoder().encode("zzz")]))).to.equal(undefined);
    expect(bank.getAllBalances(ctx, pot)).to.deep.equal([{ denom: "aaa", amount: 7n }]);
    expect([...bank.allBalances(ctx)].find((b) => b.address === pot)!.coins).to.deep.equal([{ denom: "aaa", amount: 7n }]);
    // a malformed address fails when the iterator is asked for, not later
    expect(() => bank.iterateBalances(ctx, "st1notanaddress")).to.throw();
  });

  it("hands out account numbers in order and creates a receiver's account on first receipt", () => {
    h = new AppHarness();
    h.initChain(genesisWith([{ address: A.address, wei: 100n }]));
    h.block();
    const { auth, bank } = h.app.wiring.keepers;
    const ctx = writable();
    const before = auth.nextAccountNumber(ctx);
    expect(auth.nextAccountNumber(ctx)).to.equal(before + 1n);
    expect(auth.hasAccount(ctx, B.address)).to.equal(false);
    bank.sendCoins(ctx, A.address, B.address, [{ denom: "wei", amount: 1n }]);
    expect(auth.getAccount(ctx, B.address)).to.deep.equal({ address: B.address, pubKey: undefined, accountNumber: before + 2n, sequence: 0n });
    const keys = [...auth.iterateAccounts(ctx)].map(([k]) => hex(k));
    expect(keys).to.include(hex(accAddressFromBech32(B.address)));
    expect(keys).to.deep.equal([...keys].sort());
    expect(() => bank.sendCoins(ctx, B.address, A.address, [{ denom: "wei", amount: 2n }])).to.throw(/insufficient funds/);
  });
});
