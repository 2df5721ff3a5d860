// Every `stratos-chain` command: the chain's own (node, keys, chain queries) and each module's
// (modules/<name>/cli.ts), registered here like the modules themselves in app.ts.
import { chainCommands } from "../cli/chain-commands.ts";
import { keysCommands } from "../cli/keys-commands.ts";
import { nodeCommands } from "../cli/node-commands.ts";
import type { Command } from "../cli/util.ts";
import { bankCommands } from "../../modules/bank/cli.ts";
import { nodeKeyCommands, registerCommands } from "../../modules/register/cli.ts";
import { sdsCommands } from "../../modules/sds/cli.ts";
import { potCommands } from "../../modules/pot/cli.ts";
import { genutilCommands } from "../../modules/genutil/cli.ts";
import { stakingCommands } from "../../modules/staking/cli.ts";
import { distributionCommands } from "../../modules/distribution/cli.ts";
import { slashingCommands } from "../../modules/slashing/cli.ts";

/** In `--help` order. */
export const commands: Command[] = [
  ...nodeCommands,
  ...genutilCommands,
  ...keysCommands,
  ...bankCommands,
  ...chainCommands,
  ...nodeKeyCommands,
  ...registerCommands,
  ...sdsCommands,
  ...potCommands,
  ...stakingCommands,
  ...distributionCommands,
  ...slashingCommands,
];
