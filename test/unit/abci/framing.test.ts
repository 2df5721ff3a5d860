import { expect } from "chai";

import { encodeFrame, encodeUvarint, FrameDecoder, FrameError } from "../../../chain/abci/framing.ts";

function bytes(n: number, seed = 1): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (i * 31 + seed) & 0xff;
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

describe("abci framing", () => {
  describe("encodeUvarint", () => {
    const cases: [number, number[]][] = [
      [0, [0x00]],
      [1, [0x01]],
      [127, [0x7f]],
      [128, [0x80, 0x01]],
      [300, [0xac, 0x02]],
      [16383, [0xff, 0x7f]],
      [16384, [0x80, 0x80, 0x01]],
      [2 ** 21 - 1, [0xff, 0xff, 0x7f]],
      [2 ** 21, [0x80, 0x80, 0x80, 0x01]],
      [2 ** 31 - 1, [0xff, 0xff, 0xff, 0xff, 0x07]],
      [2 ** 32, [0x80, 0x80, 0x80, 0x80, 0x10]],
      [Number.MAX_SAFE_INTEGER, [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f]],
    ];
    for (const [value, encoded] of cases) {
      it(`encodes ${value}`, () => {
        expect([...encodeUvarint(value)]).to.deep.equal(encoded);
      });
    }

    it("rejects negative, fractional and unsafe values", () => {
      for (const v of [-1, 1.5, NaN, 2 ** 53]) expect(() => encodeUvarint(v)).to.throw(RangeError);
    });
  });

  describe("FrameDecoder", () => {
    it("round-trips frames whose lengths sit on varint boundaries", () => {
      for (const len of [0, 1, 127, 128, 16383, 16384, 2 ** 21 - 1, 2 ** 21]) {
        const payload = bytes(len, len);
        const frame = encodeFrame(payload);
        const got = new FrameDecoder().push(frame);
        expect(got).to.have.length(1);
        expect(Buffer.from(got[0]!).equals(Buffer.from(payload)), `len ${len}`).to.equal(true);
      }
    });

    it("reassembles frames fed one byte at a time", () => {
      const payloads = [bytes(0), bytes(5), bytes(127), bytes(128), bytes(300)];
      const stream = concat(payloads.map(encodeFrame));
      const dec = new FrameDecoder();
      const got: Uint8Array[] = [];
      for (let i = 0; i < stream.length; i++) {
        got.push(...dec.push(stream.subarray(i, i + 1)));
        // A frame is reported exactly when its last byte arrives.
        expect(dec.midFrame).to.equal(i !== stream.length - 1 && !isFrameEnd(payloads, i));
      }
      expect(got.map((p) => [...p])).to.deep.equal(payloads.map((p) => [...p]));
    });

    it("returns several frames from one chunk, and splits at arbitrary chunk borders", () => {
      const payloads = Array.from({ length: 50 }, (_, i) => bytes((i * 37) % 400, i));
      const stream = concat(payloads.map(encodeFrame));
      expect(new FrameDecoder().push(stream)).to.have.length(50);

      for (const size of [2, 3, 7, 129, 1000]) {
        const dec = new FrameDecoder();
        const got: Uint8Array[] = [];
        for (let i = 0; i < stream.length; i += size) got.push(...dec.push(stream.subarray(i, i + size)));
        expect(got.map((p) => Buffer.from(p).toString("hex")), `chunk ${size}`).to.deep.equal(
          payloads.map((p) => Buffer.from(p).toString("hex")),
        );
        expect(dec.midFrame).to.equal(false);
      }
    });

    it("accepts a non-minimal varint like Go's ReadUvarint", () => {
      expect(new FrameDecoder().push(Uint8Array.of(0x81, 0x80, 0x00, 0xaa))).to.deep.equal([Uint8Array.of(0xaa)]);
    });

    it("rejects a length prefix longer than 10 bytes", () => {
      const dec = new FrameDecoder();
      expect(dec.push(new Uint8Array(10).fill(0x80))).to.deep.equal([]);
      expect(() => dec.push(Uint8Array.of(0x80))).to.throw(FrameError, /not a valid varint/);
    });

    it("rejects an oversized length before buffering, even mid-varint", () => {
      const dec = new FrameDecoder(1000);
      expect(dec.push(encodeFrame(bytes(1000)))).to.have.length(1);
      expect(() => dec.push(encodeUvarint(1001))).to.throw(FrameError, /1001 exceeds maximum 1000/);
      // 0xff 0xff ... is already > 2^14 after two bytes: no need to wait for the rest.
      expect(() => new FrameDecoder(1000).push(Uint8Array.of(0xff, 0xff))).to.throw(FrameError, /at least 16383/);
      expect(() => new FrameDecoder().push(new Uint8Array(9).fill(0xff))).to.throw(FrameError, /exceeds maximum/);
    });

    it("stays failed after an error", () => {
      const dec = new FrameDecoder(10);
      expect(() => dec.push(Uint8Array.of(11))).to.throw(FrameError);
      expect(() => dec.push(encodeFrame(bytes(1)))).to.throw(FrameError);
    });

    it("validates maxFrameBytes", () => {
      expect(() => new FrameDecoder(-1)).to.throw(RangeError);
      expect(() => new FrameDecoder(1.5)).to.throw(RangeError);
    });
  });
});

// Whether stream byte index i is the last byte of one of the encoded payloads.
function isFrameEnd(payloads: Uint8Array[], i: number): boolean {
  let end = -1;
  for (const p of payloads) {
    end += encodeFrame(p).length;
    if (end === i) return true;
  }
  return false;
}
