// Slashing in process: downtime over the signed-blocks window (votes of decided_last_commit), jail and
// 1 % slash, MsgUnjail before and after the jail time, double sign from misbehavior (5 %, tombstone,
// reaching an unbonding entry), queries, schema and export → import. Expectations computed here from
// the SDK's rules, not read back from the keeper.
import { expect } from "chai";
import { MsgDelegate, MsgUndelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { QuerySigningInfoRequest, QuerySigningInfoResponse, QuerySigningInfosRequest, QuerySigningInfosResponse, QueryParamsRequest, QueryParamsResponse } from "cosmjs-types/cosmos/slashing/v1beta1/query";
import type * as abci from "cosmjs-types/tendermint/abci/types";
import { CONSENSUS_PREFIX, toBech32 } from "../../../chain/crypto/bech32.ts";
import { sha256 } from "../../../chain/crypto/hash.ts";
import { signTxDirect } from "../../../chain/keys/eth-signer.ts";
import type { Signer } from "../../../chain/keys/signer.ts";
import { buildGentx, gentxToJson } from "../../../modules/genutil/gentx.ts";
import { slashingSchema } from "../../../modules/slashing/keeper.ts";
import { consAddressBytes, valoperOf } from "../../../modules/staking/types.ts";
import { AppHarness, CHAIN_ID, genesisWith, testSigner } from "../../helpers/app.ts";

const STOS = 10n ** 18n;
const SELF = 10n * 10n ** 15n; // each gentx self-delegation: power 10
const enc = new TextEncoder();
const ops = [testSigner("slashing-op-0"), testSigner("slashing-op-1")];
const consKeys = ops.map((_, i) => sha256(enc.encode(`slashing-cons-${i}`)));
const consAddrs = consKeys.map((k) => consAddressBytes(k));
const valcons = consAddrs.map((a) => toBech32(CONSENSUS_PREFIX, a));
const alice = testSigner("slashing-alice");
const [val0, val1] = ops.map((o) => valoperOf(o.address));
const WINDOW = 10n;
const T0 = 1_700_000_000n;

function genesis() {
  const g = genesisWith([...ops, alice].map((s) => ({ address: s.address, wei: 1000n * STOS })));
  g.slashing.params.signed_blocks_window = WINDOW.toString();
  g.genutil.gen_txs = ops.map((signer, i) => gentxToJson(buildGentx({ signer, chainId: CHAIN_ID, consPubKey: consKeys[i], amount: SELF, moniker: `v${i}` }, signTxDirect, valoperOf)));
  return g;
}
function tx(h: AppHarness, signer: Signer, typeUrl: string, value: Uint8Array): Uint8Array {
  const acc = h.account(signer.address)!;
  return signTxDirect({ signer, chainId: CHAIN_ID, accountNumber: acc.accountNumber, sequence: acc.sequence, messages: [{ typeUrl, value }], fee: { amount: [{ denom: "wei", amount: (400_000n * 10n ** 9n).toString() }], gas: 400_000n } });
}
const unjail = (h: AppHarness, i: number) => tx(h, ops[i], MsgUnjail.typeUrl, MsgUnjail.encode({ validatorAddr: [val0, val1][i] }).finish());
const coin = (amount: bigint) => ({ denom: "wei", amount: amount.toString() });
/** Votes of the last commit: `signed[i]` for validator i (COMMIT = 2, ABSENT = 1), power 10 each unless given. */
const votes = (signed: boolean[], power: bigint[] = [10n, 10n]): abci.VoteInfo[] => signed.map((s, i) => ({ validator: { address: consAddrs[i], power: power[i] }, blockIdFlag: s ? 2 : 1 }));
const powerOf = (us: abci.ValidatorUpdate[], i: number) => us.find((u) => Buffer.from(u.pubKey!.ed25519!).equals(Buffer.from(consKeys[i])))?.power;
const eventsOf = (res: abci.ResponseFinalizeBlock, type: string) => res.events.filter((e) => e.type === type).map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));

function query<T>(h: AppHarness, method: string, data: Uint8Array, dec: { decode(b: Uint8Array): T }): { code: number; log: string; value?: T } {
  const r = h.app.query({ path: `/cosmos.slashing.v1beta1.Query/${method}`, data, height: 0n, prove: false });
  return { code: r.code, log: r.log, value: r.code === 0 ? dec.decode(r.value) : undefined };
}

describe("slashing (in process)", () => {
  let h: AppHarness;
  afterEach(() => h?.close());

  it("downtime: jailed and slashed 1 % when the window's misses pass the maximum; unjail refused in jail time, accepted after", () => {
    h = new AppHarness();
    h.initChain(genesis());
    const slashing = h.app.wiring.keepers.slashing;
    const staking = h.app.wiring.keepers.staking;
    const start = slashing.getSigningInfo(h.readCtx(), valcons[1])!.startHeight;
    // Model of the SDK rule: a miss per block sets the bit at offset % window; jail once
    // height > start + window and misses > window - round(0.5 × window).
    const maxMissed = WINDOW - 5n;
    let expectedJail = 0n;
    for (let height = 1n, missed = 0n; expectedJail === 0n; height++) {
      if (missed < WINDOW) missed++;
      if (height > start + WINDOW && missed > maxMissed) expectedJail = height;
    }
    let res: abci.ResponseFinalizeBlock | undefined;
    while (h.height + 1n < expectedJail) {
      res = h.block([], { votes: votes([true, false]) });
      expect(staking.getValidator(h.readCtx(), val1)!.jailed, `height ${h.height}`).to.equal(false);
      expect(eventsOf(res, "liveness").map((e) => e.address)).to.deep.equal([valcons[1]]);
    }
    // Not jailed yet: unjail says so (code 5), nothing changes.
    res = h.block([unjail(h, 1)], { votes: votes([true, false]) });
    expect(h.height).to.equal(expectedJail);
    expect(res.txResults[0].code).to.equal(5);
    expect(res.txResults[0].codespace).to.equal("slashing");
    expect(res.txResults[0].log).to.match(/validator not jailed; cannot be unjailed/);
    // This block jails: 1 % of 10 × 10^15 burned, power 0 to CometBFT, a new window.
    const v = staking.getValidator(h.readCtx(), val1)!;
    expect(v.jailed).to.equal(true);
    expect(v.tokens).to.equal(SELF - SELF / 100n);
    expect(powerOf(res.validatorUpdates, 1)).to.equal(0n);
    expect(eventsOf(res, "slash")).to.deep.equal([{ address: valcons[1], power: "10", reason: "missing_signature", jailed: valcons[1], burned_coins: (SELF / 100n).toString() }]);
    const info = slashing.getSigningInfo(h.readCtx(), valcons[1])!;
    expect(info).to.deep.include({ indexOffset: 0n, missedBlocksCounter: 0n, tombstoned: false });
    const jailedUntil = T0 + expectedJail + 600n;
    expect(info.jailedUntil.seconds).to.equal(jailedUntil);
    expect(slashing.missedIndexes(h.readCtx(), valcons[1])).to.deep.equal([]);
    expect(staking.getValidator(h.readCtx(), val0)!.tokens).to.equal(SELF);

    // Queries (CosmJS's slashing extension paths).
    const q1 = query(h, "SigningInfo", QuerySigningInfoRequest.encode({ consAddress: valcons[1] }).finish(), QuerySigningInfoResponse);
    expect(q1.value!.valSigningInfo.jailedUntil.seconds).to.equal(jailedUntil);
    const qa = query(h, "SigningInfos", QuerySigningInfosRequest.encode({}).finish(), QuerySigningInfosResponse);
    expect(qa.value!.info.map((i) => i.address).sort()).to.deep.equal([...valcons].sort());
    const qp = query(h, "Params", QueryParamsRequest.encode({}).finish(), QueryParamsResponse);
    expect(qp.value!.params.signedBlocksWindow).to.equal(WINDOW);
    expect(new TextDecoder().decode(qp.value!.params.slashFractionDowntime)).to.equal("10000000000000000");
    expect(query(h, "SigningInfo", QuerySigningInfoRequest.encode({ consAddress: "stvalcons1nope" }).finish(), QuerySigningInfoResponse).code).to.not.equal(0);

    // A jailed validator's missing votes are not counted; unjail 1 s before the end is refused (code 4).
    res = h.block([unjail(h, 1)], { votes: votes([true, false]), time: jailedUntil - 1n });
    expect(res.txResults[0].code).to.equal(4);
    expect(res.txResults[0].log).to.match(/validator still jailed; cannot be unjailed/);
    expect(eventsOf(res, "liveness")).to.deep.equal([]);
    expect(staking.getValidator(h.readCtx(), val1)!.jailed).to.equal(true);
    // At the jail end it is accepted; the validator returns with power 9 (9.9 × 10^15 / 10^15).
    res = h.block([unjail(h, 1)], { votes: votes([true, false]), time: jailedUntil });
    expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
    expect(staking.getValidator(h.readCtx(), val1)!.jailed).to.equal(false);
    expect(powerOf(res.validatorUpdates, 1)).to.equal(9n);
    // Bonded again: a new window starts at this height.
    expect(slashing.getSigningInfo(h.readCtx(), valcons[1])!.startHeight).to.equal(h.height);
    // Unjail by an unknown validator: code 2.
    const stranger = testSigner("slashing-alice");
    res = h.block([tx(h, stranger, MsgUnjail.typeUrl, MsgUnjail.encode({ validatorAddr: valoperOf(stranger.address) }).finish())], { time: jailedUntil + 1n });
    expect(res.txResults[0].code).to.equal(2);
    expect(res.txResults[0].log).to.match(/not associated with any known validator/);
  });

  it("double sign: 5 % slashed (reaching an unbonding entry made since the infraction), jailed for ever, tombstoned, cannot unjail; evidence again is ignored", () => {
    h = new AppHarness();
    h.initChain(genesis());
    const staking = h.app.wiring.keepers.staking;
    const slashing = h.app.wiring.keepers.slashing;
    h.block([tx(h, alice, MsgDelegate.typeUrl, MsgDelegate.encode({ delegatorAddress: alice.address, validatorAddress: val0, amount: coin(STOS) }).finish())], { votes: votes([true, true]) });
    const infraction = h.height + 1n; // the double sign happens at the next height, power 1010
    h.block([], { votes: votes([true, true]) });
    let res = h.block([tx(h, alice, MsgUndelegate.typeUrl, MsgUndelegate.encode({ delegatorAddress: alice.address, validatorAddress: val0, amount: coin(STOS / 2n) }).finish())], { votes: votes([true, true], [1010n, 10n]) });
    expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
    const ubdHeight = h.height;
    expect(ubdHeight >= infraction - 1n).to.equal(true);
    const tokensBefore = staking.getValidator(h.readCtx(), val0)!.tokens;
    expect(tokensBefore).to.equal(SELF + STOS / 2n);

    const evidence: abci.Misbehavior = { type: 1, validator: { address: consAddrs[0], power: 1010n }, height: infraction, time: { seconds: T0 + infraction, nanos: 0 }, totalVotingPower: 1020n };
    res = h.block([], { votes: votes([true, true], [510n, 10n]), misbehavior: [evidence] });
    // SDK: slash amount = power × 10^15 × 0.05; the unbonding entry (created at ≥ infraction − 1) gives
    // 5 % of its initial balance first, the validator the rest.
    const slashAmount = (1010n * 10n ** 15n * 5n) / 100n;
    const fromEntry = (STOS / 2n) * 5n / 100n;
    const entries = staking.getUnbondingDelegation(h.readCtx(), alice.address, val0)!;
    expect(entries[0].balance).to.equal(STOS / 2n - fromEntry);
    const v = staking.getValidator(h.readCtx(), val0)!;
    expect(v.tokens).to.equal(tokensBefore - (slashAmount - fromEntry));
    expect(v.jailed).to.equal(true);
    expect(powerOf(res.validatorUpdates, 0)).to.equal(0n);
    const info = slashing.getSigningInfo(h.readCtx(), valcons[0])!;
    expect(info.tombstoned).to.equal(true);
    expect(info.jailedUntil.seconds).to.equal(253_402_300_799n);
    expect(eventsOf(res, "slash")).to.deep.equal([
      { address: valcons[0], power: "1010", reason: "double_sign", burned_coins: (slashAmount - fromEntry).toString() },
      { jailed: valcons[0] },
    ]);
    // The same evidence again: nothing more is slashed.
    res = h.block([], { votes: votes([false, true]), misbehavior: [evidence] });
    expect(staking.getValidator(h.readCtx(), val0)!.tokens).to.equal(v.tokens);
    expect(eventsOf(res, "slash")).to.deep.equal([]);
    // Tombstoned: unjail is refused however late.
    res = h.block([unjail(h, 0)], { time: T0 + 10n ** 9n });
    expect(res.txResults[0].code).to.equal(4);
    expect(res.txResults[0].log).to.match(/tombstoned/);
    expect(staking.getValidator(h.readCtx(), val0)!.jailed).to.equal(true);
  });

  it("missed blocks and signing infos survive export → import with the same app hash; the schema holds all state; bad genesis is refused by name", () => {
    h = new AppHarness();
    h.initChain(genesis());
    for (const s of [false, true, false, false, true]) h.block([], { votes: votes([true, s]) });
    const slashing = h.app.wiring.keepers.slashing;
    const start = slashing.getSigningInfo(h.readCtx(), valcons[1])!.startHeight;
    expect(start <= 1n).to.equal(true); // bonded at genesis, so every block's vote counted from the first
    expect(slashing.missedIndexes(h.readCtx(), valcons[1])).to.deep.equal([0n, 2n, 3n]);
    expect(slashing.getSigningInfo(h.readCtx(), valcons[1])!.missedBlocksCounter).to.equal(3n);
    expect(slashingSchema.unclaimedKeys(h.readCtx())).to.deep.equal([]);
    const exported = h.app.exportAppState().appState as any;
    expect(exported.slashing.missed_blocks.find((m: any) => m.address === valcons[1]).missed_blocks).to.deep.equal([0, 2, 3].map((i) => ({ index: String(i), missed: true })));
    const root = Buffer.from(h.app.store.rootHash).toString("hex");
    const h2 = new AppHarness();
    try {
      expect(Buffer.from(h2.initChain(exported)).toString("hex")).to.equal(root);
    } finally {
      h2.close();
    }
    const bad = JSON.parse(JSON.stringify(exported));
    bad.slashing.params.min_signed_per_window = "1.5";
    const h3 = new AppHarness();
    try {
      expect(() => h3.initChain(bad)).to.throw(/slashing.params: min signed per window too large/);
      const bad2 = JSON.parse(JSON.stringify(exported));
      bad2.slashing.missed_blocks[0].missed_blocks = [{ index: "10", missed: true }];
      expect(() => h3.initChain(bad2)).to.throw(/slashing.missed_blocks\[0\].missed_blocks\[0\].index 10 is outside/);
    } finally {
      h3.close();
    }
  });
});
