// tx distribution withdraw-rewards|withdraw-all-rewards|set-withdraw-addr|fund-community-pool and
// query distribution … (the SDK v0.47 command names; the signing key is the first positional, as in
// every other `tx` command of this CLI, where the SDK reads it from --from).
import * as q from "cosmjs-types/cosmos/distribution/v1beta1/query";
import * as tx from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import type { DecCoin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { checkAccArg, checkValoperArg, nodeOption } from "../../chain/cli/args.ts";
import { openKeyring } from "../../chain/cli/keys-commands.ts";
import { RpcClient } from "../../chain/cli/rpc.ts";
import { parseIntArg, signAndBroadcast, txOptions } from "../../chain/cli/tx.ts";
import { requirePositionals, UsageError, type Command } from "../../chain/cli/util.ts";
import { coinsToWire, parseCoinsText } from "../../chain/types/coins.ts";
import { Dec } from "../../chain/types/dec.ts";
import { accountOfValoper } from "../staking/types.ts";

const txUsage = "[--keyring-backend file|test] [--home DIR] [--node URL] [--chain-id ID] [--fees 200000gwei | --gas auto --gas-prices 1gwei]";
const qOptions = { ...nodeOption, height: { type: "string" as const } };
const qUsage = "[--node URL] [--height N]";
const MAX_UINT64 = 2n ** 64n - 1n;

function heightArg(text: string, what: string): bigint {
  const h = parseIntArg(what, text);
  if (h > MAX_UINT64) throw new UsageError(`${what} ${text} is not a valid uint64`);
  return h;
}
async function addressOf(values: Record<string, any>, key: string): Promise<string> {
  return (await (await openKeyring(values, false)).show(key)).address;
}

/** DecCoins as the SDK's JSON prints them: LegacyDec with 18 decimals ("12.500000000000000000"). */
const decCoinsJson = (w: readonly DecCoin[] | undefined) => (w ?? []).map((c) => ({ denom: c.denom, amount: Dec.fromProtoString(c.amount || "0").toString() }));

async function query<T>(values: Record<string, any>, method: string, req: Uint8Array, decode: (b: Uint8Array) => T, render: (r: T) => unknown): Promise<void> {
  const height = values.height ? parseIntArg("--height", values.height) : undefined;
  const raw = await new RpcClient(values.node).query(`/cosmos.distribution.v1beta1.Query/${method}`, req, height);
  console.log(JSON.stringify(render(decode(raw)), null, 2));
}

const withdrawMsg = (delegatorAddress: string, validatorAddress: string) => ({
  typeUrl: tx.MsgWithdrawDelegatorReward.typeUrl,
  value: tx.MsgWithdrawDelegatorReward.encode({ delegatorAddress, validatorAddress }).finish(),
});

export const distributionCommands: Command[] = [
  {
    name: "tx distribution withdraw-rewards",
    summary: "Withdraw a delegation's rewards from one validator (--commission: also the validator's commission, signer = its operator)",
    usage: `tx distribution withdraw-rewards <from-key> <validator-address> [--commission] ${txUsage}`,
    options: { ...txOptions, commission: { type: "boolean", default: false } },
    async run({ values, positionals }) {
      const [from, val] = requirePositionals(positionals, ["from-key", "validator-address"]);
      const valoper = checkValoperArg(val, "<validator-address>");
      const delegator = await addressOf(values, from);
      const msgs = [withdrawMsg(delegator, valoper)];
      if (values.commission) {
        // Only the operator may sign a commission withdrawal: say so before anything is broadcast.
        const operator = accountOfValoper(valoper);
        if (operator !== delegator) throw new UsageError(`--commission: key ${from} (${delegator}) is not the operator of ${valoper} (its operator account is ${operator})`);
        msgs.push({ typeUrl: tx.MsgWithdrawValidatorCommission.typeUrl, value: tx.MsgWithdrawValidatorCommission.encode({ validatorAddress: valoper }).finish() });
      }
      await signAndBroadcast(values, from, msgs);
    },
  },
  {
    name: "tx distribution withdraw-all-rewards",
    summary: "Withdraw the rewards of every delegation of the key (one message per validator; --max-msgs N: txs of at most N)",
    usage: `tx distribution withdraw-all-rewards <from-key> [--max-msgs N] ${txUsage}`,
    options: { ...txOptions, "max-msgs": { type: "string", default: "0" } },
    async run({ values, positionals }) {
      const [from] = requirePositionals(positionals, ["from-key"]);
      // The SDK's --max-msgs: 0 = every message in one tx; N > 0 splits them into txs of at most N, sent one after another.
      const maxMsgs = parseIntArg("--max-msgs", values["max-msgs"]);
      const delegator = await addressOf(values, from);
      const raw = await new RpcClient(values.node).query("/cosmos.distribution.v1beta1.Query/DelegatorValidators", q.QueryDelegatorValidatorsRequest.encode({ delegatorAddress: delegator }).finish());
      const validators = q.QueryDelegatorValidatorsResponse.decode(raw).validators;
      if (validators.length === 0) throw new Error(`${delegator} has no delegations: there are no rewards to withdraw`);
      const msgs = validators.map((v) => withdrawMsg(delegator, v));
      const size = maxMsgs === 0n ? msgs.length : Number(maxMsgs < BigInt(msgs.length) ? maxMsgs : BigInt(msgs.length));
      const chunks = Array.from({ length: Math.ceil(msgs.length / size) }, (_, i) => msgs.slice(i * size, (i + 1) * size));
      // Each tx is built from the account's committed sequence (and simulated against it), so a later one
      // can only be made once the earlier one is in a block.
      if (chunks.length > 1 && values["no-wait"]) throw new UsageError(`--no-wait cannot be used when --max-msgs ${maxMsgs} splits the ${msgs.length} withdrawals into ${chunks.length} txs (each waits for the one before)`);
      for (const chunk of chunks) await signAndBroadcast(values, from, chunk);
    },
  },
  {
    name: "tx distribution set-withdraw-addr",
    summary: "Send the key's future rewards (and, for an operator, commission) to another address",
    usage: `tx distribution set-withdraw-addr <from-key> <withdraw-address> ${txUsage}`,
    options: txOptions,
    async run({ values, positionals }) {
      const [from, addr] = requirePositionals(positionals, ["from-key", "withdraw-address"]);
      const withdrawAddress = checkAccArg(addr, "<withdraw-address>");
      const delegatorAddress = await addressOf(values, from);
      await signAndBroadcast(values, from, [{ typeUrl: tx.MsgSetWithdrawAddress.typeUrl, value: tx.MsgSetWithdrawAddress.encode({ delegatorAddress, withdrawAddress }).finish() }]);
    },
  },
  {
    name: "tx distribution fund-community-pool",
    summary: "Give coins (like 1stos, 5gwei, 123wei) to the community pool",
    usage: `tx distribution fund-community-pool <from-key> <amount> ${txUsage}`,
    options: txOptions,
    async run({ values, positionals }) {
      const [from, amountText] = requirePositionals(positionals, ["from-key", "amount"]);
      let amount;
      try {
        amount = parseCoinsText(amountText);
      } catch (e) {
        throw new UsageError(`<amount>: ${(e as Error).message}`);
      }
      if (amount.some((c) => c.amount <= 0n)) throw new UsageError(`<amount> must be positive, got ${JSON.stringify(amountText)}`);
      const depositor = await addressOf(values, from);
      await signAndBroadcast(values, from, [{ typeUrl: tx.MsgFundCommunityPool.typeUrl, value: tx.MsgFundCommunityPool.encode({ depositor, amount: coinsToWire(amount) }).finish() }]);
    },
  },
  {
    name: "query distribution params",
    summary: "The distribution params (community tax, withdraw address enabled)",
    usage: `query distribution params ${qUsage}`,
    options: qOptions,
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      await query(values, "Params", q.QueryParamsRequest.encode({}).finish(), q.QueryParamsResponse.decode, ({ params: p }) => ({
        community_tax: Dec.fromProtoString(p?.communityTax || "0").toString(),
        base_proposer_reward: Dec.fromProtoString(p?.baseProposerReward || "0").toString(),
        bonus_proposer_reward: Dec.fromProtoString(p?.bonusProposerReward || "0").toString(),
        withdraw_addr_enabled: p?.withdrawAddrEnabled ?? false,
      }));
    },
  },
  {
    name: "query distribution rewards",
    summary: "A delegator's rewards: from every validator with totals, or from one validator",
    usage: `query distribution rewards <delegator-address> [validator-address] ${qUsage}`,
    options: qOptions,
    async run({ values, positionals }) {
      if (positionals.length === 0) throw new UsageError("missing argument <delegator-address>");
      if (positionals.length > 2) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[2])}`);
      const delegatorAddress = checkAccArg(positionals[0], "<delegator-address>");
      if (positionals.length === 2) {
        const validatorAddress = checkValoperArg(positionals[1], "[validator-address]");
        await query(values, "DelegationRewards", q.QueryDelegationRewardsRequest.encode({ delegatorAddress, validatorAddress }).finish(), q.QueryDelegationRewardsResponse.decode, (r) => ({
          rewards: decCoinsJson(r.rewards),
        }));
      } else {
        await query(values, "DelegationTotalRewards", q.QueryDelegationTotalRewardsRequest.encode({ delegatorAddress }).finish(), q.QueryDelegationTotalRewardsResponse.decode, (r) => ({
          rewards: r.rewards.map((x) => ({ validator_address: x.validatorAddress, reward: decCoinsJson(x.reward) })),
          total: decCoinsJson(r.total),
        }));
      }
    },
  },
  {
    name: "query distribution commission",
    summary: "A validator's accumulated (not yet withdrawn) commission",
    usage: `query distribution commission <validator-address> ${qUsage}`,
    options: qOptions,
    async run({ values, positionals }) {
      const [val] = requirePositionals(positionals, ["validator-address"]);
      const validatorAddress = checkValoperArg(val, "<validator-address>");
      await query(values, "ValidatorCommission", q.QueryValidatorCommissionRequest.encode({ validatorAddress }).finish(), q.QueryValidatorCommissionResponse.decode, (r) => ({
        commission: decCoinsJson(r.commission?.commission),
      }));
    },
  },
  {
    name: "query distribution validator-distribution-info",
    summary: "A validator's operator account, the rewards of its self-delegation and its commission",
    usage: `query distribution validator-distribution-info <validator-address> ${qUsage}`,
    options: qOptions,
    async run({ values, positionals }) {
      const [val] = requirePositionals(positionals, ["validator-address"]);
      const validatorAddress = checkValoperArg(val, "<validator-address>");
      await query(values, "ValidatorDistributionInfo", q.QueryValidatorDistributionInfoRequest.encode({ validatorAddress }).finish(), q.QueryValidatorDistributionInfoResponse.decode, (r) => ({
        operator_address: r.operatorAddress,
        self_bond_rewards: decCoinsJson(r.selfBondRewards),
        commission: decCoinsJson(r.commission),
      }));
    },
  },
  {
    name: "query distribution validator-outstanding-rewards",
    summary: "Rewards allocated to a validator not yet withdrawn by it or its delegators (commission included)",
    usage: `query distribution validator-outstanding-rewards <validator-address> ${qUsage}`,
    options: qOptions,
    async run({ values, positionals }) {
      const [val] = requirePositionals(positionals, ["validator-address"]);
      const validatorAddress = checkValoperArg(val, "<validator-address>");
      await query(values, "ValidatorOutstandingRewards", q.QueryValidatorOutstandingRewardsRequest.encode({ validatorAddress }).finish(), q.QueryValidatorOutstandingRewardsResponse.decode, (r) => ({
        rewards: decCoinsJson(r.rewards?.rewards),
      }));
    },
  },
  {
    name: "query distribution slashes",
    summary: "A validator's slash events between two heights (default: all)",
    usage: `query distribution slashes <validator-address> [start-height end-height] ${qUsage}`,
    options: qOptions,
    async run({ values, positionals }) {
      if (positionals.length === 0) throw new UsageError("missing argument <validator-address>");
      if (positionals.length === 2) throw new UsageError("give both start-height and end-height, or neither");
      if (positionals.length > 3) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[3])}`);
      const validatorAddress = checkValoperArg(positionals[0], "<validator-address>");
      const startingHeight = positionals.length === 3 ? heightArg(positionals[1], "start-height") : 0n;
      const endingHeight = positionals.length === 3 ? heightArg(positionals[2], "end-height") : MAX_UINT64;
      if (startingHeight > endingHeight) throw new UsageError(`start-height ${startingHeight} is above end-height ${endingHeight}`);
      await query(values, "ValidatorSlashes", q.QueryValidatorSlashesRequest.encode({ validatorAddress, startingHeight, endingHeight, pagination: undefined }).finish(), q.QueryValidatorSlashesResponse.decode, (r) => ({
        slashes: r.slashes.map((s) => ({ validator_period: s.validatorPeriod.toString(), fraction: Dec.fromProtoString(s.fraction || "0").toString() })),
        pagination: { next_key: r.pagination?.nextKey?.length ? Buffer.from(r.pagination.nextKey).toString("base64") : null, total: (r.pagination?.total ?? 0n).toString() },
      }));
    },
  },
  {
    name: "query distribution community-pool",
    summary: "The coins of the community pool",
    usage: `query distribution community-pool ${qUsage}`,
    options: qOptions,
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      await query(values, "CommunityPool", q.QueryCommunityPoolRequest.encode({}).finish(), q.QueryCommunityPoolResponse.decode, (r) => ({ pool: decCoinsJson(r.pool) }));
    },
  },
  {
    name: "query distribution delegator-withdraw-address",
    summary: "Where a delegator's rewards are paid (itself unless set-withdraw-addr changed it)",
    usage: `query distribution delegator-withdraw-address <delegator-address> ${qUsage}`,
    options: qOptions,
    async run({ values, positionals }) {
      const [del] = requirePositionals(positionals, ["delegator-address"]);
      const delegatorAddress = checkAccArg(del, "<delegator-address>");
      await query(values, "DelegatorWithdrawAddress", q.QueryDelegatorWithdrawAddressRequest.encode({ delegatorAddress }).finish(), q.QueryDelegatorWithdrawAddressResponse.decode, (r) => ({
        withdraw_address: r.withdrawAddress,
      }));
    },
  },
];
