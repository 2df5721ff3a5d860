// tx sds prepay|file-upload, query sds file-upload|sim-prepay|noz-price|noz-supply|params (spec §3).
import { checkAccArg, checkNetArg, nodeOption, parseWei } from "../../chain/cli/args.ts";
import { openKeyring } from "../../chain/cli/keys-commands.ts";
import { queryAndPrint } from "../../chain/cli/query.ts";
import { signAndBroadcast, txOptions } from "../../chain/cli/tx.ts";
import { requirePositionals, UsageError, type Command } from "../../chain/cli/util.ts";
import { parseCid } from "../../chain/crypto/cid.ts";
import { Dec } from "../../chain/types/dec.ts";
import { stratos } from "../../proto/client.ts";

const pb = stratos.sds.v1;
const txUsage = "[--keyring-backend file|test] [--home DIR] [--node URL] [--chain-id ID] [--fees 200000gwei | --gas auto --gas-prices 1gwei] [--memo TEXT]";
const queryOptions = { ...nodeOption, height: { type: "string" as const } };
const qUsage = "[--node URL] [--height N]";

function checkFileHash(h: string): string {
  try {
    parseCid(h);
  } catch (e) {
    throw new UsageError(`file-hash ${JSON.stringify(h)} is not a CID: ${(e as Error).message}`);
  }
  return h;
}

export const sdsCommands: Command[] = [
  {
    name: "tx sds prepay",
    summary: "Buy ozone (noz) with wei; the noz go to --beneficiary (default: the sender) in the SDS network",
    usage: `tx sds prepay <from-key> <amount> [--beneficiary st1…] ${txUsage}`,
    options: { ...txOptions, beneficiary: { type: "string" } },
    async run({ values, positionals }) {
      const [from, amountText] = requirePositionals(positionals, ["from-key", "amount"]);
      const amount = parseWei(amountText, "amount");
      const beneficiary = values.beneficiary ? checkAccArg(values.beneficiary, "--beneficiary") : undefined;
      const sender = (await (await openKeyring(values, false)).show(from)).address;
      const msg = pb.MsgPrepay.create({ sender, beneficiary: beneficiary ?? sender, amount: [{ denom: "wei", amount: amount.toString() }] });
      await signAndBroadcast(values, from, [{ typeUrl: "/stratos.sds.v1.MsgPrepay", value: pb.MsgPrepay.encode(msg).finish() }]);
    },
  },
  {
    name: "tx sds file-upload",
    summary: "Meta node owner: record a file upload (reporter = your meta node)",
    usage: `tx sds file-upload <from-key> <file-hash> --reporter stsds1… --uploader st1… ${txUsage}`,
    options: { ...txOptions, reporter: { type: "string" }, uploader: { type: "string" } },
    async run({ values, positionals }) {
      const [from, fileHash] = requirePositionals(positionals, ["from-key", "file-hash"]);
      checkFileHash(fileHash);
      if (!values.reporter) throw new UsageError("--reporter is required: the stsds address of your meta node");
      if (!values.uploader) throw new UsageError("--uploader is required: the st1… address of the uploading wallet");
      checkNetArg(values.reporter, "--reporter");
      checkAccArg(values.uploader, "--uploader");
      const sender = (await (await openKeyring(values, false)).show(from)).address;
      const msg = pb.MsgFileUpload.create({ fileHash, from: sender, reporter: values.reporter, uploader: values.uploader });
      await signAndBroadcast(values, from, [{ typeUrl: "/stratos.sds.v1.MsgFileUpload", value: pb.MsgFileUpload.encode(msg).finish() }]);
    },
  },
  {
    name: "query sds file-upload",
    summary: "The upload record of a file: height, reporter bitmap, uploader",
    usage: `query sds file-upload <file-hash> ${qUsage}`,
    options: queryOptions,
    async run({ values, positionals }) {
      const [h] = requirePositionals(positionals, ["file-hash"]);
      checkFileHash(h);
      await queryAndPrint(values, "/stratos.sds.v1.Query/Fileupload", pb.QueryFileUploadRequest.encode({ fileHash: h }).finish(), pb.QueryFileUploadResponse);
    },
  },
  {
    name: "query sds sim-prepay",
    summary: "How many noz a prepay of <amount> would buy now",
    usage: `query sds sim-prepay <amount> ${qUsage}`,
    options: queryOptions,
    async run({ values, positionals }) {
      const [a] = requirePositionals(positionals, ["amount"]);
      const wei = parseWei(a, "amount");
      await queryAndPrint(values, "/stratos.sds.v1.Query/SimPrepay", pb.QuerySimPrepayRequest.encode({ amount: `${wei}wei` }).finish(), pb.QuerySimPrepayResponse);
    },
  },
  {
    name: "query sds noz-price",
    summary: "Current noz price in wei: (St + Pt) / Lt",
    usage: `query sds noz-price ${qUsage}`,
    options: queryOptions,
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      await queryAndPrint(values, "/stratos.sds.v1.Query/NozPrice", pb.QueryNozPriceRequest.encode({}).finish(), pb.QueryNozPriceResponse, (j) => ({
        price: j.price ? Dec.fromProtoString(j.price).toString() : j.price,
      }));
    },
  },
  {
    name: "query sds noz-supply",
    summary: "Remaining and total noz supply",
    usage: `query sds noz-supply ${qUsage}`,
    options: queryOptions,
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      await queryAndPrint(values, "/stratos.sds.v1.Query/NozSupply", pb.QueryNozSupplyRequest.encode({}).finish(), pb.QueryNozSupplyResponse);
    },
  },
  {
    name: "query sds params",
    summary: "The sds module's params",
    usage: `query sds params ${qUsage}`,
    options: queryOptions,
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      await queryAndPrint(values, "/stratos.sds.v1.Query/Params", pb.QueryParamsRequest.encode({}).finish(), pb.QueryParamsResponse);
    },
  },
];
