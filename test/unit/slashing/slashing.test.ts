// Slashing in process: downtime over the signed-blocks window (votes of decided_last_commit), jail and
// 1 % slash, MsgUnjail refusals (not jailed, in jail time, tombstoned, self-delegation below minimum)
// with nothing changed, double sign from misbehavior (5 %, tombstone, reaching an unbonding entry and a
// redelegation made since the infraction; stale evidence ignored), F1 rewards to the wei across a slash
// (distribution's slash events), queries, schema and export → import. Expectations are computed here
// from the SDK's rules, not read back from the keepers.
import { Registry } from "@cosmjs/proto-signing";
import { SigningStargateClient } from "@cosmjs/stargate";
import { expect } from "chai";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import * as dtx from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import * as dq from "cosmjs-types/cosmos/distribution/v1beta1/query";
import { MsgBeginRedelegate, MsgDelegate, MsgUndelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { QuerySigningInfoRequest, QuerySigningInfoResponse, QuerySigningInfosRequest, QuerySigningInfosResponse, QueryParamsRequest, QueryParamsResponse } from "cosmjs-types/cosmos/slashing/v1beta1/query";
import type * as abci from "cosmjs-types/tendermint/abci/types";
import { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import { CONSENSUS_PREFIX, toBech32 } from "../../../chain/crypto/bech32.ts";
import { sha256 } from "../../../chain/crypto/hash.ts";
import { signTxDirect, StratosAminoSigner } from "../../../chain/keys/eth-signer.ts";
import { decodeTx } from "../../../chain/tx/decode.ts";
import { signBytesCandidates } from "../../../chain/tx/sign-doc.ts";
import type { Signer } from "../../../chain/keys/signer.ts";
import { buildGentx, gentxToJson } from "../../../modules/genutil/gentx.ts";
import { slashingSchema } from "../../../modules/slashing/keeper.ts";
import { stakingSchema } from "../../../modules/staking/keeper.ts";
import { consAddressBytes, valoperOf } from "../../../modules/staking/types.ts";
import { AppHarness, CHAIN_ID, genesisWith, testSigner } from "../../helpers/app.ts";
import { distributionQuery, withdrawnWei } from "../../helpers/distribution.ts";

const E18 = 10n ** 18n;
const STOS = E18;
const SELF = 10n * 10n ** 15n; // each gentx self-delegation: power 10
const enc = new TextEncoder();
const ops = [testSigner("slashing-op-0"), testSigner("slashing-op-1")];
const consKeys = ops.map((_, i) => sha256(enc.encode(`slashing-cons-${i}`)));
const consAddrs = consKeys.map((k) => consAddressBytes(k));
const valcons = consAddrs.map((a) => toBech32(CONSENSUS_PREFIX, a));
const alice = testSigner("slashing-alice");
const payer = testSigner("slashing-payer");
const vals = ops.map((o) => valoperOf(o.address));
const [val0, val1] = vals;
const WINDOW = 10n;
const T0 = 1_700_000_000n;
const FEE = 600_000n * 10n ** 9n; // 1 gwei per gas: CheckTx's minimum

function genesis(opts: { minSelf?: bigint[] } = {}) {
  const g = genesisWith([...ops, alice, payer].map((s) => ({ address: s.address, wei: 1000n * STOS })));
  g.slashing.params.signed_blocks_window = WINDOW.toString();
  g.genutil.gen_txs = ops.map((signer, i) =>
    gentxToJson(buildGentx({ signer, chainId: CHAIN_ID, consPubKey: consKeys[i], amount: SELF, moniker: `v${i}`, minSelfDelegation: opts.minSelf?.[i] }, signTxDirect, valoperOf)),
  );
  return g;
}
type Msg = { typeUrl: string; value: Uint8Array };
function tx(h: AppHarness, signer: Signer, msgs: Msg | Msg[], fee = FEE): Uint8Array {
  const acc = h.account(signer.address)!;
  return signTxDirect({ signer, chainId: CHAIN_ID, accountNumber: acc.accountNumber, sequence: acc.sequence, messages: Array.isArray(msgs) ? msgs : [msgs], fee: { amount: [{ denom: "wei", amount: fee.toString() }], gas: 600_000n } });
}
const coin = (amount: bigint) => ({ denom: "wei", amount: amount.toString() });
const unjailMsg = (i: number): Msg => ({ typeUrl: MsgUnjail.typeUrl, value: MsgUnjail.encode({ validatorAddr: vals[i] }).finish() });
const unjail = (h: AppHarness, i: number) => tx(h, ops[i], unjailMsg(i));
const delegateMsg = (s: Signer, i: number, amount: bigint): Msg => ({ typeUrl: MsgDelegate.typeUrl, value: MsgDelegate.encode({ delegatorAddress: s.address, validatorAddress: vals[i], amount: coin(amount) }).finish() });
const undelegateMsg = (s: Signer, i: number, amount: bigint): Msg => ({ typeUrl: MsgUndelegate.typeUrl, value: MsgUndelegate.encode({ delegatorAddress: s.address, validatorAddress: vals[i], amount: coin(amount) }).finish() });
/** Votes of the last commit: `signed[i]` for validator i (COMMIT = 2, ABSENT = 1), power 10 each unless given. */
const votes = (signed: boolean[], power: bigint[] = [10n, 10n]): abci.VoteInfo[] => signed.map((s, i) => ({ validator: { address: consAddrs[i], power: power[i] }, blockIdFlag: s ? 2 : 1 }));
const powerOf = (us: abci.ValidatorUpdate[], i: number) => us.find((u) => Buffer.from(u.pubKey!.ed25519!).equals(Buffer.from(consKeys[i])))?.power;
const eventsOf = (res: abci.ResponseFinalizeBlock, type: string) => res.events.filter((e) => e.type === type).map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));
const json = (v: unknown) => JSON.stringify(v, (_, x) => (typeof x === "bigint" ? x.toString() : x));
/** slashing's and staking's whole state (to show a refused message changed nothing). */
const snapshot = (h: AppHarness) => json([slashingSchema.walk(h.readCtx()), stakingSchema.walk(h.readCtx())]);

function query<T>(h: AppHarness, method: string, data: Uint8Array, dec: { decode(b: Uint8Array): T }): { code: number; log: string; value?: T } {
  const r = h.app.query({ path: `/cosmos.slashing.v1beta1.Query/${method}`, data, height: 0n, prove: false });
  return { code: r.code, log: r.log, value: r.code === 0 ? dec.decode(r.value) : undefined };
}

// ---- F1 model (SDK 0.47 distribution rules; raw integers at the LegacyDec scale, value × 10^18) ----
const mulTrunc = (a: bigint, b: bigint) => (a * b) / E18;
function mulRound(a: bigint, b: bigint): bigint {
  const x = a * b;
  const q = x / E18;
  const r = x % E18;
  return r * 2n < E18 ? q : r * 2n > E18 ? q + 1n : q % 2n === 0n ? q : q + 1n;
}
const TAX = E18 / 50n; // community_tax 0.02
const RATE = E18 / 10n; // the gentx default commission 0.1
class F1 {
  v = [0, 1].map(() => ({ tokens: 0n, shares: 0n, current: 0n, cum: 0n, commission: 0n, outstanding: 0n, slashes: [] as { height: bigint; cum: bigint; fraction: bigint }[] }));
  dels = new Map<string, { cum: bigint; stake: bigint; shares: bigint; height: bigint }>();
  pool = 0n;
  private inc(i: number): bigint {
    const v = this.v[i];
    if (v.tokens === 0n) {
      this.pool += v.current;
      v.outstanding -= v.current;
    } else v.cum += v.current / v.tokens;
    v.current = 0n;
    return v.cum;
  }
  allocate(fees: bigint, powers: bigint[]): void {
    if (fees === 0n) return;
    const total = powers.reduce((a, b) => a + b, 0n);
    const mult = mulTrunc(fees * E18, E18 - TAX);
    let remaining = fees * E18;
    powers.forEach((p, i) => {
      const reward = mulTrunc(mult, (p * E18 * E18) / (total * E18));
      const comm = mulRound(reward, RATE);
      this.v[i].commission += comm;
      this.v[i].current += reward - comm;
      this.v[i].outstanding += reward;
      remaining -= reward;
    });
    this.pool += remaining;
  }
  delegate(del: string, i: number, amount: bigint, height: bigint): void {
    this.inc(i);
    const v = this.v[i];
    v.tokens += amount;
    v.shares += amount; // 1:1 while unslashed (the only case delegated to here)
    this.dels.set(`${del}/${i}`, { cum: v.cum, stake: amount * E18, shares: amount, height });
  }
  /** BeforeValidatorSlashed: the period ends at the pre-slash tokens; a slash event with the fraction. */
  slash(i: number, burned: bigint, height: bigint): void {
    const v = this.v[i];
    const fraction = (burned * E18 * E18 + v.tokens * E18 - 1n) / (v.tokens * E18); // QuoRoundUp
    this.v[i].slashes.push({ height, cum: this.inc(i), fraction });
    v.tokens -= burned;
  }
  withdraw(del: string, i: number, height: bigint): bigint {
    const d = this.dels.get(`${del}/${i}`)!;
    const v = this.v[i];
    const end = this.inc(i);
    let rewards = 0n;
    let { cum, stake } = d;
    for (const e of v.slashes) {
      if (e.height < d.height || e.height > height) continue;
      rewards += mulTrunc(e.cum - cum, stake);
      stake = mulTrunc(stake, E18 - e.fraction);
      cum = e.cum;
    }
    const current = (d.shares * v.tokens * E18) / v.shares;
    if (stake > current) stake = current;
    rewards += mulTrunc(end - cum, stake);
    const paid = rewards / E18;
    v.outstanding -= rewards;
    this.pool += rewards - paid * E18;
    this.dels.set(`${del}/${i}`, { ...d, cum: end, stake: current, height });
    return paid;
  }
  withdrawCommission(i: number): bigint {
    const v = this.v[i];
    const paid = v.commission / E18;
    v.commission -= paid * E18;
    v.outstanding -= paid * E18;
    return paid;
  }
}

describe("slashing (in process)", () => {
  let h: AppHarness;
  afterEach(() => h?.close());

  it("downtime: jailed and slashed 1 % when the window's misses pass the maximum; unjail refused (not jailed, in jail time) with nothing changed, accepted after", () => {
    h = new AppHarness();
    h.initChain(genesis());
    // Height 1: CometBFT's first block has an empty last commit; genesis state is readable after it.
    h.block();
    const slashing = h.app.wiring.keepers.slashing;
    const staking = h.app.wiring.keepers.staking;
    const start = slashing.getSigningInfo(h.readCtx(), valcons[1])!.startHeight;
    expect(start).to.equal(1n); // bonded by the gentx at InitChain (initial height 1)
    // Model of the SDK rule: each counted vote moves the window index; a miss sets its bit. Jail once
    // height > start + window and misses > window − round(0.5 × window).
    const maxMissed = WINDOW - 5n;
    let expectedJail = 0n;
    for (let height = 2n, missed = 0n; expectedJail === 0n; height++) {
      if (missed < WINDOW) missed++;
      if (height > start + WINDOW && missed > maxMissed) expectedJail = height;
    }
    let res: abci.ResponseFinalizeBlock;
    while (h.height + 2n < expectedJail) {
      res = h.block([], { votes: votes([true, false]) });
      expect(staking.getValidator(h.readCtx(), val1)!.jailed, `height ${h.height}`).to.equal(false);
      expect(eventsOf(res, "liveness")).to.deep.equal([{ address: valcons[1], missed_blocks: String(h.height - 1n > WINDOW ? WINDOW : h.height - 1n), height: String(h.height) }]);
    }
    expect(slashing.missedIndexes(h.readCtx(), valcons[1])).to.deep.equal([...Array(Number(h.height - 1n)).keys()].map(BigInt)); // heights 2.. missed
    // Not jailed yet: unjail says so (code 5).
    res = h.block([unjail(h, 1)], { votes: votes([true, false]) });
    expect([res.txResults[0].codespace, res.txResults[0].code]).to.deep.equal(["slashing", 5]);
    expect(res.txResults[0].log).to.match(/validator not jailed; cannot be unjailed/);
    // This block jails: 1 % of 10 × 10^15 burned, power 0 to CometBFT, a new window.
    res = h.block([], { votes: votes([true, false]) });
    expect(h.height).to.equal(expectedJail);
    const v = staking.getValidator(h.readCtx(), val1)!;
    expect(v.jailed).to.equal(true);
    expect(v.tokens).to.equal(SELF - SELF / 100n);
    expect(powerOf(res.validatorUpdates, 1)).to.equal(0n);
    expect(eventsOf(res, "slash")).to.deep.equal([{ address: valcons[1], power: "10", reason: "missing_signature", jailed: valcons[1], burned_coins: (SELF / 100n).toString() }]);
    const info = slashing.getSigningInfo(h.readCtx(), valcons[1])!;
    expect(info).to.deep.include({ indexOffset: 0n, missedBlocksCounter: 0n, tombstoned: false });
    const jailedUntil = T0 + expectedJail + 600n; // block time + downtime_jail_duration
    expect(info.jailedUntil.seconds).to.equal(jailedUntil);
    expect(slashing.missedIndexes(h.readCtx(), valcons[1])).to.deep.equal([]);
    expect(staking.getValidator(h.readCtx(), val0)!.tokens).to.equal(SELF);
    // The supply lost exactly the burned tokens.
    expect(h.app.wiring.keepers.bank.getSupply(h.readCtx(), "wei")).to.equal(4000n * STOS - SELF / 100n);

    // Queries (CosmJS's slashing extension paths).
    const q1 = query(h, "SigningInfo", QuerySigningInfoRequest.encode({ consAddress: valcons[1] }).finish(), QuerySigningInfoResponse);
    expect(q1.value!.valSigningInfo.jailedUntil.seconds).to.equal(jailedUntil);
    const qa = query(h, "SigningInfos", QuerySigningInfosRequest.encode({}).finish(), QuerySigningInfosResponse);
    expect(qa.value!.info.map((i) => i.address).sort()).to.deep.equal([...valcons].sort());
    const qp = query(h, "Params", QueryParamsRequest.encode({}).finish(), QueryParamsResponse);
    expect(qp.value!.params.signedBlocksWindow).to.equal(WINDOW);
    expect(new TextDecoder().decode(qp.value!.params.slashFractionDowntime)).to.equal("10000000000000000");
    const bad = query(h, "SigningInfo", QuerySigningInfoRequest.encode({ consAddress: "stvalcons1nope" }).finish(), QuerySigningInfoResponse);
    expect(bad.code).to.not.equal(0);
    expect(bad.log).to.match(/invalid consensus address/);

    // A jailed validator's missing votes are not counted; unjail 1 s before the end is refused (code 4)
    // and changes nothing (the same votes again: val0's run of signed votes writes nothing, jailed val1
    // is not counted; only the fee moves).
    h.block([], { votes: votes([true, false]) });
    expect(slashing.getSigningInfo(h.readCtx(), valcons[1])!.indexOffset).to.equal(0n);
    const before = snapshot(h);
    res = h.block([unjail(h, 1)], { votes: votes([true, false]), time: jailedUntil - 1n });
    expect([res.txResults[0].codespace, res.txResults[0].code]).to.deep.equal(["slashing", 4]);
    expect(res.txResults[0].log).to.match(/validator still jailed; cannot be unjailed/);
    expect(snapshot(h)).to.equal(before);
    // Simulation (CosmJS's gas "auto") runs at the last block's time, as the SDK's check state does:
    // refused now, accepted once a block at the jail end is committed.
    expect(h.app.simulate(unjail(h, 1)).result.code).to.equal(4);
    h.block([], { votes: votes([true, false]), time: jailedUntil });
    expect(h.app.simulate(unjail(h, 1)).result.code).to.equal(0);
    // Delivered, it is accepted; the validator returns with power 9 (9.9 × 10^15 / 10^15).
    res = h.block([unjail(h, 1)], { votes: votes([true, false]), time: jailedUntil + 1n });
    expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
    expect(staking.getValidator(h.readCtx(), val1)!.jailed).to.equal(false);
    expect(powerOf(res.validatorUpdates, 1)).to.equal(9n);
    // Bonded again: a new window starts at this height.
    expect(slashing.getSigningInfo(h.readCtx(), valcons[1])!.startHeight).to.equal(h.height);
    // Unjail by an account that is no validator: code 2.
    res = h.block([tx(h, alice, { typeUrl: MsgUnjail.typeUrl, value: MsgUnjail.encode({ validatorAddr: valoperOf(alice.address) }).finish() })], { time: jailedUntil + 2n });
    expect([res.txResults[0].codespace, res.txResults[0].code]).to.deep.equal(["slashing", 2]);
    expect(res.txResults[0].log).to.match(/not associated with any known validator/);
  });

  it("double sign: 5 % slashed (an unbonding entry and a redelegation made since the infraction pay their share), jailed for ever, tombstoned, cannot unjail; stale or repeated evidence is ignored", () => {
    h = new AppHarness();
    // Evidence max age as CometBFT would send it: older than 2 blocks AND 1 s is stale.
    h.initChain(genesis(), CHAIN_ID, ConsensusParams.fromPartial({ evidence: { maxAgeNumBlocks: 2n, maxAgeDuration: { seconds: 1n, nanos: 0 }, maxBytes: 1000n } }));
    h.block();
    // The consensus params outlive a restart (kept with the chain id).
    h.reopen();
    const staking = () => h.app.wiring.keepers.staking;
    const slashing = () => h.app.wiring.keepers.slashing;
    h.block([tx(h, alice, delegateMsg(alice, 0, STOS))], { votes: votes([true, true]) });
    const infraction = h.height + 1n; // the double sign happens at the next height, power 1010
    h.block([], { votes: votes([true, true]) });
    const redelegate: Msg = { typeUrl: MsgBeginRedelegate.typeUrl, value: MsgBeginRedelegate.encode({ delegatorAddress: alice.address, validatorSrcAddress: val0, validatorDstAddress: val1, amount: coin(STOS / 5n) }).finish() };
    let res = h.block([tx(h, alice, [undelegateMsg(alice, 0, STOS / 2n), redelegate])], { votes: votes([true, true], [1010n, 10n]) });
    expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
    const tokensBefore = staking().getValidator(h.readCtx(), val0)!.tokens;
    expect(tokensBefore).to.equal(SELF + STOS - STOS / 2n - STOS / 5n);
    const val1Before = staking().getValidator(h.readCtx(), val1)!.tokens;
    expect(val1Before).to.equal(SELF + STOS / 5n);

    // Block 5: stale evidence against val1 (4 blocks and 4 s old: over both max ages) is ignored; the
    // infraction's evidence (2 blocks, 2 s) is handled; a second one for val0 finds it tombstoned.
    const stale: abci.Misbehavior = { type: 1, validator: { address: consAddrs[1], power: 10n }, height: 1n, time: { seconds: T0 + 1n, nanos: 0 }, totalVotingPower: 20n };
    const evidence: abci.Misbehavior = { type: 1, validator: { address: consAddrs[0], power: 1010n }, height: infraction, time: { seconds: T0 + infraction, nanos: 0 }, totalVotingPower: 1020n };
    const again: abci.Misbehavior = { ...evidence, height: infraction + 1n, time: { seconds: T0 + infraction + 1n, nanos: 0 } };
    const supplyBefore = h.app.wiring.keepers.bank.getSupply(h.readCtx(), "wei");
    res = h.block([], { votes: votes([true, true], [310n, 210n]), misbehavior: [stale, evidence, again] });
    expect(h.height - infraction).to.equal(2n);
    // SDK: slash amount = power × 10^15 × 0.05. Entries created at ≥ infraction − 1 pay 5 % of their
    // initial balance first (the unbonding entry from its balance, the redelegation by unbonding 5 % of
    // its destination shares at val1), the validator the rest.
    const slashAmount = (1010n * 10n ** 15n * 5n) / 100n;
    const fromEntry = ((STOS / 2n) * 5n) / 100n;
    const fromRed = ((STOS / 5n) * 5n) / 100n;
    const entries = staking().getUnbondingDelegation(h.readCtx(), alice.address, val0)!;
    expect(entries.map((e) => e.balance)).to.deep.equal([STOS / 2n - fromEntry]);
    const v = staking().getValidator(h.readCtx(), val0)!;
    expect(v.tokens).to.equal(tokensBefore - (slashAmount - fromEntry - fromRed));
    expect(staking().getValidator(h.readCtx(), val1)!.tokens).to.equal(val1Before - fromRed);
    expect(staking().getDelegation(h.readCtx(), alice.address, val1)!.toString()).to.equal("190000000000000000.000000000000000000");
    expect(h.app.wiring.keepers.bank.getSupply(h.readCtx(), "wei")).to.equal(supplyBefore - slashAmount);
    expect(v.jailed).to.equal(true);
    expect(powerOf(res.validatorUpdates, 0)).to.equal(0n);
    const info = slashing().getSigningInfo(h.readCtx(), valcons[0])!;
    expect(info.tombstoned).to.equal(true);
    expect(info.jailedUntil.seconds).to.equal(253_402_300_799n);
    expect(slashing().getSigningInfo(h.readCtx(), valcons[1])!.tombstoned).to.equal(false);
    expect(eventsOf(res, "slash")).to.deep.equal([
      { address: valcons[0], power: "1010", reason: "double_sign", burned_coins: (slashAmount - fromEntry - fromRed).toString() },
      { jailed: valcons[0] },
    ]);
    // Tombstoned: unjail is refused however late, and changes nothing (val0's votes are no longer counted).
    h.block([], { votes: votes([false, true], [310n, 210n]) });
    const before = snapshot(h);
    res = h.block([unjail(h, 0)], { votes: votes([false, true], [310n, 210n]), time: T0 + 100_000n });
    expect([res.txResults[0].codespace, res.txResults[0].code]).to.deep.equal(["slashing", 4]);
    expect(res.txResults[0].log).to.match(/tombstoned/);
    expect(snapshot(h)).to.equal(before);
    expect(staking().getValidator(h.readCtx(), val0)!.jailed).to.equal(true);

    // Export → import of this state (a jailed, tombstoned, unbonding validator with a slashed unbonding
    // entry, a slashed redelegation, distribution's slash events): the same app hash, only val1 in the
    // validator set, and the next block gives the same app hash on both chains.
    const exported = h.app.exportAppState().appState as any;
    expect(exported.staking.validators.find((x: any) => x.operator_address === val0)).to.deep.include({ jailed: true, status: "BOND_STATUS_UNBONDING" });
    expect(exported.staking.redelegations).to.have.length(1);
    expect(exported.distribution.validator_slash_events.length).to.be.greaterThan(0);
    const h2 = new AppHarness();
    try {
      const imported = h2.app.initChain({ time: { seconds: T0, nanos: 0 }, chainId: CHAIN_ID, consensusParams: undefined, validators: [], appStateBytes: enc.encode(JSON.stringify(exported)), initialHeight: h.height + 1n });
      expect(Buffer.from(imported.appHash).toString("hex")).to.equal(Buffer.from(h.app.store.rootHash).toString("hex"));
      expect(imported.validators.map((u) => [Buffer.from(u.pubKey!.ed25519!).toString("hex"), u.power])).to.deep.equal([[Buffer.from(consKeys[1]).toString("hex"), (SELF + STOS / 5n - fromRed) / 10n ** 15n]]);
      h2.height = h.height;
      const next = (x: AppHarness) => Buffer.from(x.block([], { votes: votes([false, true], [310n, 210n]), time: T0 + 100_001n }).appHash).toString("hex");
      expect(next(h2)).to.equal(next(h));
    } finally {
      h2.close();
    }
  });

  it("unjail below the minimum self-delegation is refused (code 7) with nothing changed; after topping up it is accepted at once (jailed by staking, not by slashing), signed in amino JSON as the SDK's cosmos-sdk/MsgUnjail", async () => {
    h = new AppHarness();
    h.initChain(genesis({ minSelf: [1n, SELF] }));
    h.block();
    const staking = h.app.wiring.keepers.staking;
    // The operator undelegates below its declared minimum: staking jails it.
    let res = h.block([tx(h, ops[1], undelegateMsg(ops[1], 1, 10n ** 15n))]);
    expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
    expect(staking.getValidator(h.readCtx(), val1)!.jailed).to.equal(true);
    expect(powerOf(res.validatorUpdates, 1)).to.equal(0n);
    const before = snapshot(h);
    res = h.block([unjail(h, 1)]);
    expect([res.txResults[0].codespace, res.txResults[0].code]).to.deep.equal(["slashing", 7]);
    expect(res.txResults[0].log).to.include("9000000000000000 less than 10000000000000000: validator's self delegation less than minimum; cannot be unjailed");
    expect(snapshot(h)).to.equal(before);
    res = h.block([tx(h, ops[1], delegateMsg(ops[1], 1, 10n ** 15n))]);
    expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
    // This time signed in LEGACY_AMINO_JSON by CosmJS: the sign bytes are Go's StdSignBytes of the
    // SDK's MsgUnjail (type cosmos-sdk/MsgUnjail, json field "address").
    const client = await SigningStargateClient.offline(new StratosAminoSigner(ops[1]), { registry: new Registry([[MsgUnjail.typeUrl, MsgUnjail]]), aminoTypes: h.app.wiring.aminoTypes });
    const acc = h.account(ops[1].address)!;
    const fee = { amount: [coin(FEE)], gas: "600000" };
    const signed = TxRaw.encode(await client.sign(ops[1].address, [{ typeUrl: MsgUnjail.typeUrl, value: { validatorAddr: val1 } }], fee, "", { accountNumber: acc.accountNumber, sequence: Number(acc.sequence), chainId: CHAIN_ID })).finish();
    const goBytes =
      `{"account_number":"${acc.accountNumber}","chain_id":"${CHAIN_ID}","fee":{"amount":[{"amount":"${FEE}","denom":"wei"}],"gas":"600000"},"memo":"",` +
      `"msgs":[{"type":"cosmos-sdk/MsgUnjail","value":{"address":"${val1}"}}],"sequence":"${acc.sequence}"}`;
    const decoded = decodeTx(signed, (u) => h.app.wiring.msgs.get(u));
    const candidates = signBytesCandidates(decoded, 0, { chainId: CHAIN_ID, accountNumber: acc.accountNumber, sequence: acc.sequence }, [h.app.wiring.aminoTypes]);
    expect(candidates.map((c) => Buffer.from(c).toString())).to.include(goBytes);
    res = h.block([signed]);
    expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
    expect(powerOf(res.validatorUpdates, 1)).to.equal(10n);
  });

  it("F1 across a downtime slash: rewards, commission, outstanding and community pool equal the model to the wei (the slash ends a period and records its fraction)", () => {
    h = new AppHarness();
    h.initChain(genesis());
    const staking = h.app.wiring.keepers.staking;
    const m = new F1();
    m.delegate(ops[0].address, 0, SELF, 1n);
    m.delegate(ops[1].address, 1, SELF, 1n);
    let pending = 0n;
    let fee = 1_234_567_890_123_457n;
    /** One block: the model allocates the previous block's fees to `powers` (height ≥ 2), then runs `after` per tx. */
    const block = (txs: [Signer, Msg][], signed: boolean[], powers: bigint[], after: (i: number) => void = () => {}) => {
      if (h.height + 1n > 1n) m.allocate(pending, powers);
      pending = 0n;
      const fees = txs.map(() => (fee = ((fee * 7n) % 10n ** 16n) + 10n ** 14n));
      const res = h.block(txs.map(([s, msg], i) => tx(h, s, msg, fees[i])), { votes: votes(signed, powers) });
      res.txResults.forEach((r, i) => {
        expect(r.code, r.log).to.equal(0);
        pending += fees[i];
        after(i);
      });
      return res;
    };
    const send = (): [Signer, Msg] => [payer, { typeUrl: MsgSend.typeUrl, value: MsgSend.encode({ fromAddress: payer.address, toAddress: payer.address, amount: [coin(1n)] }).finish() }];
    block([], [], []);
    block([[alice, delegateMsg(alice, 1, 20n * 10n ** 15n)], send()], [true, false], [10n, 10n], (i) => {
      if (i === 0) m.delegate(alice.address, 1, 20n * 10n ** 15n, h.height);
    });
    let jailedAt = 0n;
    while (jailedAt === 0n && h.height < 30n) {
      const res = block([send()], [true, false], [10n, 30n]);
      if (staking.getValidator(h.readCtx(), val1)!.jailed) {
        jailedAt = h.height;
        // power 30 × 10^15 × 1 % (the vote's power): exactly 1 % of val1's 30 × 10^15 tokens
        expect(eventsOf(res, "slash")[0].burned_coins).to.equal("300000000000000");
        m.slash(1, 3n * 10n ** 14n, h.height);
      }
    }
    expect(jailedAt).to.equal(12n);
    // CometBFT still has val1 in the next commit; then only val0 signs.
    block([send()], [true, false], [10n, 30n]);
    block([send()], [true], [10n]);
    const ws: [Signer, number][] = [[alice, 1], [ops[1], 1], [ops[0], 0]];
    const expected: bigint[] = [];
    const withdrawMsg = (s: Signer, i: number): Msg => ({ typeUrl: dtx.MsgWithdrawDelegatorReward.typeUrl, value: dtx.MsgWithdrawDelegatorReward.encode({ delegatorAddress: s.address, validatorAddress: vals[i] }).finish() });
    let res = block(ws.map(([s, i]) => [s, withdrawMsg(s, i)]), [true], [10n], (i) => expected.push(m.withdraw(ws[i][0].address, ws[i][1], h.height)));
    expect(res.txResults.map((r) => withdrawnWei(r.data))).to.deep.equal(expected);
    expect(expected.every((x) => x > 0n)).to.equal(true);
    const comm: bigint[] = [];
    const commissionMsg = (i: number): Msg => ({ typeUrl: dtx.MsgWithdrawValidatorCommission.typeUrl, value: dtx.MsgWithdrawValidatorCommission.encode({ validatorAddress: vals[i] }).finish() });
    res = block([0, 1].map((i) => [ops[i], commissionMsg(i)]), [true], [10n], (i) => comm.push(m.withdrawCommission(i)));
    expect(res.txResults.map((r) => withdrawnWei(r.data))).to.deep.equal(comm);
    const pool = distributionQuery(h, "CommunityPool", dq.QueryCommunityPoolRequest.encode({}).finish(), dq.QueryCommunityPoolResponse.decode).pool;
    expect(pool).to.deep.equal([coin(m.pool)]);
    for (const i of [0, 1]) {
      const out = distributionQuery(h, "ValidatorOutstandingRewards", dq.QueryValidatorOutstandingRewardsRequest.encode({ validatorAddress: vals[i] }).finish(), dq.QueryValidatorOutstandingRewardsResponse.decode);
      expect(out.rewards!.rewards).to.deep.equal(m.v[i].outstanding === 0n ? [] : [coin(m.v[i].outstanding)]);
    }
    const slashes = distributionQuery(h, "ValidatorSlashes", dq.QueryValidatorSlashesRequest.encode({ validatorAddress: val1, startingHeight: 0n, endingHeight: h.height }).finish(), dq.QueryValidatorSlashesResponse.decode).slashes;
    expect(slashes.map((e) => e.fraction)).to.deep.equal(["10000000000000000"]);
  });

  it("missed blocks and signing infos survive export → import with the same app hash; the schema holds all state; bad genesis is refused by name", () => {
    h = new AppHarness();
    h.initChain(genesis());
    for (const s of [false, true, false, false, true]) h.block([], { votes: votes([true, s]) });
    const slashing = h.app.wiring.keepers.slashing;
    const start = slashing.getSigningInfo(h.readCtx(), valcons[1])!.startHeight;
    expect(start <= 1n).to.equal(true); // bonded at genesis, so every block's vote counted from the first
    // Blocks in which everyone signs and nothing else happens change no state (the offsets move
    // without writes), so the app hash stays.
    const idle = [1, 2].map(() => Buffer.from(h.block([], { votes: votes([true, true]) }).appHash).toString("hex"));
    expect(idle[1]).to.equal(idle[0]);
    // val1 out of the last commit for two blocks (not jailed): its offset does not move (SDK: only
    // votes in the commit count); back with a miss at the next index.
    h.block([], { votes: votes([true]) });
    h.block([], { votes: votes([true]) });
    h.block([], { votes: votes([true, false]) });
    // Model: val0 counted in all 10 blocks; val1 in 5 + 2 + 1 = 8, its misses at indexes 0, 2, 3 and 7.
    expect(slashing.getSigningInfo(h.readCtx(), valcons[0])!.indexOffset).to.equal(10n);
    expect(slashing.getSigningInfo(h.readCtx(), valcons[1])!.indexOffset).to.equal(8n);
    expect(slashing.missedIndexes(h.readCtx(), valcons[1])).to.deep.equal([0n, 2n, 3n, 7n]);
    expect(slashing.getSigningInfo(h.readCtx(), valcons[1])!.missedBlocksCounter).to.equal(4n);
    // Past the window, signed votes clear old misses as the index wraps: 2 more → index 8, 9; then 0 (a
    // miss cleared), and the counter follows.
    for (let i = 0; i < 3; i++) h.block([], { votes: votes([true, true]) });
    expect(slashing.missedIndexes(h.readCtx(), valcons[1])).to.deep.equal([2n, 3n, 7n]);
    expect(slashing.getSigningInfo(h.readCtx(), valcons[1])!).to.deep.include({ indexOffset: 11n, missedBlocksCounter: 3n });
    const qi = query(h, "SigningInfos", QuerySigningInfosRequest.encode({}).finish(), QuerySigningInfosResponse).value!.info;
    expect(qi.map((i) => [i.address, i.indexOffset])).to.deep.include.members([[valcons[0], 13n], [valcons[1], 11n]]);
    expect(slashingSchema.unclaimedKeys(h.readCtx())).to.deep.equal([]);
    const exported = h.app.exportAppState().appState as any;
    expect(exported.slashing.missed_blocks.find((m: any) => m.address === valcons[1]).missed_blocks).to.deep.equal([2, 3, 7].map((i) => ({ index: String(i), missed: true })));
    expect(exported.slashing.signing_infos.map((i: any) => i.validator_signing_info.index_offset).sort()).to.deep.equal(["11", "13"]);
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
