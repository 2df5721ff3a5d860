// Follows the chain through CometBFT RPC: genesis state from /genesis, then every block's results in
// height order (catch-up by height after a restart, live through the websocket NewBlock subscription,
// and a poll as a safety net when the websocket drops). Each block's effects and the cursor are
// written in ONE lmdb transaction, so nothing is missed or applied twice across crashes.
//
// Node records (meta and resource nodes) are not rebuilt from event fields: an event naming an
// stsds1… address marks it dirty (in the same transaction) and the node is then read back from
// the chain's register queries, which is idempotent. Prepaid ozone and file confirmations are
// additive facts, taken from EventPrePay / EventFileUpload.
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { RpcClient } from "../../chain/cli/rpc.ts";
import { stratos } from "../../proto/client.ts";
import { ed25519KeyFromAny, metaNodeFromProto, resourceNodeFromProto } from "../../modules/register/types.ts";
import type { Logger } from "../log.ts";
import type { MetaNodeInfo, MetaStore, ResourceNodeInfo } from "../store.ts";

const pb = stratos.register.v1;
const STATUS: Record<string, number> = { BOND_STATUS_UNSPECIFIED: 0, BOND_STATUS_UNBONDED: 1, BOND_STATUS_UNBONDING: 2, BOND_STATUS_BONDED: 3 };

interface BlockEvent {
  type: string;
  attributes: readonly { key: string; value: string }[];
}

function attr(ev: BlockEvent, key: string): string | undefined {
  const a = ev.attributes.find((x) => x.key === key);
  if (!a) return undefined;
  try {
    const v = JSON.parse(a.value);
    return typeof v === "string" ? v : String(v);
  } catch {
    return a.value;
  }
}

export class ChainFollower {
  readonly rpc: RpcClient;
  private comet?: Comet38Client;
  private syncing: Promise<void> = Promise.resolve();
  private target = 0;
  private stopped = false;
  private pollTimer?: NodeJS.Timeout;
  private subscription?: { unsubscribe(): void };
  latestHeight = 0;
  latestBlockTime = 0;

  constructor(
    private readonly store: MetaStore,
    rpcUrl: string,
    private readonly log: Logger,
    /** Called after blocks were applied (the node view may have changed). */
    private readonly onApplied: (height: number) => void,
  ) {
    this.rpc = new RpcClient(rpcUrl);
  }

  async start(): Promise<void> {
    if (!this.store.state.get("genesisLoaded")) await this.loadGenesis();
    await this.refreshDirty();
    const status = await this.rpc.call("status");
    this.requestSync(Number(status.sync_info.latest_block_height));
    await this.syncing;
    void this.subscribe();
    this.pollTimer = setInterval(() => void this.poll(), 2000);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.pollTimer) clearInterval(this.pollTimer);
    try {
      this.subscription?.unsubscribe();
    } catch {
      /* already closed */
    }
    try {
      this.comet?.disconnect();
    } catch {
      /* already closed */
    }
    await this.syncing.catch(() => undefined);
  }

  private async loadGenesis(): Promise<void> {
    const g = (await this.rpc.call("genesis")).genesis;
    const reg = g.app_state?.register ?? {};
    const initial = Number(g.initial_height ?? "1");
    const pk = (n: any) => String(n.pubkey?.key ?? "");
    this.store.transaction(() => {
      for (const n of reg.meta_nodes ?? []) {
        const info: MetaNodeInfo = {
          address: n.network_address,
          pubkey: pk(n),
          owner: n.owner_address,
          status: STATUS[n.status] ?? Number(n.status ?? 0),
          suspend: Boolean(n.suspend),
          url: n.description?.website ?? "",
          tokens: String(n.tokens ?? "0"),
          blsPubKey: Buffer.from(String(n.bls_pub_key ?? ""), "base64").toString("hex"),
        };
        this.store.chain.putSync(`mn/${info.address}`, info);
      }
      for (const n of reg.resource_nodes ?? []) {
        const info: ResourceNodeInfo = {
          address: n.network_address,
          pubkey: pk(n),
          owner: n.owner_address,
          status: STATUS[n.status] ?? Number(n.status ?? 0),
          suspend: Boolean(n.suspend),
          tokens: String(n.tokens ?? "0"),
          effective: String(n.effective_tokens ?? "0"),
          url: n.description?.website ?? "",
        };
        this.store.chain.putSync(`rn/${info.address}`, info);
      }
      for (const f of g.app_state?.sds?.files ?? []) {
        if (f.file_hash && f.file_info?.uploader) this.store.chain.putSync(`fu/${f.file_hash}/${f.file_info.uploader}`, initial - 1);
      }
      if (this.store.cursor < initial - 1) this.store.state.putSync("cursor", initial - 1);
      this.store.state.putSync("genesisLoaded", true);
    });
    this.log.info(`genesis: ${(reg.meta_nodes ?? []).length} meta nodes, ${(reg.resource_nodes ?? []).length} resource nodes, initial height ${initial}`);
  }

  private async subscribe(): Promise<void> {
    while (!this.stopped) {
      try {
        const ws = this.rpc.url.replace(/^http/, "ws") + "/websocket";
        this.comet = await Comet38Client.connect(ws);
        await new Promise<void>((resolve) => {
          this.subscription = this.comet!.subscribeNewBlock().subscribe({
            next: (b) => {
              this.latestBlockTime = b.header.time.getTime();
              this.requestSync(b.header.height);
            },
            error: (e) => {
              this.log.warn(`chain websocket: ${(e as Error)?.message ?? e}; reconnecting`);
              resolve();
            },
            complete: () => resolve(),
          });
        });
      } catch (e) {
        this.log.warn(`cannot subscribe to ${this.rpc.url}: ${(e as Error).message}`);
      }
      try {
        this.comet?.disconnect();
      } catch {
        /* closed */
      }
      if (!this.stopped) await new Promise((r) => setTimeout(r, 2000));
    }
  }

  private async poll(): Promise<void> {
    try {
      const status = await this.rpc.call("status");
      this.requestSync(Number(status.sync_info.latest_block_height));
    } catch {
      /* the chain is unreachable; try again next tick */
    }
  }

  /** Applies blocks up to `height` (serialized: one sync at a time, in height order). */
  requestSync(height: number): void {
    if (height <= this.target) return;
    this.target = height;
    this.latestHeight = Math.max(this.latestHeight, height);
    this.syncing = this.syncing.then(() => this.syncLoop()).catch((e) => this.log.warn(`chain sync: ${(e as Error).message}`));
  }

  private async syncLoop(): Promise<void> {
    let applied = false;
    while (!this.stopped && this.store.cursor < this.target) {
      const h = this.store.cursor + 1;
      const r = await this.blockResults(h);
      this.applyBlock(h, r);
      applied = true;
    }
    if (applied) {
      await this.refreshDirty();
      this.onApplied(this.store.cursor);
    }
  }

  private async blockResults(h: number): Promise<{ txs: { code: number; events: BlockEvent[] }[]; finalize: BlockEvent[] }> {
    const r = await this.rpc.call("block_results", { height: String(h) });
    const ev = (list: any[] | null | undefined): BlockEvent[] => (list ?? []).map((e) => ({ type: e.type, attributes: (e.attributes ?? []).map((a: any) => ({ key: a.key, value: a.value ?? "" })) }));
    return { txs: (r.txs_results ?? []).map((t: any) => ({ code: Number(t.code ?? 0), events: ev(t.events) })), finalize: ev(r.finalize_block_events) };
  }

  private applyBlock(h: number, r: { txs: { code: number; events: BlockEvent[] }[]; finalize: BlockEvent[] }): void {
    const events = [...r.txs.filter((t) => t.code === 0).flatMap((t) => t.events), ...r.finalize];
    this.store.transaction(() => {
      if (this.store.cursor !== h - 1) return; // applied already (another sync got here first)
      for (const ev of events) {
        if (ev.type === "stratos.sds.v1.EventPrePay") {
          const wallet = attr(ev, "beneficiary") || attr(ev, "sender");
          const noz = attr(ev, "purchased_noz") ?? "0";
          if (wallet && /^\d+$/.test(noz)) this.store.chain.putSync(`pp/${wallet}`, (this.store.purchased(wallet) + BigInt(noz)).toString());
        } else if (ev.type === "stratos.sds.v1.EventFileUpload") {
          const hash = attr(ev, "file_hash"), uploader = attr(ev, "uploader");
          if (hash && uploader) this.store.chain.putSync(`fu/${hash}/${uploader}`, h);
        } else if (ev.type === "stratos.pot.v1.EventVolumeReport") {
          // The epochs the chain took a report for, with the epoch reported before it: a report
          // covers the receipts of the epochs after the previous one (meta-node/traffic.ts).
          const un = (v: string | undefined) => {
            try {
              return String(JSON.parse(v ?? ""));
            } catch {
              return v ?? "";
            }
          };
          const epoch = Number(un(attr(ev, "epoch")));
          if (Number.isSafeInteger(epoch) && epoch > 0) {
            const prev = this.store.lastReportedEpoch;
            this.store.chain.putSync(`vr/${String(epoch).padStart(12, "0")}`, { epoch, reportReference: un(attr(ev, "report_reference")), prev, height: h });
            if (epoch > prev) {
              this.store.chain.putSync("pot/last", epoch);
              // Upload/repair copy records of the epochs now reported are dead: dropped in this
              // block's transaction, with the new pot/last and cursor.
              const n = this.store.pruneCopyRecords(epoch);
              if (n > 0) this.log.info(`dropped ${n} copy records of epochs ≤ ${epoch} (reported in block ${h})`);
            }
          }
        } else if (ev.type.startsWith("stratos.register.v1.") || ev.type.startsWith("stratos.pot.v1.")) {
          for (const a of ev.attributes) {
            let v: unknown = a.value;
            try {
              v = JSON.parse(a.value);
            } catch {
              /* plain */
            }
            if (typeof v === "string" && v.startsWith("stsds1")) this.store.chain.putSync(`dirty/${v}`, h);
          }
        }
      }
      this.store.state.putSync("cursor", h);
    });
  }

  /** Reads dirty nodes back from the chain's register queries. */
  async refreshDirty(): Promise<void> {
    for (const addr of this.store.dirtyAddresses()) {
      try {
        const meta = await this.queryNode("MetaNode", addr);
        const res = meta ? undefined : await this.queryNode("ResourceNode", addr);
        this.store.transaction(() => {
          if (meta) {
            const n = metaNodeFromProto(pb.QueryMetaNodeResponse.decode(meta).node as any);
            const info: MetaNodeInfo = {
              address: n.networkAddress,
              pubkey: Buffer.from(ed25519KeyFromAny(n.pubkey)).toString("base64"),
              owner: n.ownerAddress,
              status: n.status,
              suspend: n.suspend,
              url: n.description.website,
              tokens: n.tokens.toString(),
              blsPubKey: Buffer.from(n.blsPubKey).toString("hex"),
            };
            this.store.chain.putSync(`mn/${addr}`, info);
            this.store.chain.removeSync(`rn/${addr}`);
          } else if (res) {
            const n = resourceNodeFromProto(pb.QueryResourceNodeResponse.decode(res).node as any);
            const info: ResourceNodeInfo = {
              address: n.networkAddress,
              pubkey: Buffer.from(ed25519KeyFromAny(n.pubkey)).toString("base64"),
              owner: n.ownerAddress,
              status: n.status,
              suspend: n.suspend,
              tokens: n.tokens.toString(),
              effective: n.effectiveTokens.toString(),
              url: n.description.website,
            };
            this.store.chain.putSync(`rn/${addr}`, info);
            this.store.chain.removeSync(`mn/${addr}`);
          } else {
            this.store.chain.removeSync(`mn/${addr}`);
            this.store.chain.removeSync(`rn/${addr}`);
          }
          this.store.chain.removeSync(`dirty/${addr}`);
        });
      } catch (e) {
        this.log.warn(`cannot refresh node ${addr} from the chain (will retry): ${(e as Error).message}`);
        return;
      }
    }
  }

  private async queryNode(kind: "MetaNode" | "ResourceNode", addr: string): Promise<Uint8Array | undefined> {
    const req = kind === "MetaNode" ? pb.QueryMetaNodeRequest.encode({ networkAddr: addr }).finish() : pb.QueryResourceNodeRequest.encode({ networkAddr: addr }).finish();
    try {
      return await this.rpc.query(`/stratos.register.v1.Query/${kind}`, req);
    } catch (e) {
      if (/NotFound|not found/i.test((e as Error).message)) return undefined;
      throw e;
    }
  }
}
