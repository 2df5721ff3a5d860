// The meta node's use of the shared protocol (meta-node/protocol/): re-exports, deterministic ids,
// and one signed JSON client for calls to peers.
import { createHash, randomBytes } from "node:crypto";
import { NodeClient, ProtocolError, type NodeIdentity } from "./protocol/index.ts";

export { NodeIdentity, ProtocolError, signPermit, jsonBodyDigest, verifyRequest } from "./protocol/index.ts";
export type { Permit, PermitSlice, SignedPermit } from "./protocol/index.ts";

export const randomId = () => randomBytes(16).toString("hex");
/** A deterministic 16-byte id (hex) from its parts: retries of one action get the same id. */
export const derivedId = (...parts: string[]) => createHash("sha256").update(parts.join("\n")).digest("hex").slice(0, 32);

/** Node-authenticated JSON calls to peers; non-2xx answers and network failures throw ProtocolError. */
export class PeerClient {
  private readonly client: NodeClient;

  constructor(identity: NodeIdentity, timeoutMs: number) {
    this.client = new NodeClient({ identity, connectTimeoutMs: Math.min(3_000, timeoutMs), idleTimeoutMs: timeoutMs });
  }

  json<T = any>(baseUrl: string, method: "GET" | "POST", path: string, body?: unknown, timeoutMs?: number): Promise<T> {
    return this.client.json<T>(baseUrl, method, path, body, { timeoutMs });
  }

  close(): void {
    this.client.close();
  }
}

/** A peer that could not be reached (as opposed to one that answered with an error). */
export const isUnreachable = (e: unknown) => e instanceof ProtocolError && (e.code === "unavailable" || e.code === "timeout") && !(e as any).fromPeer;
