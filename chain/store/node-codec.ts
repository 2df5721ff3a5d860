/**
 * In-memory node shapes and their lmdb encodings.
 *
 * A node is addressed by its ref = version(8 bytes BE) || hash(32): the version it was created at
 * plus its hash. Keying by creation version (like IAVL) means a node that is orphaned and later
 * re-created with the same hash gets a new key, so pruning the old one can never delete a live node.
 *
 * Records (values of the `nodes` db):
 *   leaf : 0x00 || uvarint(len(key)) || key || value
 *   inner: 0x01 || leftRef(40) || rightRef(40)        (an empty child is 40 zero bytes)
 * Versions start at 1, so the all-zero ref can never name a real node.
 */
import { HASH_LEN, sha256 } from "./hash.ts";

export const REF_LEN = 8 + HASH_LEN;
export const EMPTY_REF: Buffer = Buffer.alloc(REF_LEN);

export type Ref = Buffer;

export interface LeafNode {
  readonly kind: 0;
  readonly ref: Ref;
  readonly key: Buffer;
  readonly value: Buffer;
  /** SHA256(key), computed lazily for nodes read from disk (only updates need it). */
  path: Buffer | undefined;
}

export interface InnerNode {
  readonly kind: 1;
  readonly ref: Ref;
  readonly left: Ref | null;
  readonly right: Ref | null;
}

export type TreeNode = LeafNode | InnerNode;

export const refHash = (ref: Ref): Buffer => ref.subarray(8, REF_LEN);
/** Map key for a ref; latin1 keeps one char per byte, so it is injective and cheap. */
export const refId = (ref: Ref): string => ref.toString("latin1", 0, REF_LEN);
export const refVersion = (ref: Ref): number => ref.readUInt32BE(0) * 0x1_0000_0000 + ref.readUInt32BE(4);

export function leafPath(leaf: LeafNode): Buffer {
  return (leaf.path ??= sha256(leaf.key));
}

export function versionKey(version: number): Buffer {
  const b = Buffer.allocUnsafe(8);
  writeVersion(b, 0, version);
  return b;
}

export function writeVersion(buf: Buffer, offset: number, version: number): void {
  buf.writeUInt32BE(Math.floor(version / 0x1_0000_0000), offset);
  buf.writeUInt32BE(version >>> 0, offset + 4);
}

export const readVersion = (buf: Buffer, offset = 0): number =>
  buf.readUInt32BE(offset) * 0x1_0000_0000 + buf.readUInt32BE(offset + 4);

export function makeRef(version: number, hash: Uint8Array): Ref {
  const r = Buffer.allocUnsafe(REF_LEN);
  writeVersion(r, 0, version);
  r.set(hash, 8);
  return r;
}

export function encodeNode(node: TreeNode): Buffer {
  if (node.kind === 1) {
    const out = Buffer.allocUnsafe(1 + 2 * REF_LEN);
    out[0] = 0x01;
    (node.left ?? EMPTY_REF).copy(out, 1);
    (node.right ?? EMPTY_REF).copy(out, 1 + REF_LEN);
    return out;
  }
  const klen = node.key.length;
  let lenBytes = 1;
  for (let n = klen; n >= 0x80; n >>>= 7) lenBytes++;
  const out = Buffer.allocUnsafe(1 + lenBytes + klen + node.value.length);
  out[0] = 0x00;
  let o = 1;
  let n = klen;
  while (n >= 0x80) {
    out[o++] = (n & 0x7f) | 0x80;
    n >>>= 7;
  }
  out[o++] = n;
  node.key.copy(out, o);
  node.value.copy(out, o + klen);
  return out;
}

const isEmptyRef = (b: Buffer, off: number): boolean => {
  for (let i = off; i < off + REF_LEN; i++) if (b[i] !== 0) return false;
  return true;
};

/** Decodes a record read for `ref`. Fields are views into `rec`, which must not be reused. */
export function decodeNode(ref: Ref, rec: Buffer): TreeNode {
  if (rec[0] === 0x01) {
    if (rec.length !== 1 + 2 * REF_LEN) throw new Error("merkle store: corrupt inner node record");
    return {
      kind: 1,
      ref,
      left: isEmptyRef(rec, 1) ? null : rec.subarray(1, 1 + REF_LEN),
      right: isEmptyRef(rec, 1 + REF_LEN) ? null : rec.subarray(1 + REF_LEN),
    };
  }
  if (rec[0] !== 0x00) throw new Error("merkle store: corrupt node record");
  let klen = 0;
  let shift = 0;
  let o = 1;
  for (;;) {
    const b = rec[o++];
    if (b === undefined) throw new Error("merkle store: corrupt leaf record");
    klen += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) break;
    shift += 7;
  }
  if (o + klen > rec.length) throw new Error("merkle store: corrupt leaf record");
  return { kind: 0, ref, key: rec.subarray(o, o + klen), value: rec.subarray(o + klen), path: undefined };
}
