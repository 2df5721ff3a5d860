// A meta node's summary of its receipt set (count + Merkle root, GET /v1/pot/receipts/summary), which the
// reporter compares before it pulls a peer's receipts: computed once and reused while the set is unchanged,
// never stale once a receipt is accepted (meta-node/traffic.ts on a real lmdb); and which hand-in refusals
// a serving node should send again.
import { expect } from "chai";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { blsSecretKeyFromSeed } from "../../../chain/crypto/bls.ts";
import { fileHash, sliceHash } from "../../../chain/crypto/cid.ts";
import { publicKeyFromPrivate } from "../../../chain/crypto/secp256k1.ts";
import { DEFAULT_CONFIG } from "../../../meta-node/home.ts";
import { NodeIdentity, PeerClient } from "../../../meta-node/net.ts";
import { merkleRoot, receiptLeaf, signReceipt, sortLeaves, type SignedReceipt } from "../../../meta-node/protocol/receipt.ts";
import { signWalletMessage, walletAddress } from "../../../meta-node/protocol/wallet-signature.ts";
import { ReplicatedRecords } from "../../../meta-node/records.ts";
import { BONDED, MetaStore } from "../../../meta-node/store.ts";
import { Traffic } from "../../../meta-node/traffic.ts";

describe("meta-node traffic: receipt-set summary", () => {
  let dir: string;
  let store: MetaStore;
  let peer: PeerClient;
  const log = { info() {}, warn() {}, error() {} } as any;
  const id = NodeIdentity.fromSeed(new Uint8Array(32).fill(3));
  const server = NodeIdentity.fromSeed(new Uint8Array(32).fill(4)).address;
  const key = new Uint8Array(32).fill(8);
  const wallet = walletAddress(publicKeyFromPrivate(key, true), "secp256k1");
  const data = Buffer.from("summary bytes");
  const fh = fileHash(data);
  const slices = Array.from({ length: 10 }, (_, i) => ({ number: i + 1, hash: sliceHash(fh, i + 1, data), size: 100 }));
  const permit = randomBytes(16).toString("hex");
  const receipt = (slice: number): SignedReceipt =>
    signReceipt({ v: 1, permit, meta: id.address, file: fh, owner: wallet, slice, sliceHash: slices[slice - 1]!.hash, bytes: 100, server, receiver: wallet, nonce: randomBytes(8).toString("hex") }, (m) => signWalletMessage(key, m, "secp256k1"));
  const traffic = () => {
    const records = new ReplicatedRecords(store, id, log, peer, 1000);
    records.setMembers([{ address: id.address, url: "http://127.0.0.1:1" }]);
    return new Traffic(store, records, id, { ...DEFAULT_CONFIG, epochBlocks: 1000, epochGraceBlocks: 0 }, log, {} as any, "st1", peer, blsSecretKeyFromSeed(new Uint8Array(32).fill(5)));
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), "traffic-summary-"));
    store = new MetaStore(join(dir, "data"));
    peer = new PeerClient(id, 1000);
    store.transaction(() => {
      store.chain.putSync(`rn/${server}`, { address: server, pubkey: "", owner: wallet, status: BONDED, suspend: false, tokens: "1", effective: "1", url: "" });
      store.state.putSync("cursor", 10);
    });
    store.applyRecords([
      { key: `f/${wallet}/${fh}`, rec: { v: 1, w: id.address, val: { owner: wallet, fileHash: fh, slices } } },
      { key: `c/${wallet}/${permit}`, rec: { v: 1, w: id.address, val: { noz: "1000", fileHash: fh, kind: "download", owner: wallet, epoch: 1 } } },
    ]);
  });
  after(async () => {
    peer.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is the count and root of the held receipts, and follows every receipt accepted after it", async () => {
    const t = traffic();
    const held: SignedReceipt[] = [];
    const rootOf = (l: SignedReceipt[]) => merkleRoot(sortLeaves(l.map(receiptLeaf)));
    expect(t.summary(0, 1)).to.deep.equal({ from: 0, to: 1, count: 0, root: rootOf([]) });
    for (const batch of [[1, 2, 3], [4], [5, 6, 7, 8]]) {
      const rs = batch.map(receipt);
      const a = await t.handIn(server, { receipts: rs });
      expect(a.accepted, JSON.stringify(a.rejected)).to.equal(rs.length);
      held.push(...rs);
      const s = t.summary(0, 1);
      expect(s).to.deep.equal({ from: 0, to: 1, count: held.length, root: rootOf(held) });
      expect(t.summary(0, 1)).to.deep.equal(s); // reused
      // what a node that just started (nothing cached) computes from the same lmdb
      expect(traffic().summary(0, 1)).to.deep.equal(s);
      expect(t.compute(0, 1).walletVolumes).to.deep.equal([{ walletAddress: wallet, volume: BigInt(100 * held.length) }]);
    }
    // a duplicate or a refused receipt changes nothing
    await t.handIn(server, { receipts: [held[0], { ...receipt(9), sig: held[1]!.sig }] });
    expect(t.summary(0, 1).count).to.equal(held.length);
    // another range is its own computation
    expect(t.summary(1, 1).count).to.equal(0);
    expect(t.summary(0, 1).count).to.equal(held.length);
    expect(() => t.summary(2, 1)).to.throw(/to must be/);
  });

  it("says which refusals may pass later: a permit whose charge has not reached this node, not a bad signature", async () => {
    const t = traffic();
    const unknown = signReceipt({ ...receipt(10).receipt, permit: randomBytes(16).toString("hex") }, (m) => signWalletMessage(key, m, "secp256k1"));
    const forged = { ...receipt(10), sig: receipt(9).sig };
    const a = await t.handIn(server, { receipts: [unknown, forged] });
    expect(a.accepted).to.equal(0);
    expect(a.rejected[0]).to.include({ index: 0, retry: true });
    expect(a.rejected[0]!.reason).to.match(/charged no ozone/);
    expect(a.rejected[1]!.index).to.equal(1);
    expect(a.rejected[1]).to.not.have.property("retry");
  });
});
