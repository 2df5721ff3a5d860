// Distribution in process: F1 rewards of 2 validators and 3 delegators over a few blocks of known fees,
// checked to the wei against a model of the SDK 0.47 rules written here from the specification
// (fees × (1 − tax) by truncated power fraction, commission rounded, per-period ratio truncated,
// delegator rewards truncated, integer part paid, decimals to the community pool).
import { expect } from "chai";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { MsgDelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import * as dtx from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import * as dq from "cosmjs-types/cosmos/distribution/v1beta1/query";
import type { VoteInfo } from "cosmjs-types/tendermint/abci/types";
import { sha256 } from "../../../chain/crypto/hash.ts";
import { signTxDirect } from "../../../chain/keys/eth-signer.ts";
import type { Signer } from "../../../chain/keys/signer.ts";
import { buildGentx, gentxToJson } from "../../../modules/genutil/gentx.ts";
import { distributionSchema } from "../../../modules/distribution/keeper.ts";
import { consAddressBytes, valoperOf } from "../../../modules/staking/types.ts";
import { AppHarness, CHAIN_ID, genesisWith, testSigner } from "../../helpers/app.ts";
import { distributionQuery, withdrawnWei } from "../../helpers/distribution.ts";

const E18 = 10n ** 18n;
const STOS = E18;
const enc = new TextEncoder();
const ops = [testSigner("distr-op-0"), testSigner("distr-op-1")];
const consKeys = ops.map((_, i) => sha256(enc.encode(`distr-cons-${i}`)));
const [alice, bob, carol, payer] = ["alice", "bob", "carol", "payer"].map((n) => testSigner(`distr-${n}`));
const aliceRewards = testSigner("distr-alice-rewards").address;
const vals = ops.map((o) => valoperOf(o.address));
const SELF = [10n * 10n ** 15n, 30n * 10n ** 15n];
const RATES = ["0.10", "0.05"];
const RATE_RAW = [E18 / 10n, E18 / 20n];
const TAX_RAW = E18 / 50n; // community_tax 0.02 (default)

// ---- the model: raw integers at the LegacyDec scale (value × 10^18) --------------------------------
const mulTrunc = (a: bigint, b: bigint) => (a * b) / E18;
function mulRound(a: bigint, b: bigint): bigint {
  const x = a * b;
  const q = x / E18;
  const r = x % E18;
  return r * 2n < E18 ? q : r * 2n > E18 ? q + 1n : q % 2n === 0n ? q : q + 1n;
}
interface MVal {
  tokens: bigint;
  current: bigint;
  cum: bigint;
  commission: bigint;
  outstanding: bigint;
}
class Model {
  v: MVal[] = SELF.map(() => ({ tokens: 0n, current: 0n, cum: 0n, commission: 0n, outstanding: 0n }));
  dels = new Map<string, { start: bigint; stake: bigint }>();
  pool = 0n;
  private inc(i: number): void {
    const v = this.v[i];
    if (v.tokens === 0n) {
      this.pool += v.current;
      v.outstanding -= v.current;
    } else v.cum += v.current / v.tokens; // QuoDecTruncate by tokens: raw / tokens
    v.current = 0n;
  }
  allocate(fees: bigint, powers: bigint[]): void {
    const total = powers.reduce((a, b) => a + b, 0n);
    const feesRaw = fees * E18;
    if (fees === 0n) return;
    const mult = mulTrunc(feesRaw, E18 - TAX_RAW);
    let remaining = feesRaw;
    powers.forEach((p, i) => {
      const fraction = (p * E18 * E18) / (total * E18); // QuoTruncate
      const reward = mulTrunc(mult, fraction);
      const comm = mulRound(reward, RATE_RAW[i]);
      const v = this.v[i];
      v.commission += comm;
      v.current += reward - comm;
      v.outstanding += reward;
      remaining -= reward;
    });
    this.pool += remaining;
  }
  delegate(del: string, i: number, amount: bigint): bigint {
    const key = `${del}/${i}`;
    let paid = 0n;
    if (this.dels.has(key)) paid = this.withdraw(del, i);
    else this.inc(i);
    this.v[i].tokens += amount;
    this.dels.set(key, { start: this.v[i].cum, stake: (this.dels.get(key)?.stake ?? 0n) + amount });
    return paid;
  }
  withdraw(del: string, i: number): bigint {
    const key = `${del}/${i}`;
    const d = this.dels.get(key)!;
    this.inc(i);
    const v = this.v[i];
    const reward = mulTrunc(v.cum - d.start, d.stake * E18);
    const paid = reward / E18;
    v.outstanding -= reward;
    this.pool += reward - paid * E18;
    d.start = v.cum;
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

// ---- the chain ------------------------------------------------------------------------------------
function tx(h: AppHarness, signer: Signer, msgs: { typeUrl: string; value: Uint8Array }[], fee: bigint): Uint8Array {
  const acc = h.account(signer.address)!;
  return signTxDirect({ signer, chainId: CHAIN_ID, accountNumber: acc.accountNumber, sequence: acc.sequence, messages: msgs, fee: { amount: [{ denom: "wei", amount: fee.toString() }], gas: 600_000n } });
}
const coin = (amount: bigint) => ({ denom: "wei", amount: amount.toString() });
const delegateMsg = (s: Signer, i: number, amount: bigint) => ({ typeUrl: MsgDelegate.typeUrl, value: MsgDelegate.encode({ delegatorAddress: s.address, validatorAddress: vals[i], amount: coin(amount) }).finish() });
const withdrawMsg = (s: Signer, i: number) => ({
  typeUrl: dtx.MsgWithdrawDelegatorReward.typeUrl,
  value: dtx.MsgWithdrawDelegatorReward.encode({ delegatorAddress: s.address, validatorAddress: vals[i] }).finish(),
});
const commissionMsg = (i: number) => ({ typeUrl: dtx.MsgWithdrawValidatorCommission.typeUrl, value: dtx.MsgWithdrawValidatorCommission.encode({ validatorAddress: vals[i] }).finish() });
const sendMsg = (s: Signer) => ({ typeUrl: MsgSend.typeUrl, value: MsgSend.encode({ fromAddress: s.address, toAddress: s.address, amount: [coin(1n)] }).finish() });
const votes = (powers: bigint[]): VoteInfo[] => powers.map((power, i) => ({ validator: { address: consAddressBytes(consKeys[i]), power }, blockIdFlag: 2 }));

describe("distribution (in process)", () => {
  let h: AppHarness;
  afterEach(() => h?.close());

  it("F1: 2 validators, 3 delegators, known fees over blocks; withdrawals pay the model's wei exactly", () => {
    h = new AppHarness();
    const g = genesisWith([...ops, alice, bob, carol, payer].map((s) => ({ address: s.address, wei: 1000n * STOS })));
    g.genutil.gen_txs = ops.map((signer, i) =>
      gentxToJson(buildGentx({ signer, chainId: CHAIN_ID, consPubKey: consKeys[i], amount: SELF[i], moniker: `v${i}`, commissionRate: RATES[i] }, signTxDirect, valoperOf)),
    );
    h.initChain(g);
    const m = new Model();
    m.delegate(ops[0].address, 0, SELF[0]);
    m.delegate(ops[1].address, 1, SELF[1]);
    const powers = () => m.v.map((v) => v.tokens / 10n ** 15n);
    let pendingFees = 0n;
    // Runs one block: allocation of the previous block's fees to `powers` (height ≥ 2), then the txs.
    const block = (txs: { signer: Signer; msgs: { typeUrl: string; value: Uint8Array }[]; fee: bigint }[], apply: (i: number) => void = () => {}) => {
      const p = powers();
      if (h.height + 1n > 1n) m.allocate(pendingFees, p);
      pendingFees = 0n;
      const raw = txs.map((t) => {
        const r = tx(h, t.signer, t.msgs, t.fee);
        return r;
      });
      // Each tx is signed with the sequence of the committed state: one tx per signer per block.
      const res = h.block(raw, { votes: votes(p) });
      res.txResults.forEach((r, i) => {
        expect(r.code, r.log).to.equal(0);
        pendingFees += txs[i].fee;
        apply(i);
      });
      return res;
    };

    // Height 1: no allocation (the SDK skips height 1; genesis state is readable from here on).
    block([]);
    // Height 2: three delegators join, alice withdraws elsewhere.
    block([
      { signer: alice, msgs: [delegateMsg(alice, 0, 20n * 10n ** 15n), { typeUrl: dtx.MsgSetWithdrawAddress.typeUrl, value: dtx.MsgSetWithdrawAddress.encode({ delegatorAddress: alice.address, withdrawAddress: aliceRewards }).finish() }], fee: 400_000_000_000_013n },
      { signer: bob, msgs: [delegateMsg(bob, 1, 10n * 10n ** 15n)], fee: 400_000_000_000_029n },
      { signer: carol, msgs: [delegateMsg(carol, 0, 5n * 10n ** 15n)], fee: 400_000_000_000_031n },
    ], (i) => [() => m.delegate(alice.address, 0, 20n * 10n ** 15n), () => m.delegate(bob.address, 1, 10n * 10n ** 15n), () => m.delegate(carol.address, 0, 5n * 10n ** 15n)][i]());
    expect(powers()).to.deep.equal([35n, 40n]);

    // Height 3: a big odd fee.
    block([{ signer: payer, msgs: [sendMsg(payer)], fee: 1_234_567_890_123_456_789n }]);
    // Height 4: bob withdraws mid-way (ends val1's period), another fee.
    let res = block([
      { signer: bob, msgs: [withdrawMsg(bob, 1)], fee: 400_000_000_000_037n },
      { signer: payer, msgs: [sendMsg(payer)], fee: 987_654_321_987_654_321n },
    ]);
    const bobFirst = m.withdraw(bob.address, 1);
    expect(withdrawnWei(res.txResults[0].data)).to.equal(bobFirst);
    expect(bobFirst > 0n).to.equal(true);

    // The DelegationRewards query answers what a withdrawal would pay (before decimals are dropped).
    const q = distributionQuery(h, "DelegationRewards", dq.QueryDelegationRewardsRequest.encode({ delegatorAddress: alice.address, validatorAddress: vals[0] }).finish(), dq.QueryDelegationRewardsResponse.decode);
    {
      const v = m.v[0];
      const d = m.dels.get(`${alice.address}/0`)!;
      const expected = mulTrunc(v.cum + v.current / v.tokens - d.start, d.stake * E18);
      expect(q.rewards).to.deep.equal([{ denom: "wei", amount: expected.toString() }]);
    }

    // ValidatorDistributionInfo (SDK 0.47): the operator's account, its self-bond rewards now and the commission.
    for (const i of [0, 1]) {
      const info = distributionQuery(h, "ValidatorDistributionInfo", dq.QueryValidatorDistributionInfoRequest.encode({ validatorAddress: vals[i] }).finish(), dq.QueryValidatorDistributionInfoResponse.decode);
      const v = m.v[i];
      const d = m.dels.get(`${ops[i].address}/${i}`)!;
      const selfBond = mulTrunc(v.cum + v.current / v.tokens - d.start, d.stake * E18);
      expect(selfBond > 0n && v.commission > 0n).to.equal(true);
      expect(info).to.deep.equal({ operatorAddress: ops[i].address, selfBondRewards: [{ denom: "wei", amount: selfBond.toString() }], commission: [{ denom: "wei", amount: v.commission.toString() }] });
    }

    // Height 5: carol adds to her delegation: F1 withdraws her rewards first (to her own account).
    const carolBefore = h.balance(carol.address);
    let carolAuto = 0n;
    block([{ signer: carol, msgs: [delegateMsg(carol, 0, 5n * 10n ** 15n)], fee: 400_000_000_000_041n }], () => (carolAuto = m.delegate(carol.address, 0, 5n * 10n ** 15n)));
    expect(carolAuto > 0n).to.equal(true);
    expect(h.balance(carol.address) - carolBefore).to.equal(carolAuto - 5n * 10n ** 15n - 400_000_000_000_041n);

    // Height 6: everyone withdraws, commissions too.
    const withdrawals: [Signer, { typeUrl: string; value: Uint8Array }, () => bigint][] = [
      [alice, withdrawMsg(alice, 0), () => m.withdraw(alice.address, 0)],
      [bob, withdrawMsg(bob, 1), () => m.withdraw(bob.address, 1)],
      [carol, withdrawMsg(carol, 0), () => m.withdraw(carol.address, 0)],
      [ops[0], withdrawMsg(ops[0], 0), () => m.withdraw(ops[0].address, 0)],
      [ops[1], withdrawMsg(ops[1], 1), () => m.withdraw(ops[1].address, 1)],
    ];
    const expected: bigint[] = [];
    res = block(withdrawals.map(([signer, msg]) => ({ signer, msgs: [msg], fee: 500_000_000_000_003n })), (i) => expected.push(withdrawals[i][2]()));
    expect(res.txResults.map((r) => withdrawnWei(r.data))).to.deep.equal(expected);
    expect(expected.every((x) => x > 0n)).to.equal(true);
    // alice's rewards went to her withdraw address (its balance is exactly her reward).
    expect(h.balance(aliceRewards)).to.equal(expected[0]);

    // Height 7: commissions (after one more allocation, the withdrawal fees of height 6).
    const comm: bigint[] = [];
    res = block(ops.map((signer, i) => ({ signer, msgs: [commissionMsg(i)], fee: 400_000_000_000_007n })), (i) => comm.push(m.withdrawCommission(i)));
    expect(res.txResults.map((r) => withdrawnWei(r.data))).to.deep.equal(comm);

    // Community pool, outstanding rewards and remaining commission equal the model's, to the 10^-18 wei.
    const pool = distributionQuery(h, "CommunityPool", dq.QueryCommunityPoolRequest.encode({}).finish(), dq.QueryCommunityPoolResponse.decode).pool;
    expect(pool).to.deep.equal([{ denom: "wei", amount: m.pool.toString() }]);
    for (const i of [0, 1]) {
      const out = distributionQuery(h, "ValidatorOutstandingRewards", dq.QueryValidatorOutstandingRewardsRequest.encode({ validatorAddress: vals[i] }).finish(), dq.QueryValidatorOutstandingRewardsResponse.decode);
      expect(out.rewards!.rewards).to.deep.equal(m.v[i].outstanding === 0n ? [] : [{ denom: "wei", amount: m.v[i].outstanding.toString() }]);
      const c = distributionQuery(h, "ValidatorCommission", dq.QueryValidatorCommissionRequest.encode({ validatorAddress: vals[i] }).finish(), dq.QueryValidatorCommissionResponse.decode);
      expect(c.commission!.commission).to.deep.equal(m.v[i].commission === 0n ? [] : [{ denom: "wei", amount: m.v[i].commission.toString() }]);
    }
    // Every wei is accounted for: the distribution account holds pool + outstanding (integer parts lost only as decimals).
    const distrBalance = h.balance(h.app.wiring.keepers.auth.moduleAccountAddress("distribution"));
    const owed = m.pool + m.v[0].outstanding + m.v[1].outstanding;
    expect(distrBalance * E18 >= owed && distrBalance * E18 - owed < E18 * 10n).to.equal(true);
    expect(h.balance(h.app.wiring.keepers.auth.moduleAccountAddress("fee_collector"))).to.equal(pendingFees);

    // Withdraw address query; the schema covers every key distribution wrote.
    const w = distributionQuery(h, "DelegatorWithdrawAddress", dq.QueryDelegatorWithdrawAddressRequest.encode({ delegatorAddress: alice.address }).finish(), dq.QueryDelegatorWithdrawAddressResponse.decode);
    expect(w.withdrawAddress).to.equal(aliceRewards);
    expect(distributionSchema.unclaimedKeys(h.readCtx())).to.deep.equal([]);
  });

  it("bad input: no delegation, no commission, a module account as withdraw address → non-zero code, nothing changes", () => {
    h = new AppHarness();
    const g = genesisWith([...ops, alice].map((s) => ({ address: s.address, wei: 1000n * STOS })));
    g.genutil.gen_txs = ops.map((signer, i) =>
      gentxToJson(buildGentx({ signer, chainId: CHAIN_ID, consPubKey: consKeys[i], amount: SELF[i], moniker: `v${i}` }, signTxDirect, valoperOf)),
    );
    h.initChain(g);
    h.block();
    const fee = 400_000_000_000_000n;
    const before = distributionSchema.walk(h.readCtx());
    const feeCollector = h.app.wiring.keepers.auth.moduleAccountAddress("fee_collector");
    const res = h.block([
      tx(h, alice, [withdrawMsg(alice, 0)], fee),
      tx(h, ops[0], [commissionMsg(0)], fee),
      tx(h, ops[1], [{ typeUrl: dtx.MsgSetWithdrawAddress.typeUrl, value: dtx.MsgSetWithdrawAddress.encode({ delegatorAddress: ops[1].address, withdrawAddress: feeCollector }).finish() }], fee),
    ]);
    expect(res.txResults.map((r) => [r.codespace, r.code])).to.deep.equal([["distribution", 5], ["distribution", 7], ["sdk", 4]]);
    expect(res.txResults[0].log).to.match(/delegation does not exist/);
    expect(res.txResults[1].log).to.match(/no validator commission to withdraw/);
    expect(res.txResults[2].log).to.match(/not allowed to receive external funds/);
    // Only the fees moved (to fee_collector); distribution's records are as before.
    expect(JSON.stringify(distributionSchema.walk(h.readCtx()), (_, v) => (typeof v === "bigint" ? v.toString() : v))).to.equal(
      JSON.stringify(before, (_, v) => (typeof v === "bigint" ? v.toString() : v)),
    );
    expect(h.balance(feeCollector)).to.equal(3n * fee);
    const w = distributionQuery(h, "DelegatorWithdrawAddress", dq.QueryDelegatorWithdrawAddressRequest.encode({ delegatorAddress: ops[1].address }).finish(), dq.QueryDelegatorWithdrawAddressResponse.decode);
    expect(w.withdrawAddress).to.equal(ops[1].address);
    // ValidatorDistributionInfo of an unknown validator: distribution code 12; of a bad address: sdk 18.
    const info = (validatorAddress: string) => h.app.query({ path: "/cosmos.distribution.v1beta1.Query/ValidatorDistributionInfo", data: dq.QueryValidatorDistributionInfoRequest.encode({ validatorAddress }).finish(), height: 0n, prove: false });
    const unknown = info(valoperOf(alice.address));
    expect([unknown.codespace, unknown.code]).to.deep.equal(["distribution", 12]);
    expect(unknown.log).to.match(/validator .* does not exist/);
    const bad = info("stvaloper1nope");
    expect([bad.codespace, bad.code]).to.deep.equal(["sdk", 18]);
  });
});
