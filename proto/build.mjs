#!/usr/bin/env node
// `npm run proto`: regenerates proto/gen/ from the .proto files under proto/ with ts-proto (the
// generator of CosmJS's cosmjs-types; options in proto/buf.gen.yaml: bigint for 64-bit integers,
// one .ts file per .proto, index.*.ts namespace files). buf (from npm, with its own protobuf
// compiler, so no protoc is needed) parses the protos and runs the plugin.
//
// `node proto/build.mjs --check` generates into a temporary folder and fails if proto/gen differs
// from it in any byte (CI runs this through test/unit/proto/generated.test.ts).
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const protoDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(protoDir);
const genDir = join(protoDir, "gen");
const check = process.argv.includes("--check");

function files(dir, base = dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, base));
    else out.push(relative(base, p));
  }
  return out;
}

/** Runs buf generate with proto/buf.gen.yaml, its output redirected to `out`. */
function generate(out) {
  const template = readFileSync(join(protoDir, "buf.gen.yaml"), "utf8").replace(/^(\s*out:).*$/m, `$1 ${JSON.stringify(out)}`);
  const tmpl = join(out, "..", "buf.gen.yaml");
  writeFileSync(tmpl, template);
  const buf = join(root, "node_modules", ".bin", "buf");
  execFileSync(buf, ["generate", relative(root, protoDir), "--template", tmpl, "--exclude-path", relative(root, genDir)], { cwd: root, stdio: "inherit" });
  dropReflectionOnly(out);
}

/**
 * google/api/{annotations,http}.proto only carry the REST routes (google.api.http) that reflection
 * reads (chain/api/descriptors.ts); ts-proto would still emit them and descriptor.proto, which they
 * import, as ~8000 lines nobody imports (and an annotations.ts that is no module). Dropped here.
 */
function dropReflectionOnly(out) {
  rmSync(join(out, "google", "api"), { recursive: true, force: true });
  rmSync(join(out, "google", "protobuf", "descriptor.ts"), { force: true });
  rmSync(join(out, "index.google.api.ts"), { force: true });
  for (const [file, line] of [
    ["index.google.ts", 'export * as api from "./index.google.api.ts";\n'],
    ["index.google.protobuf.ts", 'export * from "./google/protobuf/descriptor.ts";\n'],
  ]) {
    const p = join(out, file);
    writeFileSync(p, readFileSync(p, "utf8").replace(line, ""));
  }
}

const tmp = mkdtempSync(join(tmpdir(), "stratos-proto-"));
try {
  const out = join(tmp, "gen");
  generate(out);
  const fresh = files(out);
  if (check) {
    const current = files(genDir);
    const differ = [...new Set([...fresh, ...current])].filter((f) => {
      try {
        return !readFileSync(join(out, f)).equals(readFileSync(join(genDir, f)));
      } catch {
        return true;
      }
    });
    if (differ.length > 0) {
      console.error(`proto/gen is not what \`npm run proto\` generates; differing files:\n  ${differ.join("\n  ")}`);
      process.exit(1);
    }
    console.log(`proto/gen matches the generator (${fresh.length} files)`);
  } else {
    rmSync(genDir, { recursive: true, force: true });
    cpSync(out, genDir, { recursive: true });
    console.log(`generated ${fresh.length} files in ${relative(root, genDir)}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
