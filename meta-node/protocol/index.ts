// The storage-network protocol shared by resource-node and meta-node (PROTOCOL.md).
export * from "./canonical-json.ts";
export * from "./errors.ts";
export * from "./node-key.ts";
export * from "./node-auth.ts";
export * from "./permit.ts";
export * from "./slices.ts";
export * from "./http.ts";
export * from "./client.ts";
