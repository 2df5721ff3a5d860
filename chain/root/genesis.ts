// The default genesis of the Stratos chain: each module's own defaultGenesis(), in genesis order.
import { stratosAppDefinition } from "./app.ts";

/** app_state of a new chain (`stratos-chain init`); modules whose default is "absent" are left out. */
export function defaultAppState(): Record<string, unknown> {
  const state: Record<string, unknown> = {};
  for (const m of stratosAppDefinition().modules) {
    const section = m.defaultGenesis();
    if (section !== undefined) state[m.name] = section;
  }
  return state;
}
