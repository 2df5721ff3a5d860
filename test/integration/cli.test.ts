// The stratos-chain CLI against a real node: keys, tx bank send, queries, and its error handling.
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LocalnetAccount, LocalnetNode } from "../../localnet/localnet.ts";
import { useLocalnet } from "../helpers/localnet.ts";

const cliPath = join(import.meta.dirname, "..", "..", "bin", "stratos-chain.mjs");

function cli(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { encoding: "utf8", input, env: { ...process.env, ...env }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("stratos-chain CLI", function () {
  this.timeout(180_000);
  // keyring: false - the test builds its own keyring in node0's home and lists it exactly.
  const fixture = useLocalnet({ validators: 1, users: 1, keyring: false });
  let node: LocalnetNode;
  let accounts: LocalnetAccount[];
  let kr: string[];
  let rpc: string[];

  before(async () => {
    node = fixture.net.node(0);
    accounts = fixture.net.users;
    kr = ["--home", node.home, "--keyring-backend", "test"];
    rpc = ["--node", node.rpcUrl];
    const add = cli(["keys", "add", "funder", "--recover", ...kr], accounts[0].mnemonic + "\n");
    expect(add.code, add.err).to.equal(0);
    expect(JSON.parse(add.out).address).to.equal(accounts[0].address);
  });

  it("keys: add (both key types), list, show, export/import with the file backend, delete", () => {
    const eth = cli(["keys", "add", "ethkey", "--key-type", "eth_secp256k1", ...kr]);
    expect(eth.code, eth.err).to.equal(0);
    expect(JSON.parse(eth.out).pubkey["@type"]).to.equal("/stratos.crypto.v1.ethsecp256k1.PubKey");
    expect(JSON.parse(eth.out).mnemonic.split(" ")).to.have.length(24);
    const list = JSON.parse(cli(["keys", "list", ...kr]).out);
    expect(list.map((k: any) => k.name).sort()).to.deep.equal(["ethkey", "funder"]);
    const exported = cli(["keys", "export", "ethkey", ...kr], undefined, { STRATOS_EXPORT_PASSPHRASE: "export-pass-1" });
    expect(exported.code, exported.err).to.equal(0);
    const file = join(node.home, "ethkey.armor");
    writeFileSync(file, exported.out);
    const fileKr = ["--home", node.home, "--keyring-backend", "file"];
    const imported = cli(["keys", "import", "ethcopy", file, ...fileKr], undefined, { STRATOS_KEYRING_PASSPHRASE: "kr-pass-123", STRATOS_EXPORT_PASSPHRASE: "export-pass-1" });
    expect(imported.code, imported.err).to.equal(0);
    expect(JSON.parse(imported.out).address).to.equal(JSON.parse(eth.out).address);
    const wrong = cli(["keys", "import", "ethcopy2", file, ...fileKr], undefined, { STRATOS_KEYRING_PASSPHRASE: "kr-pass-123", STRATOS_EXPORT_PASSPHRASE: "nope-nope" });
    expect(wrong.code).to.not.equal(0);
    expect(wrong.err).to.match(/passphrase/i);
    expect(cli(["keys", "delete", "ethcopy", ...fileKr]).code).to.equal(2);
    expect(cli(["keys", "delete", "ethcopy", "--yes", ...fileKr]).code).to.equal(0);
  });

  it("tx bank send and query bank balances / tx / status", () => {
    const to = JSON.parse(cli(["keys", "show", "ethkey", ...kr]).out).address;
    const sent = cli(["tx", "bank", "send", "funder", to, "1.5stos", "--memo", "cli", ...kr, ...rpc]);
    expect(sent.code, sent.err).to.equal(0);
    const result = JSON.parse(sent.out);
    expect(result.code).to.equal(0);
    const balances = JSON.parse(cli(["query", "bank", "balances", to, ...rpc]).out).balances;
    expect(balances).to.deep.equal([{ denom: "wei", amount: "1500000000000000000" }]);
    const tx = JSON.parse(cli(["query", "tx", result.txhash, ...rpc]).out);
    expect(tx.txResponse.height).to.equal(String(result.height));
    expect(tx.tx.body.memo).to.equal("cli");
    const back = cli(["tx", "bank", "send", "ethkey", accounts[0].address, "1gwei", "--fees", "300000gwei", "--gas", "300000", ...kr, ...rpc]);
    expect(back.code, back.err).to.equal(0);
    const status = JSON.parse(cli(["status", ...rpc]).out);
    expect(status.chain_id).to.equal(node.chainId);
  });

  it("chain-info prints Keplr's suggestChain object, chain.json and assetlist.json for the running network", () => {
    const r = cli(["chain-info", ...rpc, "--rest", "http://127.0.0.1:1317"]);
    expect(r.code, r.err).to.equal(0);
    const out = JSON.parse(r.out);
    expect(Object.keys(out)).to.deep.equal(["keplr", "chain.json", "assetlist.json"]);
    expect(out.keplr.chainId).to.equal(fixture.net.info.chainId);
    expect(out.keplr.rpc).to.equal(node.rpcUrl);
    expect(out.keplr.bip44.coinType).to.equal(606);
    expect(out.keplr.bech32Config.bech32PrefixAccAddr).to.equal("st");
    expect(out.keplr.feeCurrencies[0]).to.include({ coinMinimalDenom: "wei", coinDecimals: 18 });
    expect(out["chain.json"].chain_id).to.equal(fixture.net.info.chainId);
    expect(out["assetlist.json"].assets[0].base).to.equal("wei");
    const only = cli(["chain-info", ...rpc, "--only", "assetlist"]);
    expect(JSON.parse(only.out).chain_name).to.equal(out["chain.json"].chain_name);
    expect(cli(["chain-info", ...rpc, "--only", "nope"]).err).to.match(/--only must be/);
    expect(cli(["chain-info", ...rpc, "--min-gas-price", "0wei"]).code).to.not.equal(0);
  });

  it("bad input prints what is wrong and exits non-zero", () => {
    const cases: [string[], RegExp][] = [
      [["tx", "bank", "send", "funder", "cosmos1xyz", "1wei", ...kr, ...rpc], /invalid/],
      [["tx", "bank", "send", "funder", accounts[0].address, "1.5wei", ...kr, ...rpc], /fractional|decimals/],
      [["tx", "bank", "send", "nobody", accounts[0].address, "1wei", ...kr, ...rpc], /not found/i],
      [["query", "bank", "balances", "st1bad", ...rpc], /invalid/],
      [["query", "tx", "xyz", ...rpc], /64 hex/],
      [["init", "--home", node.home], /moniker/],
      [["keys", "add", "k", "--key-type", "rsa", ...kr], /key-type/],
      [["frobnicate"], /unknown command/],
      [["status", "--node", "http://127.0.0.1:1"], /cannot reach/],
      [["query", "bank", "balances", accounts[0].address, "--bogus"], /Unknown option/],
      // Values starting with '-' are values (issue 14), with a message about the value itself.
      [["tx", "bank", "send", "funder", accounts[0].address, "-5stos", ...kr, ...rpc], /invalid coin "-5stos": an amount must not be negative/],
      [["tx", "bank", "send", "funder", accounts[0].address, "1wei", "--gas", "-1", ...kr, ...rpc], /--gas must not be negative, got "-1"/],
      [["query", "bank", "balances", accounts[0].address, "--height", "-3", ...rpc], /--height must not be negative/],
      [["tx", "sds", "prepay", "funder", "-1stos", ...kr, ...rpc], /must not be negative/],
      // A --home that does not exist says so (it used to say only "key not found").
      [["tx", "bank", "send", "funder", accounts[0].address, "1wei", "--home", join(node.home, "nope"), "--keyring-backend", "test", ...rpc], /home .*nope does not exist/],
      [["keys", "list", "--home", join(node.home, "nope"), "--keyring-backend", "test"], /home .*nope does not exist/],
    ];
    for (const [args, re] of cases) {
      const r = cli(args);
      expect(r.code, args.join(" ")).to.not.equal(0);
      expect(r.err, args.join(" ")).to.match(re);
      expect(r.err, args.join(" ")).to.not.match(/ambiguous|Unknown option '-\d/);
    }
  });
});
