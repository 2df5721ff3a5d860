// query tx, status: about the chain, not a module.
import { GetTxRequest, GetTxResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { nodeOption } from "./args.ts";
import { RpcClient } from "./rpc.ts";
import { requirePositionals, UsageError, type Command } from "./util.ts";

export const chainCommands: Command[] = [
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
