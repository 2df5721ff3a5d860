import { expect } from "chai";
import { addCoins, coinsFromWire, formatCoins, parseCoinsText } from "../../../chain/types/coins.ts";

describe("coins", () => {
  it("parses amounts in stos, gwei and wei into base units", () => {
    expect(parseCoinsText("1stos")).to.deep.equal([{ denom: "wei", amount: 10n ** 18n }]);
    expect(parseCoinsText("5gwei")).to.deep.equal([{ denom: "wei", amount: 5_000_000_000n }]);
    expect(parseCoinsText("1.5stos,3wei")).to.deep.equal([{ denom: "wei", amount: 1_500_000_000_000_000_003n }]);
    expect(parseCoinsText("7foo")).to.deep.equal([{ denom: "foo", amount: 7n }]);
    expect(() => parseCoinsText("1.5wei")).to.throw("more decimals");
    expect(() => parseCoinsText("stos")).to.throw("invalid coin");
    expect(() => parseCoinsText("")).to.throw("no coins");
  });

  it("validates wire coins like sdk.Coins.Validate", () => {
    expect(coinsFromWire([{ denom: "wei", amount: "10" }])).to.deep.equal([{ denom: "wei", amount: 10n }]);
    expect(() => coinsFromWire([{ denom: "wei", amount: "0" }])).to.throw("zero amount");
    expect(() => coinsFromWire([{ denom: "wei", amount: "-1" }])).to.throw("not a non-negative integer");
    expect(() => coinsFromWire([{ denom: "b", amount: "1" }])).to.throw("invalid denom");
    expect(() => coinsFromWire([{ denom: "zzz", amount: "1" }, { denom: "aaa", amount: "1" }])).to.throw("sorted");
  });

  it("adds and formats", () => {
    const sum = addCoins([{ denom: "wei", amount: 1n }], [{ denom: "abc", amount: 2n }, { denom: "wei", amount: 3n }]);
    expect(formatCoins(sum)).to.equal("2abc,4wei");
  });
});
