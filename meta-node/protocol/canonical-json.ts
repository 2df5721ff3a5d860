// Canonical JSON (PROTOCOL.md "Permits"): object keys sorted recursively, no whitespace, so that a
// signer and a verifier hash the same bytes whatever order the fields were built in. Keys whose value
// is `undefined` are left out (an absent optional field and an undefined one sign alike); anything
// JSON cannot represent exactly (bigint, NaN, Infinity, functions, symbols) is refused rather than
// silently changed.

export function canonicalJson(value: unknown): string {
  return encode(value, "$");
}

function encode(v: unknown, path: string): string {
  if (v === null) return "null";
  switch (typeof v) {
    case "string":
    case "boolean":
      return JSON.stringify(v);
    case "number":
      if (!Number.isFinite(v)) throw new TypeError(`canonicalJson: ${path} is ${v}, which JSON cannot represent`);
      return JSON.stringify(v);
    case "object": {
      if (Array.isArray(v)) {
        return "[" + v.map((x, i) => (x === undefined ? "null" : encode(x, `${path}[${i}]`))).join(",") + "]";
      }
      if (v instanceof Uint8Array) throw new TypeError(`canonicalJson: ${path} is bytes; encode them (base64/hex) first`);
      const obj = v as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      return "{" + keys.map((k) => JSON.stringify(k) + ":" + encode(obj[k], `${path}.${k}`)).join(",") + "}";
    }
    default:
      throw new TypeError(`canonicalJson: ${path} has type ${typeof v}, which JSON cannot represent`);
  }
}
