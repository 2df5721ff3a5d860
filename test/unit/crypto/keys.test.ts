import { expect } from "chai";
import { Bip39, EnglishMnemonic, stringToPath } from "@cosmjs/crypto";
import { DirectEthSecp256k1HdWallet, DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { fromBech32, toBech32 } from "../../../chain/crypto/bech32.ts";
import { DEFAULT_HD_PATH, deriveKey, generateMnemonic, hdPath, mnemonicToSeed, validateMnemonic } from "../../../chain/keys/hd.ts";
import { publicKeyFromPrivate } from "../../../chain/crypto/secp256k1.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const MNEMONIC =
  "surround miss nominee dream gap cross assault thank captain prosper drop duty group candy wealth weather scale put";
const HARDHAT = "test test test test test test test test test test test junk";

describe("keys/hd", () => {
  it("default path is m/44'/606'/0'/0/0", () => {
    expect(DEFAULT_HD_PATH).to.equal("m/44'/606'/0'/0/0");
    expect(hdPath(2, 5)).to.equal("m/44'/606'/2'/0/5");
  });

  it("BIP-39 seed equals CosmJS Bip39.mnemonicToSeed and the reference vector", async () => {
    for (const [m, pass] of [[MNEMONIC, ""], [MNEMONIC, "pässwörd"], [HARDHAT, ""]] as const) {
      const em = new EnglishMnemonic(m);
      expect(hex(mnemonicToSeed(em, pass))).to.equal(hex(await Bip39.mnemonicToSeed(em, pass)));
    }
    // BIP-39 reference vector (Trezor), passphrase "TREZOR".
    const abandon = new EnglishMnemonic("abandon ".repeat(11) + "about");
    expect(hex(mnemonicToSeed(abandon, "TREZOR"))).to.equal(
      "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04",
    );
  });

  it("secp256k1 address equals DirectSecp256k1HdWallet (prefix st, coin type 606)", async () => {
    for (const path of [DEFAULT_HD_PATH, hdPath(0, 1), hdPath(3, 7)]) {
      const wallet = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: "st", hdPaths: [stringToPath(path)] });
      const [acc] = await wallet.getAccounts();
      const k = await deriveKey(MNEMONIC, "secp256k1", path);
      expect(toBech32("st", k.address)).to.equal(acc!.address);
      expect(hex(k.pubkey)).to.equal(hex(acc!.pubkey));
      expect(k.pubkey.length).to.equal(33);
      expect(hex(publicKeyFromPrivate(k.privkey))).to.equal(hex(k.pubkey));
    }
  });

  it("eth_secp256k1 address equals CosmJS DirectEthSecp256k1HdWallet", async () => {
    const wallet = await DirectEthSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: "st", hdPaths: [stringToPath(DEFAULT_HD_PATH)] });
    const [acc] = await wallet.getAccounts();
    const k = await deriveKey(MNEMONIC, "eth_secp256k1", DEFAULT_HD_PATH);
    expect(acc!.algo).to.equal("eth_secp256k1");
    expect(toBech32("st", k.address)).to.equal(acc!.address);
  });

  it("eth_secp256k1 derivation matches Ethereum tooling (hardhat account #0 at m/44'/60'/0'/0/0)", async () => {
    const k = await deriveKey(HARDHAT, "eth_secp256k1", "m/44'/60'/0'/0/0");
    expect(hex(k.address)).to.equal("f39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    expect(hex(k.privkey)).to.equal("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
  });

  it("same private key for both types; only the address differs", async () => {
    const a = await deriveKey(MNEMONIC, "secp256k1");
    const b = await deriveKey(MNEMONIC, "eth_secp256k1");
    expect(hex(a.privkey)).to.equal(hex(b.privkey));
    expect(hex(a.pubkey)).to.equal(hex(b.pubkey));
    expect(hex(a.address)).to.not.equal(hex(b.address));
  });

  it("normalizes whitespace and case; rejects bad mnemonics and paths", async () => {
    const messy = "  " + MNEMONIC.toUpperCase().split(" ").join("   \n") + " ";
    expect(hex((await deriveKey(messy, "secp256k1")).address)).to.equal(hex((await deriveKey(MNEMONIC, "secp256k1")).address));
    const badChecksum = MNEMONIC.replace(/put$/, "abandon");
    await expectReject(deriveKey(badChecksum, "secp256k1"), /invalid mnemonic/);
    await expectReject(deriveKey("foo bar baz", "secp256k1"), /invalid mnemonic/);
    await expectReject(deriveKey("", "secp256k1"), /invalid mnemonic: empty/);
    await expectReject(deriveKey(MNEMONIC, "secp256k1", "m/44'/x"), /invalid HD path/);
    await expectReject(deriveKey(MNEMONIC, "ed25519" as never), /unknown key type/);
  });

  it("bip39 passphrase changes the key", async () => {
    const a = await deriveKey(MNEMONIC, "secp256k1");
    const b = await deriveKey(MNEMONIC, "secp256k1", DEFAULT_HD_PATH, "pass");
    expect(hex(a.privkey)).to.not.equal(hex(b.privkey));
  });

  it("generateMnemonic: 24 words by default, valid, random", () => {
    const m = generateMnemonic();
    expect(m.split(" ")).to.have.length(24);
    expect(validateMnemonic(m)).to.equal(true);
    expect(generateMnemonic()).to.not.equal(m);
    expect(generateMnemonic(12).split(" ")).to.have.length(12);
    expect(() => generateMnemonic(13)).to.throw(/invalid mnemonic length 13/);
  });

  it("addresses decode with the st prefix", async () => {
    const k = await deriveKey(MNEMONIC, "eth_secp256k1");
    expect(hex(fromBech32(toBech32("st", k.address), "st").data)).to.equal(hex(k.address));
  });
});

async function expectReject(p: Promise<unknown>, re: RegExp): Promise<void> {
  try {
    await p;
  } catch (e) {
    expect((e as Error).message).to.match(re);
    return;
  }
  expect.fail(`expected rejection matching ${re}`);
}
