import { withStore, type Context } from "../../chain/app/context.ts";
import { CacheKV, concatBytes, PrefixKV, type KVStore } from "../../chain/app/kv.ts";
import { accAddressFromBech32, accAddressToBech32, moduleAddress } from "../../chain/types/address.ts";
import { Dec } from "../../chain/types/dec.ts";
import type { AuthKeeper } from "../auth/keeper.ts";
import type { BankKeeper } from "../bank/keeper.ts";
import { registerErrors } from "./errors.ts";
import { emitCompleteUnbonding } from "./events.ts";
import { decodeRegisterParams, defaultRegisterParams, encodeRegisterParams, type RegisterParams } from "./params.ts";
import {
  BondStatus,
  cmpTime,
  decodeKickPool,
  decodeMetaNode,
  decodeRegPool,
  decodeResourceNode,
  decodeUnbondingNode,
  encodeKickPool,
  encodeMetaNode,
  encodeRegPool,
  encodeResourceNode,
  encodeUnbondingNode,
  nsToTime,
  sdsAddressBytes,
  sdsAddressFromBytes,
  timeToNs,
  type MetaNode,
  type ResourceNode,
  type Time,
  type UnbondingNode,
  type VotePool,
} from "./types.ts";

export const REGISTER_STORE_PREFIX = new TextEncoder().encode("register/");

// Module accounts (§2.2) and the community-pool holder.
export const RESOURCE_NODE_BONDED_POOL = "resource_node_bonded_pool";
export const RESOURCE_NODE_NOT_BONDED_POOL = "resource_node_not_bonded_pool";
export const META_NODE_BONDED_POOL = "meta_node_bonded_pool";
export const META_NODE_NOT_BONDED_POOL = "meta_node_not_bonded_pool";
export const TOTAL_UNISSUED_PREPAY = "total_unissued_prepay";
/**
 * There is no distribution module yet: the `distribution` module account (permissions ["burner"], as
 * the SDK's) holds the community pool. Slashing debt deducted from unbonding payouts is sent there.
 */
export const COMMUNITY_POOL = "distribution";

/** Every module account register uses, with the permissions of spec §7. */
export const registerModuleAccounts: [string, string[]][] = [
  [RESOURCE_NODE_BONDED_POOL, ["minter"]],
  [RESOURCE_NODE_NOT_BONDED_POOL, ["minter"]],
  [META_NODE_BONDED_POOL, ["minter"]],
  [META_NODE_NOT_BONDED_POOL, ["minter"]],
  [TOTAL_UNISSUED_PREPAY, ["minter"]],
  [COMMUNITY_POOL, ["burner"]],
];

// Store layout under "register/" (stratos-chain's prefixes, §2.1).
const RESOURCE_NODE = 0x01;
const META_NODE = 0x02;
const REG_VOTE_POOL = 0x03;
const REMAINING_OZONE_LIMIT = Uint8Array.of(0x04);
const SLASHING = 0x05;
const DEPOSIT_NOZ_RATE = Uint8Array.of(0x07);
const BONDED_META_COUNT = Uint8Array.of(0x08);
const BONDED_RESOURCE_COUNT = Uint8Array.of(0x09);
const EFFECTIVE_TOTAL_DEPOSIT = Uint8Array.of(0x10);
const UNBONDING_NODE = 0x11;
/** 0x12 ‖ seconds(8, big-endian) ‖ nanos(4) ‖ addr20 → empty: the unbonding queue in time order. */
const UNBONDING_QUEUE = 0x12;
const KICK_VOTE_POOL = 0x13;
const PARAMS = Uint8Array.of(0x20);
/** Ours (README change #10): the account allowed to send MsgUpdateParams until a gov module exists. */
const AUTHORITY = Uint8Array.of(0x21);

const enc = new TextEncoder();
const dec = new TextDecoder();
const intBytes = (n: bigint) => enc.encode(n.toString());
const bytesInt = (b: Uint8Array | undefined) => (b ? BigInt(dec.decode(b)) : 0n);
const key = (prefix: number, rest: Uint8Array) => concatBytes(Uint8Array.of(prefix), rest);

function timeKey(t: Time): Uint8Array {
  const b = new Uint8Array(12);
  const v = new DataView(b.buffer);
  v.setBigUint64(0, t.seconds < 0n ? 0n : t.seconds);
  v.setUint32(8, t.nanos);
  return b;
}

/** floor(2N/3)+1: approvals a registration or kick vote needs, N = active meta nodes. */
export const voteThreshold = (n: bigint): bigint => (2n * n) / 3n + 1n;

/**
 * Unbonding mature time (§2.6): Unbonded → creation + completion; otherwise creation + threshold +
 * completion while the node is younger than the threshold, else now + completion.
 */
export function unbondingMatureTime(params: RegisterParams, status: BondStatus, creation: Time, now: Time): Time {
  const c = timeToNs(creation);
  if (status === BondStatus.Unbonded) return nsToTime(c + params.unbondingCompletionTime);
  if (c + params.unbondingThreasholdTime > timeToNs(now)) return nsToTime(c + params.unbondingThreasholdTime + params.unbondingCompletionTime);
  return nsToTime(timeToNs(now) + params.unbondingCompletionTime);
}

/** Owns the "register/" prefix. Every ratio is a Dec; no caches: everything is read from state. */
export class RegisterKeeper {
  constructor(
    readonly auth: AuthKeeper,
    readonly bank: BankKeeper,
  ) {}

  private store(ctx: Context): KVStore {
    return new PrefixKV(ctx.store, REGISTER_STORE_PREFIX);
  }

  // ---- params / authority --------------------------------------------------------------------

  getParams(ctx: Context): RegisterParams {
    const raw = this.store(ctx).get(PARAMS);
    return raw ? decodeRegisterParams(raw) : defaultRegisterParams;
  }
  setParams(ctx: Context, p: RegisterParams): void {
    this.store(ctx).set(PARAMS, encodeRegisterParams(p));
  }
  bondDenom(ctx: Context): string {
    return this.getParams(ctx).bondDenom;
  }
  /** Default: the gov module address (nobody can sign for it until gov exists). */
  getAuthority(ctx: Context): string {
    const raw = this.store(ctx).get(AUTHORITY);
    return raw ? dec.decode(raw) : defaultAuthority();
  }
  setAuthority(ctx: Context, a: string): void {
    this.store(ctx).set(AUTHORITY, enc.encode(a));
  }

  // ---- nodes -----------------------------------------------------------------------------------

  getResourceNode(ctx: Context, networkAddress: string): ResourceNode | undefined {
    const raw = this.store(ctx).get(key(RESOURCE_NODE, sdsAddressBytes(networkAddress)));
    return raw ? decodeResourceNode(raw) : undefined;
  }
  setResourceNode(ctx: Context, n: ResourceNode): void {
    this.store(ctx).set(key(RESOURCE_NODE, sdsAddressBytes(n.networkAddress)), encodeResourceNode(n));
  }
  deleteResourceNode(ctx: Context, networkAddress: string): void {
    this.store(ctx).delete(key(RESOURCE_NODE, sdsAddressBytes(networkAddress)));
  }
  *allResourceNodes(ctx: Context): Iterable<ResourceNode> {
    for (const [, v] of new PrefixKV(this.store(ctx), Uint8Array.of(RESOURCE_NODE)).iterate(new Uint8Array())) yield decodeResourceNode(v);
  }
  getMetaNode(ctx: Context, networkAddress: string): MetaNode | undefined {
    const raw = this.store(ctx).get(key(META_NODE, sdsAddressBytes(networkAddress)));
    return raw ? decodeMetaNode(raw) : undefined;
  }
  setMetaNode(ctx: Context, n: MetaNode): void {
    this.store(ctx).set(key(META_NODE, sdsAddressBytes(n.networkAddress)), encodeMetaNode(n));
  }
  /** The meta node's registered BLS12-381 G1 public key (48 bytes); undefined if no such node or no key. */
  metaNodeBlsKey(ctx: Context, networkAddress: string): Uint8Array | undefined {
    const k = this.getMetaNode(ctx, networkAddress)?.blsPubKey;
    return k && k.length > 0 ? k : undefined;
  }
  deleteMetaNode(ctx: Context, networkAddress: string): void {
    this.store(ctx).delete(key(META_NODE, sdsAddressBytes(networkAddress)));
  }
  *allMetaNodes(ctx: Context): Iterable<MetaNode> {
    for (const [, v] of new PrefixKV(this.store(ctx), Uint8Array.of(META_NODE)).iterate(new Uint8Array())) yield decodeMetaNode(v);
  }

  /** Bonded and not suspended. */
  isActiveMetaNode(node: MetaNode | undefined): boolean {
    return node !== undefined && node.status === BondStatus.Bonded && !node.suspend;
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
    return bytesInt(this.store(ctx).get(BONDED_META_COUNT));
  }
  setBondedMetaNodeCount(ctx: Context, n: bigint): void {
    this.store(ctx).set(BONDED_META_COUNT, intBytes(n));
  }
  getBondedResourceNodeCount(ctx: Context): bigint {
    return bytesInt(this.store(ctx).get(BONDED_RESOURCE_COUNT));
  }
  setBondedResourceNodeCount(ctx: Context, n: bigint): void {
    this.store(ctx).set(BONDED_RESOURCE_COUNT, intBytes(n));
  }

  // ---- ozone limit (§2.4) -------------------------------------------------------------------------

  getRemainingOzoneLimit(ctx: Context): bigint {
    return bytesInt(this.store(ctx).get(REMAINING_OZONE_LIMIT));
  }
  setRemainingOzoneLimit(ctx: Context, v: bigint): void {
    this.store(ctx).set(REMAINING_OZONE_LIMIT, intBytes(v));
  }
  getEffectiveTotalDeposit(ctx: Context): bigint {
    return bytesInt(this.store(ctx).get(EFFECTIVE_TOTAL_DEPOSIT));
  }
  setEffectiveTotalDeposit(ctx: Context, v: bigint): void {
    this.store(ctx).set(EFFECTIVE_TOTAL_DEPOSIT, intBytes(v));
  }
  getDepositNozRate(ctx: Context): Dec {
    const raw = this.store(ctx).get(DEPOSIT_NOZ_RATE);
    return raw ? Dec.fromProtoString(dec.decode(raw)) : DEFAULT_DEPOSIT_NOZ_RATE;
  }
  setDepositNozRate(ctx: Context, r: Dec): void {
    this.store(ctx).set(DEPOSIT_NOZ_RATE, enc.encode(r.toProtoString()));
  }

  /**
   * Increase(d): St += d; Lt := trunc(Lt + d/R); returns trunc(d/R). README change #1: the limit grows
   * also when St was 0 (Stratos skips the first deposit).
   */
  increaseOzoneLimitByDeposit(ctx: Context, d: bigint): bigint {
    this.setEffectiveTotalDeposit(ctx, this.getEffectiveTotalDeposit(ctx) + d);
    const add = Dec.fromInt(d).quo(this.getDepositNozRate(ctx));
    this.setRemainingOzoneLimit(ctx, Dec.fromInt(this.getRemainingOzoneLimit(ctx)).add(add).truncateInt());
    return add.truncateInt();
  }

  /** Decrease(d): St −= d; unless St was 0, Lt := trunc(Lt − d/R); returns trunc(d/R) (0 when St was 0). */
  decreaseOzoneLimitByDeposit(ctx: Context, d: bigint): bigint {
    const before = this.getEffectiveTotalDeposit(ctx);
    this.setEffectiveTotalDeposit(ctx, before - d);
    if (before === 0n) return 0n;
    const sub = Dec.fromInt(d).quo(this.getDepositNozRate(ctx));
    this.setRemainingOzoneLimit(ctx, Dec.fromInt(this.getRemainingOzoneLimit(ctx)).sub(sub).truncateInt());
    return sub.truncateInt();
  }

  /** Lt ≥ d/R (decimal comparison): removing d of deposit would not drive the limit negative. */
  isUnbondable(ctx: Context, d: bigint): boolean {
    return Dec.fromInt(this.getRemainingOzoneLimit(ctx)).gte(Dec.fromInt(d).quo(this.getDepositNozRate(ctx)));
  }

  // ---- operations other modules call (named for what they do; register's invariants stay here) ----

  /**
   * MsgPrepay (sds): `noz` of the remaining ozone limit are sold; refuses to take the limit below 0.
   * `remaining`: the limit as the caller read it in this tx to price the sale (sds does); passing it
   * saves a second read of the same key, which would change the tx's gas.
   */
  sellOzone(ctx: Context, noz: bigint, remaining: bigint = this.getRemainingOzoneLimit(ctx)): bigint {
    if (noz < 0n) throw registerErrors.remainingNozLimit(`cannot sell a negative amount of ozone (${noz} noz)`);
    if (noz > remaining) throw registerErrors.remainingNozLimit(`not enough remaining ozone limit: selling ${noz} noz, ${remaining} left`);
    this.setRemainingOzoneLimit(ctx, remaining - noz);
    return remaining - noz;
  }

  /** Volume report (pot): the `noz` consumed in the epoch return to the sellable limit. */
  returnOzone(ctx: Context, noz: bigint): void {
    if (noz < 0n) throw registerErrors.remainingNozLimit(`cannot return a negative amount of ozone (${noz} noz)`);
    this.setRemainingOzoneLimit(ctx, this.getRemainingOzoneLimit(ctx) + noz);
  }

  /**
   * MsgSlashingResourceNode (pot): adds `debt` (wei) to the wallet's slashing debt; `suspend` sets the
   * node's suspension, and a node newly suspended stops backing ozone: Decrease(effective_tokens),
   * effective_tokens := 0. `node`: the record as the caller read it in this tx (pot checks the node
   * exists first with its own error); passing it saves a second read, which would change the tx's gas.
   * Returns what the slashing event needs.
   */
  slashResourceNode(
    ctx: Context,
    s: { networkAddress: string; walletAddress: string; debt: bigint; suspend: boolean; node?: ResourceNode },
  ): { nodeType: number; debt: bigint; suspended: boolean; ozoneLimitChange: bigint } {
    if (s.debt < 0n) throw registerErrors.invalidAmount(`slashing debt must not be negative, got ${s.debt}`);
    const node = s.node ?? this.getResourceNode(ctx, s.networkAddress);
    if (!node) throw registerErrors.noResourceNodeFound(`resource node ${s.networkAddress} does not exist`);
    if (node.networkAddress !== s.networkAddress) throw registerErrors.invalidNetworkAddr(`slashing ${s.networkAddress} was given the record of ${node.networkAddress}`);
    this.setSlashing(ctx, s.walletAddress, this.getSlashing(ctx, s.walletAddress) + s.debt);
    let ozoneLimitChange = 0n;
    const updated = { ...node };
    if (!node.suspend && s.suspend) {
      ozoneLimitChange = -this.decreaseOzoneLimitByDeposit(ctx, node.effectiveTokens);
      updated.effectiveTokens = 0n;
    }
    updated.suspend = s.suspend;
    this.setResourceNode(ctx, updated);
    return { nodeType: node.nodeType, debt: s.debt, suspended: s.suspend, ozoneLimitChange };
  }

  /** Pt: bank balance (bond denom) of total_unissued_prepay. */
  totalUnissuedPrepay(ctx: Context): bigint {
    return this.bank.getBalance(ctx, this.auth.moduleAccountAddress(TOTAL_UNISSUED_PREPAY), this.bondDenom(ctx));
  }
  poolBalance(ctx: Context, pool: string): bigint {
    return this.bank.getBalance(ctx, this.auth.moduleAccountAddress(pool), this.bondDenom(ctx));
  }

  // ---- slashing debt (§2.7) -------------------------------------------------------------------------

  getSlashing(ctx: Context, wallet: string): bigint {
    return bytesInt(this.store(ctx).get(key(SLASHING, accAddressFromBech32(wallet))));
  }
  setSlashing(ctx: Context, wallet: string, v: bigint): void {
    const k = key(SLASHING, accAddressFromBech32(wallet));
    if (v <= 0n) this.store(ctx).delete(k);
    else this.store(ctx).set(k, intBytes(v));
  }
  *allSlashing(ctx: Context): Iterable<{ wallet: string; value: bigint }> {
    for (const [k, v] of new PrefixKV(this.store(ctx), Uint8Array.of(SLASHING)).iterate(new Uint8Array())) {
      yield { wallet: accAddressToBech32(k), value: bytesInt(v) };
    }
  }
  /** Takes up to `amount` of the wallet's debt; returns the part of `amount` that pays debt. */
  deductSlashing(ctx: Context, wallet: string, amount: bigint): bigint {
    const debt = this.getSlashing(ctx, wallet);
    const taken = debt >= amount ? amount : debt;
    this.setSlashing(ctx, wallet, debt - taken);
    return taken;
  }

  // ---- vote pools ---------------------------------------------------------------------------------

  getRegVotePool(ctx: Context, candidate: string): VotePool | undefined {
    const raw = this.store(ctx).get(key(REG_VOTE_POOL, sdsAddressBytes(candidate)));
    return raw ? decodeRegPool(raw) : undefined;
  }
  setRegVotePool(ctx: Context, p: VotePool): void {
    this.store(ctx).set(key(REG_VOTE_POOL, sdsAddressBytes(p.networkAddress)), encodeRegPool(p));
  }
  deleteRegVotePool(ctx: Context, candidate: string): void {
    this.store(ctx).delete(key(REG_VOTE_POOL, sdsAddressBytes(candidate)));
  }
  *allRegVotePools(ctx: Context): Iterable<VotePool> {
    for (const [, v] of new PrefixKV(this.store(ctx), Uint8Array.of(REG_VOTE_POOL)).iterate(new Uint8Array())) yield decodeRegPool(v);
  }
  getKickVotePool(ctx: Context, target: string): VotePool | undefined {
    const raw = this.store(ctx).get(key(KICK_VOTE_POOL, sdsAddressBytes(target)));
    return raw ? decodeKickPool(raw) : undefined;
  }
  setKickVotePool(ctx: Context, p: VotePool): void {
    this.store(ctx).set(key(KICK_VOTE_POOL, sdsAddressBytes(p.networkAddress)), encodeKickPool(p));
  }
  deleteKickVotePool(ctx: Context, target: string): void {
    this.store(ctx).delete(key(KICK_VOTE_POOL, sdsAddressBytes(target)));
  }
  *allKickVotePools(ctx: Context): Iterable<VotePool> {
    for (const [, v] of new PrefixKV(this.store(ctx), Uint8Array.of(KICK_VOTE_POOL)).iterate(new Uint8Array())) yield decodeKickPool(v);
  }

  // ---- unbonding (§2.6) -------------------------------------------------------------------------------

  getUnbondingNode(ctx: Context, networkAddress: string): UnbondingNode | undefined {
    const raw = this.store(ctx).get(key(UNBONDING_NODE, sdsAddressBytes(networkAddress)));
    return raw ? decodeUnbondingNode(raw) : undefined;
  }
  setUnbondingNode(ctx: Context, u: UnbondingNode): void {
    this.store(ctx).set(key(UNBONDING_NODE, sdsAddressBytes(u.networkAddr)), encodeUnbondingNode(u));
  }
  deleteUnbondingNode(ctx: Context, networkAddress: string): void {
    this.store(ctx).delete(key(UNBONDING_NODE, sdsAddressBytes(networkAddress)));
  }
  *allUnbondingNodes(ctx: Context): Iterable<UnbondingNode> {
    for (const [, v] of new PrefixKV(this.store(ctx), Uint8Array.of(UNBONDING_NODE)).iterate(new Uint8Array())) yield decodeUnbondingNode(v);
  }
  /** Σ balances of the node's unbonding entries. */
  unbondingBalance(ctx: Context, networkAddress: string): bigint {
    let s = 0n;
    for (const e of this.getUnbondingNode(ctx, networkAddress)?.entries ?? []) s += e.balance;
    return s;
  }
  insertUnbondingQueue(ctx: Context, networkAddress: string, at: Time): void {
    this.store(ctx).set(concatBytes(Uint8Array.of(UNBONDING_QUEUE), timeKey(at), sdsAddressBytes(networkAddress)), Uint8Array.of(1));
  }

  /**
   * Adds an unbonding entry of `balance` maturing at `matureTime`, queues the node, status := Unbonding.
   * The caller has moved the funds to the not-bonded pool.
   */
  addUnbondingEntry(ctx: Context, networkAddress: string, isMetaNode: boolean, balance: bigint, matureTime: Time): void {
    const u = this.getUnbondingNode(ctx, networkAddress) ?? { networkAddr: networkAddress, isMetaNode, entries: [] };
    u.entries.push({ creationHeight: ctx.height, completionTime: matureTime, initialBalance: balance, balance });
    this.setUnbondingNode(ctx, u);
    this.insertUnbondingQueue(ctx, networkAddress, matureTime);
  }

  /** Entries of the queue with time ≤ now, removed from the queue; addresses in queue order, distinct. */
  /** Matured unbonding-queue entries (time ≤ now), grouped by node address in queue order. */
  maturedQueue(ctx: Context, now: Time): { address: string; keys: Uint8Array[] }[] {
    const s = this.store(ctx);
    const start = Uint8Array.of(UNBONDING_QUEUE);
    const end = concatBytes(start, timeKey(nsToTime(timeToNs(now) + 1n)));
    const out: { address: string; keys: Uint8Array[] }[] = [];
    for (const [k] of s.iterate(start, end)) {
      const key = Uint8Array.from(k);
      const address = sdsAddressFromBytes(key.subarray(13));
      const group = out.find((g) => g.address === address);
      if (group) group.keys.push(key);
      else out.push({ address, keys: [key] });
    }
    return out;
  }

  dequeue(ctx: Context, keys: Uint8Array[]): void {
    const s = this.store(ctx);
    for (const k of keys) s.delete(k);
  }

  /**
   * Completes the node's matured entries: each balance leaves the not-bonded pool, outstanding slashing
   * debt of the owner first (to the community pool), the rest to the owner; node tokens −= balance;
   * zero tokens delete the node; no entries left → unbonding record removed, node (if any) Unbonded.
   */
  completeUnbonding(ctx: Context, networkAddress: string): void {
    const u = this.getUnbondingNode(ctx, networkAddress);
    if (!u) return;
    const now = ctx.time;
    const matured = u.entries.filter((e) => cmpTime(e.completionTime, now) <= 0);
    const remaining = u.entries.filter((e) => cmpTime(e.completionTime, now) > 0);
    const denom = this.bondDenom(ctx);
    const pool = u.isMetaNode ? META_NODE_NOT_BONDED_POOL : RESOURCE_NODE_NOT_BONDED_POOL;
    let paid = 0n;
    for (const e of matured) {
      if (e.balance <= 0n) continue;
      const node = u.isMetaNode ? this.getMetaNode(ctx, networkAddress) : this.getResourceNode(ctx, networkAddress);
      if (!node) throw registerErrors.noUnbondingNode(`unbonding node ${networkAddress} has no node record`);
      const have = this.poolBalance(ctx, pool);
      if (have < e.balance) throw registerErrors.insufficientBalanceOfNotBondedPool(`${pool} holds ${have}${denom}, unbonding ${networkAddress} needs ${e.balance}${denom}`);
      const debt = this.deductSlashing(ctx, node.ownerAddress, e.balance);
      if (debt > 0n) this.bank.sendCoinsFromModuleToModule(ctx, pool, COMMUNITY_POOL, [{ denom, amount: debt }]);
      if (e.balance - debt > 0n) this.bank.sendCoinsFromModuleToAccount(ctx, pool, node.ownerAddress, [{ denom, amount: e.balance - debt }]);
      node.tokens -= e.balance;
      paid += e.balance;
      if (node.tokens <= 0n) {
        if (u.isMetaNode) this.deleteMetaNode(ctx, networkAddress);
        else this.deleteResourceNode(ctx, networkAddress);
      } else if (u.isMetaNode) this.setMetaNode(ctx, node as MetaNode);
      else this.setResourceNode(ctx, node as ResourceNode);
    }
    if (remaining.length === 0) {
      this.deleteUnbondingNode(ctx, networkAddress);
      if (u.isMetaNode) {
        const m = this.getMetaNode(ctx, networkAddress);
        if (m) this.setMetaNode(ctx, { ...m, status: BondStatus.Unbonded });
      } else {
        const r = this.getResourceNode(ctx, networkAddress);
        if (r) this.setResourceNode(ctx, { ...r, status: BondStatus.Unbonded });
      }
    } else {
      this.setUnbondingNode(ctx, { ...u, entries: remaining });
    }
    emitCompleteUnbonding(ctx, u.isMetaNode, `${paid}${denom}`, networkAddress);
  }

  /**
   * EndBlock (§5): complete matured unbondings (each node in its own cache: a failure is logged in an
   * event and leaves that node as it was), then every 10,000 blocks drop expired kick-vote pools.
   */
  endBlock(ctx: Context): void {
    for (const { address: addr, keys } of this.maturedQueue(ctx, ctx.time)) {
      const cache = new CacheKV(ctx.store);
      const sub = withStore(ctx, cache);
      try {
        // Dequeued inside the node's cache: if completion fails, the entry stays queued and is
        // retried next block instead of leaving the node Unbonding for ever.
        this.dequeue(sub, keys);
        this.completeUnbonding(sub, addr);
        cache.write();
        ctx.events.append(sub.events.events);
      } catch (e) {
        ctx.events.emit("register_unbonding_error", { network_address: addr, error: (e as Error).message });
      }
    }
    if (ctx.height % 10_000n === 0n) {
      for (const p of [...this.allKickVotePools(ctx)]) if (cmpTime(p.expireTime, ctx.time) < 0) this.deleteKickVotePool(ctx, p.networkAddress);
    }
  }
}

export const DEFAULT_DEPOSIT_NOZ_RATE = Dec.fromInt(1_000_000n);

export const defaultAuthority = (): string => accAddressToBech32(moduleAddress("gov"));
