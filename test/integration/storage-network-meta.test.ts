// The meta nodes on a real localnet (validators + 3 meta-node daemons), driven through their HTTP
// API the way resource nodes drive it: this file plays four resource nodes (genesis nodes without a
// daemon, with their real keys) and a gateway signing for real wallets. It checks the meta-node side
// of the protocol — liveness, placement, permits, ozone, sharing, replication among meta nodes, fail-
// over, crash safety and repair scheduling — independently of the resource-node daemon.
import { expect } from "chai";
import { createServer, type Server } from "node:http";
import { randomBytes } from "node:crypto";
import { fileHash, sliceHash } from "../../chain/crypto/cid.ts";
import { deriveKey } from "../../chain/keys/hd.ts";
import { readNodeKeyFile } from "../../chain/keys/node-key.ts";
import { stratos } from "../../proto/client.ts";
import { RpcClient } from "../../chain/cli/rpc.ts";
import { NodeClient, NodeIdentity, ProtocolError, verifyPermit, type SignedPermit } from "../../meta-node/protocol/index.ts";
import { signWalletMessage, walletSignMessage } from "../../meta-node/protocol/wallet-signature.ts";
import type { Localnet, LocalnetAccount } from "../../localnet/localnet.ts";
import { join } from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { freePort } from "../helpers/localnet.ts";
import { newNodeKey } from "../../chain/keys/node-key.ts";
import { useStorageNetwork } from "../helpers/storage-network.ts";
import { pollUntil } from "../helpers/poll.ts";

const SLICE = 1024;
const now = () => Math.floor(Date.now() / 1000);

interface FakeResourceNode {
  id: NodeIdentity;
  server: Server;
  url: string;
  repairs: any[];
  beating: boolean;
}

describe("storage network: meta nodes", function () {
  this.timeout(240_000);
  const fixture = useStorageNetwork({ meta: 3, resource: 0, extraResourceNodes: 4, livenessTimeoutMs: 3_000, maintenanceIntervalMs: 300, replicas: 3 });
  let net: Localnet;
  let rns: FakeResourceNode[] = [];
  let gateway: NodeClient;
  let timer: NodeJS.Timeout | undefined;
  let user: LocalnetAccount, other: LocalnetAccount, poor: LocalnetAccount;
  const privs = new Map<string, Uint8Array>();
  /** Meta nodes started by a test itself (resource nodes heartbeat to every bonded meta node). */
  const extraMetaUrls: string[] = [];
  const metaUrls = () => net.daemons.filter((d) => d.info.kind === "meta" && d.isRunning()).map((d) => d.url);
  const metaKey = (addr: string) => {
    const d = net.metaNodes.find((m) => m.networkAddress === addr);
    return d ? new Uint8Array(Buffer.from(d.pubkey, "base64")) : undefined;
  };

  const sign = (who: LocalnetAccount, message: string) => signWalletMessage(privs.get(who.address)!, message, "secp256k1");
  const ozone = async (wallet: string, url = metaUrls()[0]) => (await (await fetch(`${url}/v1/ozone/${wallet}`)).json()) as any;

  async function prepay(who: LocalnetAccount, amount: string) {
    const before = BigInt((await ozone(who.address)).purchased);
    const r = spawnSync(process.execPath, [join(import.meta.dirname, "../../bin/stratos-chain.mjs"), "tx", "sds", "prepay", who.name, amount, "--home", net.node(0).home, "--keyring-backend", "test", "--node", net.rpcUrl(0)], { encoding: "utf8" });
    expect(r.status, r.stderr).to.equal(0);
    await waitFor("the prepay on every meta node", async () => {
      const all = await Promise.all(metaUrls().map((u) => ozone(who.address, u)));
      return all.every((o) => BigInt(o.purchased) > before) ? true : undefined;
    });
  }

  function makeFile(size: number) {
    const bytes = randomBytes(size);
    const hash = fileHash(bytes);
    const slices = [];
    for (let n = 1, off = 0; off < size || (size === 0 && false); n++, off += SLICE) {
      const part = bytes.subarray(off, Math.min(size, off + SLICE));
      slices.push({ number: n, hash: sliceHash(hash, n, part), size: part.length });
    }
    return { bytes, hash, size, slices };
  }

  async function uploadPermit(metaUrl: string, who: LocalnetAccount, f: ReturnType<typeof makeFile>, extra: Record<string, unknown> = {}) {
    const reqTime = now();
    return gateway.json(metaUrl, "POST", "/v1/upload/permit", {
      fileHash: f.hash,
      fileSize: String(f.size),
      name: `f-${f.size}.bin`,
      owner: who.address,
      sliceSize: SLICE,
      slices: f.slices,
      sequence: "0",
      reqTime,
      walletSig: sign(who, walletSignMessage.upload(f.hash, who.address, "0", reqTime)),
      ...extra,
    });
  }

  async function storeAll(metaUrl: string, sp: SignedPermit) {
    for (const s of sp.permit.slices) {
      for (const node of s.nodes) {
        const rn = rns.find((r) => r.id.address === node)!;
        await new NodeClient({ identity: rn.id }).json(metaUrl, "POST", "/v1/upload/slice-stored", { permitId: sp.permit.id, owner: sp.permit.owner, fileHash: sp.permit.fileHash, sliceNumber: s.number, sliceHash: s.hash, size: s.size });
      }
    }
  }

  async function status(f: { hash: string }, owner: string, url = metaUrls()[0]) {
    return (await (await fetch(`${url}/v1/files/${f.hash}?owner=${owner}`)).json()) as any;
  }

  const waitFor = <T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000) => pollUntil(what, probe, ms, 200);

  async function expectError(p: Promise<unknown>, status: number, code: string): Promise<ProtocolError> {
    try {
      await p;
    } catch (e) {
      expect(e).to.be.instanceOf(ProtocolError);
      expect((e as ProtocolError).status, (e as Error).message).to.equal(status);
      expect((e as ProtocolError).code, (e as Error).message).to.equal(code);
      return e as ProtocolError;
    }
    throw new Error(`expected ${status} ${code}`);
  }

  before(async function () {
    net = fixture.net;
    [user, other, poor] = net.users;
    for (const a of net.users) {
      const k = await deriveKey(a.mnemonic, a.keyType, a.hdPath);
      privs.set(a.address, k.privkey);
    }
    gateway = new NodeClient({ identity: NodeIdentity.fromKeyFile(readNodeKeyFile(join(net.dir, net.resourceNodes[0].keyFile))) });
    for (const sn of net.resourceNodes) {
      const id = NodeIdentity.fromKeyFile(readNodeKeyFile(join(net.dir, sn.keyFile)));
      const rn: FakeResourceNode = { id, server: undefined as any, url: "", repairs: [], beating: true };
      rn.server = createServer((req, res) => {
        let body = "";
        req.on("data", (c) => (body += c));
        req.on("end", () => {
          if (req.url === "/v1/repair") rn.repairs.push(JSON.parse(body));
          res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
        });
      });
      await new Promise<void>((r) => rn.server.listen(0, "127.0.0.1", () => r()));
      rn.url = `http://127.0.0.1:${(rn.server.address() as any).port}`;
      rns.push(rn);
    }
    const beat = async () => {
      for (const rn of rns.filter((r) => r.beating)) {
        const c = new NodeClient({ identity: rn.id });
        for (const u of [...metaUrls(), ...extraMetaUrls]) await c.json(u, "POST", "/v1/nodes/heartbeat", { url: rn.url, capacityBytes: 1 << 30, usedBytes: 0 }).catch(() => undefined);
        c.close();
      }
    };
    await beat();
    timer = setInterval(() => void beat(), 500);
  });

  after(async () => {
    if (timer) clearInterval(timer);
    gateway?.close();
    await Promise.all(rns.map((r) => new Promise((res) => r.server.close(res))));
  });

  it("sees the resource nodes live through their signed heartbeats, on every meta node", async () => {
    for (const u of metaUrls()) {
      const s = (await (await fetch(`${u}/v1/status`)).json()) as any;
      expect(s.ring).to.have.length(3);
      expect(s.resourceNodes.filter((r: any) => r.eligible).map((r: any) => r.address).sort()).to.deep.equal(rns.map((r) => r.id.address).sort());
    }
  });

  it("refuses a heartbeat that is not signed by a registered resource node", async () => {
    const stranger = NodeIdentity.fromSeed(randomBytes(32));
    await expectError(new NodeClient({ identity: stranger }).json(metaUrls()[0], "POST", "/v1/nodes/heartbeat", { url: "http://127.0.0.1:1", capacityBytes: 1, usedBytes: 0 }), 403, "forbidden");
    await expectError(new NodeClient({}).json(metaUrls()[0], "POST", "/v1/nodes/heartbeat", {}), 401, "unauthenticated");
  });

  it("refuses an upload without ozone up front, saying how much is missing; nothing stored or charged", async () => {
    const f = makeFile(3000);
    const e = await expectError(uploadPermit(metaUrls()[1], poor, f), 402, "insufficient_ozone");
    expect(e.message).to.match(/9000 noz/).and.match(/prepay/i);
    expect((await status(f, poor.address)).stateName).to.equal("UNKNOWN");
    expect((await ozone(poor.address)).charged).to.equal("0");
  });

  it("never lets concurrent permits at different meta nodes spend the same ozone", async () => {
    await prepay(poor, "1gwei");
    const balance = BigInt((await ozone(poor.address)).balance);
    // Files of size s charge 3s each: two fit in the balance, a third does not.
    const size = Number(balance / 6n);
    expect(size, `1gwei bought ${balance} noz`).to.be.within(1, 8 << 20);
    const files = Array.from({ length: 4 }, () => makeFile(size));
    const results = await Promise.allSettled(files.map((f, i) => uploadPermit(metaUrls()[i % 3], poor, f)));
    const refused = results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason as ProtocolError);
    expect(results.filter((r) => r.status === "fulfilled")).to.have.length(2);
    expect(refused.map((e) => e.code)).to.deep.equal(["insufficient_ozone", "insufficient_ozone"]);
    for (const u of metaUrls()) expect(BigInt((await ozone(poor.address, u)).charged)).to.equal(BigInt(size) * 6n);
  });

  it("refuses a forged wallet signature and charges nothing", async () => {
    await prepay(user, "1stos");
    const f = makeFile(1500);
    const before = await ozone(user.address);
    await expectError(uploadPermit(metaUrls()[0], user, f, { walletSig: sign(other, walletSignMessage.upload(f.hash, user.address, "0", now())) }), 401, "bad_signature");
    expect((await ozone(user.address)).charged).to.equal(before.charged);
  });

  let stored: ReturnType<typeof makeFile>;
  it("issues an upload permit (replicas on distinct nodes, signed by a bonded meta node), charges size × replicas once, and confirms on chain", async () => {
    const f = (stored = makeFile(2 * SLICE + 100));
    const before = BigInt((await ozone(user.address)).charged);
    const a = await uploadPermit(metaUrls()[0], user, f);
    const permit = verifyPermit(a.permit, { metaPublicKey: metaKey, kinds: ["upload"] });
    expect(permit.slices).to.have.length(3);
    for (const s of permit.slices) expect(new Set(s.nodes).size).to.equal(3);
    expect(BigInt((await ozone(user.address)).charged) - before).to.equal(BigInt(f.size) * 3n);
    // A retry (any meta node) gets the same permit id and is not charged again.
    const b = await uploadPermit(metaUrls()[2], user, f);
    expect(b.permit.permit.id).to.equal(permit.id);
    expect(BigInt((await ozone(user.address, metaUrls()[1])).charged) - before).to.equal(BigInt(f.size) * 3n);
    expect((await status(f, user.address)).stateName).to.equal("UPLOADING");
    // A registered resource node the permit did not name cannot claim a slice (nor be paid to serve it).
    const outsider = rns.find((r) => !permit.slices[0].nodes.includes(r.id.address))!;
    const s0 = permit.slices[0];
    await expectError(
      new NodeClient({ identity: outsider.id }).json(metaUrls()[1], "POST", "/v1/upload/slice-stored", { permitId: permit.id, owner: permit.owner, fileHash: permit.fileHash, sliceNumber: s0.number, sliceHash: s0.hash, size: s0.size }),
      403,
      "not_a_destination",
    );
    expect((await status(f, user.address)).slices[0].holders).to.not.include(outsider.id.address);
    await storeAll(metaUrls()[1], a.permit);
    const st = await waitFor("FINISHED", async () => {
      const s = await status(f, user.address, metaUrls()[2]);
      return s.stateName === "FINISHED" ? s : undefined;
    });
    expect(st.replicas).to.deep.equal([3, 3, 3]);
    const raw = await new RpcClient(net.rpcUrl(0)).query("/stratos.sds.v1.Query/Fileupload", stratos.sds.v1.QueryFileUploadRequest.encode({ fileHash: f.hash }).finish());
    expect(stratos.sds.v1.QueryFileUploadResponse.decode(raw).fileInfo?.uploader).to.equal(user.address);
  });

  it("answers the same file from the same owner as a free no-op", async () => {
    const before = (await ozone(user.address)).charged;
    const r = await uploadPermit(metaUrls()[1], user, stored);
    expect(r.state).to.equal("exists");
    expect((await ozone(user.address)).charged).to.equal(before);
  });

  it("gives the owner a download permit (charged once), refuses another wallet, and lets it in through a share link", async () => {
    const t = now();
    const before = BigInt((await ozone(user.address)).charged);
    const d = await gateway.json(metaUrls()[2], "POST", "/v1/download/permit", { fileHash: stored.hash, owner: user.address, wallet: user.address, sequence: "0", reqTime: t, walletSig: sign(user, walletSignMessage.download(stored.hash, user.address, "0", t)) });
    const p = verifyPermit(d.permit, { metaPublicKey: metaKey, kinds: ["download"] });
    expect(p.receiver).to.equal(user.address);
    expect(p.slices.every((s) => s.nodes.length === 3)).to.equal(true);
    expect(BigInt((await ozone(user.address)).charged) - before).to.equal(BigInt(stored.size));

    await prepay(other, "1stos");
    await expectError(
      gateway.json(metaUrls()[0], "POST", "/v1/download/permit", { fileHash: stored.hash, owner: user.address, wallet: other.address, sequence: "0", reqTime: t, walletSig: sign(other, walletSignMessage.download(stored.hash, other.address, "0", t)) }),
      403,
      "forbidden",
    );
    const share = await gateway.json(metaUrls()[0], "POST", "/v1/shares/create", { owner: user.address, fileHash: stored.hash, duration: 3600, private: true, reqTime: t, walletSig: sign(user, walletSignMessage.share(stored.hash, user.address, t)) });
    expect(share.password).to.have.length.greaterThan(0);
    await expectError(
      gateway.json(metaUrls()[1], "POST", "/v1/download/permit", { shareLink: share.shareLink, password: "wrong", wallet: other.address, sequence: "0", reqTime: t, walletSig: sign(other, walletSignMessage.getShared(share.shareLink, other.address, "0", t)) }),
      403,
      "forbidden",
    );
    const otherBefore = BigInt((await ozone(other.address)).charged);
    const sd = await gateway.json(metaUrls()[1], "POST", "/v1/download/permit", { shareLink: share.shareLink, password: share.password, wallet: other.address, sequence: "0", reqTime: t, walletSig: sign(other, walletSignMessage.getShared(share.shareLink, other.address, "0", t)) });
    expect(sd.permit.permit.payer).to.equal(other.address);
    expect(BigInt((await ozone(other.address)).charged) - otherBefore).to.equal(BigInt(stored.size));
  });

  it("keeps working with one meta node down, and a kill -9 during an upload loses nothing and charges once", async () => {
    const f = makeFile(SLICE * 3);
    const before = BigInt((await ozone(user.address)).charged);
    const meta0 = net.daemon("meta0");
    const a = await uploadPermit(meta0.url, user, f);
    // Half the slices stored, then meta0 dies without any shutdown code.
    const half = { ...a.permit, permit: { ...a.permit.permit, slices: a.permit.permit.slices.slice(0, 1) } };
    await storeAll(meta0.url, half);
    await meta0.kill9();
    try {
      const others = metaUrls();
      expect(others).to.have.length(2);
      // The retried upload, at another meta node: same permit, no new charge; it completes.
      const b = await uploadPermit(others[0], user, f);
      expect(b.permit.permit.id).to.equal(a.permit.permit.id);
      await storeAll(others[1], b.permit);
      expect(BigInt((await ozone(user.address, others[1])).charged) - before).to.equal(BigInt(f.size) * 3n);
      await waitFor("CONFIRMING or FINISHED", async () => {
        const s = await status(f, user.address, others[0]);
        return s.state === 3 || s.state === 4 ? s : undefined;
      });
      // Earlier files are still indexed and downloadable with meta0 down.
      const t = now();
      const d = await gateway.json(others[1], "POST", "/v1/download/permit", { fileHash: stored.hash, owner: user.address, wallet: user.address, sequence: "0", reqTime: t, walletSig: sign(user, walletSignMessage.download(stored.hash, user.address, "0", t)) });
      expect(d.permit.permit.slices).to.have.length(3);
    } finally {
      await meta0.start();
    }
    // After its restart meta0 has caught up (replication hints) and agrees.
    await waitFor("meta0 to agree", async () => {
      const s = await status(f, user.address, meta0.url);
      return s.state === 3 ? s : undefined;
    });
    // Same ledger everywhere: the upload charged once, plus the one download made while meta0 was down.
    const ledgers = await Promise.all(metaUrls().map((u) => ozone(user.address, u)));
    expect(new Set(ledgers.map((l) => l.charged)).size).to.equal(1);
    // The restarted follower resumed from its cursor: every prepay counted exactly once there too.
    expect(new Set(ledgers.map((l) => l.purchased)).size).to.equal(1);
    expect(BigInt(ledgers[0].charged) - before).to.equal(BigInt(f.size) * 3n + BigInt(stored.size));
  });

  it("schedules repair permits to other live nodes when a holder stops answering, until the replica count is back", async () => {
    const victim = rns[0];
    const files = [stored];
    const holdsSomething = (await status(stored, user.address)).slices.some((s: any) => s.holders.includes(victim.id.address));
    expect(holdsSomething, "with 4 nodes and 3 replicas every node holds slices of a 3-slice file").to.equal(true);
    // Only repairs of this file issued once the victim is silent: earlier tests leave repair permits of
    // their own (unfinished uploads) that may name the victim as a source while it was still live.
    for (const r of rns) r.repairs.length = 0;
    victim.beating = false;
    // Repairs come slice by slice (each slice's meta node schedules its own), so every poll handles the
    // permits that appeared since the last one, until each slice is back at 3 replicas.
    const handled = new Set<unknown>();
    const handleNewRepairs = async () => {
      const fresh = rns.filter((r) => r !== victim).flatMap((r) => r.repairs.filter((x) => x.permit?.permit?.fileHash === stored.hash && !handled.has(x)).map((x) => ({ r, x })));
      for (const { r, x } of fresh) {
        handled.add(x);
        const p = verifyPermit(x.permit, { metaPublicKey: metaKey, kinds: ["repair"] });
        expect(p.receiver).to.equal(r.id.address);
        for (const slice of p.slices) {
          expect(slice.nodes).to.not.include(victim.id.address);
          // The destination "copies" the slice and reports it, as the resource node does after POST /v1/repair.
          await new NodeClient({ identity: r.id }).json(metaUrls()[0], "POST", "/v1/upload/slice-stored", { permitId: p.id, owner: p.owner, fileHash: p.fileHash, sliceNumber: slice.number, sliceHash: slice.hash, size: slice.size });
        }
      }
    };
    await waitFor("repair permits", async () => {
      await handleNewRepairs();
      return handled.size > 0 ? true : undefined;
    });
    await waitFor("3 live replicas again", async () => {
      await handleNewRepairs();
      const s = await status(files[0], user.address);
      return s.replicas.every((n: number) => n === 3) ? s : undefined;
    });
    victim.beating = true;
  });

  const metaCli = join(import.meta.dirname, "../../bin/meta-node.mjs");
  const chainCli = join(import.meta.dirname, "../../bin/stratos-chain.mjs");
  const run = (bin: string, args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

  it("sets the effective deposit of a newly registered resource node (one meta node reports it)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rn-key-"));
    try {
      const keyFile = join(dir, "node.json");
      writeFileSync(keyFile, JSON.stringify(newNodeKey()));
      const key = readNodeKeyFile(keyFile);
      const r = run(chainCli, ["tx", "register", "create-resource-node", other.name, "2stos", "--node-key", keyFile, "--moniker", "late", "--home", net.node(0).home, "--keyring-backend", "test", "--node", net.rpcUrl(0)]);
      expect(r.status, r.stderr + r.stdout).to.equal(0);
      const rpc = new RpcClient(net.rpcUrl(0));
      const pb = stratos.register.v1;
      const node = await waitFor("the effective deposit", async () => {
        const n = pb.QueryResourceNodeResponse.decode(await rpc.query("/stratos.register.v1.Query/ResourceNode", pb.QueryResourceNodeRequest.encode({ networkAddr: key.network_address }).finish())).node!;
        return n.effectiveTokens !== "0" && !n.suspend ? n : undefined;
      }, 60_000);
      expect(node.effectiveTokens).to.equal((2n * 10n ** 18n).toString());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a new meta node: init, register (BLS key + PoP, website = its URL), voted in with 'meta-node vote', joins the ring and serves", async () => {
    const home = mkdtempSync(join(tmpdir(), "meta-join-"));
    const joiner = net.users[2];
    const port = await freePort();
    let child: ChildProcess | undefined;
    try {
      const mf = join(home, "mnemonic");
      writeFileSync(mf, joiner.mnemonic);
      const nodeHome = join(home, "node");
      const init = run(metaCli, ["init", "--home", nodeHome, "--chain-rpc", net.rpcUrl(0), "--port", String(port), "--mnemonic-file", mf, "--liveness-timeout-ms", "3000", "--maintenance-interval-ms", "300"]);
      expect(init.status, init.stderr).to.equal(0);
      const addr = JSON.parse(init.stdout).network_address as string;
      expect(JSON.parse(init.stdout).wallet).to.equal(joiner.address);
      const reg = run(metaCli, ["register", "50stos", "--home", nodeHome]);
      expect(reg.status, reg.stderr + reg.stdout).to.equal(0);
      // Bad input: an unknown candidate, a wrong opinion.
      expect(run(metaCli, ["vote", addr, "maybe", "--home", net.daemon("meta0").info.home]).status).to.equal(2);
      for (const m of ["meta0", "meta1", "meta2"]) {
        let v = run(metaCli, ["vote", addr, "yes", "--home", net.daemon(m).info.home]);
        if (v.status !== 0) v = run(metaCli, ["vote", addr, "yes", "--home", net.daemon(m).info.home]); // the daemon may have used the sequence
        expect(v.status, v.stderr + v.stdout).to.equal(0);
      }
      child = spawn(process.execPath, [metaCli, "start", "--home", nodeHome], { stdio: "ignore" });
      const started = child;
      process.once("exit", () => started.exitCode === null && started.kill("SIGKILL")); // also when mocha times the test out
      const url = `http://127.0.0.1:${port}`;
      extraMetaUrls.push(url);
      await waitFor("every meta node to have 4 in its ring", async () => {
        const all = await Promise.all([...metaUrls(), url].map((u) => fetch(`${u}/v1/status`).then((r) => r.json() as any).catch(() => undefined)));
        return all.every((st) => st && st.ring.length === 4 && st.ring.includes(addr)) ? true : undefined;
      }, 60_000);
      // Its chain record carries the URL and the BLS key; it answers for old files and issues permits the others' receivers accept.
      const s = (await (await fetch(`${url}/v1/status`)).json()) as any;
      expect(s.registered.url).to.equal(url);
      expect((await status(stored, user.address, url)).stateName).to.equal("FINISHED");
      await waitFor("the resource nodes to be live at the new meta node", async () => {
        const st = (await (await fetch(`${url}/v1/status`)).json()) as any;
        return st.resourceNodes.filter((r: any) => r.eligible).length >= 3 ? true : undefined;
      });
      const f = makeFile(SLICE + 1);
      const a = await uploadPermit(url, user, f);
      expect(a.permit.permit.meta).to.equal(addr);
      const pub = new Uint8Array(Buffer.from(s.registered.pubkey, "base64"));
      verifyPermit(a.permit, { metaPublicKey: (m) => (m === addr ? pub : metaKey(m)), kinds: ["upload"] });
      await waitFor("replication to settle", async () => {
        const all = await Promise.all([...metaUrls(), url].map((u) => fetch(`${u}/v1/status`).then((r) => r.json() as any)));
        return all.every((st) => st.pendingReplication === 0) ? true : undefined;
      });
    } finally {
      if (child && child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((r) => child!.once("exit", r));
      }
      rmSync(home, { recursive: true, force: true });
    }
  });
});
