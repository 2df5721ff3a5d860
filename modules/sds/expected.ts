// What sds needs from other modules, and nothing more (stratos-chain's x/sds/types/expected_keepers.go).
import type { BankKeeper } from "../bank/keeper.ts";
import type { RegisterKeeper } from "../register/keeper.ts";

export type SdsBankKeeper = Pick<BankKeeper, "getBalance" | "sendCoinsFromAccountToModule">;

export type SdsRegisterKeeper = Pick<
  RegisterKeeper,
  // reads
  | "getAuthority"
  | "getMetaNode"
  | "isActiveMetaNode"
  | "metaNodeBitmapIndex"
  | "getEffectiveTotalDeposit"
  | "totalUnissuedPrepay"
  | "getRemainingOzoneLimit"
  | "getDepositNozRate"
  // operations that keep register's invariants
  | "sellOzone"
>;

/** Prepaid wei go to register's pool (sds has no module account of its own). */
export { TOTAL_UNISSUED_PREPAY } from "../register/keeper.ts";
export { sdsAddressBytes } from "../register/types.ts";
