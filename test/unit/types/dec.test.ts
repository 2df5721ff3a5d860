import { expect } from "chai";
import { Dec } from "../../../chain/types/dec.ts";

describe("Dec (LegacyDec emulation)", () => {
  it("parses and prints the JSON and protobuf forms", () => {
    expect(Dec.fromString("0.02").toString()).to.equal("0.020000000000000000");
    expect(Dec.fromString("0.02").toProtoString()).to.equal("20000000000000000");
    expect(Dec.fromProtoString("20000000000000000").toString()).to.equal("0.020000000000000000");
    expect(Dec.fromString("-1.5").toString()).to.equal("-1.500000000000000000");
    expect(() => Dec.fromString("1.0000000000000000001")).to.throw("at most 18 decimals");
    expect(() => Dec.fromString("1e5")).to.throw("invalid decimal");
  });

  it("rounds half to even at the 18th decimal in mul and quo", () => {
    const tiny = Dec.fromRaw(1n); // 1e-18
    expect(tiny.mul(Dec.fromString("0.5")).raw).to.equal(0n); // 0.5e-18 → 0 (even)
    expect(Dec.fromRaw(3n).mul(Dec.fromString("0.5")).raw).to.equal(2n); // 1.5e-18 → 2 (even)
    expect(Dec.fromRaw(5n).mul(Dec.fromString("0.5")).raw).to.equal(2n); // 2.5e-18 → 2 (even)
    expect(Dec.fromInt(2n).quo(Dec.fromInt(3n)).toString()).to.equal("0.666666666666666667");
    expect(Dec.fromInt(2n).quoTruncate(Dec.fromInt(3n)).toString()).to.equal("0.666666666666666666");
    expect(Dec.fromInt(-2n).quo(Dec.fromInt(3n)).toString()).to.equal("-0.666666666666666667");
    expect(Dec.fromString("2.5").roundInt()).to.equal(2n);
    expect(Dec.fromString("3.5").roundInt()).to.equal(4n);
    expect(Dec.fromString("-2.7").truncateInt()).to.equal(-2n);
    expect(() => Dec.one.quo(Dec.zero)).to.throw("division by zero");
  });

  it("GV1: prepay purchase and noz price (chain-modules.md golden vector)", () => {
    const St = 10n ** 21n;
    const Pt = 0n;
    const Lt = 10n ** 15n;
    const a = 10n ** 18n;
    const noz = Dec.fromInt(Lt).mul(Dec.fromInt(a)).quo(Dec.fromInt(St + Pt + a)).truncateInt();
    expect(noz).to.equal(999_000_999_000n);
    expect(Lt - noz).to.equal(999_000_999_001_000n);
    expect(Dec.fromInt(St + Pt).quo(Dec.fromInt(Lt)).toString()).to.equal("1000000.000000000000000000");
    expect(Dec.fromInt(St + a).quo(Dec.fromInt(Lt - noz)).toString()).to.equal("1002000.999999998997999000");
  });
});
