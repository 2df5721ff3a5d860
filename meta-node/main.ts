import { dispatch } from "../chain/cli/util.ts";
import { commands } from "./cli.ts";

process.exitCode = await dispatch("meta-node", commands, process.argv.slice(2));
