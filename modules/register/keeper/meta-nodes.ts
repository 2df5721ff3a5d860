// Meta nodes: creation (as a registration candidate), updates, deposit top-ups and unbonding
// (x/register/keeper/meta_node.go). Admission and kicking by vote: votes.ts.
import type { Context } from "../../../chain/app/context.ts";
import { registerErrors } from "../errors.ts";
import { BondStatus, bondStatusText, nsToTime, timeToNs, type Description, type MetaNode, type PubKeyAny, type Time } from "../types.ts";
import { META_NODE_BONDED_POOL, META_NODE_NOT_BONDED_POOL } from "./accounts.ts";
import { checkDenom, prepareTopUp, requireFunds, requireNoNode, type Amount, type TopUp } from "./deposits.ts";
import type { RegisterKeeper } from "./keeper.ts";
import { decreaseOzoneLimitByDeposit, increaseOzoneLimitByDeposit, isUnbondable } from "./ozone.ts";
import { addUnbondingEntry, checkEntries, unbondingMatureTime } from "./unbonding.ts";

/** Bonded and not suspended. */
export const isActiveMetaNode = (node: MetaNode | undefined): boolean => node !== undefined && node.status === BondStatus.Bonded && !node.suspend;

/** The node, which `owner` must own. */
export function ownedMetaNode(k: RegisterKeeper, ctx: Context, networkAddress: string, owner: string): MetaNode {
  const n = k.getMetaNode(ctx, networkAddress);
  if (!n) throw registerErrors.noMetaNodeFound(`meta node ${networkAddress} does not exist`);
  if (n.ownerAddress !== owner) throw registerErrors.invalidOwnerAddr(`${owner} is not the owner of meta node ${networkAddress}`);
  return n;
}

export interface NewMetaNode {
  networkAddress: string;
  /** Already checked to match networkAddress. */
  pubkey: PubKeyAny;
  ownerAddress: string;
  /** Empty: the owner. */
  beneficiaryAddress: string;
  value: Amount;
  description: Description;
  /** Already checked with its proof of possession (README change #8). */
  blsPubKey: Uint8Array;
}

/** A candidate: Unbonded + suspended, deposit in the not-bonded pool, a registration vote pool opened. */
export function createMetaNode(k: RegisterKeeper, ctx: Context, m: NewMetaNode): void {
  requireNoNode(k, ctx, m.networkAddress);
  const denom = checkDenom(k, ctx, m.value.denom, "value");
  requireFunds(k, ctx, m.ownerAddress, m.value.amount, denom);
  k.bank.sendCoinsFromAccountToModule(ctx, m.ownerAddress, META_NODE_NOT_BONDED_POOL, [{ denom, amount: m.value.amount }]);
  k.state.metaNodes.set(ctx, m.networkAddress, {
    networkAddress: m.networkAddress,
    pubkey: m.pubkey,
    suspend: true,
    status: BondStatus.Unbonded,
    tokens: m.value.amount,
    ownerAddress: m.ownerAddress,
    description: m.description,
    creationTime: ctx.time,
    beneficiaryAddress: m.beneficiaryAddress || m.ownerAddress,
    blsPubKey: m.blsPubKey,
  });
  k.state.regVotePools.set(ctx, m.networkAddress, {
    networkAddress: m.networkAddress,
    approveList: [],
    rejectList: [],
    expireTime: nsToTime(timeToNs(ctx.time) + k.getParams(ctx).votingPeriod),
    isVotePassed: false,
  });
}

/** Description, beneficiary (when given), BLS key (when given; empty = unchanged). */
export function updateMetaNode(
  k: RegisterKeeper,
  ctx: Context,
  m: { networkAddress: string; ownerAddress: string; beneficiaryAddress: string; description: Description; blsPubKey: Uint8Array },
): void {
  const n = ownedMetaNode(k, ctx, m.networkAddress, m.ownerAddress);
  if (m.beneficiaryAddress) n.beneficiaryAddress = m.beneficiaryAddress;
  n.description = m.description;
  if (m.blsPubKey.length > 0) n.blsPubKey = m.blsPubKey;
  k.state.metaNodes.set(ctx, m.networkAddress, n);
}

/** Adds to the deposit (into the pool of the node's status); an unsuspended node's addition backs ozone. */
export function updateMetaNodeDeposit(k: RegisterKeeper, ctx: Context, m: { networkAddress: string; ownerAddress: string; delta: Amount }): TopUp {
  const n = ownedMetaNode(k, ctx, m.networkAddress, m.ownerAddress);
  const { denom, availableBefore } = prepareTopUp(k, ctx, m.networkAddress, m.ownerAddress, m.delta, n, "meta");
  const pool = n.status === BondStatus.Bonded ? META_NODE_BONDED_POOL : META_NODE_NOT_BONDED_POOL;
  k.bank.sendCoinsFromAccountToModule(ctx, m.ownerAddress, pool, [{ denom, amount: m.delta.amount }]);
  n.tokens += m.delta.amount;
  k.state.metaNodes.set(ctx, m.networkAddress, n);
  const ozoneLimitChange = n.suspend ? 0n : increaseOzoneLimitByDeposit(k, ctx, m.delta.amount);
  return { denom, tokensAfter: n.tokens, availableBefore, ozoneLimitChange };
}

export interface MetaUnbonding {
  /** noz removed from the limit (≥ 0). */
  ozoneChange: bigint;
  amount: bigint;
  mature: Time;
}

/**
 * Unbonds a meta node (MsgRemoveMetaNode and a passed kick vote): a Bonded node's available deposit
 * moves to the not-bonded pool and stops backing ozone; a pending candidate's deposit just unbonds.
 */
export function unbondMetaNode(k: RegisterKeeper, ctx: Context, node: MetaNode): MetaUnbonding {
  const s = k.state;
  const addr = node.networkAddress;
  const available = node.tokens - k.unbondingBalance(ctx, addr);
  const denom = k.bondDenom(ctx);
  if (available <= 0n) throw registerErrors.insufficientBalance(`meta node ${addr} has no deposit available to unbond`);
  checkEntries(k, ctx, addr);
  const params = k.getParams(ctx);
  const mature = unbondingMatureTime(params, node.status, node.creationTime, ctx.time);
  let ozoneChange = 0n;
  if (node.status === BondStatus.Bonded) {
    if (node.suspend) throw registerErrors.invalidSuspensionStatForUnbondNode(`meta node ${addr} is suspended and cannot be unbonded`);
    if (!isUnbondable(k, ctx, available)) {
      throw registerErrors.insufficientBalance(`unbonding ${available}${denom} of meta node ${addr} would drive the remaining ozone limit (${k.getRemainingOzoneLimit(ctx)} noz) negative`);
    }
    k.bank.sendCoinsFromModuleToModule(ctx, META_NODE_BONDED_POOL, META_NODE_NOT_BONDED_POOL, [{ denom, amount: available }]);
    ozoneChange = decreaseOzoneLimitByDeposit(k, ctx, available);
    s.bondedMetaNodeCount.set(ctx, k.getBondedMetaNodeCount(ctx) - 1n);
  } else if (node.status === BondStatus.Unbonded) {
    const pool = k.getRegVotePool(ctx, addr);
    if (!node.suspend || pool?.isVotePassed) throw registerErrors.invalidNodeStat(`meta node ${addr} is Unbonded but not a pending candidate`);
  } else {
    throw registerErrors.invalidNodeStat(`meta node ${addr} is ${bondStatusText(node.status)}; only Bonded nodes and pending candidates can be removed`);
  }
  addUnbondingEntry(k, ctx, addr, true, available, mature);
  s.metaNodes.set(ctx, addr, { ...node, status: BondStatus.Unbonding });
  s.regVotePools.remove(ctx, addr);
  return { ozoneChange, amount: available, mature };
}

/** MsgRemoveMetaNode. */
export function removeMetaNode(k: RegisterKeeper, ctx: Context, m: { networkAddress: string; ownerAddress: string }): MetaUnbonding {
  return unbondMetaNode(k, ctx, ownedMetaNode(k, ctx, m.networkAddress, m.ownerAddress));
}
