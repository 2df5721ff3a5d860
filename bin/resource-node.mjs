#!/usr/bin/env node
// Runs the resource-node CLI through tsx's loader (no build step).
import { register } from "tsx/esm/api";
register();
const { main } = await import("../resource-node/cli.ts");
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(`error: ${e?.stack ?? e}`);
    process.exit(1);
  },
);
