// Upload/repair copy records (`c/<stsds1…>/<permitId>`, meta-node/traffic.ts) are dropped once their
// epoch is reported: in the chain follower's block transaction (with pot/last and the cursor), and a
// peer's replica, hint or read repair cannot bring them back. Real lmdb; the block is applied through
// the follower's own code (no chain needed for that step).
import { expect } from "chai";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ChainFollower } from "../../../meta-node/chain/follower.ts";
import { MetaStore, type StoredRecord } from "../../../meta-node/store.ts";
import { NodeIdentity } from "../../../meta-node/net.ts";

const quiet = { info() {}, warn() {}, error() {} };

describe("meta-node: copy records are dropped when their epoch is reported", () => {
  let dir: string;
  let store: MetaStore;
  const dest = NodeIdentity.fromSeed(new Uint8Array(32).fill(4)).address;
  const wallet = "st1" + "q".repeat(38);
  const rec = (val: unknown, v = 1): StoredRecord => ({ v, w: "stsds1peer", val });
  const copy = (epoch: number) => ({ kind: "repair", noz: "0", fileHash: "v05", owner: wallet, slice: 1, sources: [], epoch });
  const report = (epoch: number) => ({
    txs: [{ code: 0, events: [{ type: "stratos.pot.v1.EventVolumeReport", attributes: [{ key: "epoch", value: JSON.stringify(String(epoch)) }, { key: "report_reference", value: JSON.stringify("ab".repeat(32)) }] }] }],
    finalize: [],
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "copy-records-"));
    store = new MetaStore(dir);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("drops the copy records of reported epochs in the block's transaction, keeps later ones and every ozone charge", async () => {
    store.applyRecords([
      { key: `c/${dest}/${"01".repeat(16)}`, rec: rec(copy(1)) },
      { key: `c/${dest}/${"02".repeat(16)}`, rec: rec(copy(2)) },
      { key: `c/${dest}/${"03".repeat(16)}`, rec: rec(copy(3)) },
      { key: `c/${wallet}/${"04".repeat(16)}`, rec: rec({ kind: "download", noz: "10", owner: wallet, epoch: 1 }) },
      { key: `f/${wallet}/v05`, rec: rec({ fileHash: "v05" }) },
    ]);
    const follower = new ChainFollower(store, "http://127.0.0.1:1", quiet, () => undefined);
    // blocks 1..4, the report of epochs ..2 in block 3
    for (let h = 1; h <= 4; h++) (follower as any).applyBlock(h, h === 3 ? report(2) : { txs: [], finalize: [] });
    expect(store.lastReportedEpoch).to.equal(2);
    expect(store.cursor).to.equal(4);
    await store.close();
    // what was committed, read back from disk
    store = new MetaStore(dir);
    const keys = store.allRecordKeys();
    expect(keys).to.deep.equal([`c/${dest}/${"03".repeat(16)}`, `c/${wallet}/${"04".repeat(16)}`, `f/${wallet}/v05`].sort());
  });

  it("a pruned copy record does not come back from a peer (replica, hint, read repair); a live one is taken", () => {
    store.transaction(() => {
      store.chain.putSync("pot/last", 5);
      store.pruneCopyRecords(5);
    });
    const changed = store.applyRecords([
      { key: `c/${dest}/${"05".repeat(16)}`, rec: rec(copy(5), 9) },
      { key: `c/${dest}/${"06".repeat(16)}`, rec: rec(copy(6), 9) },
      { key: `c/${wallet}/${"07".repeat(16)}`, rec: rec({ kind: "download", noz: "10", owner: wallet, epoch: 1 }, 9) },
    ]);
    expect(changed).to.equal(2);
    expect(store.allRecordKeys()).to.deep.equal([`c/${dest}/${"06".repeat(16)}`, `c/${wallet}/${"07".repeat(16)}`].sort());
  });

  it("a transaction that fails after pruning leaves the records and pot/last as they were", () => {
    store.applyRecords([{ key: `c/${dest}/${"08".repeat(16)}`, rec: rec(copy(1)) }]);
    expect(() =>
      store.transaction(() => {
        store.chain.putSync("pot/last", 1);
        expect(store.pruneCopyRecords(1)).to.equal(1);
        throw new Error("crash before commit");
      }),
    ).to.throw("crash before commit");
    expect(store.lastReportedEpoch).to.equal(0);
    expect(store.allRecordKeys()).to.deep.equal([`c/${dest}/${"08".repeat(16)}`]);
  });
});
