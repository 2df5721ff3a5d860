// Starts real single-validator nodes (our app + a real cometbft child) in temp homes for tests.
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { stringToPath } from "@cosmjs/crypto";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { addGenesisAccount, initHome } from "../../chain/cli/node-commands.ts";
import { patchCometConfig } from "../../chain/node/cometbft.ts";
import { pidFilePath } from "../../chain/node/run.ts";
import { readAppConfig, writeAppConfig } from "../../chain/node/config.ts";

export const HD_PATH = "m/44'/606'/0'/0/0";
const projectRoot = join(import.meta.dirname, "..", "..");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export async function walletFor(mnemonic: string) {
  return DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "st", hdPaths: [stringToPath(HD_PATH)] });
}

export interface TestAccount {
  mnemonic: string;
  address: string;
}

export async function newAccount(): Promise<TestAccount> {
  const w = await DirectSecp256k1HdWallet.generate(24, { prefix: "st", hdPaths: [stringToPath(HD_PATH)] });
  const [a] = await w.getAccounts();
  return { mnemonic: w.mnemonic, address: a.address };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class TestNode {
  process?: ChildProcess;
  constructor(
    readonly home: string,
    readonly chainId: string,
    readonly rpcPort: number,
    readonly accounts: TestAccount[],
  ) {}

  get rpcUrl() {
    return `http://127.0.0.1:${this.rpcPort}`;
  }

  static async create(opts: { accounts?: number; balance?: string; env?: Record<string, string> } = {}): Promise<TestNode> {
    const home = mkdtempSync(join(tmpdir(), "stratos-test-"));
    const chainId = "stratos-test-1";
    initHome(home, "test-node", chainId);
    const [rpc, p2p, abci] = [await freePort(), await freePort(), await freePort()];
    patchCometConfig(home, {
      "rpc.laddr": `tcp://127.0.0.1:${rpc}`,
      "p2p.laddr": `tcp://127.0.0.1:${p2p}`,
      proxy_app: `tcp://127.0.0.1:${abci}`,
      "consensus.timeout_commit": "300ms",
    });
    writeAppConfig(home, { ...readAppConfig(home), abci_address: `tcp://127.0.0.1:${abci}` });
    const accounts: TestAccount[] = [];
    for (let i = 0; i < (opts.accounts ?? 3); i++) accounts.push(await newAccount());
    for (const a of accounts) addGenesisAccount(home, a.address, opts.balance ?? "1000stos");
    return new TestNode(home, chainId, rpc, accounts);
  }

  start(env: Record<string, string> = {}): void {
    const log = openSync(join(this.home, "node.log"), "a");
    this.process = spawn(process.execPath, [join(projectRoot, "bin", "stratos-chain.mjs"), "start", "--home", this.home], {
      stdio: ["ignore", log, log],
      env: { ...process.env, ...env },
    });
  }

  async rpc(method: string, params: Record<string, unknown> = {}): Promise<any> {
    const res = await fetch(this.rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
    const body = (await res.json()) as any;
    if (body.error) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
    return body.result;
  }

  async height(): Promise<number> {
    const s = await this.rpc("status");
    return Number(s.sync_info.latest_block_height);
  }

  async waitForHeight(h: number, timeoutMs = 60_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        const height = await this.height();
        if (height >= h) return height;
      } catch (e) {
        last = e;
      }
      if (this.process && this.process.exitCode !== null) throw new Error(`node exited (code ${this.process.exitCode}); log:\n${this.logTail()}`);
      await sleep(200);
    }
    throw new Error(`height ${h} not reached in ${timeoutMs} ms (${String(last)}); log:\n${this.logTail()}`);
  }

  logTail(lines = 40): string {
    const p = join(this.home, "node.log");
    return existsSync(p) ? readFileSync(p, "utf8").split("\n").slice(-lines).join("\n") : "";
  }

  pids(): { app: number; cometbft: number } {
    return JSON.parse(readFileSync(pidFilePath(this.home), "utf8"));
  }

  /** kill -9 of both processes, no cleanup at all. */
  async kill9(): Promise<void> {
    const { app, cometbft } = this.pids();
    for (const pid of [cometbft, app]) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }
    await waitGone([app, cometbft]);
  }

  async stop(): Promise<void> {
    if (!this.process || this.process.exitCode !== null) return;
    const exited = new Promise((r) => this.process!.once("exit", r));
    this.process.kill("SIGTERM");
    await exited;
  }

  async destroy(): Promise<void> {
    try {
      await this.stop();
    } finally {
      if (!process.env.KEEP_TEST_HOMES) rmSync(this.home, { recursive: true, force: true });
    }
  }
}

async function waitGone(pids: number[]) {
  for (let i = 0; i < 100; i++) {
    if (pids.every((p) => !alive(p))) return;
    await sleep(50);
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
