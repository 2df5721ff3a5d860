// In-process harness for the app layer: InitChain/FinalizeBlock/Commit called directly (unit tests
// of the state machine; everything with consensus in it runs against real cometbft instead).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import type * as abci from "cosmjs-types/tendermint/abci/types";
import type { ConsensusParams } from "cosmjs-types/tendermint/types/params";
import { StratosApp, type AppOptions } from "../../chain/root/app.ts";
import { sha256 } from "../../chain/crypto/hash.ts";
import { signTxDirect } from "../../chain/keys/eth-signer.ts";
import { signerFromPrivateKey, type Signer } from "../../chain/keys/signer.ts";
import type { KeyType } from "../../chain/crypto/pubkey.ts";
import { defaultAppState } from "../../chain/root/genesis.ts";

export const CHAIN_ID = "unit-test-1";

export function testSigner(name: string, keyType: KeyType = "secp256k1"): Signer {
  return signerFromPrivateKey(sha256(new TextEncoder().encode(name)), keyType);
}

export function genesisWith(funded: { address: string; wei: bigint }[]) {
  const state: any = defaultAppState();
  funded.forEach((f, i) => {
    state.auth.accounts.push({ "@type": "/cosmos.auth.v1beta1.BaseAccount", address: f.address, pub_key: null, account_number: String(i), sequence: "0" });
    state.bank.balances.push({ address: f.address, coins: [{ denom: "wei", amount: f.wei.toString() }] });
  });
  return state;
}

export class AppHarness {
  height = 0n;
  readonly dir: string;
  app: StratosApp;

  constructor(opts: Partial<AppOptions> = {}, dir?: string) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), "stratos-unit-"));
    this.app = new StratosApp({ dataDir: join(this.dir, "app.lmdb"), logger: { info() {}, error() {} }, ...opts });
    this.height = this.app.lastHeight;
  }

  /** `consensusParams`: what CometBFT would send from genesis.json (default: none, as before). */
  initChain(appState: unknown, chainId = CHAIN_ID, consensusParams?: ConsensusParams): Uint8Array {
    const res = this.app.initChain({
      time: { seconds: 1_700_000_000n, nanos: 0 },
      chainId,
      consensusParams,
      validators: [],
      appStateBytes: new TextEncoder().encode(JSON.stringify(appState)),
      initialHeight: 1n,
    });
    return res.appHash;
  }

  /**
   * One block: FinalizeBlock + Commit. `extra`: the last commit's votes, misbehavior evidence, a
   * block time (default 1_700_000_000 + height seconds), the proposer and next validators hash (default zeros).
   */
  block(txs: Uint8Array[] = [], extra: { votes?: abci.VoteInfo[]; misbehavior?: abci.Misbehavior[]; time?: bigint; proposerAddress?: Uint8Array; nextValidatorsHash?: Uint8Array } = {}): abci.ResponseFinalizeBlock {
    this.height += 1n;
    const res = this.app.finalizeBlock({
      txs,
      decidedLastCommit: { round: 0, votes: extra.votes ?? [] },
      misbehavior: extra.misbehavior ?? [],
      hash: new Uint8Array(32),
      height: this.height,
      time: { seconds: extra.time ?? 1_700_000_000n + this.height, nanos: 0 },
      nextValidatorsHash: extra.nextValidatorsHash ?? new Uint8Array(32),
      proposerAddress: extra.proposerAddress ?? new Uint8Array(20),
    });
    this.app.commit({});
    return res;
  }

  checkTx(tx: Uint8Array): abci.ResponseCheckTx {
    return this.app.checkTx({ tx, type: 0 });
  }

  balance(address: string, denom = "wei"): bigint {
    return this.app.wiring.keepers.bank.getBalance(this.readCtx(), address, denom);
  }

  account(address: string) {
    return this.app.wiring.keepers.auth.getAccount(this.readCtx(), address);
  }

  readCtx() {
    const store = this.app.store;
    const kv = { get: (k: Uint8Array) => store.get(k), iterate: (s: Uint8Array, e?: Uint8Array) => store.range(s, e), set() {}, delete() {} };
    return this.app.makeContext(kv, "check", this.height, { seconds: 0n, nanos: 0 });
  }

  /** A MsgSend signed by `from` (opts.fromAddress: the account it claims to spend from). */
  send(from: Signer, to: string, wei: bigint, opts: { gas?: bigint; fee?: bigint; sequence?: bigint; memo?: string; fromAddress?: string } = {}): Uint8Array {
    const fromAddress = opts.fromAddress ?? from.address;
    const acc = this.account(fromAddress)!;
    const gas = opts.gas ?? 200_000n;
    return signTxDirect({
      signer: from,
      chainId: CHAIN_ID,
      accountNumber: acc.accountNumber,
      sequence: opts.sequence ?? acc.sequence,
      messages: [{ typeUrl: MsgSend.typeUrl, value: MsgSend.encode({ fromAddress, toAddress: to, amount: [{ denom: "wei", amount: wei.toString() }] }).finish() }],
      fee: { amount: [{ denom: "wei", amount: (opts.fee ?? gas * 1_000_000_000n).toString() }], gas },
      memo: opts.memo,
    });
  }

  /** A query at the last committed height: its code and log, and the decoded answer when the code is 0. */
  query<T>(path: string, data: Uint8Array, decode: (b: Uint8Array) => T): { code: number; log: string; value?: T } {
    const r = this.app.query({ path, data, height: 0n, prove: false });
    return { code: r.code, log: r.log, value: r.code === 0 ? decode(r.value) : undefined };
  }

  /** A query that must succeed (code 0); its decoded answer. */
  queryOk<T>(path: string, data: Uint8Array, decode: (b: Uint8Array) => T): T {
    const r = this.query(path, data, decode);
    if (r.code !== 0) throw new Error(`query ${path} failed: code ${r.code}: ${r.log}`);
    return r.value!;
  }

  reopen(): void {
    this.app.close();
    this.app = new StratosApp({ dataDir: join(this.dir, "app.lmdb"), logger: { info() {}, error() {} } });
  }

  close(): void {
    this.app.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
