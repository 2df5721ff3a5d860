// Traffic receipts and the Merkle tree behind report_reference (meta-node/protocol/receipt.ts).
import { expect } from "chai";
import { randomBytes } from "node:crypto";
import { fileHash, sliceHash } from "../../../chain/crypto/cid.ts";
import { NodeIdentity } from "../../../meta-node/protocol/node-key.ts";
import {
  checkReceiptSignature,
  merkleProofs,
  merkleRoot,
  parseSignedReceipt,
  receiptLeaf,
  receiptSlot,
  signNodeReceipt,
  signReceipt,
  sortLeaves,
  verifyMerkleProof,
  type Receipt,
} from "../../../meta-node/protocol/receipt.ts";
import { signWalletMessage, walletAddress } from "../../../meta-node/protocol/wallet-signature.ts";
import { publicKeyFromPrivate } from "../../../chain/crypto/secp256k1.ts";

describe("traffic receipts", () => {
  const key = new Uint8Array(32).fill(7);
  const other = new Uint8Array(32).fill(9);
  const wallet = walletAddress(publicKeyFromPrivate(key, true), "secp256k1");
  const data = Buffer.from("some bytes");
  const receipt = (n = 1): Receipt => ({
    v: 1,
    permit: "ab".repeat(16),
    meta: NodeIdentity.fromSeed(new Uint8Array(32).fill(1)).address,
    file: fileHash(data),
    owner: wallet,
    slice: n,
    sliceHash: sliceHash(fileHash(data), n, data),
    bytes: 10,
    server: NodeIdentity.fromSeed(new Uint8Array(32).fill(2)).address,
    receiver: wallet,
    nonce: randomBytes(8).toString("hex"),
  });

  it("verifies for the receiver's wallet only; any changed field breaks it", () => {
    const sr = signReceipt(receipt(), (m) => signWalletMessage(key, m, "secp256k1"));
    expect(checkReceiptSignature(sr)).to.equal(null);
    expect(checkReceiptSignature({ ...sr, receipt: { ...sr.receipt, bytes: 11 } })).to.match(/does not verify/);
    expect(checkReceiptSignature({ ...sr, receipt: { ...sr.receipt, permit: "cd".repeat(16) } })).to.match(/does not verify/);
    const byOther = signReceipt(receipt(), (m) => signWalletMessage(other, m, "secp256k1"));
    expect(checkReceiptSignature(byOther)).to.match(/not by its receiver/);
  });

  it("parses strictly", () => {
    const sr = signReceipt(receipt(), (m) => signWalletMessage(key, m, "secp256k1"));
    expect(parseSignedReceipt(JSON.parse(JSON.stringify(sr)))).to.deep.equal(sr);
    expect(parseSignedReceipt({ ...sr, receipt: { ...sr.receipt, extra: 1 } })).to.match(/unknown field/);
    expect(parseSignedReceipt({ ...sr, receipt: { ...sr.receipt, bytes: 0 } })).to.match(/bytes/);
    expect(parseSignedReceipt({ ...sr, receipt: { ...sr.receipt, server: "st1xyz" } })).to.match(/server/);
    expect(parseSignedReceipt(null)).to.be.a("string");
  });

  it("a copy receipt (v 2) verifies for the receiving node's P2P key only; a wallet cannot stand in for a node", () => {
    const dest = NodeIdentity.fromSeed(new Uint8Array(32).fill(3));
    const impostor = NodeIdentity.fromSeed(new Uint8Array(32).fill(4));
    const copy: Receipt = { ...receipt(), v: 2, receiver: dest.address };
    const sr = signNodeReceipt(copy, dest);
    expect(parseSignedReceipt(JSON.parse(JSON.stringify(sr)))).to.deep.equal(sr);
    expect(checkReceiptSignature(sr)).to.equal(null);
    expect(checkReceiptSignature({ ...sr, receipt: { ...sr.receipt, bytes: 11 } })).to.match(/does not verify/);
    expect(checkReceiptSignature(signNodeReceipt(copy, impostor))).to.match(/not by its receiver/);
    // a forged pubkey field naming the receiver's key, but signed by another key
    const forged = { receipt: copy, sig: { pubkey: Buffer.from(dest.publicKey).toString("base64"), signature: signNodeReceipt(copy, impostor).sig.signature } };
    expect(checkReceiptSignature(forged)).to.match(/does not verify/);
    // receivers and signature forms do not mix across kinds
    expect(parseSignedReceipt({ ...sr, receipt: { ...copy, receiver: wallet } })).to.match(/stsds1/);
    expect(parseSignedReceipt({ receipt: { ...receipt(), receiver: dest.address }, sig: sr.sig })).to.match(/st1/);
    expect(parseSignedReceipt({ ...sr, sig: { ...sr.sig, address: wallet } })).to.match(/unknown field/);
    expect(parseSignedReceipt({ ...sr, receipt: { ...copy, v: 4 } })).to.match(/receipt.v/);
  });

  it("a relay receipt (v 3) verifies for the gateway's P2P key only, and shares the download slot of (permit, slice)", () => {
    const gw = NodeIdentity.fromSeed(new Uint8Array(32).fill(5));
    const impostor = NodeIdentity.fromSeed(new Uint8Array(32).fill(6));
    const relay: Receipt = { ...receipt(2), v: 3, gateway: gw.address };
    const sr = signNodeReceipt(relay, gw);
    expect(parseSignedReceipt(JSON.parse(JSON.stringify(sr)))).to.deep.equal(sr);
    expect(checkReceiptSignature(sr)).to.equal(null);
    expect(checkReceiptSignature({ ...sr, receipt: { ...relay, bytes: 11 } })).to.match(/does not verify/);
    expect(checkReceiptSignature(signNodeReceipt(relay, impostor))).to.match(/not by its gateway/);
    // naming another gateway does not help the impostor
    expect(checkReceiptSignature(signNodeReceipt({ ...relay, gateway: impostor.address }, impostor))).to.equal(null);
    expect(receiptSlot(relay)).to.not.equal(receiptSlot({ ...relay, gateway: impostor.address, permit: "cd".repeat(16) }));
    // the receiver stays the paying wallet; a gateway field only on v 3; a wallet signature is not a relay signature
    expect(parseSignedReceipt({ ...sr, receipt: { ...relay, receiver: gw.address } })).to.match(/st1/);
    expect(parseSignedReceipt({ ...sr, receipt: { ...relay, gateway: undefined } })).to.match(/gateway/);
    expect(parseSignedReceipt({ receipt: { ...receipt(2), gateway: gw.address }, sig: signReceipt(receipt(2), (m) => signWalletMessage(key, m, "secp256k1")).sig })).to.match(/unknown field "gateway"/);
    expect(parseSignedReceipt({ receipt: relay, sig: signReceipt(receipt(2), (m) => signWalletMessage(key, m, "secp256k1")).sig })).to.match(/unknown field|pubkey, signature/);
    // the wallet's own receipt and the gateway's for the same slice of the same permit: one slot
    expect(receiptSlot(relay)).to.equal(receiptSlot(receipt(2)));
  });

  it("one download receipt per (permit, slice); one copy receipt per (permit, slice, receiving node)", () => {
    const a = NodeIdentity.fromSeed(new Uint8Array(32).fill(3)).address;
    const b = NodeIdentity.fromSeed(new Uint8Array(32).fill(4)).address;
    expect(receiptSlot(receipt(2))).to.equal(receiptSlot({ ...receipt(2), nonce: "00".repeat(8) }));
    expect(receiptSlot(receipt(2))).to.not.equal(receiptSlot(receipt(3)));
    const copy = (receiver: string): Receipt => ({ ...receipt(2), v: 2, receiver });
    // an upload permit sends slice 2 to both a and b: two receipts, each counted once
    expect(receiptSlot(copy(a))).to.not.equal(receiptSlot(copy(b)));
    expect(receiptSlot(copy(a))).to.equal(receiptSlot({ ...copy(a), nonce: "11".repeat(8) }));
  });

  it("Merkle root is order-independent and every proof verifies; a wrong leaf or root does not", () => {
    for (const n of [1, 2, 3, 5, 8, 13]) {
      const leaves = Array.from({ length: n }, (_, i) => receiptLeaf(signReceipt(receipt(i + 1), (m) => signWalletMessage(key, m, "secp256k1"))));
      const sorted = sortLeaves(leaves);
      const root = merkleRoot(sorted);
      expect(merkleRoot(sortLeaves([...leaves].reverse()))).to.equal(root);
      const proofs = merkleProofs(sorted);
      for (const [i, leaf] of sorted.entries()) expect(verifyMerkleProof(leaf, proofs[i]!, root), `n=${n} i=${i}`).to.equal(true);
      expect(verifyMerkleProof(randomBytes(32), proofs[0]!, root)).to.equal(false);
      expect(verifyMerkleProof(sorted[0]!, proofs[0]!, "00".repeat(32))).to.equal(false);
      if (n > 1) expect(merkleRoot(sorted.slice(1))).to.not.equal(root);
    }
  });
});
