// Resource-node transport and gateway at unit level: three real resource-node daemons (in-process,
// real HTTP, real lmdb, real slice files) around a test-local meta node (a small HTTP server whose
// key signs permits) and a test-local chain view. The real meta-node daemon and chain are exercised
// in test/integration/storage-transfer.test.ts.
import { expect } from "chai";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileHash as cidFileHash, sliceHash as cidSliceHash } from "../../../chain/crypto/cid.ts";
import { newNodeKey } from "../../../chain/keys/node-key.ts";
import { NodeClient } from "../../../meta-node/protocol/client.ts";
import { ProtocolError } from "../../../meta-node/protocol/errors.ts";
import { readJson, sendError, sendJson } from "../../../meta-node/protocol/http.ts";
import { jsonBodyDigest, signRequest, sliceBodyDigest, verifyRequest } from "../../../meta-node/protocol/node-auth.ts";
import { NodeIdentity } from "../../../meta-node/protocol/node-key.ts";
import { encodePermitHeader, signPermit, type Permit, type SignedPermit } from "../../../meta-node/protocol/permit.ts";
import { sliceLayout } from "../../../meta-node/protocol/slices.ts";
import { verifyWalletSignature, walletSignMessage } from "../../../meta-node/protocol/wallet-signature.ts";
import type { ChainNode, ChainReader } from "../../../resource-node/chain.ts";
import { startNode, type RunningNode } from "../../../resource-node/daemon.ts";
import { initHome, paths, readApiToken } from "../../../resource-node/home.ts";

const SLICE = 1024;

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** A test-local meta node: just enough of PROTOCOL.md's meta API, its key signing real permits. */
class TestMeta {
  readonly id = NodeIdentity.fromKeyFile(newNodeKey());
  server!: Server;
  url = "";
  nodes: string[] = [];
  files = new Map<string, { permit: Permit; holders: Map<number, Set<string>>; name: string }>();
  bad: any[] = [];
  heartbeats = new Map<string, number>();
  ozoneBalance = 10n ** 15n;
  ttlMs = 60_000;

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      try {
        const { raw, json } = await readJson(req);
        const body = json as any;
        const path = new URL(req.url!, "http://x").pathname;
        if (path === "/v1/status") return sendJson(res, 200, { address: this.id.address, metaNodes: [{ address: this.id.address, url: this.url }] });
        if (path.startsWith("/v1/files/")) {
          // what the uploader polls after its last slice (3 = FINISHED once every slice has its replicas)
          const f = this.files.get(`${new URL(req.url!, "http://x").searchParams.get("owner")}/${decodeURIComponent(path.slice(10))}`);
          if (!f) throw new ProtocolError(404, "not_found", "no such file");
          const complete = f.permit.slices.every((s) => (f.holders.get(s.number)?.size ?? 0) >= s.nodes.length);
          return sendJson(res, 200, { fileHash: f.permit.fileHash, state: complete ? 3 : 1 });
        }
        if (path.startsWith("/v1/ozone/")) return sendJson(res, 200, { wallet: path.slice(10), balance: this.ozoneBalance.toString(), sequence: "7" });
        const sender = verifyRequest(req.headers, req.method!, req.url!, jsonBodyDigest(raw)).address;
        if (path === "/v1/nodes/heartbeat") {
          this.heartbeats.set(sender, Date.now());
          return sendJson(res, 200, { ok: true });
        }
        if (path === "/v1/upload/permit") {
          const v = verifyWalletSignature(body.walletSig, walletSignMessage.upload(body.fileHash, body.owner, body.sequence, body.reqTime));
          if (!v.ok || v.address !== body.owner) throw new ProtocolError(401, "bad_signature", "wallet signature");
          const key = `${body.owner}/${body.fileHash}`;
          const noz = BigInt(body.fileSize) * BigInt(body.replicas ?? 3);
          if (noz > this.ozoneBalance) throw new ProtocolError(402, "insufficient_ozone", `missing ${noz - this.ozoneBalance} noz: prepay`, { missing: (noz - this.ozoneBalance).toString() });
          const f = this.files.get(key);
          if (f && f.permit.slices.every((s) => (f.holders.get(s.number)?.size ?? 0) >= s.nodes.length)) return sendJson(res, 200, { state: "exists", fileHash: body.fileHash });
          const exclude: string[] = body.excludeNodes ?? [];
          const nodes = this.nodes.filter((n) => !exclude.includes(n)).slice(0, body.replicas ?? 3);
          const now = Date.now();
          const permit: Permit = {
            v: 1, kind: "upload", id: randomBytes(16).toString("hex"), meta: this.id.address, fileHash: body.fileHash, fileSize: body.fileSize, sliceSize: body.sliceSize,
            owner: body.owner, payer: body.owner, slices: body.slices.map((s: any) => ({ ...s, nodes })), noz: noz.toString(), issuedAt: now, expiresAt: now + this.ttlMs,
          };
          this.files.set(key, { permit, holders: f?.holders ?? new Map(), name: body.name });
          return sendJson(res, 200, { permit: signPermit(permit, this.id), replicas: nodes.length });
        }
        if (path === "/v1/upload/slice-stored") {
          const f = this.files.get(`${body.owner}/${body.fileHash}`);
          if (!f) throw new ProtocolError(404, "not_found", "no such upload");
          const set = f.holders.get(body.sliceNumber) ?? new Set();
          set.add(sender);
          f.holders.set(body.sliceNumber, set);
          return sendJson(res, 200, { ok: true, replicas: set.size });
        }
        if (path === "/v1/download/permit") {
          const v = verifyWalletSignature(body.walletSig, walletSignMessage.download(body.fileHash, body.wallet, body.sequence, body.reqTime));
          if (!v.ok || v.address !== body.wallet) throw new ProtocolError(401, "bad_signature", "wallet signature");
          const f = this.files.get(`${body.owner}/${body.fileHash}`);
          if (!f) throw new ProtocolError(404, "not_found", `no file sdm://${body.owner}/${body.fileHash}`);
          if (body.wallet !== body.owner) throw new ProtocolError(403, "forbidden", "private");
          const now = Date.now();
          const permit: Permit = {
            ...f.permit, kind: "download", id: randomBytes(16).toString("hex"), payer: body.wallet, receiver: body.wallet, noz: f.permit.fileSize, issuedAt: now, expiresAt: now + this.ttlMs,
            slices: f.permit.slices.map((s) => ({ ...s, nodes: [...(f.holders.get(s.number) ?? [])].sort() })),
          };
          return sendJson(res, 200, { permit: signPermit(permit, this.id), fileName: f.name, fileSize: f.permit.fileSize });
        }
        if (path === "/v1/slices/bad") {
          this.bad.push({ ...body, reporter: sender });
          return sendJson(res, 200, { ok: true });
        }
        throw new ProtocolError(404, "not_found", path);
      } catch (e) {
        sendError(res, e);
      }
    });
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  chainNode(): ChainNode {
    return { address: this.id.address, publicKey: this.id.publicKey, status: 3, suspend: false, owner: "", url: this.url, tokens: 1n };
  }

  permitFor(p: Partial<Permit> & { fileHash: string; fileSize: string; slices: Permit["slices"] }, signer: NodeIdentity = this.id): SignedPermit {
    const now = Date.now();
    const owner = "st1zyg3zyg3zyg3zyg3zyg3zyg3zyg3zyg3asrsnj";
    return signPermit({ v: 1, kind: "upload", id: randomBytes(16).toString("hex"), meta: signer.address, sliceSize: SLICE, owner, payer: owner, noz: "0", issuedAt: now, expiresAt: now + 60_000, ...p } as Permit, signer);
  }
}

const pattern = (n: number, seed = 1) => {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + seed * 7 + (i >> 8)) & 0xff;
  return b;
};

async function collect(r: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of r) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function rawPut(url: string, path: string, headers: Record<string, string | number>, body?: Buffer): Promise<{ status: number; body: any }> {
  const u = new URL(path, url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method: "PUT", path: u.pathname, headers, agent: false }, (res) => {
      let t = "";
      res.on("data", (c) => (t += c));
      res.on("end", () => resolve({ status: res.statusCode!, body: t ? JSON.parse(t) : undefined }));
    });
    req.on("error", reject);
    if (body) req.end(body);
    else req.end();
  });
}

describe("storage/transfer (resource-node daemons around a test-local meta node)", function () {
  this.timeout(60_000);
  const meta = new TestMeta();
  const homes: string[] = [];
  const nodes: RunningNode[] = [];
  const chainNodes = new Map<string, ChainNode>();
  const chain: ChainReader = {
    metaNode: async (a) => (a === meta.id.address ? meta.chainNode() : undefined),
    resourceNode: async (a) => chainNodes.get(a),
    genesisMetaNodes: async () => [meta.id.address],
  };
  const stranger = NodeIdentity.fromKeyFile(newNodeKey());
  let http: NodeClient;

  before(async () => {
    await meta.start();
    for (let i = 0; i < 3; i++) {
      const home = mkdtempSync(join(tmpdir(), `rn-unit-${i}-`));
      homes.push(home);
      const port = await freePort();
      await initHome(home, { config: { port, publicUrl: `http://127.0.0.1:${port}`, sliceSize: SLICE, heartbeatIntervalMs: 500, peerTimeoutMs: 5_000 } });
      const n = await startNode(home, { chain });
      nodes.push(n);
      chainNodes.set(n.address, { address: n.address, publicKey: new Uint8Array(), status: 3, suspend: false, owner: n.wallet, url: n.url, tokens: 1n, effectiveTokens: 1n });
      meta.nodes.push(n.address);
    }
    http = new NodeClient({ identity: stranger });
  });
  after(async () => {
    http?.close();
    for (const n of nodes) await n.stop();
    meta.server?.close();
    if (!process.env.KEEP_TEST_HOMES) for (const h of homes) rmSync(h, { recursive: true, force: true });
  });

  const wallet = (i: number) => nodes[i]!.storage.walletSigner;

  for (const [label, size] of [["0 B", 0], ["1 B", 1], ["slice − 1", SLICE - 1], ["slice", SLICE], ["3½ slices", 3 * SLICE + SLICE / 2]] as const) {
    it(`uploads ${label} through node 0 to 3 replicas and downloads it identical through node 2`, async () => {
      const data = pattern(size, size);
      const up = await nodes[0]!.gateway.upload(Readable.from([data.subarray(0, 100), data.subarray(100)]), { size, name: `f${size}.bin`, auth: { signer: wallet(0) } });
      expect(up.fileHash).to.equal(cidFileHash(data));
      expect(up.state).to.equal("stored");
      const layout = sliceLayout(size, SLICE);
      expect(up.stored).to.deep.equal(layout.map(() => 3));
      for (const s of layout) {
        const h = cidSliceHash(up.fileHash, s.number, data.subarray(s.offset, s.offset + s.size));
        for (const n of nodes) expect(n.storage.store.has(h), `node holds slice ${s.number}`).to.equal(true);
      }
      const dl = await nodes[2]!.gateway.download({ owner: wallet(0).address, fileHash: up.fileHash, auth: { signer: wallet(0) } });
      const got = await collect(dl.stream);
      expect(got.equals(data)).to.equal(true);
      expect((await dl.done).bytes).to.equal(size);
      // same owner, same file again: a free no-op
      const again = await nodes[1]!.gateway.upload(Readable.from([data]), { size, name: "again", auth: { signer: wallet(0) } });
      expect(again.state).to.equal("exists");
    });
  }

  it("a corrupt copy on disk is caught by the hash, the download falls back and the copy is reported", async () => {
    const data = pattern(2 * SLICE, 99);
    const up = await nodes[1]!.gateway.upload(Readable.from([data]), { size: data.length, name: "c.bin", auth: { signer: wallet(1) } });
    const h1 = cidSliceHash(up.fileHash, 1, data.subarray(0, SLICE));
    // holders are sorted by address in this test meta node: corrupt the first one's copy
    const first = [...nodes].sort((a, b) => (a.address < b.address ? -1 : 1))[0]!;
    const file = first.storage.store.pathOf(h1);
    const bytes = readFileSync(file);
    bytes[10] ^= 0xff;
    writeFileSync(file, bytes);
    const dl = await nodes[0]!.gateway.download({ owner: wallet(1).address, fileHash: up.fileHash, auth: { signer: wallet(1) } });
    expect((await collect(dl.stream)).equals(data)).to.equal(true);
    const r = await dl.done;
    expect(r.fallbacks).to.equal(1);
    expect(r.badSlices.map((b) => b.node)).to.deep.equal([first.address]);
    // the downloader (which checks every slice itself; holders serving a download do not re-hash)
    // reports the bad copy to the meta node, which deletes and repairs it
    for (let i = 0; i < 100 && !meta.bad.length; i++) await new Promise((res) => setTimeout(res, 50));
    expect(meta.bad.some((b) => b.sliceNumber === 1 && b.node === first.address)).to.equal(true);
    // the holder's own check on read (repair copies, verify) finds it too and removes it
    expect(await first.storage.store.verify(h1)).to.equal(false);
    expect(first.storage.store.has(h1)).to.equal(false);
    expect(existsSync(file)).to.equal(false);
  });

  it("a download holds at most window + 1 slice buffers, reuses them, and a stopped one gives them back", async () => {
    // a slice size no other test uses, so the pool starts with no idle buffer of that size
    const slice = 2 * SLICE;
    const data = pattern(8 * slice, 42);
    const up = await nodes[0]!.gateway.upload(Readable.from([data]), { size: data.length, name: "pool.bin", sliceSize: slice, auth: { signer: wallet(0) } });
    const gw = nodes[2]!.gateway;
    const pool = gw.sliceBuffers;
    const allocatedBefore = pool.allocated;
    pool.resetPeak();
    const first = await gw.download({ owner: wallet(0).address, fileHash: up.fileHash, window: 2, auth: { signer: wallet(0) } });
    expect((await collect(first.stream)).equals(data)).to.equal(true);
    expect(pool.peakInUseBytes, "peak slice memory").to.be.at.most(3 * slice);
    expect(pool.inUseBytes).to.equal(0);
    const allocatedByFirst = pool.allocated - allocatedBefore;
    expect(allocatedByFirst).to.be.within(1, 3);
    // a second download reuses the same buffers: how many are in use at once depends on timing, but
    // both downloads together (16 slices) never allocate more than one download's bound
    const second = await gw.download({ owner: wallet(0).address, fileHash: up.fileHash, window: 2, auth: { signer: wallet(0) } });
    expect((await collect(second.stream)).equals(data)).to.equal(true);
    expect(pool.allocated - allocatedBefore).to.be.within(allocatedByFirst, 3);
    // a consumer that stops after the first chunk: the slices fetched ahead go back too
    const third = await gw.download({ owner: wallet(0).address, fileHash: up.fileHash, window: 2, auth: { signer: wallet(0) } });
    for await (const c of third.stream) {
      expect((c as Buffer).equals(data.subarray(0, slice))).to.equal(true);
      break;
    }
    for (let i = 0; i < 100 && pool.inUseBytes > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(pool.inUseBytes).to.equal(0);
    expect(pool.allocated - allocatedBefore).to.be.at.most(3);
  });

  it("refuses bytes that do not hash to the announced file hash, before any permit", async () => {
    const data = pattern(100, 5);
    try {
      await nodes[0]!.gateway.upload(Readable.from([data]), { size: 100, name: "x", auth: { signer: wallet(0) }, expectedFileHash: cidFileHash(pattern(100, 6)) });
      expect.fail("should throw");
    } catch (e) {
      expect((e as ProtocolError).code).to.equal("hash_mismatch");
    }
    expect(meta.files.has(`${wallet(0).address}/${cidFileHash(data)}`)).to.equal(false);
  });

  it("passes the meta node's insufficient_ozone refusal on before sending anything", async () => {
    meta.ozoneBalance = 10n;
    try {
      const data = pattern(50, 8);
      await nodes[0]!.gateway.upload(Readable.from([data]), { size: 50, name: "x", auth: { signer: wallet(0) } });
      expect.fail("should throw");
    } catch (e) {
      expect((e as ProtocolError).status).to.equal(402);
      expect((e as ProtocolError).message).to.match(/missing 140 noz/);
    } finally {
      meta.ozoneBalance = 10n ** 15n;
    }
  });

  describe("PUT /v1/slices refuses bad input and stores nothing", () => {
    const data = pattern(SLICE, 42);
    const fh = cidFileHash(data);
    const sh = cidSliceHash(fh, 1, data);
    const target = () => nodes[0]!;
    const slices = () => [{ number: 1, hash: sh, size: SLICE, nodes: [target().address] }];
    const headersFor = (sp: SignedPermit, id = stranger, digest = sliceBodyDigest(sh)) => ({
      ...signRequest(id, "PUT", `/v1/slices/${sh}`, digest),
      "sds-permit": encodePermitHeader(sp),
      "sds-slice-number": "1",
      "content-type": "application/octet-stream",
    });
    const put = (headers: Record<string, string | number>, body: Buffer = data) => rawPut(target().url, `/v1/slices/${sh}`, { ...headers, "content-length": body.length }, body);
    afterEach(() => expect(target().storage.store.has(sh)).to.equal(false));

    it("a forged permit (changed after signing) → 401 bad_permit", async () => {
      const sp = meta.permitFor({ fileHash: fh, fileSize: String(SLICE), slices: slices() });
      const forged = { ...sp, permit: { ...sp.permit, noz: "1" } };
      const r = await put(headersFor(forged));
      expect([r.status, r.body.error.code]).to.deep.equal([401, "bad_permit"]);
    });
    it("a permit signed by a node that is not a bonded meta node → 401 bad_permit", async () => {
      const r = await put(headersFor(meta.permitFor({ fileHash: fh, fileSize: String(SLICE), slices: slices() }, stranger)));
      expect([r.status, r.body.error.code]).to.deep.equal([401, "bad_permit"]);
      expect(r.body.error.message).to.match(/not a bonded meta node/);
    });
    it("an expired permit → 401 permit_expired", async () => {
      const now = Date.now();
      const r = await put(headersFor(meta.permitFor({ fileHash: fh, fileSize: String(SLICE), slices: slices(), issuedAt: now - 120_000, expiresAt: now - 60_000 })));
      expect([r.status, r.body.error.code]).to.deep.equal([401, "permit_expired"]);
    });
    it("a permit that does not name this node → 403 forbidden", async () => {
      const r = await put(headersFor(meta.permitFor({ fileHash: fh, fileSize: String(SLICE), slices: [{ ...slices()[0]!, nodes: [nodes[1]!.address] }] })));
      expect([r.status, r.body.error.code]).to.deep.equal([403, "forbidden"]);
    });
    it("bytes that do not match the slice hash → 409 hash_mismatch", async () => {
      const evil = Buffer.from(data);
      evil[0] ^= 1;
      const r = await put(headersFor(meta.permitFor({ fileHash: fh, fileSize: String(SLICE), slices: slices() })), evil);
      expect([r.status, r.body.error.code]).to.deep.equal([409, "hash_mismatch"]);
      expect(readdirSafe(join(paths(homes[0]!).storage, "tmp"))).to.deep.equal([]);
    });
    it("a bad request signature → 401 bad_signature", async () => {
      const h = headersFor(meta.permitFor({ fileHash: fh, fileSize: String(SLICE), slices: slices() }), stranger, sliceBodyDigest(cidSliceHash(fh, 2, data)));
      const r = await put(h);
      expect([r.status, r.body.error.code]).to.deep.equal([401, "bad_signature"]);
    });
    it("no node authentication → 401 unauthenticated", async () => {
      const r = await put({ "sds-slice-number": "1" });
      expect([r.status, r.body.error.code]).to.deep.equal([401, "unauthenticated"]);
    });
    it("a 10 GB Content-Length → 413 too_large, without reading the body", async () => {
      const h = headersFor(meta.permitFor({ fileHash: fh, fileSize: String(SLICE), slices: slices() }));
      const r = await rawPut(target().url, `/v1/slices/${sh}`, { ...h, "content-length": String(10 * 1e9) });
      expect([r.status, r.body.error.code]).to.deep.equal([413, "too_large"]);
    });
    it("the daemon is still alive and a correct PUT is stored", async () => {
      const r = await put(headersFor(meta.permitFor({ fileHash: fh, fileSize: String(SLICE), slices: slices() })));
      expect(r.status).to.equal(200);
      expect(target().storage.store.has(sh)).to.equal(true);
      await target().storage.store.delete(sh); // keep the afterEach check meaningful
    });
  });

  it("the local API streams an upload (NDJSON progress) and a download, and wants its token", async () => {
    const n = nodes[2]!;
    const token = readApiToken(homes[2]!);
    const data = pattern(5 * SLICE + 3, 77);
    const upRes = await fetch(`${n.url}/api/v1/upload?name=local.bin`, { method: "PUT", headers: { authorization: `Bearer ${token}`, "content-length": String(data.length) }, body: data });
    const lines = (await upRes.text()).trim().split("\n").map((l) => JSON.parse(l));
    const result = lines.at(-1).result;
    expect(result.fileHash).to.equal(cidFileHash(data));
    expect(lines.some((l) => l.phase === "sending")).to.equal(true);
    const dl = await fetch(`${n.url}/api/v1/download?handle=${encodeURIComponent(`sdm://${n.wallet}/${result.fileHash}`)}`, { headers: { authorization: `Bearer ${token}` } });
    expect(dl.status).to.equal(200);
    expect(Buffer.from(await dl.arrayBuffer()).equals(data)).to.equal(true);
    const denied = await fetch(`${n.url}/api/v1/download?handle=x`, { headers: { authorization: "Bearer nope" } });
    expect(denied.status).to.equal(401);
  });

  it("the local API uploads a file the daemon reads by path (no staged copy) and refuses what it cannot read", async () => {
    const n = nodes[1]!;
    const token = readApiToken(homes[1]!);
    const dir = mkdtempSync(join(tmpdir(), "rn-byPath-"));
    try {
      const data = pattern(4 * SLICE + 17, 5);
      const file = join(dir, "by-path.bin");
      writeFileSync(file, data);
      const post = (body: unknown) => fetch(`${n.url}/api/v1/upload-file`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
      const res = await post({ path: file, replicas: 2 });
      expect(res.headers.get("content-type")).to.equal("application/x-ndjson");
      const lines = (await res.text()).trim().split("\n").map((l) => JSON.parse(l));
      const result = lines.at(-1).result;
      expect(result.fileHash).to.equal(cidFileHash(data));
      expect(result.name).to.equal("by-path.bin");
      expect(result.stored).to.deep.equal([2, 2, 2, 2, 2]);
      expect(lines.some((l) => l.phase === "staging") && lines.some((l) => l.phase === "sending")).to.equal(true);
      // the slices stored from offsets of the file are the file's slices
      for (const sl of sliceLayout(data.length, SLICE)) {
        const h = cidSliceHash(result.fileHash, sl.number, data.subarray(sl.offset, sl.offset + sl.size));
        expect(nodes.filter((x) => x.storage.store.has(h)).length, `holders of slice ${sl.number}`).to.equal(2);
      }
      expect(readFileSync(file).equals(data), "the source file is left alone").to.equal(true);
      const dl = await n.gateway.download({ owner: n.wallet, fileHash: result.fileHash, auth: { signer: wallet(1) } });
      expect((await collect(dl.stream)).equals(data)).to.equal(true);
      // refused before any work, as plain JSON errors (the CLI then streams the bytes instead)
      for (const [body, code] of [[{ path: join(dir, "missing.bin") }, "cannot_read"], [{ path: dir }, "cannot_read"], [{ path: "relative.bin" }, "bad_request"], [{ path: file, replicas: -1 }, "bad_request"], [{ path: file, sliceSize: "big" }, "bad_request"]] as const) {
        const r = await post(body);
        expect(r.status, JSON.stringify(body)).to.equal(400);
        expect(((await r.json()) as any).error.code).to.equal(code);
      }
      const denied = await fetch(`${n.url}/api/v1/upload-file`, { method: "POST", headers: { authorization: "Bearer nope" }, body: JSON.stringify({ path: file }) });
      expect(denied.status).to.equal(401);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("mounts the user_* JSON-RPC API at POST /rpc", async () => {
    const r = await fetch(`${nodes[1]!.url}/rpc`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "user_requestGetOzone", params: [{ walletaddr: wallet(0).address }] }) });
    const j = (await r.json()) as any;
    expect(j.result).to.deep.include({ return: "0", ozone: meta.ozoneBalance.toString(), sequencynumber: "7" });
  });

  it("sends heartbeats to the meta node", async () => {
    for (const n of nodes) expect(meta.heartbeats.has(n.address), n.address).to.equal(true);
  });
});

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
