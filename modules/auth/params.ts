import { Params } from "cosmjs-types/cosmos/auth/v1beta1/auth";

// Cosmos SDK x/auth defaults.
export const defaultAuthParams: Params = {
  maxMemoCharacters: 256n,
  txSigLimit: 7n,
  txSizeCostPerByte: 10n,
  sigVerifyCostEd25519: 590n,
  sigVerifyCostSecp256k1: 1000n,
};

export function validateAuthParams(p: Params): void {
  for (const [k, v] of Object.entries(p)) {
    if (typeof v !== "bigint" || v <= 0n) throw new Error(`auth params: ${k} must be a positive integer, got ${String(v)}`);
  }
}

export function authParamsFromJson(j: any): Params {
  if (j === undefined) return defaultAuthParams;
  const num = (k: string, snake: string) => {
    const v = j[snake] ?? j[k];
    if (v === undefined) return (defaultAuthParams as any)[k] as bigint;
    if (!/^\d+$/.test(String(v))) throw new Error(`auth params: ${snake} must be an integer string, got ${JSON.stringify(v)}`);
    return BigInt(v);
  };
  return {
    maxMemoCharacters: num("maxMemoCharacters", "max_memo_characters"),
    txSigLimit: num("txSigLimit", "tx_sig_limit"),
    txSizeCostPerByte: num("txSizeCostPerByte", "tx_size_cost_per_byte"),
    sigVerifyCostEd25519: num("sigVerifyCostEd25519", "sig_verify_cost_ed25519"),
    sigVerifyCostSecp256k1: num("sigVerifyCostSecp256k1", "sig_verify_cost_secp256k1"),
  };
}

export function authParamsToJson(p: Params) {
  return {
    max_memo_characters: p.maxMemoCharacters.toString(),
    tx_sig_limit: p.txSigLimit.toString(),
    tx_size_cost_per_byte: p.txSizeCostPerByte.toString(),
    sig_verify_cost_ed25519: p.sigVerifyCostEd25519.toString(),
    sig_verify_cost_secp256k1: p.sigVerifyCostSecp256k1.toString(),
  };
}
