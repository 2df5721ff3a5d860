// Staking in process: gentxs at InitChain, delegations, the validator set returned from EndBlock,
// unbonding and redelegation maturity at block time, the schema covering all state, export → import.
import { expect } from "chai";
import { MsgBeginRedelegate, MsgCreateValidator, MsgDelegate, MsgEditValidator, MsgUndelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { QueryHistoricalInfoRequest, QueryHistoricalInfoResponse, QueryValidatorsRequest, QueryValidatorsResponse } from "cosmjs-types/cosmos/staking/v1beta1/query";
import type { ValidatorUpdate } from "cosmjs-types/tendermint/abci/types";
import { sha256 } from "../../../chain/crypto/hash.ts";
import { signTxDirect } from "../../../chain/keys/eth-signer.ts";
import type { Signer } from "../../../chain/keys/signer.ts";
import { buildGentx, gentxFromJson, gentxToJson } from "../../../modules/genutil/gentx.ts";
import { stakingSchema } from "../../../modules/staking/keeper.ts";
import { valoperOf } from "../../../modules/staking/types.ts";
import { AppHarness, CHAIN_ID, genesisWith, testSigner } from "../../helpers/app.ts";

const STOS = 10n ** 18n;
const enc = new TextEncoder();
const ops = [testSigner("staking-op-0"), testSigner("staking-op-1")];
const consKeys = ops.map((_, i) => sha256(enc.encode(`staking-cons-${i}`)));
const alice = testSigner("staking-alice");
const [val0, val1] = ops.map((o) => valoperOf(o.address));

function genesis(unbonding = "5s") {
  const g = genesisWith([...ops, alice].map((s) => ({ address: s.address, wei: 1000n * STOS })));
  g.staking.params.unbonding_time = unbonding;
  g.genutil.gen_txs = ops.map((signer, i) =>
    gentxToJson(buildGentx({ signer, chainId: CHAIN_ID, consPubKey: consKeys[i], amount: 10n * 10n ** 15n, moniker: `v${i}` }, signTxDirect, valoperOf)),
  );
  return g;
}

function initChain(h: AppHarness, appState: unknown): { appHash: Uint8Array; validators: ValidatorUpdate[] } {
  const res = h.app.initChain({
    time: { seconds: 1_700_000_000n, nanos: 0 },
    chainId: CHAIN_ID,
    consensusParams: undefined,
    validators: [],
    appStateBytes: enc.encode(JSON.stringify(appState)),
    initialHeight: 1n,
  });
  return { appHash: res.appHash, validators: res.validators };
}

function tx(h: AppHarness, signer: Signer, typeUrl: string, value: Uint8Array): Uint8Array {
  const acc = h.account(signer.address)!;
  return signTxDirect({ signer, chainId: CHAIN_ID, accountNumber: acc.accountNumber, sequence: acc.sequence, messages: [{ typeUrl, value }], fee: { amount: [{ denom: "wei", amount: (400_000n * 10n ** 9n).toString() }], gas: 400_000n } });
}
const coin = (amount: bigint) => ({ denom: "wei", amount: amount.toString() });
const powers = (us: ValidatorUpdate[]) => us.map((u) => [Buffer.from(u.pubKey!.ed25519!).toString("hex"), u.power]);

describe("staking (in process)", () => {
  let h: AppHarness;
  afterEach(() => h?.close());

  it("a gentx survives JSON and back byte for byte", () => {
    const raw = buildGentx({ signer: ops[0], chainId: CHAIN_ID, consPubKey: consKeys[0], amount: 123n, moniker: "m", commissionRate: "0.05" }, signTxDirect, valoperOf);
    const j = gentxToJson(raw);
    expect(j.body.messages[0].commission.rate).to.equal("0.050000000000000000");
    expect(Buffer.from(gentxFromJson(JSON.parse(JSON.stringify(j)))).equals(Buffer.from(raw))).to.equal(true);
  });

  it("InitChain runs the gentxs and returns their validators; a bad gentx fails InitChain naming it", () => {
    h = new AppHarness();
    const { validators } = initChain(h, genesis());
    expect(powers(validators).sort()).to.deep.equal(consKeys.map((k) => [Buffer.from(k).toString("hex"), 10n]).sort());
    h.close();
    h = new AppHarness();
    const g = genesis();
    g.genutil.gen_txs[1].signatures = g.genutil.gen_txs[0].signatures;
    expect(() => initChain(h, g)).to.throw(/genutil.gen_txs\[1\] failed .*signature verification failed/);
  });

  it("delegation, redelegation and unbonding: validator updates, maturity at block time, schema, export → import", () => {
    h = new AppHarness();
    initChain(h, genesis());
    h.block();
    // Delegate 1 stos to val0: its power goes 10 → 1010 in this block's updates.
    let res = h.block([tx(h, alice, MsgDelegate.typeUrl, MsgDelegate.encode({ delegatorAddress: alice.address, validatorAddress: val0, amount: coin(STOS) }).finish())]);
    expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
    expect(powers(res.validatorUpdates)).to.deep.equal([[Buffer.from(consKeys[0]).toString("hex"), 1010n]]);
    const before = h.balance(alice.address);
    res = h.block([
      tx(h, alice, MsgBeginRedelegate.typeUrl, MsgBeginRedelegate.encode({ delegatorAddress: alice.address, validatorSrcAddress: val0, validatorDstAddress: val1, amount: coin(STOS / 2n) }).finish()),
    ]);
    expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
    res = h.block([tx(h, alice, MsgUndelegate.typeUrl, MsgUndelegate.encode({ delegatorAddress: alice.address, validatorAddress: val0, amount: coin(STOS / 4n) }).finish())]);
    expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
    expect(powers(res.validatorUpdates)).to.deep.equal([[Buffer.from(consKeys[0]).toString("hex"), 260n]]);
    const fees = 2n * 400_000n * 10n ** 9n;
    expect(h.balance(alice.address)).to.equal(before - fees);
    const k = h.app.wiring.keepers.staking;
    expect(stakingSchema.unclaimedKeys(h.readCtx())).to.deep.equal([]);
    expect(k.getUnbondingDelegation(h.readCtx(), alice.address, val0)).to.have.length(1);
    expect(k.getRedelegation(h.readCtx(), alice.address, val0, val1)).to.have.length(1);

    // Export → import reproduces the state (same app hash) and the validator set.
    const exported = h.app.exportAppState().appState;
    const root = Buffer.from(h.app.store.rootHash).toString("hex");
    const h2 = new AppHarness();
    try {
      const imp = initChain(h2, exported);
      expect(Buffer.from(imp.appHash).toString("hex")).to.equal(root);
      expect(powers(imp.validators).sort()).to.deep.equal([
        [Buffer.from(consKeys[0]).toString("hex"), 260n],
        [Buffer.from(consKeys[1]).toString("hex"), 510n],
      ].sort());
    } finally {
      h2.close();
    }

    // Block time passes (1 s per block in the harness): after 5 s the entries mature.
    for (let i = 0; i < 6; i++) h.block();
    expect(h.balance(alice.address)).to.equal(before - fees + STOS / 4n);
    expect(k.getUnbondingDelegation(h.readCtx(), alice.address, val0)).to.equal(undefined);
    expect(k.getRedelegation(h.readCtx(), alice.address, val0, val1)).to.equal(undefined);
    expect(stakingSchema.unclaimedKeys(h.readCtx())).to.deep.equal([]);
  });

  it("undelegating everything of a validator removes it from the set and unbonds it", () => {
    h = new AppHarness();
    initChain(h, genesis());
    h.block();
    const res = h.block([tx(h, ops[1], MsgUndelegate.typeUrl, MsgUndelegate.encode({ delegatorAddress: ops[1].address, validatorAddress: val1, amount: coin(10n * 10n ** 15n) }).finish())]);
    expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
    expect(powers(res.validatorUpdates)).to.deep.equal([[Buffer.from(consKeys[1]).toString("hex"), 0n]]);
    const q = h.app.query({ path: "/cosmos.staking.v1beta1.Query/Validators", data: QueryValidatorsRequest.encode({ status: "BOND_STATUS_BONDED" }).finish(), height: 0n, prove: false });
    expect(QueryValidatorsResponse.decode(q.value).validators.map((v) => v.operatorAddress)).to.deep.equal([val0]);
    // The operator fell below its min self-delegation: jailed (SDK rule); after unbonding the empty validator is removed.
    for (let i = 0; i < 7; i++) h.block();
    expect(h.app.wiring.keepers.staking.getValidator(h.readCtx(), val1)).to.equal(undefined);
  });

  it("historical info: each block's header and last validator set by power, the last historical_entries heights kept, none with 0, outside the app hash", () => {
    const g = genesis();
    g.staking.params.historical_entries = 3;
    h = new AppHarness();
    const genesisHash = initChain(h, g).appHash;
    // The same chain with historical_entries 0: records nothing.
    const plain = new AppHarness();
    try {
      const g0 = genesis();
      g0.staking.params.historical_entries = 0;
      initChain(plain, g0);
      const hist = (height: bigint) =>
        h.query("/cosmos.staking.v1beta1.Query/HistoricalInfo", QueryHistoricalInfoRequest.encode({ height }).finish(), (b) => QueryHistoricalInfoResponse.decode(b).hist!);
      const proposer = (i: number) => Uint8Array.from({ length: 20 }, () => i);
      const nextVals = (i: number) => Uint8Array.from({ length: 32 }, () => 0x40 + i);
      const appHashes: string[][] = [];
      const both = (txs: (hh: AppHarness) => Uint8Array[], i: number) => {
        const extra = { proposerAddress: proposer(i), nextValidatorsHash: nextVals(i) };
        const a = h.block(txs(h), extra);
        const b = plain.block(txs(plain), extra);
        expect(a.txResults.map((r) => r.code)).to.deep.equal(a.txResults.map(() => 0));
        appHashes.push([Buffer.from(a.appHash).toString("hex"), Buffer.from(b.appHash).toString("hex")]);
        return a;
      };
      both(() => [], 1);
      const first = hist(1n).value!;
      expect(first.header).to.deep.include({ chainId: CHAIN_ID, height: 1n, time: { seconds: 1_700_000_001n, nanos: 0 } });
      expect(Buffer.from(first.header!.proposerAddress).equals(Buffer.from(proposer(1)))).to.equal(true);
      expect(Buffer.from(first.header!.nextValidatorsHash).equals(Buffer.from(nextVals(1)))).to.equal(true);
      expect(Buffer.from(first.header!.appHash).equals(Buffer.from(genesisHash)), "block 1's header carries the genesis app hash").to.equal(true);
      // Equal powers: ordered by consensus address bytes.
      const byCons = [0, 1].sort((a, b) => Buffer.compare(sha256(consKeys[a]).subarray(0, 20), sha256(consKeys[b]).subarray(0, 20))).map((i) => ops.map((o) => valoperOf(o.address))[i]);
      expect(first.valset.map((v) => v.operatorAddress)).to.deep.equal(byCons);
      // Block 2 delegates to val1; its EndBlock changes the set, so block 3 records val1 first (power 1010).
      both((hh) => [tx(hh, alice, MsgDelegate.typeUrl, MsgDelegate.encode({ delegatorAddress: alice.address, validatorAddress: val1, amount: coin(STOS) }).finish())], 2);
      expect(hist(2n).value!.valset.map((v) => v.operatorAddress)).to.deep.equal(byCons);
      both(() => [], 3);
      const third = hist(3n).value!;
      expect(third.valset.map((v) => [v.operatorAddress, v.tokens])).to.deep.equal([[val1, (1010n * 10n ** 15n).toString()], [val0, (10n * 10n ** 15n).toString()]]);
      expect(Buffer.from(third.header!.appHash).toString("hex"), "block 3's header: block 2's app hash").to.equal(appHashes[1][0]);
      both(() => [], 4);
      both(() => [], 5);
      expect([1n, 2n, 3n, 4n, 5n].map((height) => hist(height).code === 0)).to.deep.equal([false, false, true, true, true]);
      expect(hist(2n).log).to.match(/historical info for height 2 not found/);
      expect(hist(9n).code).to.not.equal(0);
      expect(hist(-1n).log).to.match(/height cannot be negative/);
      // Aux records, not state: the idle blocks 4 and 5 (each recording one entry and pruning one) leave the app hash alone.
      expect([appHashes[3][0], appHashes[4][0]]).to.deep.equal([appHashes[2][0], appHashes[2][0]]);
      expect([appHashes[3][1], appHashes[4][1]]).to.deep.equal([appHashes[2][1], appHashes[2][1]]);
      // Committed with the block: still there after a restart.
      h.reopen();
      expect(hist(5n).value!.header!.height).to.equal(5n);
      expect(plain.query("/cosmos.staking.v1beta1.Query/HistoricalInfo", QueryHistoricalInfoRequest.encode({ height: 5n }).finish(), (b) => b).code).to.not.equal(0);
    } finally {
      plain.close();
    }
  });

  describe("bad input: non-zero code, readable log, nothing changes", () => {
    /** One block at an explicit time (the harness' own blocks are 1 s apart). */
    const blockAt = (txs: Uint8Array[], seconds: bigint) => h.block(txs, { time: seconds });
    const edit = (rate: string) => tx(h, ops[0], MsgEditValidator.typeUrl, MsgEditValidator.encode(MsgEditValidator.fromPartial({ description: { moniker: "[do-not-modify]", identity: "[do-not-modify]", website: "[do-not-modify]", securityContact: "[do-not-modify]", details: "[do-not-modify]" }, validatorAddress: val0, commissionRate: rate })).finish());
    function expectRefused(res: ReturnType<typeof blockAt>, code: number, codespace: string, log: RegExp) {
      const r = res.txResults[0];
      expect([r.code, r.codespace], r.log).to.deep.equal([code, codespace]);
      expect(r.log).to.match(log);
    }

    it("commission changes: within 24 h, faster than the max change rate, above the max rate", () => {
      h = new AppHarness();
      initChain(h, genesis());
      h.block();
      const before = JSON.stringify(h.app.wiring.keepers.staking.getValidator(h.readCtx(), val0), (_k, v) => (typeof v === "bigint" ? v.toString() : v));
      const t0 = 1_700_000_000n;
      // The gentx's commission: rate 0.1, max 0.2, max change 0.01, set at genesis time.
      expectRefused(blockAt([edit("105000000000000000")], t0 + 3600n), 12, "staking", /more than once in 24h/);
      expectRefused(blockAt([edit("150000000000000000")], t0 + 90_000n), 15, "staking", /max change rate/);
      expectRefused(blockAt([edit("250000000000000000")], t0 + 90_001n), 11, "staking", /cannot be more than the max rate/);
      const after = JSON.stringify(h.app.wiring.keepers.staking.getValidator(h.readCtx(), val0), (_k, v) => (typeof v === "bigint" ? v.toString() : v));
      expect(after).to.equal(before);
      const ok = blockAt([edit("105000000000000000")], t0 + 90_002n);
      expect(ok.txResults[0].code, ok.txResults[0].log).to.equal(0);
      expect(h.app.wiring.keepers.staking.getValidator(h.readCtx(), val0)!.commission.rate.toString()).to.equal("0.105000000000000000");
    });

    it("a self-delegation below the declared minimum, a consensus key already in use", () => {
      h = new AppHarness();
      initChain(h, genesis());
      h.block();
      const create = (key: Uint8Array, amount: bigint, minSelf: bigint) =>
        tx(h, alice, MsgCreateValidator.typeUrl, MsgCreateValidator.encode(MsgCreateValidator.fromPartial({
          description: { moniker: "alice" },
          commission: { rate: "100000000000000000", maxRate: "200000000000000000", maxChangeRate: "10000000000000000" },
          minSelfDelegation: minSelf.toString(),
          delegatorAddress: alice.address,
          validatorAddress: valoperOf(alice.address),
          pubkey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key }).finish() },
          value: { denom: "wei", amount: amount.toString() },
        })).finish());
      const bal = h.balance(alice.address);
      // Stateless: refused in CheckTx, never reaches a block.
      const check = h.checkTx(create(sha256(enc.encode("alice-cons")), 5n, 10n));
      expect([check.code, check.codespace]).to.deep.equal([16, "staking"]);
      expect(check.log).to.match(/below the minimum self delegation/);
      const res = h.block([create(consKeys[0], STOS, 1n)]);
      expect([res.txResults[0].code, res.txResults[0].codespace], res.txResults[0].log).to.deep.equal([5, "staking"]);
      expect(h.balance(alice.address)).to.equal(bal - 400_000n * 10n ** 9n);
      expect(h.app.wiring.keepers.staking.getValidator(h.readCtx(), valoperOf(alice.address))).to.equal(undefined);
    });
  });
});
