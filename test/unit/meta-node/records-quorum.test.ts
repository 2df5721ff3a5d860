// The replicated record layer's quorums: writes are acknowledged by two of three owners, so reads must
// hear two as well — a meta node that was down while a charge was written must not answer a wallet's
// balance from its own copy alone. Three real lmdb stores; the peer transport is an in-process fake
// (the layer under test is records.ts) that can take a node off the network.
import { expect } from "chai";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NodeIdentity, ProtocolError, type PeerClient } from "../../../meta-node/net.ts";
import { ReplicatedRecords, Unavailable } from "../../../meta-node/records.ts";
import { MetaStore } from "../../../meta-node/store.ts";

const quiet = { info() {}, warn() {}, error() {} };

describe("meta-node records: read and write quorums", () => {
  const dirs: string[] = [];
  const stores: MetaStore[] = [];
  const nodes = new Map<string, { records: ReplicatedRecords; store: MetaStore }>();
  const down = new Set<string>();

  // What a peer's API does for /v1/meta/replicate and /v1/meta/records (meta-node/api.ts).
  const transport = (): PeerClient =>
    ({
      async json(url: string, method: string, path: string, body?: any) {
        const addr = url.replace("http://", "");
        if (down.has(addr)) throw new ProtocolError(503, "unavailable", `${addr} is down`);
        const target = nodes.get(addr)!;
        if (method === "POST" && path === "/v1/meta/replicate") return { ok: true, changed: target.records.receive(body.records) };
        if (method === "GET" && path.startsWith("/v1/meta/records?prefix=")) return { records: target.store.localRange(decodeURIComponent(path.split("=")[1])) };
        throw new Error(`unexpected ${method} ${path}`);
      },
      close() {},
    }) as unknown as PeerClient;

  before(() => {
    const ids = [1, 2, 3].map((i) => NodeIdentity.fromSeed(new Uint8Array(32).fill(i)));
    for (const id of ids) {
      const dir = mkdtempSync(join(tmpdir(), "records-quorum-"));
      dirs.push(dir);
      const store = new MetaStore(dir);
      stores.push(store);
      nodes.set(id.address, { records: new ReplicatedRecords(store, id, quiet, transport(), 1_000), store });
    }
    const members = ids.map((id) => ({ address: id.address, url: `http://${id.address}` }));
    for (const n of nodes.values()) n.records.setMembers(members);
  });

  after(async () => {
    for (const s of stores) await s.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  const charged = async (at: string) =>
    (await nodes.get(at)!.records.values<{ noz: string }>("c/st1wallet/")).reduce((s, c) => s + BigInt(c.val.noz), 0n);

  it("a node that missed a write still reads it through a peer, and never answers from its own copy alone", async () => {
    const [a, b, c] = [...nodes.keys()];
    down.add(c);
    await nodes.get(a)!.records.put([{ key: "c/st1wallet/permit-1", val: { noz: "100" } }]); // acknowledged by a and b
    down.delete(c);
    expect(nodes.get(c)!.store.localRange("c/st1wallet/")).to.have.length(0); // the hint is not pushed yet

    down.add(b);
    expect(await charged(c)).to.equal(100n); // c's own copy + a's
    down.add(a);
    // Only c itself answers: an error to retry, not a balance that forgets the charge.
    let err: unknown;
    await charged(c).catch((e) => (err = e));
    expect(err).to.be.instanceOf(Unavailable);
    expect((err as Error).message).to.match(/only 1 of the 3 meta nodes .* answered \(2 needed\)/);
    down.clear();
  });

  it("a write that fewer than two owners acknowledge fails", async () => {
    const [a, b, c] = [...nodes.keys()];
    down.add(b);
    down.add(c);
    let err: unknown;
    await nodes.get(a)!.records.put([{ key: "c/st1wallet/permit-2", val: { noz: "5" } }]).catch((e) => (err = e));
    expect(err).to.be.instanceOf(Unavailable);
    down.clear();
  });
});
