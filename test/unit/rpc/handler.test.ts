// The user_* JSON-RPC layer over real HTTP, driven by the Stratos-API test client. The layer under it
// (gateway and meta-node API) is an in-memory stand-in that checks what a meta node would check
// (wallet signature of the upload string with the current sequence number, ownership, ozone).
import { expect } from "chai";
import { createServer, type Server } from "node:http";
import { Readable } from "node:stream";
import { keccak_256 } from "@noble/hashes/sha3.js";
import { fileHash as cidFileHash } from "../../../chain/crypto/cid.ts";
import { ProtocolError } from "../../../meta-node/protocol/errors.ts";
import { verifyWalletSignature, walletSignMessage } from "../../../meta-node/protocol/wallet-signature.ts";
import { createRpcHandler, type RpcHandler } from "../../../resource-node/rpc/index.ts";
import type { RpcDownloadRequest, RpcGateway, RpcMetaApi, RpcUploadAuth, RpcUploadFile } from "../../../resource-node/rpc/deps.ts";
import { StratosRpcClient, stratosFileHash } from "../../helpers/stratos-rpc-client.ts";

const SLICE = 1 << 20; // small slices so ranges and pieces meet slice boundaries

interface Stored {
  owner: string;
  name: string;
  data: Buffer;
  createTime: number;
}

class FakeNetwork implements RpcGateway, RpcMetaApi {
  files = new Map<string, Stored>(); // key fileHash|owner
  ozoneOf = new Map<string, bigint>();
  seq = new Map<string, number>();
  shares = new Map<string, { fileHash: string; owner: string; password: string; shareId: string }>();
  committed: (RpcUploadFile & RpcUploadAuth)[] = [];
  openSinks = 0;
  charged = 0n;

  key(h: string, o: string) {
    return `${h}|${o}`;
  }
  sequence(w: string) {
    return String(this.seq.get(w) ?? 1);
  }

  async beginUpload(file: RpcUploadFile) {
    this.openSinks++;
    const chunks: Buffer[] = [];
    let open = true;
    const close = () => {
      if (open) this.openSinks--;
      open = false;
    };
    return {
      write: async (c: Uint8Array) => {
        if (!open) throw new Error("write after close");
        chunks.push(Buffer.from(c));
      },
      abort: async () => close(),
      commit: async (auth: RpcUploadAuth) => {
        close();
        return this.commit(file, auth, Buffer.concat(chunks));
      },
    };
  }

  private async commit(r: RpcUploadFile, a: RpcUploadAuth, bytes: Buffer) {
    const v = verifyWalletSignature(a.walletSig, walletSignMessage.upload(r.fileHash, r.owner, a.sequence, a.reqTime));
    if (!v.ok) throw new ProtocolError(401, "bad_signature", v.reason);
    if (a.sequence !== this.sequence(r.owner)) throw new ProtocolError(401, "bad_signature", "stale sequence");
    if (bytes.length !== r.fileSize || cidFileHash(bytes) !== r.fileHash) throw new ProtocolError(409, "hash_mismatch", "file hash");
    if (this.files.has(this.key(r.fileHash, r.owner))) return { state: "exists" as const, done: Promise.resolve() };
    const cost = BigInt(bytes.length) * 3n;
    const bal = this.ozoneOf.get(r.owner) ?? 0n;
    if (bal < cost) throw new ProtocolError(402, "insufficient_ozone", `missing ${cost - bal} noz; prepay`);
    this.ozoneOf.set(r.owner, bal - cost);
    this.charged += cost;
    this.seq.set(r.owner, Number(this.sequence(r.owner)) + 1);
    this.committed.push({ ...r, ...a });
    this.files.set(this.key(r.fileHash, r.owner), { owner: r.owner, name: r.fileName, data: bytes, createTime: 1700000000 });
    return { state: "started" as const, done: Promise.resolve() };
  }

  async download(r: RpcDownloadRequest) {
    let f: Stored | undefined;
    if (r.shareLink !== undefined) {
      const s = this.shares.get(r.shareLink);
      if (!s || s.password !== (r.password ?? "")) throw new ProtocolError(404, "not_found", "no such share");
      f = this.files.get(this.key(s.fileHash, s.owner));
      r = { ...r, fileHash: s.fileHash };
    } else {
      f = this.files.get(this.key(r.fileHash, r.owner!));
    }
    if (!f) throw new ProtocolError(404, "not_found", `file ${r.fileHash} not found`);
    const v = verifyWalletSignature(
      r.walletSig,
      r.shareLink !== undefined
        ? walletSignMessage.getShared(r.shareLink, r.wallet, this.sequence(r.wallet), r.reqTime)
        : walletSignMessage.download(r.fileHash, r.wallet, this.sequence(r.wallet), r.reqTime),
    );
    if (!v.ok) throw new ProtocolError(401, "bad_signature", v.reason);
    // odd chunk sizes, so pieces must be re-cut
    const data = f.data;
    const chunks: Buffer[] = [];
    for (let i = 0; i < data.length; i += 777_777) chunks.push(data.subarray(i, i + 777_777));
    return { fileHash: r.fileHash, fileName: f.name, fileSize: data.length, sliceSize: SLICE, body: Readable.from(chunks) };
  }

  async fileStatus(q: { fileHash: string; owner: string }) {
    const f = this.files.get(this.key(q.fileHash, q.owner));
    return f ? { state: 3, userHasFile: true, replicas: 3 } : { state: 0, userHasFile: false, replicas: 0 };
  }
  async ozone(wallet: string) {
    return { balance: String(this.ozoneOf.get(wallet) ?? 0n), sequence: this.sequence(wallet) };
  }
  async list(q: { wallet: string; page: number }) {
    const files = [...this.files.entries()]
      .filter(([, f]) => f.owner === q.wallet)
      .map(([k, f]) => ({ fileHash: k.split("|")[0]!, fileSize: f.data.length, fileName: f.name, createTime: f.createTime }));
    return { files, total: files.length, page: q.page };
  }
  async deleteFile(q: { wallet: string; fileHash: string }) {
    if (!this.files.delete(this.key(q.fileHash, q.wallet))) throw new ProtocolError(404, "not_found", "no such file");
  }
  async share(q: { wallet: string; fileHash: string; private?: boolean }) {
    if (!this.files.has(this.key(q.fileHash, q.wallet))) throw new ProtocolError(404, "not_found", "no such file");
    const shareId = `s${this.shares.size + 1}`;
    const link = `link${this.shares.size + 1}`;
    const password = q.private ? "pw12" : "";
    this.shares.set(link, { fileHash: q.fileHash, owner: q.wallet, password, shareId });
    return { shareId, shareLink: `sds://${link}${password ? "/" + password : ""}` };
  }
  async listShares(q: { wallet: string; page: number }) {
    const shares = [...this.shares.entries()]
      .filter(([, s]) => s.owner === q.wallet)
      .map(([link, s]) => ({
        fileHash: s.fileHash,
        fileSize: this.files.get(this.key(s.fileHash, s.owner))?.data.length ?? 0,
        fileName: this.files.get(this.key(s.fileHash, s.owner))?.name ?? "",
        linkTime: 1700000000,
        linkTimeExp: 0,
        shareId: s.shareId,
        shareLink: `sds://${link}`,
      }));
    return { shares, total: shares.length, page: q.page };
  }
  async stopShare(q: { wallet: string; shareId: string }) {
    for (const [k, s] of this.shares) if (s.shareId === q.shareId && s.owner === q.wallet) return void this.shares.delete(k);
    throw new ProtocolError(404, "not_found", "no such share");
  }
}

const key = (seed: string) => keccak_256(new TextEncoder().encode(seed));
function bytes(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

describe("resource-node/rpc: Stratos user_* JSON-RPC", function () {
  this.timeout(60_000);
  let server: Server;
  let handler: RpcHandler;
  let net: FakeNetwork;
  let url: string;
  let alice: StratosRpcClient;
  let bob: StratosRpcClient;

  before(async () => {
    net = new FakeNetwork();
    handler = createRpcHandler({ gateway: net, meta: net, sliceSize: SLICE });
    server = createServer((req, res) => (req.url === "/rpc" ? handler(req, res) : (res.statusCode = 404, res.end())));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/rpc`;
    alice = new StratosRpcClient(url, key("alice"));
    bob = new StratosRpcClient(url, key("bob"));
    net.ozoneOf.set(alice.address, 10n ** 12n);
    net.ozoneOf.set(bob.address, 10n ** 12n);
  });

  after(async () => {
    handler.close();
    await new Promise((r) => server.close(r));
  });

  const noTempFiles = () => expect(net.openSinks, "staged uploads left open").to.equal(0);

  for (const size of [0, 1, SLICE - 1, SLICE, 3_500_000, 3_500_001, 2 * SLICE + 12345, 8_000_000]) {
    it(`uploads and downloads ${size} bytes, byte for byte`, async () => {
      const data = bytes(size, size + 7);
      const up = await alice.put(data, `f${size}.bin`);
      expect(up.fileHash).to.equal(cidFileHash(data)); // the client's own hash code agrees with the chain's
      expect(up.status?.file_upload_state).to.equal(3);
      const asks = up.results.filter((r) => r.return === "1");
      for (const r of asks) {
        expect(r.offsetend - r.offsetstart).to.be.at.most(3_500_000).and.greaterThan(0);
        expect(Math.floor(r.offsetstart / SLICE)).to.equal(Math.floor((r.offsetend - 1) / SLICE)); // inside one slice
      }
      expect(up.results.at(-1)).to.deep.equal({ return: "0" });
      const stored = net.files.get(net.key(up.fileHash, alice.address))!;
      expect(stored.data.equals(data)).to.equal(true);
      const got = await alice.get(`sdm://${alice.address}/${up.fileHash}`);
      expect(got.fileName).to.equal(`f${size}.bin`);
      expect(got.data.equals(data)).to.equal(true);
      expect(got.returns.at(-2)).to.equal("3");
      expect(got.final).to.deep.equal({ return: "0" });
      expect(got.returns.filter((r) => r === "2").length).to.equal(Math.ceil(size / SLICE)); // one piece per (1 MiB) slice
      await new Promise((r) => setTimeout(r, 20));
      noTempFiles();
      expect(handler.sessions()).to.deep.equal({ uploads: 0, downloads: 0 });
    });
  }

  it("uploading a stored file again sends no bytes and costs nothing", async () => {
    const data = bytes(5000, 99);
    await alice.put(data, "again.bin");
    const charged = net.charged;
    const up = await alice.put(data, "again.bin");
    expect(up.results[0]).to.include({ return: "0" });
    expect(up.results.filter((r) => r.return === "1")).to.have.length(0);
    expect(net.charged).to.equal(charged);
  });

  it("lists, shares (public and private), lists shares, downloads a share as another wallet, stops it, deletes", async () => {
    const data = bytes(4321, 5);
    const { fileHash } = await alice.put(data, "shared.txt");
    const list = await alice.list();
    expect(list.return).to.equal("0");
    expect(list.fileinfo.map((f: any) => f.filehash)).to.include(fileHash);
    expect(list.fileinfo.find((f: any) => f.filehash === fileHash)).to.deep.equal({
      filehash: fileHash,
      filesize: 4321,
      filename: "shared.txt",
      createtime: 1700000000,
    });

    // bob may not use the owner's sdm handle
    const denied = await bob.call("user_requestDownload", {
      filehandle: `sdm://${alice.address}/${fileHash}`,
      signature: bob.sign("x"),
      req_time: bob.now(),
    });
    expect(denied.result.return).to.equal("-12");

    const pub = await alice.share(fileHash);
    expect(pub.return).to.equal("0");
    expect(pub.sharelink).to.match(/^sds:\/\//);
    const priv = await alice.share(fileHash, { private: true });
    expect(priv.sharelink).to.match(/\/pw12$/);
    const shares = await alice.listShares();
    expect(shares.return).to.equal("0");
    expect(shares.fileinfo.map((s: any) => s.shareid)).to.include.members([pub.shareid, priv.shareid]);

    for (const link of [pub.sharelink, priv.sharelink]) {
      const got = await bob.getShared(link);
      expect(got.data.equals(data), link).to.equal(true);
      expect(got.final.return).to.equal("0");
    }
    const wrongPw = await bob.getShared(priv.sharelink.replace(/pw12$/, "nope"));
    expect(wrongPw.final.return).to.equal("-6");

    expect((await alice.stopShare(pub.shareid)).return).to.equal("0");
    expect((await bob.getShared(pub.sharelink)).final.return).to.equal("-6");
    expect((await alice.deleteFile(fileHash)).return).to.equal("0");
    expect((await alice.deleteFile(fileHash)).return).to.equal("-6");
  });

  it("getOzone answers the balance and the sequence number (spelled sequencynumber)", async () => {
    const oz = await alice.getOzone();
    expect(oz.return).to.equal("0");
    expect(oz.ozone).to.equal(String(net.ozoneOf.get(alice.address)));
    expect(oz.sequencynumber).to.equal(net.sequence(alice.address));
  });

  describe("bad input: clear error, nothing stored or charged, daemon alive", () => {
    let before: { files: number; charged: bigint };
    beforeEach(() => {
      before = { files: net.files.size, charged: net.charged };
    });
    afterEach(async () => {
      expect(net.files.size).to.equal(before.files);
      expect(net.charged).to.equal(before.charged);
      expect((await alice.getOzone()).return).to.equal("0"); // still answering
    });

    const uploadReq = (c: StratosRpcClient, data: Buffer, sn: string, extra: Record<string, unknown> = {}) =>
      c.uploadParams(stratosFileHash(data), sn, { filename: "x.bin", filesize: data.length, ...extra });

    it("wrong types → -32602 naming the field", async () => {
      const data = bytes(10, 1);
      const sn = net.sequence(alice.address);
      for (const [field, value, go] of [
        ["filesize", "10", "int"],
        ["filesize", 1.5, "int"],
        ["req_time", "now", "int64"],
        ["filename", 7, "string"],
        ["sequencenumber", 1, "string"],
        ["allow_higher_tier", "yes", "bool"],
        ["desired_tier", -1, "uint32"],
        ["signature", "deadbeef", "rpc.Signature"],
      ] as const) {
        const a = await alice.call("user_requestUpload", { ...uploadReq(alice, data, sn), [field]: value });
        expect(a.error?.code, field).to.equal(-32602);
        expect(a.error?.message).to.include(`ParamReqUploadFile.${field} of type ${go}`);
      }
      const a = await alice.call("user_downloadedFileInfo", { filehash: "v", filesize: -1, reqid: "r" });
      expect(a.error?.message).to.include("of type uint64");
      expect(handler.sessions().uploads).to.equal(0);
    });

    it("missing fields → -32602 naming the field", async () => {
      const data = bytes(10, 1);
      const full = uploadReq(alice, data, net.sequence(alice.address));
      for (const f of ["filehash", "filesize", "signature", "req_time", "sequencenumber", "filename"]) {
        const p: Record<string, unknown> = { ...full };
        delete p[f];
        const a = await alice.call("user_requestUpload", p);
        expect(a.error, f).to.deep.equal({ code: -32602, message: `invalid argument 0: missing required field "${f}"` });
      }
      const noPub = { ...full, signature: { address: alice.address, signature: "00" } };
      expect((await alice.call("user_requestUpload", noPub)).error?.message).to.include('"signature.pubkey"');
      expect((await alice.call("user_requestGetOzone", {})).error?.message).to.include('"walletaddr"');
      expect((await alice.raw({ jsonrpc: "2.0", id: 1, method: "user_requestUpload" })).error?.message).to.equal(
        "missing value for required argument 0",
      );
      expect(handler.sessions().uploads).to.equal(0);
    });

    it("malformed envelopes → standard JSON-RPC errors", async () => {
      expect((await alice.raw("{not json")).error?.code).to.equal(-32700);
      expect((await alice.raw({ jsonrpc: "1.0", id: 1, method: "user_requestGetOzone", params: [] })).error?.code).to.equal(-32600);
      expect((await alice.raw({ jsonrpc: "2.0", id: 1, method: "user_nope", params: [] })).error).to.deep.equal({
        code: -32601,
        message: "the method user_nope does not exist/is not available",
      });
      expect((await alice.raw({ jsonrpc: "2.0", id: 1, method: "user_requestGetOzone", params: { walletaddr: "x" } })).error).to.deep.equal({
        code: -32602,
        message: "non-array args",
      });
      expect((await alice.raw({ jsonrpc: "2.0", id: 1, method: "user_requestGetOzone", params: ["a"] })).error?.code).to.equal(-32602);
      expect((await alice.raw({ jsonrpc: "2.0", id: 1, method: "user_requestGetOzone", params: [{}, {}] })).error?.message).to.equal(
        "too many arguments, want at most 1",
      );
      expect((await alice.raw([])).error?.message).to.equal("empty batch");
      const batch = (await alice.raw([
        { jsonrpc: "2.0", id: 1, method: "user_requestGetOzone", params: [{ walletaddr: alice.address }] },
        { jsonrpc: "2.0", id: 2, method: "user_nope" },
      ])) as unknown as any[];
      expect(batch.map((a) => a.id)).to.deep.equal([1, 2]);
      expect(batch[0].result.return).to.equal("0");
      expect(batch[1].error.code).to.equal(-32601);
      let err = "";
      await alice.raw({ jsonrpc: "2.0", id: 1, method: "user_requestGetOzone", params: [] }, "text/plain").catch((e) => (err = String(e)));
      expect(err).to.match(/HTTP 415/);
    });

    it("a body over 5 MiB → HTTP 413 before it is read", async () => {
      const big = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "user_uploadData", params: [{ data: "A".repeat(5 * 1024 * 1024) }] });
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: big });
      expect(res.status).to.equal(413);
      expect(await res.text()).to.match(/content length too large/);
    });

    it("bad signature, wrong address, stale req_time → -3", async () => {
      const data = bytes(100, 2);
      const sn = net.sequence(alice.address);
      const good = uploadReq(alice, data, sn);
      const forged = { ...good, signature: { ...good.signature, signature: bob.sign("whatever").signature } };
      expect((await alice.result("user_requestUpload", forged)).return).to.equal("-3");
      const wrongAddr = { ...good, signature: { ...good.signature, address: bob.address } };
      const r = await alice.result("user_requestUpload", wrongAddr);
      expect(r).to.deep.equal({ return: "-3", detail: "signature.address does not belong to signature.pubkey" });
      const old = new StratosRpcClient(url, key("alice"), () => Math.floor(Date.now() / 1000) - 3600);
      const stale = await old.result("user_requestUpload", uploadReq(old, data, sn));
      expect(stale.return).to.equal("-3");
      expect(stale.detail).to.match(/sign the request again/);
      const st = await alice.result("user_getFileStatus", { filehash: good.filehash, signature: bob.sign("x"), req_time: alice.now() });
      expect(st.return).to.equal("-3");
      const list = await alice.result("user_requestList", { signature: bob.sign("x"), page: 0, req_time: alice.now() });
      expect(list.return).to.equal("-3");
      expect(handler.sessions().uploads).to.equal(0);
    });

    it("an oversized or short chunk → -4, nothing written; the right chunk then completes the upload", async () => {
      const data = bytes(3_600_000, 3);
      const sn = net.sequence(alice.address);
      const fh = stratosFileHash(data);
      const first = await alice.result("user_requestUpload", uploadReq(alice, data, sn));
      expect(first).to.deep.equal({ return: "1", offsetstart: 0, offsetend: SLICE });
      const over = await alice.result("user_uploadData", alice.uploadParams(fh, sn, { data: bytes(3_600_000, 3).toString("base64") }));
      expect(over.return).to.equal("-4");
      expect(over.detail).to.match(/expected the 1048576 bytes \[0, 1048576\)/);
      const short = await alice.result("user_uploadData", alice.uploadParams(fh, sn, { data: data.subarray(0, 10).toString("base64") }));
      expect(short.return).to.equal("-4");
      const notB64 = await alice.result("user_uploadData", alice.uploadParams(fh, sn, { data: "*".repeat(4 * Math.ceil(SLICE / 3)) }));
      expect(notB64.return).to.equal("-7");
      let res = await alice.result("user_uploadData", alice.uploadParams(fh, sn, { data: data.subarray(0, SLICE).toString("base64") }));
      expect(res).to.deep.equal({ return: "1", offsetstart: SLICE, offsetend: 2 * SLICE });
      // stop: the session ends and its file goes
      const stop = await alice.result("user_uploadData", alice.uploadParams(fh, sn, { data: "", stop: true }));
      expect(stop.return).to.equal("-14");
      expect(handler.sessions().uploads).to.equal(0);
      noTempFiles();
      res = await alice.result("user_uploadData", alice.uploadParams(fh, sn, { data: "" }));
      expect(res.return).to.equal("-14");
    });

    it("bytes that do not match the announced file hash → -11, nothing uploaded", async () => {
      const data = bytes(2000, 4);
      const other = bytes(2000, 5);
      const sn = net.sequence(alice.address);
      const fh = stratosFileHash(data);
      expect((await alice.result("user_requestUpload", uploadReq(alice, data, sn))).return).to.equal("1");
      const r = await alice.result("user_uploadData", alice.uploadParams(fh, sn, { data: other.toString("base64") }));
      expect(r.return).to.equal("-11");
      expect(r.detail).to.include(stratosFileHash(other));
      const sign = await alice.result("user_uploadSign", alice.uploadParams(fh, sn));
      expect(sign.return).to.equal("-14");
      noTempFiles();
    });

    it("a second session for the same file → -13; an invalid hash or negative size → -7/-4", async () => {
      const data = bytes(2000, 6);
      const sn = net.sequence(alice.address);
      expect((await alice.result("user_requestUpload", uploadReq(alice, data, sn))).return).to.equal("1");
      expect((await alice.result("user_requestUpload", uploadReq(alice, data, sn))).return).to.equal("-13");
      await alice.result("user_uploadData", alice.uploadParams(stratosFileHash(data), sn, { data: "", stop: true }));
      const t = alice.now();
      const badHash = { filehash: "Qmnothash", filename: "a", filesize: 1, req_time: t, sequencenumber: sn, signature: alice.sign("Qmnothash" + alice.address + sn + t) };
      expect((await alice.result("user_requestUpload", badHash)).return).to.equal("-7");
      expect((await alice.result("user_requestUpload", uploadReq(alice, data, sn, { filesize: -5 }))).return).to.equal("-4");
      expect(handler.sessions().uploads).to.equal(0);
    });

    it("not enough ozone → -9 up front, with how much and how to prepay", async () => {
      const poor = new StratosRpcClient(url, key("poor"));
      const data = bytes(1000, 8);
      const r = await poor.put(data, "p.bin");
      expect(r.final.return).to.equal("-9");
      expect(r.final.detail).to.match(/not enough ozone.*0 noz.*prepay/);
      expect(r.results).to.have.length(1);
      noTempFiles();
    });

    it("the meta node refusing the permit at user_uploadSign → -9 with its message; nothing stays staged", async () => {
      const c = new StratosRpcClient(url, key("carol"));
      net.ozoneOf.set(c.address, 1500n); // passes the 1-replica pre-check, not the 3-replica permit
      const data = bytes(1000, 9);
      const r = await c.put(data, "c.bin");
      expect(r.final.return).to.equal("-9");
      expect(r.final.detail).to.match(/^missing 1500 noz; prepay/);
      expect(handler.sessions().uploads).to.equal(0);
      noTempFiles();
      // a wrong signature at user_uploadSign is refused by the node itself
      net.ozoneOf.set(c.address, 10_000n);
      const sn = net.sequence(c.address);
      const fh = stratosFileHash(data);
      let res = await c.result("user_requestUpload", c.uploadParams(fh, sn, { filename: "c.bin", filesize: data.length }));
      res = await c.result("user_uploadData", c.uploadParams(fh, sn, { data: data.toString("base64") }));
      expect(res).to.deep.equal({ return: "0" });
      const forged = { ...c.uploadParams(fh, sn), signature: { ...c.sign("x"), signature: bob.sign("y").signature } };
      expect((await c.result("user_uploadSign", forged)).return).to.equal("-3");
      expect(handler.sessions().uploads).to.equal(1); // still waiting for a good signature
      expect((await c.result("user_uploadData", c.uploadParams(fh, sn, { data: "", stop: true }))).return).to.equal("-14");
      expect(handler.sessions().uploads).to.equal(0);
      noTempFiles();
    });

    it("downloads: bad handle → -7, unknown file → -6, unknown reqid → -1", async () => {
      const t = alice.now();
      expect((await alice.result("user_requestDownload", { filehandle: "sdm://short", signature: alice.sign("x"), req_time: t })).return).to.equal("-7");
      const fh = stratosFileHash(bytes(77, 77));
      const unknown = (await alice.get(`sdm://${alice.address}/${fh}`)).final;
      expect(unknown.return).to.equal("-6");
      expect(unknown.detail).to.include("not found");
      const forged = await alice.result("user_requestDownload", { filehandle: `sdm://${alice.address}/${fh}`, signature: alice.sign("x"), req_time: t });
      expect(forged.return).to.equal("-3");
      expect((await alice.result("user_downloadData", { filehash: fh, reqid: "nope" })).return).to.equal("-1");
      expect((await alice.result("user_requestGetShared", { sharelink: "http://x", signature: alice.sign("x"), req_time: t })).return).to.equal("-7");
      expect(handler.sessions().downloads).to.equal(0);
    });
  });
});
