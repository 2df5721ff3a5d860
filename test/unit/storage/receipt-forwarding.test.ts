// A resource node hands the receipts it holds to every bonded meta node (resource-node/storage.ts
// forwardReceipts): the whole backlog in one call (batch after batch), only what a
// meta node lacks, each batch to all meta nodes at once, a failing meta node again at the next call,
// everything to a newly bonded one, and a receipt refused as "not yet" again for a while. Then it
// deletes what the meta nodes hold (pruneReceipts), so its disk does not grow with all it ever served.
import { expect } from "chai";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { open, type RootDatabase } from "lmdb";
import { FORWARD_BATCH, FORWARD_RETRY_MS, Storage, type HeldReceipt, type ServedRecord, type StorageDeps } from "../../../resource-node/storage.ts";

describe("resource node: forwarding receipts to the meta nodes", () => {
  let dir: string;
  let db: RootDatabase;
  const metas = (n: number) => Array.from({ length: n }, (_, i) => ({ address: `meta${i}`, url: `http://meta${i}` }));
  let bonded = metas(2);
  const down = new Set<string>();
  /** url → slices that meta node refuses as "not yet" */
  const notYet = new Map<string, Set<number>>();
  let got: Map<string, string[]>;
  let calls: number;
  let inFlight = 0;
  let maxInFlight = 0;

  const storage = (receipts: any, extra: Partial<StorageDeps> = {}) =>
    new Storage({
      receipts,
      ...extra,
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
          const rejected = body.receipts.flatMap((r: any, index: number) => (notYet.get(url)?.has(r.receipt.slice) ? [{ index, reason: "permit charged no ozone", retry: true }] : []));
          return { accepted: body.receipts.length - rejected.length, duplicates: 0, rejected };
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
    notYet.clear();
  });
  afterEach(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const held = async (n: number, at = Date.now()) => {
    const receipts = db.openDB<HeldReceipt, string>({ name: "receipts" });
    await receipts.transaction(() => {
      for (let i = 1; i <= n; i++) receipts.put(`p/${String(i).padStart(6, "0")}`, { signed: { receipt: { slice: i } } as any, sentTo: [], at });
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

  it("sends a receipt refused as 'not yet' again at the next call (not in the same one), for FORWARD_RETRY_MS", async () => {
    const receipts = await held(3);
    const s = storage(receipts);
    notYet.set("http://meta1", new Set([2]));
    await s.forwardReceipts();
    expect(got.get("http://meta1")).to.deep.equal([1, 2, 3]);
    expect(receipts.get("p/000002")!.sentTo).to.deep.equal(["meta0"]);
    notYet.clear();
    await s.forwardReceipts();
    expect(got.get("http://meta1")).to.deep.equal([1, 2, 3, 2]);
    expect(got.get("http://meta0")).to.deep.equal([1, 2, 3]);
    expect(receipts.get("p/000002")!.sentTo).to.deep.equal(["meta0", "meta1"]);
    // an old receipt refused so is given up (its permit's record never came)
    const old = db.openDB<HeldReceipt, string>({ name: "old" });
    await old.put("p/000009", { signed: { receipt: { slice: 9 } } as any, sentTo: [], at: Date.now() - FORWARD_RETRY_MS - 1 });
    notYet.set("http://meta1", new Set([9]));
    got.clear();
    const s2 = storage(old);
    await s2.forwardReceipts();
    await s2.forwardReceipts();
    expect(got.get("http://meta1")).to.deep.equal([9]);
    expect(old.get("p/000009")!.sentTo).to.deep.equal(["meta0", "meta1"]);
  });

  it("prunes a receipt every bonded meta node has once receiptRetentionMs passed, with its served record; keeps the rest", async () => {
    const receipts = await held(4);
    const served = db.openDB<ServedRecord, string>({ name: "served" });
    const rec = (at: number) => ({ permitId: "p", kind: "download", fileHash: "f", sliceNumber: 0, bytes: 1, to: "w", payer: "w", at });
    const now = Date.now();
    await served.transaction(() => {
      for (let i = 1; i <= 4; i++) served.put(`s/${i}`, rec(now));
      served.put("s/orphan-old", rec(now - 200_000)); // served, its receipt never came
      served.put("s/orphan-new", rec(now));
    });
    await receipts.transaction(() => {
      for (let i = 1; i <= 4; i++) receipts.put(`p/${String(i).padStart(6, "0")}`, { ...receipts.get(`p/${String(i).padStart(6, "0")}`)!, servedKey: `s/${i}` });
    });
    const s = storage(receipts, { served, receiptRetentionMs: 1_000, servedRetentionMs: 100_000 } as Partial<StorageDeps>);
    down.add("http://meta1");
    await s.forwardReceipts(); // meta0 has all 4, meta1 none
    expect(s.pruneReceipts(now + 60_000)).to.deep.equal({ receipts: 0, served: 1 }); // only the old orphan: no receipt is with every meta node
    expect(served.get("s/orphan-old")).to.equal(undefined);
    down.clear();
    await s.forwardReceipts();
    const handedIn = receipts.get("p/000001")!.handedInAt!;
    expect(handedIn).to.be.a("number");
    expect(s.pruneReceipts(handedIn + 999)).to.deep.equal({ receipts: 0, served: 0 }); // retention not over yet
    bonded = metas(3); // a newly bonded meta node lacks them all: nothing may go before it has them
    expect(s.pruneReceipts(handedIn + 60_000).receipts).to.equal(0);
    bonded = metas(2);
    expect(s.pruneReceipts(handedIn + 1_000)).to.deep.equal({ receipts: 4, served: 4 });
    expect([...receipts.getRange()].length).to.equal(0);
    expect([...served.getRange()].map((e) => e.key)).to.deep.equal(["s/orphan-new"]);
    expect(s.receiptCounts()).to.deep.equal({ held: 0, unsent: 0, bytes: 0, pruned: 4 });
    // nothing left to send, nothing pruned twice, and a restart over the same lmdb agrees
    calls = 0;
    await s.forwardReceipts();
    await storage(receipts, { served } as Partial<StorageDeps>).forwardReceipts();
    expect(calls).to.equal(0);
    expect(s.pruneReceipts(handedIn + 2_000)).to.deep.equal({ receipts: 0, served: 0 });
  });
});
