// The Cosmos SDK's decode-time checks of a tx (x/auth/tx DefaultTxDecoder), in one pass over the wire
// bytes against the message descriptors, before anything is decoded:
// * unknown fields (codec/unknownproto RejectUnknownFields): TxRaw and AuthInfo strictly; TxBody and
//   everything inside it (messages, Any contents, recursively) may carry unknown *non-critical* fields,
//   those whose number has bit 11 set (1024..2047, 3072..4095, …), which are skipped;
// * wire types that cannot encode the declared field type (canEncodeType);
// * every Any resolved by its type URL (the interface registry), its contents checked as that type;
// * SDK Int and LegacyDec texts (math.Int / LegacyDec Unmarshal): decimal, at most 256 (315) bits.
// Each failure is ErrTxDecode (code 2, "tx parse error"), so the tx is refused before any fee is charged.
// The same walk checks query requests the way gogoproto's Unmarshal reads them (checkQueryRequestWire).
import { errors } from "../app/errors.ts";
import { decTextError, intTextError } from "../types/int.ts";
import { TextKind, wireSchemas, type MessageSchema, type WireSchemas } from "./wire-schema.ts";

const NON_CRITICAL_BIT = 1 << 10;
const MAX_DEPTH = 10_000; // protobuf-go's default recursion limit, as the SDK's check uses
const ANY = "google.protobuf.Any";
const latin1 = new TextDecoder("latin1");
const utf8 = new TextDecoder();

const wireNames = ["varint", "fixed64", "bytes", "start_group", "end_group", "fixed32"];
const wireName = (w: number) => wireNames[w] ?? `unknown type: ${w}`;

class WireError extends Error {}

/** Type URLs the chain can unpack in an Any (its interface registry). */
export type AnyResolver = (typeUrl: string) => boolean;

export interface WireCheckResult {
  /** TxBody (or something inside it) had unknown non-critical fields, which were skipped. */
  bodyHasUnknownNonCriticals: boolean;
}

class Walker {
  nonCritical = false;
  /**
   * `query`: gogoproto's generated Unmarshal, as the SDK's gRPC query router decodes a request:
   * unknown fields skipped, a known field only in its own wire type (a repeated scalar also packed),
   * an Any's contents not unpacked.
   */
  constructor(
    private readonly b: Uint8Array,
    private readonly schemas: WireSchemas,
    private readonly resolve: AnyResolver,
    private readonly query = false,
  ) {}

  private pos = 0;

  private varint(end: number): number {
    // Field values over 2^53 only matter for their length here, which a varint is not.
    let v = 0;
    let mul = 1;
    for (let k = 0; k < 10; k++) {
      if (this.pos >= end) throw new WireError("unexpected EOF");
      const x = this.b[this.pos++];
      v += (x & 0x7f) * mul;
      if ((x & 0x80) === 0) return v;
      mul *= 128;
    }
    throw new WireError("variable length integer overflow");
  }

  /** Skips one field value of wire type `wire` (groups included, as protowire.ConsumeFieldValue). */
  private skip(field: number, wire: number, end: number, depth: number): void {
    switch (wire) {
      case 0:
        this.varint(end);
        return;
      case 1:
      case 5:
        this.pos += wire === 1 ? 8 : 4;
        if (this.pos > end) throw new WireError("unexpected EOF");
        return;
      case 2: {
        const len = this.varint(end);
        if (len > end - this.pos) throw new WireError("unexpected EOF");
        this.pos += len;
        return;
      }
      case 3:
        if (depth <= 0) throw new WireError("exceeded maximum recursion depth");
        for (;;) {
          if (this.pos >= end) throw new WireError("unexpected EOF");
          const tag = this.varint(end);
          const f = Math.floor(tag / 8);
          const w = tag % 8;
          if (w === 4) {
            if (f !== field) throw new WireError("mismatching end group marker");
            return;
          }
          this.skip(f, w, end, depth - 1);
        }
      default:
        throw new WireError("cannot parse reserved wire type");
    }
  }

  /** Checks bytes [start, end) as a `schema` message. */
  message(schema: MessageSchema, start: number, end: number, allowNonCritical: boolean, depth: number): void {
    if (depth === 0) throw new WireError("recursion limit reached");
    this.pos = start;
    while (this.pos < end) {
      const tag = this.varint(end);
      const num = Math.floor(tag / 8);
      const wire = tag % 8;
      if (num < 1 || num > 536_870_911) throw new WireError(this.query ? `proto: ${schema.name}: illegal tag ${num} (wire type ${wire})` : "invalid length");
      const field = schema.fields.get(num);
      if (field === undefined && this.query) {
        this.skipChecked(num, wire, end, depth);
        continue;
      }
      if (field === undefined) {
        const critical = (num & NON_CRITICAL_BIT) === 0;
        if (!critical) this.nonCritical = true;
        if (critical || !allowNonCritical) {
          throw new WireError(`errUnknownField "${schema.name}": {TagNum: ${num}, WireType: "${wireName(wire)}"}`);
        }
        this.skipChecked(num, wire, end, depth);
        continue;
      }
      if (this.query && ((field.repeated ? field.wires : 1 << field.wantWire) & (1 << wire)) === 0) {
        throw new WireError(`proto: wrong wireType = ${wire} for field ${field.name} of ${schema.name}`);
      }
      if ((field.wires & (1 << wire)) === 0) {
        throw new WireError(`Mismatched "${schema.name}": {TagNum: ${num}, GotWireType: "${wireName(wire)}" != WantWireType: "${wireName(field.wantWire)}"}`);
      }
      if (wire !== 2 || (field.message === undefined && field.text === TextKind.none)) {
        this.skipChecked(num, wire, end, depth);
        continue;
      }
      const len = this.varint(end);
      if (len > end - this.pos) throw new WireError(`could not consume field value for tagNum: ${num}, wireType: "bytes"; unexpected EOF`);
      const from = this.pos;
      const to = from + len;
      if (field.message === undefined) {
        const text = latin1.decode(this.b.subarray(from, to));
        const problem = field.text === TextKind.int ? intTextError(text) : decTextError(text);
        if (problem) throw new WireError(problem);
      } else if (field.message === ANY && !this.query) {
        this.any(from, to, allowNonCritical, depth - 1);
      } else {
        const nested = this.schemas.get(field.message);
        if (!nested) throw new WireError(`failed to retrieve the message of type "${field.message}"`);
        this.message(nested, from, to, allowNonCritical, depth - 1);
      }
      this.pos = to;
    }
  }

  /**
   * Bytes [start, end) of a `schema` message (already checked) without the fields the schema does
   * not declare, recursively; undefined when there are none, so the bytes can be used as they are.
   * Our generated decoders may know fields a later SDK added (cosmjs-types follows SDK 0.50); the SDK
   * we follow skips them, so they must not reach those decoders.
   */
  withoutUnknownFields(schema: MessageSchema, start: number, end: number): Uint8Array | undefined {
    const parts: Uint8Array[] = [];
    let changed = false;
    this.pos = start;
    while (this.pos < end) {
      const from = this.pos;
      const tag = this.varint(end);
      const num = Math.floor(tag / 8);
      const wire = tag % 8;
      const field = schema.fields.get(num);
      if (field === undefined) {
        this.skip(num, wire, end, MAX_DEPTH);
        changed = true;
        continue;
      }
      const nested = wire === 2 && field.message !== undefined ? this.schemas.get(field.message) : undefined;
      if (!nested) {
        this.skip(num, wire, end, MAX_DEPTH);
        parts.push(this.b.subarray(from, this.pos));
        continue;
      }
      const headerEnd = this.pos;
      const len = this.varint(end);
      const to = this.pos + len;
      const inner = this.withoutUnknownFields(nested, this.pos, to);
      this.pos = to;
      if (inner === undefined) {
        parts.push(this.b.subarray(from, to));
        continue;
      }
      changed = true;
      parts.push(this.b.subarray(from, headerEnd), encodeVarint(inner.length), inner);
    }
    return changed ? Buffer.concat(parts) : undefined;
  }

  private skipChecked(num: number, wire: number, end: number, depth: number): void {
    try {
      this.skip(num, wire, end, depth);
    } catch (e) {
      if (!(e instanceof WireError)) throw e;
      throw new WireError(`could not consume field value for tagNum: ${num}, wireType: "${wireName(wire)}"; ${e.message}`);
    }
  }

  /** An Any: its own two fields first (nothing may sneak in), then its value as the type it names. */
  private any(start: number, end: number, allowNonCritical: boolean, depth: number): void {
    const anySchema = this.schemas.get(ANY)!;
    this.message(anySchema, start, end, allowNonCritical, depth);
    let typeUrl = "";
    let valueFrom = end;
    let valueTo = end;
    this.pos = start;
    while (this.pos < end) {
      const tag = this.varint(end);
      const num = Math.floor(tag / 8);
      const wire = tag % 8;
      if (wire !== 2 || (num !== 1 && num !== 2)) {
        this.skip(num, wire, end, depth);
        continue;
      }
      const len = this.varint(end);
      // Last one wins, as protobuf decoding does.
      if (num === 1) typeUrl = utf8.decode(this.b.subarray(this.pos, this.pos + len));
      else [valueFrom, valueTo] = [this.pos, this.pos + len];
      this.pos += len;
    }
    if (!this.resolve(typeUrl)) throw new WireError(`unable to resolve type URL ${typeUrl}`);
    const schema = this.schemas.get(typeUrl.slice(typeUrl.lastIndexOf("/") + 1));
    // A type the registry has but no .proto describes cannot be checked here; every registered one
    // has a schema (test/unit/app/wire-check.test.ts keeps that true).
    if (schema) this.message(schema, valueFrom, valueTo, allowNonCritical, depth - 1);
  }
}

function check(bytes: Uint8Array, typeName: string, allowNonCritical: boolean, resolve: AnyResolver): boolean {
  const schemas = wireSchemas();
  const walker = new Walker(bytes, schemas, resolve);
  try {
    walker.message(schemas.get(typeName)!, 0, bytes.length, allowNonCritical, MAX_DEPTH);
  } catch (e) {
    if (!(e instanceof WireError)) throw e;
    throw errors.txDecode(`${e.message}: tx parse error`);
  }
  return walker.nonCritical;
}

/**
 * A query request as the SDK's gRPC query router decodes it (gogoproto Unmarshal of the method's
 * request type). A failure is ErrInvalidRequest (code 18), as baseapp's gRPCErrorToSDKError makes of
 * a decode error. Returns the request without the fields its type does not declare (which the SDK
 * ignores), for the handler to decode.
 */
export function checkQueryRequestWire(bytes: Uint8Array, typeName: string): Uint8Array {
  const schemas = wireSchemas();
  const schema = schemas.get(typeName);
  if (!schema) throw new Error(`no .proto declares the query request ${typeName}`);
  const walker = new Walker(bytes, schemas, () => true, true);
  try {
    walker.message(schema, 0, bytes.length, true, MAX_DEPTH);
  } catch (e) {
    if (!(e instanceof WireError)) throw e;
    throw errors.invalidRequest(`${e.message}: invalid request`);
  }
  return walker.withoutUnknownFields(schema, 0, bytes.length) ?? bytes;
}

function encodeVarint(n: number): Uint8Array {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return Uint8Array.from(out);
}

/** TxRaw: strict (no unknown field at all), as the SDK's RejectUnknownFieldsStrict. */
export function checkTxRawWire(bytes: Uint8Array, resolve: AnyResolver): void {
  check(bytes, "cosmos.tx.v1beta1.TxRaw", false, resolve);
}

/** TxBody: unknown non-critical fields allowed (and reported). */
export function checkTxBodyWire(bytes: Uint8Array, resolve: AnyResolver): WireCheckResult {
  return { bodyHasUnknownNonCriticals: check(bytes, "cosmos.tx.v1beta1.TxBody", true, resolve) };
}

/** AuthInfo: strict. */
export function checkAuthInfoWire(bytes: Uint8Array, resolve: AnyResolver): void {
  check(bytes, "cosmos.tx.v1beta1.AuthInfo", false, resolve);
}
