import { bankCommands } from "./bank-commands.ts";
import { keysCommands } from "./keys-commands.ts";
import { nodeCommands } from "./node-commands.ts";
import { potCommands } from "./pot-commands.ts";
import { nodeKeyCommands, registerCommands } from "./register-commands.ts";
import { sdsCommands } from "./sds-commands.ts";
import { dispatch, type Command } from "./util.ts";

const commands: Command[] = [...nodeCommands, ...keysCommands, ...bankCommands, ...nodeKeyCommands, ...registerCommands, ...sdsCommands, ...potCommands];

dispatch("stratos-chain", commands, process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(`error: ${(e as Error).stack ?? e}`);
    process.exit(1);
  },
);
