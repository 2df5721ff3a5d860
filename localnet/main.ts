import { dispatch } from "../chain/cli/util.ts";
import { localnetCommands } from "./commands.ts";

dispatch("localnet", localnetCommands, process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(`error: ${(e as Error).stack ?? e}`);
    process.exit(1);
  },
);
