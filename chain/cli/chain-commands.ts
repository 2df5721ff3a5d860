// query tx, status: about the chain, not a module.
import { GetTxRequest, GetTxResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { DEFAULT_MIN_GAS_PRICE } from "../app/app.ts";
import { chainInfo } from "../node/chain-info.ts";
import { parseGasPrice } from "../node/config.ts";
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
  {
    name: "chain-info",
    summary: "Keplr experimentalSuggestChain object, chain-registry chain.json and assetlist.json for the running network",
    usage: "chain-info [--node URL] [--rest URL] [--grpc HOST:PORT] [--min-gas-price 1gwei] [--chain-name NAME] [--only keplr|chain|assetlist]",
    options: {
      ...nodeOption,
      rest: { type: "string" },
      grpc: { type: "string" },
      "min-gas-price": { type: "string", default: `${DEFAULT_MIN_GAS_PRICE}wei` },
      "chain-name": { type: "string" },
      only: { type: "string" },
    },
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      const only = values.only as string | undefined;
      if (only !== undefined && !["keplr", "chain", "assetlist"].includes(only)) throw new UsageError(`--only must be keplr, chain or assetlist, got ${JSON.stringify(only)}`);
      let minGasPrice: bigint;
      try {
        minGasPrice = parseGasPrice(values["min-gas-price"] as string);
      } catch (e) {
        throw new UsageError(`--min-gas-price: ${(e as Error).message.replace(/^minimum_gas_prices /, "")}`);
      }
      if (minGasPrice <= 0n) throw new UsageError("--min-gas-price must be positive (wallets compute fees from it)");
      let rpcUrl: URL;
      try {
        rpcUrl = new URL(values.node as string);
      } catch {
        throw new UsageError(`--node must be a URL, got ${JSON.stringify(values.node)}`);
      }
      // Unless told otherwise, the REST and gRPC servers of the same host on their default ports.
      const rest = (values.rest as string | undefined) ?? `${rpcUrl.protocol}//${rpcUrl.hostname}:1317`;
      const grpc = (values.grpc as string | undefined) ?? `${rpcUrl.hostname}:9090`;
      const s = await new RpcClient(values.node as string).call("status");
      let info;
      try {
        info = chainInfo({ chainId: s.node_info.network, rpc: (values.node as string).replace(/\/$/, ""), rest: rest.replace(/\/$/, ""), grpc, minGasPrice, chainName: values["chain-name"] as string | undefined });
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      console.log(JSON.stringify(only ? info[only as keyof typeof info] : { keplr: info.keplr, "chain.json": info.chain, "assetlist.json": info.assetlist }, null, 2));
    },
  },
];
