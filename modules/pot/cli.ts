// tx pot volume-report|withdraw|foundation-deposit|slashing-resource-node and query pot … (spec §4, §6.2).
import { readFileSync } from "node:fs";
import { checkAccArg, checkNetArg, nodeOption, parseWei } from "../../chain/cli/args.ts";
import { openKeyring } from "../../chain/cli/keys-commands.ts";
import { queryAndPrint } from "../../chain/cli/query.ts";
import { parseIntArg, signAndBroadcast, txOptions } from "../../chain/cli/tx.ts";
import { requirePositionals, UsageError, type Command } from "../../chain/cli/util.ts";
import { stratos } from "../../proto/client.ts";

const pb = stratos.pot.v1;
const txUsage = "[--keyring-backend file|test] [--home DIR] [--node URL] [--chain-id ID] [--fees 200000gwei | --gas auto --gas-prices 1gwei]";
const queryOptions = { ...nodeOption, height: { type: "string" as const } };
const qUsage = "[--node URL] [--height N]";

async function addressOf(values: Record<string, any>, key: string): Promise<string> {
  return (await (await openKeyring(values, false)).show(key)).address;
}

function epochArg(text: string): bigint {
  const e = parseIntArg("epoch", text);
  if (e > 2n ** 63n - 1n) throw new UsageError(`epoch ${text} is too large`);
  return e;
}

/** A volume-report file: the JSON a meta node's report builder writes (meta-node/volume-report.ts). */
export function readVolumeReportFile(path: string): stratos.pot.v1.MsgVolumeReport {
  let j: any;
  try {
    j = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new UsageError(`cannot read volume report ${path}: ${(e as Error).message}`);
  }
  const b64 = (s: unknown, what: string) => {
    if (typeof s !== "string") throw new UsageError(`${path}: ${what} must be a base64 string`);
    return new Uint8Array(Buffer.from(s, "base64"));
  };
  const sig = j.bls_signature ?? j.BLS_signature;
  if (!Array.isArray(j.wallet_volumes) || !sig) throw new UsageError(`${path}: expected wallet_volumes[] and bls_signature`);
  return pb.MsgVolumeReport.create({
    walletVolumes: j.wallet_volumes.map((w: any) => ({ walletAddress: String(w.wallet_address), volume: String(w.volume) })),
    reporter: String(j.reporter ?? ""),
    epoch: String(j.epoch ?? ""),
    reportReference: String(j.report_reference ?? ""),
    reporterOwner: String(j.reporter_owner ?? ""),
    BLSSignature: {
      pubKeys: (sig.pub_keys ?? []).map((k: unknown, i: number) => b64(k, `bls_signature.pub_keys[${i}]`)),
      signature: b64(sig.signature, "bls_signature.signature"),
      txData: b64(sig.tx_data ?? sig.txData, "bls_signature.tx_data"),
    },
  });
}

export const potCommands: Command[] = [
  {
    name: "tx pot volume-report",
    summary: "Submit a BLS-co-signed volume report (JSON file from the meta-node report builder); signer = reporter_owner",
    usage: `tx pot volume-report <from-key> --file report.json ${txUsage}`,
    options: { ...txOptions, file: { type: "string" } },
    async run({ values, positionals }) {
      const [from] = requirePositionals(positionals, ["from-key"]);
      if (!values.file) throw new UsageError("--file is required");
      const msg = readVolumeReportFile(values.file);
      const owner = await addressOf(values, from);
      if (msg.reporterOwner !== owner) throw new UsageError(`the report's reporter_owner is ${msg.reporterOwner}, but key ${from} is ${owner}`);
      await signAndBroadcast(values, from, [{ typeUrl: "/stratos.pot.v1.MsgVolumeReport", value: pb.MsgVolumeReport.encode(msg).finish() }]);
    },
  },
  {
    name: "tx pot withdraw",
    summary: "Withdraw mature rewards to --target (default: the wallet itself)",
    usage: `tx pot withdraw <from-key> <amount> [--target st1…] ${txUsage}`,
    options: { ...txOptions, target: { type: "string" } },
    async run({ values, positionals }) {
      const [from, amountText] = requirePositionals(positionals, ["from-key", "amount"]);
      const amount = parseWei(amountText, "amount");
      const wallet = await addressOf(values, from);
      const target = values.target ? checkAccArg(values.target, "--target") : wallet;
      const msg = pb.MsgWithdraw.create({ amount: [{ denom: "wei", amount: amount.toString() }], walletAddress: wallet, targetAddress: target });
      await signAndBroadcast(values, from, [{ typeUrl: "/stratos.pot.v1.MsgWithdraw", value: pb.MsgWithdraw.encode(msg).finish() }]);
    },
  },
  {
    name: "tx pot foundation-deposit",
    summary: "Top up the foundation account (the source of mining rewards)",
    usage: `tx pot foundation-deposit <from-key> <amount> ${txUsage}`,
    options: txOptions,
    async run({ values, positionals }) {
      const [from, amountText] = requirePositionals(positionals, ["from-key", "amount"]);
      const amount = parseWei(amountText, "amount");
      const msg = pb.MsgFoundationDeposit.create({ amount: [{ denom: "wei", amount: amount.toString() }], from: await addressOf(values, from) });
      await signAndBroadcast(values, from, [{ typeUrl: "/stratos.pot.v1.MsgFoundationDeposit", value: pb.MsgFoundationDeposit.encode(msg).finish() }]);
    },
  },
  {
    name: "tx pot slashing-resource-node",
    summary: "Meta node owner: record slashing (in noz) of a resource node's wallet; --suspend suspends the node",
    usage: `tx pot slashing-resource-node <from-key> <network-address> <wallet-address> <slashing-noz> --reporters stsds1…[,…] [--suspend] ${txUsage}`,
    options: { ...txOptions, reporters: { type: "string" }, suspend: { type: "boolean", default: false } },
    async run({ values, positionals }) {
      const [from, net, wallet, slashing] = requirePositionals(positionals, ["from-key", "network-address", "wallet-address", "slashing-noz"]);
      checkNetArg(net, "network-address");
      checkAccArg(wallet, "wallet-address");
      parseIntArg("slashing-noz", slashing);
      if (!values.reporters) throw new UsageError("--reporters is required: stsds addresses of your meta nodes");
      const reporters = String(values.reporters).split(",").map((r) => checkNetArg(r.trim(), "--reporters"));
      const owner = await addressOf(values, from);
      const msg = pb.MsgSlashingResourceNode.create({
        reporters,
        reporterOwner: reporters.map(() => owner),
        networkAddress: net,
        walletAddress: wallet,
        slashing,
        suspend: values.suspend,
      });
      await signAndBroadcast(values, from, [{ typeUrl: "/stratos.pot.v1.MsgSlashingResourceNode", value: pb.MsgSlashingResourceNode.encode(msg).finish() }]);
    },
  },
  ...(
    [
      ["volume-report", "A distributed volume report by epoch (0 = the last one)", "<epoch>", "VolumeReport", (a: string[]) => pb.QueryVolumeReportRequest.encode({ epoch: epochArg(a[0]) }).finish(), pb.QueryVolumeReportResponse],
      ["rewards-by-epoch", "Not-yet-mature rewards stored under a mature-epoch key", "<epoch>", "RewardsByEpoch", (a: string[]) => pb.QueryRewardsByEpochRequest.encode(pb.QueryRewardsByEpochRequest.fromPartial({ epoch: epochArg(a[0]) })).finish(), pb.QueryRewardsByEpochResponse],
      ["rewards-by-wallet", "A wallet's mature and immature reward totals", "<wallet>", "RewardsByWallet", (a: string[]) => pb.QueryRewardsByWalletRequest.encode({ walletAddress: checkAccArg(a[0], "wallet") }).finish(), pb.QueryRewardsByWalletResponse],
      ["slashing", "A wallet's outstanding slashing debt (wei)", "<wallet>", "SlashingByOwner", (a: string[]) => pb.QuerySlashingByOwnerRequest.encode({ walletAddress: checkAccArg(a[0], "wallet") }).finish(), pb.QuerySlashingByOwnerResponse],
      ["params", "The pot module's params", "", "Params", () => pb.QueryParamsRequest.encode({}).finish(), pb.QueryParamsResponse],
      ["total-mined-token", "Total mining rewards issued so far", "", "TotalMinedToken", () => pb.QueryTotalMinedTokenRequest.encode({}).finish(), pb.QueryTotalMinedTokenResponse],
      ["circulation-supply", "Bank supply minus the mining not yet issued", "", "CirculationSupply", () => pb.QueryCirculationSupplyRequest.encode({}).finish(), pb.QueryCirculationSupplyResponse],
      ["total-reward", "Mining and traffic reward distributed for a report epoch", "<epoch>", "TotalRewardByEpoch", (a: string[]) => pb.QueryTotalRewardByEpochRequest.encode({ epoch: epochArg(a[0]) }).finish(), pb.QueryTotalRewardByEpochResponse],
      ["metrics", "Supply, deposits, mining stage and prepay figures", "", "Metrics", () => pb.QueryMetricsRequest.encode({}).finish(), pb.QueryMetricsResponse],
    ] as const
  ).map(
    ([name, summary, arg, method, request, codec]): Command => ({
      name: `query pot ${name}`,
      summary,
      usage: `query pot ${name} ${arg} ${qUsage}`.replace("  ", " "),
      options: queryOptions,
      async run({ values, positionals }) {
        const args = requirePositionals(positionals, arg ? [arg.replace(/[<>]/g, "")] : []);
        await queryAndPrint(values, `/stratos.pot.v1.Query/${method}`, request(args), codec as any);
      },
    }),
  ),
];
