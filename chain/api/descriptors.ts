// Reflection over the query and tx services every transport serves (REST now, gRPC next): the
// Cosmos SDK's own .proto files (npm @protobufs/cosmos, @protobufs/tendermint, … — the upstream files,
// google.api.http annotations included) and ours under proto/stratos. Field names are kept as written
// in the .proto (keepCase), which is what the SDK's gateway JSON uses.
//
// @protobufs/cosmos carries SDK 0.46's files; the few 0.47 additions our handlers answer are added
// here (SDK_047_ADDITIONS), with the paths and field numbers of SDK 0.47's protos.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import protobuf from "protobufjs";

const require = createRequire(import.meta.url);
const ourProtoDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "proto");
const packageDirs: Record<string, string> = {
  cosmos: dirname(require.resolve("@protobufs/cosmos/package.json")),
  tendermint: dirname(require.resolve("@protobufs/tendermint/package.json")),
  google: dirname(require.resolve("@protobufs/google/package.json")),
  gogoproto: dirname(require.resolve("@protobufs/gogoproto/package.json")),
  cosmos_proto: dirname(require.resolve("@protobufs/cosmos_proto/package.json")),
  amino: dirname(require.resolve("@protobufs/amino/package.json")),
};

/** An import path ("cosmos/bank/v1beta1/query.proto") → the file on disk. */
function resolveImport(target: string): string {
  const [first, ...rest] = target.split("/");
  if (first === "stratos") return join(ourProtoDir, target);
  const dir = packageDirs[first];
  if (!dir) throw new Error(`no .proto source for import ${target}`);
  return join(dir, ...rest);
}

// Extra messages (0.47) in their packages, parsed into the same root (the types they use are loaded).
const SDK_047_MESSAGES = `
syntax = "proto3";
package cosmos.auth.v1beta1;
message QueryModuleAccountByNameRequest { string name = 1; }
message QueryModuleAccountByNameResponse { google.protobuf.Any account = 1; }
message QueryAccountAddressByIDRequest { int64 id = 1 [deprecated = true]; uint64 account_id = 2; }
message QueryAccountAddressByIDResponse { string account_address = 1; }
message QueryAccountInfoRequest { string address = 1; }
message QueryAccountInfoResponse { BaseAccount info = 1; }
`;
const SDK_047_BANK = `
syntax = "proto3";
package cosmos.bank.v1beta1;
message QuerySpendableBalanceByDenomRequest { string address = 1; string denom = 2; }
message QuerySpendableBalanceByDenomResponse { cosmos.base.v1beta1.Coin balance = 1; }
message QuerySendEnabledRequest { repeated string denoms = 1; cosmos.base.query.v1beta1.PageRequest pagination = 99; }
message QuerySendEnabledResponse { repeated SendEnabled send_enabled = 1; cosmos.base.query.v1beta1.PageResponse pagination = 99; }
`;
const SDK_047_DISTRIBUTION = `
syntax = "proto3";
package cosmos.distribution.v1beta1;
message QueryValidatorDistributionInfoRequest { string validator_address = 1; }
message QueryValidatorDistributionInfoResponse { string operator_address = 1; repeated cosmos.base.v1beta1.DecCoin self_bond_rewards = 2; repeated cosmos.base.v1beta1.DecCoin commission = 3; }
`;
const SDK_047_TX = `
syntax = "proto3";
package cosmos.tx.v1beta1;
message TxDecodeRequest { bytes tx_bytes = 1; }
message TxDecodeResponse { cosmos.tx.v1beta1.Tx tx = 1; }
message TxEncodeRequest { cosmos.tx.v1beta1.Tx tx = 1; }
message TxEncodeResponse { bytes tx_bytes = 1; }
message TxEncodeAminoRequest { string amino_json = 1; }
message TxEncodeAminoResponse { bytes amino_binary = 1; }
message TxDecodeAminoRequest { bytes amino_binary = 1; }
message TxDecodeAminoResponse { string amino_json = 1; }
`;
const SDK_047_TENDERMINT = `
syntax = "proto3";
package cosmos.base.tendermint.v1beta1;
message ABCIQueryRequest { bytes data = 1; string path = 2; int64 height = 3; bool prove = 4; }
message ABCIQueryResponse { uint32 code = 1; string log = 3; string info = 4; int64 index = 5; bytes key = 6; bytes value = 7; ProofOps proof_ops = 8; int64 height = 9; string codespace = 10; }
message ProofOp { string type = 1; bytes key = 2; bytes data = 3; }
message ProofOps { repeated ProofOp ops = 1; }
`;

/**
 * Whole SDK 0.47 files that @protobufs/cosmos lacks (import path → source), loaded in their place
 * (chain/root/api.ts names them like any other service file).
 */
export const SDK_047_FILES: Record<string, string> = {
  // SDK 0.47's client/grpc/node: Config only (Status and the pruning/halt fields are SDK 0.50's).
  "cosmos/base/node/v1beta1/query.proto": `
syntax = "proto3";
package cosmos.base.node.v1beta1;
service Service {
  rpc Config(ConfigRequest) returns (ConfigResponse) { option (google.api.http).get = "/cosmos/base/node/v1beta1/config"; }
}
message ConfigRequest {}
message ConfigResponse { string minimum_gas_price = 1; }
`,
};

type Sdk047Method = { service: string; method: string; request: string; response: string; get?: string; post?: string };
const SDK_047_METHODS: Sdk047Method[] = [
  {
    service: "cosmos.auth.v1beta1.Query",
    method: "AccountAddressByID",
    request: "QueryAccountAddressByIDRequest",
    response: "QueryAccountAddressByIDResponse",
    get: "/cosmos/auth/v1beta1/address_by_id/{id}",
  },
  {
    service: "cosmos.auth.v1beta1.Query",
    method: "AccountInfo",
    request: "QueryAccountInfoRequest",
    response: "QueryAccountInfoResponse",
    get: "/cosmos/auth/v1beta1/account_info/{address}",
  },
  { service: "cosmos.tx.v1beta1.Service", method: "TxDecode", request: "TxDecodeRequest", response: "TxDecodeResponse", post: "/cosmos/tx/v1beta1/decode" },
  { service: "cosmos.tx.v1beta1.Service", method: "TxEncode", request: "TxEncodeRequest", response: "TxEncodeResponse", post: "/cosmos/tx/v1beta1/encode" },
  { service: "cosmos.tx.v1beta1.Service", method: "TxEncodeAmino", request: "TxEncodeAminoRequest", response: "TxEncodeAminoResponse", post: "/cosmos/tx/v1beta1/encode/amino" },
  { service: "cosmos.tx.v1beta1.Service", method: "TxDecodeAmino", request: "TxDecodeAminoRequest", response: "TxDecodeAminoResponse", post: "/cosmos/tx/v1beta1/decode/amino" },
  {
    service: "cosmos.base.tendermint.v1beta1.Service",
    method: "ABCIQuery",
    request: "ABCIQueryRequest",
    response: "ABCIQueryResponse",
    get: "/cosmos/base/tendermint/v1beta1/abci_query",
  },
  {
    service: "cosmos.auth.v1beta1.Query",
    method: "ModuleAccountByName",
    request: "QueryModuleAccountByNameRequest",
    response: "QueryModuleAccountByNameResponse",
    get: "/cosmos/auth/v1beta1/module_accounts/{name}",
  },
  {
    service: "cosmos.bank.v1beta1.Query",
    method: "SpendableBalanceByDenom",
    request: "QuerySpendableBalanceByDenomRequest",
    response: "QuerySpendableBalanceByDenomResponse",
    get: "/cosmos/bank/v1beta1/spendable_balances/{address}/by_denom",
  },
  {
    service: "cosmos.bank.v1beta1.Query",
    method: "SendEnabled",
    request: "QuerySendEnabledRequest",
    response: "QuerySendEnabledResponse",
    get: "/cosmos/bank/v1beta1/send_enabled",
  },
  {
    service: "cosmos.distribution.v1beta1.Query",
    method: "ValidatorDistributionInfo",
    request: "QueryValidatorDistributionInfoRequest",
    response: "QueryValidatorDistributionInfoResponse",
    get: "/cosmos/distribution/v1beta1/validators/{validator_address}",
  },
];

const roots = new Map<string, protobuf.Root>();

/** The .proto files given (import paths), loaded once per distinct list, resolved. */
export function loadApiRoot(files: string[]): protobuf.Root {
  const key = [...files].sort().join("\n");
  const cached = roots.get(key);
  if (cached) return cached;
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => resolveImport(target);
  root.loadSync([...files.filter((f) => !(f in SDK_047_FILES)), "cosmos/base/v1beta1/coin.proto", "google/protobuf/any.proto"], { keepCase: true });
  for (const f of files) if (f in SDK_047_FILES) protobuf.parse(SDK_047_FILES[f], root, { keepCase: true });
  addSdk047(root);
  root.resolveAll();
  roots.set(key, root);
  return root;
}

function addSdk047(root: protobuf.Root) {
  const opts = { keepCase: true };
  if (root.lookup("cosmos.auth.v1beta1.Query")) protobuf.parse(SDK_047_MESSAGES, root, opts);
  if (root.lookup("cosmos.bank.v1beta1.Query")) protobuf.parse(SDK_047_BANK, root, opts);
  if (root.lookup("cosmos.distribution.v1beta1.Query")) protobuf.parse(SDK_047_DISTRIBUTION, root, opts);
  if (root.lookup("cosmos.tx.v1beta1.Service")) protobuf.parse(SDK_047_TX, root, opts);
  if (root.lookup("cosmos.base.tendermint.v1beta1.Service")) protobuf.parse(SDK_047_TENDERMINT, root, opts);
  for (const m of SDK_047_METHODS) {
    const service = root.lookup(m.service) as protobuf.Service | null;
    if (!service || service.methods[m.method]) continue;
    const http = m.get ? { "(google.api.http).get": m.get } : { "(google.api.http).post": m.post, "(google.api.http).body": "*" };
    service.add(new protobuf.Method(m.method, "rpc", m.request, m.response, false, false, http));
  }
  // cosmos.tx.v1beta1.GetTxsEventRequest page/limit (SDK 0.47) and query (0.50; CometBFT query
  // syntax, replaces `events`); the response's total (0.47).
  const getTxs = root.lookup("cosmos.tx.v1beta1.GetTxsEventRequest") as protobuf.Type | null;
  if (getTxs && !getTxs.fields.page) getTxs.add(new protobuf.Field("page", 4, "uint64"));
  if (getTxs && !getTxs.fields.limit) getTxs.add(new protobuf.Field("limit", 5, "uint64"));
  if (getTxs && !getTxs.fields.query) getTxs.add(new protobuf.Field("query", 6, "string"));
  const getTxsRes = root.lookup("cosmos.tx.v1beta1.GetTxsEventResponse") as protobuf.Type | null;
  if (getTxsRes && !getTxsRes.fields.total) getTxsRes.add(new protobuf.Field("total", 4, "uint64"));
  // GetLatestBlockResponse / GetBlockByHeightResponse.sdk_block (SDK 0.47's types.proto): the block
  // with the proposer as a bech32 string.
  const latestBlockRes = root.lookup("cosmos.base.tendermint.v1beta1.GetLatestBlockResponse") as protobuf.Type | null;
  if (latestBlockRes && !latestBlockRes.fields.sdk_block) {
    protobuf.parse(
      `syntax = "proto3"; package cosmos.base.tendermint.v1beta1;
      message Block { cosmos.base.tendermint.v1beta1.Header header = 1; tendermint.types.Data data = 2; tendermint.types.EvidenceList evidence = 3; tendermint.types.Commit last_commit = 4; }
      message Header { tendermint.version.Consensus version = 1; string chain_id = 2; int64 height = 3; google.protobuf.Timestamp time = 4; tendermint.types.BlockID last_block_id = 5; bytes last_commit_hash = 6; bytes data_hash = 7; bytes validators_hash = 8; bytes next_validators_hash = 9; bytes consensus_hash = 10; bytes app_hash = 11; bytes last_results_hash = 12; bytes evidence_hash = 13; string proposer_address = 14; }`,
      root,
      opts,
    );
    for (const name of ["GetLatestBlockResponse", "GetBlockByHeightResponse"]) {
      (root.lookup(`cosmos.base.tendermint.v1beta1.${name}`) as protobuf.Type).add(new protobuf.Field("sdk_block", 3, "cosmos.base.tendermint.v1beta1.Block"));
    }
  }
  // GetNodeInfoResponse.default_node_info (SDK 0.47, CometBFT's DefaultNodeInfo): the same wire
  // fields as the older NodeInfo under the names clients read (default_node_info.network).
  const nodeInfoRes = root.lookup("cosmos.base.tendermint.v1beta1.GetNodeInfoResponse") as protobuf.Type | null;
  if (nodeInfoRes?.fields.node_info) {
    protobuf.parse(
      `syntax = "proto3"; package tendermint.p2p;
      message DefaultNodeInfo { ProtocolVersion protocol_version = 1; string default_node_id = 2; string listen_addr = 3; string network = 4; string version = 5; bytes channels = 6; string moniker = 7; DefaultNodeInfoOther other = 8; }
      message DefaultNodeInfoOther { string tx_index = 1; string rpc_address = 2; }`,
      root,
      opts,
    );
    nodeInfoRes.remove(nodeInfoRes.fields.node_info);
    nodeInfoRes.add(new protobuf.Field("default_node_info", 1, "tendermint.p2p.DefaultNodeInfo"));
  }
}

/** One HTTP binding of a method (google.api.http, additional_bindings included). */
export interface HttpBinding {
  verb: "get" | "post" | "put" | "delete" | "patch";
  /** The path template, e.g. "/cosmos/bank/v1beta1/balances/{address}/by_denom". */
  path: string;
  /** "*" (the whole request is the JSON body), a field name, or "" (no body). */
  body: string;
}

/** The google.api.http bindings of a method (none: the method has no REST route). */
export function httpBindings(method: protobuf.Method): HttpBinding[] {
  const out: HttpBinding[] = [];
  const rules = (method.parsedOptions ?? []).map((o: any) => o["(google.api.http)"]).filter(Boolean);
  const add = (rule: any) => {
    for (const verb of ["get", "post", "put", "delete", "patch"] as const) {
      if (typeof rule[verb] === "string") out.push({ verb, path: rule[verb], body: rule.body ?? "" });
    }
    const extra = rule.additional_bindings;
    for (const b of Array.isArray(extra) ? extra : extra ? [extra] : []) add(b);
  };
  for (const r of rules) add(r);
  if (out.length === 0 && method.options) {
    // Methods added in code carry flat options.
    for (const verb of ["get", "post", "put", "delete", "patch"] as const) {
      const p = method.options[`(google.api.http).${verb}`];
      if (typeof p === "string") out.push({ verb, path: p, body: method.options["(google.api.http).body"] ?? "" });
    }
  }
  return out;
}
