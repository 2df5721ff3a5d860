/**
 * SDS node keys: the ed25519 network identity of a resource or meta node (spec §2, §6.1).
 *
 * The network address is bech32 `stsds` of SHA-256(pubkey)[0:20] (as modules/register computes it
 * from a pubkey Any). Library code shared by the CLI (`node-key new|show`, create-*-node), localnet,
 * the storage daemons and tests; it knows no module, so the daemons need not import the chain CLI.
 */
import { ed25519 } from "@noble/curves/ed25519.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { readFileSync } from "node:fs";
import { SDS_PREFIX, toBech32 } from "../crypto/bech32.ts";

/** The JSON file `node-key new` writes (and localnet writes for its genesis nodes). */
export interface NodeKeyFile {
  type: "ed25519";
  network_address: string;
  pubkey: { "@type": "/cosmos.crypto.ed25519.PubKey"; key: string };
  /** The 32-byte ed25519 seed, base64. */
  priv_key: string;
}

/** A node key file that cannot be read or does not hold a consistent key; the message says why. */
export class NodeKeyFileError extends Error {}

/** stsds… address of a 32-byte ed25519 public key. */
export function sdsAddressOfEd25519(pubkey: Uint8Array): string {
  return toBech32(SDS_PREFIX, sha256(pubkey).subarray(0, 20));
}

/** A new (or, from `seed`, a deterministic) ed25519 node key. */
export function newNodeKey(seed?: Uint8Array): NodeKeyFile {
  const secret = seed ?? ed25519.utils.randomSecretKey();
  const pub = ed25519.getPublicKey(secret);
  return {
    type: "ed25519",
    network_address: sdsAddressOfEd25519(pub),
    pubkey: { "@type": "/cosmos.crypto.ed25519.PubKey", key: Buffer.from(pub).toString("base64") },
    priv_key: Buffer.from(secret).toString("base64"),
  };
}

/** Reads and checks a node key file (address and private key must match the pubkey); throws NodeKeyFileError. */
export function readNodeKeyFile(path: string): NodeKeyFile {
  let j: any;
  try {
    j = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new NodeKeyFileError(`cannot read node key file ${path}: ${(e as Error).message}`);
  }
  const key = typeof j?.pubkey?.key === "string" ? Buffer.from(j.pubkey.key, "base64") : undefined;
  if (!key || key.length !== 32) throw new NodeKeyFileError(`${path} is not a node key file (no 32-byte pubkey.key): create one with 'node-key new --out ${path}'`);
  const addr = sdsAddressOfEd25519(new Uint8Array(key));
  if (j.network_address !== undefined && j.network_address !== addr) throw new NodeKeyFileError(`${path}: network_address ${j.network_address} does not match its pubkey (${addr})`);
  if (typeof j.priv_key === "string") {
    const seed = Buffer.from(j.priv_key, "base64");
    if (seed.length !== 32 || !Buffer.from(ed25519.getPublicKey(new Uint8Array(seed))).equals(key)) throw new NodeKeyFileError(`${path}: priv_key does not belong to pubkey`);
  }
  return { type: "ed25519", network_address: addr, pubkey: { "@type": "/cosmos.crypto.ed25519.PubKey", key: key.toString("base64") }, priv_key: j.priv_key ?? "" };
}
