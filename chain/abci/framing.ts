// ABCI socket framing: every message is an unsigned protobuf varint byte length followed by
// that many bytes of protobuf (CometBFT's protoio delimited reader/writer). Pure, no I/O.

// A maximum-size CometBFT block is 100 MiB (types.MaxBlockSizeBytes); a FinalizeBlock or
// PrepareProposal carrying such a block is a little larger, so leave some headroom.
export const DEFAULT_MAX_FRAME_BYTES = 128 * 1024 * 1024;

// A uint64 varint never needs more than 10 bytes; Go's binary.ReadUvarint rejects longer ones.
const MAX_VARINT_BYTES = 10;

export class FrameError extends Error {
  override name = "FrameError";
}

export function encodeUvarint(value: number): Uint8Array {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`cannot encode ${value} as an unsigned varint`);
  }
  const out: number[] = [];
  // Division rather than >>> so values above 2^32 stay exact.
  while (value >= 0x80) {
    out.push((value % 0x80) | 0x80);
    value = Math.floor(value / 0x80);
  }
  out.push(value);
  return Uint8Array.from(out);
}

export function encodeFrame(payload: Uint8Array): Uint8Array {
  const header = encodeUvarint(payload.length);
  const frame = new Uint8Array(header.length + payload.length);
  frame.set(header, 0);
  frame.set(payload, header.length);
  return frame;
}

/**
 * Streaming decoder: feed it socket chunks of any size, get back the complete payloads.
 * Returned payloads may be views into the pushed chunk (no copy when a frame lies inside one
 * chunk). After a FrameError the decoder stays failed: the stream position is lost.
 */
export class FrameDecoder {
  readonly maxFrameBytes: number;
  private lenValue = 0;
  private lenBytes = 0;
  private payload: Uint8Array | null = null;
  private filled = 0;
  private failure: FrameError | null = null;

  constructor(maxFrameBytes: number = DEFAULT_MAX_FRAME_BYTES) {
    if (!Number.isSafeInteger(maxFrameBytes) || maxFrameBytes < 0) {
      throw new RangeError(`invalid maxFrameBytes: ${maxFrameBytes}`);
    }
    this.maxFrameBytes = maxFrameBytes;
  }

  /** True while a frame (its length prefix or its payload) is only partly received. */
  get midFrame(): boolean {
    return this.lenBytes > 0 || this.payload !== null;
  }

  push(chunk: Uint8Array): Uint8Array[] {
    if (this.failure) throw this.failure;
    const out: Uint8Array[] = [];
    let i = 0;
    while (i < chunk.length) {
      if (this.payload === null) {
        if (this.lenBytes === MAX_VARINT_BYTES) {
          this.fail(`length prefix is not a valid varint (more than ${MAX_VARINT_BYTES} bytes)`);
        }
        const byte = chunk[i++]!;
        this.lenValue += (byte & 0x7f) * 2 ** (7 * this.lenBytes);
        this.lenBytes++;
        // Later bytes only add higher bits, so a partial value already over the limit is final:
        // reject before buffering anything (and before the value could lose float precision).
        if (this.lenValue > this.maxFrameBytes) {
          this.fail(`frame length ${byte & 0x80 ? "at least " : ""}${this.lenValue} exceeds maximum ${this.maxFrameBytes}`);
        }
        if (byte & 0x80) continue;
        const len = this.lenValue;
        this.lenValue = 0;
        this.lenBytes = 0;
        if (chunk.length - i >= len) {
          out.push(chunk.subarray(i, i + len));
          i += len;
        } else {
          this.payload = new Uint8Array(len);
          this.filled = 0;
        }
      } else {
        const n = Math.min(this.payload.length - this.filled, chunk.length - i);
        this.payload.set(chunk.subarray(i, i + n), this.filled);
        this.filled += n;
        i += n;
        if (this.filled === this.payload.length) {
          out.push(this.payload);
          this.payload = null;
        }
      }
    }
    return out;
  }

  private fail(reason: string): never {
    this.failure = new FrameError(reason);
    throw this.failure;
  }
}
