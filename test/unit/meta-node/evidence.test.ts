// Slashing from evidence, one meta node's part (meta-node/evidence.ts): what it observes when it reads
// a suspect copy itself, and which slashing txs its wallet refuses to sign. Real lmdb and real HTTP;
// the suspect resource node is a small in-process HTTP server that answers as told (the layer under
// test is evidence.ts), and the file index and the chain RPC are in-process fakes.
import { expect } from "chai";
import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { fileHash as computeFileHash, sliceHash } from "../../../chain/crypto/cid.ts";
import { keccak256 } from "../../../chain/crypto/hash.ts";
import { verifySecp256k1 } from "../../../chain/crypto/secp256k1.ts";
import type { RpcClient } from "../../../chain/cli/rpc.ts";
import { multiSignerTxParts, signDocBytes } from "../../../chain/keys/eth-signer.ts";
import { DEFAULT_CONFIG } from "../../../meta-node/home.ts";
import { Evidence, type EvidenceCase } from "../../../meta-node/evidence.ts";
import { NodeIdentity, PeerClient, ProtocolError } from "../../../meta-node/net.ts";
import { BONDED, MetaStore } from "../../../meta-node/store.ts";
import { stratos } from "../../../proto/client.ts";
import { testSigner } from "../../helpers/app.ts";

const quiet = { info() {}, warn() {}, error() {} };
const SLICE = 1000;

describe("meta-node evidence: observing a suspect copy and co-signing a slashing", () => {
  const dir = mkdtempSync(join(tmpdir(), "evidence-"));
  const store = new MetaStore(dir);
  const me = NodeIdentity.fromSeed(new Uint8Array(32).fill(7));
  const suspect = NodeIdentity.fromSeed(new Uint8Array(32).fill(8));
  const wallet = testSigner("evidence-meta-owner", "eth_secp256k1");
  const nodeOwner = testSigner("evidence-node-owner").address;
  const data = Buffer.alloc(2 * SLICE, 3);
  const fileHash = computeFileHash(data);
  const slice1 = data.subarray(0, SLICE);
  const slice = { number: 1, hash: sliceHash(fileHash, 1, slice1), size: SLICE };
  const c: EvidenceCase = { node: suspect.address, owner: nodeOwner, fileHash, slice: 1, sliceHash: slice.hash };
  let answer: "404" | "410" | "good" | "bad" | "short" = "404";
  let holder = true;
  let server: Server;
  let url = "";
  let ev: Evidence;

  const rpc = {
    chainId: async () => "evidence-test-1",
    query: async () =>
      QueryAccountResponse.encode({
        account: { typeUrl: "/cosmos.auth.v1beta1.BaseAccount", value: BaseAccount.encode(BaseAccount.fromPartial({ address: wallet.address, accountNumber: 42n, sequence: 5n })).finish() },
      }).finish(),
  } as unknown as RpcClient;

  before(async () => {
    server = createServer((req, res) => {
      if (!req.url?.startsWith(`/v1/slices/${slice.hash}`)) return res.writeHead(404).end();
      if (answer === "404") return res.writeHead(404, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "not_found", message: "this node does not hold it" } }));
      if (answer === "410") return res.writeHead(410, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "corrupt", message: "failed its hash check" } }));
      const body = answer === "good" ? slice1 : answer === "bad" ? Buffer.alloc(SLICE, 9) : slice1.subarray(0, 10);
      res.writeHead(200, { "content-length": body.length }).end(body);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    url = `http://127.0.0.1:${(server.address() as any).port}`;
    await store.chain.put(`mn/${me.address}`, { address: me.address, pubkey: "", owner: wallet.address, status: BONDED, suspend: false, url: "http://127.0.0.1:1", tokens: "1" });
    await store.chain.put(`rn/${suspect.address}`, { address: suspect.address, pubkey: "", owner: nodeOwner, status: BONDED, suspend: false, tokens: "1", effective: "1", url });
    const index = {
      heldSlice: async (x: EvidenceCase) => (holder && x.sliceHash === slice.hash && x.node === suspect.address ? { slice, fileSize: String(data.length), sliceSize: SLICE } : undefined),
      nodeUrl: () => url,
    };
    ev = new Evidence(store, index, me, { ...DEFAULT_CONFIG, peerTimeoutMs: 2_000, gasPriceWei: "1000000000" }, quiet, new PeerClient(me, 2_000), rpc, wallet);
  });

  after(async () => {
    ev.close();
    server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("tells missing, corrupt and intact apart, and gives no observation when the node does not answer or is no holder", async () => {
    const cases: [typeof answer, string, RegExp][] = [
      ["404", "missing", /does not hold/],
      ["410", "corrupt", /hash check/],
      ["bad", "corrupt", /hash to/],
      ["short", "corrupt", /10 bytes, the slice has 1000/],
      ["good", "intact", /hash matches/],
    ];
    for (const [a, result, detail] of cases) {
      answer = a;
      const o = await ev.observe(c);
      expect([a, o.result]).to.deep.equal([a, result]);
      expect(o.detail).to.match(detail);
      expect(o.observer).to.equal(me.address);
      expect(o.observerOwner).to.equal(wallet.address);
    }
    holder = false;
    const e1 = await ev.observe(c).catch((e) => e);
    holder = true;
    expect(e1).to.be.instanceOf(ProtocolError);
    expect(e1.code).to.equal("not_a_holder");
    const saved = url;
    url = "http://127.0.0.1:1"; // nothing listens: no answer is no evidence
    const e2 = await ev.observe(c).catch((e) => e);
    url = saved;
    expect(e2.code).to.equal("no_observation");
  });

  function slashingTx(o: { slashing?: string; suspend?: boolean; node?: string; reporters?: string[]; owners?: string[]; feeWei?: bigint; gas?: bigint; memo?: string } = {}) {
    const msg = stratos.pot.v1.MsgSlashingResourceNode.create({
      reporters: o.reporters ?? [me.address],
      reporterOwner: o.owners ?? [wallet.address],
      networkAddress: o.node ?? suspect.address,
      walletAddress: nodeOwner,
      slashing: o.slashing ?? String(SLICE),
      suspend: o.suspend ?? false,
    });
    const gas = o.gas ?? 360_000n;
    const { bodyBytes, authInfoBytes } = multiSignerTxParts({
      messages: [{ typeUrl: "/stratos.pot.v1.MsgSlashingResourceNode", value: stratos.pot.v1.MsgSlashingResourceNode.encode(msg).finish() }],
      memo: o.memo,
      signers: [{ pubkey: wallet.pubkey.toAny(), sequence: 5n }],
      fee: { amount: [{ denom: "wei", amount: String(o.feeWei ?? gas * 1_000_000_000n) }], gas },
    });
    return { bodyBytes, authInfoBytes, req: { case: c, bodyBytes: Buffer.from(bodyBytes).toString("base64"), authInfoBytes: Buffer.from(authInfoBytes).toString("base64") } };
  }

  it("signs only a slashing that says what it observed itself, with its own account number", async () => {
    answer = "good";
    await ev.observe(c);
    const notSeen = await ev.sign(slashingTx().req).catch((e) => e);
    expect(notSeen.code, notSeen.message).to.equal("not_observed"); // it read the copy intact
    answer = "410";
    await ev.observe(c);
    const refusals: [Parameters<typeof slashingTx>[0], RegExp][] = [
      [{ slashing: "999999" }, /slashes 999999 noz; this node's index gives 1000/],
      [{ suspend: true }, /suspends/],
      [{ node: me.address }, /the case is/],
      [{ reporters: [suspect.address], owners: [wallet.address] }, /not listed as a reporter/],
      [{ feeWei: 10n ** 18n }, /more than this node pays/],
      [{ gas: 10_000_000n }, /more than this node pays/],
      [{ memo: "pay me" }, /memo/],
    ];
    for (const [o, why] of refusals) {
      const e = await ev.sign(slashingTx(o).req).catch((x) => x);
      expect(e, String(why)).to.be.instanceOf(ProtocolError);
      expect(e.code).to.equal("refused");
      expect(e.message).to.match(why);
    }
    const t = slashingTx();
    const { signature } = await ev.sign(t.req);
    const sig = new Uint8Array(Buffer.from(signature, "base64"));
    const digest = keccak256(signDocBytes(t.bodyBytes, t.authInfoBytes, "evidence-test-1", 42n));
    expect(verifySecp256k1(wallet.pubkey.key, digest, sig.subarray(0, 64))).to.equal(true);
  });
});
