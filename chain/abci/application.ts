import {
  ResponseApplySnapshotChunk_Result,
  ResponseOfferSnapshot_Result,
  ResponseProcessProposal_ProposalStatus,
  ResponseVerifyVoteExtension_VerifyStatus,
} from "cosmjs-types/tendermint/abci/types";
import type * as abci from "cosmjs-types/tendermint/abci/types";

export type MaybePromise<T> = T | Promise<T>;

/** The ABCI 2.0 (CometBFT v0.38) application methods; Echo and Flush are answered by the server. */
export interface AbciApplication {
  info(req: abci.RequestInfo): MaybePromise<abci.ResponseInfo>;
  initChain(req: abci.RequestInitChain): MaybePromise<abci.ResponseInitChain>;
  query(req: abci.RequestQuery): MaybePromise<abci.ResponseQuery>;
  checkTx(req: abci.RequestCheckTx): MaybePromise<abci.ResponseCheckTx>;
  prepareProposal(req: abci.RequestPrepareProposal): MaybePromise<abci.ResponsePrepareProposal>;
  processProposal(req: abci.RequestProcessProposal): MaybePromise<abci.ResponseProcessProposal>;
  extendVote(req: abci.RequestExtendVote): MaybePromise<abci.ResponseExtendVote>;
  verifyVoteExtension(req: abci.RequestVerifyVoteExtension): MaybePromise<abci.ResponseVerifyVoteExtension>;
  finalizeBlock(req: abci.RequestFinalizeBlock): MaybePromise<abci.ResponseFinalizeBlock>;
  commit(req: abci.RequestCommit): MaybePromise<abci.ResponseCommit>;
  listSnapshots(req: abci.RequestListSnapshots): MaybePromise<abci.ResponseListSnapshots>;
  offerSnapshot(req: abci.RequestOfferSnapshot): MaybePromise<abci.ResponseOfferSnapshot>;
  loadSnapshotChunk(req: abci.RequestLoadSnapshotChunk): MaybePromise<abci.ResponseLoadSnapshotChunk>;
  applySnapshotChunk(req: abci.RequestApplySnapshotChunk): MaybePromise<abci.ResponseApplySnapshotChunk>;
}

/**
 * Defaults for an app without snapshots or vote extensions, as CometBFT's Go BaseApplication.
 * One deliberate difference: offerSnapshot/applySnapshotChunk answer ABORT rather than the Go
 * zero value UNKNOWN; both mean "abort restoration", but CometBFT's syncer reports UNKNOWN as an
 * unexpected result while ABORT is the documented way to decline.
 */
export abstract class BaseAbciApplication implements AbciApplication {
  abstract info(req: abci.RequestInfo): MaybePromise<abci.ResponseInfo>;
  abstract initChain(req: abci.RequestInitChain): MaybePromise<abci.ResponseInitChain>;
  abstract query(req: abci.RequestQuery): MaybePromise<abci.ResponseQuery>;
  abstract checkTx(req: abci.RequestCheckTx): MaybePromise<abci.ResponseCheckTx>;
  abstract finalizeBlock(req: abci.RequestFinalizeBlock): MaybePromise<abci.ResponseFinalizeBlock>;
  abstract commit(req: abci.RequestCommit): MaybePromise<abci.ResponseCommit>;

  /** Keeps the mempool's txs in order and drops from the first one that would exceed max_tx_bytes. */
  prepareProposal(req: abci.RequestPrepareProposal): MaybePromise<abci.ResponsePrepareProposal> {
    const txs: Uint8Array[] = [];
    let total = 0n;
    for (const tx of req.txs) {
      total += BigInt(tx.length);
      if (total > req.maxTxBytes) break;
      txs.push(tx);
    }
    return { txs };
  }

  processProposal(_req: abci.RequestProcessProposal): MaybePromise<abci.ResponseProcessProposal> {
    return { status: ResponseProcessProposal_ProposalStatus.ACCEPT };
  }

  extendVote(_req: abci.RequestExtendVote): MaybePromise<abci.ResponseExtendVote> {
    return { voteExtension: new Uint8Array() };
  }

  verifyVoteExtension(_req: abci.RequestVerifyVoteExtension): MaybePromise<abci.ResponseVerifyVoteExtension> {
    return { status: ResponseVerifyVoteExtension_VerifyStatus.ACCEPT };
  }

  listSnapshots(_req: abci.RequestListSnapshots): MaybePromise<abci.ResponseListSnapshots> {
    return { snapshots: [] };
  }

  offerSnapshot(_req: abci.RequestOfferSnapshot): MaybePromise<abci.ResponseOfferSnapshot> {
    return { result: ResponseOfferSnapshot_Result.ABORT };
  }

  loadSnapshotChunk(_req: abci.RequestLoadSnapshotChunk): MaybePromise<abci.ResponseLoadSnapshotChunk> {
    return { chunk: new Uint8Array() };
  }

  applySnapshotChunk(_req: abci.RequestApplySnapshotChunk): MaybePromise<abci.ResponseApplySnapshotChunk> {
    return { result: ResponseApplySnapshotChunk_Result.ABORT, refetchChunks: [], rejectSenders: [] };
  }
}
