// pot on a real 2-validator localnet through an unmodified CosmJS SigningStargateClient: the genesis
// puts the chain in the GV state (2 Bonded meta nodes × 500 stos → St = 1e21, Lt = 1e15), a user
// prepays 1 stos (GV1), meta0's owner submits the §4.11 report (epoch 5, A 3e8 / B 7e8) co-signed
// by both meta nodes' BLS keys (meta-node/volume-report.ts) — every figure checked to the wei via
// abci queries and bank balances — then a below-quorum report fails, epochs 6–8 (one through the
// CLI) mature A's epoch-5 reward with mature_epoch 3, and MsgWithdraw takes exactly that.
// Between them, two users delegate to both validators and an independent F1 model (helpers/f1-model.ts)
// follows the report's validators' share into commission, outstanding rewards and every delegation.
import { calculateFee, GasPrice, QueryClient, SigningStargateClient, type DeliverTxResponse, type StdFee } from "@cosmjs/stargate";
import { decodeTxRaw } from "@cosmjs/proto-signing";
import { connectComet } from "@cosmjs/tendermint-rpc";
import * as dq from "cosmjs-types/cosmos/distribution/v1beta1/query";
import * as dtx from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import * as sq from "cosmjs-types/cosmos/staking/v1beta1/query";
import { MsgDelegate } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromBech32, toBech32, VALIDATOR_PREFIX } from "../../chain/crypto/bech32.ts";
import { accAddressToBech32, moduleAddress } from "../../chain/types/address.ts";
import { defaultAccounts, Localnet, type LocalnetSdsNode } from "../../localnet/localnet.ts";
import { buildVolumeReport, volumeReportToJson, type VolumeReportBody } from "../../meta-node/volume-report.ts";
import { stratos, stratosAminoTypes, stratosRegistry, typeUrls } from "../../proto/client.ts";
import { F1Model, P } from "../helpers/f1-model.ts";
import { destroyLocalnet, newAccount, walletFor, type TestAccount } from "../helpers/localnet.ts";

const STOS = 10n ** 18n;
const gasPrice = GasPrice.fromString("1000000000wei");
const REPORT_GAS = 2_000_000;
const reportFee: StdFee = calculateFee(REPORT_GAS, gasPrice);
const REPORT_FEE = BigInt(reportFee.amount[0].amount);
const ppb = stratos.pot.v1;
const rpb = stratos.register.v1;
const empty = new Uint8Array();
const pool = (name: string) => accAddressToBech32(moduleAddress(name));
const FEE_COLLECTOR = pool("fee_collector");
const COMMUNITY = pool("distribution");
const cliPath = join(import.meta.dirname, "..", "..", "bin", "stratos-chain.mjs");

/** LegacyDec amounts (raw 10^-18 units) of the wei entry of a DecCoin list. */
const decWeiRaw = (coins: { denom: string; amount: string }[] | undefined) => BigInt(coins?.find((c) => c.denom === "wei")?.amount ?? "0");
const sha256Hex = (raw: Uint8Array) => createHash("sha256").update(raw).digest("hex").toUpperCase();
const sumWei = (coins: { denom?: string | null; amount?: string | null }[] | null | undefined) =>
  (coins ?? []).filter((c) => c.denom === "wei").reduce((a, c) => a + BigInt(c.amount ?? "0"), 0n);

describe("pot on a localnet: the §4.11 report, quorum, maturity and withdraw (CosmJS + CLI)", function () {
  this.timeout(180_000);
  let net: Localnet | undefined;
  let metas: LocalnetSdsNode[];
  let comet: Awaited<ReturnType<typeof connectComet>>;
  let queryClient: QueryClient;
  const clients: SigningStargateClient[] = [];
  const opts = { registry: stratosRegistry(), aminoTypes: stratosAminoTypes(), gasPrice };
  let A: TestAccount;
  let B: TestAccount;
  let tmp: string;
  let reportHeight = 0;
  const valoper = (i: number) => toBech32(VALIDATOR_PREFIX, fromBech32(net!.account(`operator${i}`).address).data);

  const connect = async (mnemonic: string) => {
    const c = await SigningStargateClient.connectWithSigner(net!.node(0).rpcUrl, await walletFor(mnemonic), opts);
    clients.push(c);
    return c;
  };
  const ok = (r: DeliverTxResponse) => expect(r.code, r.rawLog).to.equal(0);

  before(async function () {
    this.timeout(120_000);
    tmp = mkdtempSync(join(tmpdir(), "stratos-pot-it-"));
    const home = join(tmp, "net");
    try {
      net = await Localnet.create({
        home,
        validators: 2,
        chainId: "stratos-test-1",
        timeoutCommit: "300ms",
        ports: "random",
        accounts: defaultAccounts(2, { users: 3 }),
        sdsNodes: { meta: 2, resource: 0, metaDeposit: "500stos" },
        genesisPatch: (g) => {
          const pot = (g.app_state.pot ??= {});
          pot.params = { ...(pot.params ?? {}), mature_epoch: "3" };
        },
      });
      await net.start();
      await net.waitForHeight(2);
    } catch (e) {
      await destroyLocalnet(net, home);
      net = undefined;
      throw e;
    }
    metas = net.metaNodes;
    comet = await connectComet(net.node(0).rpcUrl);
    queryClient = new QueryClient(comet);
    A = await newAccount();
    B = await newAccount();
  });

  after(async function () {
    this.timeout(90_000);
    for (const c of clients) c.disconnect();
    comet?.disconnect();
    await destroyLocalnet(net);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function query<T>(path: string, req: Uint8Array, decode: (b: Uint8Array) => T): Promise<T> {
    const { value } = await queryClient.queryAbci(path, req);
    return decode(value);
  }
  const ozoneLimit = async () => BigInt((await query("/stratos.register.v1.Query/RemainingOzoneLimit", empty, (b) => rpb.QueryRemainingOzoneLimitResponse.decode(b))).ozoneLimit);
  const rewards = async (wallet: string) => {
    const r = (await query("/stratos.pot.v1.Query/RewardsByWallet", ppb.QueryRewardsByWalletRequest.encode({ walletAddress: wallet }).finish(), (b) => ppb.QueryRewardsByWalletResponse.decode(b))).rewards;
    return { mature: sumWei(r?.matureTotalReward), immature: sumWei(r?.immatureTotalReward) };
  };
  const totalMined = async () =>
    (await query("/stratos.pot.v1.Query/TotalMinedToken", ppb.QueryTotalMinedTokenRequest.encode({}).finish(), (b) => ppb.QueryTotalMinedTokenResponse.decode(b))).totalMinedToken;
  const totalReward = async (epoch: number) =>
    (await query("/stratos.pot.v1.Query/TotalRewardByEpoch", ppb.QueryTotalRewardByEpochRequest.encode({ epoch: BigInt(epoch) }).finish(), (b) => ppb.QueryTotalRewardByEpochResponse.decode(b))).totalReward;
  const balance = async (address: string) => BigInt((await clients[0].getBalance(address, "wei")).amount);
  /** The balance in the state committed at `height` (fee_collector is emptied by distribution every block). */
  const balanceAt = async (address: string, height: number) => {
    const r = await comet.abciQuery({ path: "/cosmos.bank.v1beta1.Query/Balance", data: QueryBalanceRequest.encode({ address, denom: "wei" }).finish(), height });
    expect(r.code, r.log).to.equal(0);
    return BigInt(QueryBalanceResponse.decode(r.value).balance?.amount ?? "0");
  };

  /** A distribution query answered from the state committed at `height`. */
  const distrAt = async <T>(method: string, data: Uint8Array, decode: (b: Uint8Array) => T, height: number): Promise<T> => {
    const r = await comet.abciQuery({ path: `/cosmos.distribution.v1beta1.Query/${method}`, data, height });
    expect(r.code, r.log).to.equal(0);
    return decode(r.value);
  };
  const feesOfBlock = async (height: number) => (await comet.block(height)).block.txs.reduce((a, raw) => a + sumWei(decodeTxRaw(raw).authInfo.fee?.amount), 0n);

  const reportBody = (epoch: bigint, volumes: [string, bigint][]): VolumeReportBody => ({
    walletVolumes: volumes.map(([walletAddress, volume]) => ({ walletAddress, volume })),
    reporter: metas[0].networkAddress,
    reporterOwner: metas[0].owner.address,
    epoch,
    reportReference: `it-report-${epoch}`,
  });
  const signersOf = (ms: LocalnetSdsNode[]) => ms.map((m) => ({ blsSecretKey: new Uint8Array(Buffer.from(m.blsSecretKey!, "hex")) }));
  const submit = async (epoch: bigint, volumes: [string, bigint][], signers = metas) => {
    const owner = await connect(metas[0].owner.mnemonic);
    return owner.signAndBroadcast(metas[0].owner.address, [buildVolumeReport(reportBody(epoch, volumes), signersOf(signers))], reportFee);
  };

  const E5 = {
    A: { mining: 14_400_000_000_000_000_000n, traffic: 176_752_799_470_447n },
    B: { mining: 33_600_000_000_000_000_000n, traffic: 412_423_198_764_377n },
    meta: { mining: 8_000_000_000_000_000_000n, traffic: 98_195_999_705_804n },
  };
  const aTotal5 = E5.A.mining + E5.A.traffic;

  it("GV state: St = 1e21 gives Lt = 1e15; a 1 stos prepay buys 999,000,999,000 noz (GV1)", async () => {
    expect(metas.map((m) => m.name)).to.deep.equal(["meta0", "meta1"]);
    expect(metas.every((m) => typeof m.blsSecretKey === "string" && m.owner.address === m.owner.address)).to.equal(true);
    const params = await query("/stratos.pot.v1.Query/Params", ppb.QueryParamsRequest.encode({}).finish(), (b) => ppb.QueryParamsResponse.decode(b));
    expect(String(params.params!.matureEpoch)).to.equal("3");
    expect(await ozoneLimit()).to.equal(10n ** 15n);
    const user = net!.users[0];
    const c = await connect(user.mnemonic);
    ok(await c.signAndBroadcast(user.address, [{ typeUrl: typeUrls.sds.MsgPrepay, value: { sender: user.address, beneficiary: user.address, amount: [{ denom: "wei", amount: STOS.toString() }] } }], "auto"));
    expect(10n ** 15n - (await ozoneLimit())).to.equal(999_000_999_000n);
    expect(await ozoneLimit()).to.equal(999_000_999_001_000n);
  });

  // Stake beside the two genesis self-delegations (10^16 wei each), so the blockchain share of the
  // epoch-5 report below is split between two validators of unequal power and four delegations.
  it("two users delegate to both validators (for the F1 check of the epoch-5 report's validators' share)", async () => {
    const vals = (await query("/cosmos.staking.v1beta1.Query/Validators", sq.QueryValidatorsRequest.encode(sq.QueryValidatorsRequest.fromPartial({})).finish(), (b) => sq.QueryValidatorsResponse.decode(b))).validators;
    expect(vals).to.have.length(2);
    const [u1, u2] = [net!.users[1], net!.users[2]];
    const delegate = (delegator: string, valoper: string, amount: bigint) => ({
      typeUrl: MsgDelegate.typeUrl,
      value: MsgDelegate.fromPartial({ delegatorAddress: delegator, validatorAddress: valoper, amount: { denom: "wei", amount: amount.toString() } }),
    });
    const c1 = await connect(u1.mnemonic);
    ok(await c1.signAndBroadcast(u1.address, [delegate(u1.address, valoper(0), 3n * STOS), delegate(u1.address, valoper(1), STOS)], "auto"));
    const c2 = await connect(u2.mnemonic);
    ok(await c2.signAndBroadcast(u2.address, [delegate(u2.address, valoper(0), 2n * STOS + 7n)], "auto"));
  });

  it("epoch 5 (§4.11, GV3): rewards, fee collector, community pool, total mined, total reward, Lt — to the wei", async () => {
    expect(sumWei([(await totalMined())!])).to.equal(0n);
    const res = await submit(5n, [[A.address, 300_000_000n], [B.address, 700_000_000n]]);
    ok(res);
    const h = res.height;
    reportHeight = h;
    const before = { fee: await balanceAt(FEE_COLLECTOR, h - 1), community: await balanceAt(COMMUNITY, h - 1) };
    const block = await comet.block(h);
    const ev = res.events.find((e) => e.type === "stratos.pot.v1.EventVolumeReport");
    expect(ev, res.rawLog).to.not.equal(undefined);

    expect(await rewards(A.address)).to.deep.equal({ mature: 0n, immature: aTotal5 });
    expect(await rewards(B.address)).to.deep.equal({ mature: 0n, immature: E5.B.mining + E5.B.traffic });
    for (const m of metas) expect(await rewards(m.owner.address), m.name).to.deep.equal({ mature: 0n, immature: E5.meta.mining + E5.meta.traffic });
    // At block h's begin distribution took all that fee_collector held (the block before's fees and
    // shares) into its own account (validators' rewards + community tax); then the report paid the
    // validators' share and its fee in. Nothing else was in that block.
    expect(block.block.txs.length).to.equal(1);
    expect(await balanceAt(FEE_COLLECTOR, h)).to.equal(16n * STOS + 200_399_999_399_600n + REPORT_FEE);
    expect((await balanceAt(COMMUNITY, h)) - before.community).to.equal(16_031_999_951_968n + before.fee);
    expect(await totalMined()).to.deep.include({ denom: "wei", amount: (80n * STOS).toString() });
    const tr = await totalReward(5);
    expect(sumWei(tr?.miningReward)).to.equal(80n * STOS);
    expect(sumWei(tr?.trafficReward)).to.equal(1_001_999_996_998_000n);
    expect(await ozoneLimit()).to.equal(999_001_999_001_000n);
  });

  it("the epoch-5 report's validators' share reaches commission, outstanding rewards and every delegation's rewards — to the wei (own F1 model)", async () => {
    // Let the allocation of the report block's fee collector happen (next block), then withdraw:
    // user1 from both validators, operator0 its self-delegation's rewards and its commission.
    await net!.waitForHeight(reportHeight + 2);
    const u1 = net!.users[1];
    const op0 = net!.account("operator0");
    const wfee = calculateFee(400_000, gasPrice);
    const withdrawRewards = (delegator: string, v: string) => ({ typeUrl: dtx.MsgWithdrawDelegatorReward.typeUrl, value: dtx.MsgWithdrawDelegatorReward.fromPartial({ delegatorAddress: delegator, validatorAddress: v }) });
    const c1 = await connect(u1.mnemonic);
    const w1 = await c1.signAndBroadcast(u1.address, [withdrawRewards(u1.address, valoper(0)), withdrawRewards(u1.address, valoper(1))], wfee);
    ok(w1);
    const c0 = await connect(op0.mnemonic);
    const w0 = await c0.signAndBroadcast(op0.address, [withdrawRewards(op0.address, valoper(0)), { typeUrl: dtx.MsgWithdrawValidatorCommission.typeUrl, value: { validatorAddress: valoper(0) } }], wfee);
    ok(w0);
    const last = Math.max(w1.height, w0.height);
    // After `last`, only its fees are allocated (at last + 1); the latest state then stays that of
    // last + 1 as long as no tx comes (checked below): rewards queries answer at the latest height only.
    await net!.waitForHeight(last + 2);

    // The model, driven by what CometBFT recorded for blocks 1 … last + 1.
    const params = await query("/cosmos.distribution.v1beta1.Query/Params", dq.QueryParamsRequest.encode({}).finish(), (b) => dq.QueryParamsResponse.decode(b));
    const tax = BigInt(params.params!.communityTax);
    expect(tax).to.equal(2n * 10n ** 16n); // 0.02
    const vals = (await query("/cosmos.staking.v1beta1.Query/Validators", sq.QueryValidatorsRequest.encode(sq.QueryValidatorsRequest.fromPartial({})).finish(), (b) => sq.QueryValidatorsResponse.decode(b))).validators;
    const byConsKey = new Map(vals.map((v) => [Buffer.from(Ed25519PubKey.decode(v.consensusPubkey!.value).key).toString("base64"), v.operatorAddress]));
    const model = new F1Model(tax, BigInt((await distrAt("CommunityPool", dq.QueryCommunityPoolRequest.encode({}).finish(), dq.QueryCommunityPoolResponse.decode, 1)).pool.find((c) => c.denom === "wei")?.amount ?? "0"));
    for (const i of [0, 1]) {
      const v = vals.find((x) => x.operatorAddress === valoper(i))!;
      expect(BigInt(v.commission!.commissionRates!.rate)).to.equal(P / 10n); // the gentx default 0.1
      model.genesisValidator(valoper(i), net!.account(`operator${i}`).address, 10n ** 16n, P / 10n);
    }
    const POT_SHARE = 16n * STOS + 200_399_999_399_600n; // the report's blockchain share (epoch-5 test)
    const POT_COMMUNITY_SHARE = 16_031_999_951_968n; // and its community share, counted in the pool (epoch-5 test)
    const paid = new Map<string, bigint>(); // tx hash → wei withdrawn by it
    let collected = 0n; // what the fee collector holds at the end of the previous block
    let reportAllocation: { valoper: string; reward: bigint; commission: bigint }[] = [];
    for (let k = 1; k <= last + 1; k++) {
      if (k >= 2) {
        const set = await comet.validators({ height: k - 1, per_page: 100 });
        const votes = set.validators.map((v): [string, bigint] => [byConsKey.get(Buffer.from(v.pubkey!.data).toString("base64"))!, v.votingPower]);
        const alloc = model.allocate(collected, votes);
        if (k === reportHeight + 1) reportAllocation = alloc;
      }
      collected = 0n;
      const block = await comet.block(k);
      const results = (await comet.blockResults(k)).results;
      for (const [i, raw] of block.block.txs.entries()) {
        const tx = decodeTxRaw(raw);
        collected += sumWei(tx.authInfo.fee?.amount);
        if (results[i].code !== 0) continue;
        let withdrawn = 0n;
        for (const m of tx.body.messages) {
          if (m.typeUrl === MsgDelegate.typeUrl) {
            const d = MsgDelegate.decode(m.value);
            model.delegate(d.delegatorAddress, d.validatorAddress, BigInt(d.amount!.amount));
          } else if (m.typeUrl === dtx.MsgWithdrawDelegatorReward.typeUrl) {
            const d = dtx.MsgWithdrawDelegatorReward.decode(m.value);
            withdrawn += model.withdrawRewards(d.delegatorAddress, d.validatorAddress);
          } else if (m.typeUrl === dtx.MsgWithdrawValidatorCommission.typeUrl) {
            withdrawn += model.withdrawCommission(dtx.MsgWithdrawValidatorCommission.decode(m.value).validatorAddress);
          } else if (m.typeUrl === typeUrls.pot.MsgVolumeReport) {
            expect(k).to.equal(reportHeight);
            collected += POT_SHARE;
            model.fundCommunityPool(POT_COMMUNITY_SHARE);
          } else expect(m.typeUrl).to.equal(typeUrls.sds.MsgPrepay); // nothing else moves fees or stake here
        }
        paid.set(sha256Hex(raw), withdrawn);
      }
      expect(await balanceAt(FEE_COLLECTOR, k), `fee collector at ${k}`).to.equal(collected);
      if (k === last) expect(collected).to.equal(BigInt(wfee.amount[0].amount) * BigInt([w0, w1].filter((w) => w.height === last).length));
    }

    // The report's share was split by power between the two validators, 10 % commission each.
    const reportFee = await feesOfBlock(reportHeight);
    const multiplier = (POT_SHARE + reportFee) * (P - tax); // 98 % of it, at the 10^-18 scale
    expect(reportAllocation.map((a) => a.valoper).sort()).to.deep.equal([valoper(0), valoper(1)].sort());
    const split = multiplier - reportAllocation.reduce((a, x) => a + x.reward, 0n);
    // Truncating each power fraction at 10^-18 loses at most multiplier·10^-18 per validator.
    expect(split >= 0n && split <= 2n * (multiplier / P + 1n), `all but truncation dust (${split})`).to.equal(true);
    expect(reportAllocation.every((a) => a.reward > 0n && a.commission > 0n)).to.equal(true);

    // Chain vs model.
    const before = await comet.status();
    for (const [key] of model.dels) {
      const [delegator, v] = key.split("/");
      const r = await query("/cosmos.distribution.v1beta1.Query/DelegationRewards", dq.QueryDelegationRewardsRequest.encode({ delegatorAddress: delegator, validatorAddress: v }).finish(), (b) => dq.QueryDelegationRewardsResponse.decode(b));
      expect(decWeiRaw(r.rewards), key).to.equal(model.pendingRewards(delegator, v));
    }
    for (const i of [0, 1]) {
      const v = model.vals.get(valoper(i))!;
      const comm = await distrAt("ValidatorCommission", dq.QueryValidatorCommissionRequest.encode({ validatorAddress: valoper(i) }).finish(), dq.QueryValidatorCommissionResponse.decode, last + 1);
      expect(decWeiRaw(comm.commission?.commission), `commission ${i}`).to.equal(v.commission);
      const out = await distrAt("ValidatorOutstandingRewards", dq.QueryValidatorOutstandingRewardsRequest.encode({ validatorAddress: valoper(i) }).finish(), dq.QueryValidatorOutstandingRewardsResponse.decode, last + 1);
      expect(decWeiRaw(out.rewards?.rewards), `outstanding ${i}`).to.equal(v.outstanding);
    }
    const pool = await distrAt("CommunityPool", dq.QueryCommunityPoolRequest.encode({}).finish(), dq.QueryCommunityPoolResponse.decode, last + 1);
    expect(decWeiRaw(pool.pool)).to.equal(model.community);
    const after = await comet.status();
    for (let k = last + 1; k <= after.syncInfo.latestBlockHeight; k++) expect((await comet.block(k)).block.txs, `no tx at ${k} (rewards were read at the latest height)`).to.have.length(0);
    expect(before.syncInfo.latestBlockHeight >= last + 2).to.equal(true);

    // The withdrawals: response amounts and balance changes.
    for (const [w, who] of [[w1, u1.address], [w0, op0.address]] as const) {
      const expected = paid.get(w.transactionHash)!;
      expect(expected > 0n).to.equal(true);
      const amounts = w.msgResponses.map((r) => (r.typeUrl === dtx.MsgWithdrawDelegatorRewardResponse.typeUrl ? dtx.MsgWithdrawDelegatorRewardResponse.decode(r.value).amount : dtx.MsgWithdrawValidatorCommissionResponse.decode(r.value).amount));
      expect(amounts.reduce((a, c) => a + sumWei(c), 0n)).to.equal(expected);
      expect((await balanceAt(who, w.height)) - (await balanceAt(who, w.height - 1))).to.equal(expected - BigInt(wfee.amount[0].amount));
    }
  });

  it("a report signed by one meta node (quorum floor(2·2/3)+1 = 2) fails with a readable log; nothing changes", async () => {
    const before = { a: await rewards(A.address), mined: await totalMined(), lt: await ozoneLimit() };
    let code: number;
    let log: string;
    try {
      const res = await submit(6n, [[A.address, 1_000n]], [metas[0]]);
      code = res.code;
      log = res.rawLog ?? "";
    } catch (e) {
      // rejected already in CheckTx
      code = -1;
      log = (e as Error).message;
    }
    expect(code).to.not.equal(0);
    expect(log).to.match(/1 distinct Bonded meta nodes signed; 2 of 2 needed/);
    expect(await rewards(A.address)).to.deep.equal(before.a);
    expect(await totalMined()).to.deep.equal(before.mined);
    expect(await ozoneLimit()).to.equal(before.lt);
  });

  it("mature_epoch 3: A's epoch-5 reward matures only with the epoch-8 report (epoch 7 via the CLI); withdraw exactly it", async () => {
    // epoch 6 (CosmJS)
    ok(await submit(6n, [[A.address, 1_000n], [B.address, 2_000n]]));
    let a = await rewards(A.address);
    expect(a.mature).to.equal(0n);
    expect(a.immature > aTotal5).to.equal(true);

    // epoch 7 through `stratos-chain tx pot volume-report meta0 --file …`
    const file = join(tmp, "report-7.json");
    writeFileSync(file, JSON.stringify(volumeReportToJson(buildVolumeReport(reportBody(7n, [[A.address, 1_000n]]), signersOf(metas)).value), null, 2));
    const node = net!.node(0);
    const r = spawnSync(process.execPath, [cliPath, "tx", "pot", "volume-report", "meta0", "--file", file, "--home", node.home, "--keyring-backend", "test", "--node", node.rpcUrl], { encoding: "utf8", timeout: 60_000 });
    expect(r.status, `${r.stdout}\n${r.stderr}`).to.equal(0);
    expect(JSON.parse(r.stdout).code).to.equal(0);
    const tr7 = await totalReward(7);
    expect(sumWei(tr7?.miningReward)).to.equal(80n * STOS);
    const a7 = await rewards(A.address);
    expect(a7.mature).to.equal(0n);
    expect(a7.immature > a.immature).to.equal(true);

    // epoch 8 = 5 + 3: A's epoch-5 reward matures in this block's EndBlock
    ok(await submit(8n, [[A.address, 1_000n]]));
    a = await rewards(A.address);
    expect(a.mature).to.equal(aTotal5);
    // immature: the epoch-5 reward moved out, A's epoch-8 reward (sole wallet: all 48 stos RN mining) came in
    const r8 = (
      await query(
        "/stratos.pot.v1.Query/RewardsByWalletAndEpoch",
        ppb.QueryRewardsByWalletAndEpochRequest.encode(ppb.QueryRewardsByWalletAndEpochRequest.fromPartial({ walletAddress: A.address, epoch: 8n })).finish(),
        (b) => ppb.QueryRewardsByWalletAndEpochResponse.decode(b),
      )
    ).rewards;
    expect(r8.map((x) => x.walletAddress)).to.deep.equal([A.address]);
    expect(sumWei(r8[0].rewardFromMiningPool)).to.equal(48n * STOS);
    expect(a.immature).to.equal(a7.immature - aTotal5 + sumWei(r8[0].rewardFromMiningPool) + sumWei(r8[0].rewardFromTrafficPool));

    // A withdraws: 1 wei more than mature fails, exactly mature succeeds
    const faucet = net!.account("faucet");
    const fc = await connect(faucet.mnemonic);
    ok(await fc.sendTokens(faucet.address, A.address, [{ denom: "wei", amount: STOS.toString() }], "auto"));
    const ac = await connect(A.mnemonic);
    const withdraw = (amount: bigint) => ({
      typeUrl: "/stratos.pot.v1.MsgWithdraw",
      value: { amount: [{ denom: "wei", amount: amount.toString() }], walletAddress: A.address, targetAddress: A.address },
    });
    const wfee = calculateFee(300_000, gasPrice);
    let failed: { code: number; log: string };
    try {
      const res = await ac.signAndBroadcast(A.address, [withdraw(aTotal5 + 1n)], wfee);
      failed = { code: res.code, log: res.rawLog ?? "" };
    } catch (e) {
      failed = { code: -1, log: (e as Error).message };
    }
    expect(failed.code).to.not.equal(0);
    expect(failed.log).to.match(/mature rewards/);
    expect((await rewards(A.address)).mature).to.equal(aTotal5);

    const balBefore = await balance(A.address);
    ok(await ac.signAndBroadcast(A.address, [withdraw(aTotal5)], wfee));
    expect((await balance(A.address)) - balBefore).to.equal(aTotal5 - BigInt(wfee.amount[0].amount));
    expect((await rewards(A.address)).mature).to.equal(0n);
  });
});
