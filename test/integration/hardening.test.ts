// Issue 14's faults, reproduced on real processes: a node whose cometbft dies by a signal,
// busy ports, a stalled node, and the CLI's argument handling.
import { expect } from "chai";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pidFilePath } from "../../chain/node/run.ts";
import { isNodeProcess, signal, waitUntil } from "../../localnet/processes.ts";
import { freePort, useLocalnet } from "../helpers/localnet.ts";

const projectRoot = join(import.meta.dirname, "..", "..");
const chainCli = join(projectRoot, "bin", "stratos-chain.mjs");
const localnetCli = join(projectRoot, "bin", "localnet.mjs");

describe("hardening: a validator whose cometbft dies by a signal", function () {
  this.timeout(180_000);
  const fixture = useLocalnet({ validators: 1 });

  it("the app exits non-zero when cometbft is killed with SIGKILL, and the node starts again", async () => {
    const net = fixture.net;
    const node = net.node(0);
    await net.down();
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
