// The layering rules of CONTRIBUTING.md, checked on the real import graph of the repository:
//  1. the generic chain core (chain/abci, store, tx, crypto, keys, types, app) imports nothing
//     from modules/ (nor from the composition root or the transports built on it), and
//  2. no import cycle exists anywhere (type-only imports count too: they are a design cycle).
// Imports are read with the TypeScript compiler's own scanner (ts.preProcessFile), so comments,
// strings and `import type` are handled as tsc handles them.
import { expect } from "chai";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

const ROOT = resolve(import.meta.dirname, "..", "..", "..");
const SOURCE_DIRS = ["chain", "modules", "proto", "localnet", "resource-node", "meta-node", "bench", "bin", "test"];
const CORE = ["chain/abci/", "chain/store/", "chain/tx/", "chain/crypto/", "chain/keys/", "chain/types/", "chain/app/"];
/** What the core may not reach: the modules, and everything built from them. */
const ABOVE_CORE = ["modules/", "chain/root/", "chain/cli/", "chain/node/", "localnet/", "resource-node/", "meta-node/", "bench/", "test/", "bin/"];

type Graph = Map<string, string[]>;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.(ts|mts|mjs)$/.test(name) && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

const rel = (abs: string) => relative(ROOT, abs).split(sep).join("/");

/** file → the repository files it imports (static, dynamic, re-exports, type-only). */
export function importGraph(files: string[]): Graph {
  const graph: Graph = new Map();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const deps = info.importedFiles
      .map((f) => f.fileName)
      .filter((spec) => spec.startsWith("."))
      .map((spec) => rel(resolve(dirname(file), spec)));
    graph.set(rel(file), [...new Set(deps)].sort());
  }
  return graph;
}

/** Every cycle, as the list of files around it (Tarjan's strongly connected components). */
export function cycles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

/** "file → dep" for every import from the core to above it. */
export function coreViolations(graph: Graph): string[] {
  const bad: string[] = [];
  for (const [file, deps] of graph) {
    if (!CORE.some((c) => file.startsWith(c))) continue;
    for (const d of deps) if (ABOVE_CORE.some((a) => d.startsWith(a))) bad.push(`${file} → ${d}`);
  }
  return bad;
}

describe("layering (import graph)", () => {
  const files = SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d)));
  const graph = importGraph(files);

  it("reads the real graph (the chain core is there and imports itself)", () => {
    expect(graph.get("chain/app/app.ts")).to.include("chain/store/merkle-store.ts");
    expect(graph.size).to.be.greaterThan(100);
  });

  it("the generic chain core imports nothing from modules/, the composition root or what is built on them", () => {
    expect(coreViolations(graph), "core files importing above the core").to.deep.equal([]);
  });

  it("no import cycle exists", () => {
    expect(cycles(graph).map((c) => c.join(" ⇄ ")), "import cycles").to.deep.equal([]);
  });

  it("the checks can fail: a cycle and a core → module import are found in a made-up graph", () => {
    const g: Graph = new Map([
      ["chain/app/a.ts", ["chain/app/b.ts", "modules/x/index.ts"]],
      ["chain/app/b.ts", ["chain/app/a.ts"]],
      ["modules/x/index.ts", []],
    ]);
    expect(cycles(g)).to.deep.equal([["chain/app/a.ts", "chain/app/b.ts"]]);
    expect(coreViolations(g)).to.deep.equal(["chain/app/a.ts → modules/x/index.ts"]);
    const real = importGraph([join(ROOT, "chain/root/app.ts")]);
    expect(real.get("chain/root/app.ts"), "the scanner sees the root's module imports").to.include("modules/auth/index.ts");
  });
});
