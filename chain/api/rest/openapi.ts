// The OpenAPI 3 document of the REST routes, generated from the same route list the server mounts
// (so docs and server cannot disagree): one operation per google.api.http binding, URL path and
// query parameters from the request message, schemas from the descriptors.
import protobuf from "protobufjs";
import type { ApiTable } from "../services.ts";
import type { RestRoute } from "./routes.ts";

const LONG = new Set(["int64", "uint64", "sint64", "fixed64", "sfixed64"]);
const INT32 = new Set(["int32", "uint32", "sint32", "fixed32", "sfixed32"]);

export function openApiDocument(table: ApiTable, routes: RestRoute[]): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  const ref = (t: protobuf.Type): unknown => {
    const name = t.fullName.slice(1);
    if (name === "google.protobuf.Any") return { type: "object", properties: { "@type": { type: "string" } }, additionalProperties: true };
    if (name === "google.protobuf.Timestamp") return { type: "string", format: "date-time" };
    if (name === "google.protobuf.Duration") return { type: "string", example: "1.5s" };
    if (!(name in schemas)) {
      schemas[name] = {}; // placeholder against recursion
      const properties: Record<string, unknown> = {};
      for (const f of t.fieldsArray) properties[f.name] = fieldSchema(f);
      schemas[name] = { type: "object", properties };
    }
    return { $ref: `#/components/schemas/${name}` };
  };
  const scalarSchema = (f: protobuf.Field): Record<string, unknown> => {
    f.resolve();
    if (f.resolvedType instanceof protobuf.Enum) return { type: "string", enum: Object.keys(f.resolvedType.values) };
    if (LONG.has(f.type)) return { type: "string", format: f.type.startsWith("u") ? "uint64" : "int64" };
    if (INT32.has(f.type)) return { type: "integer", format: f.type.startsWith("u") ? "uint32" : "int32" };
    if (f.type === "bool") return { type: "boolean" };
    if (f.type === "bytes") return { type: "string", format: "byte" };
    if (f.type === "double" || f.type === "float") return { type: "number" };
    return { type: "string" };
  };
  const fieldSchema = (f: protobuf.Field): unknown => {
    f.resolve();
    const one = f.resolvedType instanceof protobuf.Type ? ref(f.resolvedType) : scalarSchema(f);
    if (f.map) return { type: "object", additionalProperties: one };
    return f.repeated ? { type: "array", items: one } : one;
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const type = r.method.requestType;
    const parameters: unknown[] = r.pathParams.map((p) => ({ name: p, in: "path", required: true, schema: scalarSchema(fieldPath(type, p)) }));
    let requestBody: unknown;
    if (r.body === "*") requestBody = { required: true, content: { "application/json": { schema: ref(type) } } };
    else {
      // Query parameters: scalar fields and one level into messages (pagination.key, …).
      for (const f of type.fieldsArray) {
        f.resolve();
        if (r.pathParams.includes(f.name)) continue;
        if (f.resolvedType instanceof protobuf.Type) {
          if (f.repeated) continue;
          for (const g of f.resolvedType.fieldsArray) {
            g.resolve();
            if (g.resolvedType instanceof protobuf.Type || g.repeated) continue;
            parameters.push({ name: `${f.name}.${g.name}`, in: "query", required: false, schema: scalarSchema(g) });
          }
        } else {
          const s = scalarSchema(f);
          parameters.push({ name: f.name, in: "query", required: false, schema: f.repeated ? { type: "array", items: s } : s, ...(f.repeated ? { explode: true } : {}) });
        }
      }
    }
    const path = r.template.replace(/\{([^}=]+)(=[^}]*)?\}/g, "{$1}");
    paths[path] ??= {};
    paths[path][r.verb] = {
      operationId: `${r.method.service.replace(/\./g, "_")}_${r.method.method}`,
      summary: r.method.path,
      tags: [r.method.service],
      parameters,
      ...(requestBody ? { requestBody } : {}),
      responses: {
        "200": { description: "A successful response.", content: { "application/json": { schema: ref(r.method.responseType) } } },
        default: { description: "An error (gRPC status).", content: { "application/json": { schema: { $ref: "#/components/schemas/Status" } } } },
      },
    };
  }
  schemas.Status = {
    type: "object",
    properties: { code: { type: "integer" }, message: { type: "string" }, details: { type: "array", items: { type: "object" } } },
  };
  void table;
  return {
    openapi: "3.0.3",
    info: { title: "Stratos chain REST (LCD) API", version: "v1", description: "The Cosmos SDK and Stratos query and tx services at their google.api.http routes." },
    paths,
    components: { schemas },
  };
}

function fieldPath(type: protobuf.Type, dotted: string): protobuf.Field {
  let t = type;
  const parts = dotted.split(".");
  for (let i = 0; ; i++) {
    const f = t.fields[parts[i]];
    f.resolve();
    if (i === parts.length - 1) return f;
    t = f.resolvedType as protobuf.Type;
  }
}
