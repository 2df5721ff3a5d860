// pot, sds, auth and bank state are exactly their declared schemas: after a genesis that fills every
// collection and a few blocks, no key under their prefixes is outside a collection, the export (a walk
// over the schemas) lists records in the order the pre-collections code did, and importing the export
// reproduces every byte.
import { expect } from "chai";
import { PrefixKV } from "../../../chain/app/kv.ts";
import { fileHash } from "../../../chain/crypto/cid.ts";
import { accAddressFromBech32 } from "../../../chain/types/address.ts";
import { authSchema } from "../../../modules/auth/keeper.ts";
import { bankSchema } from "../../../modules/bank/keeper.ts";
import { potSchema } from "../../../modules/pot/state.ts";
import { sdsSchema } from "../../../modules/sds/state.ts";
import { AppHarness, testSigner } from "../../helpers/app.ts";
import { genesisMetaNode, nodeKey, registerGenesis, STOS } from "../register/helpers.ts";

const owner = testSigner("schema-pot-owner");
const A = testSigner("schema-pot-a");
const B = testSigner("schema-pot-b");
const M1 = nodeKey("schema-pot-m1");
const wei = (n: bigint) => [{ denom: "wei", amount: n.toString() }];
const reward = (w: string, m: bigint, t: bigint) => ({ wallet_address: w, reward_from_mining_pool: wei(m), reward_from_traffic_pool: wei(t) });
const FILE = fileHash(new TextEncoder().encode("schema file"));

function genesis() {
  const g = registerGenesis(
    [
      { address: owner.address, wei: 600n * STOS },
      { address: A.address, wei: 10n * STOS },
      { address: B.address, wei: 10n * STOS },
    ],
    { meta_nodes: [genesisMetaNode(M1, owner.address, 500n * STOS)], authority: owner.address },
  );
  g.pot = {
    total_mined_token: { denom: "wei", amount: "123" },
    last_distributed_epoch: "5",
    matured_epoch: "4",
    immature_total_info: [{ wallet_address: A.address, value: wei(6n) }],
    mature_total_info: [{ wallet_address: B.address, value: wei(7n) }],
    // mature epochs whose decimal keys sort differently from their numbers ("100_" < "10_" < "9_")
    individual_rewards: [
      { mature_epoch: "9", reward: reward(A.address, 1n, 2n) },
      { mature_epoch: "10", reward: reward(A.address, 3n, 4n) },
      { mature_epoch: "10", reward: reward(B.address, 5n, 6n) },
      { mature_epoch: "100", reward: reward(B.address, 7n, 8n) },
    ],
    reward_total_info: [{ epoch: "5", total_reward: { mining_reward: wei(9n), traffic_reward: wei(10n) } }],
    volume_reports: [
      { epoch: "5", reporter: M1.address, report_reference: "ref-5", tx_hash: "AB" },
      { epoch: "40", reporter: M1.address, report_reference: "ref-40", tx_hash: "CD" },
    ],
    authority: A.address,
  };
  g.sds = { files: [{ file_hash: FILE, file_info: { height: "3", reporters: Buffer.from([1, 0, 0, 0, 0, 0, 0, 0]).toString("base64"), uploader: A.address } }], authority: B.address };
  return g;
}

/** Wallets in raw address-byte order (the store order within one mature epoch). */
const byBytes = (ws: string[]) => [...ws].sort((x, y) => Buffer.compare(Buffer.from(accAddressFromBech32(x)), Buffer.from(accAddressFromBech32(y))));
const dump = (h: AppHarness, prefix: string) =>
  [...new PrefixKV(h.readCtx().store, new TextEncoder().encode(prefix)).iterate(new Uint8Array())].map(([k, v]) => [Buffer.from(k).toString("hex"), Buffer.from(v).toString("hex")]);

describe("pot, sds, auth, bank: the schemas cover all of their state", () => {
  const open: AppHarness[] = [];
  afterEach(() => open.splice(0).forEach((h) => h.close()));
  const harness = () => {
    const h = new AppHarness();
    open.push(h);
    return h;
  };

  it("no key outside a collection; export lists rewards by mature epoch number; import of the export is byte-identical", () => {
    const h = harness();
    h.initChain(genesis());
    h.block();
    h.block();
    const ctx = h.readCtx();
    for (const schema of [potSchema, sdsSchema, authSchema, bankSchema]) expect(schema.unclaimedKeys(ctx).map((k) => Buffer.from(k).toString("hex"))).to.deep.equal([]);
    const w = potSchema.walk(ctx);
    expect(w.pendingEpochs).to.deep.equal([9n, 10n, 100n]);
    expect(w.individualRewards.map(([[e]]) => e)).to.deep.equal([100n, 10n, 10n, 9n]); // store order
    expect(w.authority).to.equal(A.address);
    const exported = h.app.exportAppState().appState as any;
    expect(exported.pot.individual_rewards.map((r: any) => [r.mature_epoch, r.reward.wallet_address])).to.deep.equal([
      ["9", A.address],
      ...byBytes([A.address, B.address]).map((w) => ["10", w]),
      ["100", B.address],
    ]);
    expect(exported.pot.volume_reports.map((v: any) => v.epoch)).to.deep.equal(["40", "5"]); // decimal-key order, as before
    expect(exported.sds.files.map((f: any) => f.file_hash)).to.deep.equal([FILE]);
    expect(exported.sds.authority).to.equal(B.address);

    const h2 = harness();
    h2.initChain(exported);
    h2.block();
    h2.block();
    for (const p of ["pot/", "sds/", "auth/", "bank/"]) expect(dump(h2, p), p).to.deep.equal(dump(h, p));
    expect(h2.app.exportAppState().appState).to.deep.equal(exported);
  });
});
