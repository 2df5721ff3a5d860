/**
 * In-memory signer for one account key; what Keyring.getSigner returns and what
 * signTxDirect / the CosmJS adapters consume.
 */
import { toBech32, ACCOUNT_PREFIX } from "../crypto/bech32.ts";
import { keccak256, sha256 } from "../crypto/hash.ts";
import { pubKeyFromBytes, type AccountPubKey, type KeyType } from "../crypto/pubkey.ts";
import { publicKeyFromPrivate, signSecp256k1, signSecp256k1Recoverable } from "../crypto/secp256k1.ts";

export interface Signer {
  keyType: KeyType;
  /** Bech32 account address (prefix st). */
  address: string;
  pubkey: AccountPubKey;
  /**
   * Sign tx sign bytes (SignDoc bytes or amino JSON), hashing per key type:
   *  - secp256k1: 64-byte r||s over SHA256(signBytes);
   *  - eth_secp256k1: 65-byte r||s||v over Keccak256(signBytes), v in {0,1} - exactly what
   *    stratosd's keyring produces (go-ethereum crypto.Sign). The chain drops v before verifying.
   */
  sign(signBytes: Uint8Array): Uint8Array;
}

export function signerFromPrivateKey(privkey: Uint8Array, keyType: KeyType): Signer {
  const priv = Uint8Array.from(privkey);
  const pubkey = pubKeyFromBytes(keyType, publicKeyFromPrivate(priv, true));
  const address = toBech32(ACCOUNT_PREFIX, pubkey.address);
  const sign =
    keyType === "secp256k1"
      ? (signBytes: Uint8Array) => signSecp256k1(priv, sha256(signBytes))
      : (signBytes: Uint8Array) => signSecp256k1Recoverable(priv, keccak256(signBytes));
  return { keyType, address, pubkey, sign };
}
