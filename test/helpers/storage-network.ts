// A real storage network for integration tests: a localnet (validators: our app + real cometbft)
// with meta-node and resource-node daemons as separate processes (localnet/storage.ts, the same code
// as `localnet up`), in a temp dir on free ports, with CI-friendly settings (small slices, a short
// liveness timeout, short intervals). One network per test file: useStorageNetwork() in the
// top-level describe. KEEP_TEST_HOMES=1 keeps the directory (daemon logs in <dir>/<name>/daemon.log).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultAccounts, Localnet, type CreateOptions } from "../../localnet/localnet.ts";
import type { StorageOptions } from "../../localnet/storage.ts";
import { destroyLocalnet } from "./localnet.ts";

export interface StorageNetworkOptions {
  validators?: number;
  /** Meta-node daemons (default 3). */
  meta?: number;
  /** Resource-node daemons (default 4). */
  resource?: number;
  /** Genesis resource nodes (bonded, effective) without a daemon of their own, beyond `resource`. */
  extraResourceNodes?: number;
  /** Funded user0… accounts (default 3, 1000stos each). */
  users?: number;
  livenessTimeoutMs?: number;
  maintenanceIntervalMs?: number;
  heartbeatIntervalMs?: number;
  sliceSize?: number;
  replicas?: number;
  /** Proof-of-Traffic epochs (localnet/storage.ts defaults otherwise). */
  epochBlocks?: number;
  epochGraceBlocks?: number;
  reporterFailoverBlocks?: number;
  timeoutCommit?: string;
  genesisPatch?: CreateOptions["genesisPatch"];
}

/** Test defaults: 64 KiB slices, 4 s liveness timeout, 500 ms heartbeats and maintenance. */
export const TEST_STORAGE: Required<Pick<StorageNetworkOptions, "sliceSize" | "livenessTimeoutMs" | "maintenanceIntervalMs" | "heartbeatIntervalMs">> = {
  sliceSize: 64 * 1024,
  livenessTimeoutMs: 4_000,
  maintenanceIntervalMs: 500,
  heartbeatIntervalMs: 500,
};

const live = new Set<Localnet>();
process.on("exit", () => {
  for (const net of live) net.killAllSync();
});

export async function startStorageNetwork(o: StorageNetworkOptions = {}): Promise<Localnet> {
  const validators = o.validators ?? 1;
  const home = mkdtempSync(join(tmpdir(), "stratos-storage-"));
  const meta = o.meta ?? 3;
  const resource = o.resource ?? 4;
  const storage: StorageOptions = {
    meta,
    resource,
    sliceSize: o.sliceSize ?? TEST_STORAGE.sliceSize,
    livenessTimeoutMs: o.livenessTimeoutMs ?? TEST_STORAGE.livenessTimeoutMs,
    maintenanceIntervalMs: o.maintenanceIntervalMs ?? TEST_STORAGE.maintenanceIntervalMs,
    heartbeatIntervalMs: o.heartbeatIntervalMs ?? TEST_STORAGE.heartbeatIntervalMs,
    ...(o.replicas !== undefined ? { replicas: o.replicas } : {}),
    ...(o.epochBlocks !== undefined ? { epochBlocks: o.epochBlocks } : {}),
    ...(o.epochGraceBlocks !== undefined ? { epochGraceBlocks: o.epochGraceBlocks } : {}),
    ...(o.reporterFailoverBlocks !== undefined ? { reporterFailoverBlocks: o.reporterFailoverBlocks } : {}),
  };
  let net: Localnet | undefined;
  try {
    net = await Localnet.create({
      home,
      validators,
      chainId: "stratos-test-1",
      timeoutCommit: o.timeoutCommit ?? "300ms",
      accounts: defaultAccounts(validators, { users: o.users }),
      ports: "random",
      sdsNodes: { meta, resource: resource + (o.extraResourceNodes ?? 0) },
      storage,
      genesisPatch: o.genesisPatch,
    });
    live.add(net);
    await net.start();
    await net.waitForHeight(2);
    await net.startDaemons({ timeoutMs: 120_000 });
    return net;
  } catch (e) {
    if (net) live.delete(net);
    await destroyLocalnet(net, home);
    throw e;
  }
}

export async function stopStorageNetwork(net: Localnet | undefined): Promise<void> {
  if (net) live.delete(net);
  await destroyLocalnet(net);
}

/** One storage network for the enclosing describe(): started in before(), torn down in after(). */
export function useStorageNetwork(o: StorageNetworkOptions = {}): { readonly net: Localnet } {
  let net: Localnet | undefined;
  before(async function () {
    this.timeout(Math.max(this.timeout(), 240_000));
    net = await startStorageNetwork(o);
  });
  after(async function () {
    this.timeout(Math.max(this.timeout(), 90_000));
    await stopStorageNetwork(net);
  });
  return {
    get net() {
      if (!net) throw new Error("the storage network is not started (useStorageNetwork's before() failed or has not run yet)");
      return net;
    },
  };
}
