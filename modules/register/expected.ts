// What register needs from other modules (stratos-chain's x/register/types/expected_keepers.go).
import type { AuthKeeper } from "../auth/keeper.ts";
import type { BankKeeper } from "../bank/keeper.ts";

/** Module-account addresses (the pools' balances are read through bank). */
export type RegisterAuthKeeper = Pick<AuthKeeper, "moduleAccountAddress">;

/** Balances and the moves of deposits between owners and the node pools. */
export type RegisterBankKeeper = Pick<BankKeeper, "getBalance" | "sendCoinsFromAccountToModule" | "sendCoinsFromModuleToAccount" | "sendCoinsFromModuleToModule">;
