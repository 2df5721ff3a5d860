// Issue 14's faults, reproduced on real processes: a node whose cometbft dies by a signal,
// busy ports, a stalled node, and the CLI's argument handling.
import { expect } from "chai";
import { spawn, spawnSync } from "node:child_process";
import { coins, GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { existsSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readAppConfig, writeAppConfig } from "../../chain/node/config.ts";
import { appStatusPath, pidFilePath } from "../../chain/node/run.ts";
import { isNodeProcess, signal, sleep, waitUntil } from "../../localnet/processes.ts";
import { freePort, useLocalnet, walletFor } from "../helpers/localnet.ts";

const freeMb = (dir: string) => Math.floor((statfsSync(dir).bavail * statfsSync(dir).bsize) / 2 ** 20);

const projectRoot = join(import.meta.dirname, "..", "..");
const chainCli = join(projectRoot, "bin", "stratos-chain.mjs");
const localnetCli = join(projectRoot, "bin", "localnet.mjs");

describe("hardening: faults of one validator of four", function () {
  this.timeout(180_000);
  // 4 validators: with any one stopped, the other three (3/4 of the power) still make blocks.
  // A short timeout_propose: the stopped validator's turns to propose hold the others up less.
  const fixture = useLocalnet({ validators: 4, users: 1, timeoutCommit: "300ms", cometSettings: { "consensus.timeout_propose": "1s" } });

  it("the app exits non-zero when cometbft is killed with SIGKILL, and the node starts again", async () => {
    const net = fixture.net;
    const node = net.node(0);
    await node.stop();
    // Run `stratos-chain start` ourselves, so its exit status can be seen.
    const app = spawn(process.execPath, [chainCli, "start", "--home", node.home], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    app.stderr!.on("data", (d) => (stderr += d));
    const exited = new Promise<{ code: number | null; sig: string | null }>((r) => app.once("exit", (code, sig) => r({ code, sig })));
    try {
      const pids = await waitUntil(60_000, () => {
        try {
          const p = JSON.parse(readFileSync(pidFilePath(node.home), "utf8"));
          return p.app === app.pid && p.cometbft ? (p as { app: number; cometbft: number }) : undefined;
        } catch {
          return undefined;
        }
      }, () => `no pid file at ${pidFilePath(node.home)}: ${stderr}`);
      await node.waitForHeight((await node.height().catch(() => 0)) + 1, 60_000).catch(() => {});
      expect(signal(pids.cometbft, "SIGKILL")).to.equal(true);
      // Before the fix the app logged "stopping the node" and then waited for ever.
      const result = await Promise.race([exited, new Promise<undefined>((r) => setTimeout(() => r(undefined), 30_000))]);
      expect(result, `the app is still running after its cometbft was killed: ${stderr}`).to.not.equal(undefined);
      expect(result!.sig).to.equal(null);
      expect(result!.code).to.be.a("number").and.not.equal(0);
      expect(stderr).to.match(/cometbft exited \(SIGKILL\)/);
      expect(isNodeProcess(pids.app, node.home)).to.equal(false);
    } finally {
      if (app.exitCode === null && app.signalCode === null) app.kill("SIGKILL");
    }
    // The localnet sees a stopped node and starts it again.
    expect(node.isRunning()).to.equal(false);
    const before = Number(JSON.parse(readFileSync(join(node.home, "data", "priv_validator_state.json"), "utf8")).height);
    await net.start();
    await node.waitForHeight(before + 2, 60_000);
  });

  it("below min_free_disk_mb the node refuses to start, and a running node stops before committing; status says why", async function () {
    const net = fixture.net;
    const node = net.node(1);
    const cfg = readAppConfig(node.home);
    await node.stop();
    try {
      // A floor above what the filesystem has free: the app does not start, and says so.
      writeAppConfig(node.home, { ...cfg, min_free_disk_mb: freeMb(node.home) + 1_000_000 });
      const failed = await node.start().then(() => undefined, (e: Error) => e.message);
      expect(failed).to.match(/exited while starting \(code 1\)/);
      expect(failed).to.match(/not starting: free disk space on .* is \d+ MiB, below min_free_disk_mb \d+ \(config\/app.json\)/);
      // (`localnet status` prints this health column; the stall test below runs the CLI.)
      expect((await net.status())[1].health).to.match(/^halted: not started: free disk space on .* below min_free_disk_mb/);

      // A running node whose free space falls below the floor refuses the next commit and exits
      // non-zero. The space is taken by a preallocated file (instant, no data written); margins of
      // GiBs keep other writers on this disk from mattering.
      const free = freeMb(node.home);
      if (free < 6000 || spawnSync("fallocate", ["--help"]).status !== 0) this.skip();
      writeAppConfig(node.home, { ...cfg, min_free_disk_mb: free - 2000 });
      await node.start();
      const { app } = node.recordedPids();
      const h = await node.waitForHeight(JSON.parse(readFileSync(appStatusPath(node.home), "utf8")).height + 1, 30_000);
      const ballast = join(node.home, "ballast");
      let halted: { pid: number; height: number; halted: string };
      try {
        expect(spawnSync("fallocate", ["-l", "4G", ballast]).status).to.equal(0);
        await waitUntil(30_000, () => (node.alive().app || node.alive().cometbft ? undefined : true), () => `node1 still running below its floor:\n${node.logTail(20)}`);
        const log = node.logTail(200);
        expect(log).to.match(/refusing to commit height \d+: free disk space on .* below min_free_disk_mb/);
        halted = JSON.parse(readFileSync(appStatusPath(node.home), "utf8"));
        expect(halted.pid).to.equal(app);
        expect(halted.halted).to.match(new RegExp(`^refused to commit height ${halted.height + 1}: free disk space`));
        expect(halted.height).to.be.at.least(h);
        expect((await net.status())[1].health).to.equal(`halted: ${halted.halted}`);
      } finally {
        rmSync(ballast, { force: true });
      }
      // Room again: the node starts from its last commit and goes on (nothing half-written).
      writeAppConfig(node.home, cfg);
      await node.start();
      // The height it refused is committed now (from the same last commit: nothing half-written).
      await node.waitForHeight(halted!.height + 1, 60_000);
    } finally {
      writeAppConfig(node.home, cfg);
    }
  });

  it("localnet status shows a node whose cometbft is stopped (SIGSTOP) as stalled while its peers go on, and healthy again after SIGCONT", async () => {
    const net = fixture.net;
    const node = net.node(3);
    const stallAfterMs = 2000;
    // Every node caught up first (earlier tests restarted some).
    await net.waitForHeight(Math.max(...(await net.status()).map((s) => s.height ?? 0)), { timeoutMs: 60_000 });
    // On a loaded machine a node can lag a block behind for a moment (a CI run saw "stalled: height 13 for
    // 4s while peers are at 14" here): wait until all are ok at once before stopping one.
    let before: string[] = [];
    await waitUntil(60_000, async () => {
      before = (await net.status(stallAfterMs)).map((s) => s.health ?? "");
      return before.every((h) => h === "ok") ? true : undefined;
    }, () => `not every node is ok before the stop: ${JSON.stringify(before)}`, 500);
    const { cometbft } = node.recordedPids();
    expect(signal(cometbft!, "SIGSTOP")).to.equal(true);
    let stalled;
    try {
      const cli = () => new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
        const p = spawn(process.execPath, [localnetCli, "status", "--home", net.dir, "--stall-after", "2"], { stdio: ["ignore", "pipe", "pipe"] });
        let out = "";
        let err = "";
        p.stdout!.on("data", (d) => (out += d));
        p.stderr!.on("data", (d) => (err += d));
        p.once("exit", (code) => resolve({ code, out, err }));
      });
      // With node3 frozen, the other three wait out its proposer turns, so on a loaded machine one of them
      // can look stalled for a moment too (a CI run saw it): wait for a sample with node3 stalled and them ok.
      let last: string[] = [];
      stalled = await waitUntil(30_000, async () => {
        const all = await net.status(stallAfterMs);
        last = all.map((x) => x.health ?? "");
        return all[3].health?.startsWith("stalled") && all.slice(0, 3).every((x) => x.health === "ok") ? all : undefined;
      }, () => `never node3 stalled with its peers ok; last: ${JSON.stringify(last)}`);
      // Its app reports the height it is stuck at; the others are ahead and fine.
      const h = stalled[3].app!.height;
      const peers = Math.max(...stalled.slice(0, 3).map((s) => s.height!));
      expect(peers).to.be.greaterThan(h);
      expect(stalled[3].health).to.match(new RegExp(`^stalled: height ${h} for \\d+s while peers are at \\d+ \\(cometbft RPC not answering`));
      expect(stalled.slice(0, 3).map((s) => s.health)).to.deep.equal(["ok", "ok", "ok"]);
      // The CLI prints the same (run once the peers are ahead: from then on they stay ahead).
      const printed = await cli();
      expect(printed.code, printed.err).to.equal(0);
      expect(printed.out, printed.out).to.match(new RegExp(`node3 .*stalled: height ${h} for \\d+s while peers are at \\d+`));
    } finally {
      signal(cometbft!, "SIGCONT");
    }
    // Resumed, it catches up with its peers and is healthy again.
    const target = Math.max(...(await net.status(stallAfterMs)).slice(0, 3).map((s) => s.height ?? 0));
    await node.waitForHeight(target, 30_000);
    await waitUntil(15_000, async () => ((await net.status(stallAfterMs))[3].health === "ok" ? true : undefined), () => "node3 not healthy after SIGCONT");
  });

  it("a stalled node (its consensus failed, RPC and mempool still up) refuses new txs in CheckTx and says why; a healthy peer takes them", async () => {
    const net = fixture.net;
    const node = net.node(2);
    const cfg = readAppConfig(node.home);
    const breakFile = join(node.home, "break-consensus");
    await node.stop();
    writeAppConfig(node.home, { ...cfg, stall_after_s: 2 });
    try {
      // The fault: while breakFile exists the app answers FinalizeBlock malformed, and cometbft's
      // consensus stops as on a full disk (its RPC and mempool go on).
      await node.start({ env: { STRATOS_TEST_BREAK_CONSENSUS_FILE: breakFile } });
      await node.waitForHeight(Math.max(...(await net.status()).map((s) => s.height ?? 0)), 60_000);
      writeFileSync(breakFile, "");
      const readStatus = () => {
        try {
          return JSON.parse(readFileSync(appStatusPath(node.home), "utf8")) as { height: number; refusing_txs?: string };
        } catch {
          return undefined;
        }
      };
      const refusing = await waitUntil(30_000, () => readStatus()?.refusing_txs, () => `node2 never refused txs:\n${node.logTail(30)}`);
      expect(refusing).to.match(/^node is stalled: no block committed for \d+s \(last height \d+\) while peers are at height \d+$/);
      expect(node.alive()).to.deep.equal({ app: true, cometbft: true });

      const user = net.users[0];
      const client = await SigningStargateClient.connectWithSigner(net.node(0).rpcUrl, await walletFor(user.mnemonic), { gasPrice: GasPrice.fromString("1000000000wei") });
      const msg = { typeUrl: MsgSend.typeUrl, value: { fromAddress: user.address, toAddress: net.users[0].address, amount: coins("1", "wei") } };
      const signed = await client.sign(user.address, [msg], { amount: coins(String(200_000n * 1_000_000_000n), "wei"), gas: "200000" }, "stalled");
      const tx = Buffer.from(TxRaw.encode(signed).finish()).toString("base64");
      const refused = await node.client.call("broadcast_tx_sync", { tx });
      expect(refused.code).to.equal(1);
      expect(refused.codespace).to.equal("node");
      expect(refused.log).to.match(/^this node is not accepting txs: node is stalled: no block committed for \d+s/);
      expect(node.logTail(300)).to.match(/refusing new txs in CheckTx: node is stalled/);
      // The same tx through a healthy node is accepted and committed.
      const accepted = await net.node(0).client.call("broadcast_tx_sync", { tx });
      expect(accepted.code, accepted.log).to.equal(0);
      await waitUntil(20_000, async () => ((await net.node(0).client.call("tx", { hash: Buffer.from(accepted.hash, "hex").toString("base64") }).catch(() => undefined))?.tx_result?.code === 0 ? true : undefined), () => "the tx was not committed by the healthy nodes");
      client.disconnect();
    } finally {
      rmSync(breakFile, { force: true });
      writeAppConfig(node.home, cfg);
    }
    // Restarted without the fault it replays the block it failed on and catches up.
    await node.stop();
    await node.start();
    await node.waitForHeight(Math.max(...(await net.status()).slice(0, 2).map((s) => s.height ?? 0)), 60_000);
  });
});


describe("hardening: localnet up --base-port with a busy port", function () {
  this.timeout(120_000);

  it("fails naming the busy port instead of silently taking another one; the directory is left as it was", async () => {
    const scratch = mkdtempSync(join(tmpdir(), "stratos-busy-"));
    // Hold node0's rpc port (base + 1); node i prefers p2p base+10i, rpc base+10i+1, abci base+10i+2.
    const holder = createServer();
    const busy = await freePort();
    await new Promise<void>((r) => holder.listen(busy, "127.0.0.1", () => r()));
    try {
      const home = join(scratch, "net");
      const r = spawnSync(process.execPath, [localnetCli, "up", "--home", home, "--validators", "1", "--meta-nodes", "0", "--resource-nodes", "0", "--base-port", String(busy - 1)], {
        encoding: "utf8",
        timeout: 100_000,
      });
      expect(r.status, r.stderr).to.not.equal(0);
      expect(r.stderr).to.contain(`port ${busy} (node0 rpc) is in use`);
      expect(existsSync(home)).to.equal(false);
    } finally {
      holder.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
