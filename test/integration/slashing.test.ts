// Downtime slashing end to end on a real 4-validator localnet: one validator's node is stopped until
// slashing (window 10, min signed 0.5) jails it and burns 1 % of its stake; CometBFT drops it from
// /validators; `tx slashing unjail` inside the jail time is refused; after a restart and the jail
// time, unmodified CosmJS (MsgUnjail from cosmjs-types in its registry) unjails it, and it is back in
// CometBFT's set and signs blocks again.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { defaultRegistryTypes, GasPrice, QueryClient, setupSlashingExtension, setupStakingExtension, SigningStargateClient } from "@cosmjs/stargate";
import { Registry } from "@cosmjs/proto-signing";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { expect } from "chai";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { timestampJson } from "../../chain/cli/query.ts";
import { CONSENSUS_PREFIX, toBech32 } from "../../chain/crypto/bech32.ts";
import { valoperOf } from "../../modules/staking/types.ts";
import { useLocalnet, walletFor } from "../helpers/localnet.ts";
import { pollUntil } from "../helpers/poll.ts";

const cliPath = join(import.meta.dirname, "..", "..", "bin", "stratos-chain.mjs");
const JAIL_SECONDS = 20; // room for the CLI calls made inside it
const SELF = 10n ** 16n; // localnet's gentx self-delegation (power 10)

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const until = <T>(what: string, timeoutMs: number, f: () => Promise<T | undefined>) => pollUntil(what, f, timeoutMs, 200);

describe("slashing with a real cometbft and CosmJS: downtime jail, slash, unjail", function () {
  this.timeout(150_000);
  const fixture = useLocalnet({
    validators: 4,
    users: 0,
    // A stopped proposer costs one timeout_propose per round it would have led.
    cometSettings: { "consensus.timeout_propose": "1s" },
    genesisPatch: (g) => {
      Object.assign(g.app_state.slashing.params, { signed_blocks_window: "10", min_signed_per_window: "0.5", downtime_jail_duration: `${JAIL_SECONDS}s` });
    },
  });
  let tm: Comet38Client;
  after(() => tm?.disconnect());

  it("a stopped validator is jailed and slashed 1 % to the wei, leaves /validators; unjail refused in jail time, accepted after it; it signs again", async () => {
    const net = fixture.net;
    const node0 = net.node(0);
    const down = net.node(3);
    tm = await Comet38Client.connect(node0.rpcUrl);
    const q = QueryClient.withExtensions(tm, setupStakingExtension, setupSlashingExtension);
    const operator = net.accounts.find((a) => a.name === "operator3")!;
    const valoper = valoperOf(operator.address);
    const consHex: string = (await down.rpc("status")).validator_info.address;
    const valcons = toBech32(CONSENSUS_PREFIX, Buffer.from(consHex, "hex"));
    const inComet = async () => ((await node0.rpc("validators", {})).validators as any[]).find((v) => v.address === consHex);
    expect(BigInt((await q.staking.validator(valoper)).validator.tokens)).to.equal(SELF);
    expect((await inComet())?.voting_power).to.equal("10");

    await down.stop();
    const jailed = await until("the validator to be jailed", 60_000, async () => ((await q.staking.validator(valoper)).validator.jailed ? true : undefined));
    expect(jailed).to.equal(true);
    // 1 % of the power the last commit gave it (10 × 10^15 wei), burned from its tokens.
    const v = (await q.staking.validator(valoper)).validator;
    expect(BigInt(v.tokens)).to.equal(SELF - SELF / 100n);
    const info = (await q.slashing.signingInfo(valcons)).valSigningInfo;
    expect(info.tombstoned).to.equal(false);
    expect(info.missedBlocksCounter).to.equal(0n); // a new window after the jail
    const jailedUntil = info.jailedUntil.seconds;
    await until("CometBFT to drop the validator", 20_000, async () => ((await inComet()) === undefined ? true : undefined));

    // Back up while still in jail time; `tx slashing unjail` is refused, the CLI's queries read the same state.
    const restarted = down.start();
    const refused = cli(["tx", "slashing", "unjail", "operator3", "--home", node0.home, "--keyring-backend", "test", "--node", node0.rpcUrl]);
    expect(refused.code).to.not.equal(0);
    expect(refused.err).to.match(/validator still jailed; cannot be unjailed/);
    const shown = cli(["query", "slashing", "signing-info", valcons, "--node", node0.rpcUrl]);
    expect(shown.code, shown.err).to.equal(0);
    expect(JSON.parse(shown.out)).to.deep.include({ address: valcons, tombstoned: false, jailed_until: timestampJson(jailedUntil, info.jailedUntil.nanos) });
    const all = cli(["query", "slashing", "signing-infos", "--node", node0.rpcUrl]);
    expect(all.code, all.err).to.equal(0);
    expect(JSON.parse(all.out).info.map((i: any) => i.address)).to.have.length(4).and.include(valcons);
    const params = cli(["query", "slashing", "params", "--node", node0.rpcUrl]);
    expect(JSON.parse(params.out)).to.deep.equal({ signed_blocks_window: "10", min_signed_per_window: "0.500000000000000000", downtime_jail_duration: `${JAIL_SECONDS}s`, slash_fraction_double_sign: "0.050000000000000000", slash_fraction_downtime: "0.010000000000000000" });
    await restarted;
    expect((await q.staking.validator(valoper)).validator.jailed).to.equal(true);

    // Past the jail time (block time), unmodified CosmJS unjails it.
    await until("a block past the jail time", 60_000, async () => (BigInt(Math.floor(Date.parse((await node0.rpc("status")).sync_info.latest_block_time) / 1000)) > jailedUntil ? true : undefined));
    const registry = new Registry([...defaultRegistryTypes, [MsgUnjail.typeUrl, MsgUnjail]]);
    const client = await SigningStargateClient.connectWithSigner(node0.rpcUrl, await walletFor(operator.mnemonic), { registry, gasPrice: GasPrice.fromString("1000000000wei") });
    try {
      const res = await client.signAndBroadcast(operator.address, [{ typeUrl: MsgUnjail.typeUrl, value: MsgUnjail.fromPartial({ validatorAddr: valoper }) }], "auto");
      expect(res.code, res.rawLog).to.equal(0);
    } finally {
      client.disconnect();
    }
    expect((await q.staking.validator(valoper)).validator.jailed).to.equal(false);
    // Back in CometBFT's set with 9.9 × 10^15 wei = power 9, and its signature in a commit again.
    const back = await until("CometBFT to list the validator again", 20_000, async () => await inComet());
    expect(back.voting_power).to.equal("9");
    await until("a commit signed by the validator", 30_000, async () => {
      const h = await node0.height();
      const sigs = (await node0.rpc("commit", { height: String(h) })).signed_header.commit.signatures as any[];
      return sigs.some((s) => s.validator_address === consHex && s.block_id_flag === 2) ? true : undefined;
    });
    expect((await q.staking.validator(valoper)).validator.status).to.equal(3); // BOND_STATUS_BONDED
  });
});
