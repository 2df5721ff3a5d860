// A small line logger: to a file (the daemon's logs/resource-node.log) and/or stderr.
import { appendFileSync } from "node:fs";

export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export function makeLogger(opts: { file?: string; stderr?: boolean; name?: string } = {}): Logger {
  const write = (level: string, msg: string) => {
    const line = `${new Date().toISOString()} ${level} ${opts.name ? opts.name + " " : ""}${msg}\n`;
    if (opts.file) {
      try {
        appendFileSync(opts.file, line);
      } catch {
        // the log folder vanished (test cleanup); keep running
      }
    }
    if (opts.stderr) process.stderr.write(line);
  };
  return { info: (m) => write("INFO", m), warn: (m) => write("WARN", m), error: (m) => write("ERROR", m) };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
