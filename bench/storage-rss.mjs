// Loaded with `node --import` into a process whose peak RSS bench/storage.ts reports: prints it at exit.
process.on("exit", () => process.stderr.write(`\nMAXRSS_KB=${process.resourceUsage().maxRSS}\n`));
