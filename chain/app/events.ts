import type { Event } from "cosmjs-types/tendermint/abci/types";
import { formatCoins, type Coin } from "../types/coins.ts";

/** Collects events of one execution scope; a failed scope's events are dropped with its writes. */
export class EventManager {
  readonly events: Event[] = [];

  emit(type: string, attrs: Record<string, string> | [string, string][]): void {
    const pairs = Array.isArray(attrs) ? attrs : Object.entries(attrs);
    // index=true on every attribute: CometBFT's kv indexer only indexes flagged attributes, and
    // clients search by message.sender, transfer.recipient, typed-event fields, ...
    this.events.push({ type, attributes: pairs.map(([key, value]) => ({ key, value, index: true })) });
  }

  /**
   * Typed event as the Cosmos SDK's EmitTypedEvent writes it: type = proto full name, one attribute
   * per field, JSON-encoded values (strings quoted).
   */
  emitTyped(fullName: string, fields: Record<string, unknown>): void {
    this.emit(
      fullName,
      Object.entries(fields).map(([k, v]): [string, string] => [k, JSON.stringify(v, (_key, x) => (typeof x === "bigint" ? x.toString() : x))]),
    );
  }

  append(events: readonly Event[]): void {
    this.events.push(...events);
  }
}

export function emitTransfer(em: EventManager, from: string, to: string, coins: readonly Coin[]): void {
  const amount = formatCoins(coins);
  em.emit("coin_spent", { spender: from, amount });
  em.emit("coin_received", { receiver: to, amount });
  em.emit("transfer", { recipient: to, sender: from, amount });
}
