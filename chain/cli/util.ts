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

/** A token that is a negative number or amount (`-1`, `-5stos`, `-0.5`), never an option name. */
const negativeValue = /^-\d/;

export function parseCommandArgs(cmd: Command, argv: string[]) {
  const options: NonNullable<ParseArgsConfig["options"]> = { ...cmd.options, help: { type: "boolean", short: "h" } };
  // node:util's parseArgs reads `--gas -1` as an option without its value ("ambiguous") and
  // `-5stos` as the unknown option -5. Values after a string option are that option's value
  // whatever they start with (as cobra/pflag read them); other negative numbers are positionals,
  // passed through as placeholders so their order among the positionals is kept.
  const stringOpt = (token: string): boolean => {
    if (token.startsWith("--")) return !token.includes("=") && options[token.slice(2)]?.type === "string";
    if (/^-[a-zA-Z]$/.test(token)) return Object.values(options).some((o) => o.short === token[1] && o.type === "string");
    return false;
  };
  const args: string[] = [];
  const held: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const t = argv[i];
    if (t === "--") {
      args.push(...argv.slice(i));
      break;
    }
    if (stringOpt(t) && i + 1 < argv.length && argv[i + 1].startsWith("-") && argv[i + 1] !== "--") {
      args.push(t.startsWith("--") ? `${t}=${argv[i + 1]}` : `${t}${argv[i + 1]}`);
      i++;
    } else if (negativeValue.test(t)) {
      args.push(`\u0000${held.length}`);
      held.push(t);
    } else args.push(t);
  }
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  parsed.positionals = parsed.positionals.map((p) => (p.startsWith("\u0000") ? held[Number(p.slice(1))] : p));
  return parsed;
}

/** Waits for SIGTERM or SIGINT, then for `stop()` (a failed stop still ends the wait). */
export function untilSignalThenStop(stop: () => Promise<unknown>): Promise<void> {
  return new Promise<void>((resolve) => {
    const onSignal = () => {
      process.off("SIGTERM", onSignal);
      process.off("SIGINT", onSignal);
      stop().then(() => resolve(), () => resolve());
    };
    process.on("SIGTERM", onSignal);
    process.on("SIGINT", onSignal);
  });
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
