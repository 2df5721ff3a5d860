import type { Metadata, Params } from "cosmjs-types/cosmos/bank/v1beta1/bank";

export const defaultBankParams: Params = { sendEnabled: [], defaultSendEnabled: true };

/** wei is the base denom; gwei and stos are display units (1 stos = 10^9 gwei = 10^18 wei). */
export const stosMetadata: Metadata = {
  description: "The native token of the Stratos network",
  denomUnits: [
    { denom: "wei", exponent: 0, aliases: [] },
    { denom: "gwei", exponent: 9, aliases: [] },
    { denom: "stos", exponent: 18, aliases: [] },
  ],
  base: "wei",
  display: "stos",
  name: "Stratos",
  symbol: "STOS",
  uri: "",
  uriHash: "",
};

export function bankParamsFromJson(j: any): Params {
  if (j === undefined) return defaultBankParams;
  const dse = j.default_send_enabled ?? true;
  if (typeof dse !== "boolean") throw new Error(`bank params: default_send_enabled must be a boolean`);
  return { sendEnabled: [], defaultSendEnabled: dse };
}

export function bankParamsToJson(p: Params) {
  return { send_enabled: [], default_send_enabled: p.defaultSendEnabled };
}
