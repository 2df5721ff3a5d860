// meta-node/protocol: canonical JSON, node request auth, permits, slice layout, the HTTP client and
// server helpers. Vectors (vectors/protocol.json) were produced independently of this code (see its
// "origin").
import { expect } from "chai";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  canonicalJson,
  decodePermitHeader,
  encodePermitHeader,
  jsonBodyDigest,
  MAX_CLOCK_SKEW_MS,
  NodeClient,
  NodeIdentity,
  parseErrorBody,
  permitDigest,
  permitSliceFor,
  ProtocolError,
  readJson,
  sendError,
  sendJson,
  signPermit,
  signRequest,
  signingString,
  sliceBodyDigest,
  sliceCount,
  sliceLayout,
  sliceRange,
  uploadNoz,
  verifyPermit,
  verifyRequest,
  authenticateBuffered,
  type Permit,
} from "../../../meta-node/protocol/index.ts";
import { fileHash, sliceHash } from "../../../chain/crypto/cid.ts";

const V = JSON.parse(readFileSync(new URL("./vectors/protocol.json", import.meta.url), "utf8"));
const hexBytes = (h: string) => new Uint8Array(Buffer.from(h, "hex"));
const meta = NodeIdentity.fromSeed(hexBytes(V.metaSeedHex));
const node = NodeIdentity.fromSeed(hexBytes(V.nodeSeedHex));

function vectorPermit(): Permit {
  const owner = V.permit.owner;
  const [h1, h2] = V.file.sliceHashes;
  return {
    v: 1,
    kind: "upload",
    id: "00112233445566778899aabbccddeeff",
    meta: meta.address,
    fileHash: V.file.fileHash,
    fileSize: "13",
    sliceSize: 8,
    owner,
    payer: owner,
    slices: [
      { number: 1, hash: h1, size: 8, nodes: [node.address] },
      { number: 2, hash: h2, size: 5, nodes: [node.address] },
    ],
    noz: "39",
    issuedAt: 1700000000000,
    expiresAt: 1700000060000,
  };
}

const metaKeys = (addr: string) => (addr === meta.address ? meta.publicKey : undefined);

function expectProtocolError(fn: () => unknown, status: number, code: string, msg?: RegExp) {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(ProtocolError);
    expect((e as ProtocolError).status, (e as Error).message).to.equal(status);
    expect((e as ProtocolError).code, (e as Error).message).to.equal(code);
    if (msg) expect((e as Error).message).to.match(msg);
    return;
  }
  expect.fail(`expected ProtocolError ${status} ${code}`);
}

describe("storage/protocol", () => {
  describe("canonicalJson", () => {
    it("sorts keys recursively, no whitespace, drops undefined members", () => {
      expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: "x" }], c: null }, u: undefined })).to.equal('{"a":{"c":null,"d":[3,{"y":"x","z":1}]},"b":1}');
      expect(canonicalJson("é\n")).to.equal('"é\\n"');
      expect(canonicalJson([undefined])).to.equal("[null]");
    });
    it("refuses what JSON cannot hold exactly", () => {
      expect(() => canonicalJson({ a: 1n })).to.throw(/bigint/);
      expect(() => canonicalJson({ a: NaN })).to.throw(/\$\.a is NaN/);
      expect(() => canonicalJson({ a: new Uint8Array(1) })).to.throw(/bytes/);
    });
    it("matches the hand-sorted permit vector", () => {
      expect(canonicalJson(vectorPermit())).to.equal(V.permit.canonicalJson);
    });
  });

  describe("node identity", () => {
    it("derives address and pubkey like the chain's node-key file", () => {
      expect(meta.address).to.equal(V.metaKey.network_address);
      expect(meta.publicKeyBase64).to.equal(V.metaKey.pubkey.key);
      expect(NodeIdentity.fromKeyFile(V.nodeKey).address).to.equal(V.nodeKey.network_address);
      expect(() => NodeIdentity.fromKeyFile({ ...V.nodeKey, network_address: V.metaKey.network_address })).to.throw(/does not match/);
    });
  });

  describe("request signing", () => {
    const r = V.request;
    it("signs the vector's string with the vector's signature", () => {
      expect(jsonBodyDigest(r.body)).to.equal(r.bodyDigest);
      expect(signingString(r.method, r.pathWithQuery, r.time, r.bodyDigest)).to.equal(r.signingString);
      const h = signRequest(node, r.method, r.pathWithQuery, r.bodyDigest, r.time);
      expect(h).to.deep.equal({ "sds-node": node.address, "sds-pubkey": node.publicKeyBase64, "sds-time": String(r.time), "sds-sig": r.sig });
    });
    it("verifies a good request and names the sender", () => {
      const h = signRequest(node, "POST", "/v1/x?a=1", jsonBodyDigest("{}"), 5_000_000);
      const who = verifyRequest(h, "POST", "/v1/x?a=1", jsonBodyDigest("{}"), 5_000_000 + MAX_CLOCK_SKEW_MS);
      expect(who.address).to.equal(node.address);
      expect(jsonBodyDigest()).to.equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
      expect(sliceBodyDigest("vX")).to.equal("slice:vX");
    });
    it("refuses tampering, other keys, skew and missing headers with 401", () => {
      const t = 5_000_000;
      const h = signRequest(node, "POST", "/v1/x", jsonBodyDigest("{}"), t);
      expectProtocolError(() => verifyRequest(h, "POST", "/v1/x", jsonBodyDigest('{"a":1}'), t), 401, "bad_signature", /does not verify/);
      expectProtocolError(() => verifyRequest(h, "PUT", "/v1/x", jsonBodyDigest("{}"), t), 401, "bad_signature");
      expectProtocolError(() => verifyRequest(h, "POST", "/v1/y", jsonBodyDigest("{}"), t), 401, "bad_signature");
      expectProtocolError(() => verifyRequest({ ...h, "sds-node": meta.address }, "POST", "/v1/x", jsonBodyDigest("{}"), t), 401, "bad_signature", /not the address/);
      expectProtocolError(() => verifyRequest({ ...h, "sds-pubkey": meta.publicKeyBase64, "sds-node": meta.address }, "POST", "/v1/x", jsonBodyDigest("{}"), t), 401, "bad_signature", /does not verify/);
      expectProtocolError(() => verifyRequest(h, "POST", "/v1/x", jsonBodyDigest("{}"), t + MAX_CLOCK_SKEW_MS + 1), 401, "bad_signature", /clock/);
      expectProtocolError(() => verifyRequest({ ...h, "sds-sig": undefined }, "POST", "/v1/x", jsonBodyDigest("{}"), t), 401, "unauthenticated", /sds-sig/);
      expectProtocolError(() => verifyRequest({ ...h, "sds-time": "12x" }, "POST", "/v1/x", jsonBodyDigest("{}"), t), 401, "bad_signature");
      expectProtocolError(() => verifyRequest({ ...h, "sds-sig": "%%%" }, "POST", "/v1/x", jsonBodyDigest("{}"), t), 401, "bad_signature");
    });
  });

  describe("permits", () => {
    it("digest and signature match the vector; verify accepts it before expiry", () => {
      const p = vectorPermit();
      expect(Buffer.from(permitDigest(p)).toString("hex")).to.equal(V.permit.keccak256Hex);
      const sp = signPermit(p, meta);
      expect(sp.sig).to.equal(V.permit.sig);
      const ok = verifyPermit(sp, { metaPublicKey: metaKeys, kinds: ["upload"], now: p.issuedAt + 1 });
      expect(ok).to.deep.equal(p);
      expect(permitSliceFor(ok, V.file.sliceHashes[1], node.address, 2).size).to.equal(5);
    });
    it("the vector's slice hashes are the Stratos ones", () => {
      const data = Buffer.from(V.file.content);
      expect(fileHash(data)).to.equal(V.file.fileHash);
      expect(sliceHash(V.file.fileHash, 1, data.subarray(0, 8))).to.equal(V.file.sliceHashes[0]);
      expect(sliceHash(V.file.fileHash, 2, data.subarray(8))).to.equal(V.file.sliceHashes[1]);
    });
    it("travels in a header and comes back equal", () => {
      const sp = signPermit(vectorPermit(), meta);
      const enc = encodePermitHeader(sp);
      expect(enc).to.match(/^[A-Za-z0-9_-]+$/);
      expect(decodePermitHeader(enc)).to.deep.equal(sp);
      expectProtocolError(() => decodePermitHeader(undefined), 403, "forbidden", /permit is required/);
      expectProtocolError(() => decodePermitHeader("not base64!"), 400, "bad_permit");
      expectProtocolError(() => decodePermitHeader(Buffer.from("[1]").toString("base64url")), 400, "bad_permit");
    });
    it("refuses forged, foreign, expired, wrong-kind permits", () => {
      const p = vectorPermit();
      const sp = signPermit(p, meta);
      const now = p.issuedAt + 1;
      const forged = { permit: { ...sp.permit, noz: "0" }, sig: sp.sig };
      expectProtocolError(() => verifyPermit(forged, { metaPublicKey: metaKeys, kinds: ["upload"], now }), 401, "bad_permit", /does not verify/);
      const byNode = signPermit({ ...p, meta: node.address }, node);
      expectProtocolError(() => verifyPermit(byNode, { metaPublicKey: metaKeys, kinds: ["upload"], now }), 401, "bad_permit", /not a bonded meta node/);
      // a node claiming to be the meta node but signing with its own key
      const impostor = { permit: p, sig: Buffer.from(node.sign(permitDigest(p))).toString("base64") };
      expectProtocolError(() => verifyPermit(impostor, { metaPublicKey: metaKeys, kinds: ["upload"], now }), 401, "bad_permit");
      expectProtocolError(() => verifyPermit(sp, { metaPublicKey: metaKeys, kinds: ["upload"], now: p.expiresAt }), 401, "permit_expired", /ask a meta node/);
      expectProtocolError(() => verifyPermit(sp, { metaPublicKey: metaKeys, kinds: ["download", "repair"], now }), 403, "forbidden");
      expectProtocolError(() => permitSliceFor(p, V.file.sliceHashes[0], meta.address), 403, "forbidden", /does not name node/);
      expectProtocolError(() => permitSliceFor(p, V.file.sliceHashes[0], node.address, 2), 403, "forbidden", /does not cover/);
    });
    it("refuses malformed permits naming the field", () => {
      const p = vectorPermit();
      const bad = (patch: Record<string, unknown>, re: RegExp) =>
        expectProtocolError(() => verifyPermit({ permit: { ...p, ...patch }, sig: "A".repeat(86) + "==" }, { metaPublicKey: metaKeys, kinds: ["upload"] }), 400, "bad_permit", re);
      bad({ v: 2 }, /v must be 1/);
      bad({ kind: "steal" }, /kind/);
      bad({ id: "xyz" }, /id/);
      bad({ fileHash: "Qm123" }, /fileHash/);
      bad({ fileSize: "1e3" }, /fileSize/);
      bad({ fileSize: "14" }, /size 5 does not match/);
      bad({ sliceSize: 0 }, /sliceSize/);
      bad({ owner: "cosmos1abc" }, /owner/);
      bad({ extra: 1 }, /unknown field "extra"/);
      bad({ expiresAt: p.issuedAt }, /after issuedAt/);
      bad({ slices: [p.slices[1], p.slices[0]] }, /increasing order/);
      bad({ slices: [p.slices[0]] }, /all 2 slices/);
      bad({ slices: [{ ...p.slices[0], nodes: [node.address, node.address] }, p.slices[1]] }, /twice/);
      bad({ kind: "repair" }, /receiver/);
      expectProtocolError(() => verifyPermit({ permit: p, sig: "short" }, { metaPublicKey: metaKeys, kinds: ["upload"] }), 400, "bad_permit", /sig/);
    });
    it("a zero-byte file has a permit without slices", () => {
      const p: Permit = { ...vectorPermit(), fileHash: fileHash(new Uint8Array()), fileSize: "0", slices: [], noz: "0" };
      expect(verifyPermit(signPermit(p, meta), { metaPublicKey: metaKeys, kinds: ["upload"], now: p.issuedAt }).slices).to.deep.equal([]);
    });
  });

  describe("slice layout", () => {
    it("numbers from 1, last slice shorter, empty file has none", () => {
      expect(sliceCount(0, 8)).to.equal(0);
      expect(sliceLayout(0, 8)).to.deep.equal([]);
      expect(sliceLayout(1, 8)).to.deep.equal([{ number: 1, offset: 0, size: 1 }]);
      expect(sliceLayout(8, 8)).to.deep.equal([{ number: 1, offset: 0, size: 8 }]);
      expect(sliceLayout(17, 8)).to.deep.equal([
        { number: 1, offset: 0, size: 8 },
        { number: 2, offset: 8, size: 8 },
        { number: 3, offset: 16, size: 1 },
      ]);
      expect(sliceRange(2, 13, 8)).to.deep.equal({ number: 2, offset: 8, size: 5 });
      expect(() => sliceRange(3, 13, 8)).to.throw(/1\.\.2/);
      expect(() => sliceCount(-1, 8)).to.throw(RangeError);
      expect(uploadNoz(13, 3)).to.equal(39n);
    });
  });

  describe("HTTP client and server helpers", () => {
    let server: Server;
    let base: string;
    const seen: { node?: string; json?: unknown }[] = [];
    before(async () => {
      server = createServer(async (req, res) => {
        try {
          if (req.url === "/slow") return; // never answers
          const { raw, json } = await readJson(req);
          const who = authenticateBuffered(req, raw);
          seen.push({ node: who.address, json });
          if (req.url === "/v1/fail") throw new ProtocolError(402, "insufficient_ozone", "missing 5 noz: prepay", { missing: "5" });
          sendJson(res, 200, { ok: true, from: who.address });
        } catch (e) {
          sendError(res, e, { closeConnection: true });
        }
      });
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => server.close());

    it("signs JSON requests the server authenticates", async () => {
      const c = new NodeClient({ identity: node });
      try {
        expect(await c.json(base, "POST", "/v1/x?q=1", { a: 1 })).to.deep.equal({ ok: true, from: node.address });
        expect(await c.json(base, "GET", "/v1/status")).to.deep.equal({ ok: true, from: node.address });
        expect(seen.at(-2)!.json).to.deep.equal({ a: 1 });
      } finally {
        c.close();
      }
    });
    it("turns error bodies into ProtocolErrors with their details", async () => {
      const c = new NodeClient({ identity: node });
      try {
        await c.json(base, "POST", "/v1/fail", {});
        expect.fail("should throw");
      } catch (e) {
        expect(e).to.be.instanceOf(ProtocolError);
        expect((e as ProtocolError).status).to.equal(402);
        expect((e as ProtocolError).code).to.equal("insufficient_ozone");
        expect((e as ProtocolError).details).to.deep.equal({ missing: "5" });
      } finally {
        c.close();
      }
      const unsigned = new NodeClient();
      try {
        await unsigned.json(base, "GET", "/v1/status");
        expect.fail("should throw");
      } catch (e) {
        expect((e as ProtocolError).status).to.equal(401);
        expect((e as ProtocolError).code).to.equal("unauthenticated");
      } finally {
        unsigned.close();
      }
    });
    it("times out on a silent peer and fails fast on a dead one", async () => {
      const c = new NodeClient({ identity: node, idleTimeoutMs: 200 });
      try {
        await c.json(base, "GET", "/slow");
        expect.fail("should throw");
      } catch (e) {
        expect((e as ProtocolError).code).to.equal("timeout");
      }
      try {
        await c.json("http://127.0.0.1:1", "GET", "/v1/status");
        expect.fail("should throw");
      } catch (e) {
        expect((e as ProtocolError).code).to.equal("unavailable");
      } finally {
        c.close();
      }
    });
    it("refuses a body over the limit from its Content-Length before reading it", async () => {
      const c = new NodeClient({ identity: node });
      try {
        await c.raw(base, { method: "POST", path: "/v1/x", bodyDigest: jsonBodyDigest(), headers: { "content-length": String(10 * 1024 ** 3) }, body: (async function* () { yield new Uint8Array(10); })() });
        expect.fail("should throw");
      } catch (e) {
        expect((e as ProtocolError).status).to.equal(413);
        expect((e as ProtocolError).code).to.equal("too_large");
      } finally {
        c.close();
      }
    });
    it("parses foreign error bodies readably", () => {
      const e = parseErrorBody(502, "<html>bad gateway</html>");
      expect(e.code).to.equal("http_502");
      expect(e.message).to.contain("bad gateway");
    });
  });
});
