// A small line logger: timestamped lines to the log file (and stderr when attached to a terminal).
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export function fileLogger(path: string | undefined, alsoStderr: boolean): Logger {
  if (path) mkdirSync(dirname(path), { recursive: true });
  const line = (level: string, msg: string) => {
    const text = `${new Date().toISOString()} ${level} ${msg}\n`;
    if (path) {
      try {
        appendFileSync(path, text);
      } catch {
        /* the log must never take the daemon down */
      }
    }
    if (alsoStderr) process.stderr.write(text);
  };
  return { info: (m) => line("INFO", m), warn: (m) => line("WARN", m), error: (m) => line("ERROR", m) };
}
