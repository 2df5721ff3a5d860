// The storage network end to end on a real localnet: validators, 3 meta-node daemons and 4
// resource-node daemons, each its own process (test/helpers/storage-network.ts, the code behind
// `localnet up`). Files go in and out through the resource nodes' local API (what `resource-node put`
// and `get` use); the faults are real: stopped and kill -9'ed daemons.
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileHash, sliceHash } from "../../chain/crypto/cid.ts";
import { readNodeKeyFile } from "../../chain/keys/node-key.ts";
import { encodePermitHeader, NodeClient, NodeIdentity, ProtocolError, signPermit, type Permit } from "../../meta-node/protocol/index.ts";
import type { Localnet } from "../../localnet/localnet.ts";
import type { StorageDaemon } from "../../localnet/storage.ts";
import { TEST_STORAGE, useStorageNetwork } from "../helpers/storage-network.ts";
import { RpcClient } from "../../chain/cli/rpc.ts";
import { stratos } from "../../proto/client.ts";
import { pollUntil } from "../helpers/poll.ts";

const SLICE = TEST_STORAGE.sliceSize;
const resourceCli = join(import.meta.dirname, "../../bin/resource-node.mjs");

describe("storage network: upload, download and faults on a real localnet", function () {
  this.timeout(300_000);
  const fixture = useStorageNetwork({ meta: 3, resource: 4 });
  let net: Localnet;

  const wallet = (rn: string) => JSON.parse(readFileSync(join(net.daemon(rn).info.home, "wallet.json"), "utf8")).address as string;
  const token = (rn: string) => readFileSync(join(net.daemon(rn).info.home, "api-token"), "utf8").trim();
  const metas = () => net.daemons.filter((d) => d.info.kind === "meta" && d.isRunning());

  async function upload(rn: string, bytes: Buffer, name = "f.bin"): Promise<any> {
    const d = net.daemon(rn);
    const res = await fetch(`${d.url}/api/v1/upload?name=${encodeURIComponent(name)}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${token(rn)}`, "content-length": String(bytes.length) },
      body: bytes,
    });
    const text = await res.text();
    if (res.status !== 200) throw new ProtocolError(res.status, JSON.parse(text).error?.code ?? "http", text);
    const last = JSON.parse(text.trim().split("\n").pop()!);
    if (last.error) throw new ProtocolError(0, last.error.code, last.error.message);
    return last.result;
  }

  async function download(rn: string, owner: string, hash: string): Promise<Buffer> {
    const d = net.daemon(rn);
    const res = await fetch(`${d.url}/api/v1/download?handle=${encodeURIComponent(`sdm://${owner}/${hash}`)}`, { headers: { authorization: `Bearer ${token(rn)}` } });
    const buf = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) {
      const e = JSON.parse(buf.toString()).error;
      throw new ProtocolError(res.status, e.code, e.message);
    }
    return buf;
  }

  async function ozone(w: string) {
    return (await (await fetch(`${metas()[0].url}/v1/ozone/${w}`)).json()) as { purchased: string; charged: string; balance: string };
  }

  async function fileStatus(owner: string, hash: string, meta: StorageDaemon = metas()[0]) {
    return (await (await fetch(`${meta.url}/v1/files/${hash}?owner=${owner}`)).json()) as any;
  }

  async function slicesStored(): Promise<number> {
    let n = 0;
    for (const d of net.daemons.filter((x) => x.info.kind === "resource" && x.isRunning())) n += (await d.answers())?.store?.slices ?? 0;
    return n;
  }

  function prepay(rn: string, amount = "1stos") {
    const r = spawnSync(process.execPath, [resourceCli, "prepay", amount, "--home", net.daemon(rn).info.home], { encoding: "utf8" });
    expect(r.status, r.stderr + r.stdout).to.equal(0);
  }

  const until = <T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000) => pollUntil(what, probe, ms, 250);
  const rpc = () => new RpcClient(net.node(0).rpcUrl);
  async function evidenceCases(): Promise<any[]> {
    const out: any[] = [];
    for (const m of metas()) out.push(...(((await (await fetch(`${m.url}/v1/pot/evidence`)).json()) as any).cases as any[]));
    return out;
  }
  /** pot's SlashingByOwner: the owner's recorded slashing debt (wei). */
  async function slashingDebt(owner: string): Promise<bigint> {
    const pb = stratos.pot.v1;
    const raw = await rpc().query("/stratos.pot.v1.Query/SlashingByOwner", pb.QuerySlashingByOwnerRequest.encode({ walletAddress: owner }).finish());
    return BigInt(pb.QuerySlashingByOwnerResponse.decode(raw).slashing || "0");
  }

  async function expectRefused(p: Promise<unknown>, code: string): Promise<ProtocolError> {
    try {
      await p;
    } catch (e) {
      expect((e as ProtocolError).code, (e as Error).message).to.equal(code);
      return e as ProtocolError;
    }
    throw new Error(`expected ${code}`);
  }

  const files: { owner: string; hash: string; bytes: Buffer }[] = [];

  before(async function () {
    net = fixture.net;
    prepay("resource0");
    const w = wallet("resource0");
    await until("the prepay at the meta nodes", async () => (BigInt((await ozone(w)).purchased) > 0n ? true : undefined));
  });

  it("refuses an upload without ozone up front (how much is missing, how to prepay); nothing stored or charged", async () => {
    const w = wallet("resource1");
    const before = await slicesStored();
    const bytes = randomBytes(SLICE + 10);
    const e = await expectRefused(upload("resource1", bytes), "insufficient_ozone");
    expect(e.message).to.match(/noz missing/).and.match(/prepay/);
    expect((await ozone(w)).charged).to.equal("0");
    expect((await fileStatus(w, fileHash(bytes))).stateName).to.equal("UNKNOWN");
    expect(await slicesStored()).to.equal(before);
  });

  it("stores a file at 3 replicas and serves it back byte for byte", async () => {
    const owner = wallet("resource0");
    const bytes = randomBytes(3 * SLICE + 123);
    const before = BigInt((await ozone(owner)).charged);
    const r = await upload("resource0", bytes, "three-slices.bin");
    expect(r.fileHash).to.equal(fileHash(bytes));
    files.push({ owner, hash: r.fileHash, bytes });
    const st = await until("FINISHED", async () => {
      const s = await fileStatus(owner, r.fileHash);
      return s.stateName === "FINISHED" ? s : undefined;
    });
    expect(st.replicas).to.deep.equal([3, 3, 3, 3]);
    expect(BigInt((await ozone(owner)).charged) - before).to.equal(BigInt(bytes.length) * 3n);
    expect((await download("resource0", owner, r.fileHash)).equals(bytes)).to.equal(true);
  });

  it("refuses to download someone else's private file and charges the asker nothing", async () => {
    prepay("resource1");
    const asker = wallet("resource1");
    await until("resource1's prepay", async () => (BigInt((await ozone(asker)).purchased) > 0n ? true : undefined));
    const charged = (await ozone(asker)).charged;
    await expectRefused(download("resource1", files[0].owner, files[0].hash), "forbidden");
    expect((await ozone(asker)).charged).to.equal(charged);
  });

  it("refuses a forged or an expired permit at a resource node and stores nothing", async () => {
    const sender = NodeIdentity.fromKeyFile(readNodeKeyFile(join(net.dir, net.resourceNodes[0].keyFile)));
    const target = net.daemon("resource2");
    const bytes = randomBytes(100);
    const fh = fileHash(bytes);
    const sh = sliceHash(fh, 1, bytes);
    const now = Date.now();
    const permit: Permit = {
      v: 1, kind: "upload", id: randomBytes(16).toString("hex"), meta: net.metaNodes[0].networkAddress, fileHash: fh, fileSize: "100", sliceSize: SLICE,
      owner: files[0].owner, payer: files[0].owner, slices: [{ number: 1, hash: sh, size: 100, nodes: [target.info.networkAddress] }], noz: "300", issuedAt: now, expiresAt: now + 60_000,
    };
    const client = new NodeClient({ identity: sender });
    const put = (header: string) => client.putSlice(target.url, { sliceHash: sh, sliceNumber: 1, permitHeader: header, size: bytes.length, body: bytes });
    const before = (await target.answers()).store.slices;
    // Signed by a key that is not meta0's.
    const forger = NodeIdentity.fromSeed(randomBytes(32));
    const forged = { ...signPermit({ ...permit, meta: forger.address }, forger), permit };
    await expectRefused(put(encodePermitHeader(forged)), "bad_permit");
    // meta0's real key, but expired.
    const meta0 = NodeIdentity.fromSeed(new Uint8Array(Buffer.from(net.metaNodes[0].privKey, "base64")));
    const expired = signPermit({ ...permit, issuedAt: now - 120_000, expiresAt: now - 60_000 }, meta0);
    await expectRefused(put(encodePermitHeader(expired)), "permit_expired");
    expect((await target.answers()).store.slices).to.equal(before);
    client.close();
  });

  it("keeps uploading and downloading with one meta node stopped", async () => {
    const meta1 = net.daemon("meta1");
    await meta1.stop();
    try {
      const owner = wallet("resource0");
      const bytes = randomBytes(2 * SLICE);
      const r = await upload("resource0", bytes, "meta-down.bin");
      files.push({ owner, hash: r.fileHash, bytes });
      await until("CONFIRMING/FINISHED", async () => ([3, 4].includes((await fileStatus(owner, r.fileHash)).state) ? true : undefined));
      expect((await download("resource0", owner, r.fileHash)).equals(bytes)).to.equal(true);
      expect((await download("resource0", files[0].owner, files[0].hash)).equals(files[0].bytes)).to.equal(true);
    } finally {
      await meta1.start();
    }
  });

  it("survives kill -9 of a meta node during an upload: the retry completes, charged once", async () => {
    const owner = wallet("resource0");
    const bytes = randomBytes(24 * SLICE + 5);
    const hash = fileHash(bytes);
    const chargedBy = async (m: StorageDaemon) => BigInt(((await (await fetch(`${m.url}/v1/ozone/${owner}`)).json()) as { charged: string }).charged);
    const before = new Map(await Promise.all(metas().map(async (m) => [m.name, await chargedBy(m)] as const)));
    // The gateway asks the meta nodes in address order: kill the one it asks first, mid-upload.
    const first = [...metas()].sort((a, b) => (a.info.networkAddress < b.info.networkAddress ? -1 : 1))[0];
    const attempt = upload("resource0", bytes, "kill9.bin").then(
      (r) => ({ ok: true as const, r }),
      (e) => ({ ok: false as const, e }),
    );
    await until("the upload to start", async () => ((await fileStatus(owner, hash)).state === 1 ? true : undefined), 30_000);
    await first.kill9();
    try {
      await attempt;
      // Whatever the first attempt did, a retry finishes the file.
      const again = await upload("resource0", bytes, "kill9.bin");
      expect(again.fileHash).to.equal(hash);
      await until("CONFIRMING/FINISHED", async () => ([3, 4].includes((await fileStatus(owner, hash)).state) ? true : undefined));
      expect((await download("resource0", owner, hash)).equals(bytes)).to.equal(true);
    } finally {
      await first.start();
    }
    await until("the restarted meta node to agree", async () => ((await fileStatus(owner, hash, first)).state === 3 ? true : undefined));
    // The upload once (size × 3 replicas) and the one download above (size), as every meta node sees it
    // (each merges the copies of all responsible nodes, so a restarted one must agree at once).
    const expected = BigInt(bytes.length) * 4n;
    const views = await Promise.all(metas().map(async (m) => `${m.name}: ${(await chargedBy(m)) - before.get(m.name)!}`));
    expect(views, `charged since the test began, expected ${expected} (size ${bytes.length} × 4)`).to.deep.equal(metas().map((m) => `${m.name}: ${expected}`));
    files.push({ owner, hash, bytes });
  });

  it("after a resource node holding replicas stops, every file still downloads and the replicas are restored on the others", async () => {
    const st = await fileStatus(files[0].owner, files[0].hash);
    const victim = net.daemons.find((d) => d.info.kind === "resource" && d.name !== "resource0" && st.slices.some((s: any) => s.holders.includes(d.info.networkAddress)))!;
    await victim.stop();
    try {
      for (const f of files) expect((await download("resource0", f.owner, f.hash)).equals(f.bytes), f.hash).to.equal(true);
      for (const f of files) {
        await until(`3 live replicas of ${f.hash} without ${victim.name}`, async () => {
          const s = await fileStatus(f.owner, f.hash);
          const ok = s.slices.every((sl: any) => sl.holders.filter((h: string) => h !== victim.info.networkAddress).length >= 3) && s.replicas.every((n: number) => n === 3);
          return ok ? true : undefined;
        }, 90_000);
      }
      for (const f of files) expect((await download("resource0", f.owner, f.hash)).equals(f.bytes)).to.equal(true);
    } finally {
      await victim.start();
    }
  });

  it("replaces a slice found corrupt on disk: the download still succeeds from another replica and the slice is repaired", async () => {
    const f = files[0];
    // The resource node the test before restarted must be live again at every meta node: the one copy
    // left intact below has to be one a download permit may name.
    await until("every resource node live at every meta node", async () => {
      for (const m of metas()) {
        const s = await m.answers();
        if (!s?.resourceNodes?.length || !s.resourceNodes.every((r: any) => r.live)) return undefined;
      }
      return true;
    });
    const st = await fileStatus(f.owner, f.hash);
    const slice = st.slices[0];
    const holders: string[] = slice.holders;
    // Every copy but one is damaged (a flipped byte), so any download that reads one detects it.
    const daemonOf = (addr: string) => net.daemons.find((d) => d.info.networkAddress === addr)!;
    const bad = holders.slice(0, holders.length - 1).map(daemonOf);
    for (const d of bad) {
      const path = join(d.info.home, "storage", "slices", slice.hash.slice(-2), slice.hash);
      const bytes = readFileSync(path);
      bytes[7] ^= 0xff;
      writeFileSync(path, bytes);
    }
    for (let i = 0; i < 8; i++) {
      expect((await download("resource0", f.owner, f.hash)).equals(f.bytes)).to.equal(true);
      const now = await fileStatus(f.owner, f.hash);
      if (bad.some((d) => !now.slices[0].holders.includes(d.info.networkAddress))) break;
    }
    await until("slice 1 back at 3 replicas", async () => {
      const now = await fileStatus(f.owner, f.hash);
      return now.replicas[0] >= 3 && bad.some((d) => !now.slices[0].holders.includes(d.info.networkAddress)) ? true : undefined;
    }, 90_000);
    // Whatever copies are left verify: downloads keep returning the right bytes.
    expect((await download("resource0", f.owner, f.hash)).equals(f.bytes)).to.equal(true);
    // Slashing from evidence: every meta node read the damaged copy itself; all three (⌊2·3/3⌋+1)
    // saw it fail, so they co-signed one MsgSlashingResourceNode. Only damaged nodes are slashed.
    const badAddrs = bad.map((d) => d.info.networkAddress);
    const cases = await until("a slashing decided from evidence", async () => {
      const list = await evidenceCases(); // each case is kept by its collector
      return list.some((c) => c.outcome === "slashed") ? list : undefined;
    });
    const slashed = cases.filter((c) => c.outcome === "slashed");
    for (const c of slashed) {
      expect(badAddrs).to.include(c.case.node);
      expect(c.reporters).to.have.length(3);
      expect(c.observations.every((o: any) => o.result === "missing" || o.result === "corrupt"), JSON.stringify(c.observations)).to.equal(true);
      const tx = await rpc().call("tx", { hash: Buffer.from(c.tx, "hex").toString("base64") });
      expect(tx.tx_result.code).to.equal(0);
      const owner = net.daemons.find((d) => d.info.networkAddress === c.case.node)!;
      expect((await slashingDebt(wallet(owner.name))) > 0n).to.equal(true);
    }
    const intact = holders[holders.length - 1]!;
    expect(await slashingDebt(wallet(daemonOf(intact).name))).to.equal(0n);
  });

  it("keeps a copy that a false bad-copy report names, once the meta nodes read it intact; nobody is slashed", async () => {
    const f = files[0];
    const st = await fileStatus(f.owner, f.hash);
    const slice = st.slices[1] ?? st.slices[0];
    const target = slice.holders[0] as string;
    const liar = net.daemons.find((d) => d.info.kind === "resource" && d.info.networkAddress !== target && d.isRunning())!;
    // the node may carry debt from the case before (per owner); a false report adds none
    const targetOwner = wallet(net.daemons.find((d) => d.info.networkAddress === target)!.name);
    const debtBefore = await slashingDebt(targetOwner);
    const id = NodeIdentity.fromSeed(new Uint8Array(Buffer.from(readNodeKeyFile(join(liar.info.home, "p2p-key.json")).priv_key, "base64")));
    const client = new NodeClient({ identity: id });
    try {
      const ans = await client.json(metas()[0].url, "POST", "/v1/slices/bad", { owner: f.owner, fileHash: f.hash, sliceNumber: slice.number, node: target, reason: "a test's false report" });
      expect(ans.ok).to.equal(true);
    } finally {
      client.close();
    }
    const decided = await until("the false report decided", async () => (await evidenceCases()).find((x) => x.case.node === target && x.case.sliceHash === slice.hash));
    expect(decided.outcome).to.equal("intact");
    expect(decided.observations.some((o: any) => o.result === "intact")).to.equal(true);
    expect(await slashingDebt(targetOwner)).to.equal(debtBefore);
    const after = await fileStatus(f.owner, f.hash);
    expect(after.slices[slice.number - 1].holders).to.include(target);
    expect((await download("resource0", f.owner, f.hash)).equals(f.bytes)).to.equal(true);
  });

  it("moves the slices of a resource node that starts unbonding to the others", async () => {
    const f = files[0];
    const st = await fileStatus(f.owner, f.hash);
    const leaving = net.daemons.find((d) => d.info.kind === "resource" && d.name !== "resource0" && st.slices.some((s: any) => s.holders.includes(d.info.networkAddress)))!;
    const r = spawnSync(process.execPath, [resourceCli, "deactivate", "--home", leaving.info.home], { encoding: "utf8" });
    expect(r.status, r.stderr + r.stdout).to.equal(0);
    for (const g of files) {
      await until(`3 replicas of ${g.hash} on bonded nodes`, async () => {
        const s = await fileStatus(g.owner, g.hash);
        return s.replicas.every((n: number) => n === 3) && s.slices.every((sl: any) => sl.holders.filter((h: string) => h !== leaving.info.networkAddress).length >= 3) ? true : undefined;
      }, 90_000);
    }
    for (const g of files) expect((await download("resource0", g.owner, g.hash)).equals(g.bytes)).to.equal(true);
  });
});
