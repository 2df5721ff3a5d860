// Meta-node votes: registration (a candidate is admitted at floor(2N/3)+1 approvals) and kicking
// (x/register/keeper/meta_node_vote.go), with our changes #5 and #6.
import type { Context } from "../../../chain/app/context.ts";
import { registerErrors } from "../errors.ts";
import { BondStatus, cmpTime, formatRfc3339, nsToTime, timeToNs, type BondStatus as Status, type MetaNode } from "../types.ts";
import { META_NODE_BONDED_POOL, META_NODE_NOT_BONDED_POOL } from "./accounts.ts";
import type { RegisterKeeper } from "./keeper.ts";
import { unbondMetaNode, type MetaUnbonding } from "./meta-nodes.ts";
import { increaseOzoneLimitByDeposit } from "./ozone.ts";

/** floor(2N/3)+1: approvals a registration or kick vote needs, N = active meta nodes. */
export const voteThreshold = (n: bigint): bigint => (2n * n) / 3n + 1n;

/** Change #5: the voter must be an active meta node owned by the signer. */
function activeVoter(k: RegisterKeeper, ctx: Context, voterNetworkAddress: string, voterOwnerAddress: string): MetaNode {
  const voter = k.getMetaNode(ctx, voterNetworkAddress);
  if (!voter || voter.ownerAddress !== voterOwnerAddress || !k.isActiveMetaNode(voter)) {
    throw registerErrors.noActiveVoterMetaNodeFound(`voter ${voterNetworkAddress} is not an active meta node owned by ${voterOwnerAddress}`);
  }
  return voter;
}

export interface Vote {
  voterNetworkAddress: string;
  voterOwnerAddress: string;
  opinion: boolean;
}

/** A vote on a candidate; at the threshold the candidate is Bonded, unsuspended and backs ozone. */
export function registrationVote(
  k: RegisterKeeper,
  ctx: Context,
  m: Vote & { candidateNetworkAddress: string; candidateOwnerAddress: string },
): { candidateStatus: Status; ozoneLimitChange: bigint } {
  const s = k.state;
  const candidate = k.getMetaNode(ctx, m.candidateNetworkAddress);
  if (!candidate) throw registerErrors.noCandidateMetaNodeFound(`candidate meta node ${m.candidateNetworkAddress} does not exist`);
  if (candidate.ownerAddress !== m.candidateOwnerAddress) {
    throw registerErrors.invalidCandidateOwnerAddr(`${m.candidateOwnerAddress} is not the owner of candidate ${m.candidateNetworkAddress}`);
  }
  activeVoter(k, ctx, m.voterNetworkAddress, m.voterOwnerAddress);
  const pool = k.getRegVotePool(ctx, m.candidateNetworkAddress);
  if (!pool) throw registerErrors.noRegistrationVotePoolFound(`no registration vote pool for ${m.candidateNetworkAddress}`);
  if (cmpTime(pool.expireTime, ctx.time) < 0) {
    throw registerErrors.voteExpired(`the registration vote for ${m.candidateNetworkAddress} expired at ${formatRfc3339(pool.expireTime)}`);
  }
  if (pool.approveList.includes(m.voterNetworkAddress) || pool.rejectList.includes(m.voterNetworkAddress)) {
    throw registerErrors.duplicateVoting(`${m.voterNetworkAddress} has already voted on ${m.candidateNetworkAddress}`);
  }
  if (m.opinion) pool.approveList.push(m.voterNetworkAddress);
  else pool.rejectList.push(m.voterNetworkAddress);
  let ozoneLimitChange = 0n;
  let status = candidate.status;
  if (!pool.isVotePassed) {
    const n = k.activeMetaNodeCount(ctx);
    if (BigInt(pool.approveList.length) >= voteThreshold(n)) {
      const denom = k.bondDenom(ctx);
      k.bank.sendCoinsFromModuleToModule(ctx, META_NODE_NOT_BONDED_POOL, META_NODE_BONDED_POOL, [{ denom, amount: candidate.tokens }]);
      ozoneLimitChange = increaseOzoneLimitByDeposit(k, ctx, candidate.tokens);
      s.bondedMetaNodeCount.set(ctx, k.getBondedMetaNodeCount(ctx) + 1n);
      status = BondStatus.Bonded;
      s.metaNodes.set(ctx, candidate.networkAddress, { ...candidate, status, suspend: false });
      pool.isVotePassed = true;
    }
  }
  s.regVotePools.set(ctx, pool.networkAddress, pool);
  return { candidateStatus: status, ozoneLimitChange };
}

/**
 * A vote to kick an active meta node; at the threshold the target is unbonded. Change #6: the pool
 * closes as failed once approval can no longer reach the threshold.
 */
export function kickVote(
  k: RegisterKeeper,
  ctx: Context,
  m: Vote & { targetNetworkAddress: string },
): { target: MetaNode; targetStatus: Status; unbonding?: MetaUnbonding } {
  const s = k.state;
  const target = k.getMetaNode(ctx, m.targetNetworkAddress);
  if (!k.isActiveMetaNode(target)) throw registerErrors.noActiveTargetMetaNodeFound(`target ${m.targetNetworkAddress} is not an active meta node`);
  activeVoter(k, ctx, m.voterNetworkAddress, m.voterOwnerAddress);
  const pool = k.getKickVotePool(ctx, m.targetNetworkAddress) ?? {
    networkAddress: m.targetNetworkAddress,
    approveList: [],
    rejectList: [],
    expireTime: nsToTime(timeToNs(ctx.time) + k.getParams(ctx).votingPeriod),
    isVotePassed: false,
  };
  if (cmpTime(pool.expireTime, ctx.time) < 0) throw registerErrors.voteExpired(`the kick vote on ${m.targetNetworkAddress} expired at ${formatRfc3339(pool.expireTime)}`);
  if (pool.approveList.includes(m.voterNetworkAddress) || pool.rejectList.includes(m.voterNetworkAddress)) {
    throw registerErrors.duplicateVoting(`${m.voterNetworkAddress} has already voted on kicking ${m.targetNetworkAddress}`);
  }
  if (m.opinion) pool.approveList.push(m.voterNetworkAddress);
  else pool.rejectList.push(m.voterNetworkAddress);
  const n = k.activeMetaNodeCount(ctx);
  const threshold = voteThreshold(n);
  let status = target!.status;
  let unbonding: MetaUnbonding | undefined;
  if (!pool.isVotePassed && BigInt(pool.approveList.length) >= threshold) {
    unbonding = unbondMetaNode(k, ctx, target!);
    status = BondStatus.Unbonding;
    pool.isVotePassed = true;
  }
  if (!pool.isVotePassed && BigInt(pool.rejectList.length) > n - threshold) s.kickVotePools.remove(ctx, pool.networkAddress);
  else s.kickVotePools.set(ctx, pool.networkAddress, pool);
  return { target: target!, targetStatus: status, unbonding };
}

/** Every 10,000 blocks (EndBlock): kick-vote pools past their expiry are dropped. */
export function pruneExpiredKickVotePools(k: RegisterKeeper, ctx: Context): void {
  if (ctx.height % 10_000n !== 0n) return;
  for (const p of [...k.allKickVotePools(ctx)]) if (cmpTime(p.expireTime, ctx.time) < 0) k.state.kickVotePools.remove(ctx, p.networkAddress);
}
