// Driving the real CometBFT binary: home initialisation, config.toml settings, the child process.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
// @ts-ignore -- plain ESM script shared with `npm run setup`
import { ensureCometbft } from "../../bin/install-cometbft.mjs";

export function cometbftBinary(): string {
  return ensureCometbft({ quiet: false }) as string;
}

export function cometbftInit(home: string): void {
  const r = spawnSync(cometbftBinary(), ["init", "--home", home], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`cometbft init failed: ${r.stderr || r.stdout}`);
}

/** Sets `key = value` in `[section]` ("" = top level) of a TOML text; value is a TOML literal. */
export function setTomlValue(text: string, section: string, key: string, value: string): string {
  const lines = text.split("\n");
  let current = "";
  for (let i = 0; i < lines.length; i++) {
    const sec = /^\s*\[([^\]]+)\]\s*$/.exec(lines[i]);
    if (sec) {
      current = sec[1];
      continue;
    }
    if (current === section && new RegExp(`^\\s*${key.replace(/[.]/g, "\\.")}\\s*=`).test(lines[i])) {
      lines[i] = `${key} = ${value}`;
      return lines.join("\n");
    }
  }
  throw new Error(`config.toml has no ${section ? `[${section}] ` : ""}${key}`);
}

/** A string value of `key` in `[section]` of a TOML text, if set. */
export function getTomlString(text: string, section: string, key: string): string | undefined {
  let current = "";
  for (const line of text.split("\n")) {
    const sec = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (sec) current = sec[1];
    else if (current === section) {
      const m = new RegExp(`^\\s*${key}\\s*=\\s*"([^"]*)"`).exec(line);
      if (m) return m[1];
    }
  }
  return undefined;
}

/** The http URL of this home's CometBFT RPC (config.toml rpc.laddr, tcp://host:port). */
export function cometRpcUrl(home: string): string {
  const laddr = getTomlString(readFileSync(join(home, "config", "config.toml"), "utf8"), "rpc", "laddr") ?? "tcp://127.0.0.1:26657";
  const hostPort = laddr.replace(/^tcp:\/\//, "").replace(/^0\.0\.0\.0:/, "127.0.0.1:");
  return `http://${hostPort}`;
}

export type TomlSettings = Record<string, string | number | boolean>;

/** settings: "section.key" (or "key" for top level) → value; strings are quoted for you. */
export function patchCometConfig(home: string, settings: TomlSettings): void {
  const path = join(home, "config", "config.toml");
  let text = readFileSync(path, "utf8");
  for (const [dotted, v] of Object.entries(settings)) {
    const i = dotted.lastIndexOf(".");
    const section = i < 0 ? "" : dotted.slice(0, i);
    const key = i < 0 ? dotted : dotted.slice(i + 1);
    text = setTomlValue(text, section, key, typeof v === "string" ? JSON.stringify(v) : String(v));
  }
  writeFileSync(path, text);
}

export interface CometbftProcessOptions {
  home: string;
  logFile?: string;
  extraArgs?: string[];
  stdio?: "inherit" | "ignore";
}

export function spawnCometbft(opts: CometbftProcessOptions): ChildProcess {
  if (!existsSync(join(opts.home, "config", "config.toml"))) throw new Error(`${opts.home} is not a cometbft home (run init first)`);
  return spawn(cometbftBinary(), ["start", "--home", opts.home, ...(opts.extraArgs ?? [])], {
    stdio: opts.stdio === "ignore" ? "ignore" : ["ignore", "inherit", "inherit"],
  });
}
