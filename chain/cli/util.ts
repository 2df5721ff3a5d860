import { homedir } from "node:os";
import { join } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";

/** A wrong argument: printed as `error: …` with the command's usage, exit code 2. */
export class UsageError extends Error {}

export const DEFAULT_HOME = join(homedir(), ".stratos-chain");

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options?: ParseArgsConfig["options"];
  run(args: { values: Record<string, any>; positionals: string[] }): Promise<void> | void;
}

export const homeOption = { home: { type: "string" as const, default: DEFAULT_HOME } };

export function parseCommandArgs(cmd: Command, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: { ...cmd.options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function requirePositionals(positionals: string[], names: string[]): string[] {
  if (positionals.length < names.length) throw new UsageError(`missing argument <${names[positionals.length]}>`);
  if (positionals.length > names.length) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[names.length])}`);
  return positionals;
}

/** Dispatches `argv` over a tree of commands; `--help` at any level prints the relevant usage. */
export async function dispatch(prog: string, commands: Command[], argv: string[]): Promise<number> {
  const words: string[] = [];
  let rest = argv;
  let match: Command | undefined;
  while (rest.length > 0 && !rest[0].startsWith("-")) {
    words.push(rest[0]);
    rest = rest.slice(1);
    const exact = commands.find((c) => c.name === words.join(" "));
    if (exact) {
      match = exact;
      break;
    }
    if (!commands.some((c) => c.name.startsWith(words.join(" ") + " "))) break;
  }
  if (!match) {
    const prefix = words.join(" ");
    const candidates = commands.filter((c) => prefix === "" || c.name.startsWith(prefix + " "));
    const wantsHelp = rest.includes("--help") || rest.includes("-h") || words.length === 0;
    const list = (candidates.length ? candidates : commands).map((c) => `  ${prog} ${c.name.padEnd(28)} ${c.summary}`).join("\n");
    if (wantsHelp && candidates.length > 0) {
      console.log(`Usage:\n${list}\n\nRun '${prog} <command> --help' for a command's options.`);
      return words.length === 0 && argv.length === 0 ? 2 : 0;
    }
    console.error(`error: unknown command ${JSON.stringify(prefix || argv[0])}\n\nCommands:\n${list}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseCommandArgs(match, rest);
  } catch (e) {
    console.error(`error: ${(e as Error).message}\nusage: ${prog} ${match.usage}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(`usage: ${prog} ${match.usage}\n\n${match.summary}${describeOptions(match)}`);
    return 0;
  }
  try {
    await match.run(parsed as any);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`error: ${e.message}\nusage: ${prog} ${match.usage}`);
      return 2;
    }
    console.error(`error: ${(e as Error).message}`);
    return 1;
  }
}

function describeOptions(cmd: Command): string {
  const opts = Object.entries(cmd.options ?? {});
  if (opts.length === 0) return "";
  return (
    "\n\nOptions:\n" +
    opts.map(([name, o]) => `  --${name}${o.type === "string" ? " <value>" : ""}${o.default !== undefined ? `  (default ${String(o.default)})` : ""}`).join("\n")
  );
}
