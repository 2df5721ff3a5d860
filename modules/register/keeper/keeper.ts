// RegisterKeeper: owns "register/" (state.ts) and every rule that changes it. The rules live by concern
// as stratos-chain splits x/register/keeper/: resource-nodes.ts, meta-nodes.ts, votes.ts,
// unbonding.ts, ozone.ts, slashing.ts; this class is their one entry point (read-only getters, the
// operations register's messages and EndBlock perform, and the named operations other modules call).
import type { Context } from "../../../chain/app/context.ts";
import { accAddressToBech32, moduleAddress } from "../../../chain/types/address.ts";
import { Dec } from "../../../chain/types/dec.ts";
import type { RegisterAuthKeeper, RegisterBankKeeper, RegisterDistributionKeeper } from "../expected.ts";
import { defaultRegisterParams, type RegisterParams } from "../params.ts";
import { BondStatus, type MetaNode, type ResourceNode, type UnbondingNode, type VotePool } from "../types.ts";
import { TOTAL_UNISSUED_PREPAY } from "./accounts.ts";
import type { Amount, TopUp } from "./deposits.ts";
import * as meta from "./meta-nodes.ts";
import * as ozone from "./ozone.ts";
import * as resource from "./resource-nodes.ts";
import * as slashing from "./slashing.ts";
import { registerSchema, type RegisterState } from "./state.ts";
import * as unbonding from "./unbonding.ts";
import * as votes from "./votes.ts";

export const DEFAULT_DEPOSIT_NOZ_RATE = Dec.fromInt(1_000_000n);

export const defaultAuthority = (): string => accAddressToBech32(moduleAddress("gov"));

/** Every ratio is a Dec; no caches: everything is read from state. */
export class RegisterKeeper {
  /** register's collections, bound to "register/" (module-internal: other modules use the methods). */
  readonly state: RegisterState = registerSchema.collections;

  constructor(
    readonly auth: RegisterAuthKeeper,
    readonly bank: RegisterBankKeeper,
    readonly distribution: RegisterDistributionKeeper,
  ) {}

  // ---- params / authority ------------------------------------------------------------------

  getParams(ctx: Context): RegisterParams {
    return this.state.params.getOr(ctx, defaultRegisterParams);
  }
  /** MsgUpdateParams and genesis (validated by the caller). */
  setParams(ctx: Context, p: RegisterParams): void {
    this.state.params.set(ctx, p);
  }
  bondDenom(ctx: Context): string {
    return this.getParams(ctx).bondDenom;
  }
  /** Default: the gov module address (nobody can sign for it until gov exists). */
  getAuthority(ctx: Context): string {
    return this.state.authority.get(ctx) ?? defaultAuthority();
  }

  // ---- nodes (read-only) ----------------------------------------------------------------------

  getResourceNode(ctx: Context, networkAddress: string): ResourceNode | undefined {
    return this.state.resourceNodes.get(ctx, networkAddress);
  }
  allResourceNodes(ctx: Context): Iterable<ResourceNode> {
    return this.state.resourceNodes.values(ctx);
  }
  getMetaNode(ctx: Context, networkAddress: string): MetaNode | undefined {
    return this.state.metaNodes.get(ctx, networkAddress);
  }
  allMetaNodes(ctx: Context): Iterable<MetaNode> {
    return this.state.metaNodes.values(ctx);
  }
  /** The meta node's registered BLS12-381 G1 public key (48 bytes); undefined if no such node or no key. */
  metaNodeBlsKey(ctx: Context, networkAddress: string): Uint8Array | undefined {
    const k = this.getMetaNode(ctx, networkAddress)?.blsPubKey;
    return k && k.length > 0 ? k : undefined;
  }
  /** Bonded and not suspended. */
  isActiveMetaNode(node: MetaNode | undefined): boolean {
    return meta.isActiveMetaNode(node);
  }
  ownsMetaNode(ctx: Context, networkAddress: string, owner: string): boolean {
    return this.getMetaNode(ctx, networkAddress)?.ownerAddress === owner;
  }
  /** N of the vote thresholds: meta nodes that are Bonded and not suspended. */
  activeMetaNodeCount(ctx: Context): bigint {
    let n = 0n;
    for (const m of this.allMetaNodes(ctx)) if (this.isActiveMetaNode(m)) n++;
    return n;
  }
  /**
   * Position of the meta node in the list of non-suspended, non-Unbonded meta nodes sorted by bech32
   * network address (the sds reporter bitmap, §5); undefined when it is not in that list.
   */
  metaNodeBitmapIndex(ctx: Context, networkAddress: string): number | undefined {
    const list = [...this.allMetaNodes(ctx)]
      .filter((m) => !m.suspend && m.status !== BondStatus.Unbonded)
      .map((m) => m.networkAddress)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const i = list.indexOf(networkAddress);
    return i < 0 ? undefined : i;
  }
  getBondedMetaNodeCount(ctx: Context): bigint {
    return this.state.bondedMetaNodeCount.getOr(ctx, 0n);
  }
  getBondedResourceNodeCount(ctx: Context): bigint {
    return this.state.bondedResourceNodeCount.getOr(ctx, 0n);
  }

  // ---- ozone limit (read-only) ------------------------------------------------------------------

  getRemainingOzoneLimit(ctx: Context): bigint {
    return this.state.remainingOzoneLimit.getOr(ctx, 0n);
  }
  getEffectiveTotalDeposit(ctx: Context): bigint {
    return this.state.effectiveTotalDeposit.getOr(ctx, 0n);
  }
  getDepositNozRate(ctx: Context): Dec {
    return this.state.depositNozRate.getOr(ctx, DEFAULT_DEPOSIT_NOZ_RATE);
  }
  /** Lt ≥ d/R (decimal comparison): removing d of deposit would not drive the limit negative. */
  isUnbondable(ctx: Context, d: bigint): boolean {
    return ozone.isUnbondable(this, ctx, d);
  }
  /** Pt: bank balance (bond denom) of total_unissued_prepay. */
  totalUnissuedPrepay(ctx: Context): bigint {
    return this.bank.getBalance(ctx, this.auth.moduleAccountAddress(TOTAL_UNISSUED_PREPAY), this.bondDenom(ctx));
  }
  poolBalance(ctx: Context, pool: string): bigint {
    return this.bank.getBalance(ctx, this.auth.moduleAccountAddress(pool), this.bondDenom(ctx));
  }

  // ---- slashing debt, vote pools, unbonding (read-only) --------------------------------------------

  getSlashing(ctx: Context, wallet: string): bigint {
    return this.state.slashing.getOr(ctx, wallet, 0n);
  }
  *allSlashing(ctx: Context): Iterable<{ wallet: string; value: bigint }> {
    for (const [wallet, value] of this.state.slashing.iterate(ctx)) yield { wallet, value };
  }
  getRegVotePool(ctx: Context, candidate: string): VotePool | undefined {
    return this.state.regVotePools.get(ctx, candidate);
  }
  allRegVotePools(ctx: Context): Iterable<VotePool> {
    return this.state.regVotePools.values(ctx);
  }
  getKickVotePool(ctx: Context, target: string): VotePool | undefined {
    return this.state.kickVotePools.get(ctx, target);
  }
  allKickVotePools(ctx: Context): Iterable<VotePool> {
    return this.state.kickVotePools.values(ctx);
  }
  getUnbondingNode(ctx: Context, networkAddress: string): UnbondingNode | undefined {
    return this.state.unbondingNodes.get(ctx, networkAddress);
  }
  allUnbondingNodes(ctx: Context): Iterable<UnbondingNode> {
    return this.state.unbondingNodes.values(ctx);
  }
  /** Σ balances of the node's unbonding entries. */
  unbondingBalance(ctx: Context, networkAddress: string): bigint {
    let s = 0n;
    for (const e of this.getUnbondingNode(ctx, networkAddress)?.entries ?? []) s += e.balance;
    return s;
  }

  // ---- register's messages (msgs.ts decodes and validates, calls one of these, emits events) ----------

  createResourceNode(ctx: Context, m: resource.NewResourceNode): { denom: string } {
    return resource.createResourceNode(this, ctx, m);
  }
  updateResourceNode(ctx: Context, m: Parameters<typeof resource.updateResourceNode>[2]): ResourceNode {
    return resource.updateResourceNode(this, ctx, m);
  }
  updateResourceNodeDeposit(ctx: Context, m: { networkAddress: string; ownerAddress: string; delta: Amount }): TopUp {
    return resource.updateResourceNodeDeposit(this, ctx, m);
  }
  updateEffectiveDeposit(ctx: Context, m: Parameters<typeof resource.updateEffectiveDeposit>[2]): { isUnsuspended: boolean } {
    return resource.updateEffectiveDeposit(this, ctx, m);
  }
  removeResourceNode(ctx: Context, m: { networkAddress: string; ownerAddress: string }): ReturnType<typeof resource.removeResourceNode> {
    return resource.removeResourceNode(this, ctx, m);
  }
  createMetaNode(ctx: Context, m: meta.NewMetaNode): void {
    meta.createMetaNode(this, ctx, m);
  }
  updateMetaNode(ctx: Context, m: Parameters<typeof meta.updateMetaNode>[2]): void {
    meta.updateMetaNode(this, ctx, m);
  }
  updateMetaNodeDeposit(ctx: Context, m: { networkAddress: string; ownerAddress: string; delta: Amount }): TopUp {
    return meta.updateMetaNodeDeposit(this, ctx, m);
  }
  removeMetaNode(ctx: Context, m: { networkAddress: string; ownerAddress: string }): meta.MetaUnbonding {
    return meta.removeMetaNode(this, ctx, m);
  }
  registrationVote(ctx: Context, m: Parameters<typeof votes.registrationVote>[2]): ReturnType<typeof votes.registrationVote> {
    return votes.registrationVote(this, ctx, m);
  }
  kickVote(ctx: Context, m: Parameters<typeof votes.kickVote>[2]): ReturnType<typeof votes.kickVote> {
    return votes.kickVote(this, ctx, m);
  }

  /**
   * EndBlock (§5): complete matured unbondings (each node in its own cache: a failure is logged in an
   * event and leaves that node as it was), then every 10,000 blocks drop expired kick-vote pools.
   */
  endBlock(ctx: Context): void {
    unbonding.completeMaturedUnbondings(this, ctx);
    votes.pruneExpiredKickVotePools(this, ctx);
  }

  // ---- operations other modules call (named for what they do; register's invariants stay here) ----

  /**
   * MsgPrepay (sds): `noz` of the remaining ozone limit are sold; refuses to take the limit below 0.
   * `remaining`: the limit as the caller read it in this tx to price the sale (sds does); passing it
   * saves a second read of the same key, which would change the tx's gas.
   */
  sellOzone(ctx: Context, noz: bigint, remaining: bigint = this.getRemainingOzoneLimit(ctx)): bigint {
    return ozone.sellOzone(this, ctx, noz, remaining);
  }
  /** Volume report (pot): the `noz` consumed in the epoch return to the sellable limit. */
  returnOzone(ctx: Context, noz: bigint): void {
    ozone.returnOzone(this, ctx, noz);
  }
  /**
   * MsgSlashingResourceNode (pot): adds `debt` (wei) to the wallet's slashing debt; `suspend` sets the
   * node's suspension, and a node newly suspended stops backing ozone: Decrease(effective_tokens),
   * effective_tokens := 0. `node`: the record as the caller read it in this tx (pot checks the node
   * exists first with its own error); passing it saves a second read, which would change the tx's gas.
   * Returns what the slashing event needs.
   */
  slashResourceNode(ctx: Context, s: resource.Slashing): ReturnType<typeof resource.slashResourceNode> {
    return resource.slashResourceNode(this, ctx, s);
  }
  /** Maturing rewards (pot) and unbonding payouts: takes up to `amount` of the wallet's debt; returns the part that pays debt. */
  deductSlashing(ctx: Context, wallet: string, amount: bigint): bigint {
    return slashing.deductSlashing(this, ctx, wallet, amount);
  }
}
