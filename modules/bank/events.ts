import { emitTransfer, type EventManager } from "../../chain/app/events.ts";
import { formatCoins, type Coin } from "../../chain/types/coins.ts";

// The SDK bank module's events: transfers (coin_spent / coin_received / transfer + message.sender),
// mint and burn.
export function emitSend(em: EventManager, from: string, to: string, coins: readonly Coin[]): void {
  emitTransfer(em, from, to, coins);
  em.emit("message", { sender: from });
}

export function emitMint(em: EventManager, minter: string, coins: readonly Coin[]): void {
  const amount = formatCoins(coins);
  em.emit("coin_received", { receiver: minter, amount });
  em.emit("coinbase", { minter, amount });
}

export function emitBurn(em: EventManager, burner: string, coins: readonly Coin[]): void {
  const amount = formatCoins(coins);
  em.emit("coin_spent", { spender: burner, amount });
  em.emit("burn", { burner, amount });
}
