// tx staking create-validator|edit-validator|delegate|unbond|redelegate|cancel-unbond and query staking ….
import * as q from "cosmjs-types/cosmos/staking/v1beta1/query";
import * as tx from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { checkAccArg, checkValoperArg, nodeOption, parseWei } from "../../chain/cli/args.ts";
import { openKeyring } from "../../chain/cli/keys-commands.ts";
import { queryAndPrintSdkJson } from "../../chain/cli/query.ts";
import { parseIntArg, signAndBroadcast, txOptions } from "../../chain/cli/tx.ts";
import { requirePositionals, UsageError, type Command } from "../../chain/cli/util.ts";
import { Dec } from "../../chain/types/dec.ts";
import { consensusPubKey } from "../genutil/files.ts";
import { ED25519_PUBKEY_TYPE, valoperOf } from "./types.ts";

const txUsage = "[--keyring-backend file|test] [--home DIR] [--node URL] [--chain-id ID] [--fees 200000gwei | --gas auto --gas-prices 1gwei]";
const qOptions = { ...nodeOption, height: { type: "string" as const } };

function rateArg(s: string, what: string): string {
  try {
    const d = Dec.fromString(s);
    if (d.isNegative() || d.cmp(Dec.one) > 0) throw new Error("must be between 0 and 1");
    return d.toProtoString();
  } catch (e) {
    throw new UsageError(`${what} ${JSON.stringify(s)}: ${(e as Error).message}`);
  }
}
async function addressOf(values: Record<string, any>, key: string): Promise<string> {
  return (await (await openKeyring(values, false)).show(key)).address;
}
const coin = (amount: bigint) => ({ denom: "wei", amount: amount.toString() });
const send = (values: Record<string, any>, from: string, typeUrl: string, value: Uint8Array) => signAndBroadcast(values, from, [{ typeUrl, value }]);

/** The answer in the SDK CLI's JSON (snake_case, defaults, consensus keys as {"@type", key}). */
const query = (values: Record<string, any>, method: string, req: Uint8Array) =>
  queryAndPrintSdkJson(values, "cosmos/staking/v1beta1/query.proto", "cosmos.staking.v1beta1.Query", method, req, ["cosmos/crypto/ed25519/keys.proto"]);

/** A new validator's description and commission flags (create-validator and genesis gentx). */
export const validatorOptions = {
  moniker: { type: "string" },
  "commission-rate": { type: "string", default: "0.1" },
  "commission-max-rate": { type: "string", default: "0.2" },
  "commission-max-change-rate": { type: "string", default: "0.01" },
  "min-self-delegation": { type: "string", default: "1" },
  details: { type: "string", default: "" },
  website: { type: "string", default: "" },
} as const;

export const stakingCommands: Command[] = [
  {
    name: "tx staking create-validator",
    summary: "Create a validator for this home's consensus key with a self-delegation (amounts like 1stos)",
    usage: `tx staking create-validator <from-key> <amount> --moniker NAME [--commission-rate 0.1] [--commission-max-rate 0.2] [--commission-max-change-rate 0.01] [--min-self-delegation 1] [--pubkey BASE64] ${txUsage}`,
    options: {
      ...txOptions,
      ...validatorOptions,
      pubkey: { type: "string" },
    },
    async run({ values, positionals }) {
      const [from, amountText] = requirePositionals(positionals, ["from-key", "amount"]);
      const amount = parseWei(amountText, "<amount>");
      if (!values.moniker) throw new UsageError("--moniker is required");
      const minSelf = parseIntArg("--min-self-delegation", values["min-self-delegation"]);
      const key = values.pubkey ? new Uint8Array(Buffer.from(values.pubkey, "base64")) : consensusPubKey(values.home);
      if (key.length !== 32) throw new UsageError("--pubkey must be a base64 ed25519 public key (32 bytes)");
      const operator = await addressOf(values, from);
      const msg = tx.MsgCreateValidator.fromPartial({
        description: { moniker: values.moniker, details: values.details, website: values.website },
        commission: { rate: rateArg(values["commission-rate"], "--commission-rate"), maxRate: rateArg(values["commission-max-rate"], "--commission-max-rate"), maxChangeRate: rateArg(values["commission-max-change-rate"], "--commission-max-change-rate") },
        minSelfDelegation: minSelf.toString(),
        delegatorAddress: operator,
        validatorAddress: valoperOf(operator),
        pubkey: { typeUrl: ED25519_PUBKEY_TYPE, value: Ed25519PubKey.encode({ key }).finish() },
        value: coin(amount),
      });
      await send(values, from, tx.MsgCreateValidator.typeUrl, tx.MsgCreateValidator.encode(msg).finish());
    },
  },
  {
    name: "tx staking edit-validator",
    summary: "Change a validator's description, commission rate or minimum self-delegation",
    usage: `tx staking edit-validator <from-key> [--moniker NAME] [--details TEXT] [--website URL] [--commission-rate R] [--min-self-delegation N] ${txUsage}`,
    options: { ...txOptions, moniker: { type: "string" }, details: { type: "string" }, website: { type: "string" }, "commission-rate": { type: "string" }, "min-self-delegation": { type: "string" } },
    async run({ values, positionals }) {
      const [from] = requirePositionals(positionals, ["from-key"]);
      const keep = (v: string | undefined) => v ?? "[do-not-modify]";
      const operator = await addressOf(values, from);
      const msg = tx.MsgEditValidator.fromPartial({
        description: { moniker: keep(values.moniker), identity: "[do-not-modify]", website: keep(values.website), securityContact: "[do-not-modify]", details: keep(values.details) },
        validatorAddress: valoperOf(operator),
        commissionRate: values["commission-rate"] ? rateArg(values["commission-rate"], "--commission-rate") : "",
        minSelfDelegation: values["min-self-delegation"] ? parseIntArg("--min-self-delegation", values["min-self-delegation"]).toString() : "",
      });
      await send(values, from, tx.MsgEditValidator.typeUrl, tx.MsgEditValidator.encode(msg).finish());
    },
  },
  {
    name: "tx staking delegate",
    summary: "Delegate stake to a validator",
    usage: `tx staking delegate <from-key> <validator-address> <amount> ${txUsage}`,
    options: txOptions,
    async run({ values, positionals }) {
      const [from, val, amountText] = requirePositionals(positionals, ["from-key", "validator-address", "amount"]);
      const msg = tx.MsgDelegate.fromPartial({ delegatorAddress: await addressOf(values, from), validatorAddress: checkValoperArg(val, "<validator-address>"), amount: coin(parseWei(amountText, "<amount>")) });
      await send(values, from, tx.MsgDelegate.typeUrl, tx.MsgDelegate.encode(msg).finish());
    },
  },
  {
    name: "tx staking unbond",
    summary: "Undelegate stake from a validator (paid out after the unbonding time)",
    usage: `tx staking unbond <from-key> <validator-address> <amount> ${txUsage}`,
    options: txOptions,
    async run({ values, positionals }) {
      const [from, val, amountText] = requirePositionals(positionals, ["from-key", "validator-address", "amount"]);
      const msg = tx.MsgUndelegate.fromPartial({ delegatorAddress: await addressOf(values, from), validatorAddress: checkValoperArg(val, "<validator-address>"), amount: coin(parseWei(amountText, "<amount>")) });
      await send(values, from, tx.MsgUndelegate.typeUrl, tx.MsgUndelegate.encode(msg).finish());
    },
  },
  {
    name: "tx staking redelegate",
    summary: "Move stake from one validator to another",
    usage: `tx staking redelegate <from-key> <src-validator-address> <dst-validator-address> <amount> ${txUsage}`,
    options: txOptions,
    async run({ values, positionals }) {
      const [from, src, dst, amountText] = requirePositionals(positionals, ["from-key", "src-validator-address", "dst-validator-address", "amount"]);
      const msg = tx.MsgBeginRedelegate.fromPartial({
        delegatorAddress: await addressOf(values, from),
        validatorSrcAddress: checkValoperArg(src, "<src-validator-address>"),
        validatorDstAddress: checkValoperArg(dst, "<dst-validator-address>"),
        amount: coin(parseWei(amountText, "<amount>")),
      });
      await send(values, from, tx.MsgBeginRedelegate.typeUrl, tx.MsgBeginRedelegate.encode(msg).finish());
    },
  },
  {
    name: "tx staking cancel-unbond",
    summary: "Delegate back (part of) an unbonding entry, named by its creation height",
    usage: `tx staking cancel-unbond <from-key> <validator-address> <amount> <creation-height> ${txUsage}`,
    options: txOptions,
    async run({ values, positionals }) {
      const [from, val, amountText, heightText] = requirePositionals(positionals, ["from-key", "validator-address", "amount", "creation-height"]);
      const msg = tx.MsgCancelUnbondingDelegation.fromPartial({
        delegatorAddress: await addressOf(values, from),
        validatorAddress: checkValoperArg(val, "<validator-address>"),
        amount: coin(parseWei(amountText, "<amount>")),
        creationHeight: parseIntArg("<creation-height>", heightText),
      });
      await send(values, from, tx.MsgCancelUnbondingDelegation.typeUrl, tx.MsgCancelUnbondingDelegation.encode(msg).finish());
    },
  },
  {
    name: "query staking validators",
    summary: "All validators (--status BOND_STATUS_BONDED|UNBONDING|UNBONDED to filter)",
    usage: "query staking validators [--status S] [--node URL] [--height N]",
    options: { ...qOptions, status: { type: "string", default: "" } },
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      await query(values, "Validators", q.QueryValidatorsRequest.encode({ status: values.status, pagination: undefined }).finish());
    },
  },
  {
    name: "query staking validator",
    summary: "One validator",
    usage: "query staking validator <validator-address> [--node URL] [--height N]",
    options: qOptions,
    async run({ values, positionals }) {
      const [val] = requirePositionals(positionals, ["validator-address"]);
      await query(values, "Validator", q.QueryValidatorRequest.encode({ validatorAddr: checkValoperArg(val, "<validator-address>") }).finish());
    },
  },
  {
    name: "query staking delegation",
    summary: "A delegator's delegation to one validator",
    usage: "query staking delegation <delegator-address> <validator-address> [--node URL] [--height N]",
    options: qOptions,
    async run({ values, positionals }) {
      const [del, val] = requirePositionals(positionals, ["delegator-address", "validator-address"]);
      await query(values, "Delegation", q.QueryDelegationRequest.encode({ delegatorAddr: checkAccArg(del, "<delegator-address>"), validatorAddr: checkValoperArg(val, "<validator-address>") }).finish());
    },
  },
  {
    name: "query staking delegations",
    summary: "All delegations of a delegator",
    usage: "query staking delegations <delegator-address> [--node URL] [--height N]",
    options: qOptions,
    async run({ values, positionals }) {
      const [del] = requirePositionals(positionals, ["delegator-address"]);
      await query(values, "DelegatorDelegations", q.QueryDelegatorDelegationsRequest.encode({ delegatorAddr: checkAccArg(del, "<delegator-address>") }).finish());
    },
  },
  {
    name: "query staking delegations-to",
    summary: "All delegations to a validator",
    usage: "query staking delegations-to <validator-address> [--node URL] [--height N]",
    options: qOptions,
    async run({ values, positionals }) {
      const [val] = requirePositionals(positionals, ["validator-address"]);
      await query(values, "ValidatorDelegations", q.QueryValidatorDelegationsRequest.encode({ validatorAddr: checkValoperArg(val, "<validator-address>") }).finish());
    },
  },
  {
    name: "query staking historical-info",
    summary: "The header and validator set recorded at a height (the last historical_entries heights are kept)",
    usage: "query staking historical-info <height> [--node URL]",
    options: nodeOption,
    async run({ values, positionals }) {
      const [heightText] = requirePositionals(positionals, ["height"]);
      await query(values, "HistoricalInfo", q.QueryHistoricalInfoRequest.encode({ height: parseIntArg("<height>", heightText) }).finish());
    },
  },
  {
    name: "query staking unbonding-delegations",
    summary: "All unbonding delegations of a delegator",
    usage: "query staking unbonding-delegations <delegator-address> [--node URL] [--height N]",
    options: qOptions,
    async run({ values, positionals }) {
      const [del] = requirePositionals(positionals, ["delegator-address"]);
      await query(values, "DelegatorUnbondingDelegations", q.QueryDelegatorUnbondingDelegationsRequest.encode({ delegatorAddr: checkAccArg(del, "<delegator-address>") }).finish());
    },
  },
  {
    name: "query staking redelegations",
    summary: "All redelegations of a delegator",
    usage: "query staking redelegations <delegator-address> [--node URL] [--height N]",
    options: qOptions,
    async run({ values, positionals }) {
      const [del] = requirePositionals(positionals, ["delegator-address"]);
      await query(values, "Redelegations", q.QueryRedelegationsRequest.encode({ delegatorAddr: checkAccArg(del, "<delegator-address>"), srcValidatorAddr: "", dstValidatorAddr: "" }).finish());
    },
  },
  {
    name: "query staking pool",
    summary: "Bonded and not-bonded tokens",
    usage: "query staking pool [--node URL] [--height N]",
    options: qOptions,
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      await query(values, "Pool", q.QueryPoolRequest.encode({}).finish());
    },
  },
  {
    name: "query staking params",
    summary: "The staking params",
    usage: "query staking params [--node URL] [--height N]",
    options: qOptions,
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      await query(values, "Params", q.QueryParamsRequest.encode({}).finish());
    },
  },
];
