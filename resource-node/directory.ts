// Who is who on the storage network, from the chain: the bonded meta nodes (whose P2P keys sign
// permits and whose URLs take requests) and resource nodes' URLs. Nothing is taken from a config list:
// meta nodes are discovered from the genesis, from configured seed URLs and from the `metaNodes` of
// every known meta node's /v1/status, and each one is then read back from the chain
// (Query/MetaNode: Bonded, not suspended, its pubkey and description.website).
import type { NodeClient } from "../meta-node/protocol/client.ts";
import { isBonded, type ChainNode, type ChainReader } from "./chain.ts";
import type { Logger } from "./log.ts";

interface Cached {
  node?: ChainNode;
  checkedAt: number;
}

export class NodeDirectory {
  private readonly metas = new Map<string, Cached>();
  private readonly resources = new Map<string, Cached>();
  private readonly hintedUrls = new Map<string, string>();
  private timer?: NodeJS.Timeout;
  private refreshing?: Promise<void>;

  constructor(
    private readonly chain: ChainReader,
    private readonly http: NodeClient,
    private readonly log: Logger,
    private readonly opts: { seeds?: string[]; refreshMs?: number; cacheMs?: number } = {},
  ) {}

  private get cacheMs(): number {
    return this.opts.cacheMs ?? 15_000;
  }

  start(): void {
    this.timer = setInterval(() => void this.refresh().catch((e) => this.log.warn(`meta-node discovery: ${(e as Error).message}`)), this.opts.refreshMs ?? 30_000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Re-discover the meta-node set (single flight). */
  refresh(): Promise<void> {
    this.refreshing ??= this.doRefresh().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async doRefresh(): Promise<void> {
    const candidates = new Set<string>(this.metas.keys());
    try {
      for (const a of await this.chain.genesisMetaNodes()) candidates.add(a);
    } catch (e) {
      this.log.warn(`genesis meta nodes: ${(e as Error).message}`);
    }
    const urls = new Set<string>(this.opts.seeds ?? []);
    for (const c of this.metas.values()) if (c.node && isBonded(c.node) && c.node.url) urls.add(c.node.url);
    await Promise.all(
      [...urls].map(async (url) => {
        try {
          const s = await this.http.json<any>(url, "GET", "/v1/status", undefined, { timeoutMs: 5_000 });
          for (const m of s?.metaNodes ?? []) if (typeof m?.address === "string") candidates.add(m.address);
          if (typeof s?.address === "string") candidates.add(s.address);
        } catch {
          // an unreachable meta node is simply not asked this time
        }
      }),
    );
    await Promise.all([...candidates].map((a) => this.lookupMeta(a)));
  }

  private async lookupMeta(address: string): Promise<ChainNode | undefined> {
    try {
      const node = await this.chain.metaNode(address);
      this.metas.set(address, { node, checkedAt: Date.now() });
      return node;
    } catch (e) {
      this.log.warn(`chain lookup of meta node ${address}: ${(e as Error).message}`);
      return this.metas.get(address)?.node; // keep the last answer while the chain is unreachable
    }
  }

  /** The chain record of meta node `address` if it is Bonded and not suspended (looked up when unknown or stale). */
  async ensureMeta(address: string): Promise<ChainNode | undefined> {
    const c = this.metas.get(address);
    const n = c && Date.now() - c.checkedAt < this.cacheMs ? c.node : await this.lookupMeta(address);
    return n && isBonded(n) ? n : undefined;
  }

  /** Sync view for permit verification: the pubkey of a bonded meta node already looked up. */
  metaPublicKey(address: string): Uint8Array | undefined {
    const n = this.metas.get(address)?.node;
    return n && isBonded(n) && n.publicKey.length === 32 ? n.publicKey : undefined;
  }

  bondedMetas(): ChainNode[] {
    return [...this.metas.values()]
      .map((c) => c.node)
      .filter((n): n is ChainNode => !!n && isBonded(n) && !!n.url)
      .sort((a, b) => (a.address < b.address ? -1 : 1));
  }

  /** A URL learnt from a meta node's answer (download permits carry nodeUrls). */
  hintUrl(address: string, url: string): void {
    if (/^http:\/\/[^/]+$/.test(url)) this.hintedUrls.set(address, url);
  }

  async resourceNode(address: string): Promise<ChainNode | undefined> {
    const c = this.resources.get(address);
    if (c && Date.now() - c.checkedAt < this.cacheMs) return c.node;
    try {
      const node = await this.chain.resourceNode(address);
      this.resources.set(address, { node, checkedAt: Date.now() });
      return node;
    } catch (e) {
      this.log.warn(`chain lookup of resource node ${address}: ${(e as Error).message}`);
      return c?.node;
    }
  }

  /** API URL of a resource node: its on-chain description.website, else a URL a meta node told us. */
  async resourceUrl(address: string): Promise<string | undefined> {
    const n = await this.resourceNode(address);
    return n?.url || this.hintedUrls.get(address);
  }
}
