import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { expect } from "chai";
import type { DeepPartial } from "cosmjs-types/helpers";
import { Request, type Response } from "cosmjs-types/tendermint/abci/types";
import type * as abci from "cosmjs-types/tendermint/abci/types";

import { AbciClient } from "../../../chain/abci/client.ts";
import { AbciServer, BaseAbciApplication, encodeFrame, encodeUvarint, type AbciServerOptions } from "../../../chain/abci/server.ts";

class TestApp extends BaseAbciApplication {
  calls: string[] = [];
  // Per-test overrides; the defaults answer immediately.
  checkTxDelay: (tx: Uint8Array) => number = () => 0;
  infoImpl: (req: abci.RequestInfo) => abci.ResponseInfo | Promise<abci.ResponseInfo> = () => ({
    data: "test-app",
    version: "1.0.0",
    appVersion: 1n,
    lastBlockHeight: 7n,
    lastBlockAppHash: Uint8Array.of(1, 2, 3),
  });
  queryImpl: (req: abci.RequestQuery) => abci.ResponseQuery | Promise<abci.ResponseQuery> = (req) =>
    ({ key: req.data }) as abci.ResponseQuery; // partial on purpose: the server fills the rest
  active = 0;
  maxActive = 0;

  info(req: abci.RequestInfo) {
    this.calls.push("info");
    return this.infoImpl(req);
  }
  initChain(): abci.ResponseInitChain {
    return { validators: [], appHash: new Uint8Array() };
  }
  query(req: abci.RequestQuery) {
    this.calls.push("query");
    return this.queryImpl(req);
  }
  async checkTx(req: abci.RequestCheckTx): Promise<abci.ResponseCheckTx> {
    this.calls.push("checkTx");
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    try {
      const delay = this.checkTxDelay(req.tx);
      if (delay > 0) await sleep(delay);
      if (new TextDecoder().decode(req.tx) === "boom") throw new Error("async boom");
      return { code: 0, data: req.tx, log: "", info: "", gasWanted: 0n, gasUsed: 0n, events: [], codespace: "" };
    } finally {
      this.active--;
    }
  }
  finalizeBlock(req: abci.RequestFinalizeBlock): abci.ResponseFinalizeBlock {
    this.calls.push("finalizeBlock");
    this.lastBlockTxs = req.txs;
    return {
      events: [],
      txResults: req.txs.map((tx) => ({
        code: 0, data: tx.subarray(0, 4), log: "", info: "", gasWanted: 0n, gasUsed: 0n, events: [], codespace: "",
      })),
      validatorUpdates: [],
      appHash: Uint8Array.of(0xab, 0xcd),
    };
  }
  lastBlockTxs: Uint8Array[] = [];
  commit(): abci.ResponseCommit {
    return { retainHeight: 0n };
  }
}

class CapturingLogger {
  infos: string[] = [];
  errors: string[] = [];
  info(msg: string) {
    this.infos.push(msg);
  }
  error(msg: string) {
    this.errors.push(msg);
  }
}

const requestFrame = (req: DeepPartial<Request>) =>
  encodeFrame(Request.encode(Request.fromPartial(req)).finish());

function concat(parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

function kindOf(res: Response): string {
  return Object.entries(res).find(([, v]) => v !== undefined)![0];
}

describe("AbciServer", function () {
  let app: TestApp;
  let logger: CapturingLogger;
  let server: AbciServer;
  const clients: AbciClient[] = [];

  async function start(opts: AbciServerOptions = {}, address = "tcp://127.0.0.1:0") {
    server = new AbciServer(app, { logger, ...opts });
    await server.listen(address);
  }
  async function connect() {
    const c = await AbciClient.connect(server.address);
    clients.push(c);
    return c;
  }

  beforeEach(() => {
    app = new TestApp();
    logger = new CapturingLogger();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await server?.close();
  });

  it("answers Echo, Info and Flush over tcp and reports the chosen port", async () => {
    await start();
    expect(server.address).to.match(/^tcp:\/\/127\.0\.0\.1:\d+$/);
    expect(server.address).not.to.equal("tcp://127.0.0.1:0");
    const c = await connect();
    expect((await c.request({ echo: { message: "hello" } })).echo).to.deep.equal({ message: "hello" });
    const info = (await c.request({ info: { version: "0.38.26" } })).info!;
    expect(info.data).to.equal("test-app");
    expect(info.lastBlockHeight).to.equal(7n);
    expect([...info.lastBlockAppHash]).to.deep.equal([1, 2, 3]);
    await c.flush();
  });

  it("buffers responses until the client sends Flush", async () => {
    await start();
    const c = await connect();
    let answered = false;
    const echo = c.send({ echo: { message: "later" } }).then((r) => ((answered = true), r));
    await sleep(100);
    expect(answered).to.equal(false);
    await c.flush();
    expect((await echo).echo!.message).to.equal("later");
  });

  it("fills in fields an app response leaves out", async () => {
    await start();
    const c = await connect();
    const res = (await c.request({ query: { data: Uint8Array.of(9) } })).query!;
    expect([...res.key]).to.deep.equal([9]);
    expect(res.code).to.equal(0);
    expect(res.height).to.equal(0n);
  });

  it("reassembles a request written one byte per write", async () => {
    await start();
    const c = await connect();
    const stream = concat([requestFrame({ echo: { message: "byte by byte" } }), requestFrame({ flush: {} })]);
    const [echo, flush] = c.sendRaw(stream.subarray(0, 1), 2);
    for (let i = 1; i < stream.length; i++) {
      c.sendRaw(stream.subarray(i, i + 1));
      await new Promise((r) => setImmediate(r));
    }
    expect((await echo!).echo!.message).to.equal("byte by byte");
    expect((await flush!).flush).to.deep.equal({});
  });

  it("handles several frames in one chunk, answering in order", async () => {
    await start();
    const c = await connect();
    const stream = concat([
      requestFrame({ echo: { message: "a" } }),
      requestFrame({ info: {} }),
      requestFrame({ checkTx: { tx: Uint8Array.of(1) } }),
      requestFrame({ echo: { message: "b" } }),
      requestFrame({ flush: {} }),
    ]);
    const res = await Promise.all(c.sendRaw(stream, 5));
    expect(res.map(kindOf)).to.deep.equal(["echo", "info", "checkTx", "echo", "flush"]);
    expect(res[3]!.echo!.message).to.equal("b");
  });

  it("answers strictly in request order when async app methods take varying time", async () => {
    await start();
    app.checkTxDelay = (tx) => (tx[0]! * 7) % 13; // 0..12 ms, not monotonic
    const c = await connect();
    const sent: Promise<Response>[] = [];
    for (let i = 0; i < 60; i++) {
      sent.push(c.send({ checkTx: { tx: Uint8Array.of(i) } }));
      if (i % 10 === 0) sent.push(c.send({ echo: { message: String(i) } }));
    }
    await c.flush();
    const res = await Promise.all(sent);
    const seen = res.map((r) => (r.checkTx ? `tx${r.checkTx.data[0]}` : `echo${r.echo!.message}`));
    const expected: string[] = [];
    for (let i = 0; i < 60; i++) {
      expected.push(`tx${i}`);
      if (i % 10 === 0) expected.push(`echo${i}`);
    }
    expect(seen).to.deep.equal(expected);
  });

  it("runs app methods one at a time across connections by default", async () => {
    await start();
    app.checkTxDelay = () => 3;
    const [a, b] = [await connect(), await connect()];
    const all = [a, b].flatMap((c) => Array.from({ length: 10 }, (_, i) => c.send({ checkTx: { tx: Uint8Array.of(i) } })));
    await Promise.all([a.flush(), b.flush(), ...all]);
    expect(app.maxActive).to.equal(1);
  });

  it("can run different connections concurrently with serializeApp: false", async () => {
    await start({ serializeApp: false });
    app.checkTxDelay = () => 10;
    const [a, b] = [await connect(), await connect()];
    const all = [a, b].flatMap((c) => Array.from({ length: 5 }, (_, i) => c.send({ checkTx: { tx: Uint8Array.of(i) } })));
    await Promise.all([a.flush(), b.flush(), ...all]);
    expect(app.maxActive).to.equal(2);
  });

  it("delivers an 8 MB FinalizeBlock intact", async () => {
    await start();
    const c = await connect();
    const txs = Array.from({ length: 80 }, (_, i) => new Uint8Array(100 * 1024).fill(i));
    const res = (await c.request({ finalizeBlock: { txs, height: 5n } })).finalizeBlock!;
    expect(res.txResults).to.have.length(80);
    expect([...res.txResults[79]!.data]).to.deep.equal([79, 79, 79, 79]);
    expect([...res.appHash]).to.deep.equal([0xab, 0xcd]);
    expect(app.lastBlockTxs).to.have.length(80);
    app.lastBlockTxs.forEach((tx, i) => expect(Buffer.from(tx).equals(Buffer.from(txs[i]!))).to.equal(true));
  });

  it("stops reading requests while its responses are not being read (back-pressure)", async () => {
    await start();
    const big = new Uint8Array(1024 * 1024);
    app.queryImpl = (req) => ({ key: req.data, value: big }) as abci.ResponseQuery;
    const c = await connect();
    c.socket.pause(); // a client that does not read
    const n = 100;
    const frames = Array.from({ length: n }, (_, i) => requestFrame({ query: { data: encodeUvarint(i) } }));
    const pending = c.sendRaw(concat([...frames, requestFrame({ flush: {} })]), n + 1);
    await sleep(300);
    const callsWhileBlocked = app.calls.length;
    expect(callsWhileBlocked).to.be.greaterThan(0);
    expect(callsWhileBlocked).to.be.lessThan(n / 2); // ~100 MB of responses did not pile up in memory
    c.socket.resume();
    const res = await Promise.all(pending);
    expect(app.calls.length).to.equal(n);
    res.slice(0, n).forEach((r, i) => expect([...r.query!.key]).to.deep.equal([...encodeUvarint(i)]));
  });

  describe("malformed input closes only that connection", () => {
    const cases: { name: string; bytes: () => Uint8Array; exception: boolean; log: RegExp }[] = [
      { name: "bad varint", bytes: () => new Uint8Array(11).fill(0x80), exception: false, log: /malformed frame: .*not a valid varint/ },
      { name: "oversize length", bytes: () => concat([encodeUvarint(4096), new Uint8Array(100)]), exception: false, log: /malformed frame: frame length 4096 exceeds maximum 1024/ },
      { name: "garbage protobuf", bytes: () => encodeFrame(Uint8Array.of(0x0f, 0xff, 0xff)), exception: true, log: /undecodable Request/ },
      { name: "empty Request", bytes: () => encodeFrame(new Uint8Array()), exception: true, log: /no known field set/ },
      // Field 7 was BeginBlock in ABCI 1.0: what a CometBFT v0.37 node would send.
      { name: "pre-2.0 request type", bytes: () => encodeFrame(Uint8Array.of(0x3a, 0x00)), exception: true, log: /no known field set/ },
    ];
    for (const tc of cases) {
      it(tc.name, async () => {
        await start({ maxFrameBytes: 1024 });
        const bad = await connect();
        const good = await connect();
        // A valid request ahead of the bad bytes, without Flush: the exception path must still deliver it.
        const [echo, exc] = bad.sendRaw(concat([requestFrame({ echo: { message: "before" } }), tc.bytes()]), tc.exception ? 2 : 0);
        if (tc.exception) {
          expect((await echo!).echo!.message).to.equal("before");
          expect((await exc!).exception!.error).to.match(tc.log);
        }
        await bad.closed;
        expect(logger.errors.some((m) => tc.log.test(m)), logger.errors.join("\n")).to.equal(true);
        expect((await good.request({ echo: { message: "still alive" } })).echo!.message).to.equal("still alive");
        const third = await connect();
        expect((await third.request({ info: {} })).info!.data).to.equal("test-app");
      });
    }
  });

  describe("app errors", () => {
    it("answers a synchronous throw with ResponseException and closes the connection", async () => {
      await start();
      app.infoImpl = () => {
        throw new Error("sync boom");
      };
      const [bad, good] = [await connect(), await connect()];
      const res = await bad.request({ info: {} });
      expect(res.exception).to.deep.equal({ error: "app.info failed: sync boom" });
      await bad.closed;
      expect(logger.errors.some((m) => m.includes("app.info threw: Error: sync boom"))).to.equal(true);
      expect((await good.request({ checkTx: { tx: Uint8Array.of(1) } })).checkTx!.code).to.equal(0);
    });

    it("answers a rejected promise with ResponseException, and the app lock is released", async () => {
      await start();
      const bad = await connect();
      const res = await bad.request({ checkTx: { tx: new TextEncoder().encode("boom") } });
      expect(res.exception!.error).to.equal("app.checkTx failed: async boom");
      await bad.closed;
      const good = await connect();
      expect((await good.request({ checkTx: { tx: Uint8Array.of(2) } })).checkTx!.data[0]).to.equal(2);
    });

    it("treats a missing or unencodable response as an app error", async () => {
      await start();
      app.infoImpl = () => undefined as unknown as abci.ResponseInfo;
      const c = await connect();
      expect((await c.request({ info: {} })).exception!.error).to.match(/app\.info returned undefined/);
      await c.closed;
      app.infoImpl = () => ({ lastBlockHeight: "not a number" }) as unknown as abci.ResponseInfo;
      const c2 = await connect();
      expect((await c2.request({ info: {} })).exception!.error).to.match(/app\.info returned an unencodable response/);
      await c2.closed;
    });
  });

  describe("listen and close", () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "abci-test-"));
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("serves a unix socket, replacing a stale socket file but not a live one", async () => {
      const sock = path.join(dir, "app.sock");
      // Leave a stale socket file behind: a process listening on it gets SIGKILLed.
      const child = spawn(process.execPath, ["-e", `require("net").createServer().listen(${JSON.stringify(sock)}, () => console.log("up"))`]);
      await new Promise((r) => child.stdout.once("data", r));
      const other = new AbciServer(app, { logger });
      await expectRejection(other.listen(`unix://${sock}`), /EADDRINUSE/); // live: leave it alone
      child.kill("SIGKILL");
      await new Promise((r) => child.once("exit", r));
      expect(fs.existsSync(sock)).to.equal(true);

      await start({}, `unix://${sock}`);
      expect(server.address).to.equal(`unix://${sock}`);
      const c = await connect();
      expect((await c.request({ echo: { message: "unix" } })).echo!.message).to.equal("unix");
    });

    it("close() stops listening and destroys open connections", async () => {
      await start();
      const address = server.address;
      const c = await connect();
      await c.request({ echo: { message: "x" } });
      await server.close();
      await c.closed;
      await expectRejection(AbciClient.connect(address), /ECONNREFUSED/);
      expect(() => server.address).to.throw(/not listening/);
      await server.close(); // idempotent
    });

    it("rejects malformed addresses", async () => {
      const s = new AbciServer(app, { logger });
      for (const bad of ["http://x:1", "tcp://localhost", "tcp://h:99999", "unix://"]) {
        await expectRejection(s.listen(bad), /invalid ABCI address/);
      }
    });
  });
});

async function expectRejection(p: Promise<unknown>, pattern: RegExp): Promise<void> {
  try {
    await p;
  } catch (err) {
    expect(String(err)).to.match(pattern);
    return;
  }
  expect.fail(`expected rejection matching ${pattern}`);
}
