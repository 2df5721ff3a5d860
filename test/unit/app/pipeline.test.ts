// The generic app pipeline (chain/app) as the composition root assembles it: failing messages name
// their index, validator updates from a module's EndBlock reach CometBFT, the default genesis
// comes from the modules.
import { expect } from "chai";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import type { ValidatorUpdate } from "cosmjs-types/tendermint/abci/types";
import { BaseApp } from "../../../chain/app/app.ts";
import type { AppModule } from "../../../chain/app/module.ts";
import { signTxDirect } from "../../../chain/keys/eth-signer.ts";
import { stratosAppDefinition } from "../../../chain/root/app.ts";
import { defaultAppState } from "../../../chain/root/genesis.ts";
import { CHAIN_ID, AppHarness, genesisWith, testSigner } from "../../helpers/app.ts";

const ONE_STOS = 10n ** 18n;

function block(app: BaseApp<any>, height: bigint, txs: Uint8Array[] = []) {
  const res = app.finalizeBlock({
    txs,
    decidedLastCommit: { round: 0, votes: [] },
    misbehavior: [],
    hash: new Uint8Array(32),
    height,
    time: { seconds: 1_700_000_000n + height, nanos: 0 },
    nextValidatorsHash: new Uint8Array(32),
    proposerAddress: new Uint8Array(20),
  });
  app.commit({});
  return res;
}

function initChain(app: BaseApp<any>, appState: unknown) {
  return app.initChain({
    time: { seconds: 1_700_000_000n, nanos: 0 },
    chainId: CHAIN_ID,
    consensusParams: undefined,
    validators: [],
    appStateBytes: new TextEncoder().encode(JSON.stringify(appState)),
    initialHeight: 1n,
  });
}

const update = (byte: number, power: bigint): ValidatorUpdate => ({ pubKey: { ed25519: new Uint8Array(32).fill(byte) }, power });

/** A module with no state that sets validators: what staking will do. */
function validatorSetter(name: string, at: (height: bigint) => ValidatorUpdate[]): AppModule {
  return {
    name,
    msgs: [],
    queries: {},
    defaultGenesis: () => undefined,
    validateGenesis() {},
    initGenesis: () => [update(9, 1n)],
    exportGenesis: () => undefined,
    endBlock: (ctx) => at(ctx.height),
  };
}

describe("app pipeline", () => {
  const alice = testSigner("alice");
  const bob = testSigner("bob");

  it("a failing message's log names its index in the SDK's words; code, codespace and state are as before", () => {
    const h = new AppHarness();
    try {
      h.initChain(genesisWith([{ address: alice.address, wei: 10n * ONE_STOS }]));
      h.block();
      const acc = h.account(alice.address)!;
      const send = (amount: bigint) => ({ typeUrl: MsgSend.typeUrl, value: MsgSend.encode({ fromAddress: alice.address, toAddress: bob.address, amount: [{ denom: "wei", amount: amount.toString() }] }).finish() });
      const tx = signTxDirect({
        signer: alice,
        chainId: CHAIN_ID,
        accountNumber: acc.accountNumber,
        sequence: acc.sequence,
        messages: [send(1n), send(100n * ONE_STOS)],
        fee: { amount: [{ denom: "wei", amount: (300_000n * 1_000_000_000n).toString() }], gas: 300_000n },
      });
      const r = h.block([tx]).txResults[0];
      expect(r.code).to.equal(5);
      expect(r.codespace).to.equal("sdk");
      expect(r.log).to.match(/^failed to execute message; message index: 1: .*insufficient funds/);
      // Message writes of the whole tx are dropped (also message 0's); fee and sequence stay.
      expect(h.balance(bob.address)).to.equal(0n);
      expect(h.account(alice.address)!.sequence).to.equal(1n);
      // Ante failures are not about a message: no index.
      const bad = h.block([tx]).txResults[0];
      expect(bad.code).to.equal(32);
      expect(bad.log).to.not.contain("message index");
    } finally {
      h.close();
    }
  });

  it("validator updates of a module's EndBlock (and InitGenesis) are handed to CometBFT", () => {
    const dir = mkdtempSync(join(tmpdir(), "stratos-pipeline-"));
    const def = stratosAppDefinition();
    def.modules.push(validatorSetter("staking_test", (height) => (height === 2n ? [update(1, 10n), update(2, 0n)] : [])));
    const app = new BaseApp({ dataDir: join(dir, "app.lmdb"), logger: { info() {}, error() {} } }, def);
    try {
      expect(initChain(app, defaultAppState()).validators).to.deep.equal([update(9, 1n)]);
      expect(block(app, 1n).validatorUpdates).to.deep.equal([]);
      expect(block(app, 2n).validatorUpdates).to.deep.equal([update(1, 10n), update(2, 0n)]);
      expect(block(app, 3n).validatorUpdates).to.deep.equal([]);
    } finally {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("two modules setting validators (InitGenesis or EndBlock) is refused, as the SDK refuses it", () => {
    const dir = mkdtempSync(join(tmpdir(), "stratos-pipeline-"));
    const def = stratosAppDefinition();
    def.modules.push(validatorSetter("a_test", () => []), validatorSetter("b_test", () => [update(3, 1n)]));
    const app = new BaseApp({ dataDir: join(dir, "app.lmdb"), logger: { info() {}, error() {} } }, def);
    try {
      expect(() => initChain(app, defaultAppState())).to.throw("validator updates from InitGenesis of both a_test and b_test");
    } finally {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("the default genesis is each module's own, in genesis order (modules defaulting to absent are left out)", () => {
    const state = defaultAppState();
    expect(Object.keys(state)).to.deep.equal(["auth", "bank", "staking", "distribution", "slashing", "genutil"]);
    const def = stratosAppDefinition();
    for (const m of def.modules) {
      expect(() => m.validateGenesis(state[m.name]), m.name).to.not.throw();
    }
    // Each call gives fresh objects: callers may edit theirs.
    (state.auth as any).accounts.push({});
    expect((defaultAppState().auth as any).accounts).to.deep.equal([]);
  });
});
