/**
 * Account public keys as they appear in AuthInfo.signer_infos[].public_key.
 *
 * Facts from stratos-chain (proto/stratos/crypto/v1/ethsecp256k1/keys.proto,
 * crypto/ethsecp256k1/ethsecp256k1.go):
 *  - both types carry a 33-byte COMPRESSED key in field 1 (`bytes key = 1`);
 *  - secp256k1 address = RIPEMD160(SHA256(key)); eth_secp256k1 address = last 20 bytes of
 *    Keccak256(X||Y) of the decompressed key;
 *  - secp256k1 signatures: exactly 64 bytes over SHA256(signBytes);
 *    eth_secp256k1: 64 bytes, or 65 bytes whose last (recovery) byte is dropped unchecked,
 *    over Keccak256(signBytes). Both require low-S (libsecp256k1 / Cosmos SDK rules).
 */
import { PubKey as ProtoPubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { keccak256, ripemd160, sha256 } from "./hash.ts";
import { decompressPublicKey, verifySecp256k1 } from "./secp256k1.ts";

export type KeyType = "secp256k1" | "eth_secp256k1";

export const SECP256K1_PUBKEY_TYPE = "/cosmos.crypto.secp256k1.PubKey";
export const ETH_SECP256K1_PUBKEY_TYPE = "/stratos.crypto.v1.ethsecp256k1.PubKey";
/**
 * What CosmJS 0.39 writes for accounts with algo "eth_secp256k1" (hard-coded in
 * @cosmjs/proto-signing encodePubkey). Not a Stratos type; only accepted when asked for.
 */
export const COSMOS_EVM_ETH_SECP256K1_PUBKEY_TYPE = "/cosmos.evm.crypto.v1.ethsecp256k1.PubKey";

/** Legacy amino names (Cosmos SDK; stratos-chain crypto/ethsecp256k1/ethsecp256k1.go). */
export const SECP256K1_AMINO_PUBKEY_NAME = "tendermint/PubKeySecp256k1";
export const ETH_SECP256K1_AMINO_PUBKEY_NAME = "stratos/PubKeyEthSecp256k1";
export const ETH_SECP256K1_AMINO_PRIVKEY_NAME = "stratos/PrivKeyEthSecp256k1";

export interface AccountPubKey {
  type: KeyType;
  typeUrl: string;
  /** 33-byte compressed key. */
  key: Uint8Array;
  /** 20-byte account address. */
  address: Uint8Array;
  /** Hashes signBytes with sha256 (secp256k1) or keccak256 (eth_secp256k1); never throws. */
  verify(signBytes: Uint8Array, signature: Uint8Array): boolean;
  toAny(): Any;
}

export function typeUrlForKeyType(type: KeyType): string {
  return type === "secp256k1" ? SECP256K1_PUBKEY_TYPE : ETH_SECP256K1_PUBKEY_TYPE;
}

function checkKey(type: KeyType, key: Uint8Array): Uint8Array {
  if (!(key instanceof Uint8Array)) throw new Error(`invalid ${type} public key: not bytes`);
  if (key.length !== 33) throw new Error(`invalid ${type} public key: expected 33 bytes (compressed), got ${key.length}`);
  if (key[0] !== 0x02 && key[0] !== 0x03) {
    throw new Error(`invalid ${type} public key: compressed key must start with 0x02 or 0x03, got 0x${key[0]!.toString(16).padStart(2, "0")}`);
  }
  return key;
}

/** Throws when the key is not a 33-byte compressed point; returns the 65-byte uncompressed form. */
function validPoint(type: KeyType, key: Uint8Array): Uint8Array {
  checkKey(type, key);
  try {
    return decompressPublicKey(key);
  } catch {
    throw new Error(`invalid ${type} public key: not a point on the secp256k1 curve`);
  }
}

function ethAddressFromUncompressed(uncompressed65: Uint8Array): Uint8Array {
  return keccak256(uncompressed65.subarray(1)).slice(12);
}

export function addressFromPubKey(type: KeyType, key: Uint8Array): Uint8Array {
  if (type === "secp256k1") {
    // The SDK hashes the bytes as given (and panics on length != 33); validity is checked elsewhere.
    return ripemd160(sha256(checkKey(type, key)));
  }
  if (type === "eth_secp256k1") return ethAddressFromUncompressed(validPoint(type, key));
  throw new Error(`unknown key type '${String(type)}'`);
}

class Secp256k1PubKey implements AccountPubKey {
  readonly type: KeyType;
  readonly typeUrl: string;
  readonly key: Uint8Array;
  readonly address: Uint8Array;

  constructor(type: KeyType, key: Uint8Array) {
    const uncompressed = validPoint(type, key);
    this.type = type;
    this.typeUrl = typeUrlForKeyType(type);
    this.key = Uint8Array.from(key); // own copy: callers may reuse their buffer
    this.address = type === "secp256k1" ? ripemd160(sha256(this.key)) : ethAddressFromUncompressed(uncompressed);
  }

  verify(signBytes: Uint8Array, signature: Uint8Array): boolean {
    if (!(signBytes instanceof Uint8Array) || !(signature instanceof Uint8Array)) return false;
    if (this.type === "secp256k1") return verifySecp256k1(this.key, sha256(signBytes), signature);
    // Stratos ethsecp256k1.PubKey.VerifySignature: a 65-byte sig has its recovery byte removed
    // without looking at it; any other length goes to go-ethereum VerifySignature, which wants 64.
    const sig = signature.length === 65 ? signature.subarray(0, 64) : signature;
    return verifySecp256k1(this.key, keccak256(signBytes), sig);
  }

  toAny(): Any {
    return { typeUrl: this.typeUrl, value: ProtoPubKey.encode({ key: this.key }).finish() };
  }
}

export function pubKeyFromBytes(type: KeyType, key: Uint8Array): AccountPubKey {
  if (type !== "secp256k1" && type !== "eth_secp256k1") throw new Error(`unknown key type '${String(type)}'`);
  return new Secp256k1PubKey(type, key);
}

export interface PubKeyFromAnyOptions {
  /** Treat COSMOS_EVM_ETH_SECP256K1_PUBKEY_TYPE as the Stratos eth key (same proto shape). */
  allowCosmosEvmEthAlias?: boolean;
}

// Parsing a key validates the curve point (a decompression, ~30 µs) and every tx of an account
// carries the same key: a bounded memo of successful parses removes that cost from CheckTx,
// ReCheckTx and FinalizeBlock. Keys are immutable values, so the memo cannot change a result.
const parsedKeys = new Map<string, AccountPubKey>();
const PARSED_KEYS_MAX = 20_000;

export function pubKeyFromAny(any: Any, opts: PubKeyFromAnyOptions = {}): AccountPubKey {
  if (!any || typeof any.typeUrl !== "string" || !(any.value instanceof Uint8Array)) return parsePubKeyAny(any, opts);
  const memoKey = `${any.typeUrl}|${opts.allowCosmosEvmEthAlias ? 1 : 0}|${Buffer.from(any.value).toString("latin1")}`;
  const hit = parsedKeys.get(memoKey);
  if (hit) return hit;
  const parsed = parsePubKeyAny(any, opts);
  if (parsedKeys.size >= PARSED_KEYS_MAX) parsedKeys.clear();
  parsedKeys.set(memoKey, parsed);
  return parsed;
}

function parsePubKeyAny(any: Any, opts: PubKeyFromAnyOptions): AccountPubKey {
  if (!any || typeof any.typeUrl !== "string") throw new Error("invalid public key: missing type URL");
  let type: KeyType;
  if (any.typeUrl === SECP256K1_PUBKEY_TYPE) type = "secp256k1";
  else if (any.typeUrl === ETH_SECP256K1_PUBKEY_TYPE) type = "eth_secp256k1";
  else if (opts.allowCosmosEvmEthAlias && any.typeUrl === COSMOS_EVM_ETH_SECP256K1_PUBKEY_TYPE) type = "eth_secp256k1";
  else throw new Error(`unsupported public key type URL '${any.typeUrl}'`);
  let key: Uint8Array;
  try {
    key = ProtoPubKey.decode(any.value ?? new Uint8Array()).key;
  } catch (e) {
    throw new Error(`invalid ${type} public key: cannot decode ${any.typeUrl}: ${(e as Error).message}`);
  }
  return new Secp256k1PubKey(type, key);
}
