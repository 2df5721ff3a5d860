// Building, signing and broadcasting a tx from the CLI; shared by every `tx <module> …` command.
import { BaseAccount, ModuleAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { parseGasPrice } from "../node/config.ts";
import { signTxDirect } from "../keys/eth-signer.ts";
import { formatCoins, parseCoinsText } from "../types/coins.ts";
import { keyringOptions, openKeyring } from "./keys-commands.ts";
import { DEFAULT_NODE, RpcClient } from "./rpc.ts";
import { UsageError } from "./util.ts";

export const txOptions = {
  ...keyringOptions,
  node: { type: "string" as const, default: DEFAULT_NODE },
  "chain-id": { type: "string" as const },
  gas: { type: "string" as const, default: "auto" },
  "gas-adjustment": { type: "string" as const, default: "1.3" },
  "gas-prices": { type: "string" as const, default: "1gwei" },
  fees: { type: "string" as const },
  memo: { type: "string" as const, default: "" },
  "timeout-height": { type: "string" as const },
  "no-wait": { type: "boolean" as const, default: false },
};

export async function accountInfo(rpc: RpcClient, address: string) {
  try {
    const raw = await rpc.query("/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest.encode({ address }).finish());
    return accountNumberAndSequence(QueryAccountResponse.decode(raw).account!);
  } catch (e) {
    if (/NotFound/.test((e as Error).message)) throw new Error(`account ${address} does not exist on chain yet: send it some wei first`);
    throw e;
  }
}

/** What signing needs from a queried account (a BaseAccount, or a ModuleAccount around one). */
function accountNumberAndSequence(any: Any): { accountNumber: bigint; sequence: bigint } {
  const base =
    any.typeUrl === "/cosmos.auth.v1beta1.BaseAccount" ? BaseAccount.decode(any.value) : any.typeUrl === "/cosmos.auth.v1beta1.ModuleAccount" ? ModuleAccount.decode(any.value).baseAccount : undefined;
  if (!base) throw new Error(`unsupported account type ${any.typeUrl}`);
  return { accountNumber: base.accountNumber, sequence: base.sequence };
}

/** Signs `messages` with key `from` and broadcasts; prints the result; throws when the tx failed. */
export async function signAndBroadcast(values: Record<string, any>, from: string, messages: Any[]): Promise<void> {
  // Every option is checked before the keyring or the node is touched: a bad argument is reported
  // as such even when the node is down.
  const timeoutHeight = values["timeout-height"] ? parseIntArg("--timeout-height", values["timeout-height"]) : 0n;
  let gasPrice: bigint;
  try {
    gasPrice = parseGasPrice(values["gas-prices"]);
  } catch {
    throw new UsageError(`--gas-prices ${JSON.stringify(values["gas-prices"])}: expected e.g. 1gwei or 1000000000wei`);
  }
  const autoGas = values.gas === "auto";
  const adj = Number(values["gas-adjustment"]);
  if (autoGas && !(adj >= 1 && adj < 10)) throw new UsageError(`--gas-adjustment must be a number between 1 and 10`);
  const fixedGas = autoGas ? 0n : parseIntArg("--gas", values.gas);
  let fixedFee: bigint | undefined;
  if (values.fees) {
    const fees = parseCoinsText(values.fees);
    if (fees.length !== 1 || fees[0].denom !== "wei") throw new UsageError(`--fees must be in wei, gwei or stos, got ${formatCoins(fees)}`);
    fixedFee = fees[0].amount;
  }
  const rpc = new RpcClient(values.node);
  const keyring = await openKeyring(values, true);
  const signer = await keyring.getSigner(from);
  const chainId = values["chain-id"] ?? (await rpc.chainId());
  const account = await accountInfo(rpc, signer.address);
  const build = (gas: bigint, feeWei: bigint) =>
    signTxDirect({
      signer,
      chainId,
      accountNumber: account.accountNumber,
      sequence: account.sequence,
      messages,
      fee: { amount: feeWei > 0n ? [{ denom: "wei", amount: feeWei.toString() }] : [], gas },
      memo: values.memo,
      timeoutHeight,
    });
  let gas = fixedGas;
  if (autoGas) {
    const raw = await rpc.query("/cosmos.tx.v1beta1.Service/Simulate", SimulateRequest.encode({ txBytes: build(0n, 0n) }).finish());
    const used = SimulateResponse.decode(raw).gasInfo!.gasUsed;
    gas = BigInt(Math.ceil(Number(used) * adj));
  }
  const tx = build(gas, fixedFee ?? gas * gasPrice);
  const res = await rpc.broadcastSync(tx);
  if (res.code !== 0) throw new Error(`tx rejected: code ${res.code} (${res.codespace}): ${res.log}`);
  if (values["no-wait"]) {
    console.log(JSON.stringify({ txhash: res.hash }, null, 2));
    return;
  }
  const included = await rpc.waitForTx(res.hash);
  const r = included.tx_result;
  console.log(JSON.stringify({ txhash: res.hash, height: included.height, code: r.code, codespace: r.codespace, log: r.log, gas_wanted: r.gas_wanted, gas_used: r.gas_used }, null, 2));
  if (r.code !== 0) throw new Error(`tx failed in block ${included.height}: code ${r.code} (${r.codespace}): ${r.log}`);
}

export function parseIntArg(name: string, v: string): bigint {
  if (v.trim().startsWith("-")) throw new UsageError(`${name} must not be negative, got ${JSON.stringify(v)}`);
  if (!/^\d+$/.test(v)) throw new UsageError(`${name} must be a non-negative integer, got ${JSON.stringify(v)}`);
  return BigInt(v);
}
