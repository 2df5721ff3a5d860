import { expect } from "chai";
import {
  ACCOUNT_PREFIX,
  CONSENSUS_PREFIX,
  fromBech32,
  SDS_PREFIX,
  toBech32,
  VALIDATOR_PREFIX,
} from "../../../chain/crypto/bech32.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("crypto/bech32", () => {
  const addr = new Uint8Array(Buffer.from("751e76e8199196d454941c45d1b3a323f1433bd6", "hex"));

  it("has the Stratos prefixes", () => {
    expect([ACCOUNT_PREFIX, VALIDATOR_PREFIX, CONSENSUS_PREFIX, SDS_PREFIX]).to.deep.equal(["st", "stvaloper", "stvalcons", "stsds"]);
  });

  it("round trips for every prefix and for 32-byte addresses", () => {
    for (const prefix of [ACCOUNT_PREFIX, VALIDATOR_PREFIX, CONSENSUS_PREFIX, SDS_PREFIX]) {
      const s = toBech32(prefix, addr);
      expect(s.startsWith(prefix + "1")).to.equal(true);
      const d = fromBech32(s, prefix);
      expect(d.prefix).to.equal(prefix);
      expect(hex(d.data)).to.equal(hex(addr));
    }
    const long = new Uint8Array(32).fill(7);
    expect(hex(fromBech32(toBech32(ACCOUNT_PREFIX, long), "st").data)).to.equal(hex(long));
  });

  it("BIP-173 vector: prefix abcdef, 5-bit words 0..31", () => {
    const bytes = new Uint8Array(Buffer.from("00443214c74254b635cf84653a56d7c675be77df", "hex"));
    expect(toBech32("abcdef", bytes)).to.equal("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw");
    expect(hex(fromBech32("ABCDEF1QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7LMQQQXW").data)).to.equal(hex(bytes));
  });

  it("wrong prefix error", () => {
    const cosmos = toBech32("cosmos", addr);
    expect(() => fromBech32(cosmos, "st")).to.throw(`invalid bech32 address '${cosmos}': expected prefix st, got cosmos`);
  });

  it("bad checksum / garbage errors name the input", () => {
    const s = toBech32("st", addr);
    const broken = s.slice(0, -1) + (s.endsWith("q") ? "p" : "q");
    expect(() => fromBech32(broken)).to.throw(new RegExp(`^invalid bech32 address '${broken}': `));
    expect(() => fromBech32("nonsense")).to.throw(/invalid bech32 address 'nonsense'/);
    expect(() => fromBech32("")).to.throw(/invalid bech32 address/);
  });
});
