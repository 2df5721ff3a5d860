/**
 * Stratos SDS content identifiers (file hashes and slice hashes), computed exactly as the
 * Stratos storage network does (stratosnet/sds framework/crypto/hash_tools.go, which uses
 * go-multihash v0.2 / go-cid v0.3 / go-multibase v0.2):
 *
 *   mh20(x)      = 0x1b 0x14 || keccak256(x)[0..20]          (multihash KECCAK_256, truncated to
 *                                                            the FIRST 20 bytes of the digest)
 *   fileHash     = base32hex( CIDv1(codec, mh20(tag || mh20(file))) )   codec 0x66 (0x72 video)
 *   sliceHash    = base32hex( CIDv1(0x55, mh20( mh(fileCid) XOR mh20(u64be(n) || slice) )) )
 *
 * The slice XOR runs over the whole 22-byte multihashes (prefix included, so the first two
 * bytes of the XOR input are always 0x00 0x00), exactly like CalcSliceHash in the Go code.
 * CIDv1 binary = uvarint(1) || uvarint(codec) || uvarint(mhCode) || uvarint(len) || digest;
 * text = 'v' + RFC 4648 base32hex alphabet "0123456789abcdefghijklmnopqrstuv", lower case,
 * no padding.
 *
 * Legacy file hashes (codec RAW 0x55 with an MD5 inner digest) are parsed/validated but not
 * produced here. Parsing only accepts the canonical lower-case base32hex form ('v' prefix) that
 * SDS emits; go-cid's Decode is more lenient (other multibases such as 'b'/'V'/'z', CIDv0 "Qm…",
 * upper-case letters after 'v', non-zero trailing base32 bits), all aliases SDS never produces —
 * they are rejected here rather than silently accepted as a different string for the same CID.
 */
import { keccak_256 } from "@noble/hashes/sha3.js";

/** Codec of current (keccak) SDS file hashes. */
export const SDS_CODEC = 0x66;
/** Codec of video-stream file hashes (same construction as SDS_CODEC). */
export const VIDEO_CODEC = 0x72;
/** Multicodec "raw": slice hashes, and legacy (MD5-based) file hashes. */
export const RAW_CODEC = 0x55;
/** Multihash code KECCAK_256. */
export const KECCAK_256_CODE = 0x1b;
/** Digest length used throughout SDS (20 of the 32 keccak bytes). */
export const HASH_LEN = 20;
/** The chain/SDS validity check (hash_tools.go ValidateHash). */
export const VALID_CID_VERSION = 1;
export const VALID_MH_TYPE = KECCAK_256_CODE;
export const VALID_MH_LENGTH = HASH_LEN;

const BASE32HEX = "0123456789abcdefghijklmnopqrstuv";
const MULTIBASE_BASE32HEX = "v";
const MAX_VARINT_BYTES = 9; // go-varint: 63-bit values at most
const textEncoder = new TextEncoder();

export interface ParsedCid {
  version: number;
  codec: number;
  multihashCode: number;
  /** The digest (without the multihash prefix). */
  digest: Uint8Array;
  /** The full multihash bytes (code || length || digest). */
  multihash: Uint8Array;
}

// ---------------------------------------------------------------- multihash / keccak

function keccakMultihash20(data: Uint8Array): Uint8Array {
  return wrapKeccakDigest(keccak_256(data));
}

function wrapKeccakDigest(full: Uint8Array): Uint8Array {
  const mh = new Uint8Array(2 + HASH_LEN);
  mh[0] = KECCAK_256_CODE;
  mh[1] = HASH_LEN;
  mh.set(full.subarray(0, HASH_LEN), 2);
  return mh;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// ---------------------------------------------------------------- varint

function encodeUvarint(value: number): number[] {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`varint: invalid value ${value}`);
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}

/** Minimal-encoding unsigned LEB128 (as go-varint requires). Returns [value, bytesRead]. */
function decodeUvarint(buf: Uint8Array, offset: number, what: string): [number, number] {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < MAX_VARINT_BYTES; i++) {
    const pos = offset + i;
    if (pos >= buf.length) throw new Error(`invalid CID: truncated varint (${what})`);
    const b = buf[pos]!;
    value += (b & 0x7f) * scale;
    if ((b & 0x80) === 0) {
      if (b === 0 && i > 0) throw new Error(`invalid CID: non-minimal varint (${what})`);
      if (!Number.isSafeInteger(value)) throw new Error(`invalid CID: varint too large (${what})`);
      return [value, i + 1];
    }
    scale *= 0x80;
  }
  throw new Error(`invalid CID: varint longer than ${MAX_VARINT_BYTES} bytes (${what})`);
}

// ---------------------------------------------------------------- base32hex (RFC 4648, no pad)

function base32hexEncode(data: Uint8Array): string {
  let out = "";
  let acc = 0;
  let bits = 0;
  for (const byte of data) {
    acc = ((acc << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32HEX[(acc >>> bits) & 31];
    }
  }
  if (bits > 0) out += BASE32HEX[(acc << (5 - bits)) & 31];
  return out;
}

function base32hexDecode(s: string): Uint8Array {
  const rem = s.length % 8;
  if (rem === 1 || rem === 3 || rem === 6) {
    throw new Error(`invalid CID: base32hex length ${s.length} is impossible`);
  }
  const out = new Uint8Array(Math.floor((s.length * 5) / 8));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let v: number;
    if (c >= 0x30 && c <= 0x39) v = c - 0x30; // 0-9
    else if (c >= 0x61 && c <= 0x76) v = c - 0x61 + 10; // a-v
    else throw new Error(`invalid CID: character ${JSON.stringify(s[i])} at ${i + 1} is not lower-case base32hex`);
    acc = ((acc << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >>> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) throw new Error("invalid CID: non-zero trailing base32hex bits");
  return out;
}

// ---------------------------------------------------------------- CID

function encodeCidV1(codec: number, multihash: Uint8Array): string {
  const prefix = [...encodeUvarint(1), ...encodeUvarint(codec)];
  const bytes = new Uint8Array(prefix.length + multihash.length);
  bytes.set(prefix, 0);
  bytes.set(multihash, prefix.length);
  return MULTIBASE_BASE32HEX + base32hexEncode(bytes);
}

/**
 * Parse a CID string in SDS form ('v' + base32hex, CIDv1). Throws an Error naming the problem
 * for anything else. Does NOT apply the SDS validity rule — see isValidFileHash.
 */
export function parseCid(s: string): ParsedCid {
  if (typeof s !== "string") throw new Error("invalid CID: not a string");
  if (s.length < 2) throw new Error("invalid CID: too short");
  if (s[0] !== MULTIBASE_BASE32HEX) {
    throw new Error(
      `invalid CID: unsupported multibase prefix ${JSON.stringify(s[0])} (SDS hashes use base32hex, prefix 'v')`,
    );
  }
  const bytes = base32hexDecode(s.slice(1));
  let pos = 0;
  const [version, n1] = decodeUvarint(bytes, pos, "version");
  pos += n1;
  if (version !== 1) throw new Error(`invalid CID: expected version 1, got ${version}`);
  const [codec, n2] = decodeUvarint(bytes, pos, "codec");
  pos += n2;
  const mhStart = pos;
  const [multihashCode, n3] = decodeUvarint(bytes, pos, "multihash code");
  pos += n3;
  const [length, n4] = decodeUvarint(bytes, pos, "multihash length");
  pos += n4;
  const available = bytes.length - pos;
  if (available < length) {
    throw new Error(`invalid CID: multihash declares ${length} digest bytes but only ${available} present`);
  }
  if (available > length) throw new Error(`invalid CID: ${available - length} trailing bytes after multihash`);
  return {
    version,
    codec,
    multihashCode,
    digest: bytes.slice(pos),
    multihash: bytes.slice(mhStart),
  };
}

/**
 * The SDS/chain hash validity check (hash_tools.go ValidateHash): decodes as a CID, version 1,
 * multihash type 0x1b (keccak-256), multihash length 20. The codec is not checked (file hashes
 * 0x66/0x72/legacy 0x55 and slice hashes 0x55 all pass).
 */
export function isValidFileHash(s: string): boolean {
  try {
    const c = parseCid(s);
    return (
      c.version === VALID_CID_VERSION && c.multihashCode === VALID_MH_TYPE && c.digest.length === VALID_MH_LENGTH
    );
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- file hash

function tagBytes(tag: string | Uint8Array): Uint8Array {
  return typeof tag === "string" ? textEncoder.encode(tag) : tag;
}

function checkFileCodec(codec: number): void {
  if (codec !== SDS_CODEC && codec !== VIDEO_CODEC) {
    throw new Error(`fileHash: codec 0x${codec.toString(16)} not supported (use SDS_CODEC 0x66 or VIDEO_CODEC 0x72)`);
  }
}

/** Streaming file hasher: feed the file in chunks, then digest(encryptionTag). One-shot. */
export class FileHasher {
  private readonly h = keccak_256.create();
  private done = false;
  private readonly codec: number;

  constructor(codec: number = SDS_CODEC) {
    checkFileCodec(codec);
    this.codec = codec;
  }

  update(chunk: Uint8Array): this {
    if (this.done) throw new Error("FileHasher: update() after digest()");
    this.h.update(chunk);
    return this;
  }

  /** The file's keccak multihash (22 bytes) without the tag/CID wrapping. Finalises the hasher. */
  contentMultihash(): Uint8Array {
    if (this.done) throw new Error("FileHasher: already finalised");
    this.done = true;
    return wrapKeccakDigest(this.h.digest());
  }

  /** Finalise and return the file hash string. `encryptionTag` is "" for unencrypted files. */
  digest(encryptionTag: string | Uint8Array = ""): string {
    if (this.done) throw new Error("FileHasher: already finalised");
    this.done = true;
    return fileHashFromKeccakDigest(this.h.digest(), encryptionTag, this.codec);
  }
}

/**
 * The file hash from the full 32-byte Keccak-256 digest of the file's bytes, for callers that
 * stream the file through a faster Keccak implementation (the storage network's hot path).
 */
export function fileHashFromKeccakDigest(
  fileKeccak: Uint8Array,
  encryptionTag: string | Uint8Array = "",
  codec: number = SDS_CODEC,
): string {
  checkFileCodec(codec);
  if (fileKeccak.length !== 32) throw new Error(`fileHashFromKeccakDigest: expected a 32-byte digest, got ${fileKeccak.length}`);
  const outer = keccakMultihash20(concat(tagBytes(encryptionTag), wrapKeccakDigest(fileKeccak)));
  return encodeCidV1(codec, outer);
}

/**
 * SDS file hash of `data` (whole file, or an iterable of its consecutive chunks).
 * `codec` is SDS_CODEC (default) or VIDEO_CODEC.
 */
export function fileHash(
  data: Uint8Array | Iterable<Uint8Array>,
  encryptionTag: string | Uint8Array = "",
  codec: number = SDS_CODEC,
): string {
  const h = new FileHasher(codec);
  if (data instanceof Uint8Array) h.update(data);
  else for (const chunk of data) h.update(chunk);
  return h.digest(encryptionTag);
}

// ---------------------------------------------------------------- slice hash

const U64_MAX = (1n << 64n) - 1n;

/**
 * SDS slice hash (hash_tools.go CalcSliceHash). `sliceBytes` are the slice as stored (ciphertext
 * when encrypted); slice numbers start at 1 in SDS but any uint64 is accepted.
 */
export function sliceHash(fileHashStr: string, sliceNumber: bigint | number, sliceBytes: Uint8Array): string {
  let n: bigint;
  if (typeof sliceNumber === "number") {
    if (!Number.isSafeInteger(sliceNumber)) throw new Error(`sliceHash: invalid slice number ${sliceNumber}`);
    n = BigInt(sliceNumber);
  } else n = sliceNumber;
  if (n < 0n || n > U64_MAX) throw new Error(`sliceHash: slice number ${n} out of uint64 range`);

  // Streamed so a 32 MiB slice is not copied.
  return sliceHashFromKeccakDigest(fileHashStr, keccak_256.create().update(sliceNumberBytes(n)).update(sliceBytes).digest());
}

/** The 8-byte big-endian slice number that precedes the slice bytes in the slice hash. */
export function sliceNumberBytes(sliceNumber: bigint | number): Uint8Array {
  const n = BigInt(sliceNumber);
  if (n < 0n || n > U64_MAX) throw new Error(`sliceHash: slice number ${n} out of uint64 range`);
  const num = new Uint8Array(8);
  new DataView(num.buffer).setBigUint64(0, n, false);
  return num;
}

/**
 * The slice hash from the full 32-byte Keccak-256 digest of (u64be(sliceNumber) || slice bytes),
 * for callers that hash slices with a faster Keccak implementation.
 */
export function sliceHashFromKeccakDigest(fileHashStr: string, sliceKeccak: Uint8Array): string {
  if (sliceKeccak.length !== 32) throw new Error(`sliceHashFromKeccakDigest: expected a 32-byte digest, got ${sliceKeccak.length}`);
  let fileMh: Uint8Array;
  try {
    fileMh = parseCid(fileHashStr).multihash;
  } catch (e) {
    throw new Error(`sliceHash: bad file hash: ${(e as Error).message}`);
  }
  const sliceMh = wrapKeccakDigest(sliceKeccak);
  // Go compares the full multihash byte lengths (22), then XORs every byte, prefix included.
  if (fileMh.length !== sliceMh.length) {
    throw new Error(
      `sliceHash: file hash multihash is ${fileMh.length} bytes, expected ${sliceMh.length} (keccak-256/20)`,
    );
  }
  const x = new Uint8Array(sliceMh.length);
  for (let i = 0; i < x.length; i++) x[i] = fileMh[i]! ^ sliceMh[i]!;
  return encodeCidV1(RAW_CODEC, keccakMultihash20(x));
}
