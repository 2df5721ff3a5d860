// tx bank send, query bank balances, query tx, status.
import { QueryAllBalancesRequest, QueryAllBalancesResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { GetTxRequest, GetTxResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { accAddressFromBech32 } from "../types/address.ts";
import { coinsToWire, parseCoinsText } from "../types/coins.ts";
import { openKeyring } from "./keys-commands.ts";
import { DEFAULT_NODE, RpcClient } from "./rpc.ts";
import { parseIntArg, signAndBroadcast, txOptions } from "./tx.ts";
import { requirePositionals, UsageError, type Command } from "./util.ts";

const nodeOption = { node: { type: "string" as const, default: DEFAULT_NODE } };

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
  {
    name: "query tx",
    summary: "A committed tx by hash: result, events, decoded body",
    usage: "query tx <hash> [--node URL]",
    options: nodeOption,
    async run({ values, positionals }) {
      const [hash] = requirePositionals(positionals, ["hash"]);
      if (!/^[0-9a-fA-F]{64}$/.test(hash)) throw new UsageError(`tx hash must be 64 hex characters, got ${JSON.stringify(hash)}`);
      const raw = await new RpcClient(values.node).query("/cosmos.tx.v1beta1.Service/GetTx", GetTxRequest.encode({ hash }).finish());
      console.log(JSON.stringify(GetTxResponse.toJSON(GetTxResponse.decode(raw)), null, 2));
    },
  },
  {
    name: "status",
    summary: "Node status: chain id, latest height and app hash, catching up",
    usage: "status [--node URL]",
    options: nodeOption,
    async run({ values }) {
      const s = await new RpcClient(values.node).call("status");
      console.log(
        JSON.stringify(
          {
            chain_id: s.node_info.network,
            moniker: s.node_info.moniker,
            latest_block_height: s.sync_info.latest_block_height,
            latest_app_hash: s.sync_info.latest_app_hash,
            latest_block_time: s.sync_info.latest_block_time,
            catching_up: s.sync_info.catching_up,
            validator_address: s.validator_info.address,
          },
          null,
          2,
        ),
      );
    },
  },
];
