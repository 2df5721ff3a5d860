// The meta node's own transactions (MsgFileUpload, MsgUpdateEffectiveDeposit, registration, votes),
// signed with its wallet and sent one at a time so account sequences never collide.
import { SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { RpcClient } from "../../chain/cli/rpc.ts";
import { accountInfo } from "../../chain/cli/tx.ts";
import { signTxDirect } from "../../chain/keys/eth-signer.ts";
import type { Signer } from "../../chain/keys/signer.ts";
import { stratos } from "../../proto/client.ts";

export interface TxResult {
  hash: string;
  height: number;
  code: number;
  log: string;
}

export class TxSender {
  private queue: Promise<unknown> = Promise.resolve();
  private chainId?: string;

  constructor(
    readonly rpc: RpcClient,
    private readonly signer: Signer,
    private readonly gasPriceWei: bigint,
  ) {}

  /** Signs, broadcasts and waits for inclusion; resolves with the result (code ≠ 0 included). */
  send(messages: Any[], memo = ""): Promise<TxResult> {
    const run = () => this.sendNow(messages, memo);
    const p = this.queue.then(run, run);
    this.queue = p.catch(() => undefined);
    return p;
  }

  private async sendNow(messages: Any[], memo: string): Promise<TxResult> {
    this.chainId ??= await this.rpc.chainId();
    const account = await accountInfo(this.rpc, this.signer.address);
    const build = (gas: bigint, feeWei: bigint) =>
      signTxDirect({
        signer: this.signer,
        chainId: this.chainId!,
        accountNumber: account.accountNumber,
        sequence: account.sequence,
        messages,
        fee: { amount: feeWei > 0n ? [{ denom: "wei", amount: feeWei.toString() }] : [], gas },
        memo,
        timeoutHeight: 0n,
      });
    const sim = await this.rpc.query("/cosmos.tx.v1beta1.Service/Simulate", SimulateRequest.encode({ txBytes: build(0n, 0n) }).finish());
    const used = SimulateResponse.decode(sim).gasInfo!.gasUsed;
    const gas = (BigInt(used.toString()) * 15n) / 10n + 10_000n;
    const res = await this.rpc.broadcastSync(build(gas, gas * this.gasPriceWei));
    if (res.code !== 0) return { hash: res.hash, height: 0, code: res.code, log: res.log };
    const included = await this.rpc.waitForTx(res.hash, 60_000);
    return { hash: res.hash, height: Number(included.height), code: included.tx_result.code, log: included.tx_result.log ?? "" };
  }
}

const reg = stratos.register.v1;
const sds = stratos.sds.v1;

export const msgs = {
  fileUpload: (fileHash: string, from: string, reporter: string, uploader: string): Any => ({
    typeUrl: "/stratos.sds.v1.MsgFileUpload",
    value: sds.MsgFileUpload.encode({ fileHash, from, reporter, uploader }).finish(),
  }),
  updateEffectiveDeposit: (reporter: string, owner: string, networkAddress: string, effectiveTokens: string): Any => ({
    typeUrl: "/stratos.register.v1.MsgUpdateEffectiveDeposit",
    value: reg.MsgUpdateEffectiveDeposit.encode({ reporters: [reporter], reporterOwner: [owner], networkAddress, effectiveTokens }).finish(),
  }),
  createMetaNode: (m: { networkAddress: string; pubkey: Any; valueWei: bigint; owner: string; moniker: string; website: string; blsPubKey: Uint8Array; blsPop: Uint8Array }): Any => ({
    typeUrl: "/stratos.register.v1.MsgCreateMetaNode",
    value: reg.MsgCreateMetaNode.encode({
      networkAddress: m.networkAddress,
      pubkey: m.pubkey,
      value: { denom: "wei", amount: m.valueWei.toString() },
      ownerAddress: m.owner,
      beneficiaryAddress: m.owner,
      description: { moniker: m.moniker, identity: "", website: m.website, securityContact: "", details: "" },
      blsPubKey: m.blsPubKey,
      blsPop: m.blsPop,
    }).finish(),
  }),
  registrationVote: (candidate: string, candidateOwner: string, opinion: boolean, voter: string, voterOwner: string): Any => ({
    typeUrl: "/stratos.register.v1.MsgMetaNodeRegistrationVote",
    value: reg.MsgMetaNodeRegistrationVote.encode({ candidateNetworkAddress: candidate, candidateOwnerAddress: candidateOwner, opinion, voterNetworkAddress: voter, voterOwnerAddress: voterOwner }).finish(),
  }),
};
