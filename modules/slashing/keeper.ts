// SlashingKeeper: validator liveness (signed-blocks window over decided_last_commit), downtime slash and
// jail, double-sign handling from CometBFT's misbehavior evidence (the SDK's x/evidence
// HandleEquivocationEvidence: slash, jail for ever, tombstone) and unjail — the rules of the Cosmos SDK
// v0.47 x/slashing. State under "slashing/", prefixes as the SDK's keys.go.
import * as pb from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import type { Context } from "../../chain/app/context.ts";
import { CONSENSUS_PREFIX, toBech32 } from "../../chain/crypto/bech32.ts";
import { bech32Key, intValue, mapValue, protoValue, SchemaBuilder, uint64Key, pairKey } from "../../chain/store/collections.ts";
import { accountOfValoper, consAddressBytes, timeAdd, timeCmp, tokensFromShares } from "../staking/types.ts";
import { slashingErrors } from "./errors.ts";
import { emitJail, emitLiveness, emitSlash, SLASH_REASON_DOUBLE_SIGN, SLASH_REASON_MISSING_SIGNATURE } from "./events.ts";
import type { SlashingStakingKeeper } from "./expected.ts";
import { defaultSlashingParams, minSignedBlocks, slashingParamsFromProto, slashingParamsToProto, type SlashingParams } from "./params.ts";

export const SLASHING_STORE_PREFIX = new TextEncoder().encode("slashing/");
/** The SDK's ValidatorUpdateDelay: a validator set change takes effect one block later. */
const VALIDATOR_UPDATE_DELAY = 1n;
/** The SDK's DoubleSignJailEndTime (9999-12-31T23:59:59Z): a double-signer stays jailed for ever. */
export const DOUBLE_SIGN_JAIL_END_TIME: Timestamp = { seconds: 253_402_300_799n, nanos: 0 };
/** CometBFT's MisbehaviorType: DUPLICATE_VOTE = 1, LIGHT_CLIENT_ATTACK = 2 (both are equivocation in the SDK). */
const EQUIVOCATION_TYPES = new Set([1, 2]);

export interface SigningInfo {
  /** stvalcons… */
  address: string;
  startHeight: bigint;
  indexOffset: bigint;
  jailedUntil: Timestamp;
  tombstoned: boolean;
  missedBlocksCounter: bigint;
}

const consKey = bech32Key(CONSENSUS_PREFIX);
const signingInfoValue = mapValue(
  protoValue(pb.ValidatorSigningInfo),
  (p): SigningInfo => ({ address: p.address, startHeight: p.startHeight, indexOffset: p.indexOffset, jailedUntil: p.jailedUntil ?? { seconds: 0n, nanos: 0 }, tombstoned: p.tombstoned, missedBlocksCounter: p.missedBlocksCounter }),
  (v): pb.ValidatorSigningInfo => ({ ...v }),
  "signing_info",
);
const paramsValue = mapValue(protoValue(pb.Params), slashingParamsFromProto, slashingParamsToProto, "params");

const s = new SchemaBuilder(SLASHING_STORE_PREFIX);
const params = s.item(0x00, "params", paramsValue);
const signingInfos = s.map(0x01, "validator_signing_info", consKey, signingInfoValue);
/** The missed-block bit array: an entry per window index where the validator missed (absent = signed). */
const missedKey = pairKey(consKey, uint64Key);
const missedBlocks = s.keySet(0x02, "validator_missed_block_bit_array", missedKey);
/**
 * Ours: validators whose votes are being counted in an unbroken run, → the run's first height S. While
 * a run lasts, the stored signing info keeps the index offset it had at S, and the SDK's offset is
 * derived (stored + blocks counted since S), so a block in which everyone signs writes nothing.
 */
const counting = s.map(0x10, "counting_since", consKey, intValue);
export const slashingSchema = s.build({ params, signingInfos, missedBlocks, counting });

const ZERO_TIME: Timestamp = { seconds: 0n, nanos: 0 };
const NANOS = 1_000_000_000n;
const timeNanos = (t: Timestamp) => t.seconds * NANOS + BigInt(t.nanos);

export class SlashingKeeper {
  readonly schema = slashingSchema;

  constructor(readonly staking: SlashingStakingKeeper) {
    // Every validator that becomes bonded gets a signing info (the SDK's AfterValidatorBonded hook).
    staking.addHooks({
      afterValidatorBonded: (ctx, consAddr) => this.afterValidatorBonded(ctx, consAddr),
    });
  }

  getParams(ctx: Context): SlashingParams {
    return params.getOr(ctx, defaultSlashingParams);
  }
  setParams(ctx: Context, p: SlashingParams): void {
    params.set(ctx, p);
  }

  /** The SDK's signing info after the block at ctx.height (index offset of a counting run included). */
  getSigningInfo(ctx: Context, consAddr: string): SigningInfo | undefined {
    const info = signingInfos.get(ctx, consAddr);
    return info && this.withRun(ctx, info);
  }
  private withRun(ctx: Context, info: SigningInfo): SigningInfo {
    const since = counting.get(ctx, info.address);
    if (since === undefined || ctx.height < since) return info;
    return { ...info, indexOffset: info.indexOffset + (ctx.height - since + 1n) };
  }
  /** Genesis import: a signing info as exported (`run`: the counting run it was in, stored as it was). */
  setSigningInfo(ctx: Context, info: SigningInfo, run?: { since: bigint; indexOffset: bigint }): void {
    if (run) {
      signingInfos.set(ctx, info.address, { ...info, indexOffset: run.indexOffset });
      counting.set(ctx, info.address, run.since);
    } else signingInfos.set(ctx, info.address, info);
  }
  /** Every signing info as the SDK has it, with the stored form of a counting run (for export). */
  *allSigningInfos(ctx: Context): Iterable<{ info: SigningInfo; run?: { since: bigint; indexOffset: bigint } }> {
    for (const raw of signingInfos.values(ctx)) {
      const since = counting.get(ctx, raw.address);
      yield { info: this.withRun(ctx, raw), run: since === undefined ? undefined : { since, indexOffset: raw.indexOffset } };
    }
  }
  /** Raw pairs for pagination (keys = consensus address bytes); decode each with `storedSigningInfo`. */
  rawSigningInfos(ctx: Context, start?: Uint8Array) {
    return signingInfos.raw(ctx, { start });
  }
  /** A stored signing info's bytes → the SDK's signing info at ctx.height. */
  storedSigningInfo(ctx: Context, bytes: Uint8Array): SigningInfo {
    return this.withRun(ctx, signingInfoValue.decode(bytes));
  }
  /** Window indexes the validator missed, ascending. */
  missedIndexes(ctx: Context, consAddr: string): bigint[] {
    const out: bigint[] = [];
    for (const [, i] of missedBlocks.iterate(ctx, { prefix: missedKey.prefix(consAddr) })) out.push(i);
    return out;
  }
  private missed(ctx: Context, consAddr: string, index: bigint): boolean {
    return missedBlocks.has(ctx, [consAddr, index]);
  }
  setMissed(ctx: Context, consAddr: string, index: bigint, missed: boolean): void {
    if (missed) missedBlocks.set(ctx, [consAddr, index]);
    else missedBlocks.remove(ctx, [consAddr, index]);
  }
  private clearMissed(ctx: Context, consAddr: string): void {
    for (const i of this.missedIndexes(ctx, consAddr)) missedBlocks.remove(ctx, [consAddr, i]);
  }

  private afterValidatorBonded(ctx: Context, consAddrBytes: Uint8Array): void {
    const address = toBech32(CONSENSUS_PREFIX, consAddrBytes);
    // A validator bonded again (after unjail) starts a new window at this height.
    const known = signingInfos.get(ctx, address);
    if (known) signingInfos.set(ctx, address, { ...known, startHeight: ctx.height });
    else signingInfos.set(ctx, address, { address, startHeight: ctx.height, indexOffset: 0n, jailedUntil: ZERO_TIME, tombstoned: false, missedBlocksCounter: 0n });
  }

  /** BeginBlock: liveness of every validator of the last commit, then the block's double-sign evidence. */
  beginBlock(ctx: Context): void {
    const votes = ctx.voteInfos ?? [];
    // A run ends when its validator is no longer in the last commit: its offset is written out (the
    // blocks S … height − 1 were counted). Reads only when nothing ends.
    const voters = new Set(votes.map((v) => toBech32(CONSENSUS_PREFIX, v.address)));
    for (const [addr, since] of [...counting.iterate(ctx)]) if (!voters.has(addr)) this.endRun(ctx, addr, since);
    const p = votes.length ? this.getParams(ctx) : defaultSlashingParams;
    for (const v of votes) this.handleValidatorSignature(ctx, v.address, v.power, v.signed, p);
    for (const m of ctx.misbehavior ?? []) if (EQUIVOCATION_TYPES.has(m.type)) this.handleEquivocation(ctx, m);
  }

  /** Writes the offset a counting run reached before this block into the signing info and ends the run. */
  private endRun(ctx: Context, addr: string, since: bigint): void {
    const raw = signingInfos.get(ctx, addr);
    if (raw && ctx.height > since) signingInfos.set(ctx, addr, { ...raw, indexOffset: raw.indexOffset + (ctx.height - since) });
    counting.remove(ctx, addr);
  }

  /**
   * The SDK's HandleValidatorSignature (x/slashing/keeper/infractions.go). Same results; the index
   * offset moves without a write (see `counting`), so only a changed bit, counter or jail writes.
   */
  handleValidatorSignature(ctx: Context, addr: Uint8Array, power: bigint, signed: boolean, p = this.getParams(ctx)): void {
    const validator = this.staking.getValidatorByConsAddr(ctx, addr);
    const consAddr = toBech32(CONSENSUS_PREFIX, addr);
    let since = counting.get(ctx, consAddr);
    // A jailed validator's votes are not counted (its run, if any, ends before this block).
    if (validator?.jailed) {
      if (since !== undefined) this.endRun(ctx, consAddr, since);
      return;
    }
    const info = signingInfos.get(ctx, consAddr);
    // The SDK panics here; a vote of a validator staking does not know (CometBFT genesis validators
    // of a chain without gentxs) has nothing to account to, so it is skipped.
    if (!info) return;
    if (since === undefined) {
      since = ctx.height;
      counting.set(ctx, consAddr, since);
    }
    const window = p.signedBlocksWindow;
    const offset = info.indexOffset + (ctx.height - since); // the SDK's IndexOffset before this vote
    const index = offset % window;
    const previous = this.missed(ctx, consAddr, index);
    const missed = !signed;
    let changed = false;
    if (!previous && missed) {
      this.setMissed(ctx, consAddr, index, true);
      info.missedBlocksCounter++;
      changed = true;
    } else if (previous && !missed) {
      this.setMissed(ctx, consAddr, index, false);
      info.missedBlocksCounter--;
      changed = true;
    }
    if (missed) emitLiveness(ctx, { address: consAddr, missedBlocks: info.missedBlocksCounter, height: ctx.height });
    const minHeight = info.startHeight + window;
    const maxMissed = window - minSignedBlocks(p);
    if (ctx.height > minHeight && info.missedBlocksCounter > maxMissed && validator && !validator.jailed) {
      // The infraction happened at the block CometBFT's last commit is for; the stake that signed
      // it was bonded one update delay before.
      const distributionHeight = ctx.height - VALIDATOR_UPDATE_DELAY - 1n;
      const burned = this.staking.slash(ctx, addr, distributionHeight, power, p.slashFractionDowntime);
      emitSlash(ctx, { address: consAddr, power, reason: SLASH_REASON_MISSING_SIGNATURE, jailed: consAddr, burnedCoins: burned });
      this.staking.jail(ctx, addr);
      info.jailedUntil = timeAdd(ctx.time, p.downtimeJailDuration);
      // A new window starts after unjail (the SDK resets counter, offset and bit array).
      info.missedBlocksCounter = 0n;
      info.indexOffset = 0n;
      this.clearMissed(ctx, consAddr);
      counting.remove(ctx, consAddr);
      signingInfos.set(ctx, consAddr, info);
      return;
    }
    // The stored offset stays the run's start value; only the counter changed.
    if (changed) signingInfos.set(ctx, consAddr, info);
  }

  /** The SDK's x/evidence HandleEquivocationEvidence: slash 5 %, jail until 9999, tombstone. */
  handleEquivocation(ctx: Context, m: { address: Uint8Array; power: bigint; height: bigint; time: Timestamp }): void {
    // Stale evidence (older than both of CometBFT's evidence max ages) is ignored, as the SDK does.
    const ev = ctx.consensusParams?.evidence;
    if (ev) {
      const ageNanos = timeNanos(ctx.time) - timeNanos(m.time);
      const maxNanos = (ev.maxAgeDuration?.seconds ?? 0n) * NANOS + BigInt(ev.maxAgeDuration?.nanos ?? 0);
      if (ageNanos > maxNanos && ctx.height - m.height > ev.maxAgeNumBlocks) return;
    }
    const validator = this.staking.getValidatorByConsAddr(ctx, m.address);
    if (!validator || validator.status === BondStatus.BOND_STATUS_UNBONDED) return;
    const consAddr = toBech32(CONSENSUS_PREFIX, m.address);
    const info = signingInfos.get(ctx, consAddr); // stored form: a counting run's offset stays as stored
    if (!info || info.tombstoned) return;
    const p = this.getParams(ctx);
    const distributionHeight = m.height - VALIDATOR_UPDATE_DELAY;
    const burned = this.staking.slash(ctx, m.address, distributionHeight, m.power, p.slashFractionDoubleSign);
    emitSlash(ctx, { address: consAddr, power: m.power, reason: SLASH_REASON_DOUBLE_SIGN, burnedCoins: burned });
    if (!validator.jailed) {
      this.staking.jail(ctx, m.address);
      emitJail(ctx, consAddr);
    }
    info.jailedUntil = DOUBLE_SIGN_JAIL_END_TIME;
    info.tombstoned = true;
    signingInfos.set(ctx, consAddr, info);
  }

  /** MsgUnjail (the SDK's Keeper.Unjail), checks in the SDK's order. */
  unjail(ctx: Context, valoper: string): void {
    const v = this.staking.getValidator(ctx, valoper);
    if (!v) throw slashingErrors.noValidatorForAddress(`address is not associated with any known validator: ${valoper}`);
    const selfShares = this.staking.getDelegation(ctx, accountOfValoper(valoper), valoper);
    if (!selfShares) throw slashingErrors.missingSelfDelegation("validator has no self-delegation; cannot be unjailed");
    const tokens = v.shares.isZero() ? 0n : tokensFromShares(v, selfShares).truncateInt();
    if (tokens < v.minSelfDelegation) throw slashingErrors.selfDelegationTooLowToUnjail(`${tokens} less than ${v.minSelfDelegation}: validator's self delegation less than minimum; cannot be unjailed`);
    if (!v.jailed) throw slashingErrors.validatorNotJailed("validator not jailed; cannot be unjailed");
    const cons = consAddressBytes(v.consPubKey);
    const info = this.getSigningInfo(ctx, toBech32(CONSENSUS_PREFIX, cons));
    if (info) {
      if (info.tombstoned) throw slashingErrors.validatorJailed("validator still jailed; cannot be unjailed: it is tombstoned (double sign)");
      if (timeCmp(ctx.time, info.jailedUntil) < 0) throw slashingErrors.validatorJailed(`validator still jailed; cannot be unjailed: jailed until ${new Date(Number(info.jailedUntil.seconds) * 1000).toISOString()}`);
    }
    this.staking.unjail(ctx, cons);
  }
}
