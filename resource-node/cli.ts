// `resource-node` commands (mirroring Stratos' ppd terminal): init | start | status, chain txs
// (register/activate, update-deposit, deactivate, prepay, withdraw), files (put, get, get-shared, ls,
// rm, share, shares, stop-share). put/get stream through the running daemon's local API (/api/v1)
// with a progress bar; ls/rm/share talk to the meta nodes directly with this node's keys.
import { SingleBar } from "cli-progress";
import { createReadStream, createWriteStream, existsSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { request, type IncomingMessage } from "node:http";
import { homedir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { parseWei } from "../chain/cli/args.ts";
import { dispatch, requirePositionals, untilSignalThenStop, UsageError, type Command } from "../chain/cli/util.ts";
import { isValidFileHash } from "../chain/crypto/cid.ts";
import { readNodeKeyFile } from "../chain/keys/node-key.ts";
import { NodeClient } from "../meta-node/protocol/client.ts";
import { parseErrorBody, ProtocolError } from "../meta-node/protocol/errors.ts";
import { walletSignMessage } from "../meta-node/protocol/wallet-signature.ts";
import { ChainClient, ChainTxs } from "./chain.ts";
import { startNode } from "./daemon.ts";
import { NodeDirectory } from "./directory.ts";
import { parseSdmHandle } from "./gateway.ts";
import { DEFAULT_CONFIG, HomeError, initHome, loadKeys, paths, readApiToken, readConfig } from "./home.ts";
import { silentLogger } from "./log.ts";
import { MetaClient } from "./meta-client.ts";

const DEFAULT_HOME = process.env.RESOURCE_NODE_HOME ?? join(homedir(), ".resource-node");
const homeOpt = { home: { type: "string" as const, default: DEFAULT_HOME } };

// ---- helpers --------------------------------------------------------------------------------------

function localBase(home: string): { base: string; token: string } {
  const c = readConfig(home);
  const host = c.host === "0.0.0.0" || c.host === "::" ? "127.0.0.1" : c.host;
  return { base: `http://${host.includes(":") ? `[${host}]` : host}:${c.port}`, token: readApiToken(home) };
}

function notRunning(home: string, e: Error): Error {
  return new Error(`cannot reach the resource node of ${home} (${e.message}); start it with 'resource-node start --home ${home}'`);
}

async function localJson(home: string, path: string): Promise<any> {
  const { base, token } = localBase(home);
  let res: Response;
  try {
    res = await fetch(base + path, { headers: { authorization: `Bearer ${token}` } });
  } catch (e) {
    throw notRunning(home, (e as any).cause ?? (e as Error));
  }
  const text = await res.text();
  if (!res.ok) throw parseErrorBody(res.status, text);
  return JSON.parse(text);
}

async function offline(home: string) {
  const cfg = readConfig(home);
  const keys = await loadKeys(home);
  const http = new NodeClient({ identity: keys.identity, idleTimeoutMs: cfg.peerTimeoutMs });
  const chain = new ChainClient(cfg.chainRpc);
  const dir = new NodeDirectory(chain, http, silentLogger, { seeds: cfg.metaSeeds });
  const meta = new MetaClient(dir, http);
  const txs = new ChainTxs(cfg.chainRpc, keys.chainSigner, cfg.gasPrice);
  return { cfg, keys, http, chain, dir, meta, txs, close: () => http.close() };
}

const now = () => Math.floor(Date.now() / 1000);
const mb = (bytes: number) => (bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 1);
const human = (n: number) => (n < 1024 ? `${n} B` : n < 1 << 20 ? `${(n / 1024).toFixed(1)} KiB` : n < 1 << 30 ? `${(n / (1 << 20)).toFixed(1)} MiB` : `${(n / (1 << 30)).toFixed(2)} GiB`);

function explain(e: unknown): Error {
  if (e instanceof ProtocolError) {
    if (e.code === "insufficient_ozone") return new Error(`${e.message}`);
    return new Error(`${e.message} (${e.code})`);
  }
  return e as Error;
}

function progressBar(label: string) {
  const bar = new SingleBar(
    {
      format: `${label.padEnd(10)} [{bar}] {percentage}% | {done}/{all} MB | {speed} MB/s | ETA {eta_formatted}`,
      barsize: 30,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      stream: process.stderr,
    },
  );
  const t0 = Date.now();
  let started = false;
  return {
    update(bytes: number, total: number) {
      if (!process.stderr.isTTY) return;
      const secs = Math.max(0.001, (Date.now() - t0) / 1000);
      const payload = { done: mb(bytes), all: mb(total), speed: (bytes / 1e6 / secs).toFixed(1) };
      if (!started) {
        bar.start(Math.max(1, total), bytes, payload);
        started = true;
      } else {
        bar.setTotal(Math.max(1, total));
        bar.update(bytes, payload);
      }
    },
    stop() {
      if (started) bar.stop();
    },
    seconds: () => (Date.now() - t0) / 1000,
  };
}

async function withMeta<T>(home: string, f: (o: Awaited<ReturnType<typeof offline>>) => Promise<T>): Promise<T> {
  const o = await offline(home);
  try {
    return await f(o);
  } catch (e) {
    throw explain(e);
  } finally {
    o.close();
  }
}

// ---- commands -------------------------------------------------------------------------------------

const commands: Command[] = [
  {
    name: "init",
    summary: "Create a home folder: config.json, P2P key (stsds1…), wallet, API token",
    usage: "init [--home DIR] [--chain-rpc URL] [--host H] [--port N] [--public-url URL] [--moniker NAME] [--slice-size BYTES] [--capacity BYTES] [--heartbeat-interval-ms N] [--meta-seed URL]… [--p2p-key FILE (node-key JSON)] [--recover (mnemonic on stdin or STRATOS_MNEMONIC) | --mnemonic-file FILE] [--key-type secp256k1|eth_secp256k1] [--force]",
    options: {
      ...homeOpt,
      "chain-rpc": { type: "string" },
      host: { type: "string" },
      port: { type: "string" },
      "public-url": { type: "string" },
      moniker: { type: "string" },
      "slice-size": { type: "string" },
      capacity: { type: "string" },
      "heartbeat-interval-ms": { type: "string" },
      "meta-seed": { type: "string", multiple: true },
      "p2p-key": { type: "string" },
      recover: { type: "boolean", default: false },
      "mnemonic-file": { type: "string" },
      "key-type": { type: "string", default: "secp256k1" },
      force: { type: "boolean", default: false },
    },
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      const int = (name: string): number | undefined => {
        const v = values[name];
        if (v === undefined) return undefined;
        if (!/^\d+$/.test(v)) throw new UsageError(`--${name} must be a non-negative integer, got ${JSON.stringify(v)}`);
        return Number(v);
      };
      const port = int("port") ?? DEFAULT_CONFIG.port;
      const host = values.host ?? DEFAULT_CONFIG.host;
      const config = {
        chainRpc: values["chain-rpc"] ?? DEFAULT_CONFIG.chainRpc,
        host,
        port,
        publicUrl: values["public-url"] ?? `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`,
        moniker: values.moniker ?? "",
        sliceSize: int("slice-size") ?? DEFAULT_CONFIG.sliceSize,
        capacityBytes: int("capacity") ?? 0,
        heartbeatIntervalMs: int("heartbeat-interval-ms") ?? DEFAULT_CONFIG.heartbeatIntervalMs,
        metaSeeds: values["meta-seed"] ?? [],
      };
      const keyType = values["key-type"];
      if (keyType !== "eth_secp256k1" && keyType !== "secp256k1") throw new UsageError(`--key-type must be eth_secp256k1 or secp256k1`);
      let mnemonic: string | undefined;
      if (values.recover && values["mnemonic-file"]) throw new UsageError("give either --recover or --mnemonic-file");
      if (values["mnemonic-file"]) {
        try {
          mnemonic = readFileSync(values["mnemonic-file"], "utf8").trim();
        } catch (e) {
          throw new UsageError(`cannot read --mnemonic-file: ${(e as Error).message}`);
        }
      }
      let p2pKey;
      if (values["p2p-key"]) {
        try {
          p2pKey = readNodeKeyFile(values["p2p-key"]);
        } catch (e) {
          throw new UsageError((e as Error).message);
        }
        if (!p2pKey.priv_key) throw new UsageError(`${values["p2p-key"]} has no priv_key: the node must sign with it`);
      }
      if (values.recover) {
        mnemonic = (process.env.STRATOS_MNEMONIC ?? readFileSync(0, "utf8")).trim();
        if (!mnemonic) throw new UsageError("--recover: give the mnemonic on stdin or in STRATOS_MNEMONIC");
      }
      try {
        const r = await initHome(values.home, { config, mnemonic, keyType, p2pKey, force: values.force });
        console.log(JSON.stringify({ home: resolve(values.home), address: r.address, wallet: r.wallet, ...(r.mnemonic ? { mnemonic: r.mnemonic } : {}) }, null, 2));
        if (r.mnemonic) console.error("Write the wallet mnemonic down (it is also in wallet.json): it is the only way to recover the wallet.");
        console.error(`Next: fund ${r.wallet}, then 'resource-node start' and 'resource-node register <deposit>'.`);
      } catch (e) {
        if (e instanceof HomeError) throw new UsageError(e.message);
        throw e;
      }
    },
  },
  {
    name: "start",
    summary: "Run the daemon in the foreground (SIGTERM/SIGINT stop it gracefully)",
    usage: "start [--home DIR] [--quiet]",
    options: { ...homeOpt, quiet: { type: "boolean", default: false } },
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      let node;
      try {
        node = await startNode(values.home, { stderr: !values.quiet });
      } catch (e) {
        if (e instanceof HomeError) throw new UsageError(e.message);
        if ((e as any).code === "EADDRINUSE") throw new Error(`port already in use: is another resource node running on it? (${(e as Error).message})`);
        throw e;
      }
      await untilSignalThenStop(() => node.stop());
    },
  },
  {
    name: "status",
    summary: "The running node's state (slices, meta nodes, chain record); without a daemon, what is known offline",
    usage: "status [--home DIR]",
    options: homeOpt,
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      try {
        const s = await localJson(values.home, "/api/v1/status");
        console.log(JSON.stringify({ running: true, ...s }, null, 2));
      } catch (e) {
        if (e instanceof ProtocolError) throw e;
        const cfg = readConfig(values.home);
        const keys = await loadKeys(values.home);
        const chain = new ChainClient(cfg.chainRpc);
        const rn = await chain.resourceNode(keys.identity.address).catch((err) => ({ error: (err as Error).message }));
        console.log(
          JSON.stringify(
            {
              running: false,
              why: (e as Error).message,
              address: keys.identity.address,
              wallet: keys.walletSigner.address,
              url: cfg.publicUrl,
              chain: rn && "error" in rn ? rn : rn ? { registered: true, status: rn.status, suspend: rn.suspend, tokens: rn.tokens.toString(), effectiveTokens: String(rn.effectiveTokens ?? 0n), website: rn.url } : { registered: false },
            },
            null,
            2,
          ),
        );
      }
    },
  },
  ...["register", "activate"].map(
    (name): Command => ({
      name,
      summary: "MsgCreateResourceNode: register this node on chain with a deposit (description.website = its public URL)",
      usage: `${name} <deposit e.g. 1stos> [--home DIR] [--moniker NAME] [--beneficiary st1…]`,
      options: { ...homeOpt, moniker: { type: "string" }, beneficiary: { type: "string" } },
      async run({ values, positionals }) {
        const [depositText] = requirePositionals(positionals, ["deposit"]);
        const deposit = parseWei(depositText, "deposit");
        await withMeta(values.home, async (o) => {
          const existing = await o.chain.resourceNode(o.keys.identity.address);
          if (existing) throw new UsageError(`${o.keys.identity.address} is already registered (status ${existing.status}); use update-deposit to add to its deposit`);
          const r = await o.txs.createResourceNode({
            networkAddress: o.keys.identity.address,
            publicKey: o.keys.identity.publicKey,
            depositWei: deposit,
            moniker: values.moniker ?? (o.cfg.moniker || o.keys.identity.address.slice(0, 16)),
            website: o.cfg.publicUrl,
            beneficiary: values.beneficiary,
          });
          console.log(JSON.stringify(r, null, 2));
          console.error("Registered. A meta node sets its effective deposit shortly; then this node receives slices.");
        });
      },
    }),
  ),
  {
    name: "update-deposit",
    summary: "MsgUpdateResourceNodeDeposit: add to this node's deposit",
    usage: "update-deposit <deposit-delta e.g. 1stos> [--home DIR]",
    options: homeOpt,
    async run({ values, positionals }) {
      const [deltaText] = requirePositionals(positionals, ["deposit-delta"]);
      const delta = parseWei(deltaText, "deposit-delta");
      await withMeta(values.home, async (o) => console.log(JSON.stringify(await o.txs.updateDeposit(o.keys.identity.address, delta), null, 2)));
    },
  },
  {
    name: "deactivate",
    summary: "MsgRemoveResourceNode: start unbonding (meta nodes move its slices elsewhere)",
    usage: "deactivate [--home DIR]",
    options: homeOpt,
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      await withMeta(values.home, async (o) => console.log(JSON.stringify(await o.txs.removeResourceNode(o.keys.identity.address), null, 2)));
    },
  },
  {
    name: "prepay",
    summary: "MsgPrepay: buy ozone with wei (for this wallet or --beneficiary)",
    usage: "prepay <amount e.g. 1stos> [--beneficiary st1…] [--home DIR]",
    options: { ...homeOpt, beneficiary: { type: "string" } },
    async run({ values, positionals }) {
      const [amountText] = requirePositionals(positionals, ["amount"]);
      const amount = parseWei(amountText, "amount");
      await withMeta(values.home, async (o) => console.log(JSON.stringify(await o.txs.prepay(amount, values.beneficiary), null, 2)));
    },
  },
  {
    name: "withdraw",
    summary: "MsgWithdraw: withdraw matured rewards",
    usage: "withdraw <amount e.g. 1stos> [--target st1…] [--home DIR]",
    options: { ...homeOpt, target: { type: "string" } },
    async run({ values, positionals }) {
      const [amountText] = requirePositionals(positionals, ["amount"]);
      const amount = parseWei(amountText, "amount");
      await withMeta(values.home, async (o) => console.log(JSON.stringify(await o.txs.withdraw(amount, values.target), null, 2)));
    },
  },
  {
    name: "ozone",
    summary: "This wallet's (or another's) prepaid ozone at the meta nodes",
    usage: "ozone [wallet] [--home DIR]",
    options: homeOpt,
    async run({ values, positionals }) {
      if (positionals.length > 1) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[1])}`);
      await withMeta(values.home, async (o) => console.log(JSON.stringify(await o.meta.ozone(positionals[0] ?? o.keys.walletSigner.address), null, 2)));
    },
  },
  {
    name: "put",
    summary: "Upload a file through the running node (progress bar; prints its sdm:// handle)",
    usage: "put <file> [--replicas N] [--slice-size BYTES] [--name NAME] [--home DIR]",
    options: { ...homeOpt, replicas: { type: "string" }, "slice-size": { type: "string" }, name: { type: "string" } },
    async run({ values, positionals }) {
      const [file] = requirePositionals(positionals, ["file"]);
      let size: number;
      try {
        const st = statSync(file);
        if (!st.isFile()) throw new UsageError(`${file} is not a regular file`);
        size = st.size;
      } catch (e) {
        if (e instanceof UsageError) throw e;
        throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
      }
      for (const k of ["replicas", "slice-size"]) if (values[k] !== undefined && !/^[1-9]\d*$/.test(values[k])) throw new UsageError(`--${k} must be a positive integer`);
      const q = new URLSearchParams({ name: values.name ?? basename(file) });
      if (values.replicas) q.set("replicas", values.replicas);
      if (values["slice-size"]) q.set("sliceSize", values["slice-size"]);
      const { base, token } = localBase(values.home);
      const bar = progressBar("staging");
      let phase = "staging";
      let sendBar: ReturnType<typeof progressBar> | undefined;
      // The daemon's NDJSON answer: progress lines, then {result} or {error}.
      const readAnswer = (res: IncomingMessage, resolveP: (r: any) => void, rejectP: (e: unknown) => void) => {
        let buf = "";
        let last: any;
        res.setEncoding("utf8");
        res.on("data", (s: string) => {
          buf += s;
          let i;
          while ((i = buf.indexOf("\n")) >= 0) {
            const lineText = buf.slice(0, i);
            buf = buf.slice(i + 1);
            if (!lineText) continue;
            const m = JSON.parse(lineText);
            last = m;
            if (m.phase === "staging") bar.update(m.bytes, m.total);
            else if (m.phase === "sending") {
              if (phase !== "sending") {
                bar.stop();
                phase = "sending";
                sendBar = progressBar("replicating");
              }
              sendBar!.update(m.bytes, m.total);
            }
          }
        });
        res.on("end", () => {
          bar.stop();
          sendBar?.stop();
          if (res.statusCode !== 200) return rejectP(parseErrorBody(res.statusCode ?? 0, buf));
          if (buf.trim()) last = JSON.parse(buf);
          if (last?.error) return rejectP(new ProtocolError(0, last.error.code, last.error.message));
          if (!last?.result) return rejectP(new Error("the node closed the upload without a result; see its log"));
          resolveP(last.result);
        });
      };
      // The daemon reads the file itself (same machine: no copy through the socket, nothing staged);
      // if it cannot (another user, a container), the bytes are streamed to it instead.
      const byPath = () =>
        new Promise<any>((resolveP, rejectP) => {
          const u = new URL("/api/v1/upload-file", base);
          const body = JSON.stringify({ path: resolve(file), name: values.name ?? basename(file), ...(values.replicas ? { replicas: Number(values.replicas) } : {}), ...(values["slice-size"] ? { sliceSize: Number(values["slice-size"]) } : {}) });
          const req = request({ host: u.hostname, port: u.port, method: "POST", path: u.pathname, headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "content-length": Buffer.byteLength(body) } });
          req.on("error", (e) => rejectP(notRunning(values.home, e)));
          req.on("response", (res: IncomingMessage) => readAnswer(res, resolveP, rejectP));
          req.end(body);
        });
      const streamed = () =>
        new Promise<any>((resolveP, rejectP) => {
          const u = new URL(`/api/v1/upload?${q}`, base);
          const req = request({ host: u.hostname, port: u.port, method: "PUT", path: u.pathname + u.search, headers: { authorization: `Bearer ${token}`, "content-type": "application/octet-stream", "content-length": size } });
          req.on("error", (e) => rejectP(notRunning(values.home, e)));
          req.on("response", (res: IncomingMessage) => readAnswer(res, resolveP, rejectP));
          pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), req).catch(() => undefined);
        });
      const result: any = await byPath()
        .catch((e) => {
          // 404: a daemon older than this CLI; cannot_read: it cannot open the file
          if (e instanceof ProtocolError && (e.code === "cannot_read" || e.status === 404)) return streamed();
          throw e;
        })
        .catch((e) => {
          throw explain(e);
        });
      const secs = bar.seconds();
      const wallet = (await loadKeys(values.home)).walletSigner.address;
      const handle = `sdm://${wallet}/${result.fileHash}`;
      if (result.state === "exists") console.error(`${basename(file)} is already stored (same file, same owner): nothing sent, nothing charged.`);
      else
        console.error(
          `stored ${basename(file)} (${human(size)}) in ${secs.toFixed(1)} s (${mb(size / secs)} MB/s): ${result.slices} slice(s) × ${result.replicas} replica(s)` +
            (result.state === "partial" ? `; some replicas failed and are being repaired (${result.failures.length} failures)` : ""),
        );
      console.log(JSON.stringify({ handle, ...result }, null, 2));
    },
  },
  {
    name: "get",
    summary: "Download sdm://<owner>/<fileHash> through the running node (progress bar)",
    usage: "get <sdm://owner/fileHash> [output path] [--via URL (another resource node serves it; this wallet signs)] [--home DIR]",
    options: { ...homeOpt, via: { type: "string" } },
    async run({ values, positionals }) {
      if (positionals.length < 1 || positionals.length > 2) throw new UsageError(positionals.length ? `unexpected argument ${JSON.stringify(positionals[2])}` : "missing argument <sdm://owner/fileHash>");
      try {
        parseSdmHandle(positionals[0]!);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      const q = new URLSearchParams({ handle: positionals[0]! });
      if (values.via !== undefined) {
        if (!/^http:\/\/[^/]+$/.test(values.via)) throw new UsageError(`--via must be a resource node's base URL http://host:port, got ${JSON.stringify(values.via)}`);
        const { fileHash } = parseSdmHandle(positionals[0]!);
        await withMeta(values.home, async (o) => {
          const w = o.keys.walletSigner;
          const sequence = (await o.meta.ozone(w.address)).sequence ?? "";
          const reqTime = now();
          const sig = w.sign(walletSignMessage.download(fileHash, w.address, sequence, reqTime));
          q.set("wallet", w.address);
          q.set("reqTime", String(reqTime));
          q.set("sequence", sequence);
          q.set("walletSig", Buffer.from(JSON.stringify(sig)).toString("base64url"));
        });
      }
      await download(values.home, q, positionals[1], values.via);
    },
  },
  {
    name: "get-shared",
    summary: "Download a file someone shared with you: sds://<link>[/<password>] (you pay the ozone)",
    usage: "get-shared <sds://link[/password]> [output path] [--password P] [--home DIR]",
    options: { ...homeOpt, password: { type: "string" } },
    async run({ values, positionals }) {
      if (positionals.length < 1 || positionals.length > 2) throw new UsageError("usage: get-shared <sds://link[/password]> [output path]");
      const m = /^(?:sds:\/\/)?([A-Za-z0-9_-]{4,64})(?:\/([^/]*))?$/.exec(positionals[0]!);
      if (!m) throw new UsageError(`${JSON.stringify(positionals[0])} is not a share link sds://<link>[/<password>]`);
      const q = new URLSearchParams({ shareLink: m[1]! });
      const password = values.password ?? m[2];
      if (password) q.set("password", password);
      await download(values.home, q, positionals[1]);
    },
  },
  {
    name: "ls",
    summary: "List this wallet's files (size, hash, replicas, state)",
    usage: "ls [--page N] [--json] [--home DIR]",
    options: { ...homeOpt, page: { type: "string", default: "0" }, json: { type: "boolean", default: false } },
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      if (!/^\d+$/.test(values.page)) throw new UsageError("--page must be a non-negative integer");
      await withMeta(values.home, async (o) => {
        const w = o.keys.walletSigner;
        const reqTime = now();
        const r = await o.meta.list({ owner: w.address, page: Number(values.page), reqTime, walletSig: w.sign(walletSignMessage.list(w.address, reqTime)) });
        if (values.json) return console.log(JSON.stringify(r, null, 2));
        if (r.files.length === 0) return console.log(`no files for ${w.address}${Number(values.page) > 0 ? ` on page ${values.page}` : ""}`);
        console.log(`${"SIZE".padStart(10)}  ${"REPLICAS".padEnd(8)}  ${"STATE".padEnd(10)}  ${"FILE HASH".padEnd(42)}  NAME`);
        for (const f of r.files) console.log(`${human(Number(f.fileSize)).padStart(10)}  ${`${f.replicas}/${f.desired}`.padEnd(8)}  ${String(f.stateName ?? f.state).padEnd(10)}  ${f.fileHash.padEnd(42)}  ${f.name}`);
        console.log(`${r.files.length} of ${r.total} file(s), page ${r.page}`);
      });
    },
  },
  {
    name: "rm",
    summary: "Delete one of this wallet's files",
    usage: "rm <fileHash> [--home DIR]",
    options: homeOpt,
    async run({ values, positionals }) {
      const [fileHash] = requirePositionals(positionals, ["fileHash"]);
      if (!isValidFileHash(fileHash)) throw new UsageError(`${fileHash} is not a Stratos file hash (v…)`);
      await withMeta(values.home, async (o) => {
        const w = o.keys.walletSigner;
        const reqTime = now();
        console.log(JSON.stringify(await o.meta.deleteFile({ owner: w.address, fileHash, reqTime, walletSig: w.sign(walletSignMessage.deleteFile(fileHash, w.address, reqTime)) }), null, 2));
      });
    },
  },
  {
    name: "share",
    summary: "Make a share link for one of this wallet's files (optional expiry, optional password)",
    usage: "share <fileHash> [--duration SECONDS (0 = never expires)] [--private (adds a password)] [--home DIR]",
    options: { ...homeOpt, duration: { type: "string", default: "0" }, private: { type: "boolean", default: false } },
    async run({ values, positionals }) {
      const [fileHash] = requirePositionals(positionals, ["fileHash"]);
      if (!isValidFileHash(fileHash)) throw new UsageError(`${fileHash} is not a Stratos file hash (v…)`);
      if (!/^\d+$/.test(values.duration)) throw new UsageError("--duration must be a whole number of seconds");
      await withMeta(values.home, async (o) => {
        const w = o.keys.walletSigner;
        const reqTime = now();
        const r = await o.meta.shareCreate({ owner: w.address, fileHash, duration: Number(values.duration), private: values.private, reqTime, walletSig: w.sign(walletSignMessage.share(fileHash, w.address, reqTime)) });
        console.log(JSON.stringify({ ...r, link: `sds://${r.shareLink}${r.password ? "/" + r.password : ""}` }, null, 2));
      });
    },
  },
  {
    name: "shares",
    summary: "List this wallet's share links",
    usage: "shares [--home DIR]",
    options: homeOpt,
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      await withMeta(values.home, async (o) => {
        const w = o.keys.walletSigner;
        const reqTime = now();
        console.log(JSON.stringify(await o.meta.shareList({ owner: w.address, reqTime, walletSig: w.sign(walletSignMessage.listShare(w.address, reqTime)) }), null, 2));
      });
    },
  },
  {
    name: "stop-share",
    summary: "Stop a share link",
    usage: "stop-share <shareId> [--home DIR]",
    options: homeOpt,
    async run({ values, positionals }) {
      const [shareId] = requirePositionals(positionals, ["shareId"]);
      await withMeta(values.home, async (o) => {
        const w = o.keys.walletSigner;
        const reqTime = now();
        console.log(JSON.stringify(await o.meta.shareStop({ owner: w.address, shareId, reqTime, walletSig: w.sign(walletSignMessage.stopShare(shareId, w.address, reqTime)) }), null, 2));
      });
    },
  },
];

async function download(home: string, q: URLSearchParams, out?: string, via?: string): Promise<void> {
  const local = localBase(home);
  const base = via ?? local.base;
  const token = local.token;
  const u = new URL(`/api/v1/download?${q}`, base);
  const res: IncomingMessage = await new Promise((resolveP, rejectP) => {
    // never send this node's token to another node
    const req = request({ host: u.hostname, port: u.port, path: u.pathname + u.search, headers: via ? {} : { authorization: `Bearer ${token}` } });
    req.on("error", (e) => rejectP(notRunning(home, e)));
    req.on("response", resolveP);
    req.end();
  });
  if (res.statusCode !== 200) {
    let text = "";
    for await (const c of res) text += c;
    throw explain(parseErrorBody(res.statusCode ?? 0, text));
  }
  const size = Number(res.headers["content-length"]);
  const name = decodeURIComponent(String(res.headers["x-file-name"] ?? "")) || String(res.headers["x-file-hash"]);
  const target = out ?? basename(name);
  if (existsSync(target) && statSync(target).isDirectory()) throw new UsageError(`${target} is a folder: give a file path`);
  const tmp = `${target}.part`;
  const bar = progressBar("download");
  let got = 0;
  res.on("data", (c: Buffer) => {
    got += c.length;
    bar.update(got, size);
  });
  try {
    await pipeline(res, createWriteStream(tmp));
  } catch (e) {
    bar.stop();
    rmSync(tmp, { force: true });
    throw new Error(`download cut off after ${got} of ${size} bytes (${(e as Error).message}); nothing was saved — try again`);
  }
  bar.stop();
  if (got !== size) {
    rmSync(tmp, { force: true });
    throw new Error(`download cut off after ${got} of ${size} bytes; nothing was saved — try again (a slice may be under repair)`);
  }
  renameSync(tmp, target);
  const secs = bar.seconds();
  console.error(`saved ${target} (${human(size)}) in ${secs.toFixed(1)} s (${mb(size / secs)} MB/s)`);
  console.log(JSON.stringify({ path: resolve(target), fileHash: res.headers["x-file-hash"], owner: res.headers["x-file-owner"], size }, null, 2));
}

export async function main(argv: string[]): Promise<number> {
  return dispatch("resource-node", commands, argv);
}

export { commands as resourceNodeCommands, paths as homePaths };
