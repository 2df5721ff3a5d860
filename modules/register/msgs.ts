// The register Msg service (§2.5) with our changes #2–#6 and #10 (see spec/README.md). Handlers are
// thin: decode → stateless checks → one keeper call (keeper/, where every state change and stateful
// check lives) → events.
import { BLS_PUBKEY_LENGTH, BLS_SIGNATURE_LENGTH, blsIsValidPublicKey, blsPopVerify } from "../../chain/crypto/bls.ts";
import type { Context } from "../../chain/app/context.ts";
import { msgDescriptor, type EncodedMsg, type MsgDescriptor } from "../../chain/app/module.ts";
import { stratos } from "../../proto/client.ts";
import { errInvalidAuthority, registerErrors } from "./errors.ts";
import { checkAccAddress, emptyResponse, updateParamsMsg } from "../../chain/app/module-helpers.ts";
import { emitRegisterEvent } from "./events.ts";
import type { RegisterKeeper } from "./keeper.ts";
import { registerParamsFromProto, validateRegisterParams } from "./params.ts";
import { bondStatusText, descFromProto, ed25519KeyFromAny, formatRfc3339, sdsAddressBytes, sdsAddressOfPubKey, type Description, type PubKeyAny } from "./types.ts";
import { parseUint256, uint256Problem } from "../../chain/types/int.ts";

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
  const v = parseUint256(amount);
  if (v === undefined) throw registerErrors.invalidAmount(`${what}: amount ${JSON.stringify(amount)} ${uint256Problem(amount)}`);
  if (v <= 0n) throw registerErrors.valueNegative(`${what} must be positive, got ${amount}${c.denom ?? ""}`);
  if (!c.denom) throw registerErrors.badDenom(`${what} has no denom`);
  return { denom: c.denom, amount: v };
}

function checkDescription(d: stratos.register.v1.Description | null | undefined): Description {
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
 * The key is optional: upstream's MsgCreateMetaNode has no such field (stchaind sends none), and
 * MsgUpdateMetaNode with an empty key leaves it unchanged. A meta node without a key can be voted
 * in and serve, but cannot co-sign volume reports (pot matches signers to registered keys) until
 * a MsgUpdateMetaNode registers one with its proof of possession.
 */
function checkBls(key: Uint8Array | null | undefined, pop: Uint8Array | null | undefined): Uint8Array {
  const k = Uint8Array.from(key ?? []);
  if (k.length === 0) {
    if ((pop ?? []).length !== 0) throw registerErrors.invalidBlsPubKey("bls_pop given without bls_pub_key");
    return k;
  }
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
  function emitDepositUpdate(
    ctx: Context,
    event: "EventUpdateResourceNodeDeposit" | "EventUpdateMetaNodeDeposit",
    m: DepositDeltaMsg,
    delta: bigint,
    r: { denom: string; tokensAfter: bigint; availableBefore: bigint; ozoneLimitChange: bigint },
  ): void {
    emitRegisterEvent(ctx, event, {
      sender: m.ownerAddress,
      network_address: m.networkAddress,
      deposit_delta: coinStr(delta, r.denom),
      current_deposit: coinStr(r.tokensAfter, r.denom), // change #2: after the add
      available_token_before: coinStr(r.availableBefore, r.denom),
      available_token_after: coinStr(r.availableBefore + delta, r.denom),
      ozone_limit_changes: r.ozoneLimitChange.toString(),
      unbonding_mature_time: formatRfc3339(ctx.time),
    });
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
        const value = positiveCoin(m.value, "value");
        const pubkey = checkPubKeyMatches(m.networkAddress, m.pubkey);
        const { denom } = k.createResourceNode(ctx, {
          networkAddress: m.networkAddress,
          pubkey,
          ownerAddress: m.ownerAddress,
          beneficiaryAddress: m.beneficiaryAddress,
          value,
          description: descFromProto(m.description),
          nodeType: m.nodeType,
        });
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
        const n = k.updateResourceNode(ctx, {
          networkAddress: m.networkAddress,
          ownerAddress: m.ownerAddress,
          beneficiaryAddress: m.beneficiaryAddress,
          description: descFromProto(m.description),
          nodeType: m.nodeType,
        });
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
        const delta = positiveCoin(m.depositDelta, "deposit_delta");
        const r = k.updateResourceNodeDeposit(ctx, { networkAddress: m.networkAddress, ownerAddress: m.ownerAddress, delta });
        emitDepositUpdate(ctx, "EventUpdateResourceNodeDeposit", m, delta.amount, r);
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
        if (parseUint256(m.effectiveTokens) === undefined) throw registerErrors.invalidEffectiveToken(`effective_tokens ${JSON.stringify(m.effectiveTokens)} ${uint256Problem(m.effectiveTokens)}`);
      },
      handle(ctx, m) {
        const eff = BigInt(m.effectiveTokens);
        const { isUnsuspended } = k.updateEffectiveDeposit(ctx, { networkAddress: m.networkAddress, reporters: m.reporters, reporterOwners: m.reporterOwner, effectiveTokens: eff });
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
        const r = k.removeResourceNode(ctx, { networkAddress: m.resourceNodeAddress, ownerAddress: m.ownerAddress });
        emitRegisterEvent(ctx, "EventUnBondingResourceNode", {
          sender: m.ownerAddress,
          resource_node: m.resourceNodeAddress,
          deposit_to_remove: coinStr(r.amount, r.denom),
          unbonding_mature_time: formatRfc3339(r.mature),
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
        checkBls(m.blsPubKey, m.blsPop);
      },
      handle(ctx, m) {
        k.createMetaNode(ctx, {
          networkAddress: m.networkAddress,
          pubkey: checkPubKeyMatches(m.networkAddress, m.pubkey),
          ownerAddress: m.ownerAddress,
          beneficiaryAddress: m.beneficiaryAddress,
          value: positiveCoin(m.value, "value"),
          description: descFromProto(m.description),
          blsPubKey: checkBls(m.blsPubKey, m.blsPop),
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
        const r = k.registrationVote(ctx, {
          candidateNetworkAddress: m.candidateNetworkAddress,
          candidateOwnerAddress: m.candidateOwnerAddress,
          voterNetworkAddress: m.voterNetworkAddress,
          voterOwnerAddress: m.voterOwnerAddress,
          opinion: m.opinion,
        });
        emitRegisterEvent(ctx, "EventMetaNodeRegistrationVote", {
          sender: m.voterOwnerAddress,
          voter_network_address: m.voterNetworkAddress,
          candidate_network_address: m.candidateNetworkAddress,
          candidate_status: bondStatusText(r.candidateStatus),
          ozone_limit_changes: r.ozoneLimitChange.toString(),
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
        const r = k.kickVote(ctx, {
          targetNetworkAddress: m.targetNetworkAddress,
          voterNetworkAddress: m.voterNetworkAddress,
          voterOwnerAddress: m.voterOwnerAddress,
          opinion: m.opinion,
        });
        emitRegisterEvent(ctx, "EventKickMetaNodeVote", {
          sender: "",
          voter_network_address: m.voterNetworkAddress,
          target_network_address: m.targetNetworkAddress,
          target_status: bondStatusText(r.targetStatus),
        });
        if (r.unbonding && r.unbonding.ozoneChange > 0n) {
          emitRegisterEvent(ctx, "EventUnBondingMetaNode", {
            sender: r.target.ownerAddress,
            meta_node: m.targetNetworkAddress,
            ozone_limit_changes: (-r.unbonding.ozoneChange).toString(),
            // read here, as before the keeper split (one params read of this tx's gas)
            deposit_to_remove: coinStr(r.unbonding.amount, k.bondDenom(ctx)),
            unbonding_mature_time: formatRfc3339(r.unbonding.mature),
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
        checkBls(m.blsPubKey, m.blsPop);
      },
      handle(ctx, m) {
        k.updateMetaNode(ctx, {
          networkAddress: m.networkAddress,
          ownerAddress: m.ownerAddress,
          beneficiaryAddress: m.beneficiaryAddress,
          description: descFromProto(m.description),
          blsPubKey: checkBls(m.blsPubKey, m.blsPop),
        });
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
        const delta = positiveCoin(m.depositDelta, "deposit_delta");
        const r = k.updateMetaNodeDeposit(ctx, { networkAddress: m.networkAddress, ownerAddress: m.ownerAddress, delta });
        emitDepositUpdate(ctx, "EventUpdateMetaNodeDeposit", m, delta.amount, r);
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
        const r = k.removeMetaNode(ctx, { networkAddress: m.metaNodeAddress, ownerAddress: m.ownerAddress });
        emitRegisterEvent(ctx, "EventUnBondingMetaNode", {
          sender: m.ownerAddress,
          meta_node: m.metaNodeAddress,
          ozone_limit_changes: (-r.ozoneChange).toString(),
          // read here, as before the keeper split (one params read of this tx's gas)
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
