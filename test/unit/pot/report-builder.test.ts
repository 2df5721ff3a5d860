// The meta-node volume-report builder (meta-node/volume-report.ts): its output is what the chain
// accepts (txData = volumeReportTxData, aggregate BLS signature verifies), duplicate signers are
// refused, and the JSON file form read back by the CLI (readVolumeReportFile) is byte-identical.
import { expect } from "chai";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readVolumeReportFile } from "../../../modules/pot/cli.ts";
import { blsFastAggregateVerify, blsPublicKey, blsSecretKeyFromSeed } from "../../../chain/crypto/bls.ts";
import { sha256 } from "../../../chain/crypto/hash.ts";
import { assembleVolumeReport, buildVolumeReport, signVolumeReport, volumeReportDigest, volumeReportToJson, type VolumeReportBody } from "../../../meta-node/volume-report.ts";
import { volumeReportTxData } from "../../../modules/pot/msgs.ts";
import { stratos } from "../../../proto/client.ts";
import { testSigner } from "../../helpers/app.ts";
import { nodeKey } from "../register/helpers.ts";

const pb = stratos.pot.v1;
const sk = (name: string) => blsSecretKeyFromSeed(sha256(new TextEncoder().encode(`report-builder/${name}`)));
const signers = ["m1", "m2", "m3"].map((n) => ({ blsSecretKey: sk(n) }));
const body: VolumeReportBody = {
  walletVolumes: [
    { walletAddress: testSigner("rb-wallet-a").address, volume: 300_000_000n },
    { walletAddress: testSigner("rb-wallet-b").address, volume: 700_000_000n },
    { walletAddress: testSigner("rb-wallet-c").address, volume: 0n },
  ],
  reporter: nodeKey("rb-meta").address,
  reporterOwner: testSigner("rb-owner").address,
  epoch: 42n,
  reportReference: "report-ref-42",
};

describe("pot: volume-report builder (meta-node/volume-report.ts)", () => {
  it("builds a MsgVolumeReport whose txData is volumeReportTxData and whose aggregate signature verifies", () => {
    const { typeUrl, value } = buildVolumeReport(body, signers);
    expect(typeUrl).to.equal("/stratos.pot.v1.MsgVolumeReport");
    const sig = value.BLSSignature!;
    const txData = volumeReportTxData(value);
    expect(Buffer.from(sig.txData!).equals(Buffer.from(txData))).to.equal(true);
    expect(Buffer.from(volumeReportDigest(body)).equals(Buffer.from(txData))).to.equal(true);
    expect(sig.pubKeys!.map((k) => Buffer.from(k).toString("hex"))).to.deep.equal(signers.map((s) => Buffer.from(blsPublicKey(s.blsSecretKey)).toString("hex")));
    expect(blsFastAggregateVerify(sig.pubKeys!, txData, sig.signature!)).to.equal(true);
    // the fields survive protobuf encoding unchanged
    const decoded = pb.MsgVolumeReport.decode(pb.MsgVolumeReport.encode(value).finish());
    expect(decoded.walletVolumes.map((w) => [w.walletAddress, w.volume])).to.deep.equal(body.walletVolumes.map((w) => [w.walletAddress, w.volume.toString()]));
    expect(decoded.epoch.toString()).to.equal("42");
    expect(Buffer.from(volumeReportTxData(decoded)).equals(Buffer.from(txData))).to.equal(true);
  });

  it("the signature does not verify for another report or a missing signer", () => {
    const { value } = buildVolumeReport(body, signers);
    const sig = value.BLSSignature!;
    const other = volumeReportDigest({ ...body, epoch: 43n });
    expect(blsFastAggregateVerify(sig.pubKeys!, other, sig.signature!)).to.equal(false);
    expect(blsFastAggregateVerify(sig.pubKeys!.slice(0, 2), sig.txData!, sig.signature!)).to.equal(false);
  });

  it("rejects a signer listed twice and an empty signer list", () => {
    expect(() => buildVolumeReport(body, [signers[0], signers[1], signers[0]])).to.throw(/signed twice/);
    const part = signVolumeReport(body, signers[1]);
    expect(() => assembleVolumeReport(body, [part, part])).to.throw(/signed twice/);
    expect(() => buildVolumeReport(body, [])).to.throw(/at least one/);
  });

  it("volumeReportToJson → file → readVolumeReportFile round-trips to the same protobuf bytes", () => {
    const { value } = buildVolumeReport(body, signers);
    const dir = mkdtempSync(join(tmpdir(), "pot-report-"));
    try {
      const file = join(dir, "report.json");
      writeFileSync(file, JSON.stringify(volumeReportToJson(value), null, 2));
      const read = readVolumeReportFile(file);
      const a = Buffer.from(pb.MsgVolumeReport.encode(value).finish());
      const b = Buffer.from(pb.MsgVolumeReport.encode(read).finish());
      expect(b.toString("hex")).to.equal(a.toString("hex"));
      expect(blsFastAggregateVerify(read.BLSSignature!.pubKeys!, volumeReportTxData(read), read.BLSSignature!.signature!)).to.equal(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
