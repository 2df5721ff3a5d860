// What register needs from other modules (stratos-chain's x/register/types/expected_keepers.go).
import type { AuthKeeper } from "../auth/keeper.ts";
import type { BankKeeper } from "../bank/keeper.ts";
import type { DistributionKeeper } from "../distribution/keeper.ts";

/** Module-account addresses (the pools' balances are read through bank). */
export type RegisterAuthKeeper = Pick<AuthKeeper, "moduleAccountAddress">;

/** Balances and the moves of deposits between owners and the node pools. */
export type RegisterBankKeeper = Pick<BankKeeper, "getBalance" | "sendCoinsFromAccountToModule" | "sendCoinsFromModuleToAccount" | "sendCoinsFromModuleToModule">;

/** Slashing debt deducted from an unbonding deposit goes to distribution's community pool. */
export type RegisterDistributionKeeper = Pick<DistributionKeeper, "fundCommunityPoolFromModule">;
