// The meta node's status says whether it can co-sign volume reports (a node created without a BLS
// key, as stchaind creates it, cannot until MsgUpdateMetaNode registers one).
import { expect } from "chai";
import { volumeReportStatus } from "../../../meta-node/daemon.ts";
import type { MetaNodeInfo } from "../../../meta-node/store.ts";

const node = (blsPubKey?: string): MetaNodeInfo => ({ address: "stsds1x", pubkey: "", owner: "st1x", status: 3, suspend: false, url: "", tokens: "1", blsPubKey });

describe("meta-node status: volume report co-signing", () => {
  it("names why a node cannot co-sign, and says yes once its own key is registered", () => {
    expect(volumeReportStatus(undefined, "aa")).to.deep.equal({ canCoSign: false, reason: "not registered on chain" });
    const none = volumeReportStatus(node(""), "aa");
    expect(none.canCoSign).to.equal(false);
    expect(none.reason).to.contain("MsgUpdateMetaNode");
    expect(volumeReportStatus(node(undefined), "aa").canCoSign).to.equal(false);
    expect(volumeReportStatus(node("bb"), "aa").reason).to.contain("is not this node's");
    expect(volumeReportStatus(node("aa"), "AA")).to.deep.equal({ canCoSign: true });
  });
});
