// Minimal ABCI socket client (tests, tooling). Responses come back in request order, so each
// sent Request simply takes the next Response off the stream.
import * as net from "node:net";
import type { DeepPartial } from "cosmjs-types/helpers";
import { Request, Response } from "cosmjs-types/tendermint/abci/types";

import { parseAddress } from "./address.ts";
import { encodeFrame, FrameDecoder } from "./framing.ts";

interface Waiter {
  resolve(res: Response): void;
  reject(err: Error): void;
}

export class AbciClient {
  private readonly decoder: FrameDecoder;
  private readonly waiters: Waiter[] = [];
  private failure: Error | null = null;
  /** Resolves once the socket has closed, from either side. */
  readonly closed: Promise<void>;

  private constructor(readonly socket: net.Socket, maxFrameBytes?: number) {
    this.decoder = new FrameDecoder(maxFrameBytes);
    socket.on("data", (chunk: Buffer) => this.onData(chunk));
    socket.on("error", (err) => (this.failure ??= err));
    this.closed = new Promise((resolve) => {
      socket.once("close", () => {
        const err = this.failure ?? new Error("ABCI connection closed");
        this.failure = err;
        for (const w of this.waiters.splice(0)) w.reject(err);
        resolve();
      });
    });
  }

  static connect(address: string, opts: { maxFrameBytes?: number } = {}): Promise<AbciClient> {
    const target = parseAddress(address);
    return new Promise((resolve, reject) => {
      const socket =
        target.kind === "tcp"
          ? net.connect({ host: target.host ?? "127.0.0.1", port: target.port, noDelay: true })
          : net.connect({ path: target.path });
      socket.once("error", reject);
      socket.once("connect", () => {
        socket.off("error", reject);
        resolve(new AbciClient(socket, opts.maxFrameBytes));
      });
    });
  }

  /** Queues a request; the promise settles when the server flushes its response. */
  send(req: DeepPartial<Request>): Promise<Response> {
    return this.sendRaw(encodeFrame(Request.encode(Request.fromPartial(req)).finish()), 1)[0]!;
  }

  /** Writes raw bytes, expecting that many responses for them (for malformed-input tests). */
  sendRaw(bytes: Uint8Array, expectedResponses = 0): Promise<Response>[] {
    const promises = Array.from(
      { length: expectedResponses },
      () => new Promise<Response>((resolve, reject) => this.waiters.push({ resolve, reject })),
    );
    if (this.failure) for (const w of this.waiters.splice(0)) w.reject(this.failure);
    else this.socket.write(bytes);
    return promises;
  }

  async flush(): Promise<void> {
    const res = await this.send({ flush: {} });
    if (!res.flush) throw new Error(`expected ResponseFlush, got ${JSON.stringify(Response.toJSON(res))}`);
  }

  /** send + flush: what CometBFT's synchronous calls do. Resolves with the request's own response. */
  request(req: DeepPartial<Request>): Promise<Response> {
    const res = this.send(req);
    // If the server hangs up after answering (e.g. with an exception), the flush fails but the
    // response still arrived; `res` rejects on its own if it did not.
    this.flush().catch(() => undefined);
    return res;
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    let payloads: Uint8Array[];
    try {
      payloads = this.decoder.push(chunk);
      for (const p of payloads) {
        const waiter = this.waiters.shift();
        if (!waiter) throw new Error("unsolicited ABCI response");
        waiter.resolve(Response.decode(p));
      }
    } catch (err) {
      this.failure = err as Error;
      this.socket.destroy();
    }
  }
}
