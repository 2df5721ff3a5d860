// protobufjs' job here: reflection over the .proto files (descriptors, not a second set of message
// classes), e.g. the proto3 JSON-like rendering the CLI prints, with enum names and defaults.
// Messages themselves are the ts-proto ones of proto/gen/.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import protobuf from "protobufjs";
import * as gen from "./gen/index.ts";

const protoDir = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

let root: protobuf.Root | undefined;
/** Every .proto of proto/ (Stratos and the local cosmos copies), loaded for reflection. */
export function protoRoot(): protobuf.Root {
  if (root) return root;
  // CosmJS names Any's field typeUrl; protobufjs' bundled Any says type_url (same number).
  protobuf.common("any", { Any: { fields: { typeUrl: { type: "string", id: 1 }, value: { type: "bytes", id: 2 } } } });
  const r = new protobuf.Root();
  // descriptor.proto (imported by google/api/annotations.proto) is not among protobufjs' bundled ones.
  r.resolvePath = (_origin, target) =>
    target === "google/protobuf/descriptor.proto"
      ? require.resolve("@protobufs/google/protobuf/descriptor.proto")
      : target.startsWith("google/protobuf/")
        ? target
        : join(protoDir, target);
  const files = ["register", "sds", "pot"].flatMap((m) => ["tx", "query", "genesis", "event"].map((f) => `stratos/${m}/v1/${f}.proto`));
  r.loadSync(files);
  root = r;
  return r;
}

interface Codec {
  encode(m: any): { finish(): Uint8Array };
}

let names: Map<unknown, string> | undefined;
/** Full proto name of a generated codec ("stratos.register.v1.ResourceNode"). */
export function protoNameOf(codec: Codec): string {
  if (!names) {
    names = new Map();
    const walk = (ns: any, prefix: string) => {
      for (const [k, v] of Object.entries(ns)) {
        if (v && typeof v === "object" && "encode" in v && "decode" in v) names!.set(v, `${prefix}${k}`);
        else if (v && typeof v === "object" && !Array.isArray(v)) walk(v, `${prefix}${k}.`);
      }
    };
    walk(gen, "");
  }
  const name = names.get(codec);
  if (!name) throw new Error("not a generated codec of proto/gen");
  return name;
}

/** protobufjs' toObject of a generated message (via its wire bytes), e.g. { longs: String, enums: String, bytes: String, defaults: true }. */
export function protoToObject(codec: Codec, message: unknown, options: protobuf.IConversionOptions): Record<string, any> {
  const type = protoRoot().lookupType(protoNameOf(codec));
  return type.toObject(type.decode(codec.encode(message).finish()), options);
}
