// Traffic receipts (PROTOCOL.md "Proof of Traffic"): the receiving party of a slice signs what it got,
// so a resource node's traffic is counted from its receivers' word, never from its own. Also the
// Merkle tree over an epoch's receipts whose root is MsgVolumeReport.report_reference, and its proofs.
// Shared by resource-node (signs, holds, forwards), meta-node (verifies, reports) and the auditor.
import { createHash } from "node:crypto";
import { isValidFileHash } from "../../chain/crypto/cid.ts";
import { keccak256 } from "../../chain/crypto/hash.ts";
import { canonicalJson } from "./canonical-json.ts";
import { sdsAddressOfEd25519, verifyEd25519 } from "./node-key.ts";
import { verifyWalletSignature, type WalletSignature } from "./wallet-signature.ts";

/**
 * v 1: a client download, signed by the downloading wallet (receiver st1…).
 * v 2: a node-to-node copy (an upload replica sent by the uploading gateway, or a repair copy),
 *      signed by the receiving node's P2P key (receiver stsds1…).
 * v 3: a relayed client download (the `user_*` JSON-RPC API, where the gateway holds no wallet key),
 *      signed by the relaying gateway's P2P key (`gateway` stsds1…); receiver = the paying wallet.
 */
export interface Receipt {
  v: 1 | 2 | 3;
  /** The download or repair permit the bytes moved under (its record at the meta nodes is what pays the traffic). */
  permit: string;
  /** stsds1… of the meta node that signed the permit. */
  meta: string;
  file: string;
  owner: string;
  slice: number;
  sliceHash: string;
  bytes: number;
  /** stsds1… of the node that served the slice (who is credited). */
  server: string;
  /** st1… of the downloading wallet (v 1) or stsds1… of the receiving node (v 2): the signer. */
  receiver: string;
  /** hex of 8 random bytes: two receipts never have the same bytes. */
  nonce: string;
  /** v 3 only: stsds1… of the gateway that asked for the download permit and relayed the slice (the signer). */
  gateway?: string;
}

/** A node's ed25519 signature of a copy receipt: base64 32-byte public key and 64-byte signature. */
export interface NodeReceiptSignature {
  pubkey: string;
  signature: string;
}

export interface SignedReceipt {
  receipt: Receipt;
  sig: WalletSignature | NodeReceiptSignature;
}

const SDS = /^stsds1[02-9ac-hj-np-z]{20,90}$/;
const ACC = /^st1[02-9ac-hj-np-z]{20,90}$/;
const HEX32 = /^[0-9a-f]{32}$/;
const HEX16 = /^[0-9a-f]{16}$/;

/** The string the receiver's wallet signs: a domain tag and Keccak-256 of the canonical receipt. */
export function receiptMessage(r: Receipt): string {
  return "stratos-traffic-receipt:" + Buffer.from(keccak256(Buffer.from(canonicalJson(r), "utf8"))).toString("hex");
}

export function signReceipt(r: Receipt, sign: (message: string) => WalletSignature): SignedReceipt {
  return { receipt: r, sig: sign(receiptMessage(r)) };
}

/** A copy receipt (v 2) signed by the receiving node's P2P key, or a relay receipt (v 3) by the gateway's, over the same message. */
export function signNodeReceipt(r: Receipt, identity: { publicKey: Uint8Array; sign(m: Uint8Array): Uint8Array }): SignedReceipt {
  return { receipt: r, sig: { pubkey: Buffer.from(identity.publicKey).toString("base64"), signature: Buffer.from(identity.sign(Buffer.from(receiptMessage(r), "utf8"))).toString("base64") } };
}

/** The shape of a signed receipt, or the reason it is malformed. */
export function parseSignedReceipt(x: unknown): SignedReceipt | string {
  const o = x as any;
  if (!o || typeof o !== "object" || !o.receipt || typeof o.receipt !== "object" || !o.sig || typeof o.sig !== "object") return "a signed receipt is {receipt, sig}";
  const r = o.receipt;
  const keys = ["v", "permit", "meta", "file", "owner", "slice", "sliceHash", "bytes", "server", "receiver", "nonce", ...(r.v === 3 ? ["gateway"] : [])];
  for (const k of Object.keys(r)) if (!keys.includes(k)) return `receipt: unknown field ${JSON.stringify(k)}`;
  if (r.v !== 1 && r.v !== 2 && r.v !== 3) return "receipt.v must be 1 (download), 2 (node copy) or 3 (download relayed by a gateway)";
  if (typeof r.permit !== "string" || !HEX32.test(r.permit)) return "receipt.permit must be a permit id (32 hex)";
  if (typeof r.meta !== "string" || !SDS.test(r.meta)) return "receipt.meta must be an stsds1… address";
  if (typeof r.file !== "string" || !isValidFileHash(r.file)) return "receipt.file is not a Stratos file hash";
  if (typeof r.owner !== "string" || !ACC.test(r.owner)) return "receipt.owner must be an st1… address";
  if (!Number.isSafeInteger(r.slice) || r.slice < 1) return "receipt.slice must be a slice number ≥ 1";
  if (typeof r.sliceHash !== "string" || !isValidFileHash(r.sliceHash)) return "receipt.sliceHash is not a Stratos slice hash";
  if (!Number.isSafeInteger(r.bytes) || r.bytes < 1) return "receipt.bytes must be a positive integer";
  if (typeof r.server !== "string" || !SDS.test(r.server)) return "receipt.server must be an stsds1… address";
  if (r.v !== 2 && (typeof r.receiver !== "string" || !ACC.test(r.receiver))) return "receipt.receiver of a download receipt must be an st1… wallet";
  if (r.v === 3 && (typeof r.gateway !== "string" || !SDS.test(r.gateway))) return "receipt.gateway of a relay receipt must be an stsds1… node";
  if (r.v === 2 && (typeof r.receiver !== "string" || !SDS.test(r.receiver))) return "receipt.receiver of a copy receipt must be an stsds1… node";
  if (typeof r.nonce !== "string" || !HEX16.test(r.nonce)) return "receipt.nonce must be 16 hex digits";
  const receipt: Receipt = { v: r.v, permit: r.permit, meta: r.meta, file: r.file, owner: r.owner, slice: r.slice, sliceHash: r.sliceHash, bytes: r.bytes, server: r.server, receiver: r.receiver, nonce: r.nonce, ...(r.v === 3 ? { gateway: r.gateway } : {}) };
  const s = o.sig;
  if (r.v !== 1) {
    for (const k of Object.keys(s)) if (k !== "pubkey" && k !== "signature") return `receipt.sig: unknown field ${JSON.stringify(k)}`;
    if (typeof s.pubkey !== "string" || typeof s.signature !== "string") return `receipt.sig of a ${r.v === 2 ? "copy" : "relay"} receipt is {pubkey, signature} (base64 ed25519)`;
    return { receipt, sig: { pubkey: s.pubkey, signature: s.signature } };
  }
  return { receipt, sig: { address: s.address, pubkey: s.pubkey, signature: s.signature } };
}

/** Null when the receipt is signed by its receiver (wallet for v 1, node P2P key for v 2) or by its gateway (node P2P key for v 3), else why not. */
export function checkReceiptSignature(sr: SignedReceipt): string | null {
  if (sr.receipt.v !== 1) {
    const s = sr.sig as NodeReceiptSignature;
    const pk = Buffer.from(s.pubkey, "base64");
    const sig = Buffer.from(s.signature, "base64");
    if (pk.length !== 32) return "receipt signature: the node public key must be 32 bytes (base64)";
    const signer = sdsAddressOfEd25519(new Uint8Array(pk));
    if (sr.receipt.v === 3 && signer !== sr.receipt.gateway) return `the relay receipt is signed by node ${signer}, not by its gateway ${sr.receipt.gateway}`;
    if (sr.receipt.v === 2 && signer !== sr.receipt.receiver) return `the receipt is signed by node ${signer}, not by its receiver ${sr.receipt.receiver}`;
    if (!verifyEd25519(new Uint8Array(pk), Buffer.from(receiptMessage(sr.receipt), "utf8"), new Uint8Array(sig))) return "receipt signature: the ed25519 signature does not verify";
    return null;
  }
  const v = verifyWalletSignature(sr.sig, receiptMessage(sr.receipt));
  if (!v.ok) return `receipt signature: ${v.reason}`;
  if (v.address !== sr.receipt.receiver) return `the receipt is signed by ${v.address}, not by its receiver ${sr.receipt.receiver}`;
  return null;
}

/**
 * One receipt per (permit, slice) for a download — wallet-signed (v 1) and gateway-signed (v 3) share
 * the slot, so a slice is paid once whoever signed; one per (permit, slice, receiving node) for a copy
 * (an upload permit sends each slice to several).
 */
export const receiptSlot = (r: Receipt) => `${r.permit}/${String(r.slice).padStart(6, "0")}${r.v === 2 ? `/${r.receiver}` : ""}`;

// ---- Merkle tree over an epoch's receipts ----------------------------------------------------------
// leaf = SHA-256(0x00 ‖ canonicalJson(signedReceipt)), leaves sorted by value (every meta node holding
// the same receipts gets the same root, whatever order they arrived in); node = SHA-256(0x01 ‖ l ‖ r);
// an odd last node is carried up unchanged. The root of no receipts is SHA-256 of nothing.

const sha = (...parts: Buffer[]) => createHash("sha256").update(Buffer.concat(parts)).digest();

export function receiptLeaf(sr: SignedReceipt): Buffer {
  return sha(Buffer.from([0]), Buffer.from(canonicalJson(sr), "utf8"));
}

export function sortLeaves(leaves: Buffer[]): Buffer[] {
  return [...leaves].sort(Buffer.compare);
}

/** Root (hex) of sorted leaves. */
export function merkleRoot(sorted: Buffer[]): string {
  if (sorted.length === 0) return sha().toString("hex");
  let level = sorted;
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? sha(Buffer.from([1]), level[i]!, level[i + 1]!) : level[i]!);
    level = next;
  }
  return level[0]!.toString("hex");
}

export interface MerkleProofStep {
  /** hex of the sibling */
  hash: string;
  /** the sibling is on the left */
  left: boolean;
}

/** Proofs for every leaf index of sorted leaves, computed level by level (O(n log n) total). */
export function merkleProofs(sorted: Buffer[]): MerkleProofStep[][] {
  const proofs: MerkleProofStep[][] = sorted.map(() => []);
  let level = sorted;
  let members: number[][] = sorted.map((_, i) => [i]);
  while (level.length > 1) {
    const next: Buffer[] = [];
    const nextMembers: number[][] = [];
    for (let i = 0; i < level.length; i += 2) {
      if (i + 1 < level.length) {
        for (const m of members[i]!) proofs[m]!.push({ hash: level[i + 1]!.toString("hex"), left: false });
        for (const m of members[i + 1]!) proofs[m]!.push({ hash: level[i]!.toString("hex"), left: true });
        next.push(sha(Buffer.from([1]), level[i]!, level[i + 1]!));
        nextMembers.push([...members[i]!, ...members[i + 1]!]);
      } else {
        next.push(level[i]!);
        nextMembers.push(members[i]!);
      }
    }
    level = next;
    members = nextMembers;
  }
  return proofs;
}

export function verifyMerkleProof(leaf: Buffer, proof: MerkleProofStep[], rootHex: string): boolean {
  let h = leaf;
  for (const s of proof) {
    if (typeof s?.hash !== "string" || !/^[0-9a-f]{64}$/.test(s.hash)) return false;
    const sib = Buffer.from(s.hash, "hex");
    h = s.left ? sha(Buffer.from([1]), sib, h) : sha(Buffer.from([1]), h, sib);
  }
  return h.toString("hex") === rootHex;
}

/** Per-server byte totals of a receipt set, servers sorted. */
export function serverVolumes(receipts: Iterable<SignedReceipt>): Map<string, bigint> {
  const m = new Map<string, bigint>();
  for (const sr of receipts) m.set(sr.receipt.server, (m.get(sr.receipt.server) ?? 0n) + BigInt(sr.receipt.bytes));
  return new Map([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
