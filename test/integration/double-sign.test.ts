// Double signing for real on a 4-validator localnet: a second node ("twin") runs with a copy of
// node3's priv_validator_key.json and a fresh priv_validator_state.json (CometBFT's e2e double-sign
// perturbation does the same), so validator 3 signs conflicting votes and CometBFT itself produces
// DuplicateVoteEvidence. FinalizeBlock's misbehavior must slash 5 % of the power it had, jail and
// tombstone it (checked with CosmJS queries and REST); unjail is refused for good. Then, as the SDK
// 0.47 allows, a delegator delegates to the jailed validator and unbonds from it, and the entry
// matures at block time and pays out. Last, a validator created from a funded account on a node of
// its own (cometbft's new key) joins CometBFT's set and signs blocks; undelegating all of it removes it.
import { coin } from "@cosmjs/proto-signing";
import { Registry } from "@cosmjs/proto-signing";
import { calculateFee, defaultRegistryTypes, GasPrice, QueryClient, setupSlashingExtension, setupStakingExtension, SigningStargateClient } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { expect } from "chai";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { BondStatus } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { MsgCreateValidator } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CONSENSUS_PREFIX, toBech32 } from "../../chain/crypto/bech32.ts";
import { configureNodeHome, LocalnetNode, type LocalnetNodeInfo } from "../../localnet/node.ts";
import type { Localnet } from "../../localnet/network.ts";
import { allocatePorts } from "../../localnet/processes.ts";
import { defaultSlashingGenesis } from "../../modules/slashing/genesis.ts";
import { valoperOf } from "../../modules/staking/types.ts";
import { useLocalnet, walletFor } from "../helpers/localnet.ts";
import { pollUntil } from "../helpers/poll.ts";

const SELF = 10n ** 16n; // localnet's gentx self-delegation (power 10)
const POWER_REDUCTION = 10n ** 15n;
const EARLY = 5n * 10n ** 14n; // user0's delegation before the infraction: below one unit of power
const LATE = 3n * 10n ** 15n; // user1's delegation to the jailed validator
const UNBONDING_SECONDS = 8;
const gasPrice = GasPrice.fromString("1000000000wei");
const TIMEOUT_COMMIT = "300ms";

const until = <T>(what: string, timeoutMs: number, f: () => Promise<T | undefined>) => pollUntil(what, f, timeoutMs, 200);

describe("double sign with a real cometbft: evidence → slash 5 %, jail, tombstone; delegating to and unbonding from the jailed validator", function () {
  this.timeout(180_000);
  // The twin lives outside the localnet's directory; this hook is defined first, so it stops the
  // twin before useLocalnet's after() takes the network down.
  const twinDir = mkdtempSync(join(tmpdir(), "stratos-twin-"));
  const extra: LocalnetNode[] = [];
  after(async function () {
    this.timeout(60_000);
    try {
      for (const n of extra) await n.stop();
    } finally {
      if (!process.env.KEEP_TEST_HOMES) rmSync(twinDir, { recursive: true, force: true });
    }
  });
  /**
   * One more node next to the localnet, in twinDir: `from`'s config (genesis, settings) with a new node
   * key, its own ports and empty data; with `sameValidatorKey` it signs with `from`'s validator key
   * (fresh signing state), else cometbft makes it a key of its own.
   */
  async function extraNode(net: Localnet, from: LocalnetNode, name: string, sameValidatorKey: boolean): Promise<LocalnetNode> {
    const ports = await allocatePorts([0, 0, 0, 0, 0]);
    const info: LocalnetNodeInfo = {
      name,
      home: join(twinDir, name),
      nodeId: "",
      validatorAddress: "",
      ports: { rpc: ports[0], p2p: ports[1], abci: ports[2], grpc: ports[3], rest: ports[4] },
      rpc: `http://127.0.0.1:${ports[0]}`,
      p2p: `tcp://127.0.0.1:${ports[1]}`,
      abci: `tcp://127.0.0.1:${ports[2]}`,
      pids: {},
    };
    mkdirSync(join(info.home, "data"), { recursive: true });
    cpSync(join(from.home, "config"), join(info.home, "config"), { recursive: true });
    rmSync(join(info.home, "config", "node_key.json"));
    if (sameValidatorKey) writeFileSync(join(info.home, "data", "priv_validator_state.json"), JSON.stringify({ height: "0", round: 0, step: 0 }));
    else rmSync(join(info.home, "config", "priv_validator_key.json"));
    configureNodeHome(info, net.info.nodes, TIMEOUT_COMMIT, { "consensus.timeout_propose": "1s" });
    const node = new LocalnetNode({ dir: twinDir, info: { chainId: net.chainId, nodes: [info] }, save() {} }, 0);
    await node.start();
    return node;
  }
  const fixture = useLocalnet({
    validators: 4,
    users: 2,
    timeoutCommit: TIMEOUT_COMMIT,
    cometSettings: { "consensus.timeout_propose": "1s" },
    genesisPatch: (g) => {
      g.app_state.staking.params.unbonding_time = `${UNBONDING_SECONDS}s`;
      // Only the double sign may slash here: a node lagging under CI load must not be jailed for downtime.
      g.app_state.slashing ??= defaultSlashingGenesis();
      g.app_state.slashing.params.signed_blocks_window = "1000000";
    },
  });
  let tm: Comet38Client;
  let q: ReturnType<typeof queries>;
  const clients: SigningStargateClient[] = [];
  after(() => {
    for (const c of clients) c.disconnect();
    tm?.disconnect();
  });

  it("CometBFT's DuplicateVoteEvidence slashes, jails and tombstones the validator; delegations reflect it; unjail refused; delegate/undelegate to it work and mature", async () => {
    const net = fixture.net;
    const node0 = net.node(0);
    const node3 = net.node(3);
    tm = await Comet38Client.connect(node0.rpcUrl);
    q = queries(tm);
    const operator = net.accounts.find((a) => a.name === "operator3")!;
    const valoper = valoperOf(operator.address);
    const consHex: string = (await node3.rpc("status")).validator_info.address;
    const valcons = toBech32(CONSENSUS_PREFIX, Buffer.from(consHex, "hex"));
    const [user0, user1] = net.users;
    const connect = async (mnemonic: string) => {
      const registry = new Registry([...defaultRegistryTypes, [MsgUnjail.typeUrl, MsgUnjail]]);
      const c = await SigningStargateClient.connectWithSigner(node0.rpcUrl, await walletFor(mnemonic), { registry, gasPrice });
      clients.push(c);
      return c;
    };
    const c0 = await connect(user0.mnemonic);
    const c1 = await connect(user1.mnemonic);
    const cOp = await connect(operator.mnemonic);

    // A delegation made before the infraction, which the slash must reach.
    const d0 = await c0.delegateTokens(user0.address, valoper, coin(EARLY.toString(), "wei"), "auto");
    expect(d0.code, d0.rawLog).to.equal(0);
    const before = (await q.staking.validator(valoper)).validator;
    expect(BigInt(before.tokens)).to.equal(SELF + EARLY);
    expect(before.jailed).to.equal(false);

    // The twin: node3's config (genesis, validator key) with a fresh signing state, a new node key
    // (cometbft makes one), its own ports and data; it block-syncs and then signs as validator 3 too.
    const twin = await extraNode(net, node3, "node3-twin", true);
    extra.push(twin);

    const tombstoned = await until("the double sign to be punished", 90_000, async () => ((await q.slashing.signingInfo(valcons)).valSigningInfo.tombstoned ? true : undefined));
    expect(tombstoned).to.equal(true);
    await twin.stop(); // it has done its harm; it is no validator any more either way

    // The evidence came from CometBFT: a block carries a DuplicateVoteEvidence of validator 3.
    const evidenceHeight = await findEvidence(node0, consHex);
    expect(evidenceHeight.vote_a.validator_address).to.equal(consHex);
    expect(evidenceHeight.vote_a.height).to.equal(evidenceHeight.vote_b.height);

    // Slash: fraction 0.05 of the power CometBFT reports for the infraction (10), in tokens of 10^15 wei.
    const burned = (10n * POWER_REDUCTION * 5n) / 100n;
    const v = (await q.staking.validator(valoper)).validator;
    expect(v.jailed).to.equal(true);
    expect(BigInt(v.tokens)).to.equal(SELF + EARLY - burned);
    const info3 = (await q.slashing.signingInfo(valcons)).valSigningInfo;
    expect(info3.jailedUntil.seconds).to.equal(253402300799n); // 9999-12-31T23:59:59Z: for ever
    // Delegations are shares of the reduced tokens: each is worth shares × tokens / total shares.
    const tokensAfter = SELF + EARLY - burned;
    const del0 = (await q.staking.delegation(user0.address, valoper)).delegationResponse!;
    expect(BigInt(del0.balance!.amount)).to.equal((EARLY * tokensAfter) / (SELF + EARLY));
    const self = (await q.staking.delegation(operator.address, valoper)).delegationResponse!;
    expect(BigInt(self.balance!.amount)).to.equal((SELF * tokensAfter) / (SELF + EARLY));
    // REST reads the same record.
    const rest: any = await (await fetch(`${node0.restUrl}/cosmos/slashing/v1beta1/signing_infos/${valcons}`)).json();
    expect(rest.val_signing_info).to.deep.include({ address: valcons, tombstoned: true, jailed_until: "9999-12-31T23:59:59Z" });
    // CometBFT drops it from its set.
    await until("CometBFT to drop the validator", 20_000, async () => ((((await node0.rpc("validators", {})).validators as any[]).some((x) => x.address === consHex)) ? undefined : true));

    // Unjail is refused for a tombstoned validator, nothing changes.
    const unjail = await cOp.signAndBroadcast(operator.address, [{ typeUrl: MsgUnjail.typeUrl, value: MsgUnjail.fromPartial({ validatorAddr: valoper }) }], calculateFee(300_000, gasPrice));
    expect(unjail.code).to.not.equal(0);
    expect(unjail.rawLog).to.match(/validator still jailed; cannot be unjailed/);
    expect((await q.staking.validator(valoper)).validator.jailed).to.equal(true);

    // Delegating to a jailed validator is allowed (SDK 0.47: no jail check in Delegate); the tokens
    // go to the not-bonded pool, since the validator is no longer bonded.
    await until("the validator to leave the bonded set", 20_000, async () => ((await q.staking.validator(valoper)).validator.status !== BondStatus.BOND_STATUS_BONDED ? true : undefined));
    const poolBefore = (await q.staking.pool()).pool;
    const rate = { tokens: BigInt((await q.staking.validator(valoper)).validator.tokens), shares: (await q.staking.validator(valoper)).validator.delegatorShares };
    const d1 = await c1.delegateTokens(user1.address, valoper, coin(LATE.toString(), "wei"), "auto");
    expect(d1.code, d1.rawLog).to.equal(0);
    const poolMid = (await q.staking.pool()).pool;
    expect(BigInt(poolMid.notBondedTokens) - BigInt(poolBefore.notBondedTokens)).to.equal(LATE);
    expect(BigInt(poolMid.bondedTokens)).to.equal(BigInt(poolBefore.bondedTokens));
    const vAfterDelegate = (await q.staking.validator(valoper)).validator;
    expect(BigInt(vAfterDelegate.tokens)).to.equal(rate.tokens + LATE);
    expect(vAfterDelegate.jailed).to.equal(true);
    const del1 = (await q.staking.delegation(user1.address, valoper)).delegationResponse!;
    // Shares issued at the slashed exchange rate are worth the delegated tokens (truncated at most by 1 wei).
    expect(LATE - BigInt(del1.balance!.amount) <= 1n).to.equal(true);

    // Unbonding all of it from the jailed validator: an entry that matures at block time + unbonding time.
    const u1 = await c1.undelegateTokens(user1.address, valoper, coin(del1.balance!.amount, "wei"), "auto");
    expect(u1.code, u1.rawLog).to.equal(0);
    const ubd = (await q.staking.unbondingDelegation(user1.address, valoper)).unbond!;
    expect(ubd.entries).to.have.length(1);
    const entry = ubd.entries[0];
    const blockTime = Date.parse((await node0.rpc("block", { height: String(u1.height) })).block.header.time);
    expect(Number(entry.completionTime.seconds)).to.equal(Math.floor(blockTime / 1000) + UNBONDING_SECONDS);
    const balanceAfterUndelegate = BigInt((await c1.getBalance(user1.address, "wei")).amount);
    const gone = await q.staking.delegation(user1.address, valoper).then(() => "still there", (e: Error) => e.message);
    expect(gone).to.match(/not found/i);

    // Before the completion time it is still pending; after a block past it, it is paid out to the wei.
    await until("the unbonding entry to mature", 60_000, async () => ((await q.staking.unbondingDelegation(user1.address, valoper).catch(() => undefined)) === undefined ? true : undefined));
    const paidAt = await node0.height();
    const matureTime = Date.parse((await node0.rpc("block", { height: String(paidAt) })).block.header.time);
    expect(matureTime / 1000 >= Number(entry.completionTime.seconds)).to.equal(true);
    expect(BigInt((await c1.getBalance(user1.address, "wei")).amount)).to.equal(balanceAfterUndelegate + BigInt(entry.balance));
  });

  it("a new validator on its own new node, created from a funded account, joins CometBFT's set and signs blocks; undelegating all of it removes it", async () => {
    const net = fixture.net;
    const node0 = net.node(0);
    const [user0] = net.users;
    const c = clients[0]; // user0's
    const valoper = valoperOf(user0.address);
    const fresh = await extraNode(net, node0, "node4", false);
    extra.push(fresh);
    await fresh.waitForHeight(1); // its RPC is up (start only waits for the processes)
    const st = (await fresh.rpc("status")).validator_info;
    const consHex: string = st.address;
    const key = Buffer.from(st.pub_key.value, "base64");
    const amount = 5n * POWER_REDUCTION; // power 5 next to the three live validators' 30
    const create = await c.signAndBroadcast(user0.address, [createValidatorMsg(user0.address, key, amount)], calculateFee(400_000, gasPrice));
    expect(create.code, create.rawLog).to.equal(0);
    const inComet = async () => ((await node0.rpc("validators", {})).validators as any[]).find((x) => x.address === consHex);
    const listed = await until("CometBFT to list the new validator", 30_000, inComet);
    expect(listed.voting_power).to.equal("5");
    expect((await q.staking.validator(valoper)).validator.status).to.equal(BondStatus.BOND_STATUS_BONDED);
    // Its node signs: its precommit is in a commit of the chain.
    await until("a commit signed by the new validator", 30_000, async () => {
      const sigs = (await node0.rpc("commit", { height: String(await node0.height()) })).signed_header.commit.signatures as any[];
      return sigs.some((x) => x.validator_address === consHex && x.block_id_flag === 2) ? true : undefined;
    });
    const un = await c.undelegateTokens(user0.address, valoper, coin(amount.toString(), "wei"), "auto");
    expect(un.code, un.rawLog).to.equal(0);
    await until("CometBFT to drop the new validator", 30_000, async () => ((await inComet()) === undefined ? true : undefined));
    expect((await q.staking.validator(valoper)).validator.status).to.not.equal(BondStatus.BOND_STATUS_BONDED);
  });
});

function createValidatorMsg(operator: string, consKey: Uint8Array, amount: bigint) {
  return {
    typeUrl: MsgCreateValidator.typeUrl,
    value: MsgCreateValidator.fromPartial({
      description: { moniker: "newcomer" },
      commission: { rate: "100000000000000000", maxRate: "200000000000000000", maxChangeRate: "10000000000000000" },
      minSelfDelegation: "1",
      delegatorAddress: operator,
      validatorAddress: valoperOf(operator),
      pubkey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key: consKey }).finish() },
      value: { denom: "wei", amount: amount.toString() },
    }),
  };
}

const queries = (tm: Comet38Client) => QueryClient.withExtensions(tm, setupStakingExtension, setupSlashingExtension);

/** The DuplicateVoteEvidence of `consHex` in some block of node's chain (searched from the top). */
async function findEvidence(node: LocalnetNode, consHex: string): Promise<any> {
  const top = await node.height();
  for (let h = top; h >= 1; h--) {
    const block = (await node.rpc("block", { height: String(h) })).block;
    for (const e of block.evidence?.evidence ?? []) {
      if (e.type === "tendermint/DuplicateVoteEvidence" && e.value.vote_a.validator_address === consHex) return e.value;
    }
  }
  throw new Error(`no DuplicateVoteEvidence of ${consHex} in blocks 1..${top}`);
}
