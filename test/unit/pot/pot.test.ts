import { expect } from "chai";
import { sha256 } from "../../../chain/crypto/hash.ts";
import { CacheKV, PrefixKV } from "../../../chain/app/kv.ts";
import { blsAggregateSignatures, blsSign } from "../../../chain/crypto/bls.ts";
import { keccak256 } from "../../../chain/crypto/hash.ts";
import { accAddressToBech32, moduleAddress } from "../../../chain/types/address.ts";
import { Dec } from "../../../chain/types/dec.ts";
import { potErrorCodes } from "../../../modules/pot/errors.ts";
import { POT_STORE_PREFIX } from "../../../modules/pot/keeper.ts";
import { volumeReportSignBytes, volumeReportTxData } from "../../../modules/pot/msgs.ts";
import { stratos } from "../../../proto/client.ts";
import { AppHarness, testSigner } from "../../helpers/app.ts";
import { blsKeyOf, genesisMetaNode, genesisResourceNode, GWEI, nodeKey, registerGenesis, registerState, signTx, STOS, type NodeKey } from "../register/helpers.ts";

const pb = stratos.pot.v1;
const pool = (n: string) => accAddressToBech32(moduleAddress(n));
const PREPAY = pool("total_unissued_prepay");
const FOUNDATION = pool("foundation_account");
const REWARD_POOL = pool("total_reward_pool");
const COMMUNITY = pool("distribution");
const FEE_COLLECTOR = pool("fee_collector");
const GAS = 2_000_000n;
const FEE = GAS * GWEI;

const o1 = testSigner("pot-meta-owner-1");
const o2 = testSigner("pot-meta-owner-2");
const o3 = testSigner("pot-meta-owner-3");
const o4 = testSigner("pot-meta-owner-4");
const funder = testSigner("pot-funder");
const A = testSigner("pot-wallet-a");
const B = testSigner("pot-wallet-b");
const M1 = nodeKey("pot-m1");
const M2 = nodeKey("pot-m2");
const M3 = nodeKey("pot-m3");
const M4 = nodeKey("pot-m4");
const R1 = nodeKey("pot-r1");

type Codec = { encode(m: any): { finish(): Uint8Array }; fromPartial(o: any): any };
const msg = (name: string, value: Record<string, unknown>) => ({ typeUrl: `/stratos.pot.v1.${name}`, value: ((pb as any)[name] as Codec).encode(((pb as any)[name] as Codec).fromPartial(value)).finish() });

interface Setup {
  metas?: number; // bonded meta nodes (500 stos each when 2, so St = 1e21)
  pot?: Record<string, unknown>;
  register?: Record<string, unknown>;
}

/**
 * GV1 → GV2 state: `metas` Bonded meta nodes holding 1000 stos in total (St = 1e21, fresh start so
 * Lt = 1e15), then block 1 prepays 1 stos (Lt = 999,000,999,001,000, Pt = 1e18) and funds the
 * foundation account with 1000 stos (unless `fund` is false).
 */
function start(s: Setup = {}, fund = true): AppHarness {
  const metas = s.metas ?? 2;
  const owners = [o1, o2, o3];
  const nodes = [M1, M2, M3];
  const each = (1000n * STOS) / BigInt(metas);
  const g = registerGenesis(
    [
      ...owners.map((o) => ({ address: o.address, wei: each + 100n * STOS })),
      { address: o4.address, wei: 200n * STOS },
      { address: funder.address, wei: 100_000n * STOS },
      { address: A.address, wei: 10n * STOS },
      { address: B.address, wei: 10n * STOS },
    ],
    {
      meta_nodes: [
        ...nodes.slice(0, metas).map((n, i) => genesisMetaNode(n, owners[i].address, each)),
        genesisMetaNode(M4, o4.address, 100n * STOS, { status: "BOND_STATUS_UNBONDED", suspend: true }),
      ],
      resource_nodes: [genesisResourceNode(R1, A.address, STOS, 0n, { suspend: true })],
      ...s.register,
    },
  );
  if (s.pot) g.pot = s.pot;
  const h = new AppHarness();
  h.initChain(g);
  h.block();
  const txs = [
    signTx(h, [funder], [{ typeUrl: "/stratos.sds.v1.MsgPrepay", value: stratos.sds.v1.MsgPrepay.encode({ sender: funder.address, beneficiary: funder.address, amount: [{ denom: "wei", amount: STOS.toString() }] }).finish() }], GAS),
  ];
  const res = h.block(txs);
  expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
  if (fund) {
    const r2 = h.block([signTx(h, [funder], [msg("MsgFoundationDeposit", { amount: [{ denom: "wei", amount: (1000n * STOS).toString() }], from: funder.address })], GAS)]);
    expect(r2.txResults[0].code, r2.txResults[0].log).to.equal(0);
  }
  return h;
}

interface ReportOpts {
  reporter?: NodeKey;
  owner?: typeof o1;
  signers?: NodeKey[];
  pubKeys?: NodeKey[];
  txData?: Uint8Array;
  signOver?: Uint8Array;
}

function report(h: AppHarness, epoch: bigint, volumes: [string, bigint][], o: ReportOpts = {}) {
  const owner = o.owner ?? o1;
  const body = {
    walletVolumes: volumes.map(([walletAddress, v]) => ({ walletAddress, volume: v.toString() })),
    reporter: (o.reporter ?? M1).address,
    epoch: epoch.toString(),
    reportReference: `ref-${epoch}`,
    reporterOwner: owner.address,
  };
  const txData = o.txData ?? volumeReportTxData(body);
  const signers = o.signers ?? [M1, M2];
  const signature = blsAggregateSignatures(signers.map((n) => blsSign(blsKeyOf(n).sk, o.signOver ?? txData)));
  const value = { ...body, BLSSignature: { pubKeys: (o.pubKeys ?? signers).map((n) => blsKeyOf(n).pubKey), signature, txData } };
  return signTx(h, [owner], [msg("MsgVolumeReport", value)], GAS);
}

function ok(res: { code: number; log: string }) {
  expect(res.code, res.log).to.equal(0);
}

const keeper = (h: AppHarness) => h.app.wiring.keepers.pot;
const k = (h: AppHarness) => keeper(h).state;
const reg = (h: AppHarness) => h.app.wiring.keepers.register;
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const wei = (amount: bigint) => (amount === 0n ? [] : [{ denom: "wei", amount }]);

function query<T>(h: AppHarness, method: string, reqCodec: Codec, req: Record<string, unknown>, resCodec: { decode(b: Uint8Array): T }) {
  return h.query(`/stratos.pot.v1.Query/${method}`, reqCodec.encode(reqCodec.fromPartial(req)).finish(), (b) => resCodec.decode(b));
}

function potState(h: AppHarness): [string, string][] {
  const ctx = h.readCtx();
  return [...new PrefixKV(ctx.store, POT_STORE_PREFIX).iterate(new Uint8Array())].map(([kk, v]) => [Buffer.from(kk).toString("hex"), Buffer.from(v).toString("hex")]);
}

/** Reference computation of §4.4 for one report, independent of the keeper (Dec as LegacyDec). */
function expected(st: bigint, pt: bigint, lt: bigint, vols: bigint[], bp: [bigint, bigint, bigint], mining: bigint, metas: bigint, tax = Dec.fromString("0.02")) {
  const y = vols.reduce((a, b) => a + b, 0n);
  const r = Dec.fromInt(st + pt).mul(Dec.fromInt(y)).quo(Dec.fromInt(lt + y));
  const split = (x: Dec, p: bigint) => x.mul(Dec.fromInt(p)).quo(Dec.fromInt(10000n)).truncateInt();
  const [c, rn, m] = bp;
  const tRN = split(r, rn);
  const tMeta = split(r, m);
  const mRN = split(Dec.fromInt(mining), rn);
  const mMeta = split(Dec.fromInt(mining), m);
  let taxSum = Dec.zero;
  const wallets = vols.map((v) => {
    const share = Dec.fromInt(v).quo(Dec.fromInt(y));
    const before = Dec.fromInt(tRN).mul(share);
    const t = before.mul(tax);
    taxSum = taxSum.add(t);
    return { mining: Dec.fromInt(mRN).mul(share).truncateInt(), traffic: before.sub(t).truncateInt() };
  });
  const mb = Dec.fromInt(tMeta).quo(Dec.fromInt(metas));
  const metaTax = mb.mul(tax);
  for (let i = 0n; i < metas; i++) taxSum = taxSum.add(metaTax);
  return {
    r,
    wallets,
    meta: { mining: Dec.fromInt(mMeta).quo(Dec.fromInt(metas)).truncateInt(), traffic: mb.sub(metaTax).truncateInt() },
    validators: { mining: split(Dec.fromInt(mining), c), traffic: split(r, c) },
    community: taxSum.truncateInt(),
  };
}

describe("pot: sign bytes", () => {
  it("clears BLS_signature to an empty struct (field 6 present, zero length) before Keccak-256", () => {
    const body = { walletVolumes: [{ walletAddress: A.address, volume: "1" }], reporter: M1.address, epoch: "1", reportReference: "r", reporterOwner: o1.address };
    const bytes = volumeReportSignBytes({ ...body, BLSSignature: { pubKeys: [new Uint8Array(48)], signature: new Uint8Array(96), txData: new Uint8Array(32) } });
    expect([...bytes.subarray(bytes.length - 2)]).to.deep.equal([0x32, 0x00]);
    const without = pb.MsgVolumeReport.encode(pb.MsgVolumeReport.fromPartial(body)).finish();
    expect(Buffer.from(bytes).equals(Buffer.concat([without, Buffer.from([0x32, 0])]))).to.equal(true);
    expect(Buffer.from(volumeReportTxData(body)).equals(Buffer.from(keccak256(bytes)))).to.equal(true);
  });
});

describe("pot: volume report distribution (§4.11, GV2, GV3)", function () {
  this.timeout(120_000);
  let h: AppHarness;
  afterEach(() => h?.close());

  it("distributes the worked example to the wei", () => {
    h = start();
    const ctx = () => h.readCtx();
    expect(reg(h).getEffectiveTotalDeposit(ctx())).to.equal(10n ** 21n);
    expect(reg(h).totalUnissuedPrepay(ctx())).to.equal(10n ** 18n);
    expect(reg(h).getRemainingOzoneLimit(ctx())).to.equal(999_000_999_001_000n);
    // GV2: the traffic pool R of Y = 1e9 on this state
    expect(keeper(h).trafficReward(ctx(), Dec.fromInt(10n ** 9n)).toString()).to.equal("1001999996998002.002999997999000000");
    const before = { fee: h.balance(FEE_COLLECTOR), community: h.balance(COMMUNITY), pool: h.balance(REWARD_POOL), found: h.balance(FOUNDATION), prepay: h.balance(PREPAY) };
    const reportTx = report(h, 5n, [[A.address, 300_000_000n], [B.address, 700_000_000n]]);
    const res = h.block([reportTx]);
    ok(res.txResults[0]);
    const ev = res.txResults[0].events.find((e) => e.type === "stratos.pot.v1.EventVolumeReport");
    expect(ev?.attributes.map((a) => [a.key, a.value])).to.deep.equal([["report_reference", '"ref-5"'], ["epoch", '"5"']]);

    const rw = (w: string) => k(h).getIndividualReward(ctx(), 5n + 2016n, w)!;
    const expectReward = (w: string, mining: bigint, traffic: bigint) => {
      expect(rw(w)).to.deep.equal({ walletAddress: w, rewardFromMiningPool: wei(mining), rewardFromTrafficPool: wei(traffic) });
      expect(k(h).getImmatureTotal(ctx(), w)).to.deep.equal(wei(mining + traffic));
      expect(k(h).getMatureTotal(ctx(), w)).to.deep.equal([]);
    };
    expectReward(A.address, 14_400_000_000_000_000_000n, 176_752_799_470_447n);
    expectReward(B.address, 33_600_000_000_000_000_000n, 412_423_198_764_377n);
    expectReward(o1.address, 8_000_000_000_000_000_000n, 98_195_999_705_804n);
    expectReward(o2.address, 8_000_000_000_000_000_000n, 98_195_999_705_804n);
    // distribution moved what fee_collector held (the previous block's fees) out at this block's begin —
    // to the community pool, as this chain has no validators — so fee_collector holds exactly what this block paid in
    expect(h.balance(FEE_COLLECTOR)).to.equal(16_000_000_000_000_000_000n + 200_399_999_399_600n + FEE);
    expect(h.balance(COMMUNITY) - before.community).to.equal(16_031_999_951_968n + before.fee);
    expect(h.balance(REWARD_POOL) - before.pool).to.equal(64n * STOS + 785_567_997_646_432n);
    expect(before.found - h.balance(FOUNDATION)).to.equal(80n * STOS);
    expect(before.prepay - h.balance(PREPAY)).to.equal(200_399_999_399_600n + 785_567_997_646_432n + 16_031_999_951_968n);
    expect(keeper(h).getTotalMinedTokens(ctx())).to.deep.equal({ denom: "wei", amount: 80n * STOS });
    expect(k(h).getTotalReward(ctx(), 5n)).to.deep.equal({ miningReward: wei(80n * STOS), trafficReward: wei(1_001_999_996_998_000n) });
    expect(k(h).getLastDistributedEpoch(ctx())).to.equal(5n);
    expect(reg(h).getRemainingOzoneLimit(ctx())).to.equal(999_001_999_001_000n);
    const reportTxHash = Buffer.from(sha256(reportTx)).toString("hex").toUpperCase();
    expect(k(h).getVolumeReport(ctx(), 5n)).to.deep.equal({ reporter: M1.address, reportReference: "ref-5", txHash: reportTxHash });

    // queries
    const q = query(h, "RewardsByWallet", pb.QueryRewardsByWalletRequest, { walletAddress: A.address }, pb.QueryRewardsByWalletResponse);
    expect(plain(q.value!.rewards!.immatureTotalReward)).to.deep.equal([{ denom: "wei", amount: (14_400_000_000_000_000_000n + 176_752_799_470_447n).toString() }]);
    const tr = query(h, "TotalRewardByEpoch", pb.QueryTotalRewardByEpochRequest, { epoch: 5 }, pb.QueryTotalRewardByEpochResponse);
    expect(plain(tr.value!.totalReward!.trafficReward)).to.deep.equal([{ denom: "wei", amount: "1001999996998000" }]);
    const vr = query(h, "VolumeReport", pb.QueryVolumeReportRequest, { epoch: 0 }, pb.QueryVolumeReportResponse);
    expect(vr.value!.reportInfo).to.include({ reference: "ref-5", reporter: M1.address });
    expect(query(h, "VolumeReport", pb.QueryVolumeReportRequest, { epoch: -1 }, pb.QueryVolumeReportResponse).code).to.not.equal(0);
    // An epoch with nothing recorded: an empty record, as stratos-chain answers (not NotFound).
    const emptyVr = query(h, "VolumeReport", pb.QueryVolumeReportRequest, { epoch: 6 }, pb.QueryVolumeReportResponse);
    expect(emptyVr.code, emptyVr.log).to.equal(0);
    expect(plain(pb.QueryVolumeReportResponse.toJSON(emptyVr.value!))).to.deep.equal({ reportInfo: { epoch: "6" } });
    const emptyTr = query(h, "TotalRewardByEpoch", pb.QueryTotalRewardByEpochRequest, { epoch: 6 }, pb.QueryTotalRewardByEpochResponse);
    expect(emptyTr.code, emptyTr.log).to.equal(0);
    expect(plain(emptyTr.value)).to.deep.equal({ totalReward: { miningReward: [], trafficReward: [] }, isLegacy: true });
    expect(query(h, "TotalRewardByEpoch", pb.QueryTotalRewardByEpochRequest, { epoch: 0 }, pb.QueryTotalRewardByEpochResponse).code).to.not.equal(0);
    const byEpoch = query(h, "RewardsByEpoch", pb.QueryRewardsByEpochRequest, { epoch: 5 }, pb.QueryRewardsByEpochResponse);
    expect(byEpoch.value!.rewards.length).to.equal(4);
    const wae = query(h, "RewardsByWalletAndEpoch", pb.QueryRewardsByWalletAndEpochRequest, { walletAddress: B.address, epoch: 5 }, pb.QueryRewardsByWalletAndEpochResponse);
    expect(wae.value!.rewards.map((r) => r.walletAddress)).to.deep.equal([B.address]);
    const mined = query(h, "TotalMinedToken", pb.QueryTotalMinedTokenRequest, {}, pb.QueryTotalMinedTokenResponse);
    expect(plain(mined.value!.totalMinedToken)).to.deep.equal({ denom: "wei", amount: (80n * STOS).toString() });
    const metrics = query(h, "Metrics", pb.QueryMetricsRequest, {}, pb.QueryMetricsResponse).value!.metrics!;
    expect(metrics.metaNodeDeposit).to.equal((1000n * STOS).toString()); // change #9: the bonded pool
    expect(metrics.totalMiningSupply).to.equal((40_000_000n * STOS).toString());
    expect(metrics.totalMiningReward).to.equal((80n * STOS).toString());
    expect(metrics.unissuedPrepay).to.equal(h.balance(PREPAY).toString());
    const supply = h.app.wiring.keepers.bank.getSupply(ctx(), "wei");
    const circ = query(h, "CirculationSupply", pb.QueryCirculationSupplyRequest, {}, pb.QueryCirculationSupplyResponse).value!;
    expect(plain(circ.circulationSupply)).to.deep.equal(supply - (40_000_000n - 80n) * STOS > 0n ? [{ denom: "wei", amount: (supply - (40_000_000n - 80n) * STOS).toString() }] : []);
    expect(query(h, "Params", pb.QueryParamsRequest, {}, pb.QueryParamsResponse).value!.params!.communityTax).to.equal("20000000000000000");

    // genesis export → import reproduces the pot state
    const exported = h.app.exportAppState().appState;
    const h2 = new AppHarness();
    try {
      h2.initChain(exported);
      h2.block();
      expect(potState(h2).filter(([kk]) => kk !== "07")).to.deep.equal(potState(h).filter(([kk]) => kk !== "07"));
    } finally {
      h2.close();
    }
  });

  it("GV5: a report at exactly the start of stage 2 mines 40 stos split 2000/6200/1800", () => {
    h = start({ pot: { total_mined_token: { denom: "wei", amount: (16_819_200n * STOS).toString() } } });
    const ctx = () => h.readCtx();
    const e = expected(10n ** 21n, 10n ** 18n, 999_000_999_001_000n, [300_000_000n, 700_000_000n], [2000n, 6200n, 1800n], 40n * STOS, 2n);
    const fee0 = h.balance(FEE_COLLECTOR);
    ok(h.block([report(h, 1n, [[A.address, 300_000_000n], [B.address, 700_000_000n]])]).txResults[0]);
    expect(e.validators.mining).to.equal(8n * STOS);
    expect(e.wallets[0].mining).to.equal(7_440_000_000_000_000_000n); // 24.8 stos × 0.3
    expect(e.meta.mining).to.equal(3_600_000_000_000_000_000n);
    expect(h.balance(FEE_COLLECTOR), "what this block paid in (distribution drained the rest)").to.equal(e.validators.mining + e.validators.traffic + FEE);
    expect(fee0 > 0n).to.equal(true);
    expect(k(h).getImmatureTotal(ctx(), A.address)).to.deep.equal(wei(e.wallets[0].mining + e.wallets[0].traffic));
    expect(k(h).getImmatureTotal(ctx(), B.address)).to.deep.equal(wei(e.wallets[1].mining + e.wallets[1].traffic));
    expect(k(h).getImmatureTotal(ctx(), o1.address)).to.deep.equal(wei(e.meta.mining + e.meta.traffic));
    const minedNow = e.validators.mining + e.wallets[0].mining + e.wallets[1].mining + 2n * e.meta.mining;
    expect(keeper(h).getTotalMinedTokens(ctx()).amount).to.equal(16_819_200n * STOS + minedNow);
  });

  it("GV5: after the last stage there is no mining reward and traffic uses stage 6 (2000/7000/1000)", () => {
    h = start({ pot: { total_mined_token: { denom: "wei", amount: (40_000_000n * STOS).toString() } } });
    const ctx = () => h.readCtx();
    const e = expected(10n ** 21n, 10n ** 18n, 999_000_999_001_000n, [300_000_000n, 700_000_000n], [2000n, 7000n, 1000n], 0n, 2n);
    const fee0 = h.balance(FEE_COLLECTOR);
    const found0 = h.balance(FOUNDATION);
    const com0 = h.balance(COMMUNITY);
    ok(h.block([report(h, 1n, [[A.address, 300_000_000n], [B.address, 700_000_000n]])]).txResults[0]);
    expect(h.balance(FOUNDATION)).to.equal(found0);
    expect(h.balance(FEE_COLLECTOR), "what this block paid in (distribution drained the rest)").to.equal(e.validators.traffic + FEE);
    expect(h.balance(COMMUNITY) - com0).to.equal(e.community + fee0);
    expect(k(h).getIndividualReward(ctx(), 2017n, A.address)).to.deep.equal({ walletAddress: A.address, rewardFromMiningPool: [], rewardFromTrafficPool: wei(e.wallets[0].traffic) });
    expect(k(h).getImmatureTotal(ctx(), o2.address)).to.deep.equal(wei(e.meta.traffic));
    expect(keeper(h).getTotalMinedTokens(ctx()).amount).to.equal(40_000_000n * STOS);
    expect(k(h).getTotalReward(ctx(), 1n)!.miningReward).to.deep.equal([]);
  });
});

describe("pot: maturity, withdraw and slashing", function () {
  this.timeout(120_000);
  let h: AppHarness;
  afterEach(() => h?.close());

  it("matures rewards only when their mature epoch is distributed, minus slashing debt; withdraw pays exactly the mature total", () => {
    h = start({ pot: { params: { mature_epoch: "3" } }, register: { slashing: [{ wallet_address: B.address, value: "1000" }] } });
    const ctx = () => h.readCtx();
    const vols: [string, bigint][] = [[A.address, 300_000_000n], [B.address, 700_000_000n]];
    ok(h.block([report(h, 1n, vols)]).txResults[0]);
    const a1 = k(h).getImmatureTotal(ctx(), A.address)[0].amount;
    const b1 = k(h).getImmatureTotal(ctx(), B.address)[0].amount;
    ok(h.block([report(h, 2n, vols)]).txResults[0]);
    expect(k(h).getMatureTotal(ctx(), A.address)).to.deep.equal([]);
    ok(h.block([report(h, 3n, vols)]).txResults[0]);
    // matured_epoch starts at mature_epoch = 3: key 4 (epoch 1) not yet distributed
    expect(k(h).getMatureTotal(ctx(), A.address)).to.deep.equal([]);
    const aImm = k(h).getImmatureTotal(ctx(), A.address)[0].amount;
    const com0 = h.balance(COMMUNITY);
    const pool0 = h.balance(REWARD_POOL);
    const res = h.block([report(h, 4n, vols)]);
    ok(res.txResults[0]);
    const a4 = k(h).getIndividualReward(ctx(), 7n, A.address)!;
    const a4sum = a4.rewardFromMiningPool[0].amount + a4.rewardFromTrafficPool[0].amount;
    expect(k(h).getMatureTotal(ctx(), A.address)).to.deep.equal(wei(a1));
    expect(k(h).getImmatureTotal(ctx(), A.address)).to.deep.equal(wei(aImm - a1 + a4sum));
    expect(k(h).getMatureTotal(ctx(), B.address)).to.deep.equal(wei(b1 - 1000n));
    expect(reg(h).getSlashing(ctx(), B.address)).to.equal(0n);
    expect(k(h).getIndividualReward(ctx(), 4n, A.address)).to.equal(undefined);
    expect(k(h).getIndividualReward(ctx(), 5n, A.address)).to.not.equal(undefined);
    expect(k(h).getMaturedEpoch(ctx())).to.equal(4n);
    const tax = k(h).getTotalReward(ctx(), 4n)!; // community got the epoch-4 tax plus the 1000 wei debt
    expect(tax).to.not.equal(undefined);
    const distributedToPool = h.balance(REWARD_POOL) - pool0;
    expect(h.balance(COMMUNITY) - com0 > 1000n).to.equal(true);
    expect(distributedToPool).to.equal(a4sum + k(h).getIndividualReward(ctx(), 7n, B.address)!.rewardFromMiningPool[0].amount + k(h).getIndividualReward(ctx(), 7n, B.address)!.rewardFromTrafficPool[0].amount + 2n * (k(h).getIndividualReward(ctx(), 7n, o1.address)!.rewardFromMiningPool[0].amount + k(h).getIndividualReward(ctx(), 7n, o1.address)!.rewardFromTrafficPool[0].amount) - 1000n);

    // withdraw: one wei more than mature fails, exactly mature succeeds
    const w = (amount: bigint, target = funder.address) => signTx(h, [A], [msg("MsgWithdraw", { amount: [{ denom: "wei", amount: amount.toString() }], walletAddress: A.address, targetAddress: target })], GAS);
    const bad = h.block([w(a1 + 1n)]).txResults[0];
    expect(bad.codespace).to.equal("pot");
    expect(bad.code).to.equal(potErrorCodes.insufficientMatureTotal);
    const t0 = h.balance(funder.address);
    const p0 = h.balance(REWARD_POOL);
    const good = h.block([w(a1)]).txResults[0];
    ok(good);
    expect(h.balance(funder.address) - t0).to.equal(a1);
    expect(p0 - h.balance(REWARD_POOL)).to.equal(a1);
    expect(k(h).getMatureTotal(ctx(), A.address)).to.deep.equal([]);
    expect(good.events.some((e) => e.type === "stratos.pot.v1.EventWithdraw")).to.equal(true);
    const again = h.block([w(1n)]).txResults[0];
    expect(again.code).to.equal(potErrorCodes.insufficientMatureTotal);
  });

  it("processes at most a bounded number of records per EndBlock and finishes later", () => {
    h = start({ pot: { params: { mature_epoch: "3" } } });
    const vols: [string, bigint][] = [[A.address, 300_000_000n], [B.address, 700_000_000n]];
    ok(h.block([report(h, 1n, vols)]).txResults[0]);
    ok(h.block([report(h, 2n, vols)]).txResults[0]);
    // last distributed 5 → keys 4 and 5 (8 records) are due; 3 per call
    const ctx = h.readCtx();
    const cache = new CacheKV(ctx.store);
    const c = { ...ctx, store: cache };
    k(h).setLastDistributedEpoch(c, 5n);
    expect(keeper(h).rewardMatureAndSubSlashing(c, 3)).to.equal(3);
    expect(k(h).getMaturedEpoch(c)).to.equal(0n); // still reads as mature_epoch: key 4 is unfinished;
    expect(keeper(h).rewardMatureAndSubSlashing(c, 3)).to.equal(3);
    expect(k(h).getMaturedEpoch(c)).to.equal(4n);
    expect(keeper(h).rewardMatureAndSubSlashing(c, 3)).to.equal(2);
    expect(k(h).getMaturedEpoch(c)).to.equal(5n);
    expect(keeper(h).rewardMatureAndSubSlashing(c, 3)).to.equal(0);
    expect([...k(h).allIndividualRewards(c)]).to.deep.equal([]);
    expect(k(h).getImmatureTotal(c, A.address)).to.deep.equal([]);
  });

  it("MsgSlashingResourceNode records the GV2 debt and suspends the node, on a quorum of Bonded meta reporters only", () => {
    h = start();
    const ctx = () => h.readCtx();
    // with two Bonded meta nodes floor(2·2/3)+1 = 2 must report (ours; Stratos takes one): one alone, or
    // one with the Unbonded M4, is refused and records nothing
    for (const [nodes, owners] of [[[M1], [o1]], [[M1, M4], [o1, o4]]] as const) {
      const few = h.block([
        signTx(h, [...owners], [msg("MsgSlashingResourceNode", { reporters: nodes.map((n) => n.address), reporterOwner: owners.map((o) => o.address), networkAddress: R1.address, walletAddress: A.address, slashing: "1000000000", suspend: true })], GAS),
      ]).txResults[0];
      expect(few.code, few.log).to.equal(potErrorCodes.slashingResourceNodeFailure);
      expect(few.log).to.contain("1 distinct Bonded meta nodes report this slashing; 2 of 2 needed");
      expect(reg(h).getSlashing(ctx(), A.address)).to.equal(0n);
    }
    const res = h.block([
      signTx(
        h,
        [o1, o2],
        [msg("MsgSlashingResourceNode", { reporters: [M1.address, M2.address], reporterOwner: [o1.address, o2.address], networkAddress: R1.address, walletAddress: A.address, slashing: "1000000000", suspend: true })],
        GAS,
      ),
    ]);
    ok(res.txResults[0]);
    expect(reg(h).getSlashing(ctx(), A.address)).to.equal(1_001_999_996_998_002n);
    const q = query(h, "SlashingByOwner", pb.QuerySlashingByOwnerRequest, { walletAddress: A.address }, pb.QuerySlashingByOwnerResponse);
    expect(q.value!.slashing).to.equal("1001999996998002");
    expect(reg(h).getResourceNode(ctx(), R1.address)!.suspend).to.equal(true);
    // a reporter not owned by the signer fails
    const bad = h.block([
      signTx(h, [o1], [msg("MsgSlashingResourceNode", { reporters: [M2.address], reporterOwner: [o1.address], networkAddress: R1.address, walletAddress: A.address, slashing: "1", suspend: false })], GAS),
    ]).txResults[0];
    expect(bad.code).to.equal(potErrorCodes.reporterAddressOrOwner);
  });
});

describe("pot: bad volume reports fail and change nothing", function () {
  this.timeout(180_000);
  let h: AppHarness;
  afterEach(() => h?.close());

  const vols: [string, bigint][] = [[A.address, 300_000_000n], [B.address, 700_000_000n]];
  const snapshot = () => ({
    pot: potState(h),
    register: registerState(h),
    balances: [PREPAY, FOUNDATION, REWARD_POOL, A.address, B.address].map((a) => h.balance(a)),
    // fees flow fee_collector → distribution (community pool here: no validators) every block
    feesAndCommunity: h.balance(FEE_COLLECTOR) + h.balance(COMMUNITY),
  });
  /** After a failed report: everything as before, except the tx's fee, which was paid. */
  const expectUnchanged = (before: ReturnType<typeof snapshot>) => expect(snapshot()).to.deep.equal({ ...before, feesAndCommunity: before.feesAndCommunity + FEE });
  function expectFail(tx: Uint8Array, code: number, logPart?: string) {
    const before = snapshot();
    const res = h.block([tx]).txResults[0];
    expect(res.code, res.log).to.equal(code);
    if (logPart) expect(res.log).to.contain(logPart);
    expectUnchanged(before);
  }

  it("refuses each bad report (3 Bonded meta nodes: quorum 3)", () => {
    h = start({ metas: 3 });
    const all = [M1, M2, M3];
    expectFail(report(h, 1n, vols, { signers: [M1, M2] }), potErrorCodes.blsNotReachThreshold);
    expectFail(report(h, 1n, vols, { signers: [...all, M4] }), potErrorCodes.blsPubkeysInvalid, "not the BLS key of a Bonded meta node");
    expectFail(report(h, 1n, vols, { signers: [M1, M2, M1] }), potErrorCodes.blsPubkeysInvalid, "listed twice");
    expectFail(report(h, 1n, vols, { signers: [M1, M2], pubKeys: all }), potErrorCodes.blsVerifyFailed);
    expectFail(report(h, 1n, vols, { signers: all, signOver: new Uint8Array(32) }), potErrorCodes.blsVerifyFailed);
    const wrong = keccak256(new TextEncoder().encode("other"));
    expectFail(report(h, 1n, vols, { signers: all, txData: wrong }), potErrorCodes.blsTxDataInvalid);
    expectFail(report(h, 1n, [[A.address, 10n ** 16n]], { signers: all }), potErrorCodes.volumeReport, "exceeds the total ozone supply");
    expectFail(report(h, 1n, vols, { signers: all, reporter: M2, owner: o1 }), potErrorCodes.reporterAddressOrOwner);
    ok(h.block([report(h, 5n, vols, { signers: all })]).txResults[0]);
    expectFail(report(h, 5n, vols, { signers: all }), potErrorCodes.matureEpoch);
    expectFail(report(h, 4n, vols, { signers: all }), potErrorCodes.matureEpoch);
  });

  it("refuses a report the foundation account cannot pay", () => {
    h = start({}, false);
    const before = snapshot();
    const res = h.block([report(h, 1n, vols)]).txResults[0];
    expect(res.code).to.not.equal(0);
    expect(res.log).to.contain("insufficient");
    expectUnchanged(before);
  });

  it("a Bonded meta node without a BLS key (created as stchaind does) cannot co-sign until MsgUpdateMetaNode registers key + PoP", () => {
    const each = 1000n * STOS / 3n;
    const noKey = { ...genesisMetaNode(M3, o3.address, each), bls_pub_key: "" };
    h = start({ metas: 3, register: { meta_nodes: [genesisMetaNode(M1, o1.address, each), genesisMetaNode(M2, o2.address, each), noKey] } });
    // M = 3 (it is Bonded and counts), quorum 3, but M3's own key is not registered on chain
    expectFail(report(h, 1n, vols, { signers: [M1, M2, M3] }), potErrorCodes.blsPubkeysInvalid, "not the BLS key of a Bonded meta node");
    expectFail(report(h, 1n, vols, { signers: [M1, M2] }), potErrorCodes.blsNotReachThreshold, "3 of 3 needed");
    const pbr = stratos.register.v1;
    const update = pbr.MsgUpdateMetaNode.fromPartial({
      networkAddress: M3.address,
      ownerAddress: o3.address,
      description: { moniker: "m3", identity: "", website: "", securityContact: "", details: "" },
      blsPubKey: blsKeyOf(M3).pubKey,
      blsPop: blsKeyOf(M3).pop,
    });
    ok(h.block([signTx(h, [o3], [{ typeUrl: "/stratos.register.v1.MsgUpdateMetaNode", value: pbr.MsgUpdateMetaNode.encode(update).finish() }], GAS)]).txResults[0]);
    ok(h.block([report(h, 1n, vols, { signers: [M1, M2, M3] })]).txResults[0]);
  });

  it("a signer who is registered but not Bonded does not count toward M", () => {
    h = start({ metas: 2 });
    // M4 is Unbonded with a BLS key: M = 2, quorum 2; M1 + M4 is not enough and M4 is refused
    expectFail(report(h, 1n, vols, { signers: [M1, M4] }), potErrorCodes.blsPubkeysInvalid);
    ok(h.block([report(h, 1n, vols)]).txResults[0]);
  });
});

describe("pot: what it owes the community pool is counted in distribution's pool", function () {
  this.timeout(60_000);
  let h: AppHarness;
  afterEach(() => h?.close());
  const vols: [string, bigint][] = [[A.address, 300_000_000n], [B.address, 700_000_000n]];
  const distr = (h: AppHarness) => h.app.wiring.keepers.distribution;
  const writable = (h: AppHarness) => {
    const ctx = h.readCtx();
    return { ...ctx, store: new CacheKV(ctx.store) };
  };

  it("a report's community share: distribution's account holds exactly its pool (no validators, so no outstanding rewards)", () => {
    h = start();
    const before = distr(h).communityPoolAmount(h.readCtx(), "wei");
    const res = h.block([report(h, 1n, vols)]);
    ok(res.txResults[0]);
    const c = h.readCtx();
    const inPool = distr(h).communityPoolAmount(c, "wei");
    expect(inPool > before).to.equal(true);
    expect(h.balance(pool("distribution"), "wei")).to.equal(inPool);
    // the pool's record has no fraction: every wei came in whole
    expect(distr(h).getCommunityPool(c).every((x) => x.amount.sub(Dec.fromInt(x.amount.truncateInt())).isZero())).to.equal(true);
  });

  it("supply restoration burns from the pool's record, never from other funds in distribution's account", () => {
    h = start();
    const c = writable(h);
    const bank = h.app.wiring.keepers.bank;
    const inPool = distr(h).communityPoolAmount(c, "wei");
    // Funds in the account that are not the pool's (as delegators' outstanding rewards are).
    bank.sendCoinsFromAccountToModule(c, funder.address, "distribution", [{ denom: "wei", amount: 5n * STOS }]);
    const supply = bank.getSupply(c, "wei");
    const params = keeper(h).getParams(c);
    keeper(h).setParams(c, { ...params, initialTotalSupply: { denom: "wei", amount: supply - inPool - 1n } });
    expect(() => keeper(h).restoreTotalSupply(c)).to.throw(/community pool holds only/);
    keeper(h).setParams(c, { ...params, initialTotalSupply: { denom: "wei", amount: supply - inPool } });
    keeper(h).restoreTotalSupply(c);
    expect(distr(h).communityPoolAmount(c, "wei")).to.equal(0n);
    expect(bank.getBalance(c, pool("distribution"), "wei")).to.equal(5n * STOS);
    expect(bank.getSupply(c, "wei")).to.equal(supply - inPool);
    // a shortfall is minted into the pool
    keeper(h).setParams(c, { ...params, initialTotalSupply: { denom: "wei", amount: supply - inPool + 7n } });
    keeper(h).restoreTotalSupply(c);
    expect(distr(h).communityPoolAmount(c, "wei")).to.equal(7n);
    expect(bank.getBalance(c, pool("distribution"), "wei")).to.equal(5n * STOS + 7n);
  });
});
