/**
 * The localnet library, used by the `localnet` CLI and the tests: node.ts (one validator: home,
 * processes, RPC), genesis.ts (the shared genesis: accounts, validators, SDS nodes) and
 * network.ts (the localnet as a whole: create, localnet.json, start/stop, waits).
 */
export * from "./genesis.ts";
export * from "./node.ts";
export * from "./network.ts";
export * from "./health.ts";
export { freePort, sleep } from "./processes.ts";
