import { expect } from "chai";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newNodeKey, NodeKeyFileError, readNodeKeyFile, sdsAddressOfEd25519 } from "../../../chain/keys/node-key.ts";
import { ed25519PubKeyAny, sdsAddressOfPubKey } from "../../../modules/register/types.ts";

describe("keys/node-key", () => {
  it("the library's stsds address is the one register derives from the pubkey Any", () => {
    for (let i = 0; i < 4; i++) {
      const k = newNodeKey(new Uint8Array(32).fill(i + 1));
      const pub = new Uint8Array(Buffer.from(k.pubkey.key, "base64"));
      expect(k.network_address).to.equal(sdsAddressOfPubKey(ed25519PubKeyAny(pub)));
      expect(sdsAddressOfEd25519(pub)).to.equal(k.network_address);
      expect(k.network_address.startsWith("stsds1")).to.equal(true);
    }
  });

  it("a seed gives the same key; no seed gives a fresh one", () => {
    const seed = new Uint8Array(32).fill(7);
    expect(newNodeKey(seed)).to.deep.equal(newNodeKey(seed));
    expect(newNodeKey().priv_key).to.not.equal(newNodeKey().priv_key);
  });

  it("reads back what it writes and refuses inconsistent files with a reason", () => {
    const dir = mkdtempSync(join(tmpdir(), "node-key-"));
    try {
      const k = newNodeKey();
      const file = join(dir, "k.json");
      writeFileSync(file, JSON.stringify(k));
      expect(readNodeKeyFile(file)).to.deep.equal(k);

      const other = newNodeKey();
      writeFileSync(file, JSON.stringify({ ...k, network_address: other.network_address }));
      expect(() => readNodeKeyFile(file)).to.throw(NodeKeyFileError, "does not match its pubkey");
      writeFileSync(file, JSON.stringify({ ...k, priv_key: other.priv_key }));
      expect(() => readNodeKeyFile(file)).to.throw(NodeKeyFileError, "priv_key does not belong to pubkey");
      writeFileSync(file, "{}");
      expect(() => readNodeKeyFile(file)).to.throw(NodeKeyFileError, "is not a node key file");
      expect(() => readNodeKeyFile(join(dir, "missing.json"))).to.throw(NodeKeyFileError, "cannot read node key file");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
