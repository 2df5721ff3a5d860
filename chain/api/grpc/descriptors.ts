// File descriptors for server reflection: each served service's .proto, from the Cosmos SDK's
// protos (npm @protobufs/cosmos, with gogoproto/cosmos_proto/amino/google/tendermint beside it)
// and ours in proto/ (Stratos). A service "a.b.v1.Query" is looked for in a/b/v1/*.proto.
import * as protoLoader from "@grpc/proto-loader";
import cosmosProtoDir from "@protobufs/cosmos";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const OUR_PROTOS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "proto");

/** Include dirs: the SDK's files first (so cosmos/… resolves to the real ones, not proto/'s minimal copies). */
export function protoIncludeDirs(): string[] {
  const fromCosmos = createRequire(join(cosmosProtoDir, "index.js"));
  const dirs = new Set<string>([dirname(cosmosProtoDir)]);
  for (const dep of ["@protobufs/gogoproto", "@protobufs/cosmos_proto", "@protobufs/amino", "@protobufs/google", "@protobufs/tendermint"]) {
    dirs.add(dirname(fromCosmos(dep) as string));
  }
  dirs.add(OUR_PROTOS);
  return [...dirs];
}

/** The .proto file (relative to an include dir) declaring service `fullName`, if any. */
export function protoFileOf(fullName: string, includeDirs: readonly string[]): string | undefined {
  const parts = fullName.split(".");
  const service = parts.pop()!;
  const rel = parts.join("/");
  for (const dir of includeDirs) {
    const d = join(dir, rel);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).filter((n) => n.endsWith(".proto")).sort()) {
      const text = readFileSync(join(d, f), "utf8");
      if (new RegExp(`^\\s*package\\s+${parts.join("\\.")}\\s*;`, "m").test(text) && new RegExp(`^\\s*service\\s+${service}\\s*\\{`, "m").test(text)) return `${rel}/${f}`;
    }
  }
  return undefined;
}

export function loadServiceDescriptors(services: readonly string[]): { packageDefinition: protoLoader.PackageDefinition; files: string[]; missing: string[] } {
  const includeDirs = protoIncludeDirs();
  const files: string[] = [];
  const missing: string[] = [];
  for (const s of services) {
    const f = protoFileOf(s, includeDirs);
    if (f) {
      if (!files.includes(f)) files.push(f);
    } else missing.push(s);
  }
  const packageDefinition = protoLoader.loadSync(files, { includeDirs, keepCase: true, longs: String, enums: String, defaults: false, oneofs: true });
  return { packageDefinition, files, missing };
}
