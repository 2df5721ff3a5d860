// `meta-node init | start | status | register | vote | --help`
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { RpcClient } from "../chain/cli/rpc.ts";
import { parseCoinsText } from "../chain/types/coins.ts";
import { requirePositionals, untilSignalThenStop, UsageError, type Command } from "../chain/cli/util.ts";
import { ed25519PubKeyAny } from "../modules/register/types.ts";
import { stratos } from "../proto/client.ts";
import { msgs, TxSender } from "./chain/txs.ts";
import { auditEpoch } from "./audit.ts";
import { startDaemon } from "./daemon.ts";
import { DEFAULT_CONFIG, HomeError, initHome, loadKeys, paths, readConfig, type MetaNodeConfig } from "./home.ts";

function parseWei(text: string, what: string): bigint {
  let coins;
  try {
    coins = parseCoinsText(text);
  } catch (e) {
    throw new UsageError(`${what}: ${(e as Error).message}`);
  }
  if (coins.length !== 1 || coins[0].denom !== "wei" || coins[0].amount <= 0n) throw new UsageError(`${what} must be one positive amount in wei, gwei or stos (e.g. 100stos), got ${JSON.stringify(text)}`);
  return coins[0].amount;
}

export const DEFAULT_META_HOME = join(homedir(), ".meta-node");
const homeOpt = { home: { type: "string" as const, default: process.env.META_NODE_HOME ?? DEFAULT_META_HOME } };

function intOpt(v: string | undefined, what: string, min = 0): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`${what} must be a whole number${min ? ` ≥ ${min}` : ""}, got ${JSON.stringify(v)}`);
  return Number(v);
}

async function wrapHome<T>(fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof HomeError) throw new UsageError(e.message);
    throw e;
  }
}

async function sendTx(home: string, build: (k: Awaited<ReturnType<typeof loadKeys>>, cfg: MetaNodeConfig, rpc: RpcClient) => Promise<any>): Promise<void> {
  const cfg = await wrapHome(() => readConfig(home));
  const keys = await wrapHome(() => loadKeys(home));
  const rpc = new RpcClient(cfg.chainRpc);
  const msg = await build(keys, cfg, rpc);
  const r = await new TxSender(rpc, keys.wallet, BigInt(cfg.gasPriceWei)).send([msg]);
  console.log(JSON.stringify({ txhash: r.hash, height: r.height, code: r.code, log: r.log }, null, 2));
  if (r.code !== 0) throw new Error(`tx failed: code ${r.code}: ${r.log}`);
}

export const commands: Command[] = [
  {
    name: "init",
    summary: "Create the home folder: config.json, ed25519 P2P key (stsds1…), wallet key, BLS key",
    usage:
      "init [--home DIR] [--chain-rpc URL] [--host 127.0.0.1] [--port 18900] [--public-url URL] [--mnemonic-file FILE (or META_NODE_MNEMONIC)] " +
      "[--key-type secp256k1|eth_secp256k1] [--p2p-key FILE] [--bls-secret HEX] [--liveness-timeout-ms N] [--maintenance-interval-ms N] [--replicas N] [--force]",
    options: {
      ...homeOpt,
      "chain-rpc": { type: "string" },
      host: { type: "string" },
      port: { type: "string" },
      "public-url": { type: "string" },
      "mnemonic-file": { type: "string" },
      "key-type": { type: "string" },
      "p2p-key": { type: "string" },
      "bls-secret": { type: "string" },
      "liveness-timeout-ms": { type: "string" },
      "maintenance-interval-ms": { type: "string" },
      "effective-deposit-stagger-ms": { type: "string" },
      replicas: { type: "string" },
      force: { type: "boolean", default: false },
    },
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      const port = intOpt(values.port, "--port") ?? DEFAULT_CONFIG.port;
      if (port > 65535) throw new UsageError("--port must be 0..65535");
      const host = values.host ?? DEFAULT_CONFIG.host;
      const config: Partial<MetaNodeConfig> = { port, host, publicUrl: values["public-url"] ?? `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}` };
      if (values["chain-rpc"]) config.chainRpc = values["chain-rpc"];
      const lt = intOpt(values["liveness-timeout-ms"], "--liveness-timeout-ms", 1);
      if (lt !== undefined) config.livenessTimeoutMs = lt;
      const mi = intOpt(values["maintenance-interval-ms"], "--maintenance-interval-ms", 1);
      if (mi !== undefined) config.maintenanceIntervalMs = mi;
      const es = intOpt(values["effective-deposit-stagger-ms"], "--effective-deposit-stagger-ms");
      if (es !== undefined) config.effectiveDepositStaggerMs = es;
      const rep = intOpt(values.replicas, "--replicas", 1);
      if (rep !== undefined) config.defaultReplicas = rep;
      let mnemonic = process.env.META_NODE_MNEMONIC;
      if (values["mnemonic-file"]) {
        if (!existsSync(values["mnemonic-file"])) throw new UsageError(`--mnemonic-file ${values["mnemonic-file"]} does not exist`);
        mnemonic = readFileSync(values["mnemonic-file"], "utf8").trim();
      }
      const keyType = values["key-type"] ?? "secp256k1";
      if (keyType !== "secp256k1" && keyType !== "eth_secp256k1") throw new UsageError(`--key-type must be secp256k1 or eth_secp256k1, got ${JSON.stringify(keyType)}`);
      let p2pKey: import("../chain/keys/node-key.ts").NodeKeyFile | undefined;
      if (values["p2p-key"]) {
        const { readNodeKeyFile } = await import("../chain/keys/node-key.ts");
        p2pKey = readNodeKeyFile(values["p2p-key"]);
        if (!p2pKey.priv_key) throw new UsageError(`${values["p2p-key"]} has no private key`);
      }
      if (values["bls-secret"] && !/^[0-9a-fA-F]{64}$/.test(values["bls-secret"])) throw new UsageError("--bls-secret must be 64 hex digits");
      const r = await wrapHome(() => initHome(values.home, { config, mnemonic, keyType, p2pKey, blsSecret: values["bls-secret"], force: values.force }));
      console.log(JSON.stringify({ home: values.home, network_address: r.address, wallet: r.wallet, bls_pub_key: r.blsPubKey, public_url: config.publicUrl }, null, 2));
    },
  },
  {
    name: "start",
    summary: "Run the meta node (follows the chain, serves the meta-node API); SIGTERM/SIGINT stop it gracefully",
    usage: "start [--home DIR]",
    options: homeOpt,
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      const d = await wrapHome(() => startDaemon(values.home, { stderr: true }));
      await untilSignalThenStop(() => d.stop());
      // Everything is flushed and closed; lingering sockets (the chain websocket's reconnect timer) must not keep us alive.
      process.exit(0);
    },
  },
  {
    name: "status",
    summary: "Ask a running meta node for its status (chain height, meta nodes, resource nodes and their liveness)",
    usage: "status [--home DIR | --url URL]",
    options: { ...homeOpt, url: { type: "string" } },
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      const url = values.url ?? (await wrapHome(() => readConfig(values.home))).publicUrl;
      let res: Response;
      try {
        res = await fetch(`${url}/v1/status`, { signal: AbortSignal.timeout(10_000) });
      } catch (e) {
        throw new Error(`the meta node at ${url} does not answer (${(e as any).cause?.code ?? (e as Error).message}); is it running? start it with 'meta-node start'`);
      }
      console.log(JSON.stringify(await res.json(), null, 2));
    },
  },
  {
    name: "register",
    summary: "Apply on chain as a meta node (MsgCreateMetaNode with the BLS key + proof of possession; website = the API URL)",
    usage: "register <deposit e.g. 100stos> [--moniker NAME] [--home DIR]",
    options: { ...homeOpt, moniker: { type: "string" } },
    async run({ values, positionals }) {
      const [depositText] = requirePositionals(positionals, ["deposit"]);
      const value = parseWei(depositText, "deposit");
      await sendTx(values.home, async (k, cfg) =>
        msgs.createMetaNode({
          networkAddress: k.address,
          pubkey: ed25519PubKeyAny(k.p2pPubkey),
          valueWei: value,
          owner: k.wallet.address,
          moniker: values.moniker ?? `meta-node ${k.address.slice(0, 14)}`,
          website: cfg.publicUrl,
          blsPubKey: new Uint8Array(Buffer.from(k.bls.pubkey, "hex")),
          blsPop: new Uint8Array(Buffer.from(k.bls.pop, "hex")),
        }),
      );
    },
  },
  {
    name: "vote",
    summary: "Vote, as this meta node, on a meta-node candidate's registration (MsgMetaNodeRegistrationVote)",
    usage: "vote <candidate stsds1…> <yes|no> [--home DIR]",
    options: homeOpt,
    async run({ values, positionals }) {
      const [candidate, opinionText] = requirePositionals(positionals, ["candidate", "yes|no"]);
      if (!/^stsds1[0-9a-z]{38}$/.test(candidate)) throw new UsageError(`candidate must be an stsds1… network address, got ${JSON.stringify(candidate)}`);
      const o = opinionText.toLowerCase();
      if (!["yes", "no"].includes(o)) throw new UsageError(`opinion must be yes or no, got ${JSON.stringify(opinionText)}`);
      await sendTx(values.home, async (k, _cfg, rpc) => {
        const pb = stratos.register.v1;
        let owner: string;
        try {
          const raw = await rpc.query("/stratos.register.v1.Query/MetaNode", pb.QueryMetaNodeRequest.encode({ networkAddr: candidate }).finish());
          owner = pb.QueryMetaNodeResponse.decode(raw).node?.ownerAddress ?? "";
        } catch (e) {
          throw new UsageError(`${candidate} is not a meta node on chain (${(e as Error).message})`);
        }
        return msgs.registrationVote(candidate, owner, o === "yes", k.address, k.wallet.address);
      });
    },
  },
  {
    name: "audit",
    summary: "Check an epoch's on-chain volume report against its signed traffic receipts (exit 1 on a mismatch)",
    usage: "audit <epoch> --chain-rpc URL --meta URL [--wait SECONDS (30): how long a meta node still following the chain may answer 'no report yet']",
    options: { "chain-rpc": { type: "string" }, meta: { type: "string" }, wait: { type: "string", default: "30" } },
    async run({ values, positionals }) {
      const [epochText] = requirePositionals(positionals, ["epoch"]);
      const epoch = intOpt(epochText, "epoch", 1)!;
      if (!values["chain-rpc"] || !/^https?:\/\//.test(values["chain-rpc"])) throw new UsageError("--chain-rpc http(s)://… (a chain node's CometBFT RPC) is required");
      if (!values.meta || !/^https?:\/\//.test(values.meta)) throw new UsageError("--meta http(s)://… (any meta node's URL) is required");
      const waitMs = intOpt(values.wait, "--wait", 0)! * 1000;
      const r = await auditEpoch({ chainRpc: values["chain-rpc"], metaUrl: values.meta, epoch, waitMs });
      console.log(JSON.stringify(r, null, 2));
      if (!r.ok) {
        console.error(`audit of epoch ${epoch}: the on-chain report does NOT match its receipts (${r.problems.length} problem(s))`);
        process.exitCode = 1;
      } else console.error(`audit of epoch ${epoch}: OK — ${r.receipts} receipts prove the on-chain volumes`);
    },
  },
  {
    name: "show",
    summary: "Print this node's addresses, public URL and home paths",
    usage: "show [--home DIR]",
    options: homeOpt,
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      const cfg = await wrapHome(() => readConfig(values.home));
      const k = await wrapHome(() => loadKeys(values.home));
      console.log(JSON.stringify({ network_address: k.address, pubkey: Buffer.from(k.p2pPubkey).toString("base64"), wallet: k.wallet.address, bls_pub_key: k.bls.pubkey, public_url: cfg.publicUrl, chain_rpc: cfg.chainRpc, log: paths(values.home).log }, null, 2));
    },
  },
];
