#!/usr/bin/env node
// `npm run proto`: regenerates proto/gen/stratos.js (ES module, static code) and proto/gen/stratos.d.ts
// from the .proto files under proto/ with protobufjs-cli (pbjs + pbts).
//
// pbts derives the typings from JSDoc, so a commented build feeds pbts and a comment-free build is
// what gets checked in as stratos.js (about half the size). 64-bit integers are Long objects
// (--force-long): Stratos has int64 amounts (e.g. genesis Slashing.value) that exceed 2^53.
//
// pbjs always takes google/protobuf/*.proto from protobufjs' bundled JSON copies, whose Any field is
// named `type_url` (no camelCase conversion for JSON). CosmJS and cosmjs-types use `typeUrl`, so
// the bundled Any is replaced by an identical one (same field numbers) with the camelCase name
// before generating.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const protoDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(protoDir);
const require = createRequire(join(root, "package.json"));
const protobuf = require("protobufjs");
const { pbjs, pbts } = require("protobufjs-cli");
const outJs = join(protoDir, "gen", "stratos.js");
const outDts = join(protoDir, "gen", "stratos.d.ts");

function protoFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== "gen" && name !== "node_modules") out.push(...protoFiles(p));
    } else if (name.endsWith(".proto")) out.push(relative(root, p));
  }
  return out;
}

const files = protoFiles(protoDir);
const common = ["-t", "static-module", "-w", "es6", "--force-long", "--no-delimited", "-p", relative(root, protoDir)];
const run = (tool, args) =>
  new Promise((resolve, reject) => tool.main(args, (err, out) => (err ? reject(err) : resolve(out))));

protobuf.common("any", {
  Any: { fields: { typeUrl: { type: "string", id: 1 }, value: { type: "bytes", id: 2 } } },
});

process.chdir(root);
const tmp = mkdtempSync(join(tmpdir(), "stratos-proto-"));
try {
  const commented = join(tmp, "stratos.js");
  await run(pbjs, [...common, "-o", commented, ...files]);
  await run(pbts, ["-o", outDts, commented]);
  await run(pbjs, [...common, "--no-comments", "-o", outJs, ...files]);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`generated ${relative(root, outJs)} and ${relative(root, outDts)} from ${files.length} .proto files`);
