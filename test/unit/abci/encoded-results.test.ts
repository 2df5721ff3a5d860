import { expect } from "chai";
import type { DeepPartial } from "cosmjs-types/helpers";
import { Response, TxResult, type ExecTxResult, type ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";

import { encodeFinalizeBlockResponse, encodeTxResult, execTxResultBytes } from "../../../chain/abci/encoded-results.ts";
import { AppHarness, genesisWith, testSigner } from "../../helpers/app.ts";

const stock = (res: DeepPartial<ResponseFinalizeBlock>) => Response.encode(Response.fromPartial({ finalizeBlock: res })).finish();

function result(code: number, events: ExecTxResult["events"]): ExecTxResult {
  return { code, data: Uint8Array.of(1, 2), log: code ? "failed" : "[]", info: "", gasWanted: 200000n, gasUsed: 38333n, events, codespace: code ? "sdk" : "" };
}

const transfer = { type: "transfer", attributes: [{ key: "recipient", value: "st1abc", index: true }, { key: "amount", value: "5wei", index: false }] };

describe("ABCI answers with each tx result encoded once (chain/abci/encoded-results.ts)", () => {
  it("a full FinalizeBlock answer is byte-identical to Response.encode(fromPartial(...))", () => {
    const res: ResponseFinalizeBlock = {
      events: [{ type: "mint", attributes: [{ key: "amount", value: "1", index: true }] }],
      txResults: [result(0, [transfer]), result(5, []), result(0, [transfer, transfer])],
      validatorUpdates: [{ pubKey: { ed25519: new Uint8Array(32).fill(7) }, power: 10n }, { pubKey: { ed25519: new Uint8Array(32).fill(8) }, power: 0n }],
      consensusParamUpdates: { block: { maxBytes: 1000n, maxGas: -1n } },
      appHash: new Uint8Array(32).fill(9),
    };
    expect(Buffer.from(encodeFinalizeBlockResponse(res)).equals(Buffer.from(stock(res)))).to.equal(true);
  });

  it("fields the app left out are defaults, as fromPartial makes them", () => {
    for (const partial of [{}, { appHash: new Uint8Array() }, { txResults: [result(0, [])] }, { events: [], validatorUpdates: [] }]) {
      expect(Buffer.from(encodeFinalizeBlockResponse(partial)).equals(Buffer.from(stock(partial))), JSON.stringify(Object.keys(partial))).to.equal(true);
    }
  });

  it("the tx index's TxResult decodes to the same result, and its bytes are reused", () => {
    const r = result(0, [transfer]);
    const bytes = encodeTxResult(12n, 3, Uint8Array.of(0xaa, 0xbb), r);
    const decoded = TxResult.decode(bytes);
    expect(decoded.height).to.equal(12n);
    expect(decoded.index).to.equal(3);
    expect(Array.from(decoded.tx)).to.deep.equal([0xaa, 0xbb]);
    expect(decoded.result).to.deep.equal(r);
    expect(Buffer.from(bytes).equals(Buffer.from(TxResult.encode({ height: 12n, index: 3, tx: Uint8Array.of(0xaa, 0xbb), result: r }).finish()))).to.equal(true);
    expect(execTxResultBytes(r)).to.equal(execTxResultBytes(r)); // the same array: encoded once
  });

  it("a real block's answer from the app encodes to the same bytes both ways", () => {
    const alice = testSigner("alice");
    const bob = testSigner("bob");
    const h = new AppHarness();
    try {
      h.initChain(genesisWith([{ address: alice.address, wei: 10n ** 18n }]));
      h.block([]);
      const res = h.block([h.send(alice, bob.address, 7n, { sequence: 0n }), h.send(alice, bob.address, 10n ** 30n, { sequence: 1n })]);
      expect(res.txResults[0]!.code, res.txResults[0]!.log).to.equal(0);
      expect(res.txResults[1]!.code).to.not.equal(0);
      expect(res.txResults[0]!.events.length).to.be.greaterThan(5);
      expect(Buffer.from(encodeFinalizeBlockResponse(res)).equals(Buffer.from(stock(res)))).to.equal(true);
    } finally {
      h.close();
    }
  });
});
