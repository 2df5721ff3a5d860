import { expect } from "chai";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { AppHarness, genesisWith, testSigner } from "../../helpers/app.ts";

const ONE_STOS = 10n ** 18n;
const GWEI = 1_000_000_000n;

describe("app: state machine in process", () => {
  const alice = testSigner("alice");
  const bob = testSigner("bob");
  const eve = testSigner("eve", "eth_secp256k1");
  let h: AppHarness;

  beforeEach(() => {
    h = new AppHarness();
    h.initChain(genesisWith([{ address: alice.address, wei: 10n * ONE_STOS }, { address: eve.address, wei: 10n * ONE_STOS }]));
    h.block();
  });
  afterEach(() => h.close());

  it("the same genesis gives the same app hash on two nodes", () => {
    const other = new AppHarness();
    try {
      const g = genesisWith([{ address: alice.address, wei: 10n * ONE_STOS }, { address: eve.address, wei: 10n * ONE_STOS }]);
      expect(Buffer.from(other.initChain(g)).toString("hex")).to.equal(Buffer.from(h.app.store.rootHash).toString("hex"));
    } finally {
      other.close();
    }
  });

  it("delivers a MsgSend: balances, fee to fee_collector, sequence, pubkey stored", () => {
    const res = h.block([h.send(alice, bob.address, 1000n)]);
    expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
    expect(h.balance(bob.address)).to.equal(1000n);
    expect(h.balance(alice.address)).to.equal(10n * ONE_STOS - 1000n - 200_000n * GWEI);
    const collector = h.app.wiring.keepers.auth.moduleAccountAddress("fee_collector");
    expect(h.balance(collector)).to.equal(200_000n * GWEI);
    expect(h.account(alice.address)!.sequence).to.equal(1n);
    expect(h.account(alice.address)!.pubKey?.typeUrl).to.equal("/cosmos.crypto.secp256k1.PubKey");
    expect(h.account(bob.address)).to.not.equal(undefined);
  });

  it("accepts Stratos eth_secp256k1 keys (Keccak sign bytes, keccak address)", () => {
    const res = h.block([h.send(eve, bob.address, 5n)]);
    expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
    expect(h.account(eve.address)!.pubKey?.typeUrl).to.equal("/stratos.crypto.v1.ethsecp256k1.PubKey");
    expect(h.balance(bob.address)).to.equal(5n);
  });

  it("a tx signed by another key than the account's address fails and changes nothing", () => {
    const tx = h.send(alice, bob.address, 1n);
    const forged = h.send(bob, bob.address, 1n, { fromAddress: alice.address });
    const before = Buffer.from(h.app.store.rootHash).toString("hex");
    const res = h.block([forged]);
    expect(res.txResults[0].code).to.equal(8);
    expect(res.txResults[0].log).to.contain("pubkey does not match signer address");
    expect(Buffer.from(res.appHash).toString("hex")).to.equal(before);
    expect(h.block([tx]).txResults[0].code).to.equal(0);
  });

  it("rejects a wrong sequence in CheckTx and FinalizeBlock without state change", () => {
    const tx = h.send(alice, bob.address, 1n, { sequence: 5n });
    const check = h.checkTx(tx);
    expect(check.code).to.equal(32);
    expect(check.codespace).to.equal("sdk");
    const before = Buffer.from(h.app.store.rootHash).toString("hex");
    const res = h.block([tx]);
    expect(res.txResults[0].code).to.equal(32);
    expect(Buffer.from(res.appHash).toString("hex")).to.equal(before);
  });

  it("CheckTx state tracks sequences of pending txs and resets on Commit", () => {
    expect(h.checkTx(h.send(alice, bob.address, 1n, { sequence: 0n })).code).to.equal(0);
    expect(h.checkTx(h.send(alice, bob.address, 1n, { sequence: 1n })).code).to.equal(0);
    expect(h.checkTx(h.send(alice, bob.address, 1n, { sequence: 1n })).code).to.equal(32);
    h.block();
    expect(h.checkTx(h.send(alice, bob.address, 1n, { sequence: 1n })).code).to.equal(32);
  });

  it("out of gas in a message: its writes roll back, fee and sequence stay", () => {
    const sim = h.app.simulate(h.send(alice, bob.address, 1n));
    expect(sim.result.code, sim.result.log).to.equal(0);
    const gas = sim.result.gasUsed - 2000n;
    const res = h.block([h.send(alice, bob.address, 1n, { gas })]);
    expect(res.txResults[0].code).to.equal(11);
    expect(res.txResults[0].codespace).to.equal("sdk");
    expect(res.txResults[0].gasUsed).to.equal(gas);
    expect(h.balance(bob.address)).to.equal(0n);
    expect(h.balance(alice.address)).to.equal(10n * ONE_STOS - gas * GWEI);
    expect(h.account(alice.address)!.sequence).to.equal(1n);
  });

  it("fee below the node's minimum gas price fails CheckTx only", () => {
    const tx = h.send(alice, bob.address, 1n, { fee: 1n });
    expect(h.checkTx(tx).code).to.equal(13);
    // The minimum is node-local: a block containing it still executes it (the SDK's rule).
    expect(h.block([tx]).txResults[0].code).to.equal(0);
  });

  it("module accounts cannot receive a MsgSend", () => {
    const collector = h.app.wiring.keepers.auth.moduleAccountAddress("fee_collector");
    const res = h.block([h.send(alice, collector, 1n)]);
    expect(res.txResults[0].code).to.equal(4);
    expect(res.txResults[0].log).to.contain("not allowed to receive funds");
  });

  it("state, height and app hash survive a restart; Info reports them", () => {
    h.block([h.send(alice, bob.address, 77n)]);
    const hash = Buffer.from(h.app.store.rootHash).toString("hex");
    const height = h.app.lastHeight;
    h.reopen();
    const info = h.app.info({ version: "", blockVersion: 0n, p2pVersion: 0n, abciVersion: "" });
    expect(info.lastBlockHeight).to.equal(height);
    expect(Buffer.from(info.lastBlockAppHash).toString("hex")).to.equal(hash);
    expect(h.app.chainId).to.equal("unit-test-1");
    expect(h.balance(bob.address)).to.equal(77n);
    expect(h.block([h.send(alice, bob.address, 1n)]).txResults[0].code).to.equal(0);
  });

  it("a repeated FinalizeBlock at the same height starts from committed state (nothing leaks from the first)", () => {
    const req = (txs: Uint8Array[]) => ({
      txs,
      decidedLastCommit: { round: 0, votes: [] },
      misbehavior: [],
      hash: new Uint8Array(32),
      height: h.height + 1n,
      time: { seconds: 1_700_000_000n + h.height + 1n, nanos: 0 },
      nextValidatorsHash: new Uint8Array(32),
      proposerAddress: new Uint8Array(20),
    });
    const withTx = h.app.finalizeBlock(req([h.send(alice, bob.address, 5n)]));
    const empty = h.app.finalizeBlock(req([]));
    expect(Buffer.from(empty.appHash).toString("hex")).to.not.equal(Buffer.from(withTx.appHash).toString("hex"));
    expect(Buffer.from(empty.appHash).toString("hex")).to.equal(Buffer.from(h.app.store.rootHash).toString("hex"));
    h.app.commit({});
    h.height += 1n;
    expect(h.balance(bob.address)).to.equal(0n);
  });

  it("answers queries at past heights", () => {
    h.block([h.send(alice, bob.address, 10n)]);
    const first = h.app.lastHeight;
    h.block([h.send(alice, bob.address, 20n)]);
    const q = (height: bigint) => {
      const r = h.app.query({ path: "/cosmos.bank.v1beta1.Query/Balance", data: QueryBalanceRequest.encode({ address: bob.address, denom: "wei" }).finish(), height, prove: false });
      expect(r.code, r.log).to.equal(0);
      return QueryBalanceResponse.decode(r.value).balance!.amount;
    };
    expect(q(first)).to.equal("10");
    expect(q(0n)).to.equal("30");
    const future = h.app.query({ path: "/cosmos.bank.v1beta1.Query/Balance", data: new Uint8Array(), height: 999n, prove: false });
    expect(future.code).to.not.equal(0);
    expect(future.log).to.contain("height in the future");
  });

  it("unknown query paths and garbage requests get an error, not an exception", () => {
    const r = h.app.query({ path: "/nope.v1.Query/Nothing", data: new Uint8Array(), height: 0n, prove: false });
    expect(r.code).to.equal(6);
    const g = h.app.query({ path: "/cosmos.bank.v1beta1.Query/Balance", data: Uint8Array.of(0xff, 0xff, 0xff), height: 0n, prove: false });
    expect(g.code).to.not.equal(0);
  });
});

describe("app: genesis validation", () => {
  const alice = testSigner("alice");
  const cases: [string, (g: any) => void, string][] = [
    ["a bad address", (g) => (g.bank.balances[0].address = "st1notanaddress"), "bank.balances[0]"],
    ["a supply that does not match", (g) => (g.bank.supply = [{ denom: "wei", amount: "1" }]), "does not equal the sum of balances"],
    ["an unknown module", (g) => (g.nosuchmodule = {}), "app_state.nosuchmodule"],
    ["a duplicate account", (g) => g.auth.accounts.push({ ...g.auth.accounts[0], account_number: "5" }), "duplicate account"],
    ["a negative amount", (g) => (g.bank.balances[0].coins[0].amount = "-5"), "not a non-negative integer"],
  ];
  for (const [what, mutate, message] of cases) {
    it(`refuses ${what} with a clear message`, () => {
      const h = new AppHarness();
      try {
        const g = genesisWith([{ address: alice.address, wei: 100n }]);
        mutate(g);
        expect(() => h.initChain(g)).to.throw(message);
        expect(h.app.lastHeight).to.equal(0n);
      } finally {
        h.close();
      }
    });
  }
});
