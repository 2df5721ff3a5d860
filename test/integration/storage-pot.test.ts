// Proof of Traffic end to end on a real localnet: validators, 4 meta-node daemons (quorum
// floor(2·4/3)+1 = 3, so one may be down) and 3 resource-node daemons. Downloads through the
// resource nodes' local API produce wallet-signed receipts, downloads through Stratos' user_* JSON-RPC
// (an unmodified client) relay receipts signed by the gateway; the meta nodes report each epoch once
// with a BLS quorum; `meta-node audit` checks the report; rewards mature and are withdrawn; repair
// copies are paid from copy receipts the receiving node signs with its P2P key; copy records are
// dropped once their epoch is reported.
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { readNodeKeyFile } from "../../chain/keys/node-key.ts";
import { RpcClient } from "../../chain/cli/rpc.ts";
import type { Localnet } from "../../localnet/localnet.ts";
import { NodeClient, NodeIdentity, ProtocolError } from "../../meta-node/protocol/index.ts";
import { signNodeReceipt, signReceipt, type SignedReceipt } from "../../meta-node/protocol/receipt.ts";
import { signWalletMessage } from "../../meta-node/protocol/wallet-signature.ts";
import { stratos } from "../../proto/client.ts";
import { MetaStore } from "../../meta-node/store.ts";
import { TEST_STORAGE, useStorageNetwork } from "../helpers/storage-network.ts";
import { StratosRpcClient } from "../helpers/stratos-rpc-client.ts";
import { derivedId } from "../../meta-node/net.ts";
import { walletSignMessage } from "../../meta-node/protocol/wallet-signature.ts";
import { pollUntil } from "../helpers/poll.ts";

const SLICE = TEST_STORAGE.sliceSize;
const resourceCli = join(import.meta.dirname, "../../bin/resource-node.mjs");
const metaCli = join(import.meta.dirname, "../../bin/meta-node.mjs");

describe("Proof of Traffic: receipts, one co-signed report per epoch, audit, rewards", function () {
  this.timeout(300_000);
  const fixture = useStorageNetwork({
    meta: 4,
    resource: 3,
    // a grace long enough for a loaded CI machine to hand in the receipts of the last downloads
    epochBlocks: 30,
    epochGraceBlocks: 25,
    reporterFailoverBlocks: 10,
    genesisPatch: (g) => {
      const pot = (g.app_state.pot ??= {});
      pot.params = { ...(pot.params ?? {}), mature_epoch: "1" };
    },
  });
  let net: Localnet;
  let rpc: RpcClient;

  const home = (n: string) => net.daemon(n).info.home;
  const wallet = (rn: string) => JSON.parse(readFileSync(join(home(rn), "wallet.json"), "utf8")).address as string;
  const token = (rn: string) => readFileSync(join(home(rn), "api-token"), "utf8").trim();
  const metas = () => net.daemons.filter((d) => d.info.kind === "meta" && d.isRunning());
  const resources = ["resource0", "resource1", "resource2"];

  const until = <T>(what: string, probe: () => Promise<T | undefined>, ms = 90_000) => pollUntil(what, probe, ms, 300);

  function cli(bin: string, args: string[]) {
    return spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
  }

  async function upload(rn: string, bytes: Buffer): Promise<string> {
    const res = await fetch(`${net.daemon(rn).url}/api/v1/upload?name=f.bin`, { method: "PUT", headers: { authorization: `Bearer ${token(rn)}`, "content-length": String(bytes.length) }, body: bytes });
    const last = JSON.parse((await res.text()).trim().split("\n").pop()!);
    if (!last.result) throw new Error(`upload: ${JSON.stringify(last)}`);
    return last.result.fileHash;
  }

  /** Downloads through `rn` (its own wallet) and returns which node served how many bytes. */
  async function download(rn: string, owner: string, hash: string, expected: Buffer): Promise<{ node: string; bytes: number }[]> {
    const d = net.daemon(rn);
    const res = await fetch(`${d.url}/api/v1/download?handle=${encodeURIComponent(`sdm://${owner}/${hash}`)}`, { headers: { authorization: `Bearer ${token(rn)}` } });
    const buf = Buffer.from(await res.arrayBuffer());
    expect(res.status, buf.toString().slice(0, 300)).to.equal(200);
    expect(buf.equals(expected)).to.equal(true);
    const permitId = res.headers.get("x-permit-id")!;
    const r = await until("the download result", async () => {
      const x = await fetch(`${d.url}/api/v1/downloads/${permitId}`, { headers: { authorization: `Bearer ${token(rn)}` } });
      return x.ok ? ((await x.json()) as any) : undefined;
    });
    return r.servedBy;
  }

  async function meta(path: string, m = metas()[0]!): Promise<any> {
    // once more on a dead keep-alive socket: a spawnSync (the audit CLI) blocks this process while the
    // server closes idle connections, and fetch would reuse one it has not seen closed yet
    const r = await fetch(m.url + path).catch(() => fetch(m.url + path));
    return r.json();
  }

  /** Every MsgVolumeReport committed on chain. */
  async function reportsOnChain(): Promise<{ epoch: number; reporter: string; signers: number; volumes: Map<string, bigint>; reference: string }[]> {
    const r = await rpc.call("tx_search", { query: "stratos.pot.v1.EventVolumeReport.epoch EXISTS", per_page: "100", page: "1" });
    const out = [];
    for (const t of r.txs ?? []) {
      if (Number(t.tx_result.code) !== 0) continue;
      const body = TxBody.decode(TxRaw.decode(Buffer.from(t.tx, "base64")).bodyBytes);
      for (const m of body.messages) {
        if (m.typeUrl !== "/stratos.pot.v1.MsgVolumeReport") continue;
        const v = stratos.pot.v1.MsgVolumeReport.decode(m.value);
        out.push({ epoch: Number(v.epoch), reporter: v.reporter, signers: v.BLSSignature?.pubKeys?.length ?? 0, reference: v.reportReference, volumes: new Map((v.walletVolumes ?? []).map((w) => [w.walletAddress, BigInt(w.volume)])) });
      }
    }
    return out.sort((a, b) => a.epoch - b.epoch);
  }

  async function rewards(w: string) {
    const pot = stratos.pot.v1;
    const r = pot.QueryRewardsByWalletResponse.decode(await rpc.query("/stratos.pot.v1.Query/RewardsByWallet", pot.QueryRewardsByWalletRequest.encode({ walletAddress: w }).finish())).rewards as any;
    const wei = (l: any[]) => BigInt((l ?? []).find((c) => c.denom === "wei")?.amount ?? 0);
    return { mature: wei(r?.matureTotalReward), immature: wei(r?.immatureTotalReward) };
  }

  async function balance(addr: string): Promise<bigint> {
    const bank = await import("cosmjs-types/cosmos/bank/v1beta1/query");
    const raw = await rpc.query("/cosmos.bank.v1beta1.Query/Balance", bank.QueryBalanceRequest.encode({ address: addr, denom: "wei" }).finish());
    return BigInt(bank.QueryBalanceResponse.decode(raw).balance?.amount ?? "0");
  }

  const metaKey = (mn: string) => NodeIdentity.fromSeed(new Uint8Array(Buffer.from(readNodeKeyFile(join(home(mn), "p2p-key.json")).priv_key, "base64")));
  const nodeKey = (rn: string) => NodeIdentity.fromSeed(new Uint8Array(Buffer.from(readNodeKeyFile(join(home(rn), "p2p-key.json")).priv_key, "base64")));
  const nodeWallet = new Map<string, string>(); // stsds → st1 (owner)
  const expected = new Map<string, bigint>(); // wallet → bytes really served (all reported epochs)
  const credit = (served: { node: string; bytes: number }[]) => {
    for (const s of served) {
      const w = nodeWallet.get(s.node)!;
      expected.set(w, (expected.get(w) ?? 0n) + BigInt(s.bytes));
    }
  };
  const files: { owner: string; rn: string; hash: string; bytes: Buffer }[] = [];
  // an unmodified Stratos client's wallet: uploads through resource2's /rpc, downloads through resource1's
  const clientKey = randomBytes(32);
  const rpcClient = (rn: string, clock?: () => number) => new StratosRpcClient(`${net.daemon(rn).url}/rpc`, clientKey, clock);
  /** user_* downloads: permit id, gateway, which holder served each slice (the gateway's own log) */
  const relayed: { permit: string; gateway: string; servedBy: { slice: number; node: string; bytes: number }[] }[] = [];
  let firstReport: Awaited<ReturnType<typeof reportsOnChain>>[number];

  before(async function () {
    net = fixture.net;
    rpc = new RpcClient(net.node(0).rpcUrl);
    for (const rn of resources) {
      const st = await until(`${rn}'s status`, async () => {
        const r = await fetch(`${net.daemon(rn).url}/v1/status`, { signal: AbortSignal.timeout(20_000) });
        return r.ok ? ((await r.json()) as any) : undefined;
      });
      nodeWallet.set(st.address, st.wallet);
      const r = cli(resourceCli, ["prepay", "1stos", "--home", home(rn)]);
      expect(r.status, r.stderr + r.stdout).to.equal(0);
    }
    const client = rpcClient("resource2").address;
    const r = cli(resourceCli, ["prepay", "1stos", "--beneficiary", client, "--home", home("resource0")]);
    expect(r.status, r.stderr + r.stdout).to.equal(0);
    for (const w of [wallet("resource0"), wallet("resource1"), client]) {
      await until("the prepay at the meta nodes", async () => (BigInt((await meta(`/v1/ozone/${w}`)).purchased) > 0n ? true : undefined));
    }
  });

  /**
   * Downloads through `rn`'s user_* JSON-RPC as the unmodified client does; the permit id follows from
   * the signed request (PROTOCOL.md), so the gateway's own log says which holder served which slice.
   */
  async function rpcDownload(rn: string, owner: string, hash: string, expected: Buffer) {
    const t = Math.floor(Date.now() / 1000);
    const c = rpcClient(rn, () => t);
    const sn = (await c.getOzone()).sequencynumber ?? "";
    const got = await c.get(`sdm://${owner}/${hash}`);
    expect(got.final, JSON.stringify(got.final)).to.deep.equal({ return: "0" });
    expect(got.data.equals(expected)).to.equal(true);
    const permit = derivedId("download", c.address, walletSignMessage.download(hash, c.address, sn, t));
    const r = await until("the relayed download's result", async () => {
      const x = await fetch(`${net.daemon(rn).url}/api/v1/downloads/${permit}`, { headers: { authorization: `Bearer ${token(rn)}` } });
      return x.ok ? ((await x.json()) as any) : undefined;
    });
    const d = { permit, gateway: net.daemon(rn).info.networkAddress!, servedBy: r.servedBy as { slice: number; node: string; bytes: number }[] };
    relayed.push(d);
    return d;
  }

  it("counts what each node really served: one MsgVolumeReport with a BLS quorum, the audit passes", async () => {
    for (const [rn, size] of [["resource0", 3 * SLICE + 77], ["resource1", 2 * SLICE]] as const) {
      const bytes = randomBytes(size);
      const hash = await upload(rn, bytes);
      files.push({ owner: wallet(rn), rn, hash, bytes });
    }
    // The uploading gateway sent each replica it did not keep itself: each destination's copy receipt credits it.
    let copyReceipts = 0;
    for (const f of files) {
      const st = await until("FINISHED", async () => {
        const s = await meta(`/v1/files/${f.hash}?owner=${f.owner}`);
        return s.stateName === "FINISHED" ? s : undefined;
      });
      const gateway = net.daemon(f.rn).info.networkAddress!;
      for (const s of st.slices) {
        const others = (s.holders as string[]).filter((h) => h !== gateway);
        credit(others.map(() => ({ node: gateway, bytes: s.size })));
        copyReceipts += others.length;
      }
    }
    expect(copyReceipts).to.be.at.least(2 * (4 + 2)); // 3 replicas, at most one kept by the gateway
    // an unmodified Stratos client uploads through resource2's user_* API
    const rpcBytes = randomBytes(3 * SLICE + 5);
    const up = await rpcClient("resource2").put(rpcBytes, "rpc.bin", { timeoutMs: 120_000 });
    expect(up.final, JSON.stringify(up.results.slice(-3))).to.include({ return: "0" });
    const rpcSt = await meta(`/v1/files/${up.fileHash}?owner=${rpcClient("resource2").address}`);
    const gw2 = net.daemon("resource2").info.networkAddress!;
    for (const s of rpcSt.slices) {
      const others = (s.holders as string[]).filter((h) => h !== gw2);
      credit(others.map(() => ({ node: gw2, bytes: s.size })));
      copyReceipts += others.length;
    }
    const uploaded = [...expected.values()].reduce((a, b) => a + b, 0n);
    for (const f of files) credit(await download(f.rn, f.owner, f.hash, f.bytes));
    credit(await download("resource0", files[0]!.owner, files[0]!.hash, files[0]!.bytes));
    // ... and downloads it through resource1's: the gateway signs a relay receipt per slice another
    // holder served it (a slice it served itself proves nothing and is not paid). Every node holds every
    // slice here, so download again until some slice came from another holder.
    let relayReceipts = 0;
    for (let i = 0; i < 4 && relayReceipts === 0; i++) {
      const d = await rpcDownload("resource1", rpcClient("resource1").address, up.fileHash, rpcBytes);
      const paid = d.servedBy.filter((s) => s.node !== d.gateway);
      credit(paid);
      relayReceipts += paid.length;
      if (relayReceipts === 0) await new Promise((r) => setTimeout(r, 1100)); // a new req_time: a new request
    }
    expect(relayReceipts).to.be.greaterThan(0);
    const total = [...expected.values()].reduce((a, b) => a + b, 0n);
    const relayedBytes = relayed.flatMap((d) => d.servedBy.filter((s) => s.node !== d.gateway)).reduce((a, s) => a + BigInt(s.bytes), 0n);
    expect(total - uploaded).to.equal(BigInt(2 * files[0]!.bytes.length + files[1]!.bytes.length) + relayedBytes);
    const reports = await until("a volume report on chain", async () => {
      const r = await reportsOnChain();
      const sum = r.flatMap((x) => [...x.volumes.values()]).reduce((a, b) => a + b, 0n);
      return sum >= total ? r : undefined;
    });
    // the downloads may straddle an epoch boundary: one report per epoch, never one epoch twice
    expect(new Set(reports.map((r) => r.epoch)).size).to.equal(reports.length);
    firstReport = reports[0]!;
    const sum = new Map<string, bigint>();
    for (const r of reports) {
      expect(r.signers).to.be.at.least(3); // floor(2·4/3)+1
      for (const [w, v] of r.volumes) sum.set(w, (sum.get(w) ?? 0n) + v);
    }
    expect(Object.fromEntries([...sum].map(([k, v]) => [k, v.toString()]))).to.deep.equal(Object.fromEntries([...expected].filter(([, v]) => v > 0n).map(([k, v]) => [k, v.toString()])));
    // the audit, from the chain and any meta node
    let receipts = 0;
    for (const r of reports) {
      for (const m of [metas()[0]!, metas()[3]!]) {
        const a = cli(metaCli, ["audit", String(r.epoch), "--chain-rpc", net.node(0).rpcUrl, "--meta", m.url]);
        expect(a.status, a.stderr + a.stdout).to.equal(0);
        const out = JSON.parse(a.stdout);
        expect(out.ok).to.equal(true);
        if (m === metas()[0]) receipts += out.receipts;
      }
    }
    expect(receipts).to.equal(4 + 2 + 4 + copyReceipts + relayReceipts);
    // the relay receipts on chain's side: v 3, signed by the gateway the client went through
    const held = (await meta(`/v1/pot/receipts?from=0&to=1000000&limit=1000`)).receipts.map((x: any) => x.r.receipt);
    expect(held.filter((r: any) => r.v === 3 && r.gateway === relayed[0]!.gateway && r.file === up.fileHash)).to.have.length(relayReceipts);
    // the upload copies' records c/<dest>/<upload permit> are dropped at every meta node once their epoch is reported
    const copyKeys = [...files.map((f) => ({ f, owner: f.owner })), { f: { hash: up.fileHash }, owner: rpcClient("resource2").address }];
    const permits = await Promise.all(copyKeys.map(async (k) => (await meta(`/v1/files/${k.f.hash}?owner=${k.owner}`)).permitId as string));
    expect(permits.every((p) => /^[0-9a-f]{32}$/.test(p))).to.equal(true);
    for (const m of metas()) {
      const client = new NodeClient({ identity: metaKey(m.name) });
      try {
        await until(`copy records dropped at ${m.name}`, async () => {
          for (const rn of resources) {
            const recs = (await client.json(m.url, "GET", `/v1/meta/records?prefix=${encodeURIComponent(`c/${nodeKey(rn).address}/`)}`)).records as { key: string; rec: any }[];
            if (recs.some((r) => permits.includes(r.key.split("/")[2]!))) return undefined;
          }
          return true;
        });
      } finally {
        client.close();
      }
    }
    // rewards are immature until a later epoch is reported
    const rw = await rewards([...firstReport.volumes.keys()][0]!);
    expect(rw.immature > 0n).to.equal(true);
  });

  it("gives no credit for fabricated or replayed receipts, and says why", async () => {
    // resource2 as a test double: it signs receipts with its own wallet for a download it never served
    // to that wallet, and replays a real receipt as if it had served it.
    const rn = "resource2";
    const id = NodeIdentity.fromSeed(new Uint8Array(Buffer.from(readNodeKeyFile(join(home(rn), "p2p-key.json")).priv_key, "base64")));
    const mn = JSON.parse(readFileSync(join(home(rn), "wallet.json"), "utf8"));
    const { deriveKey } = await import("../../chain/keys/hd.ts");
    const dk = await deriveKey(mn.mnemonic, mn.keyType, mn.hdPath);
    const real = await meta(`/v1/pot/receipts?from=0&to=1000000`);
    // a real receipt of a slice another node served
    const sample: SignedReceipt = real.receipts.map((x: any) => x.r).find((r: SignedReceipt) => r.receipt.v === 1 && r.receipt.server !== id.address);
    const forged = signReceipt({ ...sample.receipt, server: id.address, nonce: randomBytes(8).toString("hex") }, (m) => signWalletMessage(dk.privkey, m, mn.keyType));
    const wrongKey = { receipt: { ...sample.receipt, server: id.address }, sig: sample.sig };
    const replay = { receipt: sample.receipt, sig: sample.sig };
    const client = new NodeClient({ identity: id });
    try {
      const ans = await client.json(metas()[0]!.url, "POST", "/v1/pot/receipts", { receipts: [forged, wrongKey, replay] });
      expect(ans.accepted).to.equal(0);
      expect(ans.rejected.map((r: any) => r.reason)).to.satisfy((l: string[]) => l.length === 3);
      expect(ans.rejected[0].reason).to.match(/signed by .* not by its receiver|charged no ozone|not for/);
      expect(ans.rejected[1].reason).to.match(/signature/);
      expect(ans.rejected[2].reason).to.match(/handed in by their serving node/);
    } catch (e) {
      if (e instanceof ProtocolError) throw new Error(e.message);
      throw e;
    } finally {
      client.close();
    }
    const st = await meta(`/v1/pot/nodes/${id.address}`);
    const credited = st.epochs.filter((e: any) => e.reportedIn === null).reduce((s: bigint, e: any) => s + BigInt(e.bytes), 0n);
    expect(credited).to.equal(0n);

    // Relay receipts of the user_* download: replayed by its serving node, re-signed by the gateway,
    // signed by a node that is not the permit's gateway, or by the gateway for a slice "it served itself".
    const d = relayed.find((x) => x.servedBy.some((s) => s.node !== x.gateway))!;
    const relay: SignedReceipt = real.receipts.map((x: any) => x.r).find((r: SignedReceipt) => r.receipt.v === 3 && r.receipt.permit === d.permit);
    expect(relay, "the relay receipt is held").to.not.equal(undefined);
    const byAddr = (a: string) => resources.find((r) => nodeKey(r).address === a)!;
    const gw = nodeKey(byAddr(relay.receipt.gateway!));
    const other = nodeKey(resources.find((r) => nodeKey(r).address !== relay.receipt.gateway && nodeKey(r).address !== relay.receipt.server)!);
    const nonce = () => randomBytes(8).toString("hex");
    const server = new NodeClient({ identity: nodeKey(byAddr(relay.receipt.server)) });
    const gateway = new NodeClient({ identity: gw });
    try {
      const a = await server.json(metas()[1]!.url, "POST", "/v1/pot/receipts", {
        receipts: [
          relay, // replayed as it is
          signNodeReceipt({ ...relay.receipt, nonce: nonce() }, gw), // re-signed: the slot is taken
          signNodeReceipt({ ...relay.receipt, gateway: other.address, nonce: nonce() }, other), // not the permit's gateway
        ],
      });
      expect(a.accepted).to.equal(0);
      expect(a.duplicates).to.equal(1);
      expect(a.rejected.map((r: any) => r.index)).to.deep.equal([1, 2]);
      expect(a.rejected[0].reason).to.match(/has a receipt already/);
      expect(a.rejected[1].reason).to.match(/was asked for by .* only that gateway's relay receipts count/);
      const self = await gateway.json(metas()[2]!.url, "POST", "/v1/pot/receipts", { receipts: [signNodeReceipt({ ...relay.receipt, server: gw.address, slice: relay.receipt.slice, nonce: nonce() }, gw)] });
      expect(self.accepted).to.equal(0);
      expect(self.rejected[0].reason).to.match(/served itself/);
    } catch (e) {
      if (e instanceof ProtocolError) throw new Error(e.message);
      throw e;
    } finally {
      server.close();
      gateway.close();
    }
    // nothing of it is credited anywhere
    for (const rn of resources) {
      const t = await meta(`/v1/pot/nodes/${nodeKey(rn).address}`, metas()[1]!);
      expect(t.epochs.filter((e: any) => e.reportedIn === null).reduce((s: bigint, e: any) => s + BigInt(e.bytes), 0n), rn).to.equal(0n);
    }
  });

  it("when the epoch's reporter is stopped, the next one reports it, once; matured rewards are withdrawn to the wei", async function () {
    const before = (await reportsOnChain()).length;
    const st = await meta("/v1/pot/status");
    // downloads in this epoch; its first reporter is stopped before the epoch closes
    const epoch: number = st.currentEpoch;
    const bonded = (await meta("/v1/status")).metaNodes.filter((m: any) => m.bonded).map((m: any) => m.address as string);
    const rank = (a: string) => createHash("sha256").update(`${epoch}\n${a}`).digest("hex");
    const order = [...bonded].sort((a, b) => (rank(a) < rank(b) ? -1 : 1));
    const first = net.daemons.find((d) => d.info.networkAddress === order[0])!;
    const served = await download("resource1", files[1]!.owner, files[1]!.hash, files[1]!.bytes);
    const perm = (await meta("/v1/pot/status")).currentEpoch;
    if (perm !== epoch) this.skip(); // the epoch turned during the download; its reporter is another one
    await first.stop();
    try {
      const reports = await until("the next reporter's report", async () => {
        const r = await reportsOnChain();
        return r.length > before ? r : undefined;
      }, 120_000);
      expect(reports).to.have.length(before + 1);
      const rep = reports[reports.length - 1]!;
      expect(rep.epoch).to.equal(epoch);
      expect(rep.reporter).to.equal(order[1]);
      const exp = new Map<string, bigint>();
      for (const s of served) exp.set(nodeWallet.get(s.node)!, (exp.get(nodeWallet.get(s.node)!) ?? 0n) + BigInt(s.bytes));
      expect(Object.fromEntries([...rep.volumes].map(([k, v]) => [k, v.toString()]))).to.deep.equal(Object.fromEntries([...exp].map(([k, v]) => [k, v.toString()])));
    } finally {
      await first.start();
    }
    // epoch 1's rewards are mature now (mature_epoch 1): withdraw them to a fresh address, to the wei
    const w = [...firstReport.volumes.keys()][0]!;
    const rn = resources.find((r) => wallet(r) === w)!;
    const m = await until("mature rewards", async () => {
      const r = await rewards(w);
      return r.mature > 0n ? r.mature : undefined;
    });
    const { toBech32 } = await import("../../chain/crypto/bech32.ts");
    const to = toBech32("st", randomBytes(20));
    const b0 = await balance(to);
    const r = cli(resourceCli, ["withdraw", `${m}wei`, "--target", to, "--home", home(rn)]);
    expect(r.status, r.stderr + r.stdout).to.equal(0);
    expect((await balance(to)) - b0).to.equal(m);
    expect((await rewards(w)).mature).to.equal(0n);
  });

  it("counts repair copies from receipts the receiving node signs with its P2P key; forged, duplicated, replayed and over-counted ones count nowhere", async () => {
    const bytes = randomBytes(SLICE - 11);
    const owner = wallet("resource0");
    const hash = await upload("resource0", bytes);
    await until("FINISHED", async () => ((await meta(`/v1/files/${hash}?owner=${owner}`)).stateName === "FINISHED" ? true : undefined));
    const st = await meta(`/v1/files/${hash}?owner=${owner}`);
    const slice = st.slices[0];
    const daemonOf = (addr: string) => net.daemons.find((d) => d.info.networkAddress === addr)!;
    // every copy but one damaged on disk: downloads find them, the meta nodes repair them from the good one
    const bad = (slice.holders as string[]).slice(0, -1).map(daemonOf);
    for (const d of bad) {
      const path = join(d.info.home, "storage", "slices", slice.hash.slice(-2), slice.hash);
      const b = readFileSync(path);
      b[7] ^= 0xff;
      writeFileSync(path, b);
    }
    const copy = await until("a copy receipt at every meta node", async () => {
      await download("resource0", owner, hash, bytes);
      let found: { key: string; r: SignedReceipt } | undefined;
      for (const m of metas()) {
        const all = await meta(`/v1/pot/receipts?from=0&to=1000000`, m);
        // a repair copy's receipt (the upload's replicas have theirs under the upload permit)
        const c = all.receipts.find((x: any) => x.r.receipt.v === 2 && x.r.receipt.file === hash && x.r.receipt.permit !== st.permitId);
        if (!c) return undefined;
        found = c;
      }
      return found;
    }, 120_000);
    const cr = copy.r.receipt;
    expect(cr.bytes).to.equal(bytes.length);
    // served by the intact copy, or by a copy already repaired from it
    expect(cr.server).to.not.equal(cr.receiver);
    expect((await meta(`/v1/files/${hash}?owner=${owner}`)).slices[0].holders).to.include(cr.server);
    expect(bad.map((d) => d.info.networkAddress)).to.include(cr.receiver);
    // the serving node as a test double hands in variants of that receipt
    const serverName = daemonOf(cr.server).name;
    const receiverName = daemonOf(cr.receiver).name;
    const serverId = nodeKey(serverName);
    const receiverId = nodeKey(receiverName);
    const otherId = nodeKey(resources.find((r) => r !== serverName && r !== receiverName)!);
    const nonce = () => randomBytes(8).toString("hex");
    const variants = [
      signNodeReceipt({ ...cr, nonce: nonce() }, otherId), // forged: not the receiver's key
      signNodeReceipt({ ...cr, nonce: nonce() }, receiverId), // duplicate of a counted (permit, slice)
      signNodeReceipt({ ...cr, permit: randomBytes(16).toString("hex"), nonce: nonce() }, receiverId), // replayed under another permit
      signNodeReceipt({ ...cr, bytes: cr.bytes + 1, nonce: nonce() }, receiverId), // counts more than the slice has
      { receipt: { ...cr, v: 1 }, sig: copy.r.sig }, // passed off as a download receipt
    ];
    const client = new NodeClient({ identity: serverId });
    try {
      const ans = await client.json(metas()[0]!.url, "POST", "/v1/pot/receipts", { receipts: variants });
      expect(ans.accepted).to.equal(0);
      expect(ans.duplicates).to.equal(0);
      const why = ans.rejected.map((r: any) => r.reason);
      expect(why).to.have.length(5);
      expect(why[0]).to.match(/not by its receiver/);
      expect(why[1]).to.match(/has a receipt already/);
      expect(why[2]).to.match(/no meta node gave .* slices under permit/);
      expect(why[3]).to.match(/the receipt counts/);
      expect(why[4]).to.match(/st1… wallet/);
    } catch (e) {
      if (e instanceof ProtocolError) throw new Error(e.message);
      throw e;
    } finally {
      client.close();
    }
    // the copy is paid in its epoch's report, and the audit (which checks every receipt) agrees
    const epoch = Number(copy.key.split("/")[1]);
    const rep = await until("the report covering the copy", async () => (await reportsOnChain()).find((r) => r.epoch >= epoch), 150_000);
    expect((rep.volumes.get(nodeWallet.get(cr.server)!) ?? 0n) >= BigInt(cr.bytes)).to.equal(true);
    const a = cli(metaCli, ["audit", String(rep.epoch), "--chain-rpc", net.node(0).rpcUrl, "--meta", metas()[1]!.url]);
    expect(a.status, a.stderr + a.stdout).to.equal(0);
    expect(JSON.parse(a.stdout).ok).to.equal(true);
  });

  /** Downloads files[0] through resource0; the epoch its receipts are in and what each wallet is owed. */
  /** The bonded meta node ranked first to report `epoch` (the same sha256 ranking the daemons use). */
  async function firstReporterOf(epoch: number) {
    const bonded = (await meta("/v1/status")).metaNodes.filter((m: any) => m.bonded).map((m: any) => m.address as string);
    const rank = (a: string) => createHash("sha256").update(`${epoch}\n${a}`).digest("hex");
    return net.daemons.find((d) => d.info.networkAddress === [...bonded].sort((a, b) => (rank(a) < rank(b) ? -1 : 1))[0])!;
  }

  /** Waits for the chain's report of `epoch`: there must be exactly one, with exactly the volumes owed. */
  async function theOneReportOf(epoch: number, owed: Map<string, bigint>) {
    const reports = await until("the epoch's report", async () => {
      const r = await reportsOnChain();
      return r.some((x) => x.epoch >= epoch) ? r : undefined;
    }, 150_000);
    const rep = reports.filter((r) => r.epoch >= epoch);
    expect(rep).to.have.length(1);
    const text = (m: Map<string, bigint>) => Object.fromEntries([...m].map(([w, v]) => [w, v.toString()]));
    expect(text(rep[0]!.volumes)).to.deep.equal(text(owed));
    return rep[0]!;
  }

  async function downloadInOneEpoch(): Promise<{ epoch: number; owed: Map<string, bigint>; permit: string }> {
    const f = files[0]!;
    // start from a chain with nothing unreported, so the next report is exactly this download's
    await until("every held receipt reported", async () => {
      const s = await meta("/v1/pot/status");
      return (await meta(`/v1/pot/receipts?from=${s.lastReported}&to=1000000`)).receipts.length === 0 ? true : undefined;
    }, 150_000);
    const known = new Set((await meta(`/v1/pot/receipts?from=0&to=1000000&limit=1000`)).receipts.map((x: any) => x.key as string));
    const served = await download("resource0", f.owner, f.hash, f.bytes);
    const owed = new Map<string, bigint>();
    for (const s of served) owed.set(nodeWallet.get(s.node)!, (owed.get(nodeWallet.get(s.node)!) ?? 0n) + BigInt(s.bytes));
    // the receipts of that download at every running meta node
    const mine = await until("the download's receipts at every meta node", async () => {
      let keys: string[] = [];
      for (const m of metas()) {
        const all = await meta(`/v1/pot/receipts?from=0&to=1000000&limit=1000`, m);
        const ks = all.receipts.filter((x: any) => x.r.receipt.file === f.hash && !known.has(x.key)).map((x: any) => x.key as string);
        if (ks.length !== served.length) return undefined;
        keys = ks;
      }
      return keys;
    });
    const last = mine.sort().pop()!;
    return { epoch: Number(last.split("/")[1]), owed, permit: last.split("/")[2]! };
  }

  it("a meta node whose receipt set is tampered signs nothing wrong: the others report the right volumes", async () => {
    const { epoch, owed, permit } = await downloadInOneEpoch();
    const slots = (await meta(`/v1/pot/receipts?from=${epoch - 1}&to=${epoch}`)).receipts.filter((x: any) => x.key.split("/")[2] === permit);
    expect(slots).to.have.length(4);
    // the epoch's first reporter gets a tampered set (one receipt counts twice its bytes)
    const first = await firstReporterOf(epoch);
    await first.stop();
    const st = new MetaStore(join(first.info.home, "data"));
    const k = slots[0].key as string;
    const sr = st.pot.get(k);
    expect(sr, "the stopped meta node holds the receipt").to.not.equal(undefined);
    await st.pot.put(k, { ...sr, receipt: { ...sr.receipt, bytes: sr.receipt.bytes * 2 } });
    await st.close();
    await first.start();
    const rep = await theOneReportOf(epoch, owed);
    expect(rep.reporter).to.not.equal(first.info.networkAddress);
    // the tampered node's receipts do not give the chain's root; an honest one's audit passes
    // (404 until its chain follower has seen the report)
    const status = await until("the tampered node's audit answer", async () => {
      const r = await fetch(`${first.url}/v1/pot/epochs/${rep.epoch}/audit`);
      return r.status === 404 ? undefined : r.status;
    });
    expect(status).to.equal(409);
    const honest = metas().find((m) => m !== first)!;
    const a = cli(metaCli, ["audit", String(rep.epoch), "--chain-rpc", net.node(0).rpcUrl, "--meta", honest.url]);
    expect(a.status, a.stderr + a.stdout).to.equal(0);
  });

  it("kill -9 of the reporter while it collects signatures: after restart the epoch is reported once, with the same volumes", async () => {
    const { epoch, owed } = await downloadInOneEpoch();
    const first = await firstReporterOf(epoch);
    // kill it as soon as its log says it started collecting signatures for the epoch
    const logPath = join(first.info.home, "daemon.log");
    const startLen = readFileSync(logPath, "utf8").length;
    await until("the reporter collecting signatures", async () => (readFileSync(logPath, "utf8").slice(startLen).includes(`reporting epoch ${epoch}`) ? true : undefined), 150_000, );
    await first.kill9();
    await first.start();
    const rep = await theOneReportOf(epoch, owed);
    // no second report of it later either (the next reporters step in 10 blocks apart)
    const h = Number((await rpc.call("status", {})).sync_info.latest_block_height);
    await until("25 more blocks", async () => (Number((await rpc.call("status", {})).sync_info.latest_block_height) > h + 25 ? true : undefined), 90_000);
    expect((await reportsOnChain()).filter((r) => r.epoch >= epoch)).to.have.length(1);
  });
});
