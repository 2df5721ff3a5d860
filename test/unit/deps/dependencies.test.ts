// package.json "dependencies" are exactly the packages shipped code imports (chain, modules, proto
// with its generated code, localnet, resource-node, meta-node, bin); everything else — tests,
// benchmarks, generators, types — is a devDependency. So `npm ci --omit=dev` runs the programs.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "chai";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const SHIPPED = ["chain", "modules", "proto", "localnet", "resource-node", "meta-node", "bin"];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === "node_modules" ? [] : sources(p);
    return /\.(ts|mjs|js)$/.test(n) ? [p] : [];
  });
}

/** Package names a file imports (static, dynamic, side-effect and re-exports; node: builtins left out). */
function importedPackages(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const patterns = [
    /(?:^|\n)\s*(?:import|export)\b[^"';]*?\bfrom\s*["']([^"']+)["']/g, // import … from "x", export … from "x"
    /(?:^|\n)\s*import\s*["']([^"']+)["']/g, // import "x"
    /\bimport\(\s*["']([^"']+)["']\s*\)/g, // import("x")
    /\brequire\(\s*["']([^"']+)["']\s*\)/g, // require("x")
    /\brequire\.resolve\(\s*["']([^"']+)["']\s*\)/g, // require.resolve("x"): files read from a package (e.g. .proto)
  ];
  const specs = patterns.flatMap((re) => [...text.matchAll(re)].map((m) => m[1]!)).filter((s) => !s.startsWith("."));
  return specs.filter((s) => !s.startsWith("node:")).map((s) => (s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : s.split("/")[0]!));
}

describe("package.json dependencies", () => {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
  const used = new Map<string, string>();
  for (const d of SHIPPED) for (const f of sources(join(root, d))) for (const p of importedPackages(f)) if (!used.has(p)) used.set(p, f.slice(root.length + 1));

  it("every package shipped code imports is a dependency", () => {
    const missing = [...used].filter(([p]) => !(p in pkg.dependencies)).map(([p, f]) => `${p} (${f})`);
    expect(missing).to.deep.equal([]);
  });

  it("every dependency is imported by shipped code (the rest are devDependencies)", () => {
    const unused = Object.keys(pkg.dependencies).filter((d) => !used.has(d));
    expect(unused).to.deep.equal([]);
  });
});
