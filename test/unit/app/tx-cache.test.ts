// The decoded-tx cache and the verified-signature memo on the CheckTx → ReCheckTx → FinalizeBlock
// path: reuse must never change a result, and ReCheckTx must still see what a block changed.
import { expect } from "chai";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import * as abci from "cosmjs-types/tendermint/abci/types";
import { DecodedTxCache } from "../../../chain/app/app.ts";
import { txHash } from "../../../chain/app/tx-index.ts";
import type { DecodedTx } from "../../../chain/tx/decode.ts";
import { AppHarness, genesisWith, testSigner } from "../../helpers/app.ts";

const ONE_STOS = 10n ** 18n;
const GWEI = 1_000_000_000n;
const FEE = 200_000n * GWEI; // the harness's default gas x 1 gwei

const key = (tx: Uint8Array) => Buffer.from(txHash(tx)).toString("latin1");
const recheck = (h: AppHarness, tx: Uint8Array) => h.app.checkTx({ tx, type: abci.CheckTxType.RECHECK });

/** Counts real signature verifications (every secp256k1/eth key object shares this prototype). */
function countVerifications(): { count: () => number; restore: () => void } {
  const proto = Object.getPrototypeOf(testSigner("x").pubkey);
  const original = proto.verify;
  let n = 0;
  proto.verify = function (this: unknown, ...args: unknown[]) {
    n++;
    return original.apply(this, args);
  };
  return { count: () => n, restore: () => void (proto.verify = original) };
}

function flipLastSignatureByte(tx: Uint8Array): Uint8Array {
  const raw = TxRaw.decode(tx);
  const sig = new Uint8Array(raw.signatures[0]!);
  sig[sig.length - 1]! ^= 1;
  return TxRaw.encode({ ...raw, signatures: [sig] }).finish();
}

describe("app: decoded-tx cache and ReCheckTx", () => {
  const alice = testSigner("alice");
  const bob = testSigner("bob");
  const carol = testSigner("carol");
  let h: AppHarness;
  let verifications: ReturnType<typeof countVerifications>;

  beforeEach(() => {
    h = new AppHarness();
    h.initChain(genesisWith([{ address: alice.address, wei: 10n * ONE_STOS }, { address: carol.address, wei: 10n * ONE_STOS }]));
    h.block();
    verifications = countVerifications();
  });
  afterEach(() => {
    verifications.restore();
    h.close();
  });

  it("a signature is verified once: at CheckTx, not again at ReCheckTx or FinalizeBlock", () => {
    const tx0 = h.send(alice, bob.address, 1n, { sequence: 0n });
    const tx1 = h.send(alice, bob.address, 1n, { sequence: 1n });
    const c0 = h.checkTx(tx0);
    expect(c0.code).to.equal(0);
    expect(c0.events).to.deep.equal([]); // as SDK 0.47: a CheckTx answer carries no events
    expect(h.checkTx(tx1).code).to.equal(0);
    expect(verifications.count()).to.equal(2);
    const res = h.block([tx0]);
    expect(res.txResults[0]!.code, res.txResults[0]!.log).to.equal(0);
    expect(res.txResults[0]!.events.map((e) => e.type)).to.include("tx"); // the ante events are in the block's result
    const r = recheck(h, tx1);
    expect(r.code).to.equal(0);
    expect(r.events).to.deep.equal([]); // CometBFT reads only the code of a recheck: no events built
    expect(verifications.count()).to.equal(2);
    expect(h.block([tx1]).txResults[0]!.code).to.equal(0);
    expect(verifications.count()).to.equal(2);
    expect(h.app.txCache.size).to.equal(0); // delivered txs leave the cache
  });

  it("ReCheckTx after a block that spent the sender's balance evicts the tx (fee unpayable)", () => {
    const pending = h.send(alice, bob.address, 1n, { sequence: 1n });
    expect(h.checkTx(h.send(alice, bob.address, 1n, { sequence: 0n })).code).to.equal(0);
    expect(h.checkTx(pending).code).to.equal(0);
    expect(h.app.txCache.get(key(pending), pending)).to.not.equal(undefined);
    // Another proposer's block holds a different seq-0 tx of alice that spends all but the fee.
    const drain = h.send(alice, carol.address, 10n * ONE_STOS - FEE, { sequence: 0n });
    const res = h.block([drain]);
    expect(res.txResults[0]!.code, res.txResults[0]!.log).to.equal(0);
    expect(h.balance(alice.address)).to.equal(0n);
    const r = recheck(h, pending);
    expect(r.code, r.log).to.equal(5); // sdk ErrInsufficientFunds: sequence 1 is right, the fee is not there
    expect(r.log).to.match(/insufficient funds to pay for fees/);
    expect(h.app.txCache.get(key(pending), pending)).to.equal(undefined); // evicted with the tx
    // Nothing was written by the failed recheck: a fresh CheckTx fails the same way.
    expect(h.checkTx(pending).code).to.equal(5);
  });

  it("ReCheckTx after a block that used the tx's sequence evicts it", () => {
    const tx = h.send(alice, bob.address, 1n, { sequence: 0n });
    expect(h.checkTx(tx).code).to.equal(0);
    h.block([h.send(alice, carol.address, 2n, { sequence: 0n })]);
    expect(recheck(h, tx).code).to.equal(32);
  });

  it("a tx whose bytes differ from a cached one is decoded and verified on its own (tampered signature fails)", () => {
    const good = h.send(alice, bob.address, 7n, { sequence: 0n });
    const bad = flipLastSignatureByte(good);
    expect(h.checkTx(good).code).to.equal(0);
    expect(verifications.count()).to.equal(1);
    h.block(); // an empty block: CheckTx state starts again from committed state (sequence 0)
    expect(recheck(h, good).code).to.equal(0); // still cached: no verification
    expect(verifications.count()).to.equal(1);
    h.block();
    const c = h.checkTx(bad);
    expect(c.code, c.log).to.equal(4); // unauthorized: same body, signature not verified against the cached tx's
    expect(verifications.count()).to.equal(2);
    expect(recheck(h, bad).code).to.equal(4);
    const before = Buffer.from(h.app.store.rootHash).toString("hex");
    const res = h.block([bad]);
    expect(res.txResults[0]!.code).to.equal(4);
    expect(Buffer.from(res.appHash).toString("hex")).to.equal(before);
    expect(h.block([good]).txResults[0]!.code).to.equal(0);
  });

  it("the cache never returns an entry for other bytes, even under the same key", () => {
    const cache = new DecodedTxCache(2);
    const a = { bytes: new Uint8Array([1, 2, 3]) } as DecodedTx;
    cache.set("k", a);
    expect(cache.get("k", new Uint8Array([1, 2, 3]))).to.equal(a);
    expect(cache.get("k", new Uint8Array([1, 2, 4]))).to.equal(undefined);
    expect(cache.get("k", new Uint8Array([1, 2]))).to.equal(undefined);
    // bounded: the oldest entry goes first
    cache.set("b", { bytes: new Uint8Array([2]) } as DecodedTx);
    cache.set("c", { bytes: new Uint8Array([3]) } as DecodedTx);
    expect(cache.size).to.equal(2);
    expect(cache.get("k", new Uint8Array([1, 2, 3]))).to.equal(undefined);
    expect(cache.get("c", new Uint8Array([3]))).to.not.equal(undefined);
  });

  it("a block gives the same results and app hash whether its txs were checked first (cache warm) or not", () => {
    const cold = new AppHarness();
    try {
      cold.initChain(genesisWith([{ address: alice.address, wei: 10n * ONE_STOS }, { address: carol.address, wei: 10n * ONE_STOS }]));
      cold.block();
      const txs = [
        h.send(alice, bob.address, 5n, { sequence: 0n }),
        h.send(alice, bob.address, 6n, { sequence: 1n }),
        h.send(carol, bob.address, 10n * ONE_STOS, { sequence: 0n }), // fails: fee + amount > balance
        h.send(alice, bob.address, 1n, { sequence: 9n }), // fails: sequence
      ];
      for (const tx of txs.slice(0, 3)) expect(h.checkTx(tx).code).to.equal(0);
      const warm = h.block(txs);
      const fresh = cold.block(txs);
      expect(abci.ResponseFinalizeBlock.toJSON(warm)).to.deep.equal(abci.ResponseFinalizeBlock.toJSON(fresh));
      expect(warm.txResults.map((r) => r.code)).to.deep.equal([0, 0, 5, 32]);
    } finally {
      cold.close();
    }
  });

  it("the cached decoded tx is frozen: nothing downstream can change what later uses see", () => {
    const tx = h.send(alice, bob.address, 3n, { sequence: 0n });
    expect(h.checkTx(tx).code).to.equal(0);
    const d = h.app.txCache.get(key(tx), tx)!;
    expect(Object.isFrozen(d) && Object.isFrozen(d.msgs[0]!.msg) && Object.isFrozen(d.authInfo.fee)).to.equal(true);
    expect(() => ((d.msgs[0]!.msg as { toAddress: string }).toAddress = carol.address)).to.throw(TypeError);
  });
});
