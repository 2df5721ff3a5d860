// What bank needs from auth, and nothing more (the SDK's x/bank/types/expected_keepers.go AccountKeeper).
import type { AuthKeeper } from "../auth/keeper.ts";

export type BankAuthKeeper = Pick<AuthKeeper, "ensureAccount" | "getModuleAccount" | "isModuleAddress">;
