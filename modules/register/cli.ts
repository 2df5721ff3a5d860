// node-key new|show, tx register …, query register …: SDS resource and meta nodes (spec §2, §6.1).
//
// A resource or meta node's network identity is an ed25519 key; its network address is bech32
// `stsds` of SHA-256(pubkey)[0:20]. `node-key new --out FILE` makes one; create-resource-node and
// create-meta-node take it as --node-key FILE (or just the public key as --pubkey BASE64).
import { existsSync, writeFileSync } from "node:fs";
import { checkAccArg, checkNetArg, nodeOption, parseWei } from "../../chain/cli/args.ts";
import { openKeyring } from "../../chain/cli/keys-commands.ts";
import { queryAndPrint } from "../../chain/cli/query.ts";
import { RpcClient } from "../../chain/cli/rpc.ts";
import { parseIntArg, signAndBroadcast, txOptions } from "../../chain/cli/tx.ts";
import { requirePositionals, UsageError, type Command } from "../../chain/cli/util.ts";
import { newNodeKey, NodeKeyFileError, readNodeKeyFile, sdsAddressOfEd25519, type NodeKeyFile } from "../../chain/keys/node-key.ts";
import { stratos } from "../../proto/client.ts";
import { ed25519PubKeyAny } from "./types.ts";

const pb = stratos.register.v1;

// ---- node keys ---------------------------------------------------------------------------------

/** readNodeKeyFile for a command argument: a bad file is a usage error. */
function readNodeKeyArg(path: string): NodeKeyFile {
  try {
    return readNodeKeyFile(path);
  } catch (e) {
    if (e instanceof NodeKeyFileError) throw new UsageError(e.message);
    throw e;
  }
}

/** --node-key FILE or --pubkey BASE64 (optionally checked against --network-address) → address and pubkey Any. */
function nodeIdentity(values: Record<string, any>): { networkAddress: string; pubkey: { typeUrl: string; value: Uint8Array } } {
  let key: Uint8Array;
  if (values["node-key"] && values.pubkey) throw new UsageError("give either --node-key or --pubkey, not both");
  if (values["node-key"]) {
    key = new Uint8Array(Buffer.from(readNodeKeyArg(values["node-key"]).pubkey.key, "base64"));
  } else if (values.pubkey) {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(values.pubkey)) throw new UsageError(`--pubkey must be the base64 of a 32-byte ed25519 public key`);
    key = new Uint8Array(Buffer.from(values.pubkey, "base64"));
    if (key.length !== 32) throw new UsageError(`--pubkey must be a 32-byte ed25519 public key, got ${key.length} bytes`);
  } else {
    throw new UsageError("the node's key is required: --node-key FILE (from 'node-key new') or --pubkey BASE64");
  }
  const networkAddress = sdsAddressOfEd25519(key);
  if (values["network-address"] && values["network-address"] !== networkAddress) {
    throw new UsageError(`--network-address ${values["network-address"]} does not match the node key (its address is ${networkAddress})`);
  }
  return { networkAddress, pubkey: ed25519PubKeyAny(key) };
}

// ---- argument checks ---------------------------------------------------------------------------

const weiCoin = (amount: bigint) => ({ denom: "wei", amount: amount.toString() });

function parseOpinion(text: string): boolean {
  const t = text.toLowerCase();
  if (["yes", "true", "approve", "y"].includes(t)) return true;
  if (["no", "false", "reject", "n"].includes(t)) return false;
  throw new UsageError(`opinion must be yes or no, got ${JSON.stringify(text)}`);
}

function list(text: string | undefined): string[] {
  return (text ?? "").split(",").map((s) => s.trim()).filter((s) => s.length > 0);
}

function hexBytes(text: string | undefined, what: string): Uint8Array {
  if (!text) return new Uint8Array();
  const h = text.replace(/^0x/, "");
  if (!/^([0-9a-fA-F]{2})*$/.test(h)) throw new UsageError(`${what} must be hex, got ${JSON.stringify(text)}`);
  return new Uint8Array(Buffer.from(h, "hex"));
}

const descriptionOptions = {
  moniker: { type: "string" as const },
  identity: { type: "string" as const, default: "" },
  website: { type: "string" as const, default: "" },
  "security-contact": { type: "string" as const, default: "" },
  details: { type: "string" as const, default: "" },
};
const descUsage = "--moniker NAME [--identity ..] [--website ..] [--security-contact ..] [--details ..]";
const txUsage = "[--keyring-backend file|test] [--home DIR] [--node URL] [--chain-id ID] [--fees 200000gwei | --gas auto --gas-prices 1gwei] [--memo TEXT]";

function description(values: Record<string, any>) {
  if (!values.moniker || !String(values.moniker).trim()) throw new UsageError("--moniker is required");
  return { moniker: values.moniker, identity: values.identity, website: values.website, securityContact: values["security-contact"], details: values.details };
}

function nodeType(text: string | undefined, def: number): number {
  if (text === undefined) return def;
  const v = Number(text);
  if (!/^\d+$/.test(text) || v < 1 || v > 7) throw new UsageError(`--node-type must be 1..7 (computation=1, database=2, storage=4, or their sum), got ${JSON.stringify(text)}`);
  return v;
}

async function keyAddress(values: Record<string, any>, name: string): Promise<string> {
  return (await (await openKeyring(values, false)).show(name)).address;
}

/** Encodes one register Msg and signs/broadcasts it with key `from`. */
async function sendRegister(values: Record<string, any>, from: string, name: keyof typeof pb & string, msg: any): Promise<void> {
  const codec = (pb as any)[name] as { encode(m: any): { finish(): Uint8Array }; fromPartial(o: any): any };
  await signAndBroadcast(values, from, [{ typeUrl: `/stratos.register.v1.${name}`, value: codec.encode(codec.fromPartial(msg)).finish() }]);
}

// ---- query output ------------------------------------------------------------------------------

const queryOptions = { ...nodeOption, height: { type: "string" as const } };
const qUsage = "[--node URL] [--height N]";

function registerQuery(name: string, summary: string, rpc: string, reqName: string, args: string[], build: (pos: string[], values: Record<string, any>) => any, extra: Record<string, any> = {}, extraUsage = ""): Command {
  return {
    name: `query register ${name}`,
    summary,
    usage: `query register ${name}${args.map((a) => ` <${a}>`).join("")}${extraUsage ? " " + extraUsage : ""} ${qUsage}`,
    options: { ...queryOptions, ...extra },
    async run({ values, positionals }) {
      const pos = requirePositionals(positionals, args);
      const req = (pb as any)[reqName];
      const res = (pb as any)[reqName.replace(/Request$/, "Response")];
      await queryAndPrint(values, `/stratos.register.v1.Query/${rpc}`, req.encode(req.fromPartial(build(pos, values))).finish(), res);
    },
  };
}

// ---- commands ----------------------------------------------------------------------------------

export const nodeKeyCommands: Command[] = [
  {
    name: "node-key new",
    summary: "Generate an ed25519 SDS node key (the identity of a resource or meta node); prints its stsds address",
    usage: "node-key new --out FILE [--force]",
    options: { out: { type: "string" }, force: { type: "boolean", default: false } },
    run({ values, positionals }) {
      requirePositionals(positionals, []);
      if (!values.out) throw new UsageError("--out FILE is required (the private key is written there, never printed)");
      if (existsSync(values.out) && !values.force) throw new UsageError(`${values.out} exists; pass --force to overwrite it`);
      const k = newNodeKey();
      writeFileSync(values.out, JSON.stringify(k, null, 2) + "\n", { mode: 0o600 });
      console.log(JSON.stringify({ network_address: k.network_address, pubkey: k.pubkey, file: values.out }, null, 2));
    },
  },
  {
    name: "node-key show",
    summary: "Show the stsds network address and public key of a node key file",
    usage: "node-key show <file>",
    run({ positionals }) {
      const [file] = requirePositionals(positionals, ["file"]);
      const k = readNodeKeyArg(file);
      console.log(JSON.stringify({ network_address: k.network_address, pubkey: k.pubkey }, null, 2));
    },
  },
];

const nodeKeyOptions = { "node-key": { type: "string" as const }, pubkey: { type: "string" as const }, "network-address": { type: "string" as const } };

export const registerCommands: Command[] = [
  {
    name: "tx register create-resource-node",
    summary: "Register a resource node with an initial deposit (>= the min deposit param; the node starts suspended until a meta node sets its effective deposit)",
    usage: `tx register create-resource-node <from-key> <deposit> (--node-key FILE | --pubkey BASE64) ${descUsage} [--node-type 1..7 (default 4 = storage)] [--beneficiary st1…] ${txUsage}`,
    options: { ...txOptions, ...nodeKeyOptions, ...descriptionOptions, "node-type": { type: "string" }, beneficiary: { type: "string" } },
    async run({ values, positionals }) {
      const [from, depositText] = requirePositionals(positionals, ["from-key", "deposit"]);
      const value = parseWei(depositText, "deposit");
      const id = nodeIdentity(values);
      const desc = description(values);
      const type = nodeType(values["node-type"], 4);
      const beneficiary = values.beneficiary ? checkAccArg(values.beneficiary, "--beneficiary") : "";
      const owner = await keyAddress(values, from);
      await sendRegister(values, from, "MsgCreateResourceNode", {
        networkAddress: id.networkAddress,
        pubkey: id.pubkey,
        value: weiCoin(value),
        ownerAddress: owner,
        beneficiaryAddress: beneficiary,
        description: desc,
        nodeType: type,
      });
    },
  },
  {
    name: "tx register update-resource-node",
    summary: "Change a resource node's description, beneficiary or node type",
    usage: `tx register update-resource-node <from-key> <network-address> ${descUsage} --node-type 1..7 [--beneficiary st1…] ${txUsage}`,
    options: { ...txOptions, ...descriptionOptions, "node-type": { type: "string" }, beneficiary: { type: "string" } },
    async run({ values, positionals }) {
      const [from, addr] = requirePositionals(positionals, ["from-key", "network-address"]);
      checkNetArg(addr, "network-address");
      const desc = description(values);
      if (values["node-type"] === undefined) throw new UsageError("--node-type is required (1..7)");
      const type = nodeType(values["node-type"], 0);
      const beneficiary = values.beneficiary ? checkAccArg(values.beneficiary, "--beneficiary") : "";
      const owner = await keyAddress(values, from);
      await sendRegister(values, from, "MsgUpdateResourceNode", { description: desc, beneficiaryAddress: beneficiary, networkAddress: addr, ownerAddress: owner, nodeType: type });
    },
  },
  {
    name: "tx register update-resource-node-deposit",
    summary: "Add to a resource node's deposit",
    usage: `tx register update-resource-node-deposit <from-key> <network-address> <deposit-delta> ${txUsage}`,
    options: txOptions,
    async run({ values, positionals }) {
      const [from, addr, deltaText] = requirePositionals(positionals, ["from-key", "network-address", "deposit-delta"]);
      checkNetArg(addr, "network-address");
      const delta = parseWei(deltaText, "deposit-delta");
      const owner = await keyAddress(values, from);
      await sendRegister(values, from, "MsgUpdateResourceNodeDeposit", { networkAddress: addr, ownerAddress: owner, depositDelta: weiCoin(delta) });
    },
  },
  {
    name: "tx register remove-resource-node",
    summary: "Unbond a resource node's deposit (returned to the owner when unbonding completes)",
    usage: `tx register remove-resource-node <from-key> <network-address> ${txUsage}`,
    options: txOptions,
    async run({ values, positionals }) {
      const [from, addr] = requirePositionals(positionals, ["from-key", "network-address"]);
      checkNetArg(addr, "network-address");
      const owner = await keyAddress(values, from);
      await sendRegister(values, from, "MsgRemoveResourceNode", { resourceNodeAddress: addr, ownerAddress: owner });
    },
  },
  {
    name: "tx register update-effective-deposit",
    summary: "Meta node owner(s): set a resource node's effective deposit (unsuspends it, grows the ozone limit)",
    usage: `tx register update-effective-deposit <from-key> <network-address> <effective-deposit> --reporters stsds1…[,stsds1…] [--reporter-owners st1…[,…] (default: the from key's address for each)] ${txUsage}`,
    options: { ...txOptions, reporters: { type: "string" }, "reporter-owners": { type: "string" } },
    async run({ values, positionals }) {
      const [from, addr, effText] = requirePositionals(positionals, ["from-key", "network-address", "effective-deposit"]);
      checkNetArg(addr, "network-address");
      const eff = parseWei(effText, "effective-deposit");
      const reporters = list(values.reporters);
      if (reporters.length === 0) throw new UsageError("--reporters is required: the stsds addresses of the reporting meta nodes");
      reporters.forEach((r, i) => checkNetArg(r, `--reporters[${i}]`));
      const owner = await keyAddress(values, from);
      const owners = values["reporter-owners"] === undefined ? reporters.map(() => owner) : list(values["reporter-owners"]);
      if (owners.length !== reporters.length) throw new UsageError(`${reporters.length} reporters but ${owners.length} reporter owners`);
      owners.forEach((o, i) => checkAccArg(o, `--reporter-owners[${i}]`));
      const other = owners.find((o) => o !== owner);
      if (other) throw new UsageError(`every reporter owner signs this tx and the CLI signs with one key: ${other} is not ${from}'s address ${owner}`);
      await sendRegister(values, from, "MsgUpdateEffectiveDeposit", { reporters, reporterOwner: owners, networkAddress: addr, effectiveTokens: eff.toString() });
    },
  },
  {
    name: "tx register create-meta-node",
    summary: "Apply to become a meta node with a deposit (bonded once the existing meta nodes vote it in)",
    usage: `tx register create-meta-node <from-key> <deposit> (--node-key FILE | --pubkey BASE64) ${descUsage} [--beneficiary st1…] [--bls-pub-key HEX --bls-pop HEX] ${txUsage}`,
    options: { ...txOptions, ...nodeKeyOptions, ...descriptionOptions, beneficiary: { type: "string" }, "bls-pub-key": { type: "string" }, "bls-pop": { type: "string" } },
    async run({ values, positionals }) {
      const [from, depositText] = requirePositionals(positionals, ["from-key", "deposit"]);
      const value = parseWei(depositText, "deposit");
      const id = nodeIdentity(values);
      const desc = description(values);
      const beneficiary = values.beneficiary ? checkAccArg(values.beneficiary, "--beneficiary") : "";
      const bls = hexBytes(values["bls-pub-key"], "--bls-pub-key");
      if (bls.length !== 0 && bls.length !== 48) throw new UsageError(`--bls-pub-key must be a 48-byte BLS12-381 G1 key, got ${bls.length} bytes`);
      const owner = await keyAddress(values, from);
      await sendRegister(values, from, "MsgCreateMetaNode", {
        networkAddress: id.networkAddress,
        pubkey: id.pubkey,
        value: weiCoin(value),
        ownerAddress: owner,
        beneficiaryAddress: beneficiary,
        description: desc,
        blsPubKey: bls,
        blsPop: hexBytes(values["bls-pop"], "--bls-pop"),
      });
    },
  },
  {
    name: "tx register update-meta-node",
    summary: "Change a meta node's description or beneficiary",
    usage: `tx register update-meta-node <from-key> <network-address> ${descUsage} [--beneficiary st1…] [--bls-pub-key HEX --bls-pop HEX] ${txUsage}`,
    options: { ...txOptions, ...descriptionOptions, beneficiary: { type: "string" }, "bls-pub-key": { type: "string" }, "bls-pop": { type: "string" } },
    async run({ values, positionals }) {
      const [from, addr] = requirePositionals(positionals, ["from-key", "network-address"]);
      checkNetArg(addr, "network-address");
      const desc = description(values);
      const beneficiary = values.beneficiary ? checkAccArg(values.beneficiary, "--beneficiary") : "";
      const owner = await keyAddress(values, from);
      await sendRegister(values, from, "MsgUpdateMetaNode", {
        description: desc,
        beneficiaryAddress: beneficiary,
        networkAddress: addr,
        ownerAddress: owner,
        blsPubKey: hexBytes(values["bls-pub-key"], "--bls-pub-key"),
        blsPop: hexBytes(values["bls-pop"], "--bls-pop"),
      });
    },
  },
  {
    name: "tx register update-meta-node-deposit",
    summary: "Add to a meta node's deposit",
    usage: `tx register update-meta-node-deposit <from-key> <network-address> <deposit-delta> ${txUsage}`,
    options: txOptions,
    async run({ values, positionals }) {
      const [from, addr, deltaText] = requirePositionals(positionals, ["from-key", "network-address", "deposit-delta"]);
      checkNetArg(addr, "network-address");
      const delta = parseWei(deltaText, "deposit-delta");
      const owner = await keyAddress(values, from);
      await sendRegister(values, from, "MsgUpdateMetaNodeDeposit", { networkAddress: addr, ownerAddress: owner, depositDelta: weiCoin(delta) });
    },
  },
  {
    name: "tx register remove-meta-node",
    summary: "Unbond a meta node's deposit",
    usage: `tx register remove-meta-node <from-key> <network-address> ${txUsage}`,
    options: txOptions,
    async run({ values, positionals }) {
      const [from, addr] = requirePositionals(positionals, ["from-key", "network-address"]);
      checkNetArg(addr, "network-address");
      const owner = await keyAddress(values, from);
      await sendRegister(values, from, "MsgRemoveMetaNode", { metaNodeAddress: addr, ownerAddress: owner });
    },
  },
  {
    name: "tx register meta-node-vote",
    summary: "As the owner of meta node --voter, vote on a meta node candidate's registration",
    usage: `tx register meta-node-vote <from-key> <candidate-network-address> <yes|no> --voter stsds1… [--candidate-owner st1… (default: looked up)] ${txUsage}`,
    options: { ...txOptions, voter: { type: "string" }, "candidate-owner": { type: "string" } },
    async run({ values, positionals }) {
      const [from, candidate, opinionText] = requirePositionals(positionals, ["from-key", "candidate-network-address", "yes|no"]);
      checkNetArg(candidate, "candidate-network-address");
      const opinion = parseOpinion(opinionText);
      if (!values.voter) throw new UsageError("--voter is required: the stsds address of your meta node");
      checkNetArg(values.voter, "--voter");
      let candidateOwner = values["candidate-owner"] ? checkAccArg(values["candidate-owner"], "--candidate-owner") : undefined;
      if (!candidateOwner) {
        const raw = await new RpcClient(values.node).query("/stratos.register.v1.Query/MetaNode", pb.QueryMetaNodeRequest.encode({ networkAddr: candidate }).finish());
        candidateOwner = pb.QueryMetaNodeResponse.decode(raw).node?.ownerAddress ?? "";
      }
      const owner = await keyAddress(values, from);
      await sendRegister(values, from, "MsgMetaNodeRegistrationVote", {
        candidateNetworkAddress: candidate,
        candidateOwnerAddress: candidateOwner,
        opinion,
        voterNetworkAddress: values.voter,
        voterOwnerAddress: owner,
      });
    },
  },
  {
    name: "tx register kick-meta-node-vote",
    summary: "As the owner of meta node --voter, vote to kick (yes) or keep (no) an active meta node",
    usage: `tx register kick-meta-node-vote <from-key> <target-network-address> <yes|no> --voter stsds1… ${txUsage}`,
    options: { ...txOptions, voter: { type: "string" } },
    async run({ values, positionals }) {
      const [from, target, opinionText] = requirePositionals(positionals, ["from-key", "target-network-address", "yes|no"]);
      checkNetArg(target, "target-network-address");
      const opinion = parseOpinion(opinionText);
      if (!values.voter) throw new UsageError("--voter is required: the stsds address of your meta node");
      checkNetArg(values.voter, "--voter");
      const owner = await keyAddress(values, from);
      await sendRegister(values, from, "MsgKickMetaNodeVote", { targetNetworkAddress: target, opinion, voterNetworkAddress: values.voter, voterOwnerAddress: owner });
    },
  },

  registerQuery("resource-node", "A resource node by network address", "ResourceNode", "QueryResourceNodeRequest", ["network-address"], ([a]) => ({ networkAddr: checkNetArg(a, "network-address") })),
  registerQuery("meta-node", "A meta node by network address", "MetaNode", "QueryMetaNodeRequest", ["network-address"], ([a]) => ({ networkAddr: checkNetArg(a, "network-address") })),
  registerQuery("params", "The register module's params", "Params", "QueryParamsRequest", [], () => ({})),
  registerQuery(
    "deposit-by-node",
    "Deposit of a node (bonded, unbonding, unbonded)",
    "DepositByNode",
    "QueryDepositByNodeRequest",
    ["network-address"],
    ([a], v) => {
      const types: Record<string, number> = { all: 0, meta: 1, resource: 2 };
      const t = types[v["query-type"]];
      if (t === undefined) throw new UsageError(`--query-type must be all, meta or resource, got ${JSON.stringify(v["query-type"])}`);
      return { networkAddr: checkNetArg(a, "network-address"), queryType: t };
    },
    { "query-type": { type: "string", default: "all" } },
    "[--query-type all|meta|resource]",
  ),
  registerQuery(
    "deposit-by-owner",
    "Deposits of every node of an owner (resource nodes first)",
    "DepositByOwner",
    "QueryDepositByOwnerRequest",
    ["owner-address"],
    ([a], v) => ({
      ownerAddr: checkAccArg(a, "owner-address"),
      pagination: {
        offset: parseIntArg("--offset", v.offset),
        limit: parseIntArg("--limit", v.limit),
        countTotal: true,
      },
    }),
    { offset: { type: "string", default: "0" }, limit: { type: "string", default: "100" } },
    "[--offset N] [--limit N]",
  ),
  registerQuery("deposit-total", "Total node deposits: bonded, unbonded, unbonding", "DepositTotal", "QueryDepositTotalRequest", [], () => ({})),
  registerQuery("resource-node-count", "Number of bonded resource nodes", "BondedResourceNodeCount", "QueryBondedResourceNodeCountRequest", [], () => ({})),
  registerQuery("meta-node-count", "Number of bonded meta nodes", "BondedMetaNodeCount", "QueryBondedMetaNodeCountRequest", [], () => ({})),
  registerQuery("remaining-ozone-limit", "How many noz can still be sold (prepaid)", "RemainingOzoneLimit", "QueryRemainingOzoneLimitRequest", [], () => ({})),
];
