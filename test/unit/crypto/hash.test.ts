import { expect } from "chai";
import { createHash } from "node:crypto";
import { keccak256, ripemd160, sha256 } from "../../../chain/crypto/hash.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("crypto/hash", () => {
  it("sha256 test vectors", () => {
    expect(hex(sha256(utf8("abc")))).to.equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(hex(sha256(new Uint8Array()))).to.equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("ripemd160 test vectors", () => {
    expect(hex(ripemd160(utf8("abc")))).to.equal("8eb208f7e05d987a9b044a8e98c6b087f15a0bfc");
    expect(hex(ripemd160(new Uint8Array()))).to.equal("9c1185a5c5e9fc54612808977ee8f548b2258d31");
  });

  it("keccak256 test vectors (Ethereum Keccak, not FIPS SHA3-256)", () => {
    expect(hex(keccak256(new Uint8Array()))).to.equal("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    expect(hex(keccak256(utf8("abc")))).to.equal("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
    const nodeSha3 = createHash("sha3-256").update(new Uint8Array()).digest("hex");
    expect(nodeSha3).to.equal("a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a");
    expect(hex(keccak256(new Uint8Array()))).to.not.equal(nodeSha3);
  });

  it("returns plain 32/20-byte Uint8Arrays, consistent across input sizes", () => {
    for (const len of [0, 1, 32, 33, 64, 65, 250, 5000]) {
      const data = new Uint8Array(len).map((_, i) => i * 7);
      const d = sha256(data);
      expect(Object.getPrototypeOf(d)).to.equal(Uint8Array.prototype);
      expect(d.length).to.equal(32);
      expect(hex(d)).to.equal(createHash("sha256").update(data).digest("hex"));
      expect(ripemd160(data).length).to.equal(20);
      expect(keccak256(data).length).to.equal(32);
    }
  });

  it("digests of a subarray only cover the view", () => {
    const big = utf8("xxabcxx");
    expect(hex(sha256(big.subarray(2, 5)))).to.equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
