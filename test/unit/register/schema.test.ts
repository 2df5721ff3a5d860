// register's state is exactly its declared schema (keeper/state.ts): after a workload touching every
// collection, no key under "register/" is outside it, so the schema walk (genesis export) misses nothing.
import { expect } from "chai";
import { registerSchema } from "../../../modules/register/keeper.ts";
import { AppHarness, testSigner } from "../../helpers/app.ts";
import { blsKeyOf, description, genesisMetaNode, msg, nodeKey, registerGenesis, signTx, STOS } from "./helpers.ts";

const o1 = testSigner("schema-owner-1");
const o2 = testSigner("schema-owner-2");
const M1 = nodeKey("schema-m1");
const M2 = nodeKey("schema-m2");
const R1 = nodeKey("schema-r1");

describe("register: the schema covers all of register's state", () => {
  let h: AppHarness;
  afterEach(() => h?.close());

  it("every key under register/ belongs to a declared collection, and the walk sees each of them", () => {
    h = new AppHarness();
    h.initChain(
      registerGenesis([{ address: o1.address, wei: 1000n * STOS }, { address: o2.address, wei: 1000n * STOS }], {
        meta_nodes: [genesisMetaNode(M1, o1.address, 400n * STOS)],
        slashing: [{ wallet_address: o2.address, value: "5" }],
        authority: o1.address,
      }),
    );
    h.block();
    const ok = (tx: Uint8Array) => expect(h.block([tx]).txResults[0].code).to.equal(0);
    ok(signTx(h, [o2], [msg("MsgCreateResourceNode", { networkAddress: R1.address, pubkey: R1.pubkey, value: { denom: "wei", amount: STOS.toString() }, ownerAddress: o2.address, description: description("r"), nodeType: 4 })]));
    ok(signTx(h, [o2], [msg("MsgCreateMetaNode", { networkAddress: M2.address, pubkey: M2.pubkey, value: { denom: "wei", amount: (10n * STOS).toString() }, ownerAddress: o2.address, description: description("m"), blsPubKey: blsKeyOf(M2).pubKey, blsPop: blsKeyOf(M2).pop })]));
    ok(signTx(h, [o2], [msg("MsgRemoveResourceNode", { resourceNodeAddress: R1.address, ownerAddress: o2.address })]));
    // M2 is a candidate (registration pool); a kick pool needs two active nodes, so there is none here.
    const ctx = h.readCtx();
    expect(registerSchema.unclaimedKeys(ctx)).to.deep.equal([]);
    const w = registerSchema.walk(ctx);
    expect(w.metaNodes.map(([a]) => a).sort()).to.deep.equal([M1.address, M2.address].sort());
    expect(w.resourceNodes.map(([a]) => a)).to.deep.equal([R1.address]);
    expect(w.regVotePools.map(([a]) => a)).to.deep.equal([M2.address]);
    expect(w.unbondingNodes.map(([a]) => a)).to.deep.equal([R1.address]);
    expect(w.unbondingQueue.map(([, a]) => a)).to.deep.equal([R1.address]);
    expect(w.slashing).to.deep.equal([[o2.address, 5n]]);
    expect(w.authority).to.equal(o1.address);
    expect(w.bondedMetaNodeCount).to.equal(1n);
    expect(w.bondedResourceNodeCount).to.equal(0n);
    expect(w.params?.bondDenom).to.equal("wei");
    expect(w.depositNozRate?.toString()).to.equal("1000000.000000000000000000");
    expect(w.effectiveTotalDeposit).to.equal(400n * STOS);
    expect(w.remainingOzoneLimit).to.equal(400n * 10n ** 12n);
  });
});
