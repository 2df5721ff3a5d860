// The register Msg service (§2.5) with our changes #2–#6 and #10 (see spec/README.md).
import { BLS_PUBKEY_LENGTH, BLS_SIGNATURE_LENGTH, blsIsValidPublicKey, blsPopVerify } from "../../chain/crypto/bls.ts";
import type { Context } from "../../chain/app/context.ts";
import { msgDescriptor, type EncodedMsg, type MsgDescriptor } from "../../chain/app/module.ts";
import { stratos } from "../../proto/client.ts";
import { errInvalidAuthority, registerErrors } from "./errors.ts";
import { checkAccAddress, emptyResponse, updateParamsMsg } from "../../chain/app/module-helpers.ts";
import { emitRegisterEvent } from "./events.ts";
import {
  META_NODE_BONDED_POOL,
  META_NODE_NOT_BONDED_POOL,
  RESOURCE_NODE_BONDED_POOL,
  RESOURCE_NODE_NOT_BONDED_POOL,
  unbondingMatureTime,
  voteThreshold,
  type RegisterKeeper,
} from "./keeper.ts";
import { registerParamsFromProto, validateRegisterParams } from "./params.ts";
import {
  BondStatus,
  bondStatusText,
  cmpTime,
  descFromProto,
  ed25519KeyFromAny,
  formatRfc3339,
  nsToTime,
  sdsAddressBytes,
  sdsAddressOfPubKey,
  timeToNs,
  type Description,
  type MetaNode,
  type PubKeyAny,
  type ResourceNode,
  type Time,
} from "./types.ts";

const pb = stratos.register.v1;
type M = typeof pb;

function response(name: keyof M & string): EncodedMsg {
  return emptyResponse(`/stratos.register.v1.${name}`);
}

// ---- stateless helpers ------------------------------------------------------------------------

function checkAcc(address: string | null | undefined, what: string, err: (m: string) => Error = registerErrors.invalidOwnerAddr): string {
  return checkAccAddress(address, what, err);
}

function checkNetAddr(address: string | null | undefined, what: string, err: (m: string) => Error = registerErrors.invalidNetworkAddr): string {
  if (!address || address.trim().length === 0) throw err(`${what} is empty`);
  try {
    sdsAddressBytes(address, what);
  } catch (e) {
    throw err((e as Error).message);
  }
  return address;
}

interface WireCoin {
  denom?: string | null;
  amount?: string | null;
}

/** A positive coin; `what` names the field. */
function positiveCoin(c: WireCoin | null | undefined, what: string): { denom: string; amount: bigint } {
  if (!c) throw registerErrors.valueNegative(`${what} is missing`);
  const amount = c.amount ?? "";
  if (!/^\d+$/.test(amount)) throw registerErrors.invalidAmount(`${what}: amount ${JSON.stringify(amount)} is not a non-negative integer`);
  if (BigInt(amount) <= 0n) throw registerErrors.valueNegative(`${what} must be positive, got ${amount}${c.denom ?? ""}`);
  if (!c.denom) throw registerErrors.badDenom(`${what} has no denom`);
  return { denom: c.denom, amount: BigInt(amount) };
}

function checkDescription(d: stratos.register.v1.IDescription | null | undefined): Description {
  if (!d) throw registerErrors.emptyDescription("description must not be empty");
  const desc = descFromProto(d);
  if (desc.moniker.trim().length === 0) throw registerErrors.emptyMoniker("description.moniker must not be empty");
  return desc;
}

function checkNodeType(t: number | null | undefined): number {
  const v = t ?? 0;
  if (!(v >= 1 && v <= 7)) throw registerErrors.invalidNodeType(`node_type must be 1..7 (computation=1, database=2, storage=4 combined), got ${v}`);
  return v;
}

/** network_address must be the SDS address of the ed25519 pubkey. */
function checkPubKeyMatches(networkAddress: string, pubkey: { typeUrl?: string | null; value?: Uint8Array | null } | null | undefined): PubKeyAny {
  const any: PubKeyAny = { typeUrl: pubkey?.typeUrl ?? "", value: Uint8Array.from(pubkey?.value ?? []) };
  ed25519KeyFromAny(any);
  const derived = sdsAddressOfPubKey(any);
  if (derived !== networkAddress) {
    throw registerErrors.invalidNetworkAddr(`network_address ${networkAddress} does not match the pubkey (its address is ${derived})`);
  }
  return any;
}

/**
 * README change #8: a meta node's BLS12-381 public key must come with a proof of possession
 * (rogue-key defence for pot's FastAggregateVerify). Stateless, so it runs in validateBasic (CheckTx
 * rejects bad keys before they reach a block) and again in the handler (rare message, so the second
 * ~25 ms pairing check is accepted for defence in depth; see chain/crypto/bls.ts).
 * `required`: MsgCreateMetaNode must carry a key; MsgUpdateMetaNode may leave it empty (= unchanged).
 */
function checkBls(key: Uint8Array | null | undefined, pop: Uint8Array | null | undefined, required: boolean): Uint8Array {
  const k = Uint8Array.from(key ?? []);
  if (k.length === 0 && !required) return k;
  if (k.length !== BLS_PUBKEY_LENGTH) {
    throw registerErrors.invalidBlsPubKey(`bls_pub_key must be a ${BLS_PUBKEY_LENGTH}-byte compressed BLS12-381 G1 public key, got ${k.length} bytes`);
  }
  if (!blsIsValidPublicKey(k)) {
    throw registerErrors.invalidBlsPubKey(`bls_pub_key ${Buffer.from(k).toString("hex")} is not a valid BLS12-381 G1 public key (bad encoding, not in the subgroup, or the identity)`);
  }
  const p = Uint8Array.from(pop ?? []);
  if (p.length !== BLS_SIGNATURE_LENGTH) {
    throw registerErrors.invalidBlsPop(`bls_pop must be a ${BLS_SIGNATURE_LENGTH}-byte BLS12-381 G2 proof of possession of bls_pub_key, got ${p.length} bytes`);
  }
  if (!blsPopVerify(k, p)) {
    throw registerErrors.invalidBlsPop(`bls_pop is not a valid proof of possession for bls_pub_key ${Buffer.from(k).toString("hex")}`);
  }
  return k;
}

const coinStr = (amount: bigint, denom: string) => `${amount}${denom}`;

// ---- the service ------------------------------------------------------------------------------

/** MsgUpdateResourceNodeDeposit and MsgUpdateMetaNodeDeposit have the same fields. */
type DepositDeltaMsg = { networkAddress: string; ownerAddress: string; depositDelta?: WireCoin | null };

function depositDeltaBasic(m: DepositDeltaMsg): void {
  checkNetAddr(m.networkAddress, "network_address");
  checkAcc(m.ownerAddress, "owner_address");
  positiveCoin(m.depositDelta, "deposit_delta");
}

export function registerMsgs(k: RegisterKeeper): MsgDescriptor[] {
  function checkDenom(ctx: Context, denom: string, what: string): string {
    const bond = k.bondDenom(ctx);
    if (denom !== bond) throw registerErrors.badDenom(`${what} denom must be ${bond}, got ${denom}`);
    return bond;
  }

  function requireFunds(ctx: Context, owner: string, amount: bigint, denom: string): void {
    const have = k.bank.getBalance(ctx, owner, denom);
    if (have < amount) throw registerErrors.insufficientBalance(`owner ${owner} has ${have}${denom}, needs ${amount}${denom}`);
  }

  function requireNoNode(ctx: Context, networkAddress: string): void {
    if (k.getResourceNode(ctx, networkAddress)) throw registerErrors.resourceNodePubKeyExists(`a resource node with network address ${networkAddress} already exists`);
    if (k.getMetaNode(ctx, networkAddress)) throw registerErrors.metaNodePubKeyExists(`a meta node with network address ${networkAddress} already exists`);
  }

  function resourceNodeOf(ctx: Context, networkAddress: string, owner: string): ResourceNode {
    const n = k.getResourceNode(ctx, networkAddress);
    if (!n) throw registerErrors.noResourceNodeFound(`resource node ${networkAddress} does not exist`);
    if (n.ownerAddress !== owner) throw registerErrors.invalidOwnerAddr(`${owner} is not the owner of resource node ${networkAddress}`);
    return n;
  }

  function metaNodeOf(ctx: Context, networkAddress: string, owner: string): MetaNode {
    const n = k.getMetaNode(ctx, networkAddress);
    if (!n) throw registerErrors.noMetaNodeFound(`meta node ${networkAddress} does not exist`);
    if (n.ownerAddress !== owner) throw registerErrors.invalidOwnerAddr(`${owner} is not the owner of meta node ${networkAddress}`);
    return n;
  }

  /** Checks shared by both deposit top-ups (add only; not while unbonding; owner has the funds). */
  function prepareTopUp(ctx: Context, m: DepositDeltaMsg, n: { status: BondStatus; tokens: bigint }, kind: "resource" | "meta") {
    const delta = positiveCoin(m.depositDelta, "deposit_delta");
    const denom = checkDenom(ctx, delta.denom, "deposit_delta");
    if (n.status === BondStatus.Unbonding) throw registerErrors.unbondingNode(`${kind} node ${m.networkAddress} is unbonding; its deposit cannot change`);
    requireFunds(ctx, m.ownerAddress, delta.amount, denom);
    return { delta, denom, availableBefore: n.tokens - k.unbondingBalance(ctx, m.networkAddress) };
  }

  function emitDepositUpdate(
    ctx: Context,
    event: "EventUpdateResourceNodeDeposit" | "EventUpdateMetaNodeDeposit",
    m: DepositDeltaMsg,
    delta: bigint,
    denom: string,
    tokensAfter: bigint,
    availableBefore: bigint,
    ozoneChange: bigint,
  ): void {
    emitRegisterEvent(ctx, event, {
      sender: m.ownerAddress,
      network_address: m.networkAddress,
      deposit_delta: coinStr(delta, denom),
      current_deposit: coinStr(tokensAfter, denom), // change #2: after the add
      available_token_before: coinStr(availableBefore, denom),
      available_token_after: coinStr(availableBefore + delta, denom),
      ozone_limit_changes: ozoneChange.toString(),
      unbonding_mature_time: formatRfc3339(ctx.time),
    });
  }

  function checkEntries(ctx: Context, networkAddress: string): void {
    const max = k.getParams(ctx).maxEntries;
    const n = k.getUnbondingNode(ctx, networkAddress)?.entries.length ?? 0;
    if (n >= max) throw registerErrors.maxUnbondingNodeEntries(`node ${networkAddress} already has ${n} unbonding entries (max_entries ${max})`);
  }

  /**
   * Unbonds a meta node (MsgRemoveMetaNode and a passed kick vote). Returns the ozone limit change
   * (positive number of noz removed), the amount and the mature time.
   */
  function unbondMetaNode(ctx: Context, node: MetaNode): { ozoneChange: bigint; amount: bigint; mature: Time } {
    const addr = node.networkAddress;
    const available = node.tokens - k.unbondingBalance(ctx, addr);
    const denom = k.bondDenom(ctx);
    if (available <= 0n) throw registerErrors.insufficientBalance(`meta node ${addr} has no deposit available to unbond`);
    checkEntries(ctx, addr);
    const params = k.getParams(ctx);
    const mature = unbondingMatureTime(params, node.status, node.creationTime, ctx.time);
    let ozoneChange = 0n;
    if (node.status === BondStatus.Bonded) {
      if (node.suspend) throw registerErrors.invalidSuspensionStatForUnbondNode(`meta node ${addr} is suspended and cannot be unbonded`);
      if (!k.isUnbondable(ctx, available)) {
        throw registerErrors.insufficientBalance(`unbonding ${available}${denom} of meta node ${addr} would drive the remaining ozone limit (${k.getRemainingOzoneLimit(ctx)} noz) negative`);
      }
      k.bank.sendCoinsFromModuleToModule(ctx, META_NODE_BONDED_POOL, META_NODE_NOT_BONDED_POOL, [{ denom, amount: available }]);
      ozoneChange = k.decreaseOzoneLimitByDeposit(ctx, available);
      k.setBondedMetaNodeCount(ctx, k.getBondedMetaNodeCount(ctx) - 1n);
    } else if (node.status === BondStatus.Unbonded) {
      const pool = k.getRegVotePool(ctx, addr);
      if (!node.suspend || pool?.isVotePassed) throw registerErrors.invalidNodeStat(`meta node ${addr} is Unbonded but not a pending candidate`);
    } else {
      throw registerErrors.invalidNodeStat(`meta node ${addr} is ${bondStatusText(node.status)}; only Bonded nodes and pending candidates can be removed`);
    }
    k.addUnbondingEntry(ctx, addr, true, available, mature);
    k.setMetaNode(ctx, { ...node, status: BondStatus.Unbonding });
    k.deleteRegVotePool(ctx, addr);
    return { ozoneChange, amount: available, mature };
  }

  return [
    msgDescriptor<stratos.register.v1.MsgCreateResourceNode>({
      typeUrl: "/stratos.register.v1.MsgCreateResourceNode",
      decode: (b) => pb.MsgCreateResourceNode.decode(b),
      signers: (m) => [m.ownerAddress],
      validateBasic(m) {
        checkNetAddr(m.networkAddress, "network_address", registerErrors.invalidNetworkAddr);
        checkPubKeyMatches(m.networkAddress, m.pubkey);
        checkAcc(m.ownerAddress, "owner_address");
        if (m.beneficiaryAddress) checkAcc(m.beneficiaryAddress, "beneficiary_address", registerErrors.invalidBeneficiaryAddr);
        positiveCoin(m.value, "value");
        checkDescription(m.description);
        checkNodeType(m.nodeType);
      },
      handle(ctx, m) {
        const params = k.getParams(ctx);
        if (!params.resourceNodeRegEnabled) throw registerErrors.resourceNodeRegDisabled("resource node registration is disabled");
        requireNoNode(ctx, m.networkAddress);
        const value = positiveCoin(m.value, "value");
        const denom = checkDenom(ctx, value.denom, "value");
        const min = params.resourceNodeMinDeposit;
        if (value.amount < min.amount) throw registerErrors.insufficientDeposit(`resource node min deposit is ${coinStr(min.amount, min.denom)}, got ${coinStr(value.amount, value.denom)}`);
        requireFunds(ctx, m.ownerAddress, value.amount, denom);
        const pubkey = checkPubKeyMatches(m.networkAddress, m.pubkey);
        // Created Unbonded + suspended; the deposit goes in through not-bonded and the node is
        // promoted to Bonded at once, funds ending in the bonded pool. No ozone change (suspended).
        k.bank.sendCoinsFromAccountToModule(ctx, m.ownerAddress, RESOURCE_NODE_NOT_BONDED_POOL, [{ denom, amount: value.amount }]);
        k.bank.sendCoinsFromModuleToModule(ctx, RESOURCE_NODE_NOT_BONDED_POOL, RESOURCE_NODE_BONDED_POOL, [{ denom, amount: value.amount }]);
        k.setResourceNode(ctx, {
          networkAddress: m.networkAddress,
          pubkey,
          suspend: true,
          status: BondStatus.Bonded,
          tokens: value.amount,
          ownerAddress: m.ownerAddress,
          description: descFromProto(m.description),
          creationTime: ctx.time,
          nodeType: m.nodeType,
          effectiveTokens: 0n,
          beneficiaryAddress: m.beneficiaryAddress || m.ownerAddress,
        });
        k.setBondedResourceNodeCount(ctx, k.getBondedResourceNodeCount(ctx) + 1n);
        emitRegisterEvent(ctx, "EventCreateResourceNode", {
          sender: m.ownerAddress,
          network_address: m.networkAddress,
          pubkey: Buffer.from(ed25519KeyFromAny(pubkey)).toString("hex"),
          ozone_limit_changes: "0",
          initial_deposit: coinStr(value.amount, denom),
        });
        return response("MsgCreateResourceNodeResponse");
      },
    }),

    msgDescriptor<stratos.register.v1.MsgUpdateResourceNode>({
      typeUrl: "/stratos.register.v1.MsgUpdateResourceNode",
      decode: (b) => pb.MsgUpdateResourceNode.decode(b),
      signers: (m) => [m.ownerAddress],
      validateBasic(m) {
        checkNetAddr(m.networkAddress, "network_address");
        checkAcc(m.ownerAddress, "owner_address");
        if (m.beneficiaryAddress) checkAcc(m.beneficiaryAddress, "beneficiary_address", registerErrors.invalidBeneficiaryAddr);
        checkDescription(m.description);
        checkNodeType(m.nodeType);
      },
      handle(ctx, m) {
        const n = resourceNodeOf(ctx, m.networkAddress, m.ownerAddress);
        if (m.beneficiaryAddress) n.beneficiaryAddress = m.beneficiaryAddress;
        n.description = descFromProto(m.description);
        if (m.nodeType !== 0) n.nodeType = m.nodeType;
        k.setResourceNode(ctx, n);
        emitRegisterEvent(ctx, "EventUpdateResourceNode", { sender: m.ownerAddress, network_address: m.networkAddress, beneficiary_address: n.beneficiaryAddress });
        return response("MsgUpdateResourceNodeResponse");
      },
    }),

    msgDescriptor<stratos.register.v1.MsgUpdateResourceNodeDeposit>({
      typeUrl: "/stratos.register.v1.MsgUpdateResourceNodeDeposit",
      decode: (b) => pb.MsgUpdateResourceNodeDeposit.decode(b),
      signers: (m) => [m.ownerAddress],
      validateBasic: depositDeltaBasic,
      handle(ctx, m) {
        const n = resourceNodeOf(ctx, m.networkAddress, m.ownerAddress);
        const { delta, denom, availableBefore } = prepareTopUp(ctx, m, n, "resource");
        if (n.status === BondStatus.Bonded) {
          k.bank.sendCoinsFromAccountToModule(ctx, m.ownerAddress, RESOURCE_NODE_BONDED_POOL, [{ denom, amount: delta.amount }]);
          n.tokens += delta.amount;
        } else {
          k.bank.sendCoinsFromAccountToModule(ctx, m.ownerAddress, RESOURCE_NODE_NOT_BONDED_POOL, [{ denom, amount: delta.amount }]);
          n.tokens += delta.amount;
          k.bank.sendCoinsFromModuleToModule(ctx, RESOURCE_NODE_NOT_BONDED_POOL, RESOURCE_NODE_BONDED_POOL, [{ denom, amount: n.tokens }]);
          n.status = BondStatus.Bonded;
          k.setBondedResourceNodeCount(ctx, k.getBondedResourceNodeCount(ctx) + 1n);
        }
        k.setResourceNode(ctx, n);
        emitDepositUpdate(ctx, "EventUpdateResourceNodeDeposit", m, delta.amount, denom, n.tokens, availableBefore, 0n);
        return response("MsgUpdateResourceNodeDepositResponse");
      },
    }),

    msgDescriptor<stratos.register.v1.MsgUpdateEffectiveDeposit>({
      typeUrl: "/stratos.register.v1.MsgUpdateEffectiveDeposit",
      decode: (b) => pb.MsgUpdateEffectiveDeposit.decode(b),
      signers: (m) => [...new Set(m.reporterOwner)],
      validateBasic(m) {
        checkNetAddr(m.networkAddress, "network_address");
        if (m.reporters.length === 0) throw registerErrors.reporterAddress("at least one reporter is required");
        if (m.reporterOwner.length !== m.reporters.length) {
          throw registerErrors.reporterAddressOrOwner(`${m.reporters.length} reporters but ${m.reporterOwner.length} reporter owners`);
        }
        m.reporters.forEach((r, i) => checkNetAddr(r, `reporters[${i}]`, registerErrors.reporterAddress));
        m.reporterOwner.forEach((o, i) => checkAcc(o, `reporter_owner[${i}]`));
        if (!/^\d+$/.test(m.effectiveTokens)) throw registerErrors.invalidEffectiveToken(`effective_tokens must be a non-negative integer, got ${JSON.stringify(m.effectiveTokens)}`);
      },
      handle(ctx, m) {
        const eff = BigInt(m.effectiveTokens);
        if (eff <= 0n) throw registerErrors.invalidEffectiveToken("effective_tokens must be positive");
        // Change #3: every (reporter, owner) pair is an active meta node of that owner.
        m.reporters.forEach((r, i) => {
          const meta = k.getMetaNode(ctx, r);
          if (!meta || meta.ownerAddress !== m.reporterOwner[i] || !k.isActiveMetaNode(meta)) {
            throw registerErrors.reporterAddressOrOwner(`reporter ${r} is not an active meta node owned by ${m.reporterOwner[i]}`);
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
        k.setResourceNode(ctx, n);
        if (delta > 0n) k.increaseOzoneLimitByDeposit(ctx, delta);
        else if (delta < 0n && k.isUnbondable(ctx, -delta)) k.decreaseOzoneLimitByDeposit(ctx, -delta);
        emitRegisterEvent(ctx, "EventUpdateEffectiveDeposit", {
          network_address: m.networkAddress,
          effective_deposit_after: eff.toString(),
          is_unsuspended: String(isUnsuspended),
        });
        return response("MsgUpdateEffectiveDepositResponse");
      },
    }),

    msgDescriptor<stratos.register.v1.MsgRemoveResourceNode>({
      typeUrl: "/stratos.register.v1.MsgRemoveResourceNode",
      decode: (b) => pb.MsgRemoveResourceNode.decode(b),
      signers: (m) => [m.ownerAddress],
      validateBasic(m) {
        checkNetAddr(m.resourceNodeAddress, "resource_node_address", registerErrors.emptyResourceNodeAddr);
        checkAcc(m.ownerAddress, "owner_address");
      },
      handle(ctx, m) {
        const addr = m.resourceNodeAddress;
        const n = resourceNodeOf(ctx, addr, m.ownerAddress);
        checkEntries(ctx, addr);
        const available = n.tokens - k.unbondingBalance(ctx, addr);
        if (available <= 0n) throw registerErrors.insufficientBalance(`resource node ${addr} has no deposit available to unbond`);
        if (n.status !== BondStatus.Bonded) throw registerErrors.invalidNodeStat(`resource node ${addr} is ${bondStatusText(n.status)}; only Bonded nodes can be removed`);
        // Change #4: the effective deposit stops backing ozone, if the limit allows it.
        if (!k.isUnbondable(ctx, n.effectiveTokens)) {
          throw registerErrors.insufficientBalance(
            `resource node ${addr} backs ${n.effectiveTokens}wei of effective deposit; removing it would drive the remaining ozone limit (${k.getRemainingOzoneLimit(ctx)} noz) negative`,
          );
        }
        const denom = k.bondDenom(ctx);
        if (n.effectiveTokens > 0n) k.decreaseOzoneLimitByDeposit(ctx, n.effectiveTokens);
        k.bank.sendCoinsFromModuleToModule(ctx, RESOURCE_NODE_BONDED_POOL, RESOURCE_NODE_NOT_BONDED_POOL, [{ denom, amount: available }]);
        k.setBondedResourceNodeCount(ctx, k.getBondedResourceNodeCount(ctx) - 1n);
        const mature = unbondingMatureTime(k.getParams(ctx), n.status, n.creationTime, ctx.time);
        k.addUnbondingEntry(ctx, addr, false, available, mature);
        k.setResourceNode(ctx, { ...n, status: BondStatus.Unbonding, effectiveTokens: 0n });
        emitRegisterEvent(ctx, "EventUnBondingResourceNode", {
          sender: m.ownerAddress,
          resource_node: addr,
          deposit_to_remove: coinStr(available, denom),
          unbonding_mature_time: formatRfc3339(mature),
        });
        return response("MsgRemoveResourceNodeResponse");
      },
    }),

    msgDescriptor<stratos.register.v1.MsgCreateMetaNode>({
      typeUrl: "/stratos.register.v1.MsgCreateMetaNode",
      decode: (b) => pb.MsgCreateMetaNode.decode(b),
      signers: (m) => [m.ownerAddress],
      validateBasic(m) {
        checkNetAddr(m.networkAddress, "network_address");
        checkPubKeyMatches(m.networkAddress, m.pubkey);
        checkAcc(m.ownerAddress, "owner_address");
        if (m.beneficiaryAddress) checkAcc(m.beneficiaryAddress, "beneficiary_address", registerErrors.invalidBeneficiaryAddr);
        positiveCoin(m.value, "value");
        checkDescription(m.description);
        checkBls(m.blsPubKey, m.blsPop, true);
      },
      handle(ctx, m) {
        requireNoNode(ctx, m.networkAddress);
        const value = positiveCoin(m.value, "value");
        const denom = checkDenom(ctx, value.denom, "value");
        requireFunds(ctx, m.ownerAddress, value.amount, denom);
        k.bank.sendCoinsFromAccountToModule(ctx, m.ownerAddress, META_NODE_NOT_BONDED_POOL, [{ denom, amount: value.amount }]);
        k.setMetaNode(ctx, {
          networkAddress: m.networkAddress,
          pubkey: checkPubKeyMatches(m.networkAddress, m.pubkey),
          suspend: true,
          status: BondStatus.Unbonded,
          tokens: value.amount,
          ownerAddress: m.ownerAddress,
          description: descFromProto(m.description),
          creationTime: ctx.time,
          beneficiaryAddress: m.beneficiaryAddress || m.ownerAddress,
          blsPubKey: checkBls(m.blsPubKey, m.blsPop, true),
        });
        k.setRegVotePool(ctx, {
          networkAddress: m.networkAddress,
          approveList: [],
          rejectList: [],
          expireTime: nsToTime(timeToNs(ctx.time) + k.getParams(ctx).votingPeriod),
          isVotePassed: false,
        });
        emitRegisterEvent(ctx, "EventCreateMetaNode", { sender: m.ownerAddress, network_address: m.networkAddress });
        return response("MsgCreateMetaNodeResponse");
      },
    }),

    msgDescriptor<stratos.register.v1.MsgMetaNodeRegistrationVote>({
      typeUrl: "/stratos.register.v1.MsgMetaNodeRegistrationVote",
      decode: (b) => pb.MsgMetaNodeRegistrationVote.decode(b),
      signers: (m) => [m.voterOwnerAddress],
      validateBasic(m) {
        checkNetAddr(m.candidateNetworkAddress, "candidate_network_address", registerErrors.invalidCandidateNetworkAddr);
        checkAcc(m.candidateOwnerAddress, "candidate_owner_address", registerErrors.invalidCandidateOwnerAddr);
        checkNetAddr(m.voterNetworkAddress, "voter_network_address", registerErrors.invalidVoterNetworkAddr);
        checkAcc(m.voterOwnerAddress, "voter_owner_address", registerErrors.invalidVoterOwnerAddr);
        if (m.candidateNetworkAddress === m.voterNetworkAddress) throw registerErrors.sameAddr("the candidate cannot vote for itself");
      },
      handle(ctx, m) {
        const candidate = k.getMetaNode(ctx, m.candidateNetworkAddress);
        if (!candidate) throw registerErrors.noCandidateMetaNodeFound(`candidate meta node ${m.candidateNetworkAddress} does not exist`);
        if (candidate.ownerAddress !== m.candidateOwnerAddress) {
          throw registerErrors.invalidCandidateOwnerAddr(`${m.candidateOwnerAddress} is not the owner of candidate ${m.candidateNetworkAddress}`);
        }
        // Change #5: the voter must be an active meta node owned by the signer.
        const voter = k.getMetaNode(ctx, m.voterNetworkAddress);
        if (!voter || voter.ownerAddress !== m.voterOwnerAddress || !k.isActiveMetaNode(voter)) {
          throw registerErrors.noActiveVoterMetaNodeFound(`voter ${m.voterNetworkAddress} is not an active meta node owned by ${m.voterOwnerAddress}`);
        }
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
        let ozoneChange = 0n;
        let status = candidate.status;
        if (!pool.isVotePassed) {
          const n = k.activeMetaNodeCount(ctx);
          if (BigInt(pool.approveList.length) >= voteThreshold(n)) {
            const denom = k.bondDenom(ctx);
            k.bank.sendCoinsFromModuleToModule(ctx, META_NODE_NOT_BONDED_POOL, META_NODE_BONDED_POOL, [{ denom, amount: candidate.tokens }]);
            ozoneChange = k.increaseOzoneLimitByDeposit(ctx, candidate.tokens);
            k.setBondedMetaNodeCount(ctx, k.getBondedMetaNodeCount(ctx) + 1n);
            status = BondStatus.Bonded;
            k.setMetaNode(ctx, { ...candidate, status, suspend: false });
            pool.isVotePassed = true;
          }
        }
        k.setRegVotePool(ctx, pool);
        emitRegisterEvent(ctx, "EventMetaNodeRegistrationVote", {
          sender: m.voterOwnerAddress,
          voter_network_address: m.voterNetworkAddress,
          candidate_network_address: m.candidateNetworkAddress,
          candidate_status: bondStatusText(status),
          ozone_limit_changes: ozoneChange.toString(),
        });
        return response("MsgMetaNodeRegistrationVoteResponse");
      },
    }),

    msgDescriptor<stratos.register.v1.MsgKickMetaNodeVote>({
      typeUrl: "/stratos.register.v1.MsgKickMetaNodeVote",
      decode: (b) => pb.MsgKickMetaNodeVote.decode(b),
      signers: (m) => [m.voterOwnerAddress],
      validateBasic(m) {
        checkNetAddr(m.targetNetworkAddress, "target_network_address", registerErrors.invalidTargetNetworkAddr);
        checkNetAddr(m.voterNetworkAddress, "voter_network_address", registerErrors.invalidVoterNetworkAddr);
        checkAcc(m.voterOwnerAddress, "voter_owner_address", registerErrors.invalidVoterOwnerAddr);
        if (m.targetNetworkAddress === m.voterNetworkAddress) throw registerErrors.sameAddr("a meta node cannot vote to kick itself");
      },
      handle(ctx, m) {
        const target = k.getMetaNode(ctx, m.targetNetworkAddress);
        if (!k.isActiveMetaNode(target)) throw registerErrors.noActiveTargetMetaNodeFound(`target ${m.targetNetworkAddress} is not an active meta node`);
        const voter = k.getMetaNode(ctx, m.voterNetworkAddress);
        if (!voter || voter.ownerAddress !== m.voterOwnerAddress || !k.isActiveMetaNode(voter)) {
          throw registerErrors.noActiveVoterMetaNodeFound(`voter ${m.voterNetworkAddress} is not an active meta node owned by ${m.voterOwnerAddress}`);
        }
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
        let unbond: ReturnType<typeof unbondMetaNode> | undefined;
        if (!pool.isVotePassed && BigInt(pool.approveList.length) >= threshold) {
          unbond = unbondMetaNode(ctx, target!);
          status = BondStatus.Unbonding;
          pool.isVotePassed = true;
        }
        // Change #6: the pool closes as failed once approval can no longer reach the threshold.
        if (!pool.isVotePassed && BigInt(pool.rejectList.length) > n - threshold) k.deleteKickVotePool(ctx, pool.networkAddress);
        else k.setKickVotePool(ctx, pool);
        emitRegisterEvent(ctx, "EventKickMetaNodeVote", {
          sender: "",
          voter_network_address: m.voterNetworkAddress,
          target_network_address: m.targetNetworkAddress,
          target_status: bondStatusText(status),
        });
        if (unbond && unbond.ozoneChange > 0n) {
          emitRegisterEvent(ctx, "EventUnBondingMetaNode", {
            sender: target!.ownerAddress,
            meta_node: m.targetNetworkAddress,
            ozone_limit_changes: (-unbond.ozoneChange).toString(),
            deposit_to_remove: coinStr(unbond.amount, k.bondDenom(ctx)),
            unbonding_mature_time: formatRfc3339(unbond.mature),
          });
        }
        return response("MsgKickMetaNodeVoteResponse");
      },
    }),

    msgDescriptor<stratos.register.v1.MsgUpdateMetaNode>({
      typeUrl: "/stratos.register.v1.MsgUpdateMetaNode",
      decode: (b) => pb.MsgUpdateMetaNode.decode(b),
      signers: (m) => [m.ownerAddress],
      validateBasic(m) {
        checkNetAddr(m.networkAddress, "network_address");
        checkAcc(m.ownerAddress, "owner_address");
        if (m.beneficiaryAddress) checkAcc(m.beneficiaryAddress, "beneficiary_address", registerErrors.invalidBeneficiaryAddr);
        checkDescription(m.description);
        checkBls(m.blsPubKey, m.blsPop, false);
      },
      handle(ctx, m) {
        const n = metaNodeOf(ctx, m.networkAddress, m.ownerAddress);
        if (m.beneficiaryAddress) n.beneficiaryAddress = m.beneficiaryAddress;
        n.description = descFromProto(m.description);
        const bls = checkBls(m.blsPubKey, m.blsPop, false);
        if (bls.length > 0) n.blsPubKey = bls;
        k.setMetaNode(ctx, n);
        emitRegisterEvent(ctx, "EventUpdateMetaNode", { sender: m.ownerAddress, network_address: m.networkAddress });
        return response("MsgUpdateMetaNodeResponse");
      },
    }),

    msgDescriptor<stratos.register.v1.MsgUpdateMetaNodeDeposit>({
      typeUrl: "/stratos.register.v1.MsgUpdateMetaNodeDeposit",
      decode: (b) => pb.MsgUpdateMetaNodeDeposit.decode(b),
      signers: (m) => [m.ownerAddress],
      validateBasic: depositDeltaBasic,
      handle(ctx, m) {
        const n = metaNodeOf(ctx, m.networkAddress, m.ownerAddress);
        const { delta, denom, availableBefore } = prepareTopUp(ctx, m, n, "meta");
        const pool = n.status === BondStatus.Bonded ? META_NODE_BONDED_POOL : META_NODE_NOT_BONDED_POOL;
        k.bank.sendCoinsFromAccountToModule(ctx, m.ownerAddress, pool, [{ denom, amount: delta.amount }]);
        n.tokens += delta.amount;
        k.setMetaNode(ctx, n);
        const ozoneChange = n.suspend ? 0n : k.increaseOzoneLimitByDeposit(ctx, delta.amount);
        emitDepositUpdate(ctx, "EventUpdateMetaNodeDeposit", m, delta.amount, denom, n.tokens, availableBefore, ozoneChange);
        return response("MsgUpdateMetaNodeDepositResponse");
      },
    }),

    msgDescriptor<stratos.register.v1.MsgRemoveMetaNode>({
      typeUrl: "/stratos.register.v1.MsgRemoveMetaNode",
      decode: (b) => pb.MsgRemoveMetaNode.decode(b),
      signers: (m) => [m.ownerAddress],
      validateBasic(m) {
        checkNetAddr(m.metaNodeAddress, "meta_node_address", registerErrors.emptyMetaNodeAddr);
        checkAcc(m.ownerAddress, "owner_address");
      },
      handle(ctx, m) {
        const n = metaNodeOf(ctx, m.metaNodeAddress, m.ownerAddress);
        const r = unbondMetaNode(ctx, n);
        emitRegisterEvent(ctx, "EventUnBondingMetaNode", {
          sender: m.ownerAddress,
          meta_node: m.metaNodeAddress,
          ozone_limit_changes: (-r.ozoneChange).toString(),
          deposit_to_remove: coinStr(r.amount, k.bondDenom(ctx)),
          unbonding_mature_time: formatRfc3339(r.mature),
        });
        return response("MsgRemoveMetaNodeResponse");
      },
    }),

    updateParamsMsg({
      module: "stratos.register.v1",
      decode: (b) => pb.MsgUpdateParams.decode(b),
      fromProto: registerParamsFromProto,
      validate: validateRegisterParams,
      invalidParams: registerErrors.invalid,
      invalidAuthority: errInvalidAuthority,
      getAuthority: (ctx) => k.getAuthority(ctx),
      setParams: (ctx, p) => k.setParams(ctx, p),
    }),
  ];
}
