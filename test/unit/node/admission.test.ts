// Issue 14 item 2: a node that cannot commit (stalled while its peers go on, or below its
// free-disk floor) refuses new txs in CheckTx instead of accepting txs it will lose; ReCheckTx of
// what is already pending is not affected. (The running node with a real stalled cometbft is in
// test/integration/hardening.test.ts.)
import { expect } from "chai";
import { CheckTxType } from "cosmjs-types/tendermint/abci/types";
import { peerHeightsFromConsensusDump, StallWatch } from "../../../chain/node/stall.ts";
import { AppHarness, genesisWith, testSigner } from "../../helpers/app.ts";

describe("node: admission of new txs", () => {
  it("StallWatch: stalled only after stall_after without a commit while a peer is past our next height, until we commit again", () => {
    const w = new StallWatch(2000, 10n, 0);
    w.observePeers([13], 1000); // not quiet long enough yet: not even looked at
    expect(w.reason(2500)).to.equal(undefined);
    w.observePeers([11, 11], 2500); // peers at our next height: a slow block, or a halted network
    expect(w.reason(2500)).to.equal(undefined);
    w.observePeers([11, 12], 3000);
    expect(w.reason(3000)).to.equal("node is stalled: no block committed for 3s (last height 10) while peers are at height 12");
    w.observePeers([], 4000); // peers gone (a stuck cometbft loses them): still stalled
    expect(w.reason(4000)).to.match(/^node is stalled: no block committed for 4s .* height 12$/);
    w.committed(11n, 5000);
    expect(w.reason(5000)).to.equal(undefined);
    expect(new StallWatch(0, 1n, 0).due(1e9)).to.equal(false); // stall_after_s 0: never
  });

  it("reads peer heights from dump_consensus_state", () => {
    const dump = { round_state: {}, peers: [{ node_address: "a", peer_state: { round_state: { height: "17" } } }, { peer_state: { round_state: {} } }, { node_address: "c" }] };
    expect(peerHeightsFromConsensusDump(dump)).to.deep.equal([17]);
    expect(peerHeightsFromConsensusDump({})).to.deep.equal([]);
    expect(peerHeightsFromConsensusDump(undefined)).to.deep.equal([]);
  });

  it("CheckTx refuses new txs with code 1 (codespace node) and no state change while the guard says so; ReCheckTx still runs", () => {
    const alice = testSigner("alice");
    const bob = testSigner("bob");
    const guard = { reason: undefined as string | undefined };
    const h = new AppHarness({ admissionGuard: () => guard.reason });
    try {
      h.initChain(genesisWith([{ address: alice.address, wei: 10n ** 18n }]));
      h.block();
      const first = h.send(alice, bob.address, 5n);
      expect(h.checkTx(first).code).to.equal(0);
      guard.reason = "node is stalled: no block committed for 12s (last height 1) while peers are at height 9";
      const second = h.send(alice, bob.address, 6n, { sequence: 1n });
      const r = h.checkTx(second);
      expect(r.code).to.equal(1);
      expect(r.codespace).to.equal("node");
      expect(r.log).to.equal(`this node is not accepting txs: ${guard.reason}`);
      // The refused tx changed nothing: alice's next sequence in the check state is still 1.
      guard.reason = undefined;
      expect(h.checkTx(second).code).to.equal(0);
      guard.reason = "free disk space on /x is 10 MiB, below min_free_disk_mb 500 (config/app.json)";
      h.block(); // an empty block: what is pending is rechecked against the new state
      expect(h.app.checkTx({ tx: first, type: CheckTxType.RECHECK }).code).to.equal(0);
    } finally {
      h.close();
    }
  });
});
