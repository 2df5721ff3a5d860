import { expect } from "chai";
import { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { BinaryWriter } from "cosmjs-types/binary";
import "../../../chain/types/proto-writer.ts";

describe("protobuf writes (chain/types/proto-writer)", () => {
  it("encodes into a buffer of exactly the message's size, not a view of a fresh 8 KiB slab", () => {
    const bytes = Coin.encode({ denom: "wei", amount: "123456789" }).finish();
    expect(bytes.byteOffset).to.equal(0);
    expect(bytes.buffer.byteLength).to.equal(bytes.length);
    expect(Coin.decode(bytes)).to.deep.equal({ denom: "wei", amount: "123456789" });
  });

  it("keeps the bytes of large and empty messages exact", () => {
    const big = "x".repeat(10_000);
    expect(Coin.decode(Coin.encode({ denom: big, amount: "1" }).finish()).denom).to.equal(big);
    expect(Coin.encode({ denom: "", amount: "" }).finish()).to.have.length(0);
    expect(BinaryWriter.alloc(5)).to.have.length(5);
  });
});
