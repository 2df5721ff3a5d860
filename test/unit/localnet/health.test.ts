// `localnet status`'s health judgement over node statuses as node.ts gathers them (the real
// processes behind them: test/integration/hardening.test.ts).
import { expect } from "chai";
import { assessHealth } from "../../../localnet/health.ts";
import type { NodeStatus } from "../../../localnet/node.ts";

const now = Date.parse("2026-01-01T00:01:00Z");
const ago = (ms: number) => new Date(now - ms).toISOString();

function node(i: number, over: Partial<NodeStatus> = {}): NodeStatus {
  return {
    name: `node${i}`,
    running: true,
    pids: { app: 100 + i, cometbft: 200 + i },
    alive: { app: true, cometbft: true },
    height: 50,
    latestBlockTime: ago(300),
    app: { pid: 100 + i, height: 50, committedAt: ago(250), diskFreeMb: 80_000, minFreeDiskMb: 500 },
    ...over,
  };
}

describe("localnet status: health", () => {
  it("a node answering RPC with a stale height while its peers move on is stalled (a consensus failure looks like this)", () => {
    const stale = node(2, { height: 41, latestBlockTime: ago(12_400), app: { pid: 102, height: 41, committedAt: ago(12_000), diskFreeMb: 80_000, minFreeDiskMb: 500 } });
    expect(assessHealth([node(0), node(1), stale], now)).to.deep.equal(["ok", "ok", "stalled: height 41 for 12s while peers are at 50"]);
    // Without the app's report, the latest block's time says how long it has been there.
    expect(assessHealth([node(0), { ...stale, app: undefined }], now)[1]).to.equal("stalled: height 41 for 12s while peers are at 50");
  });

  it("a node whose cometbft does not answer is judged by its app's last commit", () => {
    const stopped = node(1, { height: undefined, latestBlockTime: undefined, error: "TimeoutError", app: { pid: 101, height: 47, committedAt: ago(6_000), diskFreeMb: 80_000, minFreeDiskMb: 500 } });
    expect(assessHealth([node(0), stopped], now)[1]).to.equal("stalled: height 47 for 6s while peers are at 50 (cometbft RPC not answering: TimeoutError)");
    // Not yet long enough, or not behind: not stalled, but the RPC is still reported.
    expect(assessHealth([node(0), stopped], now, 10_000)[1]).to.equal("cometbft RPC not answering: TimeoutError");
    // A report of an earlier app run (another pid) is not this app's height.
    expect(assessHealth([node(0), { ...stopped, app: { ...stopped.app!, pid: 999 } }], now)[1]).to.equal("cometbft RPC not answering: TimeoutError");
  });

  it("behind but committing (catching up), or all at one height (a halted chain): not stalled", () => {
    const catchingUp = node(1, { height: 30, app: { pid: 101, height: 30, committedAt: ago(100), diskFreeMb: 80_000, minFreeDiskMb: 500 } });
    expect(assessHealth([node(0), catchingUp], now)).to.deep.equal(["ok", "ok"]);
    const old = { latestBlockTime: ago(60_000), app: undefined };
    expect(assessHealth([node(0, old), node(1, old)], now)).to.deep.equal(["ok", "ok"]);
  });

  it("halted by the free-space floor, stopped, low disk", () => {
    const halted = node(1, { running: false, alive: { app: false, cometbft: false }, height: undefined, app: { pid: 101, height: 44, committedAt: ago(9_000), diskFreeMb: 300, minFreeDiskMb: 500, halted: "refused to commit height 45: free disk space …" } });
    expect(assessHealth([node(0), halted], now)[1]).to.equal("halted: refused to commit height 45: free disk space …");
    expect(assessHealth([node(0), { ...halted, app: undefined }], now)[1]).to.equal("stopped");
    const low = node(1, { app: { pid: 101, height: 50, committedAt: ago(100), diskFreeMb: 900, minFreeDiskMb: 500 } });
    expect(assessHealth([node(0), low], now)[1]).to.equal("ok; low disk: 900 MiB free (floor 500)");
  });
});
