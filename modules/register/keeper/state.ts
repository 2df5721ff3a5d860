// register's state under "register/" (stratos-chain's prefixes, §2.1), declared once as typed
// collections (chain/store/collections.ts). Keys and values are byte-identical to the hand-written
// accessors they replace: node and pool keys are the 20 raw bytes of the stsds address, slashing keys
// the raw account address, counters and totals cosmos Int strings, the rate a cosmos Dec string.
import {
  accAddressKey,
  addressKey,
  decValue,
  intValue,
  pairKey,
  SchemaBuilder,
  stringValue,
  timeKey,
  valueCodec,
} from "../../../chain/store/collections.ts";
import { decodeRegisterParams, encodeRegisterParams } from "../params.ts";
import {
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
  sdsAddressBytes,
  sdsAddressFromBytes,
} from "../types.ts";

export const REGISTER_STORE_PREFIX = new TextEncoder().encode("register/");

/** An stsds network address as its 20 raw bytes (a malformed one fails with register's invalid-network-address error). */
export const sdsAddressKey = addressKey("sdsAddress", (a: string) => sdsAddressBytes(a), sdsAddressFromBytes);

function declare() {
  const s = new SchemaBuilder(REGISTER_STORE_PREFIX);
  const resourceNodes = s.map(0x01, "resource_nodes", sdsAddressKey, valueCodec("ResourceNode", encodeResourceNode, decodeResourceNode));
  const metaNodes = s.map(0x02, "meta_nodes", sdsAddressKey, valueCodec("MetaNode", encodeMetaNode, decodeMetaNode));
  /** Registration vote pools by candidate. */
  const regVotePools = s.map(0x03, "meta_node_reg_vote_pool", sdsAddressKey, valueCodec("MetaNodeRegistrationVotePool", encodeRegPool, decodeRegPool));
  const remainingOzoneLimit = s.item(0x04, "remaining_noz_limit", intValue);
  /** Outstanding slashing debt (wei) by wallet; a paid-off debt is deleted. */
  const slashing = s.map(0x05, "slashing", accAddressKey, intValue);
  // 0x06 (Stratos' initial genesis deposit) is deprecated upstream and not written.
  const depositNozRate = s.item(0x07, "deposit_noz_rate", decValue);
  const bondedMetaNodeCount = s.item(0x08, "bonded_meta_node_count", intValue);
  const bondedResourceNodeCount = s.item(0x09, "bonded_resource_node_count", intValue);
  const effectiveTotalDeposit = s.item(0x10, "effective_total_deposit", intValue);
  const unbondingNodes = s.map(0x11, "unbonding_nodes", sdsAddressKey, valueCodec("UnbondingNode", encodeUnbondingNode, decodeUnbondingNode));
  /** 0x12 ‖ seconds(8, big-endian) ‖ nanos(4) ‖ addr20 → 0x01: one entry per unbonding entry, in maturity order. */
  const unbondingQueue = s.keySet(0x12, "unbonding_queue", pairKey(timeKey, sdsAddressKey));
  /** Kick vote pools by target. */
  const kickVotePools = s.map(0x13, "kick_meta_node_vote_pool", sdsAddressKey, valueCodec("KickMetaNodeVotePool", encodeKickPool, decodeKickPool));
  const params = s.item(0x20, "params", valueCodec("Params", encodeRegisterParams, decodeRegisterParams));
  /** Ours (README change #10): the account allowed to send MsgUpdateParams until a gov module exists. */
  const authority = s.item(0x21, "authority", stringValue);
  return s.build({
    params,
    resourceNodes,
    metaNodes,
    regVotePools,
    remainingOzoneLimit,
    slashing,
    depositNozRate,
    bondedMetaNodeCount,
    bondedResourceNodeCount,
    effectiveTotalDeposit,
    unbondingNodes,
    unbondingQueue,
    kickVotePools,
    authority,
  });
}

/** The schema (for genesis export: `registerSchema.walk(ctx)`) and its collections. */
export const registerSchema = declare();
export type RegisterState = typeof registerSchema.collections;
