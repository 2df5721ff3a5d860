// Query output shared by the modules' `query …` commands: proto3-JSON-like rendering of a decoded
// response (through protobufjs reflection, proto/json.ts).
import { loadApiRoot } from "../api/descriptors.ts";
import { GatewayJson } from "../api/json.ts";
import { protoToObject } from "../../proto/json.ts";
import { RpcClient } from "./rpc.ts";
import { parseIntArg } from "./tx.ts";

/** The rendering below sees plain objects, not field types: these are the Duration fields of the Stratos queries. */
const DURATION_KEYS = new Set(["unbonding_threashold_time", "unbonding_completion_time", "voting_period"]);
const snake = (k: string) => k.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());

/** proto3-JSON-like rendering of a decoded message: snake_case, enum names, RFC3339 times, pubkeys as {"@type", key}. */
export function toJson(codec: { encode(m: any): { finish(): Uint8Array } }, msg: any): any {
  const obj = protoToObject(codec, msg, { longs: String, enums: String, bytes: String, defaults: true });
  const walk = (v: any, key = ""): any => {
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v === null || typeof v !== "object") return v;
    const keys = Object.keys(v);
    if (keys.length === 2 && "seconds" in v && "nanos" in v) {
      if (DURATION_KEYS.has(key)) return `${v.seconds}${v.nanos ? "." + String(v.nanos).padStart(9, "0").replace(/0+$/, "") : ""}s`;
      return timestampJson(BigInt(v.seconds), v.nanos);
    }
    if (keys.length === 2 && "typeUrl" in v && "value" in v) {
      const key = ed25519Key(v.typeUrl, new Uint8Array(Buffer.from(v.value, "base64")));
      return key ? { "@type": v.typeUrl, key: Buffer.from(key).toString("base64") } : { "@type": v.typeUrl, value: v.value };
    }
    return Object.fromEntries(keys.map((k) => [snake(k), walk(v[k], snake(k))]));
  };
  return walk(obj);
}

export async function queryAndPrint(values: Record<string, any>, path: string, req: Uint8Array, resCodec: { decode(b: Uint8Array): any; encode(m: any): { finish(): Uint8Array } }, map?: (j: any) => any) {
  const height = values.height ? parseIntArg("--height", values.height) : undefined;
  const raw = await new RpcClient(values.node).query(path, req, height);
  const j = toJson(resCodec, resCodec.decode(raw));
  console.log(JSON.stringify(map ? map(j) : j, null, 2));
}

/** proto3 JSON timestamp: RFC3339 in UTC with 0, 3, 6 or 9 fractional digits. */
export function timestampJson(seconds: bigint, nanos: number): string {
  const base = new Date(Number(seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, "");
  if (nanos === 0) return base + "Z";
  let frac = nanos.toString().padStart(9, "0");
  if (frac.endsWith("000000")) frac = frac.slice(0, 3);
  else if (frac.endsWith("000")) frac = frac.slice(0, 6);
  return `${base}.${frac}Z`;
}

/** The 32-byte key of an Any(/cosmos.crypto.ed25519.PubKey{key}), else undefined. */
function ed25519Key(typeUrl: string, value: Uint8Array): Uint8Array | undefined {
  if (typeUrl !== "/cosmos.crypto.ed25519.PubKey" || value.length !== 34 || value[0] !== 0x0a || value[1] !== 0x20) return undefined;
  return value.subarray(2);
}

/**
 * Prints a cosmos query's answer as the SDK's CLI does (`-o json`: gogo jsonpb with the .proto's field
 * names and defaults, the same JSON the REST gateway writes). `file`: the service's .proto; `anyFiles`:
 * those of types its answers carry in an Any.
 */
export async function queryAndPrintSdkJson(values: Record<string, any>, file: string, service: string, method: string, req: Uint8Array, anyFiles: string[] = []): Promise<void> {
  const height = values.height ? parseIntArg("--height", values.height) : undefined;
  const raw = await new RpcClient(values.node).query(`/${service}/${method}`, req, height);
  const root = loadApiRoot([file, ...anyFiles]);
  const type = root.lookupService(service).methods[method]!.resolvedResponseType!;
  console.log(JSON.stringify(new GatewayJson(root).encode(type, raw), null, 2));
}
