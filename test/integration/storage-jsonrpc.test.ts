// Stratos' user_* JSON-RPC API on real resource-node daemons (real localnet: validators on cometbft,
// 3 meta-node and 4 resource-node daemons as separate processes), driven by a client written only
// from the Stratos API description (test/helpers/stratos-rpc-client.ts, which imports no daemon
// code) with an eth_secp256k1 wallet as ppd's: upload through one node, download through another,
// shares paid by the downloader, list/delete; then bad input: JSON-RPC errors or Stratos return
// codes, nothing stored or charged, every daemon alive.
import { expect } from "chai";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { request } from "node:http";
import { join } from "node:path";
import { RpcClient } from "../../chain/cli/rpc.ts";
import { fileHash as cidFileHash } from "../../chain/crypto/cid.ts";
import { stratos } from "../../proto/client.ts";
import type { Localnet } from "../../localnet/localnet.ts";
import { useStorageNetwork } from "../helpers/storage-network.ts";
import { StratosRpcClient, stratosFileHash } from "../helpers/stratos-rpc-client.ts";

const SLICE = 64 * 1024;
const BIN = join(import.meta.dirname, "../../bin/resource-node.mjs");

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    const t = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(t);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

async function waitFor<T>(what: string, f: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await f();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ""}`);
}

/** A POST whose headers claim a body it never sends (the server must answer from the headers). */
function claimLength(url: string, length: number): Promise<number> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method: "POST", path: u.pathname, agent: false, headers: { "content-type": "application/json", "content-length": length } }, (res) => {
      res.resume();
      resolve(res.statusCode!);
      req.destroy();
    });
    req.on("error", reject);
    req.write("{");
  });
}

describe("storage network: Stratos user_* JSON-RPC through resource-node daemons", function () {
  this.timeout(300_000);
  const fixture = useStorageNetwork({ meta: 3, resource: 4, sliceSize: SLICE, replicas: 3 });
  let net: Localnet;
  const rn = (i: number) => net.daemons.filter((d) => d.info.kind === "resource")[i]!;
  const rpcUrl = (i: number) => `${rn(i).url}/rpc`;
  let alice: StratosRpcClient; // uploads through node 0
  let aliceVia2: StratosRpcClient; // the same wallet, downloading through node 2
  let bob: StratosRpcClient; // another wallet, on node 3

  const prepay = async (wallet: string) => {
    const r = await cli(["prepay", "20stos", "--beneficiary", wallet, "--home", rn(0).info.home]);
    expect(r.code, r.stderr + r.stdout).to.equal(0);
  };

  before(async () => {
    net = fixture.net;
    const aliceKey = randomBytes(32);
    alice = new StratosRpcClient(rpcUrl(0), aliceKey);
    aliceVia2 = new StratosRpcClient(rpcUrl(2), aliceKey);
    bob = new StratosRpcClient(rpcUrl(3), randomBytes(32));
    await prepay(alice.address);
    await prepay(bob.address);
    for (const c of [alice, bob]) {
      await waitFor(`ozone of ${c.address} at the meta nodes`, async () => {
        const oz = await c.getOzone();
        return oz.return === "0" && BigInt(oz.ozone ?? "0") > 0n ? oz : undefined;
      });
    }
  });

  const uploaded: { label: string; data: Buffer; fileHash: string }[] = [];
  const cases: { label: string; data: () => Buffer }[] = [
    { label: "0 B", data: () => Buffer.alloc(0) },
    { label: "1 B", data: () => randomBytes(1) },
    { label: "slice − 1", data: () => randomBytes(SLICE - 1) },
    { label: "slice", data: () => randomBytes(SLICE) },
    { label: "several slices", data: () => randomBytes(3 * SLICE + 7) },
    { label: "more than one 3.5 MB user_uploadData", data: () => randomBytes(3_500_000 + 2 * SLICE + 3) },
  ];

  for (const c of cases) {
    it(`uploads ${c.label} through node 0 and downloads it through node 2, byte for byte; MsgFileUpload on chain`, async () => {
      const data = c.data();
      const up = await alice.put(data, `${c.label}.bin`, { timeoutMs: 120_000 });
      expect(up.final, JSON.stringify(up.results.slice(-3))).to.include({ return: "0" });
      expect(up.status?.file_upload_state).to.equal(3);
      expect(up.status?.user_has_file).to.equal(true);
      expect(up.status?.replicas).to.equal(3);
      expect(up.fileHash).to.equal(cidFileHash(data));
      for (const r of up.results.filter((x) => x.return === "1")) expect(r.offsetend - r.offsetstart).to.be.at.most(3_500_000);
      uploaded.push({ label: c.label, data, fileHash: up.fileHash });

      const got = await aliceVia2.get(`sdm://${alice.address}/${up.fileHash}`);
      expect(got.final, JSON.stringify(got.final)).to.deep.equal({ return: "0" });
      expect(got.fileName).to.equal(`${c.label}.bin`);
      expect(got.data.equals(data)).to.equal(true);
      expect(got.returns.at(-2)).to.equal("3");

      const chain = new RpcClient(net.rpcUrl(0));
      const info = await waitFor("MsgFileUpload on chain", async () => {
        const raw = await chain.query("/stratos.sds.v1.Query/Fileupload", stratos.sds.v1.QueryFileUploadRequest.encode({ fileHash: up.fileHash }).finish());
        return stratos.sds.v1.QueryFileUploadResponse.decode(raw).fileInfo ?? undefined;
      });
      expect(info).to.not.equal(undefined);
    });
  }

  it("uploading a stored file again sends no bytes and costs nothing", async () => {
    const f = uploaded.find((u) => u.label === "several slices")!;
    const before = (await alice.getOzone()).ozone;
    const up = await alice.put(f.data, "again.bin");
    expect(up.results.filter((r) => r.return === "1")).to.have.length(0);
    expect(up.status?.file_upload_state).to.equal(3);
    expect((await alice.getOzone()).ozone).to.equal(before);
  });

  it("lists the wallet's files", async () => {
    const list = await alice.list();
    expect(list.return).to.equal("0");
    const hashes = list.fileinfo.map((f: any) => f.filehash);
    for (const u of uploaded) expect(hashes).to.include(u.fileHash);
    const one = list.fileinfo.find((f: any) => f.filehash === uploaded[1]!.fileHash);
    expect(one).to.include({ filesize: 1, filename: "1 B.bin" });
    expect(list.totalnumber).to.equal(uploaded.length);
  });

  it("shares a file; another wallet downloads it through another node and pays; stop ends the link", async () => {
    const f = uploaded.find((u) => u.label === "several slices")!;
    expect((await bob.get(`sdm://${alice.address}/${f.fileHash}`)).final.return).to.equal("-12"); // not via the owner's handle
    const share = await alice.share(f.fileHash, { private: true });
    expect(share.return, JSON.stringify(share)).to.equal("0");
    expect(share.sharelink).to.match(/^sds:\/\/[^/]+\/[^/]+$/);
    const shares = await alice.listShares();
    expect(shares.fileinfo.map((s: any) => s.shareid)).to.include(share.shareid);

    const aliceBefore = BigInt((await alice.getOzone()).ozone!);
    const bobBefore = BigInt((await bob.getOzone()).ozone!);
    const got = await bob.getShared(share.sharelink);
    expect(got.final, JSON.stringify(got.final)).to.deep.equal({ return: "0" });
    expect(got.data.equals(f.data)).to.equal(true);
    expect(BigInt((await bob.getOzone()).ozone!)).to.equal(bobBefore - BigInt(f.data.length));
    expect(BigInt((await alice.getOzone()).ozone!)).to.equal(aliceBefore);

    const wrongPw = await bob.getShared(share.sharelink.replace(/\/[^/]+$/, "/nope"));
    expect(wrongPw.final.return).to.not.equal("0");
    expect(wrongPw.data.length).to.equal(0);
    expect((await alice.stopShare(share.shareid)).return).to.equal("0");
    const after = await bob.getShared(share.sharelink);
    expect(after.final.return).to.equal("-6");
    expect(BigInt((await bob.getOzone()).ozone!)).to.equal(bobBefore - BigInt(f.data.length));
  });

  it("deletes a file: gone from the list, no longer downloadable", async () => {
    const f = uploaded.find((u) => u.label === "1 B")!;
    expect((await alice.deleteFile(f.fileHash)).return).to.equal("0");
    const list = await alice.list();
    expect(list.fileinfo.map((x: any) => x.filehash)).to.not.include(f.fileHash);
    expect((await aliceVia2.get(`sdm://${alice.address}/${f.fileHash}`)).final.return).to.equal("-6");
    uploaded.splice(uploaded.indexOf(f), 1);
  });

  describe("bad input: clear error, nothing stored or charged, daemons alive", () => {
    let snapshot: { ozone: string; files: number };
    beforeEach(async () => {
      snapshot = { ozone: (await alice.getOzone()).ozone!, files: (await alice.list()).totalnumber ?? 0 };
    });
    afterEach(async () => {
      expect((await alice.getOzone()).ozone).to.equal(snapshot.ozone);
      expect((await alice.list()).totalnumber ?? 0).to.equal(snapshot.files);
      for (let i = 0; i < 4; i++) {
        const st = await fetch(`${rn(i).url}/api/v1/status`);
        expect(st.status, `resource node ${i} alive`).to.equal(200);
      }
    });

    const data = randomBytes(5000);
    const fh = stratosFileHash(data);
    const sn = async (c: StratosRpcClient) => (await c.getOzone()).sequencynumber ?? "";

    it("wrong types → JSON-RPC error -32602 naming the field", async () => {
      const p = alice.uploadParams(fh, await sn(alice), { filename: "t.bin", filesize: String(data.length) });
      const a = await alice.call("user_requestUpload", p);
      expect(a.error?.code).to.equal(-32602);
      expect(a.error?.message).to.include("filesize");
      const b = await alice.call("user_requestUpload", { ...p, filesize: data.length, req_time: String(p.req_time) });
      expect(b.error?.message).to.include("req_time");
      const c = await alice.call("user_downloadData", { filehash: fh, reqid: 7 });
      expect(c.error?.message).to.include("reqid");
    });

    it("missing fields → JSON-RPC error -32602 naming the field", async () => {
      const p: Record<string, unknown> = alice.uploadParams(fh, await sn(alice), { filename: "t.bin", filesize: data.length });
      delete p.filehash;
      expect((await alice.call("user_requestUpload", p)).error).to.deep.equal({ code: -32602, message: 'invalid argument 0: missing required field "filehash"' });
      const t = alice.now();
      expect((await alice.call("user_requestDownload", { signature: alice.sign("x"), req_time: t })).error?.message).to.include('"filehandle"');
      expect((await alice.call("user_requestGetOzone", {})).error?.message).to.include('"walletaddr"');
      expect((await alice.raw({ jsonrpc: "2.0", id: 1, method: "user_nope", params: [] })).error?.code).to.equal(-32601);
      expect((await alice.raw("{broken")).error?.code).to.equal(-32700);
    });

    it("a bad signature → -3 (upload, status, list, download)", async () => {
      const s = await sn(alice);
      const p = alice.uploadParams(fh, s, { filename: "t.bin", filesize: data.length });
      const forged = { ...p, signature: { ...p.signature, signature: bob.sign("other").signature } };
      expect((await alice.result("user_requestUpload", forged)).return).to.equal("-3");
      const t = alice.now();
      expect((await alice.result("user_getFileStatus", { filehash: fh, signature: bob.sign("x"), req_time: t })).return).to.equal("-3");
      expect((await alice.result("user_requestList", { signature: bob.sign("x"), page: 0, req_time: t })).return).to.equal("-3");
      const f = uploaded[0]!;
      const dl = await aliceVia2.result("user_requestDownload", { filehandle: `sdm://${alice.address}/${f.fileHash}`, signature: alice.sign("not the download string"), req_time: t });
      expect(dl.return).to.equal("-3");
    });

    it("an oversized chunk → -4 and nothing written; the upload can still be stopped cleanly", async () => {
      const big = randomBytes(3_500_000 + 1000);
      const bfh = stratosFileHash(big);
      const s = await sn(alice);
      const first = await alice.result("user_requestUpload", alice.uploadParams(bfh, s, { filename: "big.bin", filesize: big.length }));
      expect(first.return).to.equal("1");
      const over = await alice.result("user_uploadData", alice.uploadParams(bfh, s, { data: big.subarray(0, first.offsetend + 100).toString("base64") }));
      expect(over.return).to.equal("-4");
      expect(over.detail).to.match(/send exactly the range asked for/);
      const stop = await alice.result("user_uploadData", alice.uploadParams(bfh, s, { data: "", stop: true }));
      expect(stop.return).to.equal("-14");
      expect((await alice.fileStatus(bfh)).file_upload_state).to.equal(0);
    });

    it("bytes that do not hash to the announced file hash → -11, nothing stored", async () => {
      const s = await sn(alice);
      expect((await alice.result("user_requestUpload", alice.uploadParams(fh, s, { filename: "t.bin", filesize: data.length }))).return).to.equal("1");
      const r = await alice.result("user_uploadData", alice.uploadParams(fh, s, { data: randomBytes(5000).toString("base64") }));
      expect(r.return).to.equal("-11");
      expect((await alice.fileStatus(fh)).file_upload_state).to.equal(0);
    });

    it("a wallet without ozone → -9 at user_requestUpload, saying how to prepay", async () => {
      const poor = new StratosRpcClient(rpcUrl(1), randomBytes(32));
      const r = await poor.put(data, "poor.bin");
      expect(r.final.return).to.equal("-9");
      expect(r.final.detail).to.match(/ozone/).and.match(/prepay/);
      expect((await poor.getOzone()).ozone ?? "0").to.equal("0");
    });

    it("an unknown file → -6; a malformed handle → -7", async () => {
      const got = await alice.get(`sdm://${alice.address}/${stratosFileHash(randomBytes(10))}`);
      expect(got.final.return).to.equal("-6");
      const t = alice.now();
      expect((await alice.result("user_requestDownload", { filehandle: "sdm://nothing", signature: alice.sign("x"), req_time: t })).return).to.equal("-7");
    });

    it("a 10 GB Content-Length → HTTP 413 before any byte is read", async () => {
      expect(await claimLength(rpcUrl(0), 10 * 1024 ** 3)).to.equal(413);
    });
  });
});
