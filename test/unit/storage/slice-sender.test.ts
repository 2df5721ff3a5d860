// resource-node/slice-sender.ts: upload replicas PUT from a worker thread carry the same signed request
// as NodeClient.putSlice, deliver exactly the file range, and map answers and failures the same way.
import { expect } from "chai";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SLICE_NUMBER_HEADER } from "../../../meta-node/protocol/client.ts";
import { ProtocolError } from "../../../meta-node/protocol/errors.ts";
import { sliceBodyDigest, verifyRequest } from "../../../meta-node/protocol/node-auth.ts";
import { NodeIdentity } from "../../../meta-node/protocol/node-key.ts";
import { PERMIT_HEADER } from "../../../meta-node/protocol/permit.ts";
import { SliceSender } from "../../../resource-node/slice-sender.ts";

describe("storage/slice-sender", () => {
  const id = NodeIdentity.fromSeed(new Uint8Array(32).fill(7));
  const bytes = randomBytes(3 * (1 << 20) + 12345);
  let dir: string;
  let file: string;
  let server: Server;
  let url: string;
  let handler: (req: IncomingMessage, res: ServerResponse) => void;
  let sender: SliceSender;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "slice-sender-"));
    file = join(dir, "f");
    writeFileSync(file, bytes);
    server = createServer((req, res) => handler(req, res));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    sender = new SliceSender(id, { threads: 2, idleTimeoutMs: 2_000 });
  });
  after(async () => {
    await sender.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends the file range with NodeClient's signed headers and resolves the JSON answer", async () => {
    const seen: { got: Buffer; auth: string; permit: unknown; num: unknown; len: unknown }[] = [];
    handler = (req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c) => chunks.push(c));
      req.on("end", () => {
        const auth = verifyRequest(req.headers, "PUT", req.url!, sliceBodyDigest(req.url!.split("/").pop()!)).address;
        seen.push({ got: Buffer.concat(chunks), auth, permit: req.headers[PERMIT_HEADER], num: req.headers[SLICE_NUMBER_HEADER], len: req.headers["content-length"] });
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, state: "stored" }));
      });
    };
    let progress = 0;
    const offset = 1000;
    const size = bytes.length - offset - 7;
    // several at once over both threads and pooled connections
    const answers = await Promise.all(
      [1, 2, 3].map((n) => sender.put(url, { sliceHash: `sh${n}`, sliceNumber: n, permitHeader: "p", file, offset, size }, (b) => (progress += b))),
    );
    expect(answers).to.deep.equal([1, 2, 3].map(() => ({ ok: true, state: "stored" })));
    expect(progress).to.equal(3 * size);
    for (const s of seen) {
      expect(s.got.equals(bytes.subarray(offset, offset + size))).to.equal(true);
      expect(s.auth).to.equal(id.address);
      expect(s.permit).to.equal("p");
      expect(s.len).to.equal(String(size));
    }
    expect(seen.map((s) => s.num).sort()).to.deep.equal(["1", "2", "3"]);
  });

  it("an error answer becomes the peer's ProtocolError, after the body or before it", async () => {
    // after the body (a destination's hash check)
    handler = (req, res) => {
      req.resume();
      req.on("end", () => res.writeHead(409, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "hash_mismatch", message: "no" } })));
    };
    const e = await sender.put(url, { sliceHash: "x", sliceNumber: 1, permitHeader: "p", file, offset: 0, size: bytes.length }).catch((x) => x);
    expect(e).to.be.instanceOf(ProtocolError);
    expect([e.status, e.code]).to.deep.equal([409, "hash_mismatch"]);
    // before the body (node:http then discards the rest of it on a kept-alive connection)
    handler = (_req, res) => {
      res.writeHead(413, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "too_large", message: "no" } }));
    };
    const e2 = await sender.put(url, { sliceHash: "x", sliceNumber: 1, permitHeader: "p", file, offset: 0, size: bytes.length }).catch((x) => x);
    expect([e2.status, e2.code]).to.deep.equal([413, "too_large"]);
    // the sender still works afterwards
    handler = (req, res) => {
      req.resume();
      req.on("end", () => res.end(""));
    };
    expect(await sender.put(url, { sliceHash: "y", sliceNumber: 1, permitHeader: "p", file, offset: 0, size: 10 })).to.equal(undefined);
  });

  it("an unreachable peer is 503 unavailable, a silent one 504 timeout, a bad URL 400", async () => {
    const dead = createServer();
    await new Promise<void>((r) => dead.listen(0, "127.0.0.1", r));
    const port = (dead.address() as AddressInfo).port;
    await new Promise<void>((r) => dead.close(() => r()));
    const e1 = await sender.put(`http://127.0.0.1:${port}`, { sliceHash: "x", sliceNumber: 1, permitHeader: "p", file, offset: 0, size: 10 }).catch((x) => x);
    expect([e1.status, e1.code]).to.deep.equal([503, "unavailable"]);
    handler = () => undefined; // never answers
    const e2 = await sender.put(url, { sliceHash: "x", sliceNumber: 1, permitHeader: "p", file, offset: 0, size: 10, timeoutMs: 300 }).catch((x) => x);
    expect([e2.status, e2.code]).to.deep.equal([504, "timeout"]);
    const e3 = await sender.put("ftp://x", { sliceHash: "x", sliceNumber: 1, permitHeader: "p", file, offset: 0, size: 10 }).catch((x) => x);
    expect(e3.status).to.equal(400);
  });
});
