// Resource nodes: creation, updates, deposit top-ups, the effective deposit meta nodes report,
// removal (unbonding) and slashing (x/register/keeper/resource_node.go).
import type { Context } from "../../../chain/app/context.ts";
import { registerErrors } from "../errors.ts";
import { BondStatus, bondStatusText, type Description, type PubKeyAny, type ResourceNode, type Time } from "../types.ts";
import { RESOURCE_NODE_BONDED_POOL, RESOURCE_NODE_NOT_BONDED_POOL } from "./accounts.ts";
import { checkDenom, coinStr, prepareTopUp, requireFunds, requireNoNode, type Amount, type TopUp } from "./deposits.ts";
import type { RegisterKeeper } from "./keeper.ts";
import { decreaseOzoneLimitByDeposit, increaseOzoneLimitByDeposit, isUnbondable } from "./ozone.ts";
import { setSlashingDebt } from "./slashing.ts";
import { addUnbondingEntry, checkEntries, unbondingMatureTime } from "./unbonding.ts";

/** The node, which `owner` must own. */
export function ownedResourceNode(k: RegisterKeeper, ctx: Context, networkAddress: string, owner: string): ResourceNode {
  const n = k.getResourceNode(ctx, networkAddress);
  if (!n) throw registerErrors.noResourceNodeFound(`resource node ${networkAddress} does not exist`);
  if (n.ownerAddress !== owner) throw registerErrors.invalidOwnerAddr(`${owner} is not the owner of resource node ${networkAddress}`);
  return n;
}

export interface NewResourceNode {
  networkAddress: string;
  /** Already checked to match networkAddress. */
  pubkey: PubKeyAny;
  ownerAddress: string;
  /** Empty: the owner. */
  beneficiaryAddress: string;
  value: Amount;
  description: Description;
  nodeType: number;
}

/**
 * Created Unbonded + suspended; the deposit goes in through not-bonded and the node is promoted to
 * Bonded at once, funds ending in the bonded pool. No ozone change (suspended).
 */
export function createResourceNode(k: RegisterKeeper, ctx: Context, m: NewResourceNode): { denom: string } {
  const params = k.getParams(ctx);
  if (!params.resourceNodeRegEnabled) throw registerErrors.resourceNodeRegDisabled("resource node registration is disabled");
  requireNoNode(k, ctx, m.networkAddress);
  const value = m.value;
  const denom = checkDenom(k, ctx, value.denom, "value");
  const min = params.resourceNodeMinDeposit;
  if (value.amount < min.amount) throw registerErrors.insufficientDeposit(`resource node min deposit is ${coinStr(min.amount, min.denom)}, got ${coinStr(value.amount, value.denom)}`);
  requireFunds(k, ctx, m.ownerAddress, value.amount, denom);
  k.bank.sendCoinsFromAccountToModule(ctx, m.ownerAddress, RESOURCE_NODE_NOT_BONDED_POOL, [{ denom, amount: value.amount }]);
  k.bank.sendCoinsFromModuleToModule(ctx, RESOURCE_NODE_NOT_BONDED_POOL, RESOURCE_NODE_BONDED_POOL, [{ denom, amount: value.amount }]);
  k.state.resourceNodes.set(ctx, m.networkAddress, {
    networkAddress: m.networkAddress,
    pubkey: m.pubkey,
    suspend: true,
    status: BondStatus.Bonded,
    tokens: value.amount,
    ownerAddress: m.ownerAddress,
    description: m.description,
    creationTime: ctx.time,
    nodeType: m.nodeType,
    effectiveTokens: 0n,
    beneficiaryAddress: m.beneficiaryAddress || m.ownerAddress,
  });
  k.state.bondedResourceNodeCount.set(ctx, k.getBondedResourceNodeCount(ctx) + 1n);
  return { denom };
}

/** Description, beneficiary (when given) and node type (when not 0). Returns the updated node. */
export function updateResourceNode(
  k: RegisterKeeper,
  ctx: Context,
  m: { networkAddress: string; ownerAddress: string; beneficiaryAddress: string; description: Description; nodeType: number },
): ResourceNode {
  const n = ownedResourceNode(k, ctx, m.networkAddress, m.ownerAddress);
  if (m.beneficiaryAddress) n.beneficiaryAddress = m.beneficiaryAddress;
  n.description = m.description;
  if (m.nodeType !== 0) n.nodeType = m.nodeType;
  k.state.resourceNodes.set(ctx, m.networkAddress, n);
  return n;
}

/** Adds to the deposit; a node that is not Bonded becomes Bonded with all its tokens in the bonded pool. */
export function updateResourceNodeDeposit(k: RegisterKeeper, ctx: Context, m: { networkAddress: string; ownerAddress: string; delta: Amount }): TopUp {
  const n = ownedResourceNode(k, ctx, m.networkAddress, m.ownerAddress);
  const { denom, availableBefore } = prepareTopUp(k, ctx, m.networkAddress, m.ownerAddress, m.delta, n, "resource");
  const amount = m.delta.amount;
  if (n.status === BondStatus.Bonded) {
    k.bank.sendCoinsFromAccountToModule(ctx, m.ownerAddress, RESOURCE_NODE_BONDED_POOL, [{ denom, amount }]);
    n.tokens += amount;
  } else {
    k.bank.sendCoinsFromAccountToModule(ctx, m.ownerAddress, RESOURCE_NODE_NOT_BONDED_POOL, [{ denom, amount }]);
    n.tokens += amount;
    k.bank.sendCoinsFromModuleToModule(ctx, RESOURCE_NODE_NOT_BONDED_POOL, RESOURCE_NODE_BONDED_POOL, [{ denom, amount: n.tokens }]);
    n.status = BondStatus.Bonded;
    k.state.bondedResourceNodeCount.set(ctx, k.getBondedResourceNodeCount(ctx) + 1n);
  }
  k.state.resourceNodes.set(ctx, m.networkAddress, n);
  return { denom, tokensAfter: n.tokens, availableBefore, ozoneLimitChange: 0n };
}

/**
 * The effective deposit reported by meta nodes (change #3: every (reporter, owner) pair is an active
 * meta node of that owner): unsuspends the node; St and Lt follow the change.
 */
export function updateEffectiveDeposit(
  k: RegisterKeeper,
  ctx: Context,
  m: { networkAddress: string; reporters: readonly string[]; reporterOwners: readonly string[]; effectiveTokens: bigint },
): { isUnsuspended: boolean } {
  const eff = m.effectiveTokens;
  if (eff <= 0n) throw registerErrors.invalidEffectiveToken("effective_tokens must be positive");
  m.reporters.forEach((r, i) => {
    const meta = k.getMetaNode(ctx, r);
    if (!meta || meta.ownerAddress !== m.reporterOwners[i] || !k.isActiveMetaNode(meta)) {
      throw registerErrors.reporterAddressOrOwner(`reporter ${r} is not an active meta node owned by ${m.reporterOwners[i]}`);
    }
  });
  const n = k.getResourceNode(ctx, m.networkAddress);
  if (!n) throw registerErrors.noResourceNodeFound(`resource node ${m.networkAddress} does not exist`);
  const available = n.tokens - k.unbondingBalance(ctx, m.networkAddress);
  if (available <= 0n) throw registerErrors.insufficientBalance(`resource node ${m.networkAddress} has no available deposit`);
  if (eff > available) throw registerErrors.invalidEffectiveToken(`effective_tokens ${eff} exceeds the node's available deposit ${available}`);
  const isUnsuspended = n.suspend && n.effectiveTokens === 0n;
  const delta = eff - n.effectiveTokens;
  n.effectiveTokens = eff;
  n.suspend = false;
  k.state.resourceNodes.set(ctx, m.networkAddress, n);
  if (delta > 0n) increaseOzoneLimitByDeposit(k, ctx, delta);
  else if (delta < 0n && isUnbondable(k, ctx, -delta)) decreaseOzoneLimitByDeposit(k, ctx, -delta);
  return { isUnsuspended };
}

/**
 * Unbonds the node's available deposit (change #4: requires IsUnbondable(effective_tokens), then the
 * effective deposit stops backing ozone).
 */
export function removeResourceNode(k: RegisterKeeper, ctx: Context, m: { networkAddress: string; ownerAddress: string }): { amount: bigint; denom: string; mature: Time } {
  const addr = m.networkAddress;
  const n = ownedResourceNode(k, ctx, addr, m.ownerAddress);
  checkEntries(k, ctx, addr);
  const available = n.tokens - k.unbondingBalance(ctx, addr);
  if (available <= 0n) throw registerErrors.insufficientBalance(`resource node ${addr} has no deposit available to unbond`);
  if (n.status !== BondStatus.Bonded) throw registerErrors.invalidNodeStat(`resource node ${addr} is ${bondStatusText(n.status)}; only Bonded nodes can be removed`);
  if (!isUnbondable(k, ctx, n.effectiveTokens)) {
    throw registerErrors.insufficientBalance(
      `resource node ${addr} backs ${n.effectiveTokens}wei of effective deposit; removing it would drive the remaining ozone limit (${k.getRemainingOzoneLimit(ctx)} noz) negative`,
    );
  }
  const denom = k.bondDenom(ctx);
  if (n.effectiveTokens > 0n) decreaseOzoneLimitByDeposit(k, ctx, n.effectiveTokens);
  k.bank.sendCoinsFromModuleToModule(ctx, RESOURCE_NODE_BONDED_POOL, RESOURCE_NODE_NOT_BONDED_POOL, [{ denom, amount: available }]);
  k.state.bondedResourceNodeCount.set(ctx, k.getBondedResourceNodeCount(ctx) - 1n);
  const mature = unbondingMatureTime(k.getParams(ctx), n.status, n.creationTime, ctx.time);
  addUnbondingEntry(k, ctx, addr, false, available, mature);
  k.state.resourceNodes.set(ctx, addr, { ...n, status: BondStatus.Unbonding, effectiveTokens: 0n });
  return { amount: available, denom, mature };
}

export interface Slashing {
  networkAddress: string;
  walletAddress: string;
  /** wei added to the wallet's slashing debt. */
  debt: bigint;
  suspend: boolean;
  /** The record as the caller read it in this tx; saves a second read (which would change gas). */
  node?: ResourceNode;
}

/** MsgSlashingResourceNode (pot): see RegisterKeeper.slashResourceNode. */
export function slashResourceNode(k: RegisterKeeper, ctx: Context, s: Slashing): { nodeType: number; debt: bigint; suspended: boolean; ozoneLimitChange: bigint } {
  if (s.debt < 0n) throw registerErrors.invalidAmount(`slashing debt must not be negative, got ${s.debt}`);
  const node = s.node ?? k.getResourceNode(ctx, s.networkAddress);
  if (!node) throw registerErrors.noResourceNodeFound(`resource node ${s.networkAddress} does not exist`);
  if (node.networkAddress !== s.networkAddress) throw registerErrors.invalidNetworkAddr(`slashing ${s.networkAddress} was given the record of ${node.networkAddress}`);
  setSlashingDebt(k, ctx, s.walletAddress, k.getSlashing(ctx, s.walletAddress) + s.debt);
  let ozoneLimitChange = 0n;
  const updated = { ...node };
  if (!node.suspend && s.suspend) {
    ozoneLimitChange = -decreaseOzoneLimitByDeposit(k, ctx, node.effectiveTokens);
    updated.effectiveTokens = 0n;
  }
  updated.suspend = s.suspend;
  k.state.resourceNodes.set(ctx, s.networkAddress, updated);
  return { nodeType: node.nodeType, debt: s.debt, suspended: s.suspend, ozoneLimitChange };
}
