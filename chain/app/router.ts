// One router keyed by type URL for every module's messages, and the amino converters the modules
// declare (for LEGACY_AMINO_JSON sign bytes).
import { AminoTypes } from "@cosmjs/stargate";
import type { AppModule, MsgDescriptor } from "./module.ts";

export type RoutedMsg = MsgDescriptor & { module: string };

export interface Router {
  msgs: Map<string, RoutedMsg>;
  aminoTypes: AminoTypes;
  /** aminoTypes with each module's legacyAminoConverters in place of its own (absent: same names). */
  legacyAminoTypes: AminoTypes;
}

export function buildRouter(modules: AppModule[]): Router {
  const msgs = new Map<string, RoutedMsg>();
  for (const m of modules) {
    for (const d of m.msgs) {
      if (msgs.has(d.typeUrl)) throw new Error(`message ${d.typeUrl} registered twice`);
      msgs.set(d.typeUrl, { ...d, module: m.name });
    }
  }
  const aminoTypes = new AminoTypes(Object.assign({}, ...modules.map((m) => m.aminoConverters ?? {})));
  const legacyAminoTypes = new AminoTypes(Object.assign({}, ...modules.map((m) => m.legacyAminoConverters ?? m.aminoConverters ?? {})));
  return { msgs, aminoTypes, legacyAminoTypes };
}
