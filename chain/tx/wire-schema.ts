// Message descriptors for the wire check of chain/tx/wire-check.ts, compiled from the .proto files
// (the SDK's own from npm @protobufs/cosmos, ours under proto/stratos) into small per-message tables:
// field number → allowed wire types, nested message, and whether the text is an SDK Int/Dec.
// Loaded lazily, one package directory at a time, the first time a type of that package is needed.
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import protobuf from "protobufjs";

const require = createRequire(import.meta.url);
const ourProtoDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "proto");
const packageDir = (name: string) => dirname(require.resolve(`@protobufs/${name}/package.json`));

export const enum TextKind {
  none = 0,
  int = 1,
  dec = 2,
}

export interface FieldSchema {
  /** The field's name in the .proto. */
  readonly name: string;
  /** A repeated field (a scalar one may then also come packed, as gogoproto's Unmarshal reads it). */
  readonly repeated: boolean;
  /** Bit w set: wire type w may encode this field (the SDK's canEncodeType). */
  readonly wires: number;
  readonly wantWire: number;
  /** Full name of the nested message ("google.protobuf.Any" for an Any), when it is a message. */
  readonly message?: string;
  readonly text: TextKind;
}

export interface MessageSchema {
  readonly name: string;
  readonly fields: ReadonlyMap<number, FieldSchema>;
}

const VARINT = 1 << 0;
const FIXED64 = 1 << 1;
const BYTES = 1 << 2;
const FIXED32 = 1 << 5;
const wireOf: Record<string, [number, number]> = {
  int32: [VARINT | BYTES, 0], int64: [VARINT | BYTES, 0], uint32: [VARINT | BYTES, 0], uint64: [VARINT | BYTES, 0],
  sint32: [VARINT | BYTES, 0], sint64: [VARINT | BYTES, 0], bool: [VARINT | BYTES, 0],
  fixed64: [FIXED64 | BYTES, 1], sfixed64: [FIXED64 | BYTES, 1], double: [FIXED64 | BYTES, 1],
  fixed32: [FIXED32 | BYTES, 5], sfixed32: [FIXED32 | BYTES, 5], float: [FIXED32 | BYTES, 5],
  string: [BYTES, 2], bytes: [BYTES, 2],
};

// Types with no .proto of their own here: Stratos' eth_secp256k1 key, and the name CosmJS's amino
// signer gives it (the ante handler accepts both, chain/crypto/pubkey.ts).
const INLINE_PROTOS = `
syntax = "proto3";
package stratos.crypto.v1.ethsecp256k1;
message PubKey { bytes key = 1; }
message PrivKey { bytes key = 1; }
`;
const INLINE_PROTOS_EVM = `
syntax = "proto3";
package cosmos.evm.crypto.v1.ethsecp256k1;
message PubKey { bytes key = 1; }
`;

// SDK 0.47 messages that @protobufs/cosmos (0.46's files) lacks, with 0.47's field numbers (parsed
// after their package's files, so the types they use are there).
const SDK_047_PROTOS = `
syntax = "proto3";
package cosmos.staking.v1beta1;
message MsgCancelUnbondingDelegation {
  string delegator_address = 1;
  string validator_address = 2;
  cosmos.base.v1beta1.Coin amount = 3;
  int64 creation_height = 4;
}
`;

// SDK 0.47 query methods that 0.46's service files lack: method path → request message (declared
// below with 0.47's field numbers).
const SDK_047_QUERY_REQUESTS: Record<string, string> = {
  "/cosmos.auth.v1beta1.Query/ModuleAccountByName": "cosmos.auth.v1beta1.QueryModuleAccountByNameRequest",
  "/cosmos.bank.v1beta1.Query/SpendableBalanceByDenom": "cosmos.bank.v1beta1.QuerySpendableBalanceByDenomRequest",
  "/cosmos.bank.v1beta1.Query/SendEnabled": "cosmos.bank.v1beta1.QuerySendEnabledRequest",
  "/cosmos.distribution.v1beta1.Query/ValidatorDistributionInfo": "cosmos.distribution.v1beta1.QueryValidatorDistributionInfoRequest",
  "/cosmos.auth.v1beta1.Query/AccountAddressByID": "cosmos.auth.v1beta1.QueryAccountAddressByIDRequest",
  "/cosmos.auth.v1beta1.Query/AccountInfo": "cosmos.auth.v1beta1.QueryAccountInfoRequest",
  "/cosmos.tx.v1beta1.Service/TxDecode": "cosmos.tx.v1beta1.TxDecodeRequest",
  "/cosmos.tx.v1beta1.Service/TxEncode": "cosmos.tx.v1beta1.TxEncodeRequest",
  "/cosmos.tx.v1beta1.Service/TxDecodeAmino": "cosmos.tx.v1beta1.TxDecodeAminoRequest",
  "/cosmos.tx.v1beta1.Service/TxEncodeAmino": "cosmos.tx.v1beta1.TxEncodeAminoRequest",
};
const SDK_047_QUERY_PROTOS = [
  `syntax = "proto3"; package cosmos.auth.v1beta1; message QueryModuleAccountByNameRequest { string name = 1; }`,
  `syntax = "proto3"; package cosmos.bank.v1beta1; message QuerySpendableBalanceByDenomRequest { string address = 1; string denom = 2; }`,
  `syntax = "proto3"; package cosmos.bank.v1beta1; message QuerySendEnabledRequest { repeated string denoms = 1; cosmos.base.query.v1beta1.PageRequest pagination = 99; }`,
  `syntax = "proto3"; package cosmos.distribution.v1beta1; message QueryValidatorDistributionInfoRequest { string validator_address = 1; }`,
  `syntax = "proto3"; package cosmos.auth.v1beta1; message QueryAccountAddressByIDRequest { int64 id = 1; uint64 account_id = 2; } message QueryAccountInfoRequest { string address = 1; }`,
  `syntax = "proto3"; package cosmos.tx.v1beta1; message TxDecodeRequest { bytes tx_bytes = 1; } message TxEncodeRequest { cosmos.tx.v1beta1.Tx tx = 1; }
   message TxDecodeAminoRequest { bytes amino_binary = 1; } message TxEncodeAminoRequest { string amino_json = 1; }`,
];

const INT_TYPES = new Set(["Int", "cosmossdk.io/math.Int", "github.com/cosmos/cosmos-sdk/types.Int"]);
const DEC_TYPES = new Set(["Dec", "LegacyDec", "cosmossdk.io/math.LegacyDec", "github.com/cosmos/cosmos-sdk/types.Dec"]);

function textKind(field: protobuf.Field): TextKind {
  if (field.type !== "string" && field.type !== "bytes") return TextKind.none;
  const custom = field.options?.["(gogoproto.customtype)"];
  if (typeof custom === "string") {
    if (INT_TYPES.has(custom)) return TextKind.int;
    if (DEC_TYPES.has(custom)) return TextKind.dec;
  }
  // Our Stratos .protos carry no gogoproto options; they mark SDK Int/Dec fields in a comment.
  const comment = field.comment ?? "";
  if (comment.startsWith("cosmos.Int")) return TextKind.int;
  if (comment.startsWith("cosmos.Dec")) return TextKind.dec;
  return TextKind.none;
}

export class WireSchemas {
  private readonly root = new protobuf.Root();
  private readonly compiled = new Map<string, MessageSchema | null>();
  private readonly loadedDirs = new Set<string>();

  constructor() {
    this.root.resolvePath = (_origin, target) => this.resolveImport(target);
    protobuf.parse(INLINE_PROTOS, this.root, { keepCase: true });
    protobuf.parse(INLINE_PROTOS_EVM, this.root, { keepCase: true });
    this.loadPackage("cosmos.tx.v1beta1");
    this.loadPackage("cosmos.staking.v1beta1");
    protobuf.parse(SDK_047_PROTOS, this.root, { keepCase: true });
    for (const src of SDK_047_QUERY_PROTOS) protobuf.parse(src, this.root, { keepCase: true });
  }

  /**
   * The full name of the request message of a gRPC method path ("/cosmos.bank.v1beta1.Query/Balance"
   * → "cosmos.bank.v1beta1.QueryBalanceRequest"), from its service in the .proto files; undefined
   * when no .proto declares the method.
   */
  requestType(path: string): string | undefined {
    const extra = SDK_047_QUERY_REQUESTS[path];
    if (extra) return extra;
    const m = /^\/(.+)\.([^./]+)\/([^/]+)$/.exec(path);
    if (!m) return undefined;
    const [, pkg, service, method] = m;
    this.loadPackage(pkg);
    let found: protobuf.ReflectionObject | null;
    try {
      found = this.root.lookup(`${pkg}.${service}`);
    } catch {
      return undefined;
    }
    if (!(found instanceof protobuf.Service)) return undefined;
    const rpc = found.methods[method];
    if (!rpc) return undefined;
    rpc.resolve();
    return rpc.resolvedRequestType?.fullName.slice(1);
  }

  private resolveImport(target: string): string {
    if (target.startsWith("/")) return target;
    // The well-known types are protobufjs' bundled ones (same field numbers).
    if (target.startsWith("google/protobuf/") && target !== "google/protobuf/descriptor.proto") return target;
    const [first, ...rest] = target.split("/");
    if (first === "stratos") return join(ourProtoDir, target);
    return join(packageDir(first), ...rest);
  }

  private loadPackage(pkg: string): void {
    const parts = pkg.split(".");
    const dir = parts[0] === "stratos" ? join(ourProtoDir, ...parts) : parts[0] === "cosmos" ? join(packageDir("cosmos"), ...parts.slice(1)) : undefined;
    if (!dir || this.loadedDirs.has(dir)) return;
    this.loadedDirs.add(dir);
    if (!existsSync(dir)) return;
    const files = readdirSync(dir).filter((f) => f.endsWith(".proto")).map((f) => join(dir, f));
    this.root.loadSync(files, { keepCase: true, alternateCommentMode: true });
  }

  private lookup(fullName: string): protobuf.Type | undefined {
    const find = () => {
      try {
        return this.root.lookupType(fullName);
      } catch {
        return undefined;
      }
    };
    let t = find();
    if (!t) {
      this.loadPackage(fullName.slice(0, fullName.lastIndexOf(".")));
      t = find();
    }
    return t;
  }

  /** The schema of a message by full name ("cosmos.bank.v1beta1.MsgSend"), or undefined when no .proto defines it. */
  get(fullName: string): MessageSchema | undefined {
    const hit = this.compiled.get(fullName);
    if (hit !== undefined) return hit ?? undefined;
    const type = this.lookup(fullName);
    const schema = type ? this.compile(type) : null;
    this.compiled.set(fullName, schema);
    return schema ?? undefined;
  }

  private compile(type: protobuf.Type): MessageSchema {
    type.resolveAll();
    const fields = new Map<number, FieldSchema>();
    const name = type.fullName.slice(1);
    for (const f of type.fieldsArray) {
      if (f instanceof protobuf.MapField) {
        // A map is a repeated entry message {1: key, 2: value}, checked like the SDK's synthesized MapEntry.
        const entry = `${name}.${f.name}Entry`;
        const value: FieldSchema = f.resolvedType instanceof protobuf.Type ? { name: "value", repeated: false, wires: BYTES, wantWire: 2, message: f.resolvedType.fullName.slice(1), text: TextKind.none } : scalarField("value", false, f.resolvedType ? "int32" : f.type, TextKind.none);
        this.compiled.set(entry, { name: entry, fields: new Map([[1, scalarField("key", false, f.keyType, TextKind.none)], [2, value]]) });
        fields.set(f.id, { name: f.name, repeated: true, wires: BYTES, wantWire: 2, message: entry, text: TextKind.none });
      } else if (f.resolvedType instanceof protobuf.Type) {
        fields.set(f.id, { name: f.name, repeated: f.repeated, wires: BYTES, wantWire: 2, message: f.resolvedType.fullName.slice(1), text: TextKind.none });
      } else if (f.resolvedType instanceof protobuf.Enum) {
        fields.set(f.id, scalarField(f.name, f.repeated, "int32", TextKind.none));
      } else {
        fields.set(f.id, scalarField(f.name, f.repeated, f.type, textKind(f)));
      }
    }
    return { name, fields };
  }
}

function scalarField(name: string, repeated: boolean, type: string, text: TextKind): FieldSchema {
  const w = wireOf[type];
  if (!w) throw new Error(`no wire type for protobuf type ${type}`);
  return { name, repeated, wires: w[0], wantWire: w[1], text };
}

let shared: WireSchemas | undefined;
/** The process-wide schemas (compiled tables are immutable, so every app instance can share them). */
export function wireSchemas(): WireSchemas {
  return (shared ??= new WireSchemas());
}
