// app_state.register in stratos-chain's JSON layout (GenesisState of genesis.proto, proto3 JSON), plus
// two fields of ours:
//   "authority"               — account allowed to send MsgUpdateParams (README change #10); default: the
//                               gov module address, which nobody can sign for until gov exists.
//   "effective_total_deposit" — written by exportGenesis; when present the genesis is a restart of an
//                               exported chain and St and the remaining ozone limit are taken verbatim
//                               (instead of St0 = Σ bonded non-suspended deposits, Lt = St0/rate).
//
// Deposits: as in stratos-chain, a fresh start (the four node pools hold nothing in the bank genesis)
// moves each node's tokens from its owner's genesis balance into the pool of its status; otherwise the
// bank genesis must already hold them and the pools must equal the node tokens by status:
// bonded pool = Σ tokens of Bonded nodes, not-bonded pool = Σ tokens of Unbonded and Unbonding nodes
// (Stratos' fresh start puts Unbonding nodes' tokens in the bonded pool; ours keeps the invariant the
// state machine keeps: an Unbonding node's tokens sit in the not-bonded pool).
import { blsIsValidPublicKey } from "../../chain/crypto/bls.ts";
import type { Context } from "../../chain/app/context.ts";
import { accAddressFromBech32 } from "../../chain/types/address.ts";
import { Dec } from "../../chain/types/dec.ts";
import {
  DEFAULT_DEPOSIT_NOZ_RATE,
  defaultAuthority,
  META_NODE_BONDED_POOL,
  META_NODE_NOT_BONDED_POOL,
  RESOURCE_NODE_BONDED_POOL,
  RESOURCE_NODE_NOT_BONDED_POOL,
  registerSchema,
  type RegisterKeeper,
} from "./keeper.ts";
import { defaultRegisterParams, registerParamsFromJson, registerParamsToJson, type RegisterParams } from "./params.ts";
import {
  BondStatus,
  intFromJson,
  metaNodeFromJson,
  metaNodeToJson,
  resourceNodeFromJson,
  resourceNodeToJson,
  sdsAddressBytes,
  sdsAddressOfPubKey,
  unbondingNodeFromJson,
  unbondingNodeToJson,
  votePoolFromJson,
  votePoolToJson,
  type MetaNode,
  type ResourceNode,
  type UnbondingNode,
  type VotePool,
} from "./types.ts";

interface ParsedRegisterGenesis {
  params: RegisterParams;
  resourceNodes: ResourceNode[];
  metaNodes: MetaNode[];
  remainingNozLimit: bigint;
  depositNozRate: Dec;
  slashing: { wallet: string; value: bigint }[];
  regPools: VotePool[];
  unbondingNodes: UnbondingNode[];
  kickPools: VotePool[];
  authority?: string;
  effectiveTotalDeposit?: bigint;
}

function list(state: any, k: string): any[] {
  const v = state?.[k] ?? [];
  if (!Array.isArray(v)) throw new Error(`register.${k} must be a list`);
  return v;
}

function checkAcc(a: string, what: string): void {
  try {
    accAddressFromBech32(a, what);
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`);
  }
}

function checkNet(a: string, what: string): void {
  try {
    sdsAddressBytes(a, what);
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`);
  }
}

function checkNode(n: ResourceNode | MetaNode, what: string): void {
  checkNet(n.networkAddress, `${what}.network_address`);
  const derived = sdsAddressOfPubKey(n.pubkey);
  if (derived !== n.networkAddress) throw new Error(`${what}.network_address ${n.networkAddress} does not match its pubkey (address ${derived})`);
  checkAcc(n.ownerAddress, `${what}.owner_address`);
  if (n.beneficiaryAddress) checkAcc(n.beneficiaryAddress, `${what}.beneficiary_address`);
}

function parseDec(v: unknown, what: string): Dec {
  if (v === undefined || v === null) return DEFAULT_DEPOSIT_NOZ_RATE;
  if (typeof v !== "string") throw new Error(`${what} must be a decimal string such as "1000000.000000000000000000", got ${JSON.stringify(v)}`);
  try {
    return Dec.fromString(v);
  } catch (e) {
    throw new Error(`${what}: ${(e as Error).message}`);
  }
}

function parse(state: any): ParsedRegisterGenesis {
  if (state !== undefined && (typeof state !== "object" || state === null || Array.isArray(state))) throw new Error("register genesis must be an object");
  const params = registerParamsFromJson(state?.params);
  const resourceNodes = list(state, "resource_nodes").map((j, i) => {
    const what = `register.resource_nodes[${i}]`;
    const n = resourceNodeFromJson(j, what);
    checkNode(n, what);
    if (n.nodeType < 1 || n.nodeType > 7) throw new Error(`${what}.node_type must be 1..7, got ${n.nodeType}`);
    if (n.effectiveTokens > n.tokens) throw new Error(`${what}.effective_tokens ${n.effectiveTokens} exceeds tokens ${n.tokens}`);
    return n;
  });
  const metaNodes = list(state, "meta_nodes").map((j, i) => {
    const what = `register.meta_nodes[${i}]`;
    const n = metaNodeFromJson(j, what);
    checkNode(n, what);
    // Empty is allowed (such a node cannot sign volume reports); a non-empty key must be a valid
    // BLS12-381 G1 public key (48-byte compressed, on curve, in the subgroup, not the identity).
    // No proof of possession at genesis: the genesis file itself is trusted.
    if (n.blsPubKey.length !== 0 && !blsIsValidPublicKey(n.blsPubKey)) {
      throw new Error(`${what}.bls_pub_key must be empty or a 48-byte compressed BLS12-381 G1 public key (${n.blsPubKey.length} bytes given, not a valid subgroup point)`);
    }
    return n;
  });
  const seen = new Map<string, string>();
  for (const [what, nodes] of [["resource_nodes", resourceNodes], ["meta_nodes", metaNodes]] as const) {
    nodes.forEach((n, i) => {
      const prev = seen.get(n.networkAddress);
      if (prev) throw new Error(`register.${what}[${i}]: network address ${n.networkAddress} is already used by ${prev}`);
      seen.set(n.networkAddress, `register.${what}[${i}]`);
    });
  }
  const remainingNozLimit = intFromJson(state?.remaining_noz_limit, "register.remaining_noz_limit");
  const depositNozRate = parseDec(state?.deposit_noz_rate, "register.deposit_noz_rate");
  if (depositNozRate.cmp(Dec.zero) <= 0) throw new Error(`register.deposit_noz_rate must be positive, got ${depositNozRate.toString()}`);
  const slashing = list(state, "slashing").map((j, i) => {
    const wallet = String(j?.wallet_address ?? "");
    checkAcc(wallet, `register.slashing[${i}].wallet_address`);
    return { wallet, value: intFromJson(j?.value, `register.slashing[${i}].value`) };
  });
  const checkPool = (p: VotePool, what: string) => {
    checkNet(p.networkAddress, `${what} network address`);
    p.approveList.forEach((a, j) => checkNet(a, `${what}.approve_list[${j}]`));
    p.rejectList.forEach((a, j) => checkNet(a, `${what}.reject_list[${j}]`));
    return p;
  };
  const regPools = list(state, "meta_node_reg_vote_pool").map((j, i) => checkPool(votePoolFromJson(j, "network_address", `register.meta_node_reg_vote_pool[${i}]`), `register.meta_node_reg_vote_pool[${i}]`));
  const kickPools = list(state, "kick_meta_node_vote_pool").map((j, i) =>
    checkPool(votePoolFromJson(j, "target_network_address", `register.kick_meta_node_vote_pool[${i}]`), `register.kick_meta_node_vote_pool[${i}]`),
  );
  const unbondingNodes = list(state, "unbonding_nodes").map((j, i) => {
    const what = `register.unbonding_nodes[${i}]`;
    const u = unbondingNodeFromJson(j, what);
    checkNet(u.networkAddr, `${what}.network_addr`);
    const nodes: (ResourceNode | MetaNode)[] = u.isMetaNode ? metaNodes : resourceNodes;
    const node = nodes.find((n) => n.networkAddress === u.networkAddr);
    if (!node) throw new Error(`${what}: no ${u.isMetaNode ? "meta" : "resource"} node ${u.networkAddr} in genesis`);
    const sum = u.entries.reduce((s, e) => s + e.balance, 0n);
    if (sum > node.tokens) throw new Error(`${what}: entry balances ${sum} exceed the node's tokens ${node.tokens}`);
    return u;
  });
  let authority: string | undefined;
  if (state?.authority !== undefined && state?.authority !== "") {
    authority = String(state.authority);
    checkAcc(authority, "register.authority");
  }
  const effectiveTotalDeposit = state?.effective_total_deposit === undefined ? undefined : intFromJson(state.effective_total_deposit, "register.effective_total_deposit");
  return { params, resourceNodes, metaNodes, remainingNozLimit, depositNozRate, slashing, regPools, unbondingNodes, kickPools, authority, effectiveTotalDeposit };
}

export function validateRegisterGenesis(state: unknown): void {
  parse(state);
}

export function initRegisterGenesis(ctx: Context, k: RegisterKeeper, state: unknown): void {
  const g = parse(state);
  const s = k.state;
  s.params.set(ctx, g.params);
  s.authority.set(ctx, g.authority ?? defaultAuthority());
  const denom = g.params.bondDenom;
  const pools = [RESOURCE_NODE_BONDED_POOL, RESOURCE_NODE_NOT_BONDED_POOL, META_NODE_BONDED_POOL, META_NODE_NOT_BONDED_POOL];
  const freshStart = pools.every((p) => k.poolBalance(ctx, p) === 0n);

  const want = new Map<string, bigint>(pools.map((p) => [p, 0n]));
  let st0 = 0n;
  let bondedResource = 0n;
  let bondedMeta = 0n;
  const place = (n: ResourceNode | MetaNode, isMeta: boolean, what: string) => {
    const bonded = n.status === BondStatus.Bonded;
    const pool = isMeta ? (bonded ? META_NODE_BONDED_POOL : META_NODE_NOT_BONDED_POOL) : bonded ? RESOURCE_NODE_BONDED_POOL : RESOURCE_NODE_NOT_BONDED_POOL;
    want.set(pool, want.get(pool)! + n.tokens);
    if (freshStart && n.tokens > 0n) {
      const have = k.bank.getBalance(ctx, n.ownerAddress, denom);
      if (have < n.tokens) {
        throw new Error(`${what}: owner ${n.ownerAddress} holds ${have}${denom} in the bank genesis, cannot fund the node's deposit of ${n.tokens}${denom}`);
      }
      k.bank.sendCoinsFromAccountToModule(ctx, n.ownerAddress, pool, [{ denom, amount: n.tokens }]);
    }
  };
  g.resourceNodes.forEach((n, i) => {
    place(n, false, `register.resource_nodes[${i}]`);
    if (n.status === BondStatus.Bonded) {
      bondedResource++;
      if (!n.suspend) st0 += n.effectiveTokens;
    }
    s.resourceNodes.set(ctx, n.networkAddress, { ...n, beneficiaryAddress: n.beneficiaryAddress || n.ownerAddress });
  });
  g.metaNodes.forEach((n, i) => {
    place(n, true, `register.meta_nodes[${i}]`);
    if (n.status === BondStatus.Bonded) {
      bondedMeta++;
      if (!n.suspend) st0 += n.tokens;
    }
    s.metaNodes.set(ctx, n.networkAddress, { ...n, beneficiaryAddress: n.beneficiaryAddress || n.ownerAddress });
  });
  for (const p of pools) {
    const have = k.poolBalance(ctx, p);
    if (have !== want.get(p)) {
      throw new Error(
        `register genesis: module account ${p} holds ${have}${denom} in the bank genesis but the genesis nodes' tokens for it sum to ${want.get(p)}${denom} ` +
          `(bonded pools hold Bonded nodes' tokens, not-bonded pools Unbonded and Unbonding nodes'; either give all four pools no balance, so the deposits are taken from the owners, or the exact sums)`,
      );
    }
  }
  s.bondedResourceNodeCount.set(ctx, bondedResource);
  s.bondedMetaNodeCount.set(ctx, bondedMeta);
  s.depositNozRate.set(ctx, g.depositNozRate);
  if (g.effectiveTotalDeposit !== undefined) {
    s.effectiveTotalDeposit.set(ctx, g.effectiveTotalDeposit);
    s.remainingOzoneLimit.set(ctx, g.remainingNozLimit);
  } else {
    s.effectiveTotalDeposit.set(ctx, st0);
    const fresh = freshStart && k.totalUnissuedPrepay(ctx) === 0n;
    s.remainingOzoneLimit.set(ctx, fresh ? Dec.fromInt(st0).quo(g.depositNozRate).truncateInt() : g.remainingNozLimit);
  }
  // A zero debt is not stored (deleted, as a paid-off debt is).
  for (const d of g.slashing) {
    if (d.value <= 0n) s.slashing.remove(ctx, d.wallet);
    else s.slashing.set(ctx, d.wallet, d.value);
  }
  for (const p of g.regPools) s.regVotePools.set(ctx, p.networkAddress, p);
  for (const u of g.unbondingNodes) {
    s.unbondingNodes.set(ctx, u.networkAddr, u);
    for (const e of u.entries) s.unbondingQueue.set(ctx, [e.completionTime, u.networkAddr]);
  }
  for (const p of g.kickPools) s.kickVotePools.set(ctx, p.networkAddress, p);
}

/** A walk over register's schema (keeper/state.ts), in the layout of stratos-chain's GenesisState. */
export function exportRegisterGenesis(ctx: Context, _k: RegisterKeeper) {
  const w = registerSchema.walk(ctx);
  const values = <V>(entries: [unknown, V][]) => entries.map(([, v]) => v);
  return {
    params: registerParamsToJson(w.params ?? defaultRegisterParams),
    resource_nodes: values(w.resourceNodes).map(resourceNodeToJson),
    meta_nodes: values(w.metaNodes).map(metaNodeToJson),
    remaining_noz_limit: (w.remainingOzoneLimit ?? 0n).toString(),
    slashing: w.slashing.map(([wallet, value]) => ({ wallet_address: wallet, value: value.toString() })),
    deposit_noz_rate: (w.depositNozRate ?? DEFAULT_DEPOSIT_NOZ_RATE).toString(),
    meta_node_reg_vote_pool: values(w.regVotePools).map((p) => votePoolToJson(p, "network_address")),
    unbonding_nodes: values(w.unbondingNodes).map(unbondingNodeToJson),
    kick_meta_node_vote_pool: values(w.kickVotePools).map((p) => votePoolToJson(p, "target_network_address")),
    authority: w.authority ?? defaultAuthority(),
    effective_total_deposit: (w.effectiveTotalDeposit ?? 0n).toString(),
  };
}
