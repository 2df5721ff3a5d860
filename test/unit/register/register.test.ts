import { expect } from "chai";
import { moduleAddress, accAddressToBech32 } from "../../../chain/types/address.ts";
import { registerErrorCodes } from "../../../modules/register/errors.ts";
import { unbondingMatureTime, voteThreshold } from "../../../modules/register/keeper.ts";
import { defaultRegisterParams } from "../../../modules/register/params.ts";
import { BondStatus, timeFromJson, timeToJson } from "../../../modules/register/types.ts";
import { stratos } from "../../../proto/client.ts";
import { AppHarness, testSigner } from "../../helpers/app.ts";
import { blsKeyOf, description, genesisMetaNode, genesisResourceNode, msg, nodeKey, query, registerGenesis, registerState, signTx, STOS } from "./helpers.ts";

const pb = stratos.register.v1;
const poolAddr = (name: string) => accAddressToBech32(moduleAddress(name));
const RN_BONDED = poolAddr("resource_node_bonded_pool");
const RN_NOT_BONDED = poolAddr("resource_node_not_bonded_pool");
const META_BONDED = poolAddr("meta_node_bonded_pool");
const META_NOT_BONDED = poolAddr("meta_node_not_bonded_pool");
const COMMUNITY = poolAddr("distribution");
const FEE_COLLECTOR = poolAddr("fee_collector");

const o1 = testSigner("meta-owner-1");
const o2 = testSigner("meta-owner-2");
const o3 = testSigner("meta-owner-3");
const o4 = testSigner("meta-owner-4");
const o5 = testSigner("meta-owner-5");
const alice = testSigner("alice");
const bob = testSigner("bob");
const M1 = nodeKey("m1");
const M2 = nodeKey("m2");
const M3 = nodeKey("m3");
const M4 = nodeKey("m4");
const M5 = nodeKey("m5");
const R1 = nodeKey("r1");
const R2 = nodeKey("r2");

const funded = [
  { address: o1.address, wei: 410n * STOS },
  { address: o2.address, wei: 310n * STOS },
  { address: o3.address, wei: 310n * STOS },
  { address: o4.address, wei: 510n * STOS },
  { address: o5.address, wei: 20n * STOS },
  { address: alice.address, wei: 20n * STOS },
  { address: bob.address, wei: 20n * STOS },
];

/** Three Bonded meta nodes with 400 + 300 + 300 stos: St0 = 1e21, L0 = 1e15 (fresh start). */
function threeMetaGenesis(extra: Record<string, unknown> = {}) {
  return registerGenesis(funded, {
    meta_nodes: [genesisMetaNode(M1, o1.address, 400n * STOS), genesisMetaNode(M2, o2.address, 300n * STOS), genesisMetaNode(M3, o3.address, 300n * STOS)],
    ...extra,
  });
}

const createMeta = (k: typeof M4, owner: typeof o4, wei: bigint, bls: { blsPubKey?: Uint8Array; blsPop?: Uint8Array } = {}) =>
  msg("MsgCreateMetaNode", {
    networkAddress: k.address,
    pubkey: k.pubkey,
    value: { denom: "wei", amount: wei.toString() },
    ownerAddress: owner.address,
    description: description("m"),
    blsPubKey: bls.blsPubKey ?? blsKeyOf(k).pubKey,
    blsPop: bls.blsPop ?? blsKeyOf(k).pop,
  });
const vote = (candidate: typeof M4, candOwner: typeof o4, voter: typeof M1, voterOwner: typeof o1, opinion = true) =>
  msg("MsgMetaNodeRegistrationVote", {
    candidateNetworkAddress: candidate.address,
    candidateOwnerAddress: candOwner.address,
    opinion,
    voterNetworkAddress: voter.address,
    voterOwnerAddress: voterOwner.address,
  });
const createResource = (k: typeof R1, owner: typeof alice, value: { denom: string; amount: string }, pubkey = k.pubkey) =>
  msg("MsgCreateResourceNode", { networkAddress: k.address, pubkey, value, ownerAddress: owner.address, description: description("r"), nodeType: 4 });
const effective = (node: typeof R1, pairs: [typeof M1, typeof o1][], tokens: bigint) =>
  msg("MsgUpdateEffectiveDeposit", { reporters: pairs.map(([m]) => m.address), reporterOwner: pairs.map(([, o]) => o.address), networkAddress: node.address, effectiveTokens: tokens.toString() });

function attr(res: { events: { type: string; attributes: { key: string; value: string }[] }[] }, type: string, key: string): string | undefined {
  const e = res.events.find((x) => x.type === type);
  return e?.attributes.find((a) => a.key === key)?.value;
}

describe("register: pure rules (GV5)", () => {
  it("approval threshold floor(2N/3)+1 for N = 1..7", () => {
    expect([1n, 2n, 3n, 4n, 5n, 6n, 7n].map(voteThreshold)).to.deep.equal([1n, 2n, 3n, 3n, 4n, 5n, 5n]);
  });

  it("unbonding mature times with default params", () => {
    const created = timeFromJson("2024-01-01T00:00:00Z", "t");
    const young = unbondingMatureTime(defaultRegisterParams, BondStatus.Bonded, created, timeFromJson("2024-03-01T00:00:00Z", "t"));
    expect(timeToJson(young)).to.equal("2024-07-13T00:00:00Z");
    const old = unbondingMatureTime(defaultRegisterParams, BondStatus.Bonded, created, timeFromJson("2024-12-01T00:00:00Z", "t"));
    expect(timeToJson(old)).to.equal("2024-12-15T00:00:00Z");
    const candidate = unbondingMatureTime(defaultRegisterParams, BondStatus.Unbonded, created, timeFromJson("2024-12-01T00:00:00Z", "t"));
    expect(timeToJson(candidate)).to.equal("2024-01-15T00:00:00Z");
  });
});

describe("register: state machine", () => {
  let h: AppHarness;
  const k = () => h.app.wiring.keepers.register;
  const ctx = () => h.readCtx();

  afterEach(() => h?.close());

  function start(genesis: unknown) {
    h = new AppHarness();
    h.initChain(genesis);
    h.block();
  }

  function expectFail(tx: Uint8Array, code: number, text: string) {
    const res = h.block([tx]);
    const r = res.txResults[0];
    expect(r.code, r.log).to.equal(code);
    expect(r.codespace).to.equal("register");
    expect(r.log).to.contain(text);
    return r;
  }

  describe("genesis", () => {
    it("fresh start moves deposits from owners into the pools; St0 and Lt = St0/rate", () => {
      start(threeMetaGenesis());
      expect(h.balance(META_BONDED)).to.equal(1000n * STOS);
      expect(h.balance(o1.address)).to.equal(10n * STOS);
      expect(k().getEffectiveTotalDeposit(ctx())).to.equal(10n ** 21n);
      expect(k().getRemainingOzoneLimit(ctx())).to.equal(10n ** 15n);
      expect(k().getBondedMetaNodeCount(ctx())).to.equal(3n);
      expect(k().getDepositNozRate(ctx()).toString()).to.equal("1000000.000000000000000000");
    });

    it("refuses pool balances that do not match the node tokens, naming the pool", () => {
      const g = threeMetaGenesis();
      g.bank.balances.push({ address: META_BONDED, coins: [{ denom: "wei", amount: "5" }] });
      h = new AppHarness();
      expect(() => h.initChain(g)).to.throw("meta_node_bonded_pool holds 5wei");
    });

    it("refuses an owner that cannot fund its node, a bad rate and a mismatching network address", () => {
      const cases: [(g: any) => void, string][] = [
        [(g) => (g.register.meta_nodes[0].tokens = (1000n * STOS).toString()), "register.meta_nodes[0]: owner"],
        [(g) => (g.register.deposit_noz_rate = "0"), "register.deposit_noz_rate must be positive"],
        [(g) => (g.register.meta_nodes[1].network_address = M1.address), "register.meta_nodes[1].network_address"],
        [(g) => (g.register.params = { max_entries: 0 }), "max_entries"],
      ];
      for (const [mutate, text] of cases) {
        const g = threeMetaGenesis();
        mutate(g);
        const x = new AppHarness();
        try {
          expect(() => x.initChain(g)).to.throw(text);
        } finally {
          x.close();
        }
      }
    });

    it("export, used as genesis, reproduces the same state", () => {
      start(threeMetaGenesis({ slashing: [{ wallet_address: alice.address, value: "77" }] }));
      expect(h.block([signTx(h, [alice], [createResource(R1, alice, { denom: "wei", amount: STOS.toString() })])]).txResults[0].code).to.equal(0);
      expect(h.block([signTx(h, [o1], [effective(R1, [[M1, o1]], STOS / 2n)])]).txResults[0].code).to.equal(0);
      expect(h.block([signTx(h, [o4], [createMeta(M4, o4, 500n * STOS)])]).txResults[0].code).to.equal(0);
      expect(h.block([signTx(h, [o1], [vote(M4, o4, M1, o1)])]).txResults[0].code).to.equal(0);
      expect(h.block([signTx(h, [alice], [msg("MsgRemoveResourceNode", { resourceNodeAddress: R1.address, ownerAddress: alice.address })])]).txResults[0].code).to.equal(0);
      const exported = JSON.parse(JSON.stringify(Object.fromEntries(h.app.wiring.modules.map((m) => [m.name, m.exportGenesis(ctx())]))));
      const other = new AppHarness();
      try {
        other.initChain(exported);
        other.block(); // commits the genesis state (an empty block changes nothing in register)
        expect(registerState(other)).to.deep.equal(registerState(h));
        expect(Buffer.from(other.app.store.rootHash).toString("hex")).to.equal(Buffer.from(h.app.store.rootHash).toString("hex"));
      } finally {
        other.close();
      }
    });
  });

  describe("meta nodes", () => {
    it("GV4: three meta nodes admit a fourth at the threshold (not one vote earlier); Lt += 5e14, St = 1.5e21", () => {
      start(threeMetaGenesis());
      const L0 = k().getRemainingOzoneLimit(ctx());
      let res = h.block([signTx(h, [o4], [createMeta(M4, o4, 500n * STOS)])]);
      expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
      expect(h.balance(META_NOT_BONDED)).to.equal(500n * STOS);
      expect(k().getMetaNode(ctx(), M4.address)!.status).to.equal(BondStatus.Unbonded);
      expect(k().getRegVotePool(ctx(), M4.address)).to.not.equal(undefined);
      for (const [voter, owner] of [[M1, o1], [M2, o2]] as const) {
        res = h.block([signTx(h, [owner], [vote(M4, o4, voter, owner)])]);
        expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
        expect(k().getMetaNode(ctx(), M4.address)!.status).to.equal(BondStatus.Unbonded);
        expect(k().getRemainingOzoneLimit(ctx())).to.equal(L0);
      }
      res = h.block([signTx(h, [o3], [vote(M4, o4, M3, o3)])]);
      expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
      const m4 = k().getMetaNode(ctx(), M4.address)!;
      expect(m4.status).to.equal(BondStatus.Bonded);
      expect(m4.suspend).to.equal(false);
      expect(k().getRemainingOzoneLimit(ctx())).to.equal(L0 + 500_000_000_000_000n);
      expect(k().getEffectiveTotalDeposit(ctx())).to.equal(1500n * STOS);
      expect(k().getBondedMetaNodeCount(ctx())).to.equal(4n);
      expect(h.balance(META_BONDED)).to.equal(1500n * STOS);
      expect(h.balance(META_NOT_BONDED)).to.equal(0n);
      expect(attr(res.txResults[0], "stratos.register.v1.EventMetaNodeRegistrationVote", "ozone_limit_changes")).to.equal('"500000000000000"');
      expect(attr(res.txResults[0], "stratos.register.v1.EventMetaNodeRegistrationVote", "candidate_status")).to.equal('"BOND_STATUS_BONDED"');
      // the bitmap index now lists four nodes, sorted by bech32 address
      const sorted = [M1, M2, M3, M4].map((x) => x.address).sort();
      expect(k().metaNodeBitmapIndex(ctx(), M4.address)).to.equal(sorted.indexOf(M4.address));
      expect(k().metaNodeBitmapIndex(ctx(), M5.address)).to.equal(undefined);
    });

    it("GV4 with St = 0 (change #1): the limit still grows by 5e14", () => {
      start(registerGenesis(funded, { meta_nodes: [genesisMetaNode(M1, o1.address, 0n)] }));
      expect(k().getEffectiveTotalDeposit(ctx())).to.equal(0n);
      expect(h.block([signTx(h, [o4], [createMeta(M4, o4, 500n * STOS)])]).txResults[0].code).to.equal(0);
      const res = h.block([signTx(h, [o1], [vote(M4, o4, M1, o1)])]);
      expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
      expect(k().getRemainingOzoneLimit(ctx())).to.equal(500_000_000_000_000n);
      expect(k().getEffectiveTotalDeposit(ctx())).to.equal(500n * STOS);
    });

    it("refuses voting twice, voting after expiry and a voter that is not an active meta node", () => {
      start(threeMetaGenesis({ params: { voting_period: "3s" } }));
      h.block([signTx(h, [o4], [createMeta(M4, o4, 500n * STOS)]), signTx(h, [o5], [createMeta(M5, o5, 10n * STOS)])]);
      expect(h.block([signTx(h, [o1], [vote(M4, o4, M1, o1)])]).txResults[0].code).to.equal(0);
      const pool = () => k().getRegVotePool(ctx(), M4.address)!;
      expectFail(signTx(h, [o1], [vote(M4, o4, M1, o1, false)]), registerErrorCodes.duplicateVoting, "has already voted");
      expect(pool().approveList).to.deep.equal([M1.address]);
      expect(pool().rejectList).to.deep.equal([]);
      expectFail(signTx(h, [o5], [vote(M4, o4, M5, o5)]), registerErrorCodes.noActiveVoterMetaNodeFound, "is not an active meta node owned by");
      expectFail(signTx(h, [o1], [vote(M4, o4, M2, o1)]), registerErrorCodes.noActiveVoterMetaNodeFound, "not an active meta node owned by");
      h.block();
      h.block();
      expectFail(signTx(h, [o2], [vote(M4, o4, M2, o2)]), registerErrorCodes.voteExpired, "expired at");
      expect(pool().approveList).to.deep.equal([M1.address]);
      expect(k().getMetaNode(ctx(), M4.address)!.status).to.equal(BondStatus.Unbonded);
    });

    it("kick vote (change #6): with N = 3 one rejection closes the pool as failed", () => {
      start(threeMetaGenesis());
      const kick = (voter: typeof M1, owner: typeof o1, opinion: boolean) =>
        msg("MsgKickMetaNodeVote", { targetNetworkAddress: M3.address, opinion, voterNetworkAddress: voter.address, voterOwnerAddress: owner.address });
      expect(h.block([signTx(h, [o1], [kick(M1, o1, true)])]).txResults[0].code).to.equal(0);
      expect(k().getKickVotePool(ctx(), M3.address)!.approveList).to.deep.equal([M1.address]);
      const res = h.block([signTx(h, [o2], [kick(M2, o2, false)])]);
      expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
      expect(k().getKickVotePool(ctx(), M3.address)).to.equal(undefined);
      expect(k().getMetaNode(ctx(), M3.address)!.status).to.equal(BondStatus.Bonded);
    });
  });

  describe("resource nodes", () => {
    it("create: funds land in the bonded pool, node Bonded but suspended with effective deposit 0, limit unchanged; queries", () => {
      start(threeMetaGenesis());
      const L0 = k().getRemainingOzoneLimit(ctx());
      const res = h.block([signTx(h, [alice], [createResource(R1, alice, { denom: "wei", amount: (2n * STOS).toString() })])]);
      expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
      expect(h.balance(RN_BONDED)).to.equal(2n * STOS);
      expect(h.balance(RN_NOT_BONDED)).to.equal(0n);
      const n = k().getResourceNode(ctx(), R1.address)!;
      expect(n.suspend).to.equal(true);
      expect(n.status).to.equal(BondStatus.Bonded);
      expect(n.tokens).to.equal(2n * STOS);
      expect(n.effectiveTokens).to.equal(0n);
      expect(n.beneficiaryAddress).to.equal(alice.address);
      expect(k().getRemainingOzoneLimit(ctx())).to.equal(L0);
      expect(k().getEffectiveTotalDeposit(ctx())).to.equal(1000n * STOS);
      expect(k().getBondedResourceNodeCount(ctx())).to.equal(1n);
      expect(attr(res.txResults[0], "stratos.register.v1.EventCreateResourceNode", "initial_deposit")).to.equal('"2000000000000000000wei"');

      const q = query(h, "ResourceNode", pb.QueryResourceNodeRequest, { networkAddr: R1.address }, pb.QueryResourceNodeResponse);
      expect(q.code, q.log).to.equal(0);
      expect(q.value!.node!.tokens).to.equal((2n * STOS).toString());
      const missing = query(h, "ResourceNode", pb.QueryResourceNodeRequest, { networkAddr: R2.address }, pb.QueryResourceNodeResponse);
      expect(missing.code).to.not.equal(0);
      expect(missing.log).to.contain("NotFound");
      const lim = query(h, "RemainingOzoneLimit", pb.QueryRemainingOzoneLimitRequest, {}, pb.QueryRemainingOzoneLimitResponse);
      expect(lim.value!.ozoneLimit).to.equal(L0.toString());
      const dep = query(h, "DepositByNode", pb.QueryDepositByNodeRequest, { networkAddr: R1.address, queryType: 0 }, pb.QueryDepositByNodeResponse);
      expect(dep.value!.depositInfo!.bondedDeposit!.amount).to.equal((2n * STOS).toString());
      const tot = query(h, "DepositTotal", pb.QueryDepositTotalRequest, {}, pb.QueryDepositTotalResponse);
      expect(tot.value!.totalBondedDeposit!.amount).to.equal((1002n * STOS).toString());
      const own = query(h, "DepositByOwner", pb.QueryDepositByOwnerRequest, { ownerAddr: o1.address }, pb.QueryDepositByOwnerResponse);
      expect(own.value!.depositInfos.map((d) => d.networkAddress)).to.deep.equal([M1.address]);
    });

    it("MsgUpdateEffectiveDeposit (two reporters, both owners sign): unsuspends, St and Lt grow by exact amounts", () => {
      start(threeMetaGenesis());
      h.block([signTx(h, [alice], [createResource(R1, alice, { denom: "wei", amount: (2n * STOS).toString() })])]);
      const eff = 1_500_000_000_000_000_001n;
      const res = h.block([signTx(h, [o1, o2], [effective(R1, [[M1, o1], [M2, o2]], eff)])]);
      expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
      const n = k().getResourceNode(ctx(), R1.address)!;
      expect(n.suspend).to.equal(false);
      expect(n.effectiveTokens).to.equal(eff);
      expect(k().getEffectiveTotalDeposit(ctx())).to.equal(1000n * STOS + eff);
      expect(k().getRemainingOzoneLimit(ctx())).to.equal(10n ** 15n + 1_500_000_000_000n);
      expect(attr(res.txResults[0], "stratos.register.v1.EventUpdateEffectiveDeposit", "is_unsuspended")).to.equal('"true"');
      // change #3: a reporter not owned by its listed owner fails the tx
      expectFail(signTx(h, [o2], [effective(R1, [[M1, o2]], STOS)]), registerErrorCodes.reporterAddressOrOwner, "is not an active meta node owned by");
      expect(k().getResourceNode(ctx(), R1.address)!.effectiveTokens).to.equal(eff);
      // more than the available deposit
      expectFail(signTx(h, [o1], [effective(R1, [[M1, o1]], 3n * STOS)]), registerErrorCodes.invalidEffectiveToken, "exceeds the node's available deposit");
    });

    it("removal (change #4) then EndBlock completion returns the deposit minus slashing debt", () => {
      start(threeMetaGenesis({ params: { unbonding_threashold_time: "1s", unbonding_completion_time: "3s" }, slashing: [{ wallet_address: alice.address, value: "1000" }] }));
      h.block([signTx(h, [alice], [createResource(R1, alice, { denom: "wei", amount: STOS.toString() })])]);
      h.block([signTx(h, [o1], [effective(R1, [[M1, o1]], STOS)])]);
      expect(k().getRemainingOzoneLimit(ctx())).to.equal(10n ** 15n + 10n ** 12n);
      h.block();
      const before = h.balance(alice.address);
      const res = h.block([signTx(h, [alice], [msg("MsgRemoveResourceNode", { resourceNodeAddress: R1.address, ownerAddress: alice.address })])]);
      expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
      const fee = before - h.balance(alice.address);
      const removedAt = 1_700_000_000n + h.height;
      expect(attr(res.txResults[0], "stratos.register.v1.EventUnBondingResourceNode", "unbonding_mature_time")).to.equal(
        JSON.stringify(timeToJson({ seconds: removedAt + 3n, nanos: 0 })),
      );
      const n = k().getResourceNode(ctx(), R1.address)!;
      expect(n.status).to.equal(BondStatus.Unbonding);
      expect(n.effectiveTokens).to.equal(0n);
      expect(k().getEffectiveTotalDeposit(ctx())).to.equal(1000n * STOS);
      expect(k().getRemainingOzoneLimit(ctx())).to.equal(10n ** 15n);
      expect(h.balance(RN_BONDED)).to.equal(0n);
      expect(h.balance(RN_NOT_BONDED)).to.equal(STOS);
      expect(k().getBondedResourceNodeCount(ctx())).to.equal(0n);
      h.block();
      h.block();
      expect(k().getResourceNode(ctx(), R1.address)).to.not.equal(undefined);
      // fees flow fee_collector → distribution every block: count both, the completion block has no tx
      const community0 = h.balance(COMMUNITY) + h.balance(FEE_COLLECTOR);
      const done = h.block(); // block time = removal + 3s
      expect(done.events.some((e) => e.type === "stratos.register.v1.EventCompleteUnBondingResourceNode")).to.equal(true);
      expect(k().getResourceNode(ctx(), R1.address)).to.equal(undefined);
      expect(k().getUnbondingNode(ctx(), R1.address)).to.equal(undefined);
      expect(h.balance(alice.address)).to.equal(before - fee + STOS - 1000n);
      expect(h.balance(COMMUNITY) + h.balance(FEE_COLLECTOR) - community0, "the slashing debt goes to the community pool").to.equal(1000n);
      expect(h.balance(RN_NOT_BONDED)).to.equal(0n);
      expect(k().getSlashing(ctx(), alice.address)).to.equal(0n);
    });

    it("refuses unbonding a node whose effective deposit backs sold ozone", () => {
      const g = threeMetaGenesis({ resource_nodes: [genesisResourceNode(R1, alice.address, STOS, STOS)], remaining_noz_limit: "5" });
      // a non-empty prepay pool: the limit is taken from genesis (ozone has been sold)
      g.bank.balances.push({ address: poolAddr("total_unissued_prepay"), coins: [{ denom: "wei", amount: "1" }] });
      start(g);
      expect(k().getRemainingOzoneLimit(ctx())).to.equal(5n);
      expect(k().getEffectiveTotalDeposit(ctx())).to.equal(1001n * STOS);
      expectFail(
        signTx(h, [alice], [msg("MsgRemoveResourceNode", { resourceNodeAddress: R1.address, ownerAddress: alice.address })]),
        registerErrorCodes.insufficientBalance,
        "would drive the remaining ozone limit (5 noz) negative",
      );
      const n = k().getResourceNode(ctx(), R1.address)!;
      expect(n.status).to.equal(BondStatus.Bonded);
      expect(n.effectiveTokens).to.equal(STOS);
      expect(h.balance(RN_BONDED)).to.equal(STOS);
      expect(k().getRemainingOzoneLimit(ctx())).to.equal(5n);
    });

    describe("error paths: non-zero code, readable log, node and pools unchanged", () => {
      beforeEach(() => start(threeMetaGenesis()));
      const unchanged = (fn: () => void) => {
        const pools = () => [RN_BONDED, RN_NOT_BONDED, META_BONDED, META_NOT_BONDED].map((a) => h.balance(a));
        const state0 = registerState(h);
        const p0 = pools();
        fn();
        expect(pools()).to.deep.equal(p0);
        expect(registerState(h)).to.deep.equal(state0);
      };

      it("bad denom", () =>
        unchanged(() => expectFail(signTx(h, [alice], [createResource(R1, alice, { denom: "stos", amount: "2" })]), registerErrorCodes.badDenom, "value denom must be wei, got stos")));

      it("below the minimum deposit", () =>
        unchanged(() =>
          expectFail(
            signTx(h, [alice], [createResource(R1, alice, { denom: "wei", amount: "5" })]),
            registerErrorCodes.insufficientDeposit,
            "resource node min deposit is 1000000000000000000wei, got 5wei",
          ),
        ));

      it("a network address already used by a meta node", () =>
        unchanged(() =>
          expectFail(signTx(h, [alice], [createResource(M1, alice, { denom: "wei", amount: STOS.toString() })]), registerErrorCodes.metaNodePubKeyExists, `a meta node with network address ${M1.address} already exists`),
        ));

      it("a resource node address used twice; a meta node on a resource node's address", () => {
        expect(h.block([signTx(h, [alice], [createResource(R1, alice, { denom: "wei", amount: STOS.toString() })])]).txResults[0].code).to.equal(0);
        unchanged(() => {
          expectFail(signTx(h, [bob], [createResource(R1, bob, { denom: "wei", amount: STOS.toString() })]), registerErrorCodes.resourceNodePubKeyExists, "already exists");
          expectFail(signTx(h, [bob], [createMeta(R1, bob, STOS)]), registerErrorCodes.resourceNodePubKeyExists, "already exists");
        });
      });

      it("a network address that does not match the pubkey fails before execution (CheckTx), app hash unchanged", () => {
        const tx = signTx(h, [alice], [createResource(R1, alice, { denom: "wei", amount: STOS.toString() }, R2.pubkey)]);
        const check = h.checkTx(tx);
        expect(check.code).to.equal(registerErrorCodes.invalidNetworkAddr);
        expect(check.codespace).to.equal("register");
        expect(check.log).to.contain(`does not match the pubkey (its address is ${R2.address})`);
        const before = Buffer.from(h.app.store.rootHash).toString("hex");
        const res = h.block([tx]);
        expect(res.txResults[0].code).to.equal(registerErrorCodes.invalidNetworkAddr);
        expect(Buffer.from(res.appHash).toString("hex")).to.equal(before);
      });

      it("wrong owner and unknown node", () => {
        expect(h.block([signTx(h, [alice], [createResource(R1, alice, { denom: "wei", amount: STOS.toString() })])]).txResults[0].code).to.equal(0);
        unchanged(() => {
          expectFail(
            signTx(h, [bob], [msg("MsgRemoveResourceNode", { resourceNodeAddress: R1.address, ownerAddress: bob.address })]),
            registerErrorCodes.invalidOwnerAddr,
            `${bob.address} is not the owner of resource node ${R1.address}`,
          );
          expectFail(
            signTx(h, [bob], [msg("MsgUpdateResourceNode", { networkAddress: R1.address, ownerAddress: bob.address, description: description("x"), nodeType: 1 })]),
            registerErrorCodes.invalidOwnerAddr,
            "is not the owner",
          );
          expectFail(
            signTx(h, [bob], [msg("MsgRemoveResourceNode", { resourceNodeAddress: R2.address, ownerAddress: bob.address })]),
            registerErrorCodes.noResourceNodeFound,
            `resource node ${R2.address} does not exist`,
          );
        });
      });

      it("MsgUpdateParams from someone other than the authority", () => {
        const params = pb.QueryParamsResponse.decode(h.app.query({ path: "/stratos.register.v1.Query/Params", data: new Uint8Array(), height: 0n, prove: false }).value).params;
        const res = h.block([signTx(h, [bob], [msg("MsgUpdateParams", { authority: bob.address, params })])]);
        expect(res.txResults[0].code).to.not.equal(0);
        expect(res.txResults[0].log).to.contain("invalid authority");
      });
    });

    it("MsgUpdateParams from the genesis authority", () => {
      start(threeMetaGenesis({ authority: bob.address }));
      const params = pb.QueryParamsResponse.decode(h.app.query({ path: "/stratos.register.v1.Query/Params", data: new Uint8Array(), height: 0n, prove: false }).value).params!;
      params.resourceNodeRegEnabled = false;
      const res = h.block([signTx(h, [bob], [msg("MsgUpdateParams", { authority: bob.address, params })])]);
      expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
      expect(k().getParams(ctx()).resourceNodeRegEnabled).to.equal(false);
      expectFail(signTx(h, [alice], [createResource(R1, alice, { denom: "wei", amount: STOS.toString() })]), registerErrorCodes.resourceNodeRegDisabled, "disabled");
    });
  });
  describe("BLS keys of meta nodes (README change #8)", () => {
    const updateMeta = (k: typeof M1, owner: typeof o1, bls: { blsPubKey?: Uint8Array; blsPop?: Uint8Array }) =>
      msg("MsgUpdateMetaNode", { networkAddress: k.address, ownerAddress: owner.address, beneficiaryAddress: "", description: description("m"), ...bls });
    const hex = (b: Uint8Array | undefined) => (b ? Buffer.from(b).toString("hex") : "undefined");
    const g1Inf = () => {
      const b = new Uint8Array(48);
      b[0] = 0xc0;
      return b;
    };

    it("genesis bls_pub_key is stored and exposed by metaNodeBlsKey; empty allowed; invalid points rejected", () => {
      start(threeMetaGenesis());
      expect(hex(k().metaNodeBlsKey(ctx(), M1.address))).to.equal(hex(blsKeyOf(M1).pubKey));
      expect(k().metaNodeBlsKey(ctx(), M4.address)).to.equal(undefined);
      h.close();
      const noKey = threeMetaGenesis();
      delete (noKey.register as any).meta_nodes[2].bls_pub_key;
      start(noKey);
      expect(k().metaNodeBlsKey(ctx(), M3.address)).to.equal(undefined);
      const bad: [Uint8Array, string][] = [
        [new Uint8Array(47).fill(1), "47 bytes"],
        [new Uint8Array(48).fill(0xff), "not a valid subgroup point"],
        [g1Inf(), "not a valid subgroup point"],
      ];
      for (const [key, text] of bad) {
        const g = threeMetaGenesis();
        (g.register as any).meta_nodes[1].bls_pub_key = Buffer.from(key).toString("base64");
        const x = new AppHarness();
        try {
          expect(() => x.initChain(g)).to.throw(text);
          expect(() => x.initChain(g)).to.throw("register.meta_nodes[1].bls_pub_key");
        } finally {
          x.close();
        }
      }
    });

    it("MsgCreateMetaNode stores a key with a valid PoP", () => {
      start(threeMetaGenesis());
      const res = h.block([signTx(h, [o4], [createMeta(M4, o4, 500n * STOS)])]);
      expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
      expect(hex(k().metaNodeBlsKey(ctx(), M4.address))).to.equal(hex(blsKeyOf(M4).pubKey));
    });

    it("MsgCreateMetaNode without a key (as stchaind sends it) is accepted; the node is voted in but has no key until MsgUpdateMetaNode", () => {
      start(threeMetaGenesis());
      // Upstream's MsgCreateMetaNode has no BLS fields: exactly what stchaind encodes.
      const upstream = msg("MsgCreateMetaNode", { networkAddress: M4.address, pubkey: M4.pubkey, value: { denom: "wei", amount: (500n * STOS).toString() }, ownerAddress: o4.address, description: description("m") });
      expect(h.checkTx(signTx(h, [o4], [upstream])).code).to.equal(0);
      let res = h.block([signTx(h, [o4], [upstream])]);
      expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
      expect(k().metaNodeBlsKey(ctx(), M4.address)).to.equal(undefined);
      for (const [voter, owner] of [[M1, o1], [M2, o2], [M3, o3]] as const) {
        res = h.block([signTx(h, [owner], [vote(M4, o4, voter, owner)])]);
        expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
      }
      expect(k().getMetaNode(ctx(), M4.address)!.status).to.equal(BondStatus.Bonded);
      expect(k().metaNodeBlsKey(ctx(), M4.address)).to.equal(undefined);
      res = h.block([signTx(h, [o4], [updateMeta(M4, o4, { blsPubKey: blsKeyOf(M4).pubKey, blsPop: blsKeyOf(M4).pop })])]);
      expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
      expect(hex(k().metaNodeBlsKey(ctx(), M4.address))).to.equal(hex(blsKeyOf(M4).pubKey));
    });

    it("MsgCreateMetaNode with a PoP but no key, a bad key, without/with a wrong PoP fails in CheckTx and DeliverTx", () => {
      start(threeMetaGenesis());
      const before = registerState(h);
      const cases: [{ blsPubKey?: Uint8Array; blsPop?: Uint8Array }, number, string][] = [
        [{ blsPubKey: new Uint8Array(), blsPop: blsKeyOf(M4).pop }, registerErrorCodes.invalidBlsPubKey, "bls_pop given without bls_pub_key"],
        [{ blsPubKey: new Uint8Array(96).fill(1) }, registerErrorCodes.invalidBlsPubKey, "got 96 bytes"],
        [{ blsPubKey: g1Inf() }, registerErrorCodes.invalidBlsPubKey, "not a valid BLS12-381 G1 public key"],
        [{ blsPop: new Uint8Array() }, registerErrorCodes.invalidBlsPop, "bls_pop must be a 96-byte"],
        [{ blsPop: blsKeyOf(M5).pop }, registerErrorCodes.invalidBlsPop, "not a valid proof of possession"],
        // someone else's key with that key's own valid PoP is fine for the PoP check but here we
        // pair M5's key with M4's PoP:
        [{ blsPubKey: blsKeyOf(M5).pubKey, blsPop: blsKeyOf(M4).pop }, registerErrorCodes.invalidBlsPop, "not a valid proof of possession"],
      ];
      for (const [bls, code, text] of cases) {
        const tx = signTx(h, [o4], [createMeta(M4, o4, 500n * STOS, bls)]);
        const check = h.checkTx(tx);
        expect(check.code, check.log).to.equal(code);
        expect(check.codespace).to.equal("register");
        expectFail(tx, code, text);
      }
      expect(registerState(h)).to.deep.equal(before);
      expect(k().getMetaNode(ctx(), M4.address)).to.equal(undefined);
      expect(registerErrorCodes.invalidBlsPubKey).to.equal(68);
      expect(registerErrorCodes.invalidBlsPop).to.equal(69);
    });

    it("MsgUpdateMetaNode: empty key leaves it unchanged; a new key needs a valid PoP and replaces the old one", () => {
      start(threeMetaGenesis());
      const old = hex(blsKeyOf(M1).pubKey);
      let res = h.block([signTx(h, [o1], [updateMeta(M1, o1, {})])]);
      expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
      expect(hex(k().metaNodeBlsKey(ctx(), M1.address))).to.equal(old);
      // M5's key with M1's old PoP: rejected
      expectFail(signTx(h, [o1], [updateMeta(M1, o1, { blsPubKey: blsKeyOf(M5).pubKey, blsPop: blsKeyOf(M1).pop })]), registerErrorCodes.invalidBlsPop, "not a valid proof of possession");
      expectFail(signTx(h, [o1], [updateMeta(M1, o1, { blsPubKey: blsKeyOf(M5).pubKey })]), registerErrorCodes.invalidBlsPop, "bls_pop must be a 96-byte");
      expectFail(signTx(h, [o1], [updateMeta(M1, o1, { blsPubKey: new Uint8Array(48).fill(0xff), blsPop: blsKeyOf(M5).pop })]), registerErrorCodes.invalidBlsPubKey, "not a valid");
      expect(hex(k().metaNodeBlsKey(ctx(), M1.address))).to.equal(old);
      res = h.block([signTx(h, [o1], [updateMeta(M1, o1, { blsPubKey: blsKeyOf(M5).pubKey, blsPop: blsKeyOf(M5).pop })])]);
      expect(res.txResults[0].code, res.txResults[0].log).to.equal(0);
      expect(hex(k().metaNodeBlsKey(ctx(), M1.address))).to.equal(hex(blsKeyOf(M5).pubKey));
    });
  });
});
