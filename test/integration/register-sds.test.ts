// Register and sds end to end on a real 1-validator localnet (our app + cometbft) through unmodified
// CosmJS clients with the Stratos registry and amino types, plus a CLI round trip. The localnet's
// genesis has bonded meta0..2 (100stos each) and resource0..1 (10stos, effective 10stos), so the
// ozone limit starts at 320stos / 1e6 wei per noz.
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { stringToPath } from "@cosmjs/crypto";
import { GasPrice, QueryClient, SigningStargateClient, type DeliverTxResponse } from "@cosmjs/stargate";
import { connectComet } from "@cosmjs/tendermint-rpc";
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { accAddressToBech32, moduleAddress } from "../../chain/types/address.ts";
import { newNodeKey } from "../../chain/keys/node-key.ts";
import type { LocalnetAccount, LocalnetNode, LocalnetSdsNode } from "../../localnet/localnet.ts";
import { RESOURCE_NODE_BONDED_POOL, TOTAL_UNISSUED_PREPAY } from "../../modules/register/keeper.ts";
import { ed25519PubkeyAny, stratos, stratosAminoTypes, stratosRegistry, typeUrls } from "../../proto/client.ts";
import { HD_PATH, useLocalnet, walletFor } from "../helpers/localnet.ts";

const STOS = 10n ** 18n;
const RATE = 1_000_000n; // default deposit_noz_rate, wei per noz
const gasPrice = GasPrice.fromString("1000000000wei");
const rpb = stratos.register.v1;
const spb = stratos.sds.v1;
const cliPath = join(import.meta.dirname, "..", "..", "bin", "stratos-chain.mjs");
const poolAddress = (name: string) => accAddressToBech32(moduleAddress(name));

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [cliPath, ...args], { encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("register and sds on a localnet with CosmJS", function () {
  this.timeout(180_000);
  const fixture = useLocalnet({ validators: 1, users: 2 });
  let node: LocalnetNode;
  let user: LocalnetAccount;
  let meta0: LocalnetSdsNode;
  let client: SigningStargateClient;
  let metaClient: SigningStargateClient;
  let queryClient: QueryClient;
  let comet: Awaited<ReturnType<typeof connectComet>>;
  const newNode = newNodeKey();

  before(async () => {
    node = fixture.net.node(0);
    user = fixture.net.users[0];
    meta0 = fixture.net.metaNodes[0];
    const opts = { registry: stratosRegistry(), aminoTypes: stratosAminoTypes(), gasPrice };
    client = await SigningStargateClient.connectWithSigner(node.rpcUrl, await walletFor(user.mnemonic), opts);
    // The meta node owner signs in SIGN_MODE_LEGACY_AMINO_JSON (an amino-only wallet).
    const aminoWallet = await Secp256k1HdWallet.fromMnemonic(meta0.owner.mnemonic, { prefix: "st", hdPaths: [stringToPath(HD_PATH)] });
    metaClient = await SigningStargateClient.connectWithSigner(node.rpcUrl, aminoWallet, opts);
    comet = await connectComet(node.rpcUrl);
    queryClient = new QueryClient(comet);
  });

  after(() => {
    client?.disconnect();
    metaClient?.disconnect();
    comet?.disconnect();
  });

  async function query<T>(path: string, req: Uint8Array, decode: (b: Uint8Array) => T): Promise<T> {
    const { value } = await queryClient.queryAbci(path, req);
    return decode(value);
  }
  const ozoneLimit = async () =>
    BigInt((await query("/stratos.register.v1.Query/RemainingOzoneLimit", new Uint8Array(), (b) => rpb.QueryRemainingOzoneLimitResponse.decode(b))).ozoneLimit);
  const nozSupply = () => query("/stratos.sds.v1.Query/NozSupply", new Uint8Array(), (b) => spb.QueryNozSupplyResponse.decode(b));
  const resourceNode = (addr: string) =>
    query("/stratos.register.v1.Query/ResourceNode", rpb.QueryResourceNodeRequest.encode({ networkAddr: addr }).finish(), (b) => rpb.QueryResourceNodeResponse.decode(b).node!);
  const depositTotal = () => query("/stratos.register.v1.Query/DepositTotal", new Uint8Array(), (b) => rpb.QueryDepositTotalResponse.decode(b));
  const balance = async (address: string) => BigInt((await client.getBalance(address, "wei")).amount);
  const ok = (r: DeliverTxResponse) => expect(r.code, r.rawLog).to.equal(0);

  it("starts with bonded genesis meta and resource nodes and ozone to sell", async () => {
    expect(fixture.net.metaNodes.map((n) => n.name)).to.deep.equal(["meta0", "meta1", "meta2"]);
    expect(fixture.net.resourceNodes.map((n) => n.name)).to.deep.equal(["resource0", "resource1"]);
    const metaCount = await query("/stratos.register.v1.Query/BondedMetaNodeCount", new Uint8Array(), (b) => rpb.QueryBondedMetaNodeCountResponse.decode(b));
    expect(metaCount.number.toString()).to.equal("3");
    const st0 = 3n * 100n * STOS + 2n * 10n * STOS;
    expect(await ozoneLimit()).to.equal(st0 / RATE);
    const total = await depositTotal();
    expect(total.totalBondedDeposit!.amount).to.equal(st0.toString());
    const meta = await query("/stratos.register.v1.Query/MetaNode", rpb.QueryMetaNodeRequest.encode({ networkAddr: meta0.networkAddress }).finish(), (b) => rpb.QueryMetaNodeResponse.decode(b).node!);
    expect(meta.ownerAddress).to.equal(meta0.owner.address);
    expect(meta.suspend).to.equal(false);
    expect(meta.status).to.equal(3); // Bonded
    // The owner paid the deposit out of its genesis balance.
    expect(await balance(meta0.owner.address)).to.equal(1000n * STOS);
  });

  it("creates a resource node: deposit lands in the bonded pool, node suspended, limit unchanged", async () => {
    const limitBefore = await ozoneLimit();
    const poolBefore = await balance(poolAddress(RESOURCE_NODE_BONDED_POOL));
    const totalBefore = BigInt(String((await depositTotal()).resourceNodesTotalDeposit!.amount));
    const deposit = 2n * STOS;
    const r = await client.signAndBroadcast(
      user.address,
      [
        {
          typeUrl: typeUrls.register.MsgCreateResourceNode,
          value: {
            networkAddress: newNode.network_address,
            pubkey: ed25519PubkeyAny(new Uint8Array(Buffer.from(newNode.pubkey.key, "base64"))),
            value: { denom: "wei", amount: deposit.toString() },
            ownerAddress: user.address,
            beneficiaryAddress: "",
            description: { moniker: "cosmjs-rn", identity: "", website: "", securityContact: "", details: "" },
            nodeType: 4,
          },
        },
      ],
      "auto",
    );
    ok(r);
    expect(await balance(poolAddress(RESOURCE_NODE_BONDED_POOL))).to.equal(poolBefore + deposit);
    expect(BigInt(String((await depositTotal()).resourceNodesTotalDeposit!.amount))).to.equal(totalBefore + deposit);
    const n = await resourceNode(newNode.network_address);
    expect(n.suspend).to.equal(true);
    expect(n.status).to.equal(3);
    expect(n.tokens).to.equal(deposit.toString());
    expect(n.effectiveTokens).to.equal("0");
    expect(n.ownerAddress).to.equal(user.address);
    expect(await ozoneLimit()).to.equal(limitBefore);
  });

  it("a genesis meta node's owner sets the effective deposit (amino-signed): unsuspended, St and the limit grow exactly", async () => {
    const limitBefore = await ozoneLimit();
    const supplyBefore = await nozSupply();
    const d = 1_234_567_890_123_456_789n; // not a multiple of the rate: the limit grows by trunc(d / rate)
    const r = await metaClient.signAndBroadcast(
      meta0.owner.address,
      [
        {
          typeUrl: typeUrls.register.MsgUpdateEffectiveDeposit,
          value: { reporters: [meta0.networkAddress], reporterOwner: [meta0.owner.address], networkAddress: newNode.network_address, effectiveTokens: d.toString() },
        },
      ],
      "auto",
    );
    ok(r);
    const n = await resourceNode(newNode.network_address);
    expect(n.suspend).to.equal(false);
    expect(n.effectiveTokens).to.equal(d.toString());
    expect(await ozoneLimit()).to.equal(limitBefore + d / RATE);
    // NozSupply.total = floor(St / rate): St grew by exactly d.
    const st0 = 320n * STOS;
    expect(supplyBefore.total).to.equal((st0 / RATE).toString());
    expect((await nozSupply()).total).to.equal(((st0 + d) / RATE).toString());
    expect((await nozSupply()).remaining).to.equal((limitBefore + d / RATE).toString());
  });

  it("SimPrepay predicts exactly what MsgPrepay buys", async () => {
    const a = 3n * STOS + 7n;
    const sim = await query("/stratos.sds.v1.Query/SimPrepay", spb.QuerySimPrepayRequest.encode({ amount: `${a}wei` }).finish(), (b) => spb.QuerySimPrepayResponse.decode(b));
    const predicted = BigInt(sim.noz);
    expect(predicted > 0n).to.equal(true);
    const limitBefore = await ozoneLimit();
    const prepayPoolBefore = await balance(poolAddress(TOTAL_UNISSUED_PREPAY));
    const r = await client.signAndBroadcast(
      user.address,
      [{ typeUrl: typeUrls.sds.MsgPrepay, value: { sender: user.address, beneficiary: fixture.net.users[1].address, amount: [{ denom: "wei", amount: a.toString() }] } }],
      "auto",
    );
    ok(r);
    const ev = r.events.find((e) => e.type === "stratos.sds.v1.EventPrePay");
    expect(ev, JSON.stringify(r.events)).to.not.equal(undefined);
    const purchased = ev!.attributes.find((x) => x.key === "purchased_noz")!.value;
    expect(BigInt(JSON.parse(purchased))).to.equal(predicted);
    expect(await ozoneLimit()).to.equal(limitBefore - predicted);
    expect(await balance(poolAddress(TOTAL_UNISSUED_PREPAY))).to.equal(prepayPoolBefore + a);
  });

  it("CLI: node-key new, create-resource-node, queries, and bad input exits 2", () => {
    const kr = ["--home", node.home, "--keyring-backend", "test"];
    const rpc = ["--node", node.rpcUrl];
    const keyFile = join(fixture.net.dir, "cli-node.json");
    const made = cli(["node-key", "new", "--out", keyFile]);
    expect(made.code, made.err).to.equal(0);
    const addr = JSON.parse(made.out).network_address;
    expect(addr).to.match(/^stsds1/);
    expect(JSON.parse(readFileSync(keyFile, "utf8")).network_address).to.equal(addr);
    const owner = fixture.net.users[1];
    const created = cli(["tx", "register", "create-resource-node", owner.name, "1.5stos", "--node-key", keyFile, "--moniker", "cli-rn", "--node-type", "5", ...kr, ...rpc]);
    expect(created.code, created.err).to.equal(0);
    expect(JSON.parse(created.out).code).to.equal(0);
    const q = cli(["query", "register", "resource-node", addr, ...rpc]);
    expect(q.code, q.err).to.equal(0);
    const rn = JSON.parse(q.out).node;
    expect(rn).to.include({ network_address: addr, suspend: true, status: "BOND_STATUS_BONDED", tokens: "1500000000000000000", owner_address: owner.address, node_type: 5 });
    expect(rn.description.moniker).to.equal("cli-rn");
    const byOwner = JSON.parse(cli(["query", "register", "deposit-by-owner", owner.address, ...rpc]).out);
    expect(byOwner.deposit_infos.map((d: any) => d.network_address)).to.deep.equal([addr]);
    const limit = JSON.parse(cli(["query", "register", "remaining-ozone-limit", ...rpc]).out);
    expect(/^\d+$/.test(limit.ozone_limit)).to.equal(true);

    const bad: [string[], RegExp][] = [
      [["tx", "register", "create-resource-node", owner.name, "1.5wei", "--node-key", keyFile, "--moniker", "x", ...kr, ...rpc], /decimals/],
      [["tx", "register", "create-resource-node", owner.name, "1stos", "--moniker", "x", ...kr, ...rpc], /--node-key/],
      [["tx", "register", "create-resource-node", owner.name, "1stos", "--pubkey", "AAAA", "--moniker", "x", ...kr, ...rpc], /32-byte/],
      [["tx", "register", "update-effective-deposit", "meta0", addr, "1stos", ...kr, ...rpc], /--reporters/],
      [["query", "register", "resource-node", "st1notanode", ...rpc], /stsds/],
      [["query", "sds", "sim-prepay", "1.5foo", ...rpc], /known unit/],
      [["tx", "sds", "prepay", owner.name, "1stos", "--beneficiary", "cosmos1xyz", ...kr, ...rpc], /invalid/],
    ];
    for (const [args, re] of bad) {
      const r = cli(args);
      expect(r.code, args.join(" ")).to.equal(2);
      expect(r.err, args.join(" ")).to.match(re);
    }
  });
});
