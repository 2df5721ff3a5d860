// The stratos-chain CLI against a real node: keys, tx bank send, distribution, queries, and its error handling.
import { randomBytes } from "node:crypto";
import { StargateClient } from "@cosmjs/stargate";
import { expect } from "chai";
import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { LocalnetAccount, LocalnetNode } from "../../localnet/localnet.ts";
import { Dec } from "../../chain/types/dec.ts";
import { valoperOf } from "../../modules/staking/types.ts";
import { useLocalnet } from "../helpers/localnet.ts";

const cliPath = join(import.meta.dirname, "..", "..", "bin", "stratos-chain.mjs");

function cli(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { encoding: "utf8", input, env: { ...process.env, ...env }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** cli() without blocking the event loop (a test that also holds CosmJS connections: a blocked loop misses their sockets closing). */
function cliAsync(args: string[], input?: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [cliPath, ...args], { stdio: ["pipe", "pipe", "pipe"], timeout: 60_000 });
    let out = "";
    let err = "";
    p.stdout.on("data", (b) => (out += b));
    p.stderr.on("data", (b) => (err += b));
    p.on("error", reject);
    p.on("close", (code) => resolve({ code, out, err }));
    p.stdin.end(input ?? "");
  });
}

/** cliAsync that must succeed; its JSON output. */
async function cliJson(args: string[]): Promise<any> {
  const r = await cliAsync(args);
  expect(r.code, `${args.join(" ")}\n${r.err}`).to.equal(0);
  return JSON.parse(r.out);
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

  it("distribution: rewards, commission and outstanding queries; set-withdraw-addr, withdraw-rewards --commission, fund-community-pool, withdraw-all-rewards", async () => {
    const run = cliJson;
    // Only distribution's commands go through the CLI here (each run costs a node start-up); other reads use CosmJS.
    const chain = await StargateClient.connect(node.rpcUrl);
    try {
      const operator = fixture.net.accounts.find((a) => a.name === "operator0")!;
      expect((await cliAsync(["keys", "add", "op", "--recover", ...kr], operator.mnemonic + "\n")).code).to.equal(0);
      const rewardsTo = JSON.parse((await cliAsync(["keys", "add", "rewards", ...kr])).out).address;
      const valoper = valoperOf(operator.address);
      const balance = async (a: string) => BigInt((await chain.getBalance(a, "wei")).amount);
      const wei = (coins: { denom: string; amount: string }[]) => coins.reduce((a, c) => a + Dec.fromString(c.amount).truncateInt(), 0n);

      expect(await run(["query", "distribution", "params", ...rpc])).to.deep.equal({
        community_tax: "0.020000000000000000",
        base_proposer_reward: "0.000000000000000000",
        bonus_proposer_reward: "0.000000000000000000",
        withdraw_addr_enabled: true,
      });
      // The bank sends above paid fees: the only validator's self-delegation and commission earned them.
      // (Rewards are answered at the latest height only: they iterate slash events. No tx is pending, so
      // nothing changes in between; commission and outstanding are read at one height after them.)
      const one = await run(["query", "distribution", "rewards", operator.address, valoper, ...rpc]);
      const all = await run(["query", "distribution", "rewards", operator.address, ...rpc]);
      const h = ["--height", String(await chain.getHeight())];
      expect(one.rewards.map((c: any) => c.denom)).to.deep.equal(["wei"]);
      expect(wei(one.rewards) > 0n).to.equal(true);
      expect(all).to.deep.equal({ rewards: [{ validator_address: valoper, reward: one.rewards }], total: one.rewards });
      const commission = (await run(["query", "distribution", "commission", valoper, ...rpc, ...h])).commission;
      expect(wei(commission) > 0n).to.equal(true);
      const outstanding = Dec.fromString((await run(["query", "distribution", "validator-outstanding-rewards", valoper, ...rpc, ...h])).rewards[0].amount);
      expect(outstanding.gte(Dec.fromString(commission[0].amount).add(Dec.fromString(one.rewards[0].amount)))).to.equal(true);
      expect(await run(["query", "distribution", "slashes", valoper, "0", "100", ...rpc])).to.deep.equal({ slashes: [], pagination: { next_key: null, total: "0" } });

      // Rewards and commission go to the withdraw address: its balance is exactly what the events say was paid.
      expect((await run(["tx", "distribution", "set-withdraw-addr", "op", rewardsTo, ...kr, ...rpc])).code).to.equal(0);
      expect(await run(["query", "distribution", "delegator-withdraw-address", operator.address, ...rpc])).to.deep.equal({ withdraw_address: rewardsTo });
      const w = await run(["tx", "distribution", "withdraw-rewards", "op", valoper, "--commission", ...kr, ...rpc]);
      expect(w.code).to.equal(0);
      const { events } = (await chain.getTx(w.txhash))!;
      const paid = (type: string) =>
        events.filter((e) => e.type === type).reduce((a, e) => a + BigInt(/^(\d+)wei$/.exec(e.attributes.find((x) => x.key === "amount")!.value)![1]), 0n);
      expect(paid("withdraw_rewards") > 0n && paid("withdraw_commission") > 0n).to.equal(true);
      expect(await balance(rewardsTo)).to.equal(paid("withdraw_rewards") + paid("withdraw_commission"));

      // fund-community-pool: the funder pays the amount and the fee, the pool grows by at least the amount.
      const funderBefore = await balance(accounts[0].address);
      const f = await run(["tx", "distribution", "fund-community-pool", "funder", "1stos", ...kr, ...rpc]);
      expect(f.code).to.equal(0);
      expect(funderBefore - (await balance(accounts[0].address))).to.equal(10n ** 18n + BigInt(f.gas_wanted) * 10n ** 9n);
      const pool = async (height: number) => Dec.fromString((await run(["query", "distribution", "community-pool", ...rpc, "--height", String(height)])).pool[0].amount);
      expect((await pool(f.height)).sub(await pool(f.height - 1)).gte(Dec.fromInt(10n ** 18n))).to.equal(true);

      // withdraw-all-rewards needs a delegation; with one it withdraws from every validator.
      const none = await cliAsync(["tx", "distribution", "withdraw-all-rewards", "funder", ...kr, ...rpc]);
      expect(none.code).to.equal(1);
      expect(none.err).to.match(/has no delegations: there are no rewards to withdraw/);
      expect((await run(["tx", "staking", "delegate", "funder", valoper, "1stos", ...kr, ...rpc])).code).to.equal(0);
      const all2 = await run(["tx", "distribution", "withdraw-all-rewards", "funder", ...kr, ...rpc]);
      expect(all2.code).to.equal(0);
      expect((await chain.getTx(all2.txhash))!.events.filter((e) => e.type === "withdraw_rewards")).to.have.length(1);

    } finally {
      chain.disconnect();
    }
  });

  it("distribution: withdraw-all-rewards --max-msgs splits into txs of at most N messages; query validator-distribution-info", async () => {
    const run = cliJson;
    const chain = await StargateClient.connect(node.rpcUrl);
    try {
      const operator = fixture.net.accounts.find((a) => a.name === "operator0")!;
      const valoper = valoperOf(operator.address);
      const rewardsTo = JSON.parse((await cliAsync(["keys", "show", "rewards", ...kr])).out).address;
      const wei = (coins: { denom: string; amount: string }[]) => coins.reduce((a, c) => a + Dec.fromString(c.amount).truncateInt(), 0n);
      // --max-msgs: with a second delegation (to the funder's own validator, 10^12 wei: power 0, never
      // bonded, so consensus is untouched) --max-msgs 1 makes one tx per validator (0, the default, one tx: the test above).
      const pubkey = randomBytes(32).toString("base64");
      expect((await run(["tx", "staking", "create-validator", "funder", "1000gwei", "--moniker", "tiny", "--pubkey", pubkey, ...kr, ...rpc])).code).to.equal(0);
      const funderVal = valoperOf(accounts[0].address);
      const txsOf = async (args: string[]) => {
        const r = await cliAsync(args);
        expect(r.code, r.err).to.equal(0);
        return r.out.trim().split(/\n(?=\{)/).map((t) => JSON.parse(t));
      };
      const split = await txsOf(["tx", "distribution", "withdraw-all-rewards", "funder", "--max-msgs", "1", ...kr, ...rpc]);
      expect(split).to.have.length(2);
      const withdrawnFrom = async (hash: string) => (await chain.getTx(hash))!.events.filter((e) => e.type === "withdraw_rewards").map((e) => e.attributes.find((a) => a.key === "validator")!.value);
      expect([...(await withdrawnFrom(split[0].txhash)), ...(await withdrawnFrom(split[1].txhash))].sort()).to.deep.equal([valoper, funderVal].sort());
      expect(split.every((t) => t.code === 0)).to.equal(true);
      const noWait = await cliAsync(["tx", "distribution", "withdraw-all-rewards", "funder", "--max-msgs", "1", "--no-wait", ...kr, ...rpc]);
      expect(noWait.code).to.not.equal(0);
      expect(noWait.err).to.match(/--no-wait cannot be used when --max-msgs 1 splits the 2 withdrawals into 2 txs/);
      const badMax = await cliAsync(["tx", "distribution", "withdraw-all-rewards", "funder", "--max-msgs", "two", ...kr, ...rpc]);
      expect(badMax.code).to.not.equal(0);
      expect(badMax.err).to.match(/--max-msgs must be a non-negative integer/);

      // validator-distribution-info: the operator's account, its self-bond rewards and its commission. Once
      // the block after the last tx has allocated its fees, idle blocks change neither (nothing is pending).
      await node.waitForHeight(Number(split[1].height) + 2);
      const info = await run(["query", "distribution", "validator-distribution-info", valoper, ...rpc]);
      const self = await run(["query", "distribution", "rewards", operator.address, valoper, ...rpc]);
      const comm = await run(["query", "distribution", "commission", valoper, ...rpc]);
      expect(wei(info.self_bond_rewards) > 0n && wei(info.commission) > 0n).to.equal(true);
      expect(info).to.deep.equal({ operator_address: operator.address, self_bond_rewards: self.rewards, commission: comm.commission });
      const noInfo = await cliAsync(["query", "distribution", "validator-distribution-info", valoperOf(rewardsTo), ...rpc]);
      expect(noInfo.code).to.equal(1);
      expect(noInfo.err).to.match(/does not exist/);
    } finally {
      chain.disconnect();
    }
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

  it("staking queries: validators, validator, delegation, delegations-to, pool, params, historical-info", async () => {
    const operator = fixture.net.accounts.find((a) => a.name === "operator0")!.address;
    const valoper = valoperOf(operator);
    const vals = (await cliJson(["query", "staking", "validators", "--status", "BOND_STATUS_BONDED", ...rpc])).validators;
    expect(vals.map((v: any) => v.operator_address)).to.deep.equal([valoper]);
    expect((await cliJson(["query", "staking", "validator", valoper, ...rpc])).validator.tokens).to.equal(vals[0].tokens);
    const self = (await cliJson(["query", "staking", "delegation", operator, valoper, ...rpc])).delegation_response;
    // Other tests in this file delegate to the same validator: its tokens are the sum of all its delegations.
    const to = (await cliJson(["query", "staking", "delegations-to", valoper, ...rpc])).delegation_responses;
    expect(to.map((d: any) => d.delegation.delegator_address)).to.include(operator);
    expect(to.find((d: any) => d.delegation.delegator_address === operator).balance).to.deep.equal(self.balance);
    expect(to.reduce((sum: bigint, d: any) => sum + BigInt(d.balance.amount), 0n).toString()).to.equal(vals[0].tokens);
    expect((await cliJson(["query", "staking", "pool", ...rpc])).pool.bonded_tokens).to.equal(vals[0].tokens);
    expect((await cliJson(["query", "staking", "params", ...rpc])).params.historical_entries).to.equal(10000);
    const hist = (await cliJson(["query", "staking", "historical-info", "2", ...rpc])).hist;
    expect(hist.header.height).to.equal("2");
    expect(hist.valset.map((v: any) => v.operator_address)).to.deep.equal([valoper]);
    const missing = await cliAsync(["query", "staking", "historical-info", "99999999", ...rpc]);
    expect(missing.code).to.not.equal(0);
    expect(missing.err).to.match(/historical info for height 99999999 not found/);
  });

  it("bad input prints what is wrong and exits non-zero", () => {
    const valoper = valoperOf(fixture.net.accounts.find((a) => a.name === "operator0")!.address);
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
      // distribution (valoper of the running validator, keys from the distribution test)
      [["tx", "distribution", "withdraw-rewards", "funder", "stvaloper1xyz", ...kr, ...rpc], /<validator-address>: .*expected an stvaloper1/],
      [["tx", "distribution", "withdraw-rewards", "funder", valoper, "--commission", ...kr, ...rpc], /--commission: key funder .* is not the operator of stvaloper1/],
      [["tx", "distribution", "withdraw-rewards", "rewards", valoper, ...kr, ...rpc], /delegation does not exist/],
      [["tx", "distribution", "set-withdraw-addr", "funder", "st1bad", ...kr, ...rpc], /invalid/],
      [["tx", "distribution", "fund-community-pool", "funder", "-1stos", ...kr, ...rpc], /must not be negative/],
      [["tx", "distribution", "fund-community-pool", "funder", "0wei", ...kr, ...rpc], /<amount> must be positive/],
      [["query", "distribution", "rewards", "st1bad", ...rpc], /invalid/],
      [["query", "distribution", "commission", accounts[0].address, ...rpc], /expected an stvaloper1/],
      [["query", "staking", "historical-info", "-1", ...rpc], /<height> must not be negative/],
      [["query", "staking", "delegations-to", accounts[0].address, ...rpc], /expected an stvaloper1/],
      [["query", "distribution", "slashes", valoper, "5", ...rpc], /give both start-height and end-height/],
      [["query", "distribution", "slashes", valoper, "9", "3", ...rpc], /start-height 9 is above end-height 3/],
    ];
    for (const [args, re] of cases) {
      const r = cli(args);
      expect(r.code, args.join(" ")).to.not.equal(0);
      expect(r.err, args.join(" ")).to.match(re);
      expect(r.err, args.join(" ")).to.not.match(/ambiguous|Unknown option '-\d/);
    }
  });
});
