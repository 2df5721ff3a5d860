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

/**
 * For CheckTx and ReCheckTx: their answers carry no events (as SDK 0.47's), so the events the ante
 * handler would build are never seen; dropping them keeps the mempool's per-tx cost small. Events
 * never influence state or results, so this changes nothing else.
 */
export class DiscardingEventManager extends EventManager {
  override emit(): void {}
  override emitTyped(): void {}
  override append(): void {}
}

export function emitTransfer(em: EventManager, from: string, to: string, coins: readonly Coin[]): void {
  const amount = formatCoins(coins);
  em.emit("coin_spent", { spender: from, amount });
  em.emit("coin_received", { receiver: to, amount });
  em.emit("transfer", { recipient: to, sender: from, amount });
}

/**
 * A successful tx's log as Cosmos SDK 0.47 writes it (clients of that version read `logs` from it):
 * the amino JSON of ABCIMessageLogs, one entry per message with that message's events
 * (StringifyEvents: same-type events merged, types sorted, attribute order kept). The SDK 0.47
 * message event has no msg_index attribute (entries carry msg_index instead), so it is left out
 * here; the tx result's events keep it. Go's encoder escapes <, >, & and U+2028/9; so do we.
 */
export function abciMessageLogs(perMessage: readonly (readonly Event[])[]): string {
  const logs = perMessage.map((events, i) => {
    const byType = new Map<string, { key: string; value: string }[]>();
    for (const e of events) {
      const attrs = e.attributes.filter((a) => !(e.type === "message" && a.key === "msg_index")).map((a) => ({ key: a.key, value: a.value }));
      byType.set(e.type, [...(byType.get(e.type) ?? []), ...attrs]);
    }
    const types = [...byType.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { msg_index: i, events: types.map((type) => ({ type, attributes: byType.get(type)! })) };
  });
  return goJsonEscape(JSON.stringify(logs));
}

function goJsonEscape(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
