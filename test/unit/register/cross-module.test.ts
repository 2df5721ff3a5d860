// The operations other modules call on register (sellOzone, returnOzone, slashResourceNode): their
// rules, and that each costs exactly the gas of the raw setter sequence it replaced (so switching
// sds and pot to them changed no tx's gas_used; the setters are gone, the sequences are spelled out).
import { expect } from "chai";
import { withStore, type Context } from "../../../chain/app/context.ts";
import { GasMeter } from "../../../chain/app/gas.ts";
import { CacheKV, GasKV } from "../../../chain/app/kv.ts";
import { Dec } from "../../../chain/types/dec.ts";
import { registerErrorCodes } from "../../../modules/register/errors.ts";
import type { RegisterKeeper } from "../../../modules/register/keeper.ts";
import { AppHarness, testSigner } from "../../helpers/app.ts";
import { genesisMetaNode, genesisResourceNode, nodeKey, registerGenesis, STOS } from "./helpers.ts";

const owner = testSigner("cross-owner");
const wallet = testSigner("cross-wallet");
const M1 = nodeKey("cross-m1");
const R1 = nodeKey("cross-r1");

describe("register: operations other modules call", () => {
  let h: AppHarness;
  let k: RegisterKeeper;
  afterEach(() => h?.close());

  /** St = 400 stos (meta) + 2 stos (resource, effective), Lt = St / 1e6. */
  function start() {
    h = new AppHarness();
    h.initChain(
      registerGenesis([{ address: owner.address, wei: 1000n * STOS }], {
        meta_nodes: [genesisMetaNode(M1, owner.address, 400n * STOS)],
        resource_nodes: [genesisResourceNode(R1, owner.address, 3n * STOS, 2n * STOS)],
      }),
    );
    h.block();
    k = h.app.wiring.keepers.register;
  }
  /** A writable context over committed state whose store charges gas to `meter`. */
  function writeCtx(meter = new GasMeter()): Context & { meter: GasMeter } {
    const base = h.readCtx();
    return { ...withStore(base, new GasKV(new CacheKV(base.store), meter)), meter };
  }
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as { code?: number }).code;
    }
    return undefined;
  };

  it("the raw setters other modules used are gone from the keeper", () => {
    start();
    for (const name of ["setRemainingOzoneLimit", "setSlashing", "decreaseOzoneLimitByDeposit", "increaseOzoneLimitByDeposit", "setResourceNode", "setMetaNode", "setEffectiveTotalDeposit"]) {
      expect((k as unknown as Record<string, unknown>)[name], name).to.equal(undefined);
    }
  });

  it("sellOzone lowers the limit, refuses to go below 0 or sell a negative amount; same gas as the raw setter", () => {
    start();
    const L0 = k.getRemainingOzoneLimit(h.readCtx());
    expect(L0).to.equal(402n * 10n ** 12n);
    const c = writeCtx();
    expect(k.sellOzone(c, 10n)).to.equal(L0 - 10n);
    expect(k.getRemainingOzoneLimit(c)).to.equal(L0 - 10n);
    expect(code(() => k.sellOzone(c, L0))).to.equal(registerErrorCodes.remainingNozLimit);
    expect(code(() => k.sellOzone(c, -1n))).to.equal(registerErrorCodes.remainingNozLimit);
    expect(k.getRemainingOzoneLimit(c)).to.equal(L0 - 10n);
    expect(k.sellOzone(c, L0 - 10n)).to.equal(0n);

    // sds prices the sale from the limit it read: passing it reads nothing more
    const old = writeCtx();
    const lt = k.getRemainingOzoneLimit(old);
    k.state.remainingOzoneLimit.set(old, lt - 7n);
    const now = writeCtx();
    k.sellOzone(now, 7n, k.getRemainingOzoneLimit(now));
    expect(now.meter.consumed).to.equal(old.meter.consumed);
  });

  it("returnOzone adds consumed ozone back; same gas as get + set", () => {
    start();
    const L0 = k.getRemainingOzoneLimit(h.readCtx());
    const old = writeCtx();
    k.state.remainingOzoneLimit.set(old, k.getRemainingOzoneLimit(old) + 5n);
    const now = writeCtx();
    k.returnOzone(now, 5n);
    expect(now.meter.consumed).to.equal(old.meter.consumed);
    expect(k.getRemainingOzoneLimit(now)).to.equal(L0 + 5n);
    expect(code(() => k.returnOzone(now, -1n))).to.equal(registerErrorCodes.remainingNozLimit);
  });

  it("slashResourceNode: debt adds up; a new suspension decreases St and Lt by the effective deposit and zeroes it", () => {
    start();
    const St0 = k.getEffectiveTotalDeposit(h.readCtx());
    const L0 = k.getRemainingOzoneLimit(h.readCtx());
    const c = writeCtx();
    const r1 = k.slashResourceNode(c, { networkAddress: R1.address, walletAddress: wallet.address, debt: 100n, suspend: false });
    expect(r1).to.deep.equal({ nodeType: 4, debt: 100n, suspended: false, ozoneLimitChange: 0n });
    expect(k.getSlashing(c, wallet.address)).to.equal(100n);
    expect(k.getResourceNode(c, R1.address)!.effectiveTokens).to.equal(2n * STOS);

    const r2 = k.slashResourceNode(c, { networkAddress: R1.address, walletAddress: wallet.address, debt: 50n, suspend: true });
    expect(r2.ozoneLimitChange).to.equal(-2n * 10n ** 12n);
    expect(k.getSlashing(c, wallet.address)).to.equal(150n);
    const n = k.getResourceNode(c, R1.address)!;
    expect([n.suspend, n.effectiveTokens, n.tokens]).to.deep.equal([true, 0n, 3n * STOS]);
    expect(k.getEffectiveTotalDeposit(c)).to.equal(St0 - 2n * STOS);
    expect(k.getRemainingOzoneLimit(c)).to.equal(L0 - 2n * 10n ** 12n);

    // already suspended: no second decrease; lifting the suspension changes only the flag
    k.slashResourceNode(c, { networkAddress: R1.address, walletAddress: wallet.address, debt: 0n, suspend: true });
    expect(k.getEffectiveTotalDeposit(c)).to.equal(St0 - 2n * STOS);
    k.slashResourceNode(c, { networkAddress: R1.address, walletAddress: wallet.address, debt: 0n, suspend: false });
    expect(k.getResourceNode(c, R1.address)!.suspend).to.equal(false);
    expect(k.getEffectiveTotalDeposit(c)).to.equal(St0 - 2n * STOS);

    expect(code(() => k.slashResourceNode(c, { networkAddress: M1.address, walletAddress: wallet.address, debt: 1n, suspend: true }))).to.equal(
      registerErrorCodes.noResourceNodeFound,
    );
    expect(code(() => k.slashResourceNode(c, { networkAddress: R1.address, walletAddress: wallet.address, debt: -1n, suspend: true }))).to.equal(
      registerErrorCodes.invalidAmount,
    );
  });

  it("slashResourceNode with the record the caller read costs the gas of the raw setter sequence pot used", () => {
    start();
    for (const suspend of [false, true]) {
      const old = writeCtx();
      const node = k.getResourceNode(old, R1.address)!;
      // what pot did with register's raw setters (setSlashing, decreaseOzoneLimitByDeposit, setResourceNode)
      k.state.slashing.set(old, wallet.address, k.getSlashing(old, wallet.address) + 123n);
      if (!node.suspend && suspend) {
        const st = k.getEffectiveTotalDeposit(old);
        k.state.effectiveTotalDeposit.set(old, st - node.effectiveTokens);
        const sub = Dec.fromInt(node.effectiveTokens).quo(k.getDepositNozRate(old));
        k.state.remainingOzoneLimit.set(old, Dec.fromInt(k.getRemainingOzoneLimit(old)).sub(sub).truncateInt());
        node.effectiveTokens = 0n;
      }
      node.suspend = suspend;
      k.state.resourceNodes.set(old, R1.address, node);

      const now = writeCtx();
      const read = k.getResourceNode(now, R1.address)!;
      k.slashResourceNode(now, { networkAddress: R1.address, walletAddress: wallet.address, debt: 123n, suspend, node: read });
      expect(now.meter.consumed, `suspend=${suspend}`).to.equal(old.meter.consumed);
      expect(k.getResourceNode(now, R1.address)).to.deep.equal(k.getResourceNode(old, R1.address));
      expect(k.getRemainingOzoneLimit(now)).to.equal(k.getRemainingOzoneLimit(old));
    }
  });
});
