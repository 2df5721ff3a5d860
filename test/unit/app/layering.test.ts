// The layering rules of CONTRIBUTING.md, checked on the real import graph of the repository:
//  1. the generic chain core (chain/abci, store, tx, crypto, keys, types, app) imports nothing
//     from modules/ (nor from the composition root or the transports built on it), directly or
//     through another file, type-only imports included;
//  2. no import cycle exists anywhere at run time (imports that stay after type erasure), and
//  3. none inside chain/ even counting type-only imports (a type cycle there is a design cycle,
//     like the app ⇄ query router one that the QueryHost interface replaced).
// Imports are read with the TypeScript parser, so comments and strings cannot fool it.
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

/** Relative module specifiers of a file, and whether each import is erased with the types. */
function importsOf(file: string): { spec: string; typeOnly: boolean }[] {
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, file.endsWith(".ts") ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const out: { spec: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const c = node.importClause;
      const named = c?.namedBindings && ts.isNamedImports(c.namedBindings) ? c.namedBindings.elements : undefined;
      // `import type {…}`, or `import { type A, type B }` with no default import: erased by tsx/esbuild.
      const typeOnly = !!c && (c.isTypeOnly || (!c.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      out.push({ spec: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      out.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly)) });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      out.push({ spec: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      out.push({ spec: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out.filter((i) => i.spec.startsWith("."));
}

/** file → the repository files it imports (static, dynamic, re-exports; type-only ones unless runtimeOnly). */
export function importGraph(files: string[], opts: { runtimeOnly?: boolean } = {}): Graph {
  const graph: Graph = new Map();
  for (const file of files) {
    const deps = importsOf(file)
      .filter((i) => !(opts.runtimeOnly && i.typeOnly))
      .map((i) => rel(resolve(dirname(file), i.spec)));
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

/**
 * "file → … → dep" for every path from a core file to a file above the core, direct or through
 * other files (e.g. core → proto/client.ts → modules/…): the core must not depend on them at all.
 */
export function coreViolations(graph: Graph, layer: string[] = CORE, forbidden: string[] = ABOVE_CORE): string[] {
  const bad: string[] = [];
  const above = (f: string) => forbidden.some((a) => f.startsWith(a));
  for (const file of [...graph.keys()].sort()) {
    if (!layer.some((c) => file.startsWith(c))) continue;
    // Breadth-first over what the file reaches; report the first path to each forbidden file.
    const via = new Map<string, string>([[file, ""]]);
    const queue = [file];
    while (queue.length > 0) {
      const f = queue.shift()!;
      for (const d of graph.get(f) ?? []) {
        if (via.has(d)) continue;
        via.set(d, f);
        if (above(d)) {
          const path = [d];
          for (let p = f; p !== ""; p = via.get(p)!) path.unshift(p);
          bad.push(path.join(" → "));
        } else queue.push(d);
      }
    }
  }
  return bad;
}

describe("layering (import graph)", () => {
  const files = SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d)));
  const graph = importGraph(files);
  const runtime = importGraph(files, { runtimeOnly: true });

  it("reads the real graph (the chain core is there and imports itself)", () => {
    expect(graph.get("chain/app/app.ts")).to.include("chain/store/merkle-store.ts");
    expect(graph.size).to.be.greaterThan(100);
    // queries.ts imports the MerkleStore type only: in the full graph, not at run time.
    expect(graph.get("chain/app/queries.ts")).to.include("chain/store/merkle-store.ts");
    expect(runtime.get("chain/app/queries.ts")).to.not.include("chain/store/merkle-store.ts");
  });

  it("the generic chain core imports nothing from modules/, the composition root or what is built on them, not even indirectly", () => {
    expect(coreViolations(graph), "core files importing above the core").to.deep.equal([]);
  });

  it("the transports of chain/api/ (REST, gRPC) import no module and not the composition root: services come in as data", () => {
    expect([...graph.keys()].some((f) => f.startsWith("chain/api/")), "chain/api/ is in the graph").to.equal(true);
    expect(coreViolations(graph, ["chain/api/"], ["modules/", "chain/root/", "chain/cli/", "chain/node/", "localnet/", "test/", "bin/"])).to.deep.equal([]);
  });

  it("no import cycle exists at run time", () => {
    expect(cycles(runtime).map((c) => c.join(" ⇄ ")), "import cycles").to.deep.equal([]);
  });

  it("no import cycle exists inside chain/, type-only imports included", () => {
    const chainOnly: Graph = new Map([...graph].filter(([f]) => f.startsWith("chain/")));
    expect(cycles(chainOnly).map((c) => c.join(" ⇄ ")), "import cycles").to.deep.equal([]);
  });

  it("the checks can fail: a cycle and a core → module import are found in a made-up graph", () => {
    const g: Graph = new Map([
      ["chain/app/a.ts", ["chain/app/b.ts", "modules/x/index.ts"]],
      ["chain/app/b.ts", ["chain/app/a.ts"]],
      ["modules/x/index.ts", []],
    ]);
    expect(cycles(g)).to.deep.equal([["chain/app/a.ts", "chain/app/b.ts"]]);
    expect(coreViolations(g)).to.deep.equal(["chain/app/a.ts → modules/x/index.ts", "chain/app/b.ts → chain/app/a.ts → modules/x/index.ts"]);
    const indirect: Graph = new Map([
      ["chain/tx/t.ts", ["proto/client.ts"]],
      ["proto/client.ts", ["modules/x/amino.ts"]],
      ["modules/x/amino.ts", []],
    ]);
    expect(coreViolations(indirect)).to.deep.equal(["chain/tx/t.ts → proto/client.ts → modules/x/amino.ts"]);
    const real = importGraph([join(ROOT, "chain/root/app.ts")]);
    expect(real.get("chain/root/app.ts"), "the parser sees the root's module imports").to.include("modules/auth/index.ts");
  });
});
