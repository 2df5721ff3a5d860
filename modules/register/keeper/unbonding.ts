// Unbonding (§2.6): entries per node, the queue in maturity order, completion at EndBlock
// (x/register/keeper/unbonding.go).
import { withStore, type Context } from "../../../chain/app/context.ts";
import { CacheKV } from "../../../chain/app/kv.ts";
import { registerErrors } from "../errors.ts";
import { emitCompleteUnbonding } from "../events.ts";
import type { RegisterParams } from "../params.ts";
import { BondStatus, cmpTime, nsToTime, timeToNs, type MetaNode, type ResourceNode, type Time } from "../types.ts";
import { META_NODE_NOT_BONDED_POOL, RESOURCE_NODE_NOT_BONDED_POOL } from "./accounts.ts";
import type { RegisterKeeper } from "./keeper.ts";
import { deductSlashing } from "./slashing.ts";

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

/** Refuses a new entry when the node already has max_entries. */
export function checkEntries(k: RegisterKeeper, ctx: Context, networkAddress: string): void {
  const max = k.getParams(ctx).maxEntries;
  const n = k.getUnbondingNode(ctx, networkAddress)?.entries.length ?? 0;
  if (n >= max) throw registerErrors.maxUnbondingNodeEntries(`node ${networkAddress} already has ${n} unbonding entries (max_entries ${max})`);
}

/**
 * Adds an unbonding entry of `balance` maturing at `matureTime` and queues it. The caller has moved
 * the funds to the not-bonded pool and sets the node Unbonding.
 */
export function addUnbondingEntry(k: RegisterKeeper, ctx: Context, networkAddress: string, isMetaNode: boolean, balance: bigint, matureTime: Time): void {
  const u = k.getUnbondingNode(ctx, networkAddress) ?? { networkAddr: networkAddress, isMetaNode, entries: [] };
  u.entries.push({ creationHeight: ctx.height, completionTime: matureTime, initialBalance: balance, balance });
  k.state.unbondingNodes.set(ctx, networkAddress, u);
  k.state.unbondingQueue.set(ctx, [matureTime, networkAddress]);
}

type QueueKey = [Time, string];

/** Matured unbonding-queue entries (time ≤ now), grouped by node address in queue order. */
export function maturedQueue(k: RegisterKeeper, ctx: Context, now: Time): { address: string; keys: QueueKey[] }[] {
  const q = k.state.unbondingQueue;
  const out: { address: string; keys: QueueKey[] }[] = [];
  for (const key of q.iterate(ctx, { end: q.keyCodec.prefix(nsToTime(timeToNs(now) + 1n)) })) {
    const address = key[1];
    const group = out.find((g) => g.address === address);
    if (group) group.keys.push(key);
    else out.push({ address, keys: [key] });
  }
  return out;
}

/**
 * Completes the node's matured entries: each balance leaves the not-bonded pool, outstanding slashing
 * debt of the owner first (to the community pool), the rest to the owner; node tokens −= balance;
 * zero tokens delete the node; no entries left → unbonding record removed, node (if any) Unbonded.
 */
export function completeUnbonding(k: RegisterKeeper, ctx: Context, networkAddress: string): void {
  const s = k.state;
  const u = k.getUnbondingNode(ctx, networkAddress);
  if (!u) return;
  const now = ctx.time;
  const matured = u.entries.filter((e) => cmpTime(e.completionTime, now) <= 0);
  const remaining = u.entries.filter((e) => cmpTime(e.completionTime, now) > 0);
  const denom = k.bondDenom(ctx);
  const pool = u.isMetaNode ? META_NODE_NOT_BONDED_POOL : RESOURCE_NODE_NOT_BONDED_POOL;
  let paid = 0n;
  for (const e of matured) {
    if (e.balance <= 0n) continue;
    const node = u.isMetaNode ? k.getMetaNode(ctx, networkAddress) : k.getResourceNode(ctx, networkAddress);
    if (!node) throw registerErrors.noUnbondingNode(`unbonding node ${networkAddress} has no node record`);
    const have = k.poolBalance(ctx, pool);
    if (have < e.balance) throw registerErrors.insufficientBalanceOfNotBondedPool(`${pool} holds ${have}${denom}, unbonding ${networkAddress} needs ${e.balance}${denom}`);
    const debt = deductSlashing(k, ctx, node.ownerAddress, e.balance);
    if (debt > 0n) k.distribution.fundCommunityPoolFromModule(ctx, pool, [{ denom, amount: debt }]);
    if (e.balance - debt > 0n) k.bank.sendCoinsFromModuleToAccount(ctx, pool, node.ownerAddress, [{ denom, amount: e.balance - debt }]);
    node.tokens -= e.balance;
    paid += e.balance;
    if (node.tokens <= 0n) {
      if (u.isMetaNode) s.metaNodes.remove(ctx, networkAddress);
      else s.resourceNodes.remove(ctx, networkAddress);
    } else if (u.isMetaNode) s.metaNodes.set(ctx, networkAddress, node as MetaNode);
    else s.resourceNodes.set(ctx, networkAddress, node as ResourceNode);
  }
  if (remaining.length === 0) {
    s.unbondingNodes.remove(ctx, networkAddress);
    if (u.isMetaNode) {
      const m = k.getMetaNode(ctx, networkAddress);
      if (m) s.metaNodes.set(ctx, networkAddress, { ...m, status: BondStatus.Unbonded });
    } else {
      const r = k.getResourceNode(ctx, networkAddress);
      if (r) s.resourceNodes.set(ctx, networkAddress, { ...r, status: BondStatus.Unbonded });
    }
  } else {
    s.unbondingNodes.set(ctx, networkAddress, { ...u, entries: remaining });
  }
  emitCompleteUnbonding(ctx, u.isMetaNode, `${paid}${denom}`, networkAddress);
}

/**
 * EndBlock part: completes matured unbondings, each node in its own cache (a failure is logged in an
 * event and leaves that node as it was).
 */
export function completeMaturedUnbondings(k: RegisterKeeper, ctx: Context): void {
  for (const { address: addr, keys } of maturedQueue(k, ctx, ctx.time)) {
    const cache = new CacheKV(ctx.store);
    const sub = withStore(ctx, cache);
    try {
      // Dequeued inside the node's cache: if completion fails, the entry stays queued and is
      // retried next block instead of leaving the node Unbonding for ever.
      for (const key of keys) k.state.unbondingQueue.remove(sub, key);
      completeUnbonding(k, sub, addr);
      cache.write();
      ctx.events.append(sub.events.events);
    } catch (e) {
      ctx.events.emit("register_unbonding_error", { network_address: addr, error: (e as Error).message });
    }
  }
}
