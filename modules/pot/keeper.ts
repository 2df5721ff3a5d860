// PotKeeper: pot's operations. State accessors are in state.ts, the distribution plan in
// distribution.ts (pure), maturity in maturity.ts, supply restoration in supply.ts; other modules are
// reached through expected.ts only.
import { withStore, type Context } from "../../chain/app/context.ts";
import { CacheKV } from "../../chain/app/kv.ts";
import { blsFastAggregateVerify } from "../../chain/crypto/bls.ts";
import { addCoins, type Coin } from "../../chain/types/coins.ts";
import { Dec } from "../../chain/types/dec.ts";
import {
  checkOzoneSupply,
  miningStageOf,
  planDistribution,
  totalVolume,
  trafficRewardOf,
  type DistributionPlan,
  type MiningStage,
  type OzoneReserve,
  type WalletVolume,
} from "./distribution.ts";
import { potErrors } from "./errors.ts";
import {
  BondStatus,
  COMMUNITY_POOL,
  FEE_COLLECTOR,
  META_NODE_BONDED_POOL,
  TOTAL_UNISSUED_PREPAY,
  voteThreshold,
  type MetaNode,
  type PotAuthKeeper,
  type PotBankKeeper,
  type PotDistributionKeeper,
  type PotRegisterKeeper,
  type PotStakingKeeper,
} from "./expected.ts";
import { matureRewards, MATURE_RECORDS_PER_BLOCK } from "./maturity.ts";
import type { PotParams } from "./params.ts";
import { amountOf, coin, PotState, subCoins } from "./state.ts";
import { isSupplyRestoreHeight, restoreTotalSupply } from "./supply.ts";

export { POT_STORE_PREFIX, amountOf, subCoins, rewardToProto, totalRewardToProto, type Reward, type TotalReward, type VolumeReportRecord } from "./state.ts";
export { MATURE_RECORDS_PER_BLOCK } from "./maturity.ts";
export { SUPPLY_RESTORE_PERIOD } from "./supply.ts";
export type { DistributionPlan, WalletVolume } from "./distribution.ts";

// Module accounts (§4.1).
export const POT_MODULE = "pot";
export const FOUNDATION_ACCOUNT = "foundation_account";
export const TOTAL_REWARD_POOL = "total_reward_pool";
export const potModuleAccounts: [string, string[]][] = [
  [POT_MODULE, ["minter"]],
  [FOUNDATION_ACCOUNT, ["minter", "burner"]],
  [TOTAL_REWARD_POOL, []],
];

/** A MsgVolumeReport after stateless validation. */
export interface VolumeReport {
  reporter: string;
  reporterOwner: string;
  epoch: bigint;
  reportReference: string;
  walletVolumes: WalletVolume[];
  signature: { pubKeys: Uint8Array[]; signature: Uint8Array; txData: Uint8Array };
  /** Keccak-256 of the report's sign bytes, which `signature.txData` must equal. */
  expectedTxData: Uint8Array;
}

/** A MsgSlashingResourceNode after stateless validation. */
export interface ResourceNodeSlashing {
  reporters: string[];
  reporterOwners: string[];
  networkAddress: string;
  walletAddress: string;
  /** noz. */
  slashing: bigint;
  suspend: boolean;
}

const bytesEqual = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

/** Owns the "pot/" prefix (through `state`). */
export class PotKeeper {
  readonly state = new PotState();

  constructor(
    readonly auth: PotAuthKeeper,
    readonly bank: PotBankKeeper,
    readonly register: PotRegisterKeeper,
    readonly distribution: PotDistributionKeeper,
    readonly staking?: PotStakingKeeper,
  ) {}

  // ---- params / authority / totals ---------------------------------------------------------------

  getParams(ctx: Context): PotParams {
    return this.state.getParams(ctx);
  }
  setParams(ctx: Context, p: PotParams): void {
    this.state.setParams(ctx, p);
  }
  /** Default: register's authority (one account governs params until gov exists). */
  getAuthority(ctx: Context): string {
    return this.state.getAuthority(ctx) ?? this.register.getAuthority(ctx);
  }
  /** Zero in the reward denom until something is mined. */
  getTotalMinedTokens(ctx: Context): Coin {
    return this.state.getTotalMinedTokens(ctx) ?? { denom: this.getParams(ctx).rewardDenom, amount: 0n };
  }

  // ---- formulas over current state ----------------------------------------------------------------

  /** St, Pt, Lt as they are now. */
  ozoneReserve(ctx: Context): OzoneReserve {
    return { st: this.register.getEffectiveTotalDeposit(ctx), pt: this.register.totalUnissuedPrepay(ctx), lt: this.register.getRemainingOzoneLimit(ctx) };
  }
  /** R = (St + Pt) × Y / (Lt + Y) (§4.4 step 2), at the current reserve. */
  trafficReward(ctx: Context, y: Dec): Dec {
    return trafficRewardOf(this.ozoneReserve(ctx), y);
  }
  miningStage(ctx: Context): MiningStage {
    return miningStageOf(this.getParams(ctx), this.getTotalMinedTokens(ctx));
  }
  /** Total mining cap: end of the last stage. */
  totalMiningSupply(ctx: Context): Coin {
    const p = this.getParams(ctx).miningRewardParams;
    return p[p.length - 1].totalMinedValveEnd;
  }

  // ---- MsgVolumeReport (§4.3, change #8) -----------------------------------------------------------

  /**
   * Checks the reporter, the epoch and the BLS quorum of Bonded meta nodes (floor(2M/3)+1 distinct
   * registered keys), records the report and distributes it.
   */
  submitVolumeReport(ctx: Context, r: VolumeReport): DistributionPlan {
    const reporter = this.register.getMetaNode(ctx, r.reporter);
    if (!reporter || reporter.ownerAddress !== r.reporterOwner) {
      throw potErrors.reporterAddressOrOwner(`reporter ${r.reporter} is not a meta node owned by ${r.reporterOwner}`);
    }
    const last = this.state.getLastDistributedEpoch(ctx);
    if (r.epoch <= last) throw potErrors.matureEpoch(`report epoch ${r.epoch} must be greater than the last distributed epoch ${last}`);
    const sig = r.signature;
    if (!bytesEqual(r.expectedTxData, sig.txData)) {
      throw potErrors.blsTxDataInvalid(`BLS_signature.txData ${hex(sig.txData)} is not Keccak-256 of the report's sign bytes (${hex(r.expectedTxData)})`);
    }
    const byKey = this.bondedMetaNodesByBlsKey(ctx);
    const seen = new Set<string>();
    for (const [i, pk] of sig.pubKeys.entries()) {
      const h = hex(pk);
      if (!byKey.has(h)) throw potErrors.blsPubkeysInvalid(`BLS_signature.pub_keys[${i}] is not the BLS key of a Bonded meta node`);
      if (seen.has(h)) throw potErrors.blsPubkeysInvalid(`BLS_signature.pub_keys[${i}] is listed twice (meta node ${byKey.get(h)!.networkAddress})`);
      seen.add(h);
    }
    const bonded = this.register.getBondedMetaNodeCount(ctx);
    const need = voteThreshold(bonded);
    if (BigInt(seen.size) < need) {
      throw potErrors.blsNotReachThreshold(`${seen.size} distinct Bonded meta nodes signed; ${need} of ${bonded} needed (floor(2M/3)+1)`);
    }
    if (!blsFastAggregateVerify(sig.pubKeys, sig.txData, sig.signature)) {
      throw potErrors.blsVerifyFailed("the aggregate BLS signature does not verify against the listed public keys and txData");
    }
    this.state.setVolumeReport(ctx, r.epoch, { reporter: r.reporter, reportReference: r.reportReference, txHash: ctx.txHash });
    return this.distribute(ctx, r.walletVolumes, r.epoch);
  }

  /** Bonded meta nodes by hex BLS public key (nodes without a key are left out). */
  bondedMetaNodesByBlsKey(ctx: Context): Map<string, MetaNode> {
    const out = new Map<string, MetaNode>();
    for (const node of this.register.allMetaNodes(ctx)) {
      if (node.status !== BondStatus.Bonded || node.blsPubKey.length === 0) continue;
      out.set(hex(node.blsPubKey), node);
    }
    return out;
  }

  /**
   * §4.4: reads the inputs, plans, applies. Throws (the tx fails, nothing written) on a supply-check
   * failure or when a source account lacks the funds. Inputs are read in the order the checks need
   * them, so a refused report has read (and paid gas for) no more than it had to.
   */
  distribute(ctx: Context, volumes: readonly WalletVolume[], epoch: bigint): DistributionPlan {
    const params = this.getParams(ctx);
    const y = totalVolume(volumes);
    checkOzoneSupply(y, this.register.getRemainingOzoneLimit(ctx), this.register.getEffectiveTotalDeposit(ctx), this.register.getDepositNozRate(ctx));
    const reserve = this.ozoneReserve(ctx);
    const stage = this.miningStage(ctx);
    const bondedMetaNodeCount = this.register.getBondedMetaNodeCount(ctx);
    const bondedMetaWallets: string[] = [];
    if (bondedMetaNodeCount > 0n) {
      for (const node of this.register.allMetaNodes(ctx)) {
        if (node.status !== BondStatus.Bonded) continue;
        bondedMetaWallets.push(node.beneficiaryAddress.trim().length === 0 ? node.ownerAddress : node.beneficiaryAddress);
      }
    }
    const plan = planDistribution({
      params,
      volumes,
      y,
      reserve,
      stage,
      bondedMetaNodeCount,
      bondedMetaWallets,
      accounts: { foundation: FOUNDATION_ACCOUNT, feeCollector: FEE_COLLECTOR, unissuedPrepay: TOTAL_UNISSUED_PREPAY, rewardPool: TOTAL_REWARD_POOL, communityPool: COMMUNITY_POOL },
    });
    this.applyDistribution(ctx, params, epoch, plan);
    return plan;
  }

  private applyDistribution(ctx: Context, params: PotParams, epoch: bigint, plan: DistributionPlan): void {
    // 7. individual rewards (a second report crediting the same wallet and mature epoch adds up) and immature totals
    const matureEpoch = epoch + params.matureEpoch;
    for (const c of plan.credits) {
      const prev = this.state.getIndividualReward(ctx, matureEpoch, c.walletAddress);
      this.state.setIndividualReward(ctx, matureEpoch, {
        walletAddress: c.walletAddress,
        rewardFromMiningPool: addCoins(prev?.rewardFromMiningPool ?? [], coin(params.rewardDenom, c.mining)),
        rewardFromTrafficPool: addCoins(prev?.rewardFromTrafficPool ?? [], coin(params.bondDenom, c.traffic)),
      });
      const earned = addCoins(coin(params.rewardDenom, c.mining), coin(params.bondDenom, c.traffic));
      this.state.setImmatureTotal(ctx, c.walletAddress, addCoins(this.state.getImmatureTotal(ctx, c.walletAddress), earned));
    }
    // 8. bookkeeping
    const totalMined = this.getTotalMinedTokens(ctx);
    this.state.setTotalMinedTokens(ctx, { denom: totalMined.denom, amount: totalMined.amount + plan.minedThisEpoch });
    this.state.setLastDistributedEpoch(ctx, epoch);
    this.state.setTotalReward(ctx, epoch, plan.totalReward);
    // 9. consumed ozone returns to the sellable limit
    this.register.returnOzone(ctx, plan.ozoneToReturn);
    // 10. bank moves
    for (const mv of plan.moves) {
      const coins = [{ denom: mv.denom, amount: mv.amount }];
      if (mv.to === COMMUNITY_POOL) this.distribution.fundCommunityPoolFromModule(ctx, mv.from, coins);
      else this.bank.sendCoinsFromModuleToModule(ctx, mv.from, mv.to, coins);
    }
  }

  // ---- MsgWithdraw, MsgFoundationDeposit (§4.6, §4.7) ---------------------------------------------

  /** Pays `amount` of the wallet's mature rewards to `target`. */
  withdraw(ctx: Context, wallet: string, target: string, amount: readonly Coin[]): void {
    const mature = this.state.getMatureTotal(ctx, wallet);
    for (const c of amount) {
      if (amountOf(mature, c.denom) < c.amount) {
        throw potErrors.insufficientMatureTotal(`${wallet} has ${amountOf(mature, c.denom)}${c.denom} of mature rewards, withdrawing ${c.amount}${c.denom}`);
      }
    }
    this.bank.sendCoinsFromModuleToAccount(ctx, TOTAL_REWARD_POOL, target, amount);
    this.state.setMatureTotal(ctx, wallet, subCoins(mature, amount));
  }

  /** Anyone may top up the mining source. */
  foundationDeposit(ctx: Context, from: string, amount: readonly Coin[]): void {
    this.bank.sendCoinsFromAccountToModule(ctx, from, FOUNDATION_ACCOUNT, amount);
  }

  // ---- MsgSlashingResourceNode (§4.9) --------------------------------------------------------------

  /**
   * Every reporter must be a meta node owned by its listed owner, and (ours, CONTRIBUTING "slashing
   * from evidence") floor(2M/3)+1 distinct Bonded meta nodes must report it, as for a volume report:
   * Stratos takes one meta node's word. The debt is the traffic reward the slashed noz would release
   * (R of §4.4 at the current reserve, truncated). Returns what the event needs.
   */
  slashResourceNode(ctx: Context, s: ResourceNodeSlashing): { debt: bigint; nodeType: number } {
    const bondedReporters = new Set<string>();
    s.reporters.forEach((r, i) => {
      const node = this.register.getMetaNode(ctx, r);
      if (!node || node.ownerAddress !== s.reporterOwners[i]) throw potErrors.reporterAddressOrOwner(`reporters[${i}] ${r} is not a meta node owned by ${s.reporterOwners[i]}`);
      if (node.status === BondStatus.Bonded && !node.suspend) bondedReporters.add(r);
    });
    const bonded = this.register.getBondedMetaNodeCount(ctx);
    const need = voteThreshold(bonded);
    if (BigInt(bondedReporters.size) < need) {
      throw potErrors.slashingResourceNodeFailure(`${bondedReporters.size} distinct Bonded meta nodes report this slashing; ${need} of ${bonded} needed (floor(2M/3)+1)`);
    }
    const node = this.register.getResourceNode(ctx, s.networkAddress);
    if (!node) throw potErrors.slashingResourceNodeFailure(`resource node ${s.networkAddress} does not exist`);
    const debt = s.slashing === 0n ? 0n : this.trafficReward(ctx, Dec.fromInt(s.slashing)).truncateInt();
    // The record read above goes along, so register does not read it a second time (same gas as before).
    const { nodeType } = this.register.slashResourceNode(ctx, { networkAddress: s.networkAddress, walletAddress: s.walletAddress, debt, suspend: s.suspend, node });
    return { debt, nodeType };
  }

  // ---- EndBlock (§5) -------------------------------------------------------------------------------

  /** §4.5; at most `budget` records per call. */
  rewardMatureAndSubSlashing(ctx: Context, budget = MATURE_RECORDS_PER_BLOCK): number {
    return matureRewards(ctx, { state: this.state, register: this.register, distribution: this.distribution, rewardPool: TOTAL_REWARD_POOL }, budget);
  }

  /** §4.8. */
  restoreTotalSupply(ctx: Context): void {
    restoreTotalSupply(ctx, { params: this.getParams(ctx), bank: this.bank, distribution: this.distribution, minter: POT_MODULE });
  }

  /**
   * Maturity, then supply restoration when height % 10000 == 1 — except at height 1 (ours: a new
   * chain's genesis supply is left as configured instead of being topped up to initial_total_supply
   * in its first block). Each step runs in its own cache; a failure is reported as an event and never
   * aborts the block.
   */
  endBlock(ctx: Context): void {
    const step = (name: string, f: (c: Context) => void) => {
      const cache = new CacheKV(ctx.store);
      const sub = withStore(ctx, cache);
      try {
        f(sub);
        cache.write();
        ctx.events.append(sub.events.events);
      } catch (e) {
        ctx.events.emit("pot_end_block_error", { step: name, error: (e as Error).message });
      }
    };
    step("reward_mature", (c) => this.rewardMatureAndSubSlashing(c));
    if (isSupplyRestoreHeight(ctx.height)) step("restore_total_supply", (c) => this.restoreTotalSupply(c));
  }

  // ---- metrics (§6.2, README change #9) ------------------------------------------------------------

  circulationSupply(ctx: Context): Coin[] {
    const cap = this.totalMiningSupply(ctx);
    const mined = this.getTotalMinedTokens(ctx);
    const supply = this.bank.getSupply(ctx, cap.denom);
    const v = supply - (cap.amount - mined.amount);
    return v > 0n ? [{ denom: cap.denom, amount: v }] : [];
  }

  metaBondedPool(ctx: Context): bigint {
    return this.register.poolBalance(ctx, META_NODE_BONDED_POOL);
  }
}
