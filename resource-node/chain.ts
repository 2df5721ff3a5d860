// What the resource node needs from the chain: node records (meta nodes to trust, itself), the
// genesis meta nodes, and its own txs (register, deposits, prepay, withdraw) signed with its wallet
// and sent through CosmJS with the repo's Stratos registry and amino kit (proto/client.ts).
// Every proto type the daemon touches is used here only, so the proto migration has one place to follow.
import { GasPrice, SigningStargateClient, type DeliverTxResponse } from "@cosmjs/stargate";
import { RpcClient } from "../chain/cli/rpc.ts";
import type { Signer } from "../chain/keys/signer.ts";
import { StratosDirectSigner } from "../chain/keys/eth-signer.ts";
import { ed25519PubkeyAny, stratos, stratosAminoTypes, stratosRegistry, typeUrls } from "../proto/client.ts";

const reg = stratos.register.v1;
const BONDED = 3;

export interface ChainNode {
  address: string;
  /** raw 32-byte ed25519 key */
  publicKey: Uint8Array;
  status: number;
  suspend: boolean;
  owner: string;
  /** description.website: the node's API base URL */
  url: string;
  tokens: bigint;
  effectiveTokens?: bigint;
}

export const isBonded = (n: ChainNode) => n.status === BONDED && !n.suspend;

function pubkeyOf(any: { typeUrl?: string | null; value?: Uint8Array | null } | null | undefined): Uint8Array {
  const v = any?.value;
  if (any?.typeUrl !== "/cosmos.crypto.ed25519.PubKey" || !v || v.length !== 34) return new Uint8Array();
  return v.subarray(2);
}

/** What the daemon reads from the chain (a ChainClient; tests may pass a local stand-in). */
export type ChainReader = Pick<ChainClient, "metaNode" | "resourceNode" | "genesisMetaNodes">;

export class ChainClient {
  readonly rpc: RpcClient;

  constructor(readonly rpcUrl: string) {
    this.rpc = new RpcClient(rpcUrl);
  }

  private async queryNode(kind: "MetaNode" | "ResourceNode", address: string): Promise<ChainNode | undefined> {
    const data = kind === "MetaNode" ? reg.QueryMetaNodeRequest.encode({ networkAddr: address }).finish() : reg.QueryResourceNodeRequest.encode({ networkAddr: address }).finish();
    let raw: Uint8Array;
    try {
      raw = await this.rpc.query(`/stratos.register.v1.Query/${kind}`, data);
    } catch (e) {
      if (/not ?found/i.test((e as Error).message)) return undefined;
      throw e;
    }
    const n: any = kind === "MetaNode" ? reg.QueryMetaNodeResponse.decode(raw).node : reg.QueryResourceNodeResponse.decode(raw).node;
    if (!n) return undefined;
    return {
      address: n.networkAddress,
      publicKey: new Uint8Array(pubkeyOf(n.pubkey)),
      status: Number(n.status ?? 0),
      suspend: Boolean(n.suspend),
      owner: n.ownerAddress ?? "",
      url: n.description?.website ?? "",
      tokens: BigInt(n.tokens || "0"),
      effectiveTokens: kind === "ResourceNode" ? BigInt(n.effectiveTokens || "0") : undefined,
    };
  }

  metaNode(address: string): Promise<ChainNode | undefined> {
    return this.queryNode("MetaNode", address);
  }

  resourceNode(address: string): Promise<ChainNode | undefined> {
    return this.queryNode("ResourceNode", address);
  }

  /** Network addresses of the meta nodes in the genesis (the starting point of discovery). */
  async genesisMetaNodes(): Promise<string[]> {
    const g = (await this.rpc.call("genesis")).genesis;
    return ((g.app_state?.register?.meta_nodes ?? []) as any[]).map((n) => String(n.network_address)).filter(Boolean);
  }

  /** pot's mature and immature reward totals of a wallet (Query/RewardsByWallet). */
  async rewards(wallet: string): Promise<{ mature: { denom: string; amount: string }[]; immature: { denom: string; amount: string }[] }> {
    const pot = stratos.pot.v1;
    const raw = await this.rpc.query("/stratos.pot.v1.Query/RewardsByWallet", pot.QueryRewardsByWalletRequest.encode({ walletAddress: wallet }).finish());
    const r = pot.QueryRewardsByWalletResponse.decode(raw).rewards as any;
    const coins = (l: any[] | undefined) => (l ?? []).map((c) => ({ denom: c.denom, amount: String(c.amount) }));
    return { mature: coins(r?.matureTotalReward), immature: coins(r?.immatureTotalReward) };
  }

  async height(): Promise<number> {
    return Number((await this.rpc.call("status")).sync_info.latest_block_height);
  }

  async balance(address: string): Promise<bigint> {
    const client = await SigningStargateClient.connect(this.rpcUrl);
    try {
      return BigInt((await client.getBalance(address, "wei")).amount);
    } finally {
      client.disconnect();
    }
  }
}

export interface TxResult {
  txhash: string;
  height: number;
  code: number;
  log: string;
  gasUsed: string;
}

/** Signs and broadcasts the node's own txs with its wallet. */
export class ChainTxs {
  constructor(
    private readonly rpcUrl: string,
    private readonly wallet: Signer,
    private readonly gasPrice = "1000000000wei",
  ) {}

  private async send(messages: { typeUrl: string; value: unknown }[], memo = ""): Promise<TxResult> {
    const client = await SigningStargateClient.connectWithSigner(this.rpcUrl, new StratosDirectSigner(this.wallet), {
      registry: stratosRegistry(),
      aminoTypes: stratosAminoTypes(),
      gasPrice: GasPrice.fromString(this.gasPrice),
    });
    let r: DeliverTxResponse;
    try {
      r = await client.signAndBroadcast(this.wallet.address, messages as any, 1.5, memo);
    } catch (e) {
      const m = (e as Error).message;
      if (/does not exist on chain/i.test(m)) throw new Error(`wallet ${this.wallet.address} has no account on chain yet: send it some wei first`);
      throw new Error(`tx failed: ${m}`);
    } finally {
      client.disconnect();
    }
    const res: TxResult = { txhash: r.transactionHash, height: r.height, code: r.code, log: r.rawLog ?? "", gasUsed: String(r.gasUsed) };
    if (r.code !== 0) throw new Error(`tx ${r.transactionHash} failed in block ${r.height}: code ${r.code}: ${r.rawLog ?? ""}`);
    return res;
  }

  createResourceNode(p: { networkAddress: string; publicKey: Uint8Array; depositWei: bigint; moniker: string; website: string; beneficiary?: string }): Promise<TxResult> {
    return this.send([
      {
        typeUrl: typeUrls.register.MsgCreateResourceNode,
        value: {
          networkAddress: p.networkAddress,
          pubkey: ed25519PubkeyAny(p.publicKey),
          value: { denom: "wei", amount: p.depositWei.toString() },
          ownerAddress: this.wallet.address,
          description: { moniker: p.moniker, identity: "", website: p.website, securityContact: "", details: "" },
          nodeType: 4, // STORAGE
          beneficiaryAddress: p.beneficiary ?? "",
        },
      },
    ]);
  }

  updateResourceNode(p: { networkAddress: string; moniker: string; website: string }): Promise<TxResult> {
    return this.send([
      {
        typeUrl: typeUrls.register.MsgUpdateResourceNode,
        value: {
          description: { moniker: p.moniker, identity: "", website: p.website, securityContact: "", details: "" },
          beneficiaryAddress: "",
          networkAddress: p.networkAddress,
          ownerAddress: this.wallet.address,
          nodeType: 4,
        },
      },
    ]);
  }

  updateDeposit(networkAddress: string, deltaWei: bigint): Promise<TxResult> {
    return this.send([
      {
        typeUrl: typeUrls.register.MsgUpdateResourceNodeDeposit,
        value: { networkAddress, ownerAddress: this.wallet.address, depositDelta: { denom: "wei", amount: deltaWei.toString() } },
      },
    ]);
  }

  removeResourceNode(networkAddress: string): Promise<TxResult> {
    return this.send([{ typeUrl: typeUrls.register.MsgRemoveResourceNode, value: { resourceNodeAddress: networkAddress, ownerAddress: this.wallet.address } }]);
  }

  prepay(amountWei: bigint, beneficiary?: string): Promise<TxResult> {
    return this.send([
      {
        typeUrl: typeUrls.sds.MsgPrepay,
        value: { sender: this.wallet.address, beneficiary: beneficiary ?? this.wallet.address, amount: [{ denom: "wei", amount: amountWei.toString() }] },
      },
    ]);
  }

  withdraw(amountWei: bigint, target?: string): Promise<TxResult> {
    return this.send([
      {
        typeUrl: typeUrls.pot.MsgWithdraw,
        value: { amount: [{ denom: "wei", amount: amountWei.toString() }], walletAddress: this.wallet.address, targetAddress: target ?? this.wallet.address },
      },
    ]);
  }
}
