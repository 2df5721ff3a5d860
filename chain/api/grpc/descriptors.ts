// File descriptors for server reflection: each served service's .proto, from the Cosmos SDK's
// protos (npm @protobufs/cosmos, with gogoproto/cosmos_proto/amino/google/tendermint beside it)
// and ours in proto/ (Stratos). A service "a.b.v1.Query" is looked for in a/b/v1/*.proto.
import * as protoLoader from "@grpc/proto-loader";
import protobuf from "protobufjs";
import descriptor from "protobufjs/ext/descriptor";
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

/**
 * Reflection descriptors of the given services. With `root` (the service table's protobufjs root,
 * chain/api/descriptors.ts: the SDK's files plus the SDK 0.47 messages, methods and fields added
 * there) they describe exactly what the table serves; without it, the services' .proto files as
 * they are on disk (SDK 0.46's, for clients generated from the upstream files).
 */
export function loadServiceDescriptors(services: readonly string[], root?: protobuf.Root, served?: ReadonlySet<string>): { packageDefinition: protoLoader.PackageDefinition; files: string[]; missing: string[] } {
  const opts = { keepCase: true, longs: String, enums: String, defaults: false, oneofs: true };
  if (root) {
    const missing = services.filter((s) => !(root.lookup(s) instanceof protobuf.Service));
    const json = root.toJSON();
    // Services nothing here serves (the root also holds tendermint.abci.ABCIApplication, say) are left
    // out, so that `grpcurl list` shows only what answers.
    const listed = new Set(services);
    const prune = (node: any, scope: string) => {
      for (const [name, child] of Object.entries<any>(node?.nested ?? {})) {
        const fqn = scope ? `${scope}.${name}` : name;
        if (child?.methods && !listed.has(fqn)) delete node.nested[name];
        else prune(child, fqn);
      }
    };
    prune(json, "");
    // Methods of a listed service that no backend answers (served: gRPC paths) are left out.
    if (served) {
      for (const s of services) {
        const node = s.split(".").reduce((n: any, part) => n?.nested?.[part], json);
        for (const m of Object.keys(node?.methods ?? {})) if (!served.has(`/${s}/${m}`)) delete node.methods[m];
      }
    }
    return { packageDefinition: linkable(protoLoader.fromJSON(json, opts)), files: [], missing };
  }
  const includeDirs = protoIncludeDirs();
  const files: string[] = [];
  const missing: string[] = [];
  for (const s of services) {
    const f = protoFileOf(s, includeDirs);
    if (f) {
      if (!files.includes(f)) files.push(f);
    } else missing.push(s);
  }
  const packageDefinition = linkable(protoLoader.loadSync(files, { includeDirs, ...opts }));
  return { packageDefinition, files, missing };
}

type FileProto = { name?: string; package?: string; messageType?: any[]; dependency?: string[] };

/**
 * The descriptors reflection serves (grpcurl, dynamic clients), made linkable. proto-loader's
 * descriptors (one synthetic file per package) keep type names as written (`base.v1beta1.Coin`),
 * list no dependencies and carry gogoproto/amino options as malformed extensions, which grpcurl
 * refuses; so every type name is made fully qualified, each file lists the files it uses, options
 * are dropped (clients need none).
 */
function linkable(def: protoLoader.PackageDefinition): protoLoader.PackageDefinition {
  const entries = (Object.values(def) as any[]).filter((e) => Array.isArray(e?.fileDescriptorProtos));
  const files = new Map<string, FileProto>();
  for (const e of entries) {
    for (const bin of e.fileDescriptorProtos as Buffer[]) {
      const f = descriptor.FileDescriptorProto.toObject(descriptor.FileDescriptorProto.decode(bin)) as FileProto;
      if (f.name && !files.has(f.name)) files.set(f.name, f);
    }
  }

  // fully qualified name → file, for every message, enum and service
  const owner = new Map<string, string>();
  const index = (scope: string, m: any, name: string) => {
    const fqn = scope ? `${scope}.${m.name}` : m.name;
    owner.set(fqn, name);
    for (const n of m.nestedType ?? []) index(fqn, n, name);
    for (const en of m.enumType ?? []) owner.set(`${fqn}.${en.name}`, name);
  };
  for (const [name, f] of files) {
    for (const m of f.messageType ?? []) index(f.package ?? "", m, name);
    for (const en of (f as any).enumType ?? []) owner.set(f.package ? `${f.package}.${en.name}` : en.name, name);
  }
  const resolve = (ref: string, scope: string): string | undefined => {
    if (ref.startsWith(".")) return owner.has(ref.slice(1)) ? ref.slice(1) : undefined;
    for (let s = scope; ; s = s.includes(".") ? s.slice(0, s.lastIndexOf(".")) : "") {
      const fqn = s ? `${s}.${ref}` : ref;
      if (owner.has(fqn)) return fqn;
      if (!s) return undefined;
    }
  };
  for (const [name, f] of files) {
    const deps = new Set<string>();
    const use = (ref: string | undefined, scope: string): string | undefined => {
      if (!ref) return ref;
      const fqn = resolve(ref, scope);
      if (!fqn) return ref;
      const dep = owner.get(fqn)!;
      if (dep !== name) deps.add(dep);
      return `.${fqn}`;
    };
    const link = (m: any, scope: string) => {
      const fqn = scope ? `${scope}.${m.name}` : m.name;
      delete m.options;
      delete m.extensionRange;
      delete m.reservedRange; // protobufjs writes inclusive ends where descriptors have exclusive ones
      delete m.reservedName;
      // protobufjs lists an extension inside the extended message (FileOptions) as a field named ".gogoproto.…"
      if (m.field) m.field = m.field.filter((fd: any) => !String(fd.name).startsWith("."));
      for (const fd of m.field ?? []) {
        delete fd.options;
        // the files are written as proto3 (descriptor.proto's proto2 defaults and `required` are not allowed there)
        delete fd.defaultValue;
        if (fd.label === 2) fd.label = 1;
        if (fd.typeName) fd.typeName = use(fd.typeName, fqn);
      }
      for (const n of m.nestedType ?? []) link(n, fqn);
      for (const en of m.enumType ?? []) {
        delete en.options;
        delete en.reservedRange;
        for (const v of en.value ?? []) delete v.options;
      }
    };
    delete (f as any).options;
    // google.protobuf holds descriptor.proto (proto2: enums without a zero value)
    if (f.package === "google.protobuf") (f as any).syntax = "proto2";
    for (const m of f.messageType ?? []) link(m, f.package ?? "");
    for (const en of (f as any).enumType ?? []) {
      delete en.options;
      for (const v of en.value ?? []) delete v.options;
    }
    for (const svc of (f as any).service ?? []) {
      delete svc.options;
      for (const m of svc.method ?? []) {
        delete m.options;
        m.inputType = use(m.inputType, f.package ?? "");
        m.outputType = use(m.outputType, f.package ?? "");
      }
    }
    // extensions (gogoproto's, cosmos_proto's) are option declarations only: drop them too
    delete (f as any).extension;
    for (const m of f.messageType ?? []) delete m.extension;
    f.dependency = [...deps].sort();
  }
  const encoded = new Map([...files].map(([name, f]) => [name, Buffer.from(descriptor.FileDescriptorProto.encode(descriptor.FileDescriptorProto.fromObject(f as any)).finish())]));
  for (const e of entries) {
    e.fileDescriptorProtos = (e.fileDescriptorProtos as Buffer[]).map((bin) => encoded.get(descriptor.FileDescriptorProto.decode(bin).name as string) ?? bin);
  }
  return def;
}
