/**
 * Compact binary sparse Merkle tree over path = SHA256(key) (ICS23 SmtSpec hashing).
 *
 * Shape rules (they make the tree history independent: the shape is a function of the key set):
 *  - bit d of the path picks the child at depth d (bit 0 = MSB of byte 0, 0 = left);
 *  - a subtree holding exactly one leaf IS that leaf;
 *  - an inner node exists iff >= 2 leaves are below it, so two keys sharing a long path prefix
 *    hang under a chain of inner nodes whose other child is empty.
 * A leaf's hash does not depend on its position, so a leaf that moves up or down keeps its ref and
 * is never rewritten.
 */
import type { CommitmentProof, ExistenceProof, InnerOp } from "cosmjs-types/cosmos/ics23/v1/proofs";
import { HashOp } from "cosmjs-types/cosmos/ics23/v1/proofs";
import { EMPTY_HASH, innerHash, leafHash, sha256 } from "./hash.ts";
import { smtLeafOp } from "./ics23.ts";
import {
  makeRef,
  leafPath,
  refHash,
  type InnerNode,
  type LeafNode,
  type Ref,
  type TreeNode,
} from "./node-codec.ts";

/** Resolves a ref to its node; throws if the node is unknown. */
export type NodeLoader = (ref: Ref) => TreeNode;

/** One write of a batch. `value === null` deletes. */
export interface Change {
  readonly key: Buffer;
  readonly value: Buffer | null;
  readonly path: Buffer;
}

/** A leaf to place while building a subtree: either an existing leaf (kept as is) or a new one. */
interface Item {
  readonly path: Buffer;
  readonly key: Buffer;
  readonly value: Buffer;
  readonly existing?: LeafNode;
}

export const bit = (path: Uint8Array, depth: number): number => (path[depth >> 3] >> (7 - (depth & 7))) & 1;

/** First index in [lo, hi) whose path has bit `depth` set (paths sorted and sharing `depth` bits). */
function split(items: readonly { path: Buffer }[], lo: number, hi: number, depth: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bit(items[mid].path, depth) === 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const sameRef = (a: Ref | null, b: Ref | null): boolean => a === b || (a !== null && b !== null && a.equals(b));

/** Path order. Most pairs differ in the first 4 bytes; a JS number compare there is several times
 * cheaper than the native Buffer.compare call (which was ~10% of stage() time). */
export function comparePaths(a: Buffer, b: Buffer): number {
  const x = a.readUInt32BE(0);
  const y = b.readUInt32BE(0);
  return x !== y ? (x < y ? -1 : 1) : Buffer.compare(a, b);
}

/** Sorts by path and keeps the last write per key (Array.prototype.sort is stable). */
export function normalizeChanges(changes: Change[]): Change[] {
  changes.sort((a, b) => comparePaths(a.path, b.path));
  const out: Change[] = [];
  for (let i = 0; i < changes.length; i++) {
    if (i + 1 < changes.length && changes[i + 1].path.equals(changes[i].path)) continue;
    out.push(changes[i]);
  }
  return out;
}

/**
 * Copy-on-write tree for one pending version. Nodes it creates carry `version` and live in
 * `created` until commit; committed nodes it replaces are collected in `orphans`; nodes it creates
 * and then replaces again (several batches per version) are simply dropped.
 */
export class WorkingTree {
  /**
   * Nodes created for this version, keyed by their ref object: every pointer to a pending node is
   * that same Buffer (handed out by newLeaf/newInner), so identity lookups are exact and avoid
   * hashing 40-byte keys.
   */
  readonly created = new Map<Ref, TreeNode>();
  readonly orphans: Ref[] = [];
  /** Counters for the benchmark: node hashes computed by updates. */
  hashes = 0;

  constructor(
    private readonly loadCommitted: NodeLoader,
    readonly version: number,
    public root: Ref | null,
  ) {}

  readonly load = (ref: Ref): TreeNode => this.created.get(ref) ?? this.loadCommitted(ref);

  /** Applies changes already passed through normalizeChanges(); returns the new root ref. */
  apply(changes: Change[]): Ref | null {
    if (changes.length > 0) this.root = this.update(this.root, 0, changes, 0, changes.length);
    return this.root;
  }

  private update(ref: Ref | null, depth: number, ch: Change[], lo: number, hi: number): Ref | null {
    if (ref === null) {
      const items: Item[] = [];
      for (let i = lo; i < hi; i++) {
        const c = ch[i];
        if (c.value !== null) items.push(c as Item);
      }
      return this.build(depth, items, 0, items.length);
    }
    const node = this.load(ref);
    if (node.kind === 0) return this.updateLeaf(node, depth, ch, lo, hi);
    const m = split(ch, lo, hi, depth);
    const left = lo < m ? this.update(node.left, depth + 1, ch, lo, m) : node.left;
    const right = m < hi ? this.update(node.right, depth + 1, ch, m, hi) : node.right;
    if (sameRef(left, node.left) && sameRef(right, node.right)) return ref;
    this.discard(node);
    return this.join(left, right);
  }

  /** The subtree is a lone leaf: merge it with the changes that fall into it and rebuild. */
  private updateLeaf(leaf: LeafNode, depth: number, ch: Change[], lo: number, hi: number): Ref | null {
    const lp = leafPath(leaf);
    const items: Item[] = [];
    let kept = true;
    let placed = false;
    for (let i = lo; i < hi; i++) {
      const c = ch[i];
      const cmp = comparePaths(c.path, lp);
      if (cmp === 0) {
        placed = true;
        if (c.value !== null && c.value.equals(leaf.value)) {
          items.push({ path: lp, key: leaf.key, value: leaf.value, existing: leaf });
        } else {
          kept = false;
          if (c.value !== null) items.push(c as Item);
        }
        continue;
      }
      if (cmp > 0 && !placed) {
        items.push({ path: lp, key: leaf.key, value: leaf.value, existing: leaf });
        placed = true;
      }
      if (c.value !== null) items.push(c as Item);
    }
    if (!placed) items.push({ path: lp, key: leaf.key, value: leaf.value, existing: leaf });
    if (kept && items.length === 1) return leaf.ref;
    if (!kept) this.discard(leaf);
    return this.build(depth, items, 0, items.length);
  }

  /** Subtree at `depth` for sorted items; all share the first `depth` path bits. */
  private build(depth: number, items: Item[], lo: number, hi: number): Ref | null {
    const n = hi - lo;
    if (n === 0) return null;
    if (n === 1) {
      const it = items[lo];
      return it.existing ? it.existing.ref : this.newLeaf(it);
    }
    const m = split(items, lo, hi, depth);
    // >= 2 leaves below: an inner node even if one side is empty (a chain over a shared prefix).
    return this.newInner(this.build(depth + 1, items, lo, m), this.build(depth + 1, items, m, hi));
  }

  /** Parent of two updated children, collapsing a lone leaf upward (compactness). */
  private join(left: Ref | null, right: Ref | null): Ref | null {
    if (left === null && right === null) return null;
    if (left === null && this.load(right!).kind === 0) return right;
    if (right === null && this.load(left!).kind === 0) return left;
    return this.newInner(left, right);
  }

  private discard(node: TreeNode): void {
    if (!this.created.delete(node.ref)) this.orphans.push(node.ref);
  }

  private newLeaf(it: Item): Ref {
    this.hashes++;
    const ref = makeRef(this.version, leafHash(it.path, it.value));
    this.created.set(ref, { kind: 0, ref, key: it.key, value: it.value, path: it.path });
    return ref;
  }

  private newInner(left: Ref | null, right: Ref | null): Ref {
    this.hashes++;
    const h = innerHash(left ? refHash(left) : EMPTY_HASH, right ? refHash(right) : EMPTY_HASH);
    const ref = makeRef(this.version, h);
    this.created.set(ref, { kind: 1, ref, left, right });
    return ref;
  }
}

/** Read-only walks over a tree given its root. */

interface Descent {
  /** Inner nodes from the root down, with the bit taken at each. */
  readonly steps: { node: InnerNode; bit: number }[];
  /** Where the walk stopped: the leaf occupying the key's subtree, or null for an empty subtree. */
  readonly end: LeafNode | null;
}

function descend(load: NodeLoader, root: Ref | null, path: Uint8Array): Descent {
  const steps: { node: InnerNode; bit: number }[] = [];
  let ref = root;
  let depth = 0;
  while (ref !== null) {
    const node = load(ref);
    if (node.kind === 0) return { steps, end: node };
    const b = bit(path, depth++);
    steps.push({ node, bit: b });
    ref = b === 0 ? node.left : node.right;
  }
  return { steps, end: null };
}

/** The leaf for `key`, or undefined. */
export function lookup(load: NodeLoader, root: Ref | null, key: Uint8Array): LeafNode | undefined {
  const { end } = descend(load, root, sha256(key));
  return end !== null && end.key.equals(key) ? end : undefined;
}

function extremeLeaf(load: NodeLoader, ref: Ref, rightmost: boolean): LeafNode {
  for (;;) {
    const node = load(ref);
    if (node.kind === 0) return node;
    // Every inner node has >= 2 leaves below, so at least one child is non-empty.
    ref = (rightmost ? (node.right ?? node.left) : (node.left ?? node.right))!;
  }
}

const copy = (b: Uint8Array): Uint8Array => Uint8Array.from(b);

function existenceProof(leaf: LeafNode, steps: Descent["steps"]): ExistenceProof {
  const path: InnerOp[] = [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const { node, bit: b } = steps[i];
    const sib = b === 0 ? node.right : node.left;
    const sibHash = sib ? refHash(sib) : EMPTY_HASH;
    if (b === 0) path.push({ hash: HashOp.SHA256, prefix: Uint8Array.of(0x01), suffix: copy(sibHash) });
    else {
      const prefix = new Uint8Array(33);
      prefix[0] = 0x01;
      prefix.set(sibHash, 1);
      path.push({ hash: HashOp.SHA256, prefix, suffix: new Uint8Array(0) });
    }
  }
  return { key: copy(leaf.key), value: copy(leaf.value), leaf: smtLeafOp(), path };
}

function proveExisting(load: NodeLoader, root: Ref | null, key: Uint8Array): ExistenceProof {
  const d = descend(load, root, sha256(key));
  if (d.end === null || !d.end.key.equals(key)) throw new Error("merkle store: neighbour leaf vanished");
  return existenceProof(d.end, d.steps);
}

/**
 * Existence proof if `key` is present, else a non-existence proof with the neighbours in path order
 * (the leaves with the next smaller / larger SHA256(key)). An empty tree has no neighbours, so its
 * non-existence proof carries neither and cannot verify (ICS23 has no empty-tree proof).
 */
export function prove(load: NodeLoader, root: Ref | null, key: Uint8Array): CommitmentProof {
  const path = sha256(key);
  const { steps, end } = descend(load, root, path);
  if (end !== null && end.key.equals(key)) return { exist: existenceProof(end, steps) };

  let left: LeafNode | undefined;
  let right: LeafNode | undefined;
  if (end !== null) {
    // The key's subtree is occupied by one other leaf: it is one neighbour.
    if (comparePaths(leafPath(end), path) < 0) left = end;
    else right = end;
  }
  for (let i = steps.length - 1; i >= 0 && (left === undefined || right === undefined); i--) {
    const { node, bit: b } = steps[i];
    if (left === undefined && b === 1 && node.left !== null) left = extremeLeaf(load, node.left, true);
    if (right === undefined && b === 0 && node.right !== null) right = extremeLeaf(load, node.right, false);
  }
  const nonexist: CommitmentProof["nonexist"] = { key: copy(key) };
  if (left) nonexist.left = proveExisting(load, root, left.key);
  if (right) nonexist.right = proveExisting(load, root, right.key);
  return { nonexist };
}
