// A minimal CometBFT JSON-RPC client for the CLI (status, abci_query, broadcast, tx lookups).

export const DEFAULT_NODE = "http://127.0.0.1:26657";

export class RpcClient {
  constructor(readonly url: string) {
    if (!/^https?:\/\//.test(url)) throw new Error(`--node must be an http(s) URL, got ${JSON.stringify(url)}`);
  }

  async call(method: string, params: Record<string, unknown> = {}): Promise<any> {
    let res: Response;
    try {
      res = await fetch(this.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
      });
    } catch (e) {
      throw new Error(`cannot reach the node at ${this.url} (${(e as any).cause?.code ?? (e as Error).message}); is it running? (--node sets the address)`);
    }
    const body = (await res.json()) as any;
    if (body.error) throw new Error(`${method} failed: ${body.error.message ?? ""} ${body.error.data ?? ""}`.trim());
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


