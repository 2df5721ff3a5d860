// Real networks for integration tests: a localnet (1..N validators, our app + real cometbft per
// node) in a temp dir on free ports, torn down (processes stopped, dir removed) after the suite.
// KEEP_TEST_HOMES=1 keeps the directories for a look at the logs.
import { stringToPath } from "@cosmjs/crypto";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultAccounts, Localnet, type AccountSpec, type CreateOptions } from "../../localnet/localnet.ts";

export { freePort, sleep } from "../../localnet/processes.ts";
export const HD_PATH = "m/44'/606'/0'/0/0";

export async function walletFor(mnemonic: string) {
  return DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "st", hdPaths: [stringToPath(HD_PATH)] });
}

export interface TestAccount {
  mnemonic: string;
  address: string;
}

/** A fresh key that is not on chain. */
export async function newAccount(): Promise<TestAccount> {
  const w = await DirectSecp256k1HdWallet.generate(24, { prefix: "st", hdPaths: [stringToPath(HD_PATH)] });
  const [a] = await w.getAccounts();
  return { mnemonic: w.mnemonic, address: a.address };
}

export interface TestLocalnetOptions {
  validators?: number;
  /** Funded user0…user<users-1> (default 3), each with userCoins (default "1000stos"). */
  users?: number;
  userCoins?: string;
  /** Replaces the default account list (faucet, operators, users) entirely. */
  accounts?: AccountSpec[];
  /** Short blocks keep tests fast; default 300ms. */
  timeoutCommit?: string;
  keyring?: boolean;
  cometSettings?: CreateOptions["cometSettings"];
  /** Height every node must reach before the localnet is handed over (default 2). */
  height?: number;
  genesisPatch?: CreateOptions["genesisPatch"];
}

// Safety net for abrupt ends (an uncaught error, Ctrl-C): the nodes are detached, so nothing
// else would stop them. after() hooks remain the normal way.
const live = new Set<Localnet>();
process.on("exit", () => {
  for (const net of live) net.killAllSync();
});

export async function startLocalnet(opts: TestLocalnetOptions = {}): Promise<Localnet> {
  const validators = opts.validators ?? 1;
  const home = mkdtempSync(join(tmpdir(), "stratos-localnet-"));
  let net: Localnet | undefined;
  try {
    net = await Localnet.create({
      home,
      validators,
      chainId: "stratos-test-1",
      timeoutCommit: opts.timeoutCommit ?? "300ms",
      accounts: opts.accounts ?? defaultAccounts(validators, { users: opts.users, userCoins: opts.userCoins }),
      keyring: opts.keyring,
      ports: "random",
      cometSettings: opts.cometSettings,
      genesisPatch: opts.genesisPatch,
    });
    live.add(net);
    await net.start();
    await net.waitForHeight(opts.height ?? 2);
    return net;
  } catch (e) {
    await destroyLocalnet(net, home);
    throw e;
  }
}

/** Stops every process of the localnet (by its recorded pids), then removes its directory. */
export async function destroyLocalnet(net: Localnet | undefined, home = net?.dir): Promise<void> {
  try {
    if (net) {
      net.reload(); // another process (the CLI) may have restarted nodes with new pids
      await net.down().catch(async (e) => {
        await net.kill9All();
        throw e;
      });
    }
  } finally {
    if (net) live.delete(net);
    if (home && !process.env.KEEP_TEST_HOMES) rmSync(home, { recursive: true, force: true });
    else if (home) console.log(`    (KEEP_TEST_HOMES: localnet kept at ${home})`);
  }
}

/**
 * A localnet for the enclosing describe(): started in before(), torn down in after() (which
 * mocha runs even when before() or a test failed). Use fixture.net inside tests and hooks.
 */
export function useLocalnet(opts: TestLocalnetOptions = {}): { readonly net: Localnet } {
  let net: Localnet | undefined;
  before(async function () {
    this.timeout(Math.max(this.timeout(), 120_000));
    net = await startLocalnet(opts);
  });
  after(async function () {
    this.timeout(Math.max(this.timeout(), 60_000));
    await destroyLocalnet(net);
  });
  return {
    get net() {
      if (!net) throw new Error("the localnet is not started (useLocalnet's before() failed or has not run yet)");
      return net;
    },
  };
}
