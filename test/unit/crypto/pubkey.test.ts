import { expect } from "chai";
import { PubKey as ProtoPubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { keccak256, sha256 } from "../../../chain/crypto/hash.ts";
import {
  addressFromPubKey,
  COSMOS_EVM_ETH_SECP256K1_PUBKEY_TYPE,
  ETH_SECP256K1_PUBKEY_TYPE,
  pubKeyFromAny,
  pubKeyFromBytes,
  SECP256K1_PUBKEY_TYPE,
} from "../../../chain/crypto/pubkey.ts";
import { publicKeyFromPrivate, signSecp256k1, signSecp256k1Recoverable } from "../../../chain/crypto/secp256k1.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const unhex = (s: string) => new Uint8Array(Buffer.from(s, "hex"));
const priv1 = unhex("00".repeat(31) + "01");
const pub1 = publicKeyFromPrivate(priv1);
const privA = sha256(new TextEncoder().encode("stratos pubkey test"));
const pubA = publicKeyFromPrivate(privA);
const signBytes = new TextEncoder().encode('{"chain_id":"stratos-1","msgs":[]}');

describe("crypto/pubkey", () => {
  it("secp256k1 address = RIPEMD160(SHA256(compressed)) (Bitcoin hash160 of key 1)", () => {
    expect(hex(addressFromPubKey("secp256k1", pub1))).to.equal("751e76e8199196d454941c45d1b3a323f1433bd6");
  });

  it("eth_secp256k1 address = last 20 bytes of Keccak256(X||Y): key 1 -> 0x7E5F...5Bdf", () => {
    expect(hex(addressFromPubKey("eth_secp256k1", pub1))).to.equal("7E5F4552091A69125d5DfCb7b8C2659029395Bdf".toLowerCase());
    expect(hex(pubKeyFromBytes("eth_secp256k1", pub1).address)).to.equal("7e5f4552091a69125d5dfcb7b8c2659029395bdf");
  });

  it("secp256k1 verify hashes with SHA-256 and takes only 64-byte signatures", () => {
    const pk = pubKeyFromBytes("secp256k1", pubA);
    const sig = signSecp256k1(privA, sha256(signBytes));
    expect(pk.verify(signBytes, sig)).to.equal(true);
    expect(pk.verify(signBytes, signSecp256k1(privA, keccak256(signBytes)))).to.equal(false);
    expect(pk.verify(signBytes, new Uint8Array([...sig, 0]))).to.equal(false);
    expect(pk.verify(signBytes.subarray(1), sig)).to.equal(false);
  });

  it("eth_secp256k1 verify hashes with Keccak-256, takes 64 or 65 bytes (recovery byte ignored, as Stratos does)", () => {
    const pk = pubKeyFromBytes("eth_secp256k1", pubA);
    const sig65 = signSecp256k1Recoverable(privA, keccak256(signBytes));
    expect(pk.verify(signBytes, sig65)).to.equal(true);
    expect(pk.verify(signBytes, sig65.subarray(0, 64))).to.equal(true);
    const otherV = new Uint8Array(sig65);
    otherV[64] = 27;
    expect(pk.verify(signBytes, otherV)).to.equal(true);
    expect(pk.verify(signBytes, sig65.subarray(0, 63))).to.equal(false);
    expect(pk.verify(signBytes, new Uint8Array([...sig65, 0]))).to.equal(false);
    expect(pk.verify(signBytes, signSecp256k1(privA, sha256(signBytes)))).to.equal(false);
    expect(pk.verify(signBytes, null as unknown as Uint8Array)).to.equal(false);
  });

  it("toAny / pubKeyFromAny round trip for both types", () => {
    for (const [type, url] of [
      ["secp256k1", SECP256K1_PUBKEY_TYPE],
      ["eth_secp256k1", ETH_SECP256K1_PUBKEY_TYPE],
    ] as const) {
      const pk = pubKeyFromBytes(type, pubA);
      const any = pk.toAny();
      expect(any.typeUrl).to.equal(url);
      expect(hex(any.value)).to.equal("0a21" + hex(pubA)); // field 1, 33 bytes
      const back = pubKeyFromAny(any);
      expect(back.type).to.equal(type);
      expect(back.typeUrl).to.equal(url);
      expect(hex(back.key)).to.equal(hex(pubA));
      expect(hex(back.address)).to.equal(hex(pk.address));
    }
  });

  it("pubKeyFromAny: clear errors for unknown type URL, bad length, invalid point", () => {
    const enc = (key: Uint8Array) => ProtoPubKey.encode({ key }).finish();
    expect(() => pubKeyFromAny({ typeUrl: "/cosmos.crypto.ed25519.PubKey", value: enc(pubA) })).to.throw(
      "unsupported public key type URL '/cosmos.crypto.ed25519.PubKey'",
    );
    expect(() => pubKeyFromAny({ typeUrl: SECP256K1_PUBKEY_TYPE, value: enc(pubA.subarray(0, 32)) })).to.throw(
      /expected 33 bytes \(compressed\), got 32/,
    );
    expect(() => pubKeyFromAny({ typeUrl: ETH_SECP256K1_PUBKEY_TYPE, value: enc(publicKeyFromPrivate(privA, false)) })).to.throw(
      /expected 33 bytes \(compressed\), got 65/,
    );
    expect(() => pubKeyFromAny({ typeUrl: ETH_SECP256K1_PUBKEY_TYPE, value: enc(unhex("02" + "00".repeat(31) + "05")) })).to.throw(
      /not a point on the secp256k1 curve/,
    );
    expect(() => pubKeyFromAny({ typeUrl: SECP256K1_PUBKEY_TYPE, value: enc(unhex("04" + "11".repeat(32))) })).to.throw(/0x02 or 0x03/);
    expect(() => pubKeyFromAny({ typeUrl: SECP256K1_PUBKEY_TYPE, value: new Uint8Array([0x0a, 0x21, 1]) })).to.throw(/cannot decode/);
    expect(() => pubKeyFromAny({ typeUrl: SECP256K1_PUBKEY_TYPE, value: new Uint8Array() })).to.throw(/got 0/);
  });

  it("the cosmos/evm type URL CosmJS emits is only accepted on request", () => {
    const any = { typeUrl: COSMOS_EVM_ETH_SECP256K1_PUBKEY_TYPE, value: ProtoPubKey.encode({ key: pubA }).finish() };
    expect(() => pubKeyFromAny(any)).to.throw(/unsupported public key type URL/);
    const pk = pubKeyFromAny(any, { allowCosmosEvmEthAlias: true });
    expect(pk.type).to.equal("eth_secp256k1");
    expect(pk.typeUrl).to.equal(ETH_SECP256K1_PUBKEY_TYPE);
  });

  it("key bytes are copied (caller buffer reuse cannot change the key)", () => {
    const buf = new Uint8Array(pubA);
    const pk = pubKeyFromBytes("secp256k1", buf);
    buf.fill(0);
    expect(hex(pk.key)).to.equal(hex(pubA));
  });
});
