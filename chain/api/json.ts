// Proto3 JSON as the Cosmos SDK's grpc-gateway writes it (gogo jsonpb with OrigName and EmitDefaults):
// field names as in the .proto, every field present (unset messages and empty bytes null, empty
// repeated []), 64-bit integers as strings, enums by name, bytes base64, Any expanded with "@type",
// Timestamp RFC 3339, Duration "1.5s". And the reverse for request bodies and URL parameters.
import protobuf from "protobufjs";
import { ApiError } from "./services.ts";

const LONG = new Set(["int64", "uint64", "sint64", "fixed64", "sfixed64"]);
const INT32 = new Set(["int32", "uint32", "sint32", "fixed32", "sfixed32"]);

/** Stratos fields holding cosmos.Dec (integer text of value × 10^18 on the wire, decimal in JSON). */
const DEC_FIELDS = new Set(["stratos.pot.v1.Params.community_tax", "stratos.register.v1.GenesisState.deposit_noz_rate", "stratos.sds.v1.QueryNozPriceResponse.price"]);

function isDec(field: protobuf.Field): boolean {
  if (DEC_FIELDS.has(`${field.parent!.fullName.slice(1)}.${field.name}`)) return true;
  const ct = field.options?.["(gogoproto.customtype)"];
  return typeof ct === "string" && /(^|\.)(Legacy)?Dec$/.test(ct);
}

/** "1500000000000000000" → "1.500000000000000000" (LegacyDec's JSON). */
function decText(raw: string): string {
  if (!/^-?\d+$/.test(raw)) return raw;
  const neg = raw.startsWith("-");
  const digits = (neg ? raw.slice(1) : raw).padStart(19, "0");
  return `${neg ? "-" : ""}${digits.slice(0, -18)}.${digits.slice(-18)}`;
}

function rfc3339(seconds: bigint, nanos: number): string {
  const d = new Date(Number(seconds) * 1000);
  const base = d.toISOString().slice(0, 19);
  if (nanos === 0) return `${base}Z`;
  let frac = String(nanos).padStart(9, "0");
  while (frac.endsWith("000")) frac = frac.slice(0, -3);
  return `${base}.${frac}Z`;
}

function durationText(seconds: bigint, nanos: number): string {
  if (nanos === 0) return `${seconds}s`;
  const neg = seconds < 0n || nanos < 0;
  let frac = String(Math.abs(nanos)).padStart(9, "0");
  while (frac.endsWith("000")) frac = frac.slice(0, -3);
  const s = seconds < 0n ? -seconds : seconds;
  return `${neg ? "-" : ""}${s}.${frac}s`;
}

// protobufjs decodes 64-bit integers as Long (its `long` dependency), whose toString is exact.
const toBig = (v: any): bigint => (v === undefined || v === null ? 0n : BigInt(v.toString()));

export class GatewayJson {
  constructor(private readonly root: protobuf.Root) {}

  /** Encoded message bytes → gateway JSON value. */
  encode(type: protobuf.Type, bytes: Uint8Array): unknown {
    return this.message(type, type.decode(bytes));
  }

  private message(type: protobuf.Type, m: any): unknown {
    const name = type.fullName.slice(1);
    if (name === "google.protobuf.Any") return this.any(m);
    if (name === "google.protobuf.Timestamp") return rfc3339(toBig(m.seconds), m.nanos ?? 0);
    if (name === "google.protobuf.Duration") return durationText(toBig(m.seconds), m.nanos ?? 0);
    const out: Record<string, unknown> = {};
    for (const f of type.fieldsArray) {
      f.resolve();
      // A oneof member is written only when it is the one set (jsonpb).
      if (f.partOf && m[f.name] === undefined) continue;
      const v = m[f.name];
      if (f.map) {
        const o: Record<string, unknown> = {};
        for (const [k, x] of Object.entries(v ?? {})) o[k] = this.value(f, x);
        out[f.name] = o;
      } else if (f.repeated) out[f.name] = ((v as unknown[]) ?? []).map((x) => this.value(f, x));
      else out[f.name] = this.value(f, v);
    }
    return out;
  }

  private value(f: protobuf.Field, v: any): unknown {
    if (f.resolvedType instanceof protobuf.Type) return v === undefined || v === null ? null : this.message(f.resolvedType, v);
    if (f.resolvedType instanceof protobuf.Enum) {
      const n = v ?? 0;
      return f.resolvedType.valuesById[n] ?? n;
    }
    if (LONG.has(f.type)) return toBig(v).toString();
    if (INT32.has(f.type)) return v ?? 0;
    // A Dec in bytes (slashing params): gogo jsonpb calls LegacyDec's MarshalJSON, so decimal text.
    if (f.type === "bytes" && isDec(f)) return decText(v && v.length > 0 ? Buffer.from(v).toString() : "0");
    if (f.type === "bytes") return v && v.length > 0 ? Buffer.from(v).toString("base64") : null;
    if (f.type === "bool") return v ?? false;
    if (f.type === "string") return isDec(f) && v ? decText(v) : (v ?? "");
    return v ?? 0;
  }

  private any(m: any): unknown {
    const url: string = m.type_url ?? "";
    if (!url) return null;
    const typeName = url.slice(url.lastIndexOf("/") + 1);
    const inner = this.root.lookup(typeName);
    if (!(inner instanceof protobuf.Type)) return { "@type": url, value: Buffer.from(m.value ?? []).toString("base64") };
    const body = this.message(inner, inner.decode(m.value ?? new Uint8Array()));
    if (body === null || typeof body !== "object") return { "@type": url, value: body };
    return { "@type": url, ...(body as object) };
  }

  /** A JSON request body → message bytes; unknown fields and wrong types are InvalidArgument. */
  decodeBody(type: protobuf.Type, json: unknown): Record<string, any> {
    if (json === null || typeof json !== "object" || Array.isArray(json)) throw ApiError.invalidArgument(`the body must be a JSON object for ${type.fullName.slice(1)}`);
    return this.fromJson(type, json as Record<string, unknown>, "");
  }

  private fromJson(type: protobuf.Type, json: Record<string, unknown>, at: string): Record<string, any> {
    const out: Record<string, any> = {};
    for (const [key, v] of Object.entries(json)) {
      const f = type.fields[key] ?? type.fieldsArray.find((x) => protobuf.util.camelCase(x.name) === key);
      if (!f) throw ApiError.invalidArgument(`unknown field "${key}" in ${type.fullName.slice(1)}`);
      f.resolve();
      if (v === null) continue;
      const path = at ? `${at}.${f.name}` : f.name;
      if (f.repeated) {
        if (!Array.isArray(v)) throw ApiError.invalidArgument(`${path}: expected an array`);
        out[f.name] = v.map((x, i) => this.scalarOrMessage(f, x, `${path}[${i}]`));
      } else out[f.name] = this.scalarOrMessage(f, v, path);
    }
    return out;
  }

  private scalarOrMessage(f: protobuf.Field, v: unknown, path: string): any {
    const rt = f.resolvedType;
    if (rt instanceof protobuf.Type) {
      const n = rt.fullName.slice(1);
      if (n === "google.protobuf.Any") {
        if (!v || typeof v !== "object") throw ApiError.invalidArgument(`${path}: expected an object with "@type"`);
        const { "@type": url, ...rest } = v as Record<string, unknown>;
        if (typeof url !== "string") throw ApiError.invalidArgument(`${path}: "@type" is missing`);
        const inner = this.root.lookup(url.slice(url.lastIndexOf("/") + 1));
        if (!(inner instanceof protobuf.Type)) throw ApiError.invalidArgument(`${path}: unknown type ${url}`);
        return { type_url: url, value: inner.encode(inner.fromObject(this.fromJson(inner, rest, path))).finish() };
      }
      if (typeof v !== "object" || Array.isArray(v)) throw ApiError.invalidArgument(`${path}: expected an object`);
      return this.fromJson(rt, v as Record<string, unknown>, path);
    }
    return scalar(f, v, path);
  }
}

/** One JSON or URL value for a scalar/enum field, checked like jsonpb / grpc-gateway's runtime. */
export function scalar(f: protobuf.Field, v: unknown, path: string): any {
  const bad = (what: string) => ApiError.invalidArgument(`${path}: ${what}, got ${JSON.stringify(v)}`);
  if (f.resolvedType instanceof protobuf.Enum) {
    const e = f.resolvedType;
    if (typeof v === "string" && v in e.values) return e.values[v];
    if (typeof v === "number" || (typeof v === "string" && /^\d+$/.test(v))) return Number(v);
    throw bad(`expected one of ${Object.keys(e.values).join(", ")}`);
  }
  if (LONG.has(f.type) || INT32.has(f.type)) {
    const text = typeof v === "number" ? String(v) : v;
    if (typeof text !== "string" || !/^-?\d+$/.test(text)) throw bad("expected an integer");
    const n = BigInt(text);
    const unsigned = f.type.startsWith("u") || f.type.startsWith("fixed");
    const bits = LONG.has(f.type) ? 64n : 32n;
    const max = unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
    const min = unsigned ? 0n : -(1n << (bits - 1n));
    if (n < min || n > max) throw bad(`${f.type} out of range`);
    return LONG.has(f.type) ? (protobuf.util.Long as any).fromString(text, unsigned) : Number(n);
  }
  if (f.type === "bool") {
    if (v === true || v === "true") return true;
    if (v === false || v === "false") return false;
    throw bad("expected true or false");
  }
  if (f.type === "bytes") {
    if (typeof v !== "string" || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(v)) throw bad("expected base64");
    return Buffer.from(v.replace(/-/g, "+").replace(/_/g, "/"), "base64");
  }
  if (f.type === "string") {
    if (typeof v !== "string") throw bad("expected a string");
    return v;
  }
  if (f.type === "double" || f.type === "float") {
    const n = Number(v);
    if (Number.isNaN(n)) throw bad("expected a number");
    return n;
  }
  throw bad(`unsupported field type ${f.type}`);
}
