import { commands } from "../root/cli.ts";
import { dispatch } from "./util.ts";

dispatch("stratos-chain", commands, process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(`error: ${(e as Error).stack ?? e}`);
    process.exit(1);
  },
);
