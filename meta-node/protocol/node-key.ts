// A node's P2P identity (PROTOCOL.md "Identities"): an ed25519 key in the `node-key new` JSON file
// format, address stsds1… = bech32("stsds", SHA-256(pubkey)[0:20]). Signing and verifying go through
// node:crypto (OpenSSL's ed25519, several times faster than a pure-JS implementation: every request
// between nodes is signed and checked).
import { createPrivateKey, createPublicKey, sign as cryptoSign, verify as cryptoVerify, type KeyObject } from "node:crypto";
import { readNodeKeyFile, sdsAddressOfEd25519, type NodeKeyFile } from "../../chain/keys/node-key.ts";

export { readNodeKeyFile, newNodeKey, sdsAddressOfEd25519, type NodeKeyFile } from "../../chain/keys/node-key.ts";

const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");
const SPKI_ED25519_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

export class NodeIdentity {
  readonly address: string;
  readonly publicKey: Uint8Array;
  /** Base64 of the 32-byte public key (the `sds-pubkey` header, `pubkey.key` of the key file). */
  readonly publicKeyBase64: string;
  private readonly key: KeyObject;

  private constructor(seed: Uint8Array) {
    if (seed.length !== 32) throw new Error(`ed25519 seed must be 32 bytes, got ${seed.length}`);
    this.key = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: "der", type: "pkcs8" });
    const spki = createPublicKey(this.key).export({ format: "der", type: "spki" });
    this.publicKey = new Uint8Array(spki.subarray(SPKI_ED25519_PREFIX.length));
    this.publicKeyBase64 = Buffer.from(this.publicKey).toString("base64");
    this.address = sdsAddressOfEd25519(this.publicKey);
  }

  static fromSeed(seed: Uint8Array): NodeIdentity {
    return new NodeIdentity(seed);
  }

  static fromKeyFile(file: NodeKeyFile): NodeIdentity {
    if (!file.priv_key) throw new Error(`node key ${file.network_address} has no private key`);
    const id = new NodeIdentity(new Uint8Array(Buffer.from(file.priv_key, "base64")));
    if (id.address !== file.network_address) throw new Error(`node key file: network_address ${file.network_address} does not match its key (${id.address})`);
    return id;
  }

  static load(path: string): NodeIdentity {
    return NodeIdentity.fromKeyFile(readNodeKeyFile(path));
  }

  sign(message: Uint8Array): Uint8Array {
    return new Uint8Array(cryptoSign(null, message, this.key));
  }
}

const publicKeyCache = new Map<string, KeyObject>();

/** ed25519 verification of a detached signature with a raw 32-byte public key. Never throws. */
export function verifyEd25519(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  const cacheKey = Buffer.from(publicKey).toString("hex");
  let key = publicKeyCache.get(cacheKey);
  try {
    if (!key) {
      key = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, publicKey]), format: "der", type: "spki" });
      if (publicKeyCache.size > 10_000) publicKeyCache.clear();
      publicKeyCache.set(cacheKey, key);
    }
    return cryptoVerify(null, message, key, signature);
  } catch {
    return false;
  }
}
