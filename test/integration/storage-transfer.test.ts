// Upload/download through real resource-node daemons on a real localnet (validators + 3 meta-node
// daemons + 4 resource-node daemons, separate processes), driven by the `resource-node` CLI as a
// person would: prepay, put through one node, get through another, bytes identical, file hash = the
// spec's vectors, MsgFileUpload on chain; then bad input on the node-to-node endpoints.
import { expect } from "chai";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RpcClient } from "../../chain/cli/rpc.ts";
import { fileHash as cidFileHash, isValidFileHash, sliceHash as cidSliceHash } from "../../chain/crypto/cid.ts";
import { readNodeKeyFile } from "../../chain/keys/node-key.ts";
import { jsonBodyDigest, signRequest, sliceBodyDigest } from "../../meta-node/protocol/node-auth.ts";
import { NodeIdentity } from "../../meta-node/protocol/node-key.ts";
import { encodePermitHeader, signPermit, type Permit, type SignedPermit } from "../../meta-node/protocol/permit.ts";
import { stratos } from "../../proto/client.ts";
import type { Localnet } from "../../localnet/localnet.ts";
import { useStorageNetwork } from "../helpers/storage-network.ts";

const SLICE = 4096;
const BIN = join(import.meta.dirname, "../../bin/resource-node.mjs");
// chain/crypto/cid.ts golden vectors (from the Go implementation, see test/unit/crypto/cid.test.ts)
const pattern = (n: number) => Buffer.from(new Uint8Array(n).map((_, i) => (i * 7 + 3) & 0xff));
const VECTORS = [
  { name: "abc", data: Buffer.from("abc"), hash: "v05j1m52g7rq9m8dqnhs76t3hlvgiev7j188c4uo" },
  { name: "pattern(100000)", data: pattern(100000), hash: "v05j1m57lqp3goenuci70hb57he4nsg4ji7m8j30" },
];

function cli(args: string[], opts: { timeoutMs?: number } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    const t = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 120_000);
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

function rawRequest(url: string, method: string, path: string, headers: Record<string, string | number>, body?: Buffer): Promise<{ status: number; body: any }> {
  const u = new URL(path, url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, method, path: u.pathname, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const t = Buffer.concat(chunks);
        let j: any = t;
        try {
          j = JSON.parse(t.toString("utf8"));
        } catch {
          // binary
        }
        resolve({ status: res.statusCode!, body: j });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("storage network: transfers through resource-node daemons", function () {
  this.timeout(300_000);
  const fixture = useStorageNetwork({ meta: 3, resource: 4, sliceSize: SLICE, replicas: 3 });
  let net: Localnet;
  let work: string;
  const rn = (i: number) => net.daemons.filter((d) => d.info.kind === "resource")[i]!;
  const wallet = (i: number) => JSON.parse(readFileSync(join(rn(i).info.home, "wallet.json"), "utf8")).address as string;
  const metaUrl = () => net.daemons.find((d) => d.info.kind === "meta" && d.isRunning())!.url;

  before(async () => {
    net = fixture.net;
    work = mkdtempSync(join(tmpdir(), "rn-transfer-"));
    const r = await cli(["prepay", "100stos", "--home", rn(0).info.home]);
    expect(r.code, r.stderr + r.stdout).to.equal(0);
    await waitFor("the prepaid ozone at the meta nodes", async () => {
      const o = (await (await fetch(`${metaUrl()}/v1/ozone/${wallet(0)}`)).json()) as any;
      return BigInt(o.balance ?? "0") > 0n ? o : undefined;
    });
  });
  after(() => {
    if (work && !process.env.KEEP_TEST_HOMES) rmSync(work, { recursive: true, force: true });
  });

  const cases: { label: string; data: () => Buffer; hash?: string }[] = [
    { label: "0 B", data: () => Buffer.alloc(0) },
    { label: "1 B", data: () => randomBytes(1) },
    { label: "slice − 1", data: () => randomBytes(SLICE - 1) },
    { label: "slice", data: () => randomBytes(SLICE) },
    { label: "several slices (3 slices + 7 B)", data: () => randomBytes(3 * SLICE + 7) },
    ...VECTORS.map((v) => ({ label: `the spec's vector ${v.name}`, data: () => v.data, hash: v.hash })),
  ];

  for (const c of cases) {
    it(`put ${c.label} through node 0, get it through node 2: identical bytes, file hash, MsgFileUpload on chain`, async () => {
      const data = c.data();
      const src = join(work, `in-${c.label.replace(/\W+/g, "_")}`);
      writeFileSync(src, data);
      const put = await cli(["put", src, "--home", rn(0).info.home]);
      expect(put.code, put.stderr + put.stdout).to.equal(0);
      const up = JSON.parse(put.stdout);
      expect(up.fileHash).to.equal(cidFileHash(data));
      if (c.hash) expect(up.fileHash).to.equal(c.hash);
      expect(isValidFileHash(up.fileHash)).to.equal(true);
      expect(up.handle).to.equal(`sdm://${wallet(0)}/${up.fileHash}`);
      expect(up.slices).to.equal(Math.ceil(data.length / SLICE));
      if (data.length > 0) expect(up.stored).to.deep.equal(Array(up.slices).fill(3));

      const out = join(work, `out-${c.label.replace(/\W+/g, "_")}`);
      const get = await cli(["get", up.handle, out, "--via", rn(2).url, "--home", rn(0).info.home]);
      expect(get.code, get.stderr + get.stdout).to.equal(0);
      expect(readFileSync(out).equals(data)).to.equal(true);

      // the meta node reported the upload to the chain, whose MsgFileUpload checks the CID
      const rpc = new RpcClient(net.rpcUrl(0));
      const info = await waitFor("MsgFileUpload on chain", async () => {
        const raw = await rpc.query("/stratos.sds.v1.Query/Fileupload", stratos.sds.v1.QueryFileUploadRequest.encode({ fileHash: up.fileHash }).finish());
        return stratos.sds.v1.QueryFileUploadResponse.decode(raw).fileInfo ?? undefined;
      });
      expect(info).to.not.equal(undefined);
      const status = await waitFor("FINISHED at the meta node", async () => {
        const s = (await (await fetch(`${metaUrl()}/v1/files/${up.fileHash}?owner=${wallet(0)}`)).json()) as any;
        return s.state === 3 ? s : undefined;
      });
      expect(status.state).to.equal(3);
    });
  }

  it("uploading the same file again is a free no-op", async () => {
    const src = join(work, "in-abc");
    writeFileSync(src, "abc");
    const before = (await (await fetch(`${metaUrl()}/v1/ozone/${wallet(0)}`)).json()) as any;
    const put = await cli(["put", src, "--home", rn(1 - 1).info.home]);
    expect(put.code, put.stderr).to.equal(0);
    expect(JSON.parse(put.stdout).state).to.equal("exists");
    const after = (await (await fetch(`${metaUrl()}/v1/ozone/${wallet(0)}`)).json()) as any;
    expect(after.balance).to.equal(before.balance);
  });

  it("a wallet without ozone is refused up front with how much is missing", async () => {
    const src = join(work, "in-poor");
    writeFileSync(src, randomBytes(100));
    const put = await cli(["put", src, "--home", rn(3).info.home]);
    expect(put.code).to.not.equal(0);
    expect(put.stderr).to.match(/ozone/i);
    expect(put.stderr).to.match(/prepay/i);
  });

  describe("bad input on PUT /v1/slices: clear error, nothing stored, daemon alive", () => {
    const data = randomBytes(SLICE);
    const fh = cidFileHash(data);
    const sh = cidSliceHash(fh, 1, data);
    let metaId: NodeIdentity;
    let sender: NodeIdentity;
    const target = () => rn(1);
    const permit = (p: Partial<Permit> = {}, signer = metaId): SignedPermit => {
      const t = Date.now();
      return signPermit(
        { v: 1, kind: "upload", id: randomBytes(16).toString("hex"), meta: signer.address, fileHash: fh, fileSize: String(SLICE), sliceSize: SLICE, owner: wallet(0), payer: wallet(0), slices: [{ number: 1, hash: sh, size: SLICE, nodes: [target().info.networkAddress] }], noz: "0", issuedAt: t, expiresAt: t + 60_000, ...p } as Permit,
        signer,
      );
    };
    const put = (sp: SignedPermit | undefined, body: Buffer = data, over: Record<string, string | number> = {}, digest = sliceBodyDigest(sh)) =>
      rawRequest(target().url, "PUT", `/v1/slices/${sh}`, { ...signRequest(sender, "PUT", `/v1/slices/${sh}`, digest), ...(sp ? { "sds-permit": encodePermitHeader(sp) } : {}), "sds-slice-number": "1", "content-length": body.length, ...over }, body);
    const held = async () => (await rawRequest(target().url, "GET", "/v1/status", {})).body.store.slices as number;
    let heldBefore = 0;

    before(async () => {
      // the test signs permits with a real bonded meta node's P2P key (from its localnet home)
      const m = net.daemons.find((d) => d.info.kind === "meta")!;
      metaId = NodeIdentity.fromKeyFile(readNodeKeyFile(join(m.info.home, "p2p-key.json")));
      sender = NodeIdentity.fromKeyFile(readNodeKeyFile(join(rn(0).info.home, "p2p-key.json")));
      heldBefore = await held();
    });
    afterEach(async () => expect(await held()).to.equal(heldBefore));

    it("a forged permit → 401 bad_permit", async () => {
      const sp = permit();
      const r = await put({ ...sp, permit: { ...sp.permit, noz: "12345" } });
      expect([r.status, r.body.error.code]).to.deep.equal([401, "bad_permit"]);
    });
    it("a permit signed by a node that is not a meta node → 401 bad_permit", async () => {
      const r = await put(permit({}, sender));
      expect([r.status, r.body.error.code]).to.deep.equal([401, "bad_permit"]);
    });
    it("an expired permit → 401 permit_expired", async () => {
      const t = Date.now();
      const r = await put(permit({ issuedAt: t - 120_000, expiresAt: t - 1_000 }));
      expect([r.status, r.body.error.code]).to.deep.equal([401, "permit_expired"]);
      expect(r.body.error.message).to.match(/ask a meta node/);
    });
    it("no permit → 403 forbidden", async () => {
      const r = await put(undefined);
      expect([r.status, r.body.error.code]).to.deep.equal([403, "forbidden"]);
    });
    it("bytes that do not match the slice hash → 409 hash_mismatch", async () => {
      const evil = Buffer.from(data);
      evil[SLICE - 1] ^= 0x55;
      const r = await put(permit(), evil);
      expect([r.status, r.body.error.code]).to.deep.equal([409, "hash_mismatch"]);
    });
    it("a request with a bad signature → 401 bad_signature", async () => {
      const r = await put(permit(), data, {}, jsonBodyDigest("other"));
      expect([r.status, r.body.error.code]).to.deep.equal([401, "bad_signature"]);
    });
    it("a 10 GB Content-Length → 413 too_large before reading the body", async () => {
      const r = await rawRequest(target().url, "PUT", `/v1/slices/${sh}`, { ...signRequest(sender, "PUT", `/v1/slices/${sh}`, sliceBodyDigest(sh)), "sds-permit": encodePermitHeader(permit()), "sds-slice-number": "1", "content-length": String(10 * 1e9) });
      expect([r.status, r.body.error.code]).to.deep.equal([413, "too_large"]);
    });
    it("a GET without a download permit → 403; the daemon still answers", async () => {
      const r = await rawRequest(target().url, "GET", `/v1/slices/${sh}`, signRequest(sender, "GET", `/v1/slices/${sh}`, jsonBodyDigest()));
      expect([r.status, r.body.error.code]).to.deep.equal([403, "forbidden"]);
      expect(target().isRunning()).to.equal(true);
      expect((await rawRequest(target().url, "GET", "/v1/status", {})).status).to.equal(200);
    });
  });
});
