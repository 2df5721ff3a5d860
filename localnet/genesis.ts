/**
 * The shared genesis of a localnet: funded accounts (with their mnemonics, so every node's test
 * keyring can hold them), one gentx per validator (its staking self-delegation), bonded genesis meta and resource nodes (with
 * node keys and BLS keys), and pot's foundation account.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { addGenesisAccount, addGenesisBalance, genesisPath, readGenesis, writeGenesis } from "../chain/node/genesis.ts";
import { accAddressToBech32, moduleAddress } from "../chain/types/address.ts";
import { ACCOUNT_PREFIX, toBech32 } from "../chain/crypto/bech32.ts";
import type { KeyType } from "../chain/crypto/pubkey.ts";
import { blsPublicKey, blsSecretKeyFromSeed } from "../chain/crypto/bls.ts";
import { DEFAULT_HD_PATH, deriveKey, generateMnemonic } from "../chain/keys/hd.ts";
import { newNodeKey, type NodeKeyFile } from "../chain/keys/node-key.ts";
import { parseCoinsText } from "../chain/types/coins.ts";
import { signerFromPrivateKey } from "../chain/keys/signer.ts";
import { collectGentxs, writeGentx } from "../modules/genutil/files.ts";
import { POWER_REDUCTION } from "../modules/staking/params.ts";
import type { LocalnetNodeInfo } from "./node.ts";

export const VALIDATOR_POWER = "10";
/** Each localnet validator's self-delegation: power 10 at stratos-chain's power reduction of 10^15 wei. */
export const VALIDATOR_SELF_DELEGATION = BigInt(VALIDATOR_POWER) * POWER_REDUCTION;

export interface AccountSpec {
  name: string;
  /** Genesis balance, e.g. "1000stos". */
  coins: string;
  keyType?: KeyType;
  /** Use this mnemonic instead of generating one. */
  mnemonic?: string;
}

export interface LocalnetAccount {
  name: string;
  address: string;
  mnemonic: string;
  keyType: KeyType;
  hdPath: string;
  coins: string;
}

/** A resource or meta node put into the genesis (bonded, active), with its owner account and node key. */
export interface LocalnetSdsNode {
  name: string;
  kind: "meta" | "resource";
  networkAddress: string;
  /** ed25519 public key, base64 (32 bytes). */
  pubkey: string;
  /** ed25519 seed, base64 (32 bytes). */
  privKey: string;
  /** The node key in `stratos-chain node-key` file form (for --node-key), relative to the localnet dir. */
  keyFile: string;
  /** Deposit (tokens) in wei; for resource nodes also the effective deposit. */
  deposit: string;
  /** Funded owner account; its key is in every node's test keyring under the node's name. */
  owner: LocalnetAccount;
  /**
   * Meta nodes only (README change #8): BLS12-381 secret key, hex (32 bytes, usable directly with
   * chain/crypto/bls.ts blsSign), derived by KeyGen (blsSecretKeyFromSeed) from 32 random bytes.
   */
  blsSecretKey?: string;
  /** Meta nodes only: the matching 48-byte compressed G1 public key, hex; it is the genesis `bls_pub_key`. */
  blsPubKey?: string;
}

/** How many genesis meta and resource nodes, and their deposits (default 3 meta × 100stos, 2 resource × 10stos). */
export interface SdsNodesOptions {
  meta?: number;
  resource?: number;
  metaDeposit?: string;
  resourceDeposit?: string;
  /** Owner balance on top of the deposit (default 1000stos). */
  ownerCoins?: string;
}
export const DEFAULT_SDS_NODES: Required<SdsNodesOptions> = { meta: 3, resource: 2, metaDeposit: "100stos", resourceDeposit: "10stos", ownerCoins: "1000stos" };

/**
 * The whole mining schedule (pot's total_mined_valve_end, 4e7 stos), as on Stratos' networks: the
 * foundation pays every mining reward, and circulation supply = supply − (cap − mined) stays positive.
 */
export const DEFAULT_FOUNDATION_COINS = "40000000stos";

/** faucet (large), operator<i> per validator, user0…user<users-1>. */
export function defaultAccounts(validators: number, opts: { users?: number; userCoins?: string; faucetCoins?: string; operatorCoins?: string } = {}): AccountSpec[] {
  return [
    // Total supply must stay within pot's initial_total_supply (1e8 stos).
    { name: "faucet", coins: opts.faucetCoins ?? "10000000stos" },
    ...Array.from({ length: validators }, (_, i) => ({ name: `operator${i}`, coins: opts.operatorCoins ?? "1000stos" })),
    ...Array.from({ length: opts.users ?? 3 }, (_, i) => ({ name: `user${i}`, coins: opts.userCoins ?? "1000stos" })),
  ];
}

export interface GenesisOptions {
  /** Bonded meta and resource nodes (false: none). */
  sdsNodes?: SdsNodesOptions | false;
  /** Genesis balance of pot's foundation_account (default DEFAULT_FOUNDATION_COINS). */
  foundationCoins?: string;
  /** Edits the parsed genesis after accounts and SDS nodes are added, before it is shared. */
  genesisPatch?: (genesis: any, created: { accounts: LocalnetAccount[]; sdsNodes: LocalnetSdsNode[] }) => void;
}

/**
 * Builds the one genesis every node gets, in node 0's home (whose `init` genesis is the base): the
 * funded accounts, the SDS nodes, the foundation balance, and one gentx per node (its operator's
 * MsgCreateValidator for the node's consensus key), collected into app_state.genutil. Returns the
 * genesis file's bytes.
 */
export async function buildSharedGenesis(
  dir: string,
  nodes: LocalnetNodeInfo[],
  specs: AccountSpec[],
  opts: GenesisOptions,
): Promise<{ accounts: LocalnetAccount[]; sdsNodes: LocalnetSdsNode[]; genesisText: Buffer }> {
  const home = nodes[0].home;
  // Every validator needs an operator account for its gentx (self-delegation + fees).
  const allSpecs = [...specs];
  for (const [i] of nodes.entries()) if (!allSpecs.some((s) => s.name === `operator${i}`)) allSpecs.push({ name: `operator${i}`, coins: "1stos" });
  const accounts: LocalnetAccount[] = [];
  for (const spec of allSpecs) {
    const keyType = spec.keyType ?? "secp256k1";
    const mnemonic = spec.mnemonic ?? generateMnemonic(24);
    const key = await deriveKey(mnemonic, keyType, DEFAULT_HD_PATH);
    key.privkey.fill(0);
    const address = toBech32(ACCOUNT_PREFIX, key.address);
    addGenesisAccount(home, address, spec.coins);
    accounts.push({ name: spec.name, address, mnemonic, keyType, hdPath: DEFAULT_HD_PATH, coins: spec.coins });
  }
  const sdsNodes = opts.sdsNodes === false ? [] : await addGenesisSdsNodes(dir, home, { ...DEFAULT_SDS_NODES, ...opts.sdsNodes });
  // Mining rewards are transfers from foundation_account (spec §4.7), so a usable network funds it.
  addGenesisBalance(home, accAddressToBech32(moduleAddress("foundation_account")), opts.foundationCoins ?? DEFAULT_FOUNDATION_COINS);
  if (opts.genesisPatch) {
    const patched = readGenesis(home);
    opts.genesisPatch(patched, { accounts, sdsNodes });
    writeGenesis(home, patched);
  }
  // The validator set through gentxs, as the SDK does it: each node's operator signs a
  // MsgCreateValidator for the node's consensus key; InitChain runs them and returns the set.
  // A genesis that already holds staking validators (an exported chain, patched in) keeps them:
  // its validator set is in app_state.staking, and the nodes must run those validators' keys.
  const exportedSet = (readGenesis(home).app_state?.staking?.validators ?? []).length > 0;
  for (const [i, node] of exportedSet ? [] : nodes.entries()) {
    const op = accounts.find((a) => a.name === `operator${i}`)!;
    const key = await deriveKey(op.mnemonic, op.keyType, op.hdPath);
    const signer = signerFromPrivateKey(key.privkey, op.keyType);
    key.privkey.fill(0);
    // config/gentx of node 0's home: the genesis there is the shared one being built.
    const consHome = node.home;
    writeGentx(home, signer, {
      amount: VALIDATOR_SELF_DELEGATION,
      moniker: node.name,
      memo: `${node.nodeId}@${node.p2p.replace(/^tcp:\/\//, "")}`,
      nodeId: node.nodeId,
      consHome,
    });
  }
  if (!exportedSet) collectGentxs(home);
  return { accounts, sdsNodes, genesisText: readFileSync(genesisPath(home)) };
}

/**
 * Adds bonded, active meta nodes meta0… and resource nodes resource0… (effective deposit = deposit)
 * to the genesis in `home`, with funded owner accounts; the register genesis (fresh start) moves the
 * deposits from the owners into the bonded pools and sets the ozone limit to St0 / deposit_noz_rate.
 * Node key files go to <dir>/sds-nodes/<name>.json.
 */
async function addGenesisSdsNodes(dir: string, home: string, o: Required<SdsNodesOptions>): Promise<LocalnetSdsNode[]> {
  for (const [what, n] of [["meta", o.meta], ["resource", o.resource]] as const) {
    if (!Number.isInteger(n) || n < 0 || n > 100) throw new Error(`sdsNodes.${what} must be a whole number from 0 to 100, got ${n}`);
  }
  const wei = (text: string, what: string): bigint => {
    const c = parseCoinsText(text);
    if (c.length !== 1 || c[0].denom !== "wei" || c[0].amount <= 0n) throw new Error(`sdsNodes.${what} must be a positive amount in wei/gwei/stos, got ${JSON.stringify(text)}`);
    return c[0].amount;
  };
  const metaDeposit = wei(o.metaDeposit, "metaDeposit");
  const resourceDeposit = wei(o.resourceDeposit, "resourceDeposit");
  const extra = wei(o.ownerCoins, "ownerCoins");
  const specs = [
    ...Array.from({ length: o.meta }, (_, i) => ({ name: `meta${i}`, kind: "meta" as const, deposit: metaDeposit })),
    ...Array.from({ length: o.resource }, (_, i) => ({ name: `resource${i}`, kind: "resource" as const, deposit: resourceDeposit })),
  ];
  if (specs.length === 0) return [];
  const keyDir = join(dir, "sds-nodes");
  mkdirSync(keyDir, { recursive: true });
  const out: LocalnetSdsNode[] = [];
  for (const spec of specs) {
    const mnemonic = generateMnemonic(24);
    const key = await deriveKey(mnemonic, "secp256k1", DEFAULT_HD_PATH);
    key.privkey.fill(0);
    const address = toBech32(ACCOUNT_PREFIX, key.address);
    const coins = `${spec.deposit + extra}wei`;
    addGenesisAccount(home, address, coins);
    const nk: NodeKeyFile = newNodeKey();
    const keyFile = join("sds-nodes", `${spec.name}.json`);
    writeFileSync(join(dir, keyFile), JSON.stringify(nk, null, 2) + "\n", { mode: 0o600 });
    const blsSk = spec.kind === "meta" ? blsSecretKeyFromSeed(randomBytes(32)) : undefined;
    out.push({
      name: spec.name,
      kind: spec.kind,
      networkAddress: nk.network_address,
      pubkey: nk.pubkey.key,
      privKey: nk.priv_key,
      keyFile,
      deposit: spec.deposit.toString(),
      owner: { name: spec.name, address, mnemonic, keyType: "secp256k1", hdPath: DEFAULT_HD_PATH, coins },
      ...(blsSk ? { blsSecretKey: Buffer.from(blsSk).toString("hex"), blsPubKey: Buffer.from(blsPublicKey(blsSk)).toString("hex") } : {}),
    });
  }
  const genesis = readGenesis(home);
  const creation = genesis.genesis_time;
  const desc = (moniker: string) => ({ moniker, identity: "", website: "", security_contact: "", details: "localnet genesis node" });
  const base = (n: LocalnetSdsNode) => ({
    network_address: n.networkAddress,
    pubkey: { "@type": "/cosmos.crypto.ed25519.PubKey", key: n.pubkey },
    suspend: false,
    status: "BOND_STATUS_BONDED",
    tokens: n.deposit,
    owner_address: n.owner.address,
    description: desc(n.name),
    creation_time: creation,
    beneficiary_address: n.owner.address,
  });
  genesis.app_state.register = {
    ...genesis.app_state.register,
    meta_nodes: out
      .filter((n) => n.kind === "meta")
      .map((n) => ({ ...base(n), bls_pub_key: Buffer.from(n.blsPubKey!, "hex").toString("base64") })),
    resource_nodes: out.filter((n) => n.kind === "resource").map((n) => ({ ...base(n), node_type: 4, effective_tokens: n.deposit })),
  };
  writeGenesis(home, genesis);
  return out;
}

