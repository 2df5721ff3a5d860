import { expect } from "chai";
import { Secp256k1Wallet } from "@cosmjs/amino";
import { readFileSync } from "node:fs";
import { fromBech32, toBech32 } from "../../../chain/crypto/bech32.ts";
import {
  adr036SignBytes,
  checkReqTime,
  signWalletMessage,
  verifyWalletSignature,
  walletSignMessage,
} from "../../../meta-node/protocol/wallet-signature.ts";

interface Vector {
  name: string;
  keyType: "eth_secp256k1" | "secp256k1";
  message: string;
  address: string;
  pubkey: string;
  signature: string;
  privateKey: string;
  valid: boolean;
  note?: string;
}

// Produced with go-ethereum / decred (the libraries ppd uses); origin in vectors/README.md.
const vectors: Vector[] = JSON.parse(
  readFileSync(new URL("./vectors/wallet-signatures.json", import.meta.url), "utf8"),
);
const unhex = (s: string) => Uint8Array.from(Buffer.from(s, "hex"));

describe("meta-node/protocol/wallet-signature", () => {
  it("has vectors for both key types, valid and invalid", () => {
    expect(vectors.filter((v) => v.keyType === "eth_secp256k1" && v.valid)).to.have.length.greaterThan(3);
    expect(vectors.filter((v) => v.keyType === "secp256k1" && v.valid)).to.have.length(2);
    expect(vectors.filter((v) => !v.valid)).to.have.length.greaterThan(2);
  });

  for (const v of vectors) {
    it(`Go vector: ${v.name} → ${v.valid ? "accepted" : "refused"}`, () => {
      const r = verifyWalletSignature({ address: v.address, pubkey: v.pubkey, signature: v.signature }, v.message);
      expect(r.ok, JSON.stringify(r)).to.equal(v.valid);
      if (r.ok) expect(r.keyType).to.equal(v.keyType);
    });
  }

  it("signs eth_secp256k1 byte-identically to go-ethereum crypto.Sign (RFC 6979)", () => {
    const goSigned = vectors.filter((v) => v.keyType === "eth_secp256k1" && v.valid && v.signature.length === 130);
    expect(goSigned.length).to.be.greaterThan(2);
    for (const v of goSigned) {
      const s = signWalletMessage(unhex(v.privateKey), v.message);
      expect(s).to.deep.equal({ address: v.address, pubkey: v.pubkey, signature: v.signature });
    }
  });

  it("signs Cosmos secp256k1 byte-identically to the decred/Cosmos SDK signer", () => {
    const v = vectors.find((x) => x.keyType === "secp256k1" && !x.name.includes("ADR-036"))!;
    expect(signWalletMessage(unhex(v.privateKey), v.message, "secp256k1")).to.deep.equal({
      address: v.address,
      pubkey: v.pubkey,
      signature: v.signature,
    });
  });

  it("accepts a Keplr-style ADR-036 signature made by CosmJS", async () => {
    const v = vectors.find((x) => x.keyType === "secp256k1")!;
    const wallet = await Secp256k1Wallet.fromKey(unhex(v.privateKey), "st");
    const [account] = await wallet.getAccounts();
    expect(account!.address).to.equal(v.address);
    const { makeSignDoc } = await import("@cosmjs/amino");
    const doc = makeSignDoc(
      [{ type: "sign/MsgSignData", value: { signer: v.address, data: Buffer.from(v.message).toString("base64") } }],
      { gas: "0", amount: [] },
      "",
      "",
      0,
      0,
    );
    const signed = await wallet.signAmino(v.address, doc);
    const sigHex = Buffer.from(signed.signature.signature, "base64").toString("hex");
    expect(verifyWalletSignature({ address: v.address, pubkey: v.pubkey, signature: sigHex }, v.message).ok).to.equal(true);
    // and the doc our verifier rebuilds is the one the Go vector signed
    const adr = vectors.find((x) => x.name.includes("ADR-036"))!;
    expect(adr.note).to.include(Buffer.from(adr036SignBytes(adr.address, adr.message)).toString("utf8"));
  });

  it("refuses a valid signature presented with another wallet's address", () => {
    const [a, b] = [vectors[0]!, vectors.find((v) => v.address !== vectors[0]!.address && v.keyType === "eth_secp256k1")!];
    const r = verifyWalletSignature({ address: b.address, pubkey: a.pubkey, signature: a.signature }, a.message);
    expect(r).to.deep.equal({ ok: false, reason: "signature.address does not belong to signature.pubkey" });
  });

  it("accepts upper-case hex and any bech32 prefix on the key, as ppd does", () => {
    const v = vectors[0]!;
    const otherPrefix = toBech32("cosmospub", fromBech32(v.pubkey).data);
    const r = verifyWalletSignature({ ...v, pubkey: otherPrefix, signature: v.signature.toUpperCase() }, v.message);
    expect(r.ok).to.equal(true);
  });

  it("never throws on malformed input and says what is wrong", () => {
    const v = vectors[0]!;
    const cases: Array<[unknown, RegExp]> = [
      [null, /must be an object/],
      ["abc", /must be an object/],
      [{ ...v, address: 5 }, /address must be a non-empty string/],
      [{ ...v, address: "st1notbech32" }, /signature.address/],
      [{ ...v, address: toBech32("cosmos", new Uint8Array(20)) }, /expected prefix st/],
      [{ ...v, pubkey: "" }, /pubkey must be a non-empty string/],
      [{ ...v, pubkey: toBech32("stpub", new Uint8Array(32)) }, /33-byte compressed/],
      [{ ...v, pubkey: toBech32("stpub", Uint8Array.from([2, ...new Uint8Array(32).fill(0xff)])) }, /not a point/],
      [{ ...v, signature: "zz" }, /not hex/],
      [{ ...v, signature: "abc" }, /not hex/],
      [{ ...v, signature: "00".repeat(63) }, /64 or 65 bytes/],
      [{ ...v, signature: "00".repeat(65) }, /does not verify/],
    ];
    for (const [sig, re] of cases) {
      const r = verifyWalletSignature(sig, v.message);
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.reason).to.match(re);
    }
  });

  it("builds the request strings of sds-msg/utils/sign.go", () => {
    expect(walletSignMessage.upload("vH", "st1W", "7", 1700000000)).to.equal("vHst1W71700000000");
    expect(walletSignMessage.download("vH", "st1W", "7", 1)).to.equal("vHst1W71");
    expect(walletSignMessage.fileStatus("vH", "st1W", 12)).to.equal("vHst1W12");
    expect(walletSignMessage.deleteFile("vH", "st1W", 12)).to.equal("vHst1W12");
    expect(walletSignMessage.list("st1W", 12)).to.equal("st1W12");
    expect(walletSignMessage.listShare("st1W", 12)).to.equal("st1W12");
    expect(walletSignMessage.share("vH", "st1W", 12)).to.equal("vHst1W12");
    expect(walletSignMessage.stopShare("sid", "st1W", 12)).to.equal("sidst1W12");
    expect(walletSignMessage.getShared("link", "st1W", "3", 12)).to.equal("linkst1W312");
  });

  it("checks req_time against a window", () => {
    expect(checkReqTime(1000, 1000)).to.equal(null);
    expect(checkReqTime(1000, 1600)).to.equal(null);
    expect(checkReqTime(1000, 1601)).to.match(/more than 600 s/);
    expect(checkReqTime(1.5, 1)).to.match(/positive integer/);
    expect(checkReqTime(0, 1)).to.match(/positive integer/);
  });
});

