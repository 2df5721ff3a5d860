// The one CometBFT JSON-RPC client (HTTP POST) of the CLI, localnet and tests: status, abci_query,
// broadcast, tx lookups. (bench/lib/jsonrpc.ts keeps a leaner node:http one for the load tool: bench/rpc-clients.ts measures
// fetch at ~5× its client CPU per request, which matters only where the client shares cores with the node.)

export const DEFAULT_NODE = "http://127.0.0.1:26657";

export interface CometRpcOptions {
  /** Per-request timeout; none by default (a CLI waits for the node). */
  timeoutMs?: number;
  /** Appended to the "cannot reach the node" message, e.g. which flag sets the address. */
  unreachableHint?: string;
}

/** The node answered with a JSON-RPC error. */
export class CometRpcError extends Error {
  constructor(
    readonly method: string,
    readonly rpcError: { code?: number; message?: string; data?: string },
  ) {
    super(`${method} failed: ${rpcError.message ?? ""} ${rpcError.data ?? ""}`.trim());
  }
}

export class CometRpc {
  constructor(
    readonly url: string,
    private readonly opts: CometRpcOptions = {},
  ) {
    if (!/^https?:\/\//.test(url)) throw new Error(`--node must be an http(s) URL, got ${JSON.stringify(url)}`);
  }

  async call(method: string, params: Record<string, unknown> = {}): Promise<any> {
    let res: Response;
    try {
      res = await fetch(this.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
        signal: this.opts.timeoutMs ? AbortSignal.timeout(this.opts.timeoutMs) : undefined,
      });
    } catch (e) {
      // `cause` stays the socket error (e.g. code ECONNREFUSED) for callers that tell "not up yet" apart.
      const cause = (e as any).cause;
      const hint = this.opts.unreachableHint ? ` ${this.opts.unreachableHint}` : "";
      throw new Error(`cannot reach the node at ${this.url} (${cause?.code ?? (e as Error).message}); is it running?${hint}`, { cause });
    }
    const body = (await res.json()) as any;
    if (body.error) throw new CometRpcError(method, body.error);
    return body.result;
  }

  /** abci_query; a non-zero code becomes an Error carrying the app's log. */
  async query(path: string, data: Uint8Array, height?: bigint): Promise<Uint8Array> {
    const r = await this.call("abci_query", { path, data: Buffer.from(data).toString("hex"), height: height ? height.toString() : "0", prove: false });
    const resp = r.response;
    if (resp.code) throw new Error(resp.log || `query ${path} failed with code ${resp.code}`);
    return Buffer.from(resp.value ?? "", "base64");
  }

  async chainId(): Promise<string> {
    return (await this.call("status")).node_info.network;
  }

  async height(): Promise<number> {
    return Number((await this.call("status")).sync_info.latest_block_height);
  }

  async broadcastSync(tx: Uint8Array): Promise<{ code: number; log: string; hash: string; codespace: string }> {
    return this.call("broadcast_tx_sync", { tx: Buffer.from(tx).toString("base64") });
  }

  /** Polls until the tx is in a block or the timeout passes. */
  async waitForTx(hash: string, timeoutMs = 30_000): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        return await this.call("tx", { hash: Buffer.from(hash, "hex").toString("base64") });
      } catch {
        await new Promise((r) => setTimeout(r, 300));
      }
    }
    throw new Error(`tx ${hash} was not included within ${timeoutMs / 1000}s; look it up later with 'query tx ${hash}'`);
  }
}
