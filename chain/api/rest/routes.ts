// The REST route list: one entry per google.api.http binding of the service table. The server
// mounts it, the OpenAPI document describes it, the tests walk it — one list, so they cannot drift.
import type { ApiMethod, ApiTable } from "../services.ts";

export interface RestRoute {
  method: ApiMethod;
  verb: "get" | "post" | "put" | "delete" | "patch";
  /** The google.api.http template, e.g. "/cosmos/auth/v1beta1/accounts/{address}". */
  template: string;
  body: string;
  /** Field paths bound from the URL path, in template order. */
  pathParams: string[];
  /** The express path ("/cosmos/auth/v1beta1/accounts/:p0"). */
  expressPath: string;
}

/** Every REST route of the table (the server, the OpenAPI document and the tests use this list). */
export function restRoutes(table: ApiTable): RestRoute[] {
  const out: RestRoute[] = [];
  for (const method of table.methods) {
    for (const b of method.http) {
      const pathParams: string[] = [];
      const expressPath = b.path.replace(/\{([^}=]+)(=[^}]*)?\}/g, (_m, name: string) => {
        pathParams.push(name);
        return `:p${pathParams.length - 1}`;
      });
      // Two bindings of one verb and shape (auth's /bech32/{address_bytes} and
      // /bech32/{address_string}): grpc-gateway v1's mux tries the last registered first, so
      // on the SDK's REST the later method in the .proto answers; the earlier one is gRPC-only.
      const shadowed = out.findIndex((r) => r.verb === b.verb && r.expressPath === expressPath);
      if (shadowed >= 0) out.splice(shadowed, 1);
      out.push({ method, verb: b.verb, template: b.path, body: b.body, pathParams, expressPath });
    }
  }
  return out;
}

