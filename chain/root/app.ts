// The composition root (the SDK's simapp/app.go, stratos-chain's app/): the one place that knows
// which modules the chain has. It builds their keepers (each given only the keepers it needs),
// the router, the auth module's ante handler and the module accounts, and hands them to the
// generic app. Order of `modules` = genesis order. See CONTRIBUTING.md, "Adding a module".
import { BaseApp, type AppDefinition, type AppOptions } from "../app/app.ts";
import { buildRouter } from "../app/router.ts";
import { authAnteHandler, FEE_COLLECTOR } from "../../modules/auth/ante.ts";
import { authModule, AuthKeeper } from "../../modules/auth/index.ts";
import { bankModule, BankKeeper } from "../../modules/bank/index.ts";
import { registerModule, RegisterKeeper, registerModuleAccounts } from "../../modules/register/index.ts";
import { sdsModule, SdsKeeper } from "../../modules/sds/index.ts";
import { potModule, PotKeeper, potModuleAccounts } from "../../modules/pot/index.ts";
import { stakingModule, StakingKeeper, stakingModuleAccounts } from "../../modules/staking/index.ts";
import { distributionModule, DistributionKeeper } from "../../modules/distribution/index.ts";
import { slashingModule, SlashingKeeper } from "../../modules/slashing/index.ts";
import { genutilModule } from "../../modules/genutil/index.ts";
import { AUTH_STORE_PREFIX } from "../../modules/auth/keeper.ts";
import { BANK_STORE_PREFIX } from "../../modules/bank/keeper.ts";
import { STAKING_STORE_PREFIX } from "../../modules/staking/keeper.ts";
import { DISTRIBUTION_STORE_PREFIX } from "../../modules/distribution/keeper.ts";
import { SLASHING_STORE_PREFIX } from "../../modules/slashing/keeper.ts";
import { REGISTER_STORE_PREFIX } from "../../modules/register/keeper/state.ts";
import { SDS_STORE_PREFIX } from "../../modules/sds/state.ts";
import { POT_STORE_PREFIX } from "../../modules/pot/state.ts";

export type { AppOptions };

// The stores the app mounts, one per keeper, named by its key prefix ("bank/" → bank); genutil has none.
const STORE_KEYS = [AUTH_STORE_PREFIX, BANK_STORE_PREFIX, STAKING_STORE_PREFIX, DISTRIBUTION_STORE_PREFIX, SLASHING_STORE_PREFIX, REGISTER_STORE_PREFIX, SDS_STORE_PREFIX, POT_STORE_PREFIX].map((p) =>
  new TextDecoder().decode(p).replace(/\/$/, ""),
);

export interface Keepers {
  auth: AuthKeeper;
  bank: BankKeeper;
  register: RegisterKeeper;
  sds: SdsKeeper;
  pot: PotKeeper;
  staking: StakingKeeper;
  distribution: DistributionKeeper;
  slashing: SlashingKeeper;
}

/** The Stratos chain: every module, wired. Keepers hold no state of their own, so this is cheap. */
export function stratosAppDefinition(): AppDefinition<Keepers> {
  const auth = new AuthKeeper();
  auth.registerModuleAccount(FEE_COLLECTOR, []);
  for (const [name, perms] of registerModuleAccounts) auth.registerModuleAccount(name, perms);
  for (const [name, perms] of potModuleAccounts) auth.registerModuleAccount(name, perms);
  for (const [name, perms] of stakingModuleAccounts) auth.registerModuleAccount(name, perms);
  const bank = new BankKeeper(auth);
  const staking = new StakingKeeper(auth, bank);
  const distribution = new DistributionKeeper(auth, bank, staking, FEE_COLLECTOR);
  // F1 keeps its per-validator and per-delegation records in step with staking (the SDK's SetHooks).
  staking.addHooks(distribution.stakingHooks());
  const slashing = new SlashingKeeper(staking);
  const register = new RegisterKeeper(auth, bank, distribution);
  const sds = new SdsKeeper(bank, register);
  const pot = new PotKeeper(auth, bank, register, distribution, staking);
  // genutil last: gentxs run once every other module's genesis is in place (as in the SDK).
  const modules = [authModule(auth), bankModule(bank, auth), stakingModule(staking), distributionModule(distribution), slashingModule(slashing), registerModule(register), sdsModule(sds), potModule(pot), genutilModule(staking)];
  const router = buildRouter(modules);
  return {
    keepers: { auth, bank, register, sds, pot, staking, distribution, slashing },
    modules,
    router,
    // As the SDK's simapp: staking records historical info after slashing has jailed this block's offenders.
    beginBlockOrder: ["distribution", "slashing", "staking"],
    storeKeys: STORE_KEYS,
    anteHandler: authAnteHandler({ auth, bank, aminoTypes: router.aminoTypes, legacyAminoTypes: router.legacyAminoTypes }),
    // Every registered module account exists from genesis on (its address is derived, not read).
    afterInitGenesis: (ctx) => {
      for (const name of auth.moduleAccounts.keys()) auth.getModuleAccount(ctx, name);
    },
  };
}

/** The app `stratos-chain start` runs: the generic app over the Stratos modules. */
export class StratosApp extends BaseApp<Keepers> {
  constructor(options: AppOptions) {
    super(options, stratosAppDefinition());
  }
}
