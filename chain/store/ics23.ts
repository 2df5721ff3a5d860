/**
 * ICS23 proof spec of this store's tree plus a small verifier with ICS23 semantics.
 *
 * Written after cosmos/ics23 (go/proof.go, go/ops.go, rust/src/verify.rs): existence proofs are checked
 * against the spec (leaf op fields, leaf prefix, inner prefix/suffix bounds, depth), then hashed up to
 * the root; non-existence proofs need valid neighbour proofs that bracket the key (compared after
 * prehashing when prehashKeyBeforeComparison) and that are adjacent in the tree, where "placeholder"
 * steps whose siblings are all empty children are allowed on left-most/right-most paths (the SMT case).
 * The IAVL/Tendermint-specific prefix validations of the reference are not implemented.
 */
import * as nodeCrypto from "node:crypto";
import {
  HashOp,
  LengthOp,
  type CommitmentProof,
  type ExistenceProof,
  type InnerOp,
  type InnerSpec,
  type LeafOp,
  type NonExistenceProof,
  type ProofSpec,
} from "cosmjs-types/cosmos/ics23/v1/proofs";

/** cosmjs-types 0.11's ProofSpec predates this field of cosmos.ics23.v1.ProofSpec (proto field 5). */
export type Ics23Spec = ProofSpec & { prehashKeyBeforeComparison?: boolean };

/** Leaf op of every existence proof this store emits (also the spec's leafSpec). */
export const smtLeafOp = (): LeafOp => ({
  hash: HashOp.SHA256,
  prehashKey: HashOp.SHA256,
  prehashValue: HashOp.SHA256,
  length: LengthOp.NO_PREFIX,
  prefix: Uint8Array.of(0x00),
});

/** Equals ics23's SmtSpec. */
export const smtProofSpec: Ics23Spec & { prehashKeyBeforeComparison: true } = {
  leafSpec: smtLeafOp(),
  innerSpec: {
    childOrder: [0, 1],
    childSize: 32,
    minPrefixLength: 1,
    maxPrefixLength: 1,
    emptyChild: new Uint8Array(32),
    hash: HashOp.SHA256,
  },
  maxDepth: 256,
  minDepth: 0,
  prehashKeyBeforeComparison: true,
};

class ProofError extends Error {}
const fail = (msg: string): never => {
  throw new ProofError(msg);
};

const NODE_ALGO: Partial<Record<HashOp, string>> = {
  [HashOp.SHA256]: "sha256",
  [HashOp.SHA512]: "sha512",
  [HashOp.SHA512_256]: "sha512-256",
  [HashOp.RIPEMD160]: "ripemd160",
};

function doHash(op: HashOp, data: Uint8Array): Uint8Array {
  if (op === HashOp.BITCOIN) return doHash(HashOp.RIPEMD160, doHash(HashOp.SHA256, data));
  const algo = NODE_ALGO[op];
  if (algo === undefined) return fail(`unsupported hash op ${op}`);
  return nodeCrypto.createHash(algo).update(data).digest();
}

const hashOrNoop = (op: HashOp, data: Uint8Array): Uint8Array => (op === HashOp.NO_HASH ? data : doHash(op, data));

function lengthPrefixed(op: LengthOp, data: Uint8Array): Uint8Array {
  const n = data.length;
  switch (op) {
    case LengthOp.NO_PREFIX:
      return data;
    case LengthOp.VAR_PROTO: {
      const len: number[] = [];
      let v = n;
      while (v >= 0x80) {
        len.push((v & 0x7f) | 0x80);
        v >>>= 7;
      }
      len.push(v);
      return concat(Uint8Array.from(len), data);
    }
    case LengthOp.REQUIRE_32_BYTES:
      return n === 32 ? data : fail(`data was ${n} bytes, not 32`);
    case LengthOp.REQUIRE_64_BYTES:
      return n === 64 ? data : fail(`data was ${n} bytes, not 64`);
    case LengthOp.FIXED32_BIG:
    case LengthOp.FIXED32_LITTLE: {
      const b = Buffer.alloc(4);
      if (op === LengthOp.FIXED32_BIG) b.writeUInt32BE(n);
      else b.writeUInt32LE(n);
      return concat(b, data);
    }
    case LengthOp.FIXED64_BIG:
    case LengthOp.FIXED64_LITTLE: {
      const b = Buffer.alloc(8);
      if (op === LengthOp.FIXED64_BIG) b.writeBigUInt64BE(BigInt(n));
      else b.writeBigUInt64LE(BigInt(n));
      return concat(b, data);
    }
    default:
      return fail(`unsupported length op ${op}`);
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(parts);
}

const bytesEqual = (a: Uint8Array, b: Uint8Array): boolean => Buffer.compare(a, b) === 0;
const hasPrefix = (data: Uint8Array, prefix: Uint8Array): boolean =>
  data.length >= prefix.length && bytesEqual(data.subarray(0, prefix.length), prefix);

/** leaf op: hash(prefix || len(prehash(key)) || prehash(key) || len(prehash(value)) || prehash(value)) */
export function applyLeaf(op: LeafOp, key: Uint8Array, value: Uint8Array): Uint8Array {
  if (key.length === 0) fail("leaf op needs key");
  if (value.length === 0) fail("leaf op needs value");
  const k = lengthPrefixed(op.length, hashOrNoop(op.prehashKey, key));
  const v = lengthPrefixed(op.length, hashOrNoop(op.prehashValue, value));
  return doHash(op.hash, concat(op.prefix, k, v));
}

export function applyInner(op: InnerOp, child: Uint8Array): Uint8Array {
  if (child.length === 0) fail("inner op needs child value");
  return doHash(op.hash, concat(op.prefix, child, op.suffix));
}

function requireSpec(spec: Ics23Spec): { leaf: LeafOp; inner: InnerSpec } {
  if (!spec.leafSpec || !spec.innerSpec) return fail("spec needs leafSpec and innerSpec");
  const inner = spec.innerSpec;
  if (inner.childSize <= 0) fail("spec.innerSpec.childSize must be >= 1");
  if (inner.maxPrefixLength >= inner.minPrefixLength + inner.childSize) {
    fail("spec.innerSpec.maxPrefixLength must be < minPrefixLength + childSize");
  }
  if (inner.childOrder.length < 2) fail("spec.innerSpec.childOrder needs >= 2 children");
  return { leaf: spec.leafSpec, inner };
}

function checkExistenceAgainstSpec(p: ExistenceProof, spec: Ics23Spec): void {
  const { leaf: ls, inner: is } = requireSpec(spec);
  const leaf = p.leaf ?? fail("existence proof needs a leaf op");
  if (leaf.hash !== ls.hash) fail(`unexpected leaf hash op ${leaf.hash}`);
  if (leaf.prehashKey !== ls.prehashKey) fail(`unexpected prehashKey ${leaf.prehashKey}`);
  if (leaf.prehashValue !== ls.prehashValue) fail(`unexpected prehashValue ${leaf.prehashValue}`);
  if (leaf.length !== ls.length) fail(`unexpected length op ${leaf.length}`);
  if (!hasPrefix(leaf.prefix, ls.prefix)) fail("leaf prefix doesn't start with the spec's prefix");
  if (spec.minDepth > 0 && p.path.length < spec.minDepth) fail(`inner ops depth too short: ${p.path.length}`);
  const maxDepth = spec.maxDepth > 0 ? spec.maxDepth : 128;
  if (p.path.length > maxDepth) fail(`inner ops depth too long: ${p.path.length}`);
  const maxPrefix = is.maxPrefixLength + (is.childOrder.length - 1) * is.childSize;
  for (const op of p.path) {
    if (op.hash !== is.hash) fail(`unexpected inner hash op ${op.hash}`);
    // Domain separation: an inner preimage must never be parseable as a leaf preimage.
    if (hasPrefix(op.prefix, ls.prefix)) fail("inner prefix starts with the leaf prefix");
    if (op.prefix.length < is.minPrefixLength) fail(`inner prefix too short (${op.prefix.length})`);
    if (op.prefix.length > maxPrefix) fail(`inner prefix too long (${op.prefix.length})`);
    if (op.suffix.length % is.childSize !== 0) fail("inner suffix malformed");
    // Bounded like the prefix, so an op can't hide more than (children - 1) siblings.
    if (op.suffix.length > (is.childOrder.length - 1) * is.childSize) fail("inner suffix too long");
  }
}

function existenceRoot(p: ExistenceProof, spec: Ics23Spec): Uint8Array {
  let h = applyLeaf(p.leaf ?? fail("existence proof needs a leaf op"), p.key, p.value);
  const childSize = spec.innerSpec?.childSize ?? 0;
  for (const op of p.path) {
    h = applyInner(op, h);
    if (childSize >= 32 && h.length > childSize) fail("inner op output longer than childSize");
  }
  return h;
}

function verifyExistence(p: ExistenceProof, spec: Ics23Spec, root: Uint8Array, key: Uint8Array, value: Uint8Array): void {
  checkExistenceAgainstSpec(p, spec);
  if (!bytesEqual(p.key, key)) fail("provided key doesn't match proof");
  if (!bytesEqual(p.value, value)) fail("provided value doesn't match proof");
  if (!bytesEqual(existenceRoot(p, spec), root)) fail("calculated root doesn't match provided root");
}

function keyForComparison(spec: Ics23Spec, key: Uint8Array): Uint8Array {
  if (!spec.prehashKeyBeforeComparison) return key;
  return hashOrNoop(spec.leafSpec?.prehashKey ?? HashOp.NO_HASH, key);
}

interface Padding {
  minPrefix: number;
  maxPrefix: number;
  suffix: number;
}

function position(order: number[], branch: number): number {
  const i = order.indexOf(branch);
  return i >= 0 ? i : fail(`branch ${branch} not in child order`);
}

/** Prefix/suffix lengths an inner op has when the proven child sits at `branch`. */
function padding(spec: InnerSpec, branch: number): Padding {
  const idx = position(spec.childOrder, branch);
  const prefix = idx * spec.childSize;
  return {
    minPrefix: prefix + spec.minPrefixLength,
    maxPrefix: prefix + spec.maxPrefixLength,
    suffix: (spec.childOrder.length - 1 - idx) * spec.childSize,
  };
}

const hasPadding = (op: InnerOp, p: Padding): boolean =>
  op.prefix.length >= p.minPrefix && op.prefix.length <= p.maxPrefix && op.suffix.length === p.suffix;

/** Which branch the proven child takes in this op, from the op's padding. */
function branchOf(spec: InnerSpec, op: InnerOp): number {
  for (let b = 0; b < spec.childOrder.length; b++) if (hasPadding(op, padding(spec, b))) return b;
  return fail("cannot find any valid spacing for this node");
}

/** All siblings left of the proven child are empty children: a placeholder on a left-most path. */
function leftBranchesAreEmpty(spec: InnerSpec, op: InnerOp): boolean {
  const left = branchOf(spec, op);
  if (left === 0) return false;
  const actualPrefix = op.prefix.length - left * spec.childSize;
  if (actualPrefix < 0) return false;
  for (let i = 0; i < left; i++) {
    const from = actualPrefix + position(spec.childOrder, i) * spec.childSize;
    if (!bytesEqual(op.prefix.subarray(from, from + spec.childSize), spec.emptyChild)) return false;
  }
  return true;
}

/** All siblings right of the proven child are empty children: a placeholder on a right-most path. */
function rightBranchesAreEmpty(spec: InnerSpec, op: InnerOp): boolean {
  const right = spec.childOrder.length - 1 - branchOf(spec, op);
  if (right === 0) return false;
  if (op.suffix.length !== right * spec.childSize) return false;
  for (let i = 0; i < right; i++) {
    const from = position(spec.childOrder, i) * spec.childSize;
    if (!bytesEqual(op.suffix.subarray(from, from + spec.childSize), spec.emptyChild)) return false;
  }
  return true;
}

function isLeftMost(spec: InnerSpec, path: InnerOp[]): boolean {
  const pad = padding(spec, 0);
  return path.every((op) => hasPadding(op, pad) || leftBranchesAreEmpty(spec, op));
}

function isRightMost(spec: InnerSpec, path: InnerOp[]): boolean {
  const pad = padding(spec, spec.childOrder.length - 1);
  return path.every((op) => hasPadding(op, pad) || rightBranchesAreEmpty(spec, op));
}

const sameOp = (a: InnerOp, b: InnerOp): boolean => bytesEqual(a.prefix, b.prefix) && bytesEqual(a.suffix, b.suffix);

/**
 * `right` is the next leaf after `left`: drop the shared top of both paths, the first divergent
 * steps must be adjacent branches of one node, and below it left must be right-most and right
 * left-most.
 */
function isLeftNeighbor(spec: InnerSpec, left: InnerOp[], right: InnerOp[]): boolean {
  let l = left.length - 1;
  let r = right.length - 1;
  while (l >= 0 && r >= 0 && sameOp(left[l], right[r])) {
    l--;
    r--;
  }
  if (l < 0 || r < 0) return false; // one path contains the other: not two distinct leaves
  if (branchOf(spec, right[r]) !== branchOf(spec, left[l]) + 1) return false;
  return isRightMost(spec, left.slice(0, l)) && isLeftMost(spec, right.slice(0, r));
}

function verifyNonExistence(p: NonExistenceProof, spec: Ics23Spec, root: Uint8Array, key: Uint8Array): void {
  const { inner } = requireSpec(spec);
  if (!p.left && !p.right) fail("both left and right proofs missing");
  const k = keyForComparison(spec, key);
  if (p.left) {
    verifyExistence(p.left, spec, root, p.left.key, p.left.value);
    if (Buffer.compare(k, keyForComparison(spec, p.left.key)) <= 0) fail("key is not right of left proof");
  }
  if (p.right) {
    verifyExistence(p.right, spec, root, p.right.key, p.right.value);
    if (Buffer.compare(k, keyForComparison(spec, p.right.key)) >= 0) fail("key is not left of right proof");
  }
  if (!p.left) {
    if (!isLeftMost(inner, p.right!.path)) fail("left proof missing, right proof must be left-most");
  } else if (!p.right) {
    if (!isRightMost(inner, p.left.path)) fail("right proof missing, left proof must be right-most");
  } else if (!isLeftNeighbor(inner, p.left.path, p.right.path)) {
    fail("left and right proofs are not neighbours");
  }
}

function guard(f: () => void): boolean {
  try {
    f();
    return true;
  } catch (e) {
    if (e instanceof ProofError) return false;
    // Malformed input (e.g. missing fields from a hostile decoder) must not verify either.
    if (e instanceof TypeError || e instanceof RangeError) return false;
    throw e;
  }
}

/** Why a proof fails, or undefined when it verifies (for diagnostics; the booleans below are the API). */
export function explainMembership(
  proof: CommitmentProof,
  spec: Ics23Spec,
  root: Uint8Array,
  key: Uint8Array,
  value: Uint8Array,
): string | undefined {
  try {
    verifyExistence(proof.exist ?? fail("not an existence proof"), spec, root, key, value);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** True iff `proof` is an existence proof of key = value under `root`, well-formed for `spec`. */
export function verifyMembership(
  proof: CommitmentProof,
  spec: Ics23Spec,
  root: Uint8Array,
  key: Uint8Array,
  value: Uint8Array,
): boolean {
  return guard(() => verifyExistence(proof?.exist ?? fail("not an existence proof"), spec, root, key, value));
}

/** True iff `proof` is a non-existence proof of key under `root`, well-formed for `spec`. */
export function verifyNonMembership(proof: CommitmentProof, spec: Ics23Spec, root: Uint8Array, key: Uint8Array): boolean {
  return guard(() => verifyNonExistence(proof?.nonexist ?? fail("not a non-existence proof"), spec, root, key));
}
