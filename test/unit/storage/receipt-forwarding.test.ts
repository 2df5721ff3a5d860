// A resource node hands the receipts it holds to every bonded meta node (resource-node/storage.ts
// forwardReceipts): the whole backlog in one call (batch after batch), only what a
// meta node lacks, each batch to all meta nodes at once, a failing meta node again at the next call, and
// everything to a newly bonded one.
import { expect } from "chai";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { open, type RootDatabase } from "lmdb";
import { FORWARD_BATCH, Storage, type HeldReceipt, type StorageDeps } from "../../../resource-node/storage.ts";

describe("resource node: forwarding receipts to the meta nodes", () => {
  let dir: string;
  let db: RootDatabase;
  const metas = (n: number) => Array.from({ length: n }, (_, i) => ({ address: `meta${i}`, url: `http://meta${i}` }));
  let bonded = metas(2);
  const down = new Set<string>();
  let got: Map<string, string[]>;
  let calls: number;
  let inFlight = 0;
  let maxInFlight = 0;

  const storage = (receipts: any) =>
    new Storage({
      receipts,
      dir: { bondedMetas: () => bonded },
      http: {
        json: async (url: string, _m: string, path: string, body: any) => {
          expect(path).to.equal("/v1/pot/receipts");
          calls++;
          if (down.has(url)) throw new Error("connection refused");
          expect(body.receipts.length).to.be.at.most(FORWARD_BATCH);
          got.set(url, [...(got.get(url) ?? []), ...body.receipts.map((r: any) => r.receipt.slice)]);
          inFlight++;
          maxInFlight = Math.max(maxInFlight, inFlight);
          await new Promise((r) => setTimeout(r, 5));
          inFlight--;
          return { accepted: body.receipts.length, duplicates: 0, rejected: [] };
        },
      },
      log: { info() {}, warn() {}, error() {} },
      peerTimeoutMs: 1000,
    } as unknown as StorageDeps);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "rn-forward-"));
    db = open({ path: dir, compression: false });
    got = new Map();
    calls = 0;
    maxInFlight = 0;
    bonded = metas(2);
    down.clear();
  });
  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const held = async (n: number) => {
    const receipts = db.openDB<HeldReceipt, string>({ name: "receipts" });
    await receipts.transaction(() => {
      for (let i = 1; i <= n; i++) receipts.put(`p/${String(i).padStart(6, "0")}`, { signed: { receipt: { slice: i } } as any, sentTo: [], at: 0 });
    });
    return receipts;
  };

  it("hands the whole backlog to every meta node in one call, each receipt once", async () => {
    const receipts = await held(2 * FORWARD_BATCH + 250);
    const s = storage(receipts);
    await s.forwardReceipts();
    for (const m of bonded) {
      const slices = got.get(m.url)!;
      expect(slices.length).to.equal(2 * FORWARD_BATCH + 250);
      expect(new Set(slices).size).to.equal(slices.length);
    }
    expect(calls).to.equal(2 * 3);
    expect(maxInFlight, "a batch goes to every meta node at once").to.equal(2);
    for (const { value } of receipts.getRange()) expect(value.sentTo).to.deep.equal(["meta0", "meta1"]);
    // nothing left: no request at all; nor after a restart (a new Storage over the same lmdb)
    calls = 0;
    await s.forwardReceipts();
    await storage(receipts).forwardReceipts();
    expect(calls).to.equal(0);
  });

  it("retries a meta node that failed at the next call, and gives a newly bonded one everything", async () => {
    const receipts = await held(FORWARD_BATCH + 1);
    const s = storage(receipts);
    down.add("http://meta1");
    await s.forwardReceipts();
    expect(got.get("http://meta0")!.length).to.equal(FORWARD_BATCH + 1);
    expect(got.has("http://meta1")).to.equal(false);
    expect(calls).to.equal(3); // meta0 twice, meta1 once: a failed meta node is not asked again in the same call
    down.clear();
    await s.forwardReceipts();
    expect(got.get("http://meta1")!.length).to.equal(FORWARD_BATCH + 1);
    expect(got.get("http://meta0")!.length).to.equal(FORWARD_BATCH + 1);
    bonded = metas(3);
    await s.forwardReceipts();
    expect(got.get("http://meta2")!.length).to.equal(FORWARD_BATCH + 1);
    expect(got.get("http://meta0")!.length).to.equal(FORWARD_BATCH + 1);
  });
});
