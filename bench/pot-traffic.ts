/**
 * Proof of Traffic at one meta node, in process on a real lmdb (meta-node/traffic.ts):
 *   1. receipts/s verified and stored (Traffic.handIn in 2000-receipt batches: wallet signature,
 *      charge and file records, dedupe, lmdb put), against the bare secp256k1 wallet-signature check measured in the same run;
 *   1b. the same for copy receipts (v 2, repair copies: ed25519 node signature, repair-permit record),
 *      against the bare ed25519 check;
 *   2. the epoch-end work of a report over 100,000 receipts: the reporter's compute (leaves, sorted
 *      Merkle root, volumes) + BLS signature, and a co-signer's full check (compute + compare + sign),
 *      against a bare SHA-256 over the same receipts' canonical JSON.
 *
 *   node --import tsx bench/pot-traffic.ts [verify=5000] [epochReceipts=100000]
 *
 * Not included: the chain commit of MsgVolumeReport (one tx, one block: see bench/pot-report.ts)
 * and network transfer of receipts between meta nodes.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { blsSecretKeyFromSeed } from "../chain/crypto/bls.ts";
import { fileHash, sliceHash } from "../chain/crypto/cid.ts";
import { publicKeyFromPrivate } from "../chain/crypto/secp256k1.ts";
import { canonicalJson } from "../meta-node/protocol/canonical-json.ts";
import { DEFAULT_CONFIG } from "../meta-node/home.ts";
import { NodeIdentity, PeerClient } from "../meta-node/net.ts";
import { checkReceiptSignature, receiptMessage, signNodeReceipt, signReceipt, type Receipt, type SignedReceipt } from "../meta-node/protocol/receipt.ts";
import { verifyEd25519 } from "../meta-node/protocol/node-key.ts";
import { signWalletMessage, verifyWalletSignature, walletAddress } from "../meta-node/protocol/wallet-signature.ts";
import { ReplicatedRecords } from "../meta-node/records.ts";
import { BONDED, MetaStore } from "../meta-node/store.ts";
import { Traffic } from "../meta-node/traffic.ts";

const VERIFY = Number(process.argv[2] ?? 5000);
const EPOCH = Number(process.argv[3] ?? 100_000);
const SLICES = 100;

const dir = mkdtempSync(join(tmpdir(), "bench-pot-traffic-"));
const store = new MetaStore(join(dir, "data"));
const id = NodeIdentity.fromSeed(new Uint8Array(32).fill(3));
const log = { info() {}, warn() {}, error() {} } as any;
const peer = new PeerClient(id, 1000);
const records = new ReplicatedRecords(store, id, log, peer, 1000);
records.setMembers([{ address: id.address, url: "http://127.0.0.1:1" }]);
const cfg = { ...DEFAULT_CONFIG, epochBlocks: 1_000_000, epochGraceBlocks: 0 };
const traffic = new Traffic(store, records, id, cfg, log, {} as any, "st1", peer, blsSecretKeyFromSeed(randomBytes(32)));

const key = randomBytes(32);
const wallet = walletAddress(publicKeyFromPrivate(key, true), "secp256k1");
const server = NodeIdentity.fromSeed(new Uint8Array(32).fill(4)).address;
const data = randomBytes(64);
const fh = fileHash(data);
const slices = Array.from({ length: SLICES }, (_, i) => ({ number: i + 1, hash: sliceHash(fh, i + 1, data), size: 65536 }));
store.transaction(() => {
  store.chain.putSync(`rn/${server}`, { address: server, pubkey: "", owner: wallet, status: BONDED, suspend: false, tokens: "1", effective: "1", url: "" });
  store.state.putSync("cursor", 10);
});
store.applyRecords([{ key: `f/${wallet}/${fh}`, rec: { v: 1, w: id.address, val: { owner: wallet, fileHash: fh, slices } } }]);
const permits = Math.ceil(Math.max(VERIFY, EPOCH) / SLICES);
const permitIds = Array.from({ length: permits }, () => randomBytes(16).toString("hex"));
store.applyRecords(permitIds.map((p) => ({ key: `c/${wallet}/${p}`, rec: { v: 1, w: id.address, val: { noz: "6553600", fileHash: fh, kind: "download", owner: wallet, epoch: 1 } } })));

const receipt = (i: number): Receipt => ({ v: 1, permit: permitIds[Math.floor(i / SLICES)]!, meta: id.address, file: fh, owner: wallet, slice: (i % SLICES) + 1, sliceHash: slices[i % SLICES]!.hash, bytes: 65536, server, receiver: wallet, nonce: randomBytes(8).toString("hex") });

// 1. verify + store
const signed: SignedReceipt[] = Array.from({ length: VERIFY }, (_, i) => signReceipt(receipt(i), (m) => signWalletMessage(key, m, "secp256k1")));
let t = performance.now();
for (const sr of signed) if (!verifyWalletSignature(sr.sig, receiptMessage(sr.receipt)).ok) throw new Error("bad signature");
const bareMs = performance.now() - t;
t = performance.now();
// as serving nodes hand them in: POST /v1/pot/receipts batches (the handler, without HTTP)
for (let i = 0; i < signed.length; i += 2000) {
  const a = await traffic.handIn(server, { receipts: signed.slice(i, i + 2000) });
  if (a.rejected.length) throw new Error(a.rejected[0]!.reason);
}
await store.pot.flushed;
const acceptMs = performance.now() - t;
const acceptRate = (VERIFY / acceptMs) * 1000;
const bareRate = (VERIFY / bareMs) * 1000;

// 1b. copy receipts: each repair permit copies one slice to one node (as meta-node/service.ts issues them)
const dest = NodeIdentity.fromSeed(new Uint8Array(32).fill(5));
const repairIds = Array.from({ length: VERIFY }, () => randomBytes(16).toString("hex"));
store.applyRecords(repairIds.map((p, i) => ({ key: `c/${dest.address}/${p}`, rec: { v: 1, w: id.address, val: { kind: "repair", noz: "0", fileHash: fh, owner: wallet, slice: (i % SLICES) + 1, sources: [server], epoch: 1 } } })));
const copies: SignedReceipt[] = repairIds.map((p, i) => signNodeReceipt({ ...receipt(i), v: 2, permit: p, receiver: dest.address }, dest));
t = performance.now();
for (const sr of copies) {
  if (!verifyEd25519(dest.publicKey, Buffer.from(receiptMessage(sr.receipt), "utf8"), new Uint8Array(Buffer.from(sr.sig.signature, "base64")))) throw new Error("bad signature");
}
const bareCopyMs = performance.now() - t;
if (checkReceiptSignature(copies[0]!) !== null) throw new Error("copy receipt does not verify");
t = performance.now();
for (let i = 0; i < copies.length; i += 2000) {
  const a = await traffic.handIn(server, { receipts: copies.slice(i, i + 2000) });
  if (a.rejected.length) throw new Error(a.rejected[0]!.reason);
}
await store.pot.flushed;
const copyMs = performance.now() - t;
const copyRate = (VERIFY / copyMs) * 1000;
const bareCopyRate = (VERIFY / bareCopyMs) * 1000;
// (the epoch below counts download receipts only)
store.transaction(() => {
  for (const sr of copies) store.pot.removeSync(`rc/${String(1).padStart(12, "0")}/${sr.receipt.permit}/${String(sr.receipt.slice).padStart(6, "0")}`);
});

// 2. an epoch of EPOCH receipts (signature bytes reused: compute does not re-verify held receipts)
const proto = signed[0]!.sig;
store.transaction(() => {
  for (let i = VERIFY; i < EPOCH; i++) {
    const r = receipt(i);
    store.pot.putSync(`rc/${String(1).padStart(12, "0")}/${r.permit}/${String(r.slice).padStart(6, "0")}`, { receipt: r, sig: proto });
  }
});
t = performance.now();
let h = createHash("sha256");
for (const { value } of store.pot.getRange({ start: "rc/", end: "rc0" })) h.update(canonicalJson(value));
h.digest();
const bareEpochMs = performance.now() - t;
t = performance.now();
const c = traffic.compute(0, 1);
const computeMs = performance.now() - t;
store.transaction(() => store.state.putSync("cursor", 2_000_000));
store.chain.putSync(`mn/${id.address}`, { address: id.address, pubkey: "", owner: "st1", status: BONDED, suspend: false, url: "http://127.0.0.1:1", tokens: "1" });
const proposal = { epoch: 1, from: 0, reporter: id.address, reporterOwner: "st1", reportReference: c.root, walletVolumes: c.walletVolumes.map((w) => ({ walletAddress: w.walletAddress, volume: w.volume.toString() })), count: c.count };
t = performance.now();
await traffic.cosign(id.address, { proposal });
const cosignMs = performance.now() - t;

console.log(`receipts verified+stored: ${acceptRate.toFixed(0)}/s (${VERIFY} receipts); bare wallet-signature check ${bareRate.toFixed(0)}/s; ratio ${(acceptRate / bareRate).toFixed(2)}`);
console.log(`copy receipts verified+stored: ${copyRate.toFixed(0)}/s (${VERIFY} receipts); bare ed25519 check ${bareCopyRate.toFixed(0)}/s; ratio ${(copyRate / bareCopyRate).toFixed(2)}`);
console.log(`epoch of ${c.count} receipts: reporter compute ${computeMs.toFixed(0)} ms, co-signer check+sign ${cosignMs.toFixed(0)} ms; bare SHA-256 over the receipts ${bareEpochMs.toFixed(0)} ms; ratio ${(cosignMs / bareEpochMs).toFixed(2)}`);
console.log(`epoch end → report ready (reporter compute + slowest co-signer, run in parallel by peers): ~${(computeMs + cosignMs).toFixed(0)} ms + one block for the tx`);
peer.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
