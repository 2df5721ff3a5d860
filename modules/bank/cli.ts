// tx bank send, query bank balances.
import { QueryAllBalancesRequest, QueryAllBalancesResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { openKeyring } from "../../chain/cli/keys-commands.ts";
import { nodeOption } from "../../chain/cli/args.ts";
import { RpcClient } from "../../chain/cli/rpc.ts";
import { parseIntArg, signAndBroadcast, txOptions } from "../../chain/cli/tx.ts";
import { requirePositionals, UsageError, type Command } from "../../chain/cli/util.ts";
import { accAddressFromBech32 } from "../../chain/types/address.ts";
import { coinsToWire, parseCoinsText } from "../../chain/types/coins.ts";

function checkAddress(address: string) {
  try {
    accAddressFromBech32(address);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export const bankCommands: Command[] = [
  {
    name: "tx bank send",
    summary: "Send coins (amounts like 1stos, 5gwei, 123wei) from a keyring key to an address",
    usage: "tx bank send <from-key> <to-address> <amount> [--fees 200000gwei | --gas auto --gas-prices 1gwei] [--memo TEXT] [--node URL] [--chain-id ID]",
    options: txOptions,
    async run({ values, positionals }) {
      const [from, to, amountText] = requirePositionals(positionals, ["from-key", "to-address", "amount"]);
      checkAddress(to);
      let amount;
      try {
        amount = parseCoinsText(amountText);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      const keyring = await openKeyring(values, false);
      const fromAddress = (await keyring.show(from)).address;
      const msg = MsgSend.fromPartial({ fromAddress, toAddress: to, amount: coinsToWire(amount) });
      await signAndBroadcast(values, from, [{ typeUrl: MsgSend.typeUrl, value: MsgSend.encode(msg).finish() }]);
    },
  },
  {
    name: "query bank balances",
    summary: "All balances of an address",
    usage: "query bank balances <address> [--height N] [--node URL]",
    options: { ...nodeOption, height: { type: "string" } },
    async run({ values, positionals }) {
      const [address] = requirePositionals(positionals, ["address"]);
      checkAddress(address);
      const height = values.height ? parseIntArg("--height", values.height) : undefined;
      const raw = await new RpcClient(values.node).query(
        "/cosmos.bank.v1beta1.Query/AllBalances",
        QueryAllBalancesRequest.encode({ address, pagination: undefined, resolveDenom: false }).finish(),
        height,
      );
      const res = QueryAllBalancesResponse.decode(raw);
      console.log(JSON.stringify({ balances: res.balances }, null, 2));
    },
  },
];
