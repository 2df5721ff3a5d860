// ABCI 2.0 socket server for CometBFT v0.38. CometBFT opens four connections (consensus,
// mempool, query, snapshot), each a FIFO of length-prefixed Requests that must be answered in
// order. Responses are buffered and pushed to the socket when the client sends Flush.
import * as fs from "node:fs";
import * as net from "node:net";
import type { DeepPartial } from "cosmjs-types/helpers";
import { Request, Response, type ResponseFinalizeBlock } from "cosmjs-types/tendermint/abci/types";

import { formatAddress, parseAddress } from "./address.ts";
import type { AbciApplication } from "./application.ts";
import { encodeFinalizeBlockResponse } from "./encoded-results.ts";
import { DEFAULT_MAX_FRAME_BYTES, encodeUvarint, FrameDecoder } from "./framing.ts";

export { BaseAbciApplication } from "./application.ts";
export type { AbciApplication, MaybePromise } from "./application.ts";
export { DEFAULT_MAX_FRAME_BYTES, encodeFrame, encodeUvarint, FrameDecoder, FrameError } from "./framing.ts";

export interface AbciLogger {
  info(msg: string): void;
  error(msg: string): void;
}

export interface AbciServerOptions {
  /** Largest accepted request frame; a bigger length prefix closes the connection. */
  maxFrameBytes?: number;
  logger?: AbciLogger;
  /**
   * Run app methods one at a time across all connections (default true), as CometBFT's Go
   * socket server does with its app mutex, so an async method (say commit) is never
   * interleaved with another connection's (say checkTx or query). Set false to serialise
   * per connection only.
   */
  serializeApp?: boolean;
}

type AppMethod = Exclude<keyof Request, "echo" | "flush">;
type RequestKind = keyof Request;

const APP_METHODS: readonly AppMethod[] = [
  "info", "initChain", "query", "checkTx", "commit", "listSnapshots", "offerSnapshot", "loadSnapshotChunk",
  "applySnapshotChunk", "prepareProposal", "processProposal", "extendVote", "verifyVoteExtension", "finalizeBlock",
];
const REQUEST_KINDS: readonly RequestKind[] = ["echo", "flush", ...APP_METHODS];

// Like Go's bufio.Writer: without a Flush the responses still go out once this much piles up,
// so a client that never flushes cannot make us buffer without bound.
const WRITE_BUFFER_BYTES = 64 * 1024;
// After answering with an exception we half-close; don't wait forever for the peer to hang up.
const CLOSE_GRACE_MS = 5_000;

const defaultLogger: AbciLogger = {
  info: (msg) => console.info(`[abci] ${msg}`),
  error: (msg) => console.error(`[abci] ${msg}`),
};

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class AbciServer {
  private readonly maxFrameBytes: number;
  private readonly logger: AbciLogger;
  private readonly serializeApp: boolean;
  private server: net.Server | null = null;
  private listenAddress: string | null = null;
  private readonly connections = new Set<AbciConnection>();
  private nextConnectionId = 1;
  private appTail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly app: AbciApplication,
    opts: AbciServerOptions = {},
  ) {
    this.maxFrameBytes = opts.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    new FrameDecoder(this.maxFrameBytes); // validates the option up front
    this.logger = opts.logger ?? defaultLogger;
    this.serializeApp = opts.serializeApp ?? true;
  }

  async listen(address: string): Promise<void> {
    if (this.server) throw new Error(`ABCI server already listening on ${this.listenAddress}`);
    const target = parseAddress(address);
    const server = net.createServer({ noDelay: true }, (socket) => this.accept(socket));
    if (target.kind === "tcp") {
      await listenOnce(server, { host: target.host, port: target.port });
    } else {
      await listenUnix(server, target.path);
    }
    server.on("error", (err) => this.logger.error(`listener error: ${describe(err)}`));
    this.server = server;
    this.listenAddress = formatAddress(server.address()!);
    this.logger.info(`listening on ${this.listenAddress}`);
  }

  /** The actual listening address, e.g. tcp://127.0.0.1:54321 after listening on port 0. */
  get address(): string {
    if (this.listenAddress === null) throw new Error("ABCI server is not listening");
    return this.listenAddress;
  }

  /** Stops listening and destroys every open connection. */
  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    this.listenAddress = null;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const conn of this.connections) conn.destroy();
    await closed;
  }

  private accept(socket: net.Socket): void {
    const id = this.nextConnectionId++;
    const conn = new AbciConnection(id, socket, this.maxFrameBytes, this.logger, (method, arg) =>
      this.callApp(method, arg),
    );
    this.connections.add(conn);
    socket.once("close", () => this.connections.delete(conn));
    // close() may race with a connection accepted in the same tick.
    if (!this.server) conn.destroy();
  }

  private callApp(method: AppMethod, arg: unknown): Promise<unknown> {
    // Dispatch through a single type-erased call: every AppMethod takes Request[method].
    const run = () => (this.app[method] as (req: unknown) => unknown).call(this.app, arg);
    if (!this.serializeApp) return Promise.resolve().then(run);
    const result = this.appTail.then(run);
    this.appTail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}

class AbciConnection {
  private readonly decoder: FrameDecoder;
  private readonly label: string;
  private queue: Uint8Array[] = [];
  private queueHead = 0;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private busy = false;
  private closing = false;

  constructor(
    id: number,
    private readonly socket: net.Socket,
    maxFrameBytes: number,
    private readonly logger: AbciLogger,
    private readonly callApp: (method: AppMethod, arg: unknown) => Promise<unknown>,
  ) {
    this.decoder = new FrameDecoder(maxFrameBytes);
    const peer = socket.remoteAddress ? `${socket.remoteAddress}:${socket.remotePort}` : "local socket";
    this.label = `connection #${id} (${peer})`;
    logger.info(`${this.label} accepted`);
    socket.on("data", (chunk: Buffer) => this.onData(chunk));
    socket.on("end", () => {
      if (this.decoder.midFrame) logger.error(`${this.label}: peer closed in the middle of a frame`);
    });
    socket.on("error", (err) => logger.error(`${this.label}: socket error: ${describe(err)}`));
    socket.on("close", () => {
      this.closing = true;
      this.queue = [];
      logger.info(`${this.label} closed`);
    });
  }

  destroy(): void {
    this.closing = true;
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    if (this.closing) return;
    let frames: Uint8Array[];
    try {
      frames = this.decoder.push(chunk);
    } catch (err) {
      // The stream position is lost, so nothing sensible can be sent back: just hang up.
      this.logger.error(`${this.label}: malformed frame: ${describe(err)}; closing connection`);
      this.destroy();
      return;
    }
    if (frames.length === 0) return;
    for (const f of frames) this.queue.push(f);
    // Back-pressure: read nothing more until the app has worked through what we have.
    this.socket.pause();
    if (!this.busy) void this.drainQueue();
  }

  private async drainQueue(): Promise<void> {
    this.busy = true;
    try {
      while (!this.closing && this.queueHead < this.queue.length) {
        const payload = this.queue[this.queueHead++]!;
        await this.handle(payload);
      }
    } catch (err) {
      this.logger.error(`${this.label}: internal error: ${describe(err)}; closing connection`);
      this.destroy();
    } finally {
      this.queue = [];
      this.queueHead = 0;
      this.busy = false;
    }
    if (!this.closing) this.socket.resume();
  }

  private async handle(payload: Uint8Array): Promise<void> {
    let req: Request;
    try {
      req = Request.decode(payload);
    } catch (err) {
      return this.fail(`undecodable Request (${payload.length} bytes): ${describe(err)}`);
    }
    const kinds = REQUEST_KINDS.filter((k) => req[k] !== undefined);
    if (kinds.length !== 1) {
      return this.fail(
        kinds.length === 0
          ? "Request has no known field set (not an ABCI 2.0 / CometBFT v0.38 request?)"
          : `Request has several fields set: ${kinds.join(", ")}`,
      );
    }
    const kind = kinds[0]!;
    if (kind === "echo") return this.respond({ echo: { message: req.echo!.message } });
    if (kind === "flush") {
      await this.respond({ flush: {} });
      return this.writeOut();
    }

    let result: unknown;
    try {
      result = await this.callApp(kind, req[kind]);
    } catch (err) {
      const stack = err instanceof Error && err.stack ? err.stack : describe(err);
      return this.fail(`app.${kind} failed: ${describe(err)}`, `app.${kind} threw: ${stack}`);
    }
    if (this.closing) return;
    if (result === null || typeof result !== "object") {
      return this.fail(`app.${kind} returned ${result === null ? "null" : typeof result} instead of a response object`);
    }
    let body: Uint8Array;
    try {
      // fromPartial fills fields the app left out, which encode() would otherwise mis-serialise.
      body =
        kind === "finalizeBlock"
          ? encodeFinalizeBlockResponse(result as Partial<ResponseFinalizeBlock>)
          : Response.encode(Response.fromPartial({ [kind]: result } as DeepPartial<Response>)).finish();
    } catch (err) {
      return this.fail(`app.${kind} returned an unencodable response: ${describe(err)}`);
    }
    return this.respond(body);
  }

  private async respond(res: Response | Uint8Array): Promise<void> {
    const body = res instanceof Uint8Array ? res : Response.encode(res).finish();
    this.pending.push(encodeUvarint(body.length), body);
    this.pendingBytes += body.length;
    if (this.pendingBytes >= WRITE_BUFFER_BYTES) await this.writeOut();
  }

  /** Writes buffered responses to the socket; waits for 'drain' when the socket is backed up. */
  private async writeOut(): Promise<void> {
    const parts = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    if (parts.length === 0 || !this.socket.writable) return;
    this.socket.cork();
    let ok = true;
    for (const p of parts) ok = this.socket.write(p);
    this.socket.uncork();
    if (!ok) await waitForDrain(this.socket);
  }

  /**
   * Request-level failure: answer with ResponseException (what CometBFT's client treats as a
   * fatal app error), deliver it together with everything buffered before it, then hang up.
   */
  private async fail(reason: string, logDetail = reason): Promise<void> {
    this.logger.error(`${this.label}: ${logDetail}; answering with ResponseException and closing connection`);
    await this.respond({ exception: { error: reason } });
    this.closing = true;
    await this.writeOut();
    this.socket.end();
    setTimeout(() => this.socket.destroy(), CLOSE_GRACE_MS).unref();
  }
}

function waitForDrain(socket: net.Socket): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      socket.off("drain", done);
      socket.off("close", done);
      resolve();
    };
    socket.on("drain", done);
    socket.on("close", done);
  });
}

function listenOnce(server: net.Server, opts: net.ListenOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => {
      server.off("listening", onListening);
      reject(err);
    };
    const onListening = () => {
      server.off("error", onError);
      resolve();
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(opts);
  });
}

/** A socket file left behind by a crashed process would block listen(); replace it if nobody answers on it. */
async function listenUnix(server: net.Server, path: string): Promise<void> {
  try {
    await listenOnce(server, { path });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EADDRINUSE") throw err;
    if (!fs.statSync(path, { throwIfNoEntry: false })?.isSocket() || (await isListening(path))) throw err;
    fs.unlinkSync(path);
    await listenOnce(server, { path });
  }
}

function isListening(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.connect({ path });
    probe.once("connect", () => {
      probe.destroy();
      resolve(true);
    });
    probe.once("error", () => resolve(false));
  });
}
