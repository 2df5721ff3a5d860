// Multi-validator localnets with real processes: liveness with a validator down, determinism
// across validators, crash recovery (kill -9 of everything; an app dying between FinalizeBlock
// and Commit), the `localnet` CLI as a newcomer uses it, and its error handling.
import { coins, type EncodeObject } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import { expect } from "chai";
import { MsgMultiSend, MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as grpc from "@grpc/grpc-js";
import { GetValidatorSetByHeightRequest, GetValidatorSetByHeightResponse } from "cosmjs-types/cosmos/base/tendermint/v1beta1/query";
import { CONSENSUS_PREFIX, fromBech32, toBech32 } from "../../chain/crypto/bech32.ts";
import { Localnet, type LocalnetAccount, type LocalnetInfo, type LocalnetNode } from "../../localnet/localnet.ts";
import { isNodeProcess } from "../../localnet/processes.ts";
import { destroyLocalnet, newAccount, sleep, useLocalnet, walletFor } from "../helpers/localnet.ts";

const projectRoot = join(import.meta.dirname, "..", "..");
const localnetCli = join(projectRoot, "bin", "localnet.mjs");
const chainCli = join(projectRoot, "bin", "stratos-chain.mjs");
const gasPrice = GasPrice.fromString("1000000000wei");

function run(script: string, args: string[], timeoutMs = 150_000) {
  const r = spawnSync(process.execPath, [script, ...args], { encoding: "utf8", timeout: timeoutMs, env: { ...process.env } });
  return { code: r.status, out: r.stdout, err: r.stderr, all: `${r.stdout}\n${r.stderr}${r.error ? `\n${r.error.message}` : ""}` };
}
const localnet = (...args: string[]) => run(localnetCli, args);

async function clientFor(account: LocalnetAccount, node: LocalnetNode): Promise<SigningStargateClient> {
  // CosmJS polls for inclusion every 3 s by default; blocks here take ~0.5 s.
  return SigningStargateClient.connectWithSigner(node.rpcUrl, await walletFor(account.mnemonic), { gasPrice, broadcastPollIntervalMs: 200 });
}

/** The bank store value of address's wei balance at a height, straight from a node's app. */
async function rawBalanceAt(node: LocalnetNode, address: string, height: number): Promise<string> {
  const addr = fromBech32(address).data;
  const key = Buffer.concat([Uint8Array.of(0x02, addr.length), addr, Buffer.from("wei")]);
  const r = await node.rpc("abci_query", { path: "/store/bank/key", data: key.toString("hex"), height: String(height) });
  expect(r.response.code, r.response.log).to.equal(0);
  return r.response.value ?? "";
}

/**
 * Every node's own app hash (FinalizeBlock result, from /block_results) and tx results must be
 * the same at every height in [from, to]. Returns how many txs those blocks held.
 */
async function expectSameStateEverywhere(net: Localnet, from: number, to: number): Promise<number> {
  let txs = 0;
  for (let h = from; h <= to; h++) {
    const results = await Promise.all(net.nodes.map((n) => n.rpc("block_results", { height: String(h) })));
    const hashes = results.map((r) => r.app_hash);
    expect(hashes[0], `app hash at height ${h}`).to.be.a("string").and.not.equal("");
    expect(new Set(hashes).size, `app hashes at height ${h}: ${hashes.join(" ")}`).to.equal(1);
    const txResults = results.map((r) => JSON.stringify((r.txs_results ?? []).map((t: any) => [t.code, t.gas_used, t.gas_wanted, t.data])));
    expect(new Set(txResults).size, `tx results at height ${h}`).to.equal(1);
    txs += (results[0].txs_results ?? []).length;
  }
  return txs;
}

/**
 * Sends a MsgSend every ~100 ms without waiting for inclusion (sequence counted locally), so
 * that every block carries txs while a fault is injected.
 */
async function txPump(net: Localnet, from: LocalnetAccount, to: string) {
  const client = await clientFor(from, net.node(0));
  const acc = (await client.getAccount(from.address))!;
  const first = acc.sequence;
  let onChain = first;
  let sequence = first;
  let stopped = false;
  let error: Error | undefined;
  const fee = { amount: coins(String(200_000n * 1_000_000_000n), "wei"), gas: "200000" };
  const done = (async () => {
    try {
      while (!stopped) {
        const msg = { typeUrl: MsgSend.typeUrl, value: { fromAddress: from.address, toAddress: to, amount: coins("1", "wei") } };
        const signed = await client.sign(from.address, [msg], fee, "pump", { accountNumber: acc.accountNumber, sequence, chainId: net.chainId });
        await client.broadcastTxSync(TxRaw.encode(signed).finish());
        sequence++;
        await sleep(100);
      }
    } catch (e) {
      error = e as Error;
    }
  })();
  return {
    get sent() {
      return sequence - first;
    },
    async stop() {
      stopped = true;
      await done;
      if (error) throw error;
    },
    async refresh() {
      onChain = (await client.getAccount(from.address))!.sequence;
    },
    included: () => onChain === sequence,
    status: () => `sent up to sequence ${sequence}, on chain ${onChain}`,
    disconnect: () => client.disconnect(),
  };
}

describe("localnet: 4 validators", function () {
  this.timeout(240_000);
  // A dead proposer costs timeout_propose per round: 1 s instead of 2 s keeps the faults quick.
  const fixture = useLocalnet({ validators: 4, users: 4, timeoutCommit: "400ms", cometSettings: { "consensus.timeout_propose": "1s" } });

  beforeEach(async () => {
    // Tests share the network: one that failed half-way must not leave the next with a node down.
    const net = fixture.net;
    await net.start();
    const top = Math.max(...(await Promise.all(net.nodes.map((n) => n.height().catch(() => 0)))));
    await net.waitForHeight(top + 1);
  });

  it("gives every validator the shared genesis, distinct ports and its peers", async () => {
    const net = fixture.net;
    const genesis = net.nodes.map((n) => readFileSync(join(n.home, "config", "genesis.json"), "utf8"));
    expect(new Set(genesis).size).to.equal(1);
    // The validator set comes from one gentx per node (issue 12), not from genesis.validators.
    const g = JSON.parse(genesis[0]);
    expect(g.validators).to.deep.equal([]);
    expect(g.app_state.genutil.gen_txs).to.have.length(net.nodes.length);
    const validators = (await net.node(0).rpc("validators", {})).validators;
    expect(validators.map((v: any) => v.address).sort()).to.deep.equal(net.nodes.map((n) => n.info.validatorAddress).sort());
    expect(validators.every((v: any) => v.voting_power === "10")).to.equal(true);
    const ports = net.nodes.flatMap((n) => Object.values(n.info.ports));
    expect(new Set(ports).size).to.equal(20); // rpc, p2p, abci, grpc, rest
    // every node serves its own REST (LCD) server
    for (const n of net.nodes) {
      const info: any = await (await fetch(`${n.restUrl}/cosmos/base/tendermint/v1beta1/node_info`)).json();
      expect(info.default_node_info.default_node_id).to.equal(n.info.nodeId);
    }
    // Peers connect within a few seconds of each other; persistent_peers must link every pair.
    let status = await net.status();
    await waitFor(
      30_000,
      () => status.every((s) => s.peers === 3),
      () => new Error(`peers: ${status.map((s) => `${s.name} ${s.peers}`).join(", ")}`),
      async () => void (status = await net.status()),
    );
    expect(status.every((s) => s.alive.app && s.alive.cometbft)).to.equal(true);
    const ids = await Promise.all(net.nodes.map(async (n) => (await n.rpc("status")).node_info.id));
    expect(ids).to.deep.equal(net.nodes.map((n) => n.info.nodeId));
  });

  it("validator sets page over REST and gRPC as the SDK's tmservice does (offset/limit → CometBFT page; key, count_total ignored)", async () => {
    const node = fixture.net.node(0);
    const all = (await node.rpc("validators", { height: "2" })).validators.map((v: any) => toBech32(CONSENSUS_PREFIX, Buffer.from(v.address, "hex")));
    expect(all).to.have.length(4);
    const rest = async (query: string) => {
      const r = await fetch(`${node.restUrl}/cosmos/base/tendermint/v1beta1/validatorsets/2${query}`);
      return { status: r.status, body: (await r.json()) as any };
    };
    // [query, the validators answered]: page = offset / limit + 1, so an offset inside a page starts at that page
    const cases: [string, string[]][] = [
      ["", all],
      ["?pagination.limit=2", all.slice(0, 2)],
      ["?pagination.limit=2&pagination.offset=2", all.slice(2, 4)],
      ["?pagination.limit=2&pagination.offset=1", all.slice(0, 2)],
      ["?pagination.limit=3&pagination.offset=3", all.slice(3)],
      ["?pagination.limit=1&pagination.key=AQID", all.slice(0, 1)],
      ["?pagination.count_total=false&pagination.limit=500", all],
    ];
    for (const [query, want] of cases) {
      const { status, body } = await rest(query);
      expect(status, `${query}: ${JSON.stringify(body)}`).to.equal(200);
      expect(body.block_height).to.equal("2");
      expect(body.validators.map((v: any) => v.address), query).to.deep.equal(want);
      expect(body.pagination, query).to.deep.equal({ next_key: null, total: "4" });
    }
    const past = await rest("?pagination.limit=2&pagination.offset=4");
    expect([past.status, past.body.code, past.body.message]).to.deep.equal([400, 3, "page should be within [1, 2] range, given 3"]);
    const latest: any = await (await fetch(`${node.restUrl}/cosmos/base/tendermint/v1beta1/validatorsets/latest?pagination.limit=3&pagination.offset=3`)).json();
    expect([latest.validators.length, latest.pagination.total]).to.deep.equal([1, "4"]);

    // gRPC: the same handler
    const call = (req: GetValidatorSetByHeightRequest) =>
      new Promise<GetValidatorSetByHeightResponse>((resolve, reject) => {
        const client = new grpc.Client(node.grpcAddress!, grpc.credentials.createInsecure());
        const id = (b: Buffer) => b;
        client.makeUnaryRequest("/cosmos.base.tendermint.v1beta1.Service/GetValidatorSetByHeight", id, id, Buffer.from(GetValidatorSetByHeightRequest.encode(req).finish()), (err, v) => {
          client.close();
          if (err) reject(err);
          else resolve(GetValidatorSetByHeightResponse.decode(v!));
        });
      });
    const page = (offset: bigint, limit: bigint, key = new Uint8Array()) => ({ height: 2n, pagination: { key, offset, limit, countTotal: false, reverse: false } });
    const g = await call(page(1n, 2n, new Uint8Array([1])));
    expect(g.validators.map((v) => v.address)).to.deep.equal(all.slice(0, 2));
    expect([g.pagination!.total, g.pagination!.nextKey.length]).to.deep.equal([4n, 0]);
    expect((await call(page(2n, 2n))).validators.map((v) => v.address)).to.deep.equal(all.slice(2));
    const huge = await call(page(0n, 1n << 63n)).catch((e: grpc.ServiceError) => e);
    expect([(huge as grpc.ServiceError).code, (huge as grpc.ServiceError).details]).to.deep.equal([grpc.status.INVALID_ARGUMENT, "limit must greater than 0"]);
  });

  it("keeps committing with one validator stopped; the restarted one catches up to the same app hash", async () => {
    const net = fixture.net;
    const [user0, user1] = net.users;
    await net.stopNode(2);
    expect(net.node(2).isRunning()).to.equal(false);
    const h0 = await net.node(0).height();
    // State changes while node2 is away, so catching up means executing real txs.
    const client = await clientFor(user0, net.node(1));
    try {
      const r = await client.sendTokens(user0.address, user1.address, coins("1000", "wei"), "auto");
      expect(r.code, r.rawLog).to.equal(0);
    } finally {
      client.disconnect();
    }
    await net.waitForHeight(h0 + 4, { nodes: [0, 1, 3] });
    await net.startNode(2);
    const h1 = await net.node(0).height();
    await net.node(2).waitForHeight(h1 + 1);
    expect(await expectSameStateEverywhere(net, 1, h1)).to.be.greaterThan(0);
  });

  it("every validator computes the same app hash at every height under a mixed load sent through different validators", async () => {
    const net = fixture.net;
    const users = net.users;
    const outsiders = await Promise.all([newAccount(), newAccount()]);
    // Each user sends through its own validator's RPC, all at the same time.
    const results = await Promise.all(
      users.map(async (u, k) => {
        const client = await clientFor(u, net.node(k % net.size));
        try {
          const codes: number[] = [];
          for (let j = 0; j < 3; j++) {
            const to = j === 2 ? outsiders[k % 2].address : users[(k + 1 + j) % users.length].address;
            const r = await client.sendTokens(u.address, to, coins(String(1000 * (k + 1) + j), "wei"), "auto", `load ${k}/${j}`);
            codes.push(r.code);
          }
          const multi: EncodeObject = {
            typeUrl: MsgMultiSend.typeUrl,
            value: MsgMultiSend.fromPartial({
              inputs: [{ address: u.address, coins: coins("300", "wei") }],
              outputs: [
                { address: outsiders[0].address, coins: coins("100", "wei") },
                { address: users[(k + 1) % users.length].address, coins: coins("200", "wei") },
              ],
            }),
          };
          const r = await client.signAndBroadcast(u.address, [multi], "auto", "multi");
          codes.push(r.code);
          return codes;
        } finally {
          client.disconnect();
        }
      }),
    );
    expect(results.flat()).to.deep.equal(new Array(16).fill(0));
    const top = Math.min(...(await Promise.all(net.nodes.map((n) => n.height()))));
    const txs = await expectSameStateEverywhere(net, 1, top);
    expect(txs).to.be.at.least(16);
    // The apps' stores agree too, not just the hashes they reported.
    for (const a of [...users.map((u) => u.address), ...outsiders.map((o) => o.address)]) {
      const values = await Promise.all(net.nodes.map((n) => rawBalanceAt(n, a, top)));
      expect(new Set(values).size, a).to.equal(1);
    }
  });

  it("an app that dies between FinalizeBlock and Commit recovers through CometBFT's replay with the same app hash", async () => {
    const net = fixture.net;
    const node = net.node(3);
    const pump = await txPump(net, net.users[3], net.users[0].address);
    let crashAt = 0;
    try {
      try {
        await node.stop();
        crashAt = (await net.node(0).height()) + 4;
        await node.start({ env: { STRATOS_TEST_CRASH_BEFORE_COMMIT_AT: String(crashAt) } });
        const { app, cometbft } = node.recordedPids();
        // Wherever node3 is, it has to apply block crashAt (by consensus or block sync) and dies there.
        await waitFor(60_000, () => !isNodeProcess(app, node.home), () => node.failure(`node3's app did not exit at height ${crashAt}`));
        expect(node.logTail(400)).to.contain(`STRATOS_TEST_CRASH_BEFORE_COMMIT_AT=${crashAt}: exiting before Commit`);
        // CometBFT stops itself when its ABCI connection drops; kill it if that ever changes.
        try {
          await waitFor(20_000, () => !isNodeProcess(cometbft, node.home), () => new Error("cometbft outlived its app"));
        } catch {
          console.warn("    cometbft did not exit after its app died; killing it");
          await node.kill9();
        }
        await node.start(); // without the fault
        await node.waitForHeight(crashAt + 3);
        const restartLog = node.logTail(2000).split("=== localnet: starting").pop()!;
        // The app was one block behind CometBFT's block store; CometBFT replayed that block into it.
        expect(restartLog).to.match(new RegExp(`ABCI Replay Blocks .*appHeight=${crashAt - 1} storeHeight=${crashAt} `));
        expect(restartLog).to.contain("Replay last block using real app");
      } finally {
        await pump.stop();
      }
      // Every pumped tx made it into a block: the crash lost nothing.
      await waitFor(30_000, pump.included, () => new Error(`pumped txs not all included: ${pump.status()}`), pump.refresh);
    } finally {
      pump.disconnect();
    }
    expect(pump.sent).to.be.greaterThan(10);
    const top = Math.min(...(await Promise.all(net.nodes.map((n) => n.height()))));
    await expectSameStateEverywhere(net, 1, top);
    const atCrash = await net.node(0).rpc("block_results", { height: String(crashAt) });
    expect((atCrash.txs_results ?? []).length, "txs in the block the app died in").to.be.greaterThan(0);
  });

  it("kill -9 of every process, then `localnet up` resumes the chain with the same state", async () => {
    const net = fixture.net;
    const [user0, user1] = net.users;
    const client = await clientFor(user0, net.node(2));
    let sentAt: number;
    try {
      const r = await client.sendTokens(user0.address, user1.address, coins("4242", "wei"), "auto");
      expect(r.code, r.rawLog).to.equal(0);
      sentAt = r.height;
    } finally {
      client.disconnect();
    }
    // h must include the send on every node: a lagging node's height would put the "before"
    // snapshot ahead of the send and the send in block h+1.
    await net.waitForHeight(sentAt);
    const h = Math.max(sentAt, Math.min(...(await Promise.all(net.nodes.map((n) => n.height())))));
    const before = await Promise.all(net.users.map((u) => rawBalanceAt(net.node(0), u.address, h)));
    const hashAtH = await net.node(0).appHashAt(h);
    const oldPids = net.nodes.flatMap((n) => n.livePids());
    expect(oldPids).to.have.length(8);

    await net.kill9All();
    expect(oldPids.filter((p) => net.nodes.some((n) => isNodeProcess(p, n.home)))).to.deep.equal([]);

    const up = localnet("up", "--home", net.dir);
    expect(up.code, up.all).to.equal(0);
    expect(up.err).to.contain("resuming");
    for (const n of net.nodes) expect(up.out).to.contain(n.rpcUrl);
    net.reload(); // the CLI recorded the new pids
    expect(net.nodes.every((n) => n.alive().app && n.alive().cometbft)).to.equal(true);
    await net.waitForHeight(h + 2);
    for (const n of net.nodes) expect(await n.appHashAt(h), n.name).to.equal(hashAtH);
    const after = await Promise.all(net.users.map((u) => rawBalanceAt(net.node(3), u.address, h + 1)));
    expect(after).to.deep.equal(before);
    const again = await clientFor(user1, net.node(3));
    try {
      const r = await again.sendTokens(user1.address, user0.address, coins("1", "wei"), "auto");
      expect(r.code, r.rawLog).to.equal(0);
      expect(r.height).to.be.greaterThan(h);
    } finally {
      again.disconnect();
    }
  });
});

async function waitFor(timeoutMs: number, done: () => boolean, failure: () => Error, refresh?: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await refresh?.();
    if (done()) return;
    if (Date.now() > deadline) throw failure();
    await sleep(100);
  }
}

describe("localnet CLI: a newcomer's first run", function () {
  this.timeout(240_000);
  let home: string;

  before(() => {
    home = mkdtempSync(join(tmpdir(), "stratos-newcomer-"));
  });
  after(async function () {
    this.timeout(60_000);
    // Normally `localnet down` below already stopped it; this covers a failure on the way.
    await destroyLocalnet(Localnet.exists(home) ? Localnet.open(home) : undefined, home);
  });

  it("up, send with CosmJS using the faucet mnemonic, manage nodes, down", async () => {
    // --base-port 0: parallel test runs on one machine must not race for the default ports.
    const up = localnet("up", "--home", home, "--validators", "1", "--base-port", "0");
    expect(up.code, up.all).to.equal(0);
    expect(up.out).to.match(/NODE\s+COMETBFT RPC\s+ABCI\s+P2P\s+REST/);
    expect(up.err).to.match(/waiting for blocks… height \d+\/2/);
    const info: LocalnetInfo = JSON.parse(readFileSync(join(home, "localnet.json"), "utf8"));
    expect(info.chainId).to.equal("stratos-localnet-1");
    expect(info.nodes).to.have.length(1);
    expect(info.accounts.map((a) => a.name)).to.deep.equal(["faucet", "operator0", "user0", "user1", "user2"]);
    const faucet = info.accounts.find((a) => a.name === "faucet")!;

    // An unmodified CosmJS client, configured only from localnet.json.
    const wallet = await walletFor(faucet.mnemonic);
    const client = await SigningStargateClient.connectWithSigner(info.nodes[0].rpc, wallet, { gasPrice });
    const to = (await newAccount()).address;
    try {
      const r = await client.sendTokens(faucet.address, to, coins("123456", "wei"), "auto");
      expect(r.code, r.rawLog).to.equal(0);
      expect((await client.getBalance(to, "wei")).amount).to.equal("123456");
    } finally {
      client.disconnect();
    }

    // The accounts are in node0's test keyring for the chain CLI.
    const sent = run(chainCli, ["tx", "bank", "send", "faucet", to, "1gwei", "--home", join(home, "node0"), "--keyring-backend", "test", "--node", info.nodes[0].rpc]);
    expect(sent.code, sent.all).to.equal(0);
    expect(JSON.parse(sent.out).code).to.equal(0);

    const again = localnet("up", "--home", home);
    expect(again.code).to.equal(1);
    expect(again.err).to.contain("already running");

    const status = localnet("status", "--home", home, "--json");
    expect(status.code, status.all).to.equal(0);
    const s = JSON.parse(status.out).nodes[0];
    expect(s.height).to.be.greaterThan(1);
    expect(s.alive).to.deep.equal({ app: true, cometbft: true });

    const logs = localnet("logs", "node0", "--home", home, "--lines", "5");
    expect(logs.code, logs.all).to.equal(0);
    expect(logs.out.trimEnd().split("\n")).to.have.length(5);

    const stop = localnet("stop", "node0", "--home", home);
    expect(stop.code, stop.all).to.equal(0);
    expect(JSON.parse(localnet("status", "--home", home, "--json").out).nodes[0].running).to.equal(false);
    const start = localnet("start", "0", "--home", home);
    expect(start.code, start.all).to.equal(0);

    const pids = Localnet.open(home).node(0).livePids();
    expect(pids).to.have.length(2);
    const down = localnet("down", "--home", home);
    expect(down.code, down.all).to.equal(0);
    expect(pids.filter((p) => isNodeProcess(p, join(home, "node0")))).to.deep.equal([]);
    expect(Localnet.open(home).isRunning()).to.equal(false);
  });
});

describe("localnet CLI: bad input", function () {
  this.timeout(60_000);
  let scratch: string;
  let net: Localnet;

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), "stratos-localnet-bad-"));
    // Created, never started: commands that need a localnet have one, and nothing runs.
    net = await Localnet.create({ home: join(scratch, "net"), validators: 2, ports: "random" });
    mkdirSync(join(scratch, "other"));
    writeFileSync(join(scratch, "other", "precious.txt"), "not a localnet");
  });
  after(() => {
    if (!process.env.KEEP_TEST_HOMES) rmSync(scratch, { recursive: true, force: true });
  });

  it("prints what is wrong and exits non-zero", () => {
    const h = ["--home", join(scratch, "net")];
    const cases: [string[], RegExp, number][] = [
      [[], /Usage/, 2],
      [["frobnicate"], /unknown command/, 2],
      [["up", "--validators", "0", "--home", join(scratch, "x")], /--validators must be a whole number/, 2],
      [["up", "--validators", "abc", "--home", join(scratch, "x")], /--validators must be a whole number/, 2],
      [["up", "--timeout-commit", "fast", "--home", join(scratch, "x")], /--timeout-commit must be a duration/, 2],
      [["up", "--chain-id", "bad id!", "--home", join(scratch, "x")], /invalid --chain-id/, 2],
      [["up", "--bogus"], /Unknown option/, 2],
      [["up", "--validators", "3", ...h], /has 2 validators, not 3/, 2],
      [["up", "--home", join(scratch, "other")], /not empty/, 1],
      [["up", "--reset", "--home", join(scratch, "other")], /not a localnet directory/, 1],
      [["status", "--home", join(scratch, "none")], /no localnet at/, 1],
      [["logs", ...h], /missing argument <node>/, 2],
      [["logs", "node0", ...h], /does not exist yet/, 1],
      [["stop", "node9", ...h], /no node "node9"/, 2],
      [["start", "node1", "extra", ...h], /unexpected argument/, 2],
      [["down", "--force", ...h], /Unknown option/, 2],
    ];
    for (const [args, re, code] of cases) {
      const r = localnet(...args);
      expect(r.code, `localnet ${args.join(" ")}: ${r.all}`).to.equal(code);
      expect(code === 2 && args.length === 0 ? r.out : r.err, args.join(" ")).to.match(re);
    }
    expect(readFileSync(join(scratch, "other", "precious.txt"), "utf8")).to.equal("not a localnet");
    expect(net.isRunning()).to.equal(false);
    for (const args of [["up"], ["status"], ["logs"], ["stop"], ["start"], ["down"]]) {
      const r = localnet(...args, "--help");
      expect(r.code, args[0]).to.equal(0);
      expect(r.out).to.contain(`usage: localnet ${args[0]}`);
    }
  });
});
