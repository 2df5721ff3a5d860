// Staking end to end: a 2-validator localnet whose validators come from gentxs, driven by unmodified
// CosmJS (SigningStargateClient.delegateTokens / undelegateTokens / withdrawRewards, MsgBeginRedelegate,
// MsgWithdrawValidatorCommission, the staking and distribution query extensions) and CometBFT's /validators.
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { stringToPath } from "@cosmjs/crypto";
import { coin, type DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import {
  calculateFee,
  GasPrice,
  QueryClient,
  setupDistributionExtension,
  setupStakingExtension,
  SigningStargateClient,
  type DeliverTxResponse,
  type DistributionExtension,
  type StakingExtension,
} from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { expect } from "chai";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { MsgBeginRedelegate, MsgCreateValidator } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { MsgWithdrawDelegatorRewardResponse, MsgWithdrawValidatorCommission, MsgWithdrawValidatorCommissionResponse } from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { randomBytes } from "node:crypto";
import { toBech32, VALIDATOR_PREFIX, fromBech32 } from "../../chain/crypto/bech32.ts";
import type { LocalnetAccount, LocalnetNode } from "../../localnet/localnet.ts";
import { defaultSlashingGenesis } from "../../modules/slashing/genesis.ts";
import { stratos } from "../../proto/client.ts";
import { HD_PATH, useLocalnet, walletFor } from "../helpers/localnet.ts";

const gasPrice = GasPrice.fromString("1000000000wei");
const fee = calculateFee(400_000, gasPrice);
const FEE = 400_000n * 1_000_000_000n;
const STOS = 10n ** 18n;
const UNBONDING_SECONDS = 12; // longer than CosmJS's 3 s broadcast poll, so entries are seen before they mature

type TxEvents = { events: readonly { type: string; attributes: readonly { key: string; value: string }[] }[] };
/** The distribution rewards a tx paid out to `delegator` (its withdraw_rewards events). */
function rewardsWithdrawn(res: TxEvents, delegator: string): bigint {
  return paidIn(res, "withdraw_rewards", (attr) => attr("delegator") === delegator);
}
/** The wei amounts of a tx's events of one type. */
function paidIn(res: TxEvents, type: string, filter: (attr: (k: string) => string) => boolean = () => true): bigint {
  let sum = 0n;
  for (const e of res.events) {
    if (e.type !== type) continue;
    const attr = (k: string) => e.attributes.find((x) => x.key === k)?.value ?? "";
    if (!filter(attr)) continue;
    for (const m of attr("amount").matchAll(/(\d+)wei/g)) sum += BigInt(m[1]!);
  }
  return sum;
}
/** LegacyDec proto strings (10^18 scale) of a DecCoin list → whole wei, truncated. */
const decWei = (coins: readonly { denom: string; amount: string }[]) => coins.filter((c) => c.denom === "wei").reduce((a, c) => a + BigInt(c.amount) / 10n ** 18n, 0n);

describe("staking with a real cometbft and CosmJS", function () {
  this.timeout(240_000);
  const fixture = useLocalnet({
    validators: 2,
    users: 3,
    genesisPatch: (g) => {
      g.app_state.staking.params.unbonding_time = `${UNBONDING_SECONDS}s`;
      // val0 holds > 2/3 of the power after the first delegation, so a node lagging under CI load may miss
      // most commits: no downtime jailing here (test/integration/slashing.test.ts covers it).
      g.app_state.slashing ??= defaultSlashingGenesis();
      g.app_state.slashing.params.signed_blocks_window = "1000000";
    },
  });
  let node: LocalnetNode;
  let users: LocalnetAccount[];
  let wallet: DirectSecp256k1HdWallet;
  let client: SigningStargateClient;
  let q: QueryClient & StakingExtension & DistributionExtension;
  let tm: Comet38Client;
  let val0: string;
  let val1: string;
  let alice: string;

  before(async () => {
    node = fixture.net.node(0);
    users = fixture.net.users;
    alice = users[0].address;
    wallet = await walletFor(users[0].mnemonic);
    client = await SigningStargateClient.connectWithSigner(node.rpcUrl, wallet, { gasPrice });
    tm = await Comet38Client.connect(node.rpcUrl);
    q = QueryClient.withExtensions(tm, setupStakingExtension, setupDistributionExtension);
    const { validators } = await q.staking.validators("BOND_STATUS_BONDED");
    [val0, val1] = validators.map((v) => v.operatorAddress).sort();
  });
  after(() => {
    client?.disconnect();
    tm?.disconnect();
  });

  const balance = async (a: string) => BigInt((await client.getBalance(a, "wei")).amount);
  const tokens = async (v: string) => BigInt((await q.staking.validator(v)).validator.tokens);
  const delegated = async (d: string, v: string) => {
    try {
      return BigInt((await q.staking.delegation(d, v)).delegationResponse!.balance.amount);
    } catch (e) {
      if (/not found/.test((e as Error).message)) return 0n;
      throw e;
    }
  };
  const consKey = async (v: string) => Buffer.from(Ed25519PubKey.decode((await q.staking.validator(v)).validator.consensusPubkey!.value).key).toString("base64");
  /** CometBFT's validator set, key (base64) → voting power. */
  async function cometValidators(): Promise<Map<string, bigint>> {
    const r = await node.rpc("validators", {});
    return new Map(r.validators.map((v: any) => [v.pub_key.value, BigInt(v.voting_power)]));
  }
  async function waitForPower(key: string, power: bigint | undefined): Promise<void> {
    for (let i = 0; i < 100; i++) {
      if ((await cometValidators()).get(key) === power) return;
      await node.waitForHeight((await node.height()) + 1);
    }
    throw new Error(`CometBFT never showed power ${power} for ${key}: ${JSON.stringify([...(await cometValidators())].map(([k, p]) => [k, p.toString()]))}`);
  }
  function expectFailed(res: DeliverTxResponse, code: number, codespace: string, logPart: RegExp) {
    expect(res.code, res.rawLog).to.equal(code);
    expect((res as any).codespace ?? codespace).to.equal(codespace);
    expect(res.rawLog).to.match(logPart);
  }

  it("the genesis validators are staking validators built from gentxs, with power = tokens / 10^15", async () => {
    const { validators } = await q.staking.validators("BOND_STATUS_BONDED");
    expect(validators).to.have.length(2);
    for (const v of validators) {
      expect(v.operatorAddress.startsWith("stvaloper1")).to.equal(true);
      expect(v.tokens).to.equal((10n * 10n ** 15n).toString());
      expect(v.status).to.equal(BondStatus.BOND_STATUS_BONDED);
      const operator = toBech32("st", fromBech32(v.operatorAddress, VALIDATOR_PREFIX).data);
      expect(await delegated(operator, v.operatorAddress)).to.equal(10n ** 16n);
    }
    const comet = await cometValidators();
    expect([...comet.values()]).to.deep.equal([10n, 10n]);
    const pool = await q.staking.pool();
    expect(pool.pool.bondedTokens).to.equal((2n * 10n ** 16n).toString());
    // pot's Metrics read staking (stratos-chain's pot does too).
    const raw = await q.queryAbci("/stratos.pot.v1.Query/Metrics", stratos.pot.v1.QueryMetricsRequest.encode({}).finish());
    const metrics = stratos.pot.v1.QueryMetricsResponse.decode(raw.value).metrics!;
    expect([metrics.totalBondedDelegation, metrics.totalUnbondingDelegation, metrics.totalUnbondedDelegation]).to.deep.equal([(2n * 10n ** 16n).toString(), "0", "0"]);
    const params = await q.staking.params();
    expect(params.params.bondDenom).to.equal("wei");
    expect(params.params.maxValidators).to.equal(100);
    expect(params.params.maxEntries).to.equal(7);
  });

  it("delegateTokens moves the stake into the bonded pool and CometBFT's power follows", async () => {
    const before = await balance(alice);
    const res = await client.delegateTokens(alice, val0, coin((1n * STOS).toString(), "wei"), fee);
    expect(res.code, res.rawLog).to.equal(0);
    expect(await balance(alice)).to.equal(before - STOS - FEE);
    expect(await delegated(alice, val0)).to.equal(STOS);
    expect(await tokens(val0)).to.equal(10n ** 16n + STOS);
    await waitForPower(await consKey(val0), (10n ** 16n + STOS) / 10n ** 15n);
  });

  it("historical info (CosmJS historicalInfo) carries CometBFT's header of that height and the next height's validator set", async () => {
    // The delegation above changed val0's power: the heights around it record both sets.
    const latest = await node.height();
    for (let h = Math.max(1, latest - 4); h < latest; h++) {
      const { hist } = await q.staking.historicalInfo(h);
      const header = (await node.rpc("block", { height: String(h) })).block.header;
      const [whole, frac = ""] = header.time.replace(/Z$/, "").split(".");
      expect({ chainId: hist!.header!.chainId, height: hist!.header!.height, seconds: hist!.header!.time!.seconds, nanos: hist!.header!.time!.nanos }).to.deep.equal({
        chainId: header.chain_id,
        height: BigInt(header.height),
        seconds: BigInt(Date.parse(`${whole}Z`) / 1000),
        nanos: Number(frac.padEnd(9, "0")),
      });
      const hex = (b: Uint8Array) => Buffer.from(b).toString("hex").toUpperCase();
      expect([hex(hist!.header!.proposerAddress), hex(hist!.header!.nextValidatorsHash), hex(hist!.header!.appHash)]).to.deep.equal([header.proposer_address, header.next_validators_hash, header.app_hash]);
      // The valset recorded at h is the one staking handed CometBFT for h + 1, in CometBFT's order.
      const next = (await node.rpc("validators", { height: String(h + 1) })).validators.map((v: any) => [v.pub_key.value, v.voting_power]);
      const recorded = hist!.valset.map((v) => [Buffer.from(Ed25519PubKey.decode(v.consensusPubkey!.value).key).toString("base64"), (BigInt(v.tokens) / 10n ** 15n).toString()]);
      expect(recorded, `height ${h}`).to.deep.equal(next);
    }
    const missing = await q.staking.historicalInfo(latest + 1000).then(() => "answered", (e: Error) => e.message);
    expect(missing).to.match(/historical info for height \d+ not found/);
  });

  it("undelegateTokens creates an unbonding entry that pays out at block time after the unbonding time", async () => {
    const before = await balance(alice);
    const res = await client.undelegateTokens(alice, val0, coin((4n * STOS / 10n).toString(), "wei"), fee);
    expect(res.code, res.rawLog).to.equal(0);
    // as in the SDK, changing a delegation first pays out its distribution rewards
    const reward = rewardsWithdrawn(res, alice);
    expect(await balance(alice)).to.equal(before - FEE + reward);
    expect(await delegated(alice, val0)).to.equal(6n * STOS / 10n);
    const ubd = await q.staking.unbondingDelegation(alice, val0);
    expect(ubd.unbond.entries).to.have.length(1);
    expect(ubd.unbond.entries[0].balance).to.equal((4n * STOS / 10n).toString());
    expect(ubd.unbond.entries[0].creationHeight).to.equal(BigInt(res.height));
    // Matures by block time: wait for blocks, not for the wall clock.
    for (let i = 0; i < 200 && (await balance(alice)) !== before - FEE + reward + 4n * STOS / 10n; i++) await node.waitForHeight((await node.height()) + 1);
    expect(await balance(alice)).to.equal(before - FEE + reward + 4n * STOS / 10n);
    const after = await q.staking.delegatorUnbondingDelegations(alice);
    expect(after.unbondingResponses).to.have.length(0);
  });

  it("MsgBeginRedelegate (amino-signed, CosmJS has no redelegateTokens helper) moves stake between validators", async () => {
    const amino = await Secp256k1HdWallet.fromMnemonic(users[0].mnemonic, { prefix: "st", hdPaths: [stringToPath(HD_PATH)] });
    const aminoClient = await SigningStargateClient.connectWithSigner(node.rpcUrl, amino, { gasPrice });
    try {
      const res = await redelegate(aminoClient, alice, val0, val1, STOS / 10n);
      expect(res.code, res.rawLog).to.equal(0);
    } finally {
      aminoClient.disconnect();
    }
    const reds = await q.staking.redelegations(alice, val0, val1);
    expect(reds.redelegationResponses[0].entries[0].balance).to.equal((STOS / 10n).toString());
    expect(await delegated(alice, val0)).to.equal(5n * STOS / 10n);
    expect(await delegated(alice, val1)).to.equal(STOS / 10n);
    const dels = await q.staking.delegatorDelegations(alice);
    expect(dels.delegationResponses.map((d) => d.delegation.validatorAddress).sort()).to.deep.equal([val0, val1].sort());
    const vd = await q.staking.validatorDelegations(val1);
    expect(vd.delegationResponses).to.have.length(2);
  });

  it("distribution: a delegation earns fee rewards; withdrawRewards pays exactly its event amount; the operator withdraws commission", async () => {
    const bob = users[1];
    const w = await walletFor(bob.mnemonic);
    const c = await SigningStargateClient.connectWithSigner(node.rpcUrl, w, { gasPrice });
    try {
      const d = await c.delegateTokens(bob.address, val1, coin((STOS / 10n).toString(), "wei"), fee);
      expect(d.code, d.rawLog).to.equal(0);
      // Its own fee is allocated in the next block, to the last commit's validators: a share reaches bob.
      await node.waitForHeight(d.height + 3);
      const accrued = (await q.distribution.delegationRewards(bob.address, val1)).rewards;
      expect(decWei(accrued) > 0n).to.equal(true);
      expect((await q.distribution.delegatorWithdrawAddress(bob.address)).withdrawAddress).to.equal(bob.address);
      expect(decWei((await q.distribution.communityPool()).pool) > 0n).to.equal(true);

      const before = await balance(bob.address);
      const res = await c.withdrawRewards(bob.address, val1, fee);
      expect(res.code, res.rawLog).to.equal(0);
      const paid = rewardsWithdrawn(res, bob.address);
      // At least what was accrued when asked (later blocks may have added more), exactly what the events and the response say.
      expect(paid >= decWei(accrued)).to.equal(true);
      expect(MsgWithdrawDelegatorRewardResponse.decode(res.msgResponses[0].value).amount).to.deep.equal([{ denom: "wei", amount: paid.toString() }]);
      expect(await balance(bob.address)).to.equal(before - FEE + paid);
    } finally {
      c.disconnect();
    }

    // val1's operator withdraws its commission (CosmJS has no helper: signAndBroadcast of the Msg).
    const op = fixture.net.accounts.find((a) => toBech32(VALIDATOR_PREFIX, fromBech32(a.address).data) === val1)!;
    const oc = await SigningStargateClient.connectWithSigner(node.rpcUrl, await walletFor(op.mnemonic), { gasPrice });
    try {
      const accrued = (await q.distribution.validatorCommission(val1)).commission!.commission;
      expect(decWei(accrued) > 0n).to.equal(true);
      const outstanding = (await q.distribution.validatorOutstandingRewards(val1)).rewards!.rewards;
      expect(decWei(outstanding) >= decWei(accrued)).to.equal(true);
      const before = await balance(op.address);
      const res = await oc.signAndBroadcast(op.address, [{ typeUrl: MsgWithdrawValidatorCommission.typeUrl, value: MsgWithdrawValidatorCommission.fromPartial({ validatorAddress: val1 }) }], fee);
      expect(res.code, res.rawLog).to.equal(0);
      const paid = paidIn(res, "withdraw_commission");
      expect(paid >= decWei(accrued)).to.equal(true);
      expect(MsgWithdrawValidatorCommissionResponse.decode(res.msgResponses[0].value).amount).to.deep.equal([{ denom: "wei", amount: paid.toString() }]);
      expect(await balance(op.address)).to.equal(before - FEE + paid);
    } finally {
      oc.disconnect();
    }
  });

  describe("bad input: non-zero code, readable log, nothing changes", () => {
    async function unchanged(run: () => Promise<void>) {
      const state = async () => [await balance(alice), await delegated(alice, val0), await delegated(alice, val1), await tokens(val0), await tokens(val1)];
      const before = await state();
      await run();
      const after = await state();
      // Only the fee was paid.
      expect(after[0]).to.equal(before[0] - FEE);
      expect(after.slice(1)).to.deep.equal(before.slice(1));
    }
    it("delegating more than the balance", () =>
      unchanged(async () => expectFailed(await client.delegateTokens(alice, val0, coin((100_000n * STOS).toString(), "wei"), fee), 5, "sdk", /insufficient funds/)));
    it("undelegating more than delegated", () =>
      unchanged(async () => expectFailed(await client.undelegateTokens(alice, val0, coin((10n * STOS).toString(), "wei"), fee), 18, "sdk", /invalid shares amount/)));
    it("an unknown validator", () =>
      unchanged(async () => {
        const unknown = toBech32(VALIDATOR_PREFIX, randomBytes(20));
        expectFailed(await client.delegateTokens(alice, unknown, coin("1000", "wei"), fee), 3, "staking", /does not exist/);
      }));
    it("redelegating to the same validator", () =>
      unchanged(async () => expectFailed(await redelegate(client, alice, val0, val0, 1000n), 29, "staking", /same validator/)));
    it("commission above the max rate is refused before it reaches a block", async () => {
      const bob = users[1];
      const w = await walletFor(bob.mnemonic);
      const c = await SigningStargateClient.connectWithSigner(node.rpcUrl, w, { gasPrice });
      try {
        const before = await balance(bob.address);
        const msg = createValidatorMsg(bob.address, randomBytes(32), 10n ** 16n, { rate: "0.3", maxRate: "0.2" });
        const err = await c.signAndBroadcast(bob.address, [msg], fee).then(
          (r) => r,
          (e) => e as Error,
        );
        const text = err instanceof Error ? err.message : err.rawLog;
        expect(text).to.match(/commission rate .* cannot be more than the max rate/);
        expect(await balance(bob.address)).to.be.oneOf([before, before - FEE]);
        expect((await q.staking.validators("")).validators).to.have.length(2);
      } finally {
        c.disconnect();
      }
    });
  });

  it("a new validator created from a funded account joins CometBFT's set; undelegating all of it removes it", async () => {
    const carol = users[2];
    const w = await walletFor(carol.mnemonic);
    const c = await SigningStargateClient.connectWithSigner(node.rpcUrl, w, { gasPrice });
    try {
      const key = randomBytes(32); // no node signs with it: its power 5 of 25 leaves the chain live
      const res = await c.signAndBroadcast(carol.address, [createValidatorMsg(carol.address, key, 5n * 10n ** 15n, {})], fee);
      expect(res.code, res.rawLog).to.equal(0);
      const valoper = toBech32(VALIDATOR_PREFIX, fromBech32(carol.address).data);
      await waitForPower(key.toString("base64"), 5n);
      expect((await q.staking.validator(valoper)).validator.status).to.equal(BondStatus.BOND_STATUS_BONDED);
      const un = await c.undelegateTokens(carol.address, valoper, coin((5n * 10n ** 15n).toString(), "wei"), fee);
      expect(un.code, un.rawLog).to.equal(0);
      await waitForPower(key.toString("base64"), undefined);
      expect((await q.staking.validator(valoper)).validator.status).to.equal(BondStatus.BOND_STATUS_UNBONDING);
    } finally {
      c.disconnect();
    }
  });
});

function redelegate(c: SigningStargateClient, delegator: string, src: string, dst: string, amount: bigint) {
  const value = MsgBeginRedelegate.fromPartial({ delegatorAddress: delegator, validatorSrcAddress: src, validatorDstAddress: dst, amount: { denom: "wei", amount: amount.toString() } });
  return c.signAndBroadcast(delegator, [{ typeUrl: MsgBeginRedelegate.typeUrl, value }], fee);
}

function createValidatorMsg(operator: string, consKey: Uint8Array, amount: bigint, rates: { rate?: string; maxRate?: string }) {
  const dec = (s: string) => (BigInt(Math.round(Number(s) * 1e6)) * 10n ** 12n).toString();
  return {
    typeUrl: MsgCreateValidator.typeUrl,
    value: MsgCreateValidator.fromPartial({
      description: { moniker: "newcomer" },
      commission: { rate: dec(rates.rate ?? "0.1"), maxRate: dec(rates.maxRate ?? "0.2"), maxChangeRate: dec("0.01") },
      minSelfDelegation: "1",
      delegatorAddress: operator,
      validatorAddress: toBech32(VALIDATOR_PREFIX, fromBech32(operator).data),
      pubkey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key: consKey }).finish() },
      value: { denom: "wei", amount: amount.toString() },
    }),
  };
}
