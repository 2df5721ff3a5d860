import { expect } from "chai";
import {
  ResponseApplySnapshotChunk_Result,
  ResponseOfferSnapshot_Result,
  ResponseProcessProposal_ProposalStatus,
  ResponseVerifyVoteExtension_VerifyStatus,
  type RequestPrepareProposal,
} from "cosmjs-types/tendermint/abci/types";
import type * as abci from "cosmjs-types/tendermint/abci/types";

import { BaseAbciApplication } from "../../../chain/abci/application.ts";

class MinimalApp extends BaseAbciApplication {
  info = (): abci.ResponseInfo => ({ data: "", version: "", appVersion: 0n, lastBlockHeight: 0n, lastBlockAppHash: new Uint8Array() });
  initChain = (): abci.ResponseInitChain => ({ validators: [], appHash: new Uint8Array() });
  query = (): abci.ResponseQuery => ({ code: 0, log: "", info: "", index: 0n, key: new Uint8Array(), value: new Uint8Array(), height: 0n, codespace: "" });
  checkTx = (): abci.ResponseCheckTx => ({ code: 0, data: new Uint8Array(), log: "", info: "", gasWanted: 0n, gasUsed: 0n, events: [], codespace: "" });
  finalizeBlock = (): abci.ResponseFinalizeBlock => ({ events: [], txResults: [], validatorUpdates: [], appHash: new Uint8Array() });
  commit = (): abci.ResponseCommit => ({ retainHeight: 0n });
}

describe("BaseAbciApplication defaults", () => {
  const app = new MinimalApp();

  it("prepareProposal keeps txs in order and drops from the first one over max_tx_bytes", async () => {
    const txs = [3, 4, 2, 1].map((n) => new Uint8Array(n).fill(n));
    const prepare = async (maxTxBytes: bigint) =>
      (await app.prepareProposal({ txs, maxTxBytes } as RequestPrepareProposal)).txs.map((t) => t.length);
    expect(await prepare(100n)).to.deep.equal([3, 4, 2, 1]);
    expect(await prepare(10n)).to.deep.equal([3, 4, 2, 1]);
    expect(await prepare(9n)).to.deep.equal([3, 4, 2]);
    // The 2-byte tx would still fit after dropping the 4-byte one, but order is kept: stop there.
    expect(await prepare(6n)).to.deep.equal([3]);
    expect(await prepare(2n)).to.deep.equal([]);
  });

  it("accepts proposals and vote extensions, extends with nothing, declines snapshots", async () => {
    expect((await app.processProposal({} as abci.RequestProcessProposal)).status).to.equal(ResponseProcessProposal_ProposalStatus.ACCEPT);
    expect((await app.extendVote({} as abci.RequestExtendVote)).voteExtension).to.have.length(0);
    expect((await app.verifyVoteExtension({} as abci.RequestVerifyVoteExtension)).status).to.equal(ResponseVerifyVoteExtension_VerifyStatus.ACCEPT);
    expect((await app.listSnapshots({})).snapshots).to.deep.equal([]);
    expect((await app.offerSnapshot({} as abci.RequestOfferSnapshot)).result).to.equal(ResponseOfferSnapshot_Result.ABORT);
    expect((await app.loadSnapshotChunk({} as abci.RequestLoadSnapshotChunk)).chunk).to.have.length(0);
    expect((await app.applySnapshotChunk({} as abci.RequestApplySnapshotChunk)).result).to.equal(ResponseApplySnapshotChunk_Result.ABORT);
  });
});
