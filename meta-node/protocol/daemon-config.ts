// Reading a daemon's config.json, shared by meta-node and resource-node: the same checks (home
// exists, JSON parses, no unknown settings) and the same messages, then the daemon's own validation.
import { existsSync, readFileSync } from "node:fs";

export function readDaemonConfig<C extends object>(opts: {
  path: string;
  home: string;
  daemon: "meta-node" | "resource-node";
  defaults: C;
  validate: (c: C) => C;
  error: new (message: string) => Error;
  /** Also name the known settings when an unknown one is found. */
  listKnown?: boolean;
}): C {
  const { path, home, daemon, defaults, error } = opts;
  if (!existsSync(path)) throw new error(`${home} is not a ${daemon} home (no config.json): run '${daemon} init --home ${home}' first`);
  let j: any;
  try {
    j = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new error(`cannot read ${path}: ${(e as Error).message}`);
  }
  const unknown = Object.keys(j).filter((k) => !(k in defaults));
  if (unknown.length) {
    const known = opts.listKnown ? ` (known: ${Object.keys(defaults).join(", ")})` : "";
    throw new error(`config.json: unknown setting(s) ${unknown.join(", ")}${known}`);
  }
  return opts.validate({ ...defaults, ...j });
}
