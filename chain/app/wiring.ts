// The app's modules and their keepers, in the order genesis initialises them. Adding a module
// means adding its keeper and AppModule here (see CONTRIBUTING.md).
import { AminoTypes } from "@cosmjs/stargate";
import { authModule, AuthKeeper } from "../../modules/auth/index.ts";
import { bankModule, BankKeeper } from "../../modules/bank/index.ts";
import { registerModule, RegisterKeeper, registerModuleAccounts } from "../../modules/register/index.ts";
import { sdsModule, SdsKeeper } from "../../modules/sds/index.ts";
import { potModule, PotKeeper, potModuleAccounts } from "../../modules/pot/index.ts";
import { FEE_COLLECTOR } from "./ante.ts";
import type { AppModule, MsgDescriptor } from "./module.ts";

export interface Keepers {
  auth: AuthKeeper;
  bank: BankKeeper;
  register: RegisterKeeper;
  sds: SdsKeeper;
  pot: PotKeeper;
}

export interface Wiring {
  keepers: Keepers;
  modules: AppModule[];
  msgs: Map<string, MsgDescriptor & { module: string }>;
  aminoTypes: AminoTypes;
}

export function wireModules(): Wiring {
  const auth = new AuthKeeper();
  auth.registerModuleAccount(FEE_COLLECTOR, []);
  for (const [name, perms] of registerModuleAccounts) auth.registerModuleAccount(name, perms);
  for (const [name, perms] of potModuleAccounts) auth.registerModuleAccount(name, perms);
  const bank = new BankKeeper(auth);
  const register = new RegisterKeeper(auth, bank);
  const sds = new SdsKeeper(bank, register);
  const pot = new PotKeeper(auth, bank, register);
  const modules = [authModule(auth), bankModule(bank, auth), registerModule(register), sdsModule(sds), potModule(pot)];
  const msgs = new Map<string, MsgDescriptor & { module: string }>();
  for (const m of modules) {
    for (const d of m.msgs) {
      if (msgs.has(d.typeUrl)) throw new Error(`message ${d.typeUrl} registered twice`);
      msgs.set(d.typeUrl, { ...d, module: m.name });
    }
  }
  const aminoTypes = new AminoTypes(Object.assign({}, ...modules.map((m) => m.aminoConverters ?? {})));
  return { keepers: { auth, bank, register, sds, pot }, modules, msgs, aminoTypes };
}
