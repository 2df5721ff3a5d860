// Loaded with `node --import` into a CLI process that bench/storage.ts measures: prints its peak RSS
// and the CPU time it used at exit.
process.on("exit", () => {
  const u = process.resourceUsage();
  process.stderr.write(`\nMAXRSS_KB=${u.maxRSS} CPU_MS=${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}\n`);
});
