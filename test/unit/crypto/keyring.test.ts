import { expect } from "chai";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fromBech32 } from "../../../chain/crypto/bech32.ts";
import { keccak256, sha256 } from "../../../chain/crypto/hash.ts";
import { ETH_SECP256K1_PUBKEY_TYPE, SECP256K1_PUBKEY_TYPE } from "../../../chain/crypto/pubkey.ts";
import { verifySecp256k1 } from "../../../chain/crypto/secp256k1.ts";
import { deriveKey } from "../../../chain/keys/hd.ts";
import { Keyring, KeyringError, type KeyringBackend } from "../../../chain/keys/keyring.ts";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const MNEMONIC =
  "surround miss nominee dream gap cross assault thank captain prosper drop duty group candy wealth weather scale put";
const FAST = { N: 1 << 10, r: 8, p: 1 }; // cheap scrypt for tests

async function expectKeyringError(p: Promise<unknown>, code: string, re?: RegExp): Promise<KeyringError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(KeyringError);
    expect((e as KeyringError).code).to.equal(code);
    if (re) expect((e as Error).message).to.match(re);
    return e as KeyringError;
  }
  return expect.fail(`expected KeyringError ${code}`);
}

describe("keys/keyring", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "stratos-keyring-"));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  for (const backend of ["test", "file"] as KeyringBackend[]) {
    describe(`backend ${backend}`, () => {
      const open = (passphrase = "correct horse") => new Keyring({ dir, backend, passphrase, scrypt: FAST });

      it("add (recover) / show / list / delete", async () => {
        const kr = open();
        const a = await kr.add("alice", { keyType: "eth_secp256k1", mnemonic: MNEMONIC });
        const expected = await deriveKey(MNEMONIC, "eth_secp256k1");
        expect(a.name).to.equal("alice");
        expect(a.keyType).to.equal("eth_secp256k1");
        expect(a.mnemonic).to.equal(MNEMONIC);
        expect(hex(fromBech32(a.address, "st").data)).to.equal(hex(expected.address));
        expect(hex(a.pubkey)).to.equal(hex(expected.pubkey));
        expect(a.pubkeyTypeUrl).to.equal(ETH_SECP256K1_PUBKEY_TYPE);
        expect(a.hdPath).to.equal("m/44'/606'/0'/0/0");

        const b = await kr.add("bob", { keyType: "secp256k1" });
        expect(b.mnemonic.split(" ")).to.have.length(24);
        expect(b.pubkeyTypeUrl).to.equal(SECP256K1_PUBKEY_TYPE);
        const bDerived = await deriveKey(b.mnemonic, "secp256k1");
        expect(hex(fromBech32(b.address, "st").data)).to.equal(hex(bDerived.address));

        const shown = await open().show("alice");
        expect(shown.address).to.equal(a.address);
        expect(shown).to.not.have.property("mnemonic");
        expect((await kr.list()).map((k) => k.name)).to.deep.equal(["alice", "bob"]);

        await kr.delete("alice");
        expect((await kr.list()).map((k) => k.name)).to.deep.equal(["bob"]);
        await expectKeyringError(kr.show("alice"), "KEY_NOT_FOUND", /key 'alice' not found/);
        await expectKeyringError(kr.delete("alice"), "KEY_NOT_FOUND");
        await expectKeyringError(kr.getSigner("alice"), "KEY_NOT_FOUND");
      });

      it("errors: key exists (by name and by address), bad mnemonic, bad name", async () => {
        const kr = open();
        await kr.add("alice", { keyType: "secp256k1", mnemonic: MNEMONIC });
        await expectKeyringError(kr.add("alice", { keyType: "secp256k1" }), "KEY_EXISTS", /key 'alice' already exists/);
        await expectKeyringError(kr.add("alice2", { keyType: "secp256k1", mnemonic: MNEMONIC }), "KEY_EXISTS", /already exists as 'alice'/);
        // Same mnemonic, other type -> other address: allowed.
        await kr.add("alice-eth", { keyType: "eth_secp256k1", mnemonic: MNEMONIC });
        await expectKeyringError(kr.add("carol", { keyType: "secp256k1", mnemonic: "not a valid mnemonic" }), "INVALID_MNEMONIC", /invalid mnemonic/);
        await expectKeyringError(kr.add("../evil", { keyType: "secp256k1" }), "INVALID_NAME");
        await expectKeyringError(kr.show(".hidden"), "INVALID_NAME");
      });

      it("getSigner signs per key type", async () => {
        const kr = open();
        await kr.add("eth", { keyType: "eth_secp256k1", mnemonic: MNEMONIC });
        await kr.add("cos", { keyType: "secp256k1", mnemonic: MNEMONIC });
        const msg = new TextEncoder().encode("sign bytes");

        const eth = await kr.getSigner("eth");
        const ethSig = eth.sign(msg);
        expect(ethSig.length).to.equal(65);
        expect(eth.pubkey.verify(msg, ethSig)).to.equal(true);
        expect(verifySecp256k1(eth.pubkey.key, keccak256(msg), ethSig.subarray(0, 64))).to.equal(true);
        expect(eth.address).to.equal((await kr.show("eth")).address);

        const cos = await kr.getSigner("cos");
        const cosSig = cos.sign(msg);
        expect(cosSig.length).to.equal(64);
        expect(cos.pubkey.verify(msg, cosSig)).to.equal(true);
        expect(verifySecp256k1(cos.pubkey.key, sha256(msg), cosSig)).to.equal(true);
        expect(cos.pubkey.verify(msg, ethSig.subarray(0, 64))).to.equal(false);
      });

      it("export / import armored, including across backends", async () => {
        const kr = open();
        const a = await kr.add("alice", { keyType: "eth_secp256k1", mnemonic: MNEMONIC });
        const armored = await kr.exportArmored("alice", "export-pass");
        expect(armored).to.match(/^-----BEGIN STRATOS PRIVATE KEY-----\n/);
        expect(armored).to.contain("type: eth_secp256k1");
        expect(armored).to.not.contain(hex((await deriveKey(MNEMONIC, "eth_secp256k1")).privkey));

        await expectKeyringError(kr.importArmored("alice", armored, "export-pass"), "KEY_EXISTS");
        await expectKeyringError(kr.importArmored("alice2", armored, "export-pass"), "KEY_EXISTS", /already exists as 'alice'/);
        await kr.delete("alice");
        await expectKeyringError(kr.importArmored("alice2", armored, "wrong"), "WRONG_PASSPHRASE", /wrong passphrase/);
        const imported = await kr.importArmored("alice2", armored, "export-pass");
        expect(imported.address).to.equal(a.address);
        expect(imported.keyType).to.equal("eth_secp256k1");
        expect(imported).to.not.have.property("hdPath");
        const msg = new Uint8Array([1, 2, 3]);
        const s = await kr.getSigner("alice2");
        expect(s.pubkey.verify(msg, s.sign(msg))).to.equal(true);

        // Into the other backend.
        const other = new Keyring({ dir, backend: backend === "test" ? "file" : "test", passphrase: "x", scrypt: FAST });
        const moved = await other.importArmored("alice", armored, "export-pass");
        expect(moved.address).to.equal(a.address);
      });

      it("rejects malformed or tampered armor", async () => {
        const kr = open();
        await kr.add("alice", { keyType: "secp256k1", mnemonic: MNEMONIC });
        const armored = await kr.exportArmored("alice", "pw");
        await kr.delete("alice");
        await expectKeyringError(kr.importArmored("x", "hello", "pw"), "INVALID_ARMOR");
        // Swap the key type in the payload: the AES-GCM associated data no longer matches.
        const lines = armored.trim().split("\n");
        const body = lines.slice(lines.indexOf("") + 1, -1).join("");
        const payload = JSON.parse(Buffer.from(body, "base64").toString());
        payload.keyType = "eth_secp256k1";
        const forged = ["-----BEGIN STRATOS PRIVATE KEY-----", "", Buffer.from(JSON.stringify(payload)).toString("base64"), "-----END STRATOS PRIVATE KEY-----"].join("\n");
        await expectKeyringError(kr.importArmored("x", forged, "pw"), "WRONG_PASSPHRASE");
        await expectKeyringError(kr.exportArmored("nobody", "pw"), "KEY_NOT_FOUND");
      });
    });
  }

  describe("file backend encryption", () => {
    it("stores no private key in clear and needs the right passphrase", async () => {
      const kr = new Keyring({ dir, backend: "file", passphrase: "right", scrypt: FAST });
      await kr.add("alice", { keyType: "secp256k1", mnemonic: MNEMONIC });
      const priv = hex((await deriveKey(MNEMONIC, "secp256k1")).privkey);
      const file = path.join(dir, "keyring-file", "alice.json");
      const text = await fs.readFile(file, "utf8");
      expect(text).to.not.contain(priv);
      expect(text).to.not.contain(Buffer.from(priv, "hex").toString("base64"));
      expect(JSON.parse(text).privkey.cipher).to.equal("aes-256-gcm");
      expect((await fs.stat(file)).mode & 0o777).to.equal(0o600);

      const wrong = new Keyring({ dir, backend: "file", passphrase: "wrong", scrypt: FAST });
      await expectKeyringError(wrong.getSigner("alice"), "WRONG_PASSPHRASE", /wrong passphrase for key 'alice'/);
      await expectKeyringError(wrong.exportArmored("alice", "x"), "WRONG_PASSPHRASE");
      // Public data needs no passphrase.
      expect((await wrong.list()).map((k) => k.name)).to.deep.equal(["alice"]);
      const none = new Keyring({ dir, backend: "file" });
      await expectKeyringError(none.getSigner("alice"), "PASSPHRASE_REQUIRED");
      await expectKeyringError(none.add("bob", { keyType: "secp256k1" }), "PASSPHRASE_REQUIRED");
    });

    it("detects a public key swapped under the ciphertext", async () => {
      const kr = new Keyring({ dir, backend: "file", passphrase: "pw", scrypt: FAST });
      await kr.add("alice", { keyType: "secp256k1", mnemonic: MNEMONIC });
      const bob = await kr.add("bob", { keyType: "secp256k1" });
      const file = path.join(dir, "keyring-file", "alice.json");
      const kf = JSON.parse(await fs.readFile(file, "utf8"));
      kf.pubkey = Buffer.from(bob.pubkey).toString("base64");
      await fs.writeFile(file, JSON.stringify(kf));
      await expectKeyringError(kr.getSigner("alice"), "WRONG_PASSPHRASE");
    });

    it("test backend keeps keys in clear in keyring-test/", async () => {
      const kr = new Keyring({ dir, backend: "test" });
      await kr.add("alice", { keyType: "secp256k1", mnemonic: MNEMONIC });
      const priv = hex((await deriveKey(MNEMONIC, "secp256k1")).privkey);
      expect(await fs.readFile(path.join(dir, "keyring-test", "alice.json"), "utf8")).to.contain(priv);
      expect(await new Keyring({ dir, backend: "file", passphrase: "x" }).list()).to.deep.equal([]);
    });

    it("default scrypt parameters work", async () => {
      const kr = new Keyring({ dir, backend: "file", passphrase: "pw" });
      await kr.add("alice", { keyType: "eth_secp256k1", mnemonic: MNEMONIC });
      const s = await kr.getSigner("alice");
      expect(s.pubkey.verify(new Uint8Array([9]), s.sign(new Uint8Array([9])))).to.equal(true);
    });
  });
});
