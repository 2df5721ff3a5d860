// genesis gentx, genesis collect-gentxs.
import { openKeyring, keyringOptions } from "../../chain/cli/keys-commands.ts";
import { requirePositionals, UsageError, type Command } from "../../chain/cli/util.ts";
import { parseCoinsText } from "../../chain/types/coins.ts";
import { validatorOptions } from "../staking/cli.ts";
import { collectGentxs, writeGentx } from "./files.ts";

export const genutilCommands: Command[] = [
  {
    name: "genesis gentx",
    summary: "Sign a MsgCreateValidator for this home's consensus key (self-delegation from a keyring key) into config/gentx/",
    usage:
      "genesis gentx <key-name> <amount> [--home DIR] [--keyring-backend file|test] [--moniker NAME] [--commission-rate 0.1] [--commission-max-rate 0.2] [--commission-max-change-rate 0.01] [--min-self-delegation 1] [--details TEXT] [--website URL] [--identity ID] [--security-contact EMAIL] [--node-id ID] [--ip 127.0.0.1:26656] [--output-document FILE]",
    options: {
      ...keyringOptions,
      ...validatorOptions,
      identity: { type: "string", default: "" },
      "security-contact": { type: "string", default: "" },
      "node-id": { type: "string" },
      ip: { type: "string" },
      "output-document": { type: "string" },
    },
    async run({ values, positionals }) {
      const [keyName, amountText] = requirePositionals(positionals, ["key-name", "amount"]);
      let amount: bigint;
      try {
        const c = parseCoinsText(amountText);
        if (c.length !== 1 || c[0].denom !== "wei") throw new Error("expected one amount in wei/gwei/stos");
        amount = c[0].amount;
      } catch (e) {
        throw new UsageError(`<amount> ${JSON.stringify(amountText)}: ${(e as Error).message}`);
      }
      if (!/^\d+$/.test(values["min-self-delegation"]) || BigInt(values["min-self-delegation"]) <= 0n) throw new UsageError("--min-self-delegation must be a positive integer (wei)");
      const keyring = await openKeyring(values, true);
      const signer = await keyring.getSigner(keyName);
      const out = writeGentx(values.home, signer, {
        amount,
        moniker: values.moniker ?? keyName,
        commissionRate: values["commission-rate"],
        commissionMaxRate: values["commission-max-rate"],
        commissionMaxChangeRate: values["commission-max-change-rate"],
        minSelfDelegation: BigInt(values["min-self-delegation"]),
        details: values.details,
        website: values.website,
        identity: values.identity,
        securityContact: values["security-contact"],
        memo: values["node-id"] && values.ip ? `${values["node-id"]}@${values.ip}` : "",
        nodeId: values["node-id"],
        output: values["output-document"],
      });
      console.log(`gentx written to ${out}`);
    },
  },
  {
    name: "genesis collect-gentxs",
    summary: "Put the gentxs of config/gentx/ (or --gentx-dir) into genesis.json; InitChain then builds the validator set from them",
    usage: "genesis collect-gentxs [--home DIR] [--gentx-dir DIR]",
    options: { ...keyringOptions, "gentx-dir": { type: "string" } },
    run({ values }) {
      const n = collectGentxs(values.home, values["gentx-dir"]);
      console.log(`collected ${n} gentx(s) into ${values.home}/config/genesis.json`);
    },
  },
];
