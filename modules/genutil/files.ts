// Gentx files of a validator home (config/gentx/gentx-<node id>.json) and collecting them into
// genesis.json, for `stratos-chain genesis gentx|collect-gentxs` and localnet.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readGenesis, writeGenesis } from "../../chain/node/genesis.ts";
import { signTxDirect } from "../../chain/keys/eth-signer.ts";
import type { Signer } from "../../chain/keys/signer.ts";
import { valoperOf } from "../staking/types.ts";
import { buildGentx, gentxFromJson, gentxToJson, type GentxParams } from "./gentx.ts";

export function gentxDir(home: string): string {
  return join(home, "config", "gentx");
}

/** The ed25519 consensus public key of a home (config/priv_validator_key.json). */
export function consensusPubKey(home: string): Uint8Array {
  const path = join(home, "config", "priv_validator_key.json");
  if (!existsSync(path)) throw new Error(`${path} not found: run 'stratos-chain init' first`);
  const pv = JSON.parse(readFileSync(path, "utf8"));
  if (pv?.pub_key?.type !== "tendermint/PubKeyEd25519") throw new Error(`${path}: expected an ed25519 validator key, got ${pv?.pub_key?.type}`);
  return new Uint8Array(Buffer.from(pv.pub_key.value, "base64"));
}

/**
 * Signs a gentx for the home's consensus key and writes it to config/gentx/ (or `output`). The account
 * must be in the home's genesis with at least `amount` of the bond denom (the SDK checks the same).
 * `consHome`: take the consensus key from another home (localnet builds all gentxs in node 0's home).
 */
export function writeGentx(home: string, signer: Signer, p: Omit<GentxParams, "signer" | "consPubKey" | "chainId"> & { output?: string; nodeId?: string; consHome?: string }): string {
  const genesis = readGenesis(home);
  const denom = p.denom ?? genesis.app_state?.staking?.params?.bond_denom ?? "wei";
  const bal = (genesis.app_state?.bank?.balances ?? []).find((b: any) => b.address === signer.address);
  const have = BigInt(bal?.coins?.find((c: any) => c.denom === denom)?.amount ?? "0");
  if (!bal) throw new Error(`account ${signer.address} is not in the genesis: add it with 'genesis add-account' first`);
  if (have < p.amount) throw new Error(`account ${signer.address} has ${have}${denom} in the genesis, less than the self-delegation ${p.amount}${denom}`);
  const tx = buildGentx({ ...p, denom, signer, chainId: genesis.chain_id, consPubKey: consensusPubKey(p.consHome ?? home) }, signTxDirect, valoperOf);
  const out = p.output ?? join(gentxDir(home), `gentx-${p.nodeId ?? signer.address}.json`);
  mkdirSync(join(out, ".."), { recursive: true });
  writeFileSync(out, JSON.stringify(gentxToJson(tx), null, 2) + "\n");
  return out;
}

/** Puts every gentx-*.json of `dir` (sorted by file name) into app_state.genutil.gen_txs of the home's genesis. */
export function collectGentxs(home: string, dir = gentxDir(home)): number {
  if (!existsSync(dir)) throw new Error(`gentx directory ${dir} does not exist: run 'genesis gentx' first`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
  if (files.length === 0) throw new Error(`no gentx files (*.json) in ${dir}`);
  const txs = files.map((f) => {
    const j = JSON.parse(readFileSync(join(dir, f), "utf8"));
    gentxFromJson(j, f); // checked now, not at InitChain
    return j;
  });
  const genesis = readGenesis(home);
  genesis.app_state.genutil = { ...genesis.app_state.genutil, gen_txs: txs };
  // The validator set comes from the gentxs at InitChain (as with the SDK), not from genesis.validators.
  genesis.validators = [];
  writeGenesis(home, genesis);
  return txs.length;
}
