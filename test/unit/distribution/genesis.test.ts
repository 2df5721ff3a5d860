// Distribution genesis export → import: an app with delegations, accrued rewards, commission, a funded
// community pool and a withdraw address is exported (exportAppState, what `stratos-chain export`
// writes); a fresh app started from that genesis at the next height answers every distribution query
// (and the staking/bank ones rewards depend on) with the same bytes after their next block, and the one after — the same
// signed txs withdrawing every reward and commission — pays the same to the wei in both.
import { expect } from "chai";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { QueryAllBalancesRequest } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { MsgDelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import * as sq from "cosmjs-types/cosmos/staking/v1beta1/query";
import * as dtx from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import * as dq from "cosmjs-types/cosmos/distribution/v1beta1/query";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import type { ResponseFinalizeBlock, VoteInfo } from "cosmjs-types/tendermint/abci/types";
import { sha256 } from "../../../chain/crypto/hash.ts";
import { signTxDirect } from "../../../chain/keys/eth-signer.ts";
import type { Signer } from "../../../chain/keys/signer.ts";
import { buildGentx, gentxToJson } from "../../../modules/genutil/gentx.ts";
import { consAddressBytes, valoperOf } from "../../../modules/staking/types.ts";
import { AppHarness, CHAIN_ID, genesisWith, testSigner } from "../../helpers/app.ts";

const STOS = 10n ** 18n;
const enc = new TextEncoder();
const ops = [testSigner("dgen-op-0"), testSigner("dgen-op-1")];
const consKeys = ops.map((_, i) => sha256(enc.encode(`dgen-cons-${i}`)));
const [alice, bob, payer] = ["alice", "bob", "payer"].map((n) => testSigner(`dgen-${n}`));
const aliceRewards = testSigner("dgen-alice-rewards").address;
const vals = ops.map((o) => valoperOf(o.address));
const SELF = [10n * 10n ** 15n, 30n * 10n ** 15n];
const coin = (amount: bigint) => ({ denom: "wei", amount: amount.toString() });
type Msg = { typeUrl: string; value: Uint8Array };

function tx(h: AppHarness, signer: Signer, msgs: Msg[], fee: bigint): Uint8Array {
  const acc = h.account(signer.address)!;
  return signTxDirect({ signer, chainId: CHAIN_ID, accountNumber: acc.accountNumber, sequence: acc.sequence, messages: msgs, fee: { amount: [coin(fee)], gas: 600_000n } });
}
const delegate = (s: Signer, i: number, amount: bigint): Msg => ({ typeUrl: MsgDelegate.typeUrl, value: MsgDelegate.encode({ delegatorAddress: s.address, validatorAddress: vals[i], amount: coin(amount) }).finish() });
const withdraw = (s: Signer, i: number): Msg => ({
  typeUrl: dtx.MsgWithdrawDelegatorReward.typeUrl,
  value: dtx.MsgWithdrawDelegatorReward.encode({ delegatorAddress: s.address, validatorAddress: vals[i] }).finish(),
});
const commission = (i: number): Msg => ({ typeUrl: dtx.MsgWithdrawValidatorCommission.typeUrl, value: dtx.MsgWithdrawValidatorCommission.encode({ validatorAddress: vals[i] }).finish() });
const votes = (powers: bigint[]): VoteInfo[] => powers.map((power, i) => ({ validator: { address: consAddressBytes(consKeys[i]), power }, blockIdFlag: 2 }));

/** Every distribution query (each validator, delegator and delegation of the scenario) plus the staking and bank reads rewards depend on. */
function queries(h: AppHarness): Record<string, string> {
  const D = "/cosmos.distribution.v1beta1.Query/";
  const S = "/cosmos.staking.v1beta1.Query/";
  const delegators = [alice, bob, ops[0], ops[1]].map((s) => s.address);
  const reqs: [string, Uint8Array][] = [
    [D + "Params", dq.QueryParamsRequest.encode({}).finish()],
    [D + "CommunityPool", dq.QueryCommunityPoolRequest.encode({}).finish()],
    [S + "Validators", sq.QueryValidatorsRequest.encode({ status: "" }).finish()],
    [S + "Pool", sq.QueryPoolRequest.encode({}).finish()],
  ];
  for (const v of vals) {
    reqs.push([D + "ValidatorOutstandingRewards", dq.QueryValidatorOutstandingRewardsRequest.encode({ validatorAddress: v }).finish()]);
    reqs.push([D + "ValidatorCommission", dq.QueryValidatorCommissionRequest.encode({ validatorAddress: v }).finish()]);
    reqs.push([D + "ValidatorSlashes", dq.QueryValidatorSlashesRequest.encode({ validatorAddress: v, startingHeight: 0n, endingHeight: 2n ** 64n - 1n }).finish()]);
    reqs.push([S + "ValidatorDelegations", sq.QueryValidatorDelegationsRequest.encode({ validatorAddr: v }).finish()]);
  }
  for (const d of delegators) {
    reqs.push([D + "DelegationTotalRewards", dq.QueryDelegationTotalRewardsRequest.encode({ delegatorAddress: d }).finish()]);
    reqs.push([D + "DelegatorValidators", dq.QueryDelegatorValidatorsRequest.encode({ delegatorAddress: d }).finish()]);
    reqs.push([D + "DelegatorWithdrawAddress", dq.QueryDelegatorWithdrawAddressRequest.encode({ delegatorAddress: d }).finish()]);
    for (const v of vals) reqs.push([D + "DelegationRewards", dq.QueryDelegationRewardsRequest.encode({ delegatorAddress: d, validatorAddress: v }).finish()]);
  }
  const auth = h.app.wiring.keepers.auth;
  for (const a of [...delegators, aliceRewards, auth.moduleAccountAddress("distribution"), auth.moduleAccountAddress("fee_collector")]) {
    reqs.push(["/cosmos.bank.v1beta1.Query/AllBalances", QueryAllBalancesRequest.encode({ address: a, resolveDenom: false }).finish()]);
  }
  const out: Record<string, string> = {};
  for (const [path, data] of reqs) {
    const r = h.app.query({ path, data, height: 0n, prove: false });
    out[`${path} ${Buffer.from(data).toString("hex")}`] = r.code === 0 ? Buffer.from(r.value).toString("hex") : `code ${r.code}: ${r.log}`;
  }
  return out;
}

/** Wei paid by each tx's withdraw Msg responses. */
const paid = (res: ResponseFinalizeBlock) =>
  res.txResults.map((r) => {
    expect(r.code, r.log).to.equal(0);
    return TxMsgData.decode(r.data).msgResponses.reduce((sum, m) => {
      const amount = m.typeUrl === dtx.MsgWithdrawDelegatorRewardResponse.typeUrl ? dtx.MsgWithdrawDelegatorRewardResponse.decode(m.value).amount : dtx.MsgWithdrawValidatorCommissionResponse.decode(m.value).amount;
      return sum + amount.reduce((a, c) => a + BigInt(c.amount), 0n);
    }, 0n);
  });

describe("distribution genesis export → import", () => {
  const harnesses: AppHarness[] = [];
  after(() => harnesses.forEach((h) => h.close()));

  it("a fresh app from the export answers every query the same and the next withdrawals pay the same to the wei", () => {
    const h = new AppHarness();
    harnesses.push(h);
    const g = genesisWith([...ops, alice, bob, payer].map((s) => ({ address: s.address, wei: 1000n * STOS })));
    g.genutil.gen_txs = ops.map((signer, i) =>
      gentxToJson(buildGentx({ signer, chainId: CHAIN_ID, consPubKey: consKeys[i], amount: SELF[i], moniker: `v${i}`, commissionRate: ["0.10", "0.05"][i] }, signTxDirect, valoperOf)),
    );
    h.initChain(g);
    let powers = [10n, 30n];
    const block = (txs: Uint8Array[]) => {
      const res = h.block(txs, { votes: votes(powers) });
      res.txResults.forEach((r) => expect(r.code, r.log).to.equal(0));
      return res;
    };
    block([]);
    block([
      tx(h, alice, [delegate(alice, 0, 20n * 10n ** 15n), { typeUrl: dtx.MsgSetWithdrawAddress.typeUrl, value: dtx.MsgSetWithdrawAddress.encode({ delegatorAddress: alice.address, withdrawAddress: aliceRewards }).finish() }], 400_000_000_000_013n),
      tx(h, bob, [delegate(bob, 1, 10n * 10n ** 15n)], 400_000_000_000_029n),
      tx(h, payer, [{ typeUrl: dtx.MsgFundCommunityPool.typeUrl, value: dtx.MsgFundCommunityPool.encode({ depositor: payer.address, amount: [coin(7n * STOS + 3n)] }).finish() }], 400_000_000_000_031n),
    ]);
    powers = [30n, 40n];
    block([tx(h, payer, [{ typeUrl: MsgSend.typeUrl, value: MsgSend.encode({ fromAddress: payer.address, toAddress: bob.address, amount: [coin(1n)] }).finish() }], 1_234_567_890_123_456_789n)]);
    // bob withdraws once (a second period for val1), commission of val0 once (a decimal remainder stays).
    block([tx(h, bob, [withdraw(bob, 1)], 987_654_321_987_654_321n), tx(h, ops[0], [commission(0)], 400_000_000_000_037n)]);
    block([tx(h, payer, [{ typeUrl: MsgSend.typeUrl, value: MsgSend.encode({ fromAddress: payer.address, toAddress: alice.address, amount: [coin(1n)] }).finish() }], 555_555_555_555_555_555n)]);
    // Fees of the last block sit in fee_collector at export: the next block allocates them in both apps.

    const { height, appState } = h.app.exportAppState();
    const exported = JSON.parse(JSON.stringify(appState));
    const d = exported.distribution;
    expect(d.delegator_withdraw_infos).to.deep.equal([{ delegator_address: alice.address, withdraw_address: aliceRewards }]);
    expect(d.fee_pool.community_pool).to.have.length(1);
    expect(d.delegator_starting_infos).to.have.length(4);
    expect(d.validator_accumulated_commissions).to.have.length(2);

    // The fresh app: InitChain at height + 1, as `stratos-chain export` writes initial_height.
    const h2 = new AppHarness();
    harnesses.push(h2);
    const init = h2.app.initChain({
      time: { seconds: 1_700_000_000n + height, nanos: 0 },
      chainId: CHAIN_ID,
      consensusParams: undefined,
      validators: [],
      appStateBytes: enc.encode(JSON.stringify(exported)),
      initialHeight: height + 1n,
    });
    h2.height = height;
    // The same state, byte for byte.
    expect(Buffer.from(init.appHash).toString("hex")).to.equal(Buffer.from(h.app.store.rootHash).toString("hex"));
    // Both run block height + 1 (it allocates the fees left in fee_collector; an app answers queries
    // only once it committed a block): every query answers the same.
    expect(h2.block([], { votes: votes(powers) })).to.deep.equal(h.block([], { votes: votes(powers) }));
    const before = queries(h);
    const rewards = Object.entries(before).filter(([k]) => k.includes("/DelegationRewards "));
    expect(rewards.filter(([, v]) => !v.startsWith("code"))).to.have.length(4); // the four delegations; the other pairs are NotFound
    expect(queries(h2)).to.deep.equal(before);

    // The next block, on both: the same signed txs withdraw every reward and both commissions.
    const next = [alice, bob, ops[0], ops[1]].map((s, i) => {
      const msgs = i < 2 ? [withdraw(s, i)] : [withdraw(s, i - 2), commission(i - 2)];
      return tx(h, s, msgs, 400_000_000_000_041n);
    });
    const r1 = h.block(next, { votes: votes(powers) });
    const r2 = h2.block(next, { votes: votes(powers) });
    const p1 = paid(r1);
    expect(p1.every((x) => x > 0n)).to.equal(true);
    expect(paid(r2)).to.deep.equal(p1);
    expect(r2.txResults).to.deep.equal(r1.txResults);
    expect(r2.events).to.deep.equal(r1.events);
    expect(Buffer.from(h2.app.store.rootHash).toString("hex")).to.equal(Buffer.from(h.app.store.rootHash).toString("hex"));
    // alice's went to her withdraw address in both.
    expect(h2.balance(aliceRewards)).to.equal(h.balance(aliceRewards));
    expect(h.balance(aliceRewards)).to.equal(p1[0]);
    expect(queries(h2)).to.deep.equal(queries(h));
  });
});
