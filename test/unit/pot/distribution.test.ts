// The distribution plan of §4.4 as a pure function: the worked example (GV2) to the wei from values
// alone — no app, no store — and the edge rules the keeper relies on.
import { expect } from "chai";
import { Dec } from "../../../chain/types/dec.ts";
import { checkOzoneSupply, miningStageOf, planDistribution, totalVolume, trafficRewardOf } from "../../../modules/pot/distribution.ts";
import { potErrorCodes } from "../../../modules/pot/errors.ts";
import { defaultPotParams } from "../../../modules/pot/params.ts";
import { testSigner } from "../../helpers/app.ts";

const STOS = 10n ** 18n;
const A = testSigner("plan-a").address;
const B = testSigner("plan-b").address;
const M1 = testSigner("plan-m1").address;
const M2 = testSigner("plan-m2").address;
const accounts = { foundation: "foundation_account", feeCollector: "fee_collector", unissuedPrepay: "total_unissued_prepay", rewardPool: "total_reward_pool", communityPool: "distribution" };
// GV2 state: St = 1e21, Pt = 1e18 (one stos prepaid), Lt = 999,000,999,001,000; two bonded meta nodes.
const reserve = { st: 10n ** 21n, pt: 10n ** 18n, lt: 999_000_999_001_000n };
const gv2 = (over: Partial<Parameters<typeof planDistribution>[0]> = {}) => {
  const volumes = over.volumes ?? [
    { walletAddress: A, volume: 300_000_000n },
    { walletAddress: B, volume: 700_000_000n },
  ];
  return planDistribution({
    params: defaultPotParams,
    volumes,
    y: totalVolume(volumes),
    reserve,
    stage: miningStageOf(defaultPotParams, { denom: "wei", amount: 0n }),
    bondedMetaNodeCount: 2n,
    bondedMetaWallets: [M1, M2],
    accounts,
    ...over,
  });
};
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { code?: number }).code;
  }
  return undefined;
};

describe("pot: distribution plan (pure, §4.4)", () => {
  it("GV2 to the wei: credits, bank moves, totals and the ozone to return", () => {
    const plan = gv2();
    expect(plan.trafficPool.toString()).to.equal("1001999996998002.002999997999000000");
    const byWallet = Object.fromEntries(plan.credits.map((c) => [c.walletAddress, [c.mining, c.traffic]]));
    expect(byWallet[A]).to.deep.equal([14_400_000_000_000_000_000n, 176_752_799_470_447n]);
    expect(byWallet[B]).to.deep.equal([33_600_000_000_000_000_000n, 412_423_198_764_377n]);
    expect(byWallet[M1]).to.deep.equal([8_000_000_000_000_000_000n, 98_195_999_705_804n]);
    expect(byWallet[M2]).to.deep.equal([8_000_000_000_000_000_000n, 98_195_999_705_804n]);
    expect(plan.credits.map((c) => c.walletAddress)).to.deep.equal([A, B, M1, M2].sort());
    expect(plan.moves).to.deep.equal([
      { from: accounts.foundation, to: accounts.feeCollector, denom: "wei", amount: 16n * STOS },
      { from: accounts.unissuedPrepay, to: accounts.feeCollector, denom: "wei", amount: 200_399_999_399_600n },
      { from: accounts.foundation, to: accounts.rewardPool, denom: "wei", amount: 64n * STOS },
      { from: accounts.unissuedPrepay, to: accounts.rewardPool, denom: "wei", amount: 785_567_997_646_432n },
      { from: accounts.unissuedPrepay, to: accounts.communityPool, denom: "wei", amount: 16_031_999_951_968n },
    ]);
    expect(plan.minedThisEpoch).to.equal(80n * STOS);
    expect(plan.totalReward).to.deep.equal({ miningReward: [{ denom: "wei", amount: 80n * STOS }], trafficReward: [{ denom: "wei", amount: 1_001_999_996_998_000n }] });
    expect(plan.ozoneToReturn).to.equal(1_000_000_000n);
    // Lt + Y after the report is GV2's 999,001,999,001,000
    expect(reserve.lt + plan.ozoneToReturn).to.equal(999_001_999_001_000n);
  });

  it("is a function of its inputs: the same inputs give the same plan, and the inputs are not changed", () => {
    const volumes = [{ walletAddress: A, volume: 5n }, { walletAddress: B, volume: 7n }];
    const frozen = JSON.stringify(volumes, (_, v) => (typeof v === "bigint" ? v.toString() : v));
    const a = gv2({ volumes });
    const b = gv2({ volumes });
    expect(a).to.deep.equal(b);
    expect(JSON.stringify(volumes, (_, v) => (typeof v === "bigint" ? v.toString() : v))).to.equal(frozen);
  });

  it("adds up a wallet listed twice, skips invalid addresses, and credits meta wallets that are also report wallets once with both shares", () => {
    const plan = gv2({
      volumes: [
        { walletAddress: A, volume: 300_000_000n },
        { walletAddress: "st1notanaddress", volume: 5n },
        { walletAddress: A, volume: 700_000_000n },
      ],
      bondedMetaWallets: [A, M2],
    });
    expect(plan.credits.map((c) => c.walletAddress)).to.deep.equal([A, M2].sort());
    const a = plan.credits.find((c) => c.walletAddress === A)!;
    const m2 = plan.credits.find((c) => c.walletAddress === M2)!;
    expect(a.mining - m2.mining > 0n).to.equal(true);
    // The dust of the skipped wallet is not distributed: node mining is less than 48 + 16 stos.
    expect(plan.moves.find((m) => m.to === accounts.rewardPool && m.from === accounts.foundation)!.amount < 64n * STOS).to.equal(true);
  });

  it("out of issuance: no mining at all, traffic splits of the last stage", () => {
    const stage = miningStageOf(defaultPotParams, { denom: "wei", amount: 40_000_000n * STOS });
    expect(stage.outOfIssuance).to.equal(true);
    const plan = gv2({ stage });
    expect(plan.minedThisEpoch).to.equal(0n);
    expect(plan.credits.every((c) => c.mining === 0n)).to.equal(true);
    expect(plan.moves.some((m) => m.from === accounts.foundation)).to.equal(false);
    expect(plan.totalReward.miningReward).to.deep.equal([]);
  });

  it("no bonded meta nodes: the meta share stays undistributed", () => {
    const plan = gv2({ bondedMetaNodeCount: 0n, bondedMetaWallets: [M1] });
    expect(plan.credits.map((c) => c.walletAddress)).to.deep.equal([A, B].sort());
  });

  it("refuses a report that consumed nothing, and one that would exceed the total ozone supply", () => {
    expect(codeOf(() => totalVolume([{ walletAddress: A, volume: 0n }]))).to.equal(potErrorCodes.volumeReport);
    const rate = Dec.fromInt(1_000_000n);
    // total = St / rate = 1e15; Lt + Y = 1e15 is allowed, one more noz is not
    expect(() => checkOzoneSupply(1n, 10n ** 15n - 1n, 10n ** 21n, rate)).to.not.throw();
    expect(codeOf(() => checkOzoneSupply(2n, 10n ** 15n - 1n, 10n ** 21n, rate))).to.equal(potErrorCodes.volumeReport);
    expect(trafficRewardOf({ st: 1n, pt: 1n, lt: 0n }, Dec.zero).isZero()).to.equal(true);
  });
});
