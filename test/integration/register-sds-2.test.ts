// Register and sds on a real 1-validator localnet through an unmodified CosmJS SigningStargateClient:
// meta node admission by votes at the threshold, resource node unbonding with slashing debt after a
// short (genesis-patched) unbonding time, a file upload's reporter bitmap, and a genesis export →
// import round trip onto a second localnet whose register/sds/staking/distribution/slashing queries
// answer byte-identically and whose first block carries the exported chain's app hash.
import { calculateFee, GasPrice, QueryClient, SigningStargateClient, type DeliverTxResponse } from "@cosmjs/stargate";
import { connectComet } from "@cosmjs/tendermint-rpc";
import { expect } from "chai";
import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportGenesis } from "../../chain/node/genesis.ts";
import { StratosApp } from "../../chain/root/app.ts";
import { fromBech32, toBech32, VALIDATOR_PREFIX } from "../../chain/crypto/bech32.ts";
import * as dq from "cosmjs-types/cosmos/distribution/v1beta1/query";
import * as sq from "cosmjs-types/cosmos/staking/v1beta1/query";
import { newNodeKey } from "../../chain/keys/node-key.ts";
import { fileHash } from "../../chain/crypto/cid.ts";
import { blsPopProve, blsPublicKey, blsSecretKeyFromSeed } from "../../chain/crypto/bls.ts";
import { accAddressToBech32, moduleAddress } from "../../chain/types/address.ts";
import { defaultAccounts, Localnet, type CreateOptions, type LocalnetSdsNode } from "../../localnet/localnet.ts";
import { COMMUNITY_POOL } from "../../modules/register/keeper.ts";
import { ed25519PubkeyAny, stratos, stratosAminoTypes, stratosRegistry, typeUrls } from "../../proto/client.ts";
import { destroyLocalnet, newAccount, sleep, walletFor } from "../helpers/localnet.ts";

const STOS = 10n ** 18n;
const RATE = 1_000_000n; // default deposit_noz_rate, wei per noz
const DEBT = 3n * STOS + 17n; // resource0's owner's genesis slashing debt
const gasPrice = GasPrice.fromString("1000000000wei");
const rpb = stratos.register.v1;
const spb = stratos.sds.v1;
const BONDED = 3;
const empty = new Uint8Array();

async function startNet(opts: Omit<CreateOptions, "home">, beforeStart?: (net: Localnet) => void): Promise<Localnet> {
  const home = mkdtempSync(join(tmpdir(), "stratos-localnet-"));
  let net: Localnet | undefined;
  try {
    net = await Localnet.create({ home, validators: 1, chainId: "stratos-test-1", timeoutCommit: "300ms", ports: "random", ...opts });
    beforeStart?.(net);
    await net.start();
    await net.waitForHeight(2);
    return net;
  } catch (e) {
    await destroyLocalnet(net, home);
    throw e;
  }
}

/** Raw abci_query over RPC: code and value (base64) exactly as the node returns them. */
async function abci(net: Localnet, path: string, data: Uint8Array = empty): Promise<{ code: number; value: string }> {
  const r = await net.node(0).rpc("abci_query", { path, data: Buffer.from(data).toString("hex") });
  return { code: r.response.code ?? 0, value: r.response.value ?? "" };
}

describe("register and sds (2): votes, unbonding with debt, uploads, export/import", function () {
  this.timeout(180_000);
  let net: Localnet | undefined;
  let net2: Localnet | undefined;
  let metas: LocalnetSdsNode[];
  let comet: Awaited<ReturnType<typeof connectComet>>;
  let queryClient: QueryClient;
  const clients: SigningStargateClient[] = [];
  const opts = { registry: stratosRegistry(), aminoTypes: stratosAminoTypes(), gasPrice };
  const connect = async (mnemonic: string) => {
    const c = await SigningStargateClient.connectWithSigner(net!.node(0).rpcUrl, await walletFor(mnemonic), opts);
    clients.push(c);
    return c;
  };
  const newMeta = newNodeKey();
  const newMetaBls = blsSecretKeyFromSeed(randomBytes(32));
  let newOwner: { mnemonic: string; address: string };
  let uploaded: string;

  before(async function () {
    this.timeout(120_000);
    net = await startNet({
      accounts: defaultAccounts(1, { users: 1 }),
      genesisPatch: (g, { sdsNodes }) => {
        const reg = g.app_state.register;
        reg.params = { ...reg.params, unbonding_completion_time: "5s", unbonding_threashold_time: "1s" };
        const owner = sdsNodes.find((n) => n.name === "resource0")!.owner.address;
        reg.slashing = [...(reg.slashing ?? []), { wallet_address: owner, value: DEBT.toString() }];
      },
    });
    metas = net.metaNodes;
    comet = await connectComet(net.node(0).rpcUrl);
    queryClient = new QueryClient(comet);
  });

  after(async function () {
    this.timeout(90_000);
    for (const c of clients) c.disconnect();
    comet?.disconnect();
    await Promise.allSettled([destroyLocalnet(net), destroyLocalnet(net2)]);
  });

  async function query<T>(path: string, req: Uint8Array, decode: (b: Uint8Array) => T): Promise<T> {
    const { value } = await queryClient.queryAbci(path, req);
    return decode(value);
  }
  const ozoneLimit = async () =>
    BigInt((await query("/stratos.register.v1.Query/RemainingOzoneLimit", empty, (b) => rpb.QueryRemainingOzoneLimitResponse.decode(b))).ozoneLimit);
  const metaNode = (addr: string) =>
    query("/stratos.register.v1.Query/MetaNode", rpb.QueryMetaNodeRequest.encode({ networkAddr: addr }).finish(), (b) => rpb.QueryMetaNodeResponse.decode(b).node!);
  const ok = (r: DeliverTxResponse) => expect(r.code, r.rawLog).to.equal(0);
  const balance = async (c: SigningStargateClient, address: string) => BigInt((await c.getBalance(address, "wei")).amount);

  it("three genesis meta nodes admit a fourth exactly at the 3-vote threshold", async () => {
    expect(metas.map((m) => m.name)).to.deep.equal(["meta0", "meta1", "meta2"]);
    newOwner = await newAccount();
    const faucet = await connect(net!.account("faucet").mnemonic);
    ok(await faucet.sendTokens(net!.account("faucet").address, newOwner.address, [{ denom: "wei", amount: (500n * STOS).toString() }], "auto"));
    const owner = await connect(newOwner.mnemonic);
    const deposit = 50n * STOS + 123_456_789n; // not a multiple of the rate
    ok(
      await owner.signAndBroadcast(
        newOwner.address,
        [
          {
            typeUrl: typeUrls.register.MsgCreateMetaNode,
            value: {
              networkAddress: newMeta.network_address,
              pubkey: ed25519PubkeyAny(new Uint8Array(Buffer.from(newMeta.pubkey.key, "base64"))),
              value: { denom: "wei", amount: deposit.toString() },
              ownerAddress: newOwner.address,
              beneficiaryAddress: "",
              description: { moniker: "meta-new", identity: "", website: "", securityContact: "", details: "" },
              blsPubKey: blsPublicKey(newMetaBls),
              blsPop: blsPopProve(newMetaBls),
            },
          },
        ],
        "auto",
      ),
    );
    const limitBefore = await ozoneLimit();
    expect((await metaNode(newMeta.network_address)).status).to.not.equal(BONDED);
    for (const [i, voter] of metas.entries()) {
      const c = await connect(voter.owner.mnemonic);
      ok(
        await c.signAndBroadcast(
          voter.owner.address,
          [
            {
              typeUrl: typeUrls.register.MsgMetaNodeRegistrationVote,
              value: {
                candidateNetworkAddress: newMeta.network_address,
                candidateOwnerAddress: newOwner.address,
                opinion: true,
                voterNetworkAddress: voter.networkAddress,
                voterOwnerAddress: voter.owner.address,
              },
            },
          ],
          "auto",
        ),
      );
      const n = await metaNode(newMeta.network_address);
      if (i < 2) {
        expect(n.status, `after ${i + 1} vote(s)`).to.not.equal(BONDED);
        expect(await ozoneLimit()).to.equal(limitBefore);
      } else {
        expect(n.status).to.equal(BONDED);
        expect(n.suspend).to.equal(false);
        expect(await ozoneLimit()).to.equal(limitBefore + deposit / RATE);
      }
    }
    const count = await query("/stratos.register.v1.Query/BondedMetaNodeCount", empty, (b) => rpb.QueryBondedMetaNodeCountResponse.decode(b));
    expect(count.number.toString()).to.equal("4");
  });

  it("removing a resource node returns its deposit minus the owner's slashing debt after the unbonding time", async () => {
    const rn = net!.resourceNodes[0];
    const deposit = BigInt(rn.deposit);
    const c = await connect(rn.owner.mnemonic);
    const community = accAddressToBech32(moduleAddress(COMMUNITY_POOL));
    const ownerBefore = await balance(c, rn.owner.address);
    const communityBefore = await balance(c, community);
    const fee = calculateFee(400_000, gasPrice);
    ok(
      await c.signAndBroadcast(
        rn.owner.address,
        [{ typeUrl: typeUrls.register.MsgRemoveResourceNode, value: { resourceNodeAddress: rn.networkAddress, ownerAddress: rn.owner.address } }],
        fee,
      ),
    );
    const feePaid = BigInt(fee.amount[0].amount);
    expect(await balance(c, rn.owner.address)).to.equal(ownerBefore - feePaid);
    const expected = ownerBefore - feePaid + deposit - DEBT;
    const deadline = Date.now() + 60_000;
    while ((await balance(c, rn.owner.address)) !== expected && Date.now() < deadline) await sleep(500);
    expect(await balance(c, rn.owner.address)).to.equal(expected);
    // distribution also collects every block's fees into its account: the debt is at least there
    expect((await balance(c, community)) - communityBefore >= DEBT).to.equal(true);
  });

  it("MsgFileUpload records the file with the reporter's bit (index among active meta nodes by address)", async () => {
    const meta0 = metas[0];
    const c = await connect(meta0.owner.mnemonic);
    uploaded = fileHash(randomBytes(1000));
    ok(
      await c.signAndBroadcast(
        meta0.owner.address,
        [{ typeUrl: typeUrls.sds.MsgFileUpload, value: { fileHash: uploaded, from: meta0.owner.address, reporter: meta0.networkAddress, uploader: meta0.owner.address } }],
        "auto",
      ),
    );
    const active = [...metas.map((m) => m.networkAddress), newMeta.network_address].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const index = active.indexOf(meta0.networkAddress);
    const info = await query("/stratos.sds.v1.Query/Fileupload", spb.QueryFileUploadRequest.encode({ fileHash: uploaded }).finish(), (b) =>
      spb.QueryFileUploadResponse.decode(b).fileInfo!,
    );
    const want = new Uint8Array(8);
    want[index >> 3] |= 1 << (index & 7);
    expect(Buffer.from(info.reporters ?? []).toString("hex")).to.equal(Buffer.from(want).toString("hex"));
    expect(info.uploader).to.equal(meta0.owner.address);
    expect(Number(info.height ?? 0)).to.be.greaterThan(0);
  });

  it("genesis export → import onto a second localnet answers register and sds queries byte-identically", async function () {
    this.timeout(180_000);
    const sdsAddrs = [...net!.info.sdsNodes!.map((n) => n.networkAddress), newMeta.network_address];
    const owners = [...new Set([...net!.info.sdsNodes!.map((n) => n.owner.address), newOwner.address])];
    const queries: [string, Uint8Array][] = [
      ...sdsAddrs.flatMap((a): [string, Uint8Array][] => [
        ["/stratos.register.v1.Query/ResourceNode", rpb.QueryResourceNodeRequest.encode({ networkAddr: a }).finish()],
        ["/stratos.register.v1.Query/MetaNode", rpb.QueryMetaNodeRequest.encode({ networkAddr: a }).finish()],
      ]),
      ...owners.map((o): [string, Uint8Array] => ["/stratos.register.v1.Query/DepositByOwner", rpb.QueryDepositByOwnerRequest.encode(rpb.QueryDepositByOwnerRequest.fromPartial({ ownerAddr: o })).finish()]),
      ["/stratos.register.v1.Query/Params", empty],
      ["/stratos.register.v1.Query/DepositTotal", empty],
      ["/stratos.register.v1.Query/BondedResourceNodeCount", empty],
      ["/stratos.register.v1.Query/BondedMetaNodeCount", empty],
      ["/stratos.register.v1.Query/RemainingOzoneLimit", empty],
      ["/stratos.sds.v1.Query/NozPrice", empty],
      ["/stratos.sds.v1.Query/NozSupply", empty],
      ["/stratos.sds.v1.Query/Fileupload", spb.QueryFileUploadRequest.encode({ fileHash: uploaded }).finish()],
      ["/stratos.sds.v1.Query/Params", empty],
      // staking, distribution, slashing (answers that do not move with the height while no fees come)
      ["/cosmos.staking.v1beta1.Query/Validators", empty],
      ["/cosmos.staking.v1beta1.Query/Pool", empty],
      ["/cosmos.staking.v1beta1.Query/Params", empty],
      ["/cosmos.distribution.v1beta1.Query/Params", empty],
      ["/cosmos.distribution.v1beta1.Query/CommunityPool", empty],
      ["/cosmos.slashing.v1beta1.Query/Params", empty],
    ];
    const answers = async (n: Localnet) => {
      const out: string[] = [];
      for (const [path, data] of queries) {
        const r = await abci(n, path, data);
        out.push(`${path} ${Buffer.from(data).toString("hex")} code=${r.code} ${r.value}`);
      }
      return out;
    };
    // Staking/distribution state beyond genesis: a delegation, an unbonding entry (21-day unbonding),
    // outstanding rewards and commission; then two blocks so the txs' fees are allocated and the
    // answers hold still.
    const user = net!.users[0];
    const valoper = toBech32(VALIDATOR_PREFIX, fromBech32(net!.account("operator0").address).data);
    const uc = await connect(user.mnemonic);
    ok(await uc.delegateTokens(user.address, valoper, { denom: "wei", amount: (2n * STOS).toString() }, "auto"));
    const ub = await uc.undelegateTokens(user.address, valoper, { denom: "wei", amount: (STOS / 2n).toString() }, "auto");
    ok(ub);
    await net!.waitForHeight(ub.height + 2);
    queries.push(
      ["/cosmos.staking.v1beta1.Query/DelegatorDelegations", sq.QueryDelegatorDelegationsRequest.encode({ delegatorAddr: user.address }).finish()],
      ["/cosmos.staking.v1beta1.Query/UnbondingDelegation", sq.QueryUnbondingDelegationRequest.encode({ delegatorAddr: user.address, validatorAddr: valoper }).finish()],
      ["/cosmos.distribution.v1beta1.Query/ValidatorOutstandingRewards", dq.QueryValidatorOutstandingRewardsRequest.encode({ validatorAddress: valoper }).finish()],
      ["/cosmos.distribution.v1beta1.Query/ValidatorCommission", dq.QueryValidatorCommissionRequest.encode({ validatorAddress: valoper }).finish()],
    );
    const before = await answers(net!);
    expect(before.filter((l) => /UnbondingDelegation .* code=0 \S/.test(l))).to.have.length(1);
    // The genesis meta nodes, the admitted one and the surviving resource node are found; the
    // unbonded resource0 (zero tokens) is gone.
    expect(before.filter((l) => /MetaNode .* code=0 \S/.test(l))).to.have.length(4);
    expect(before.filter((l) => /ResourceNode .* code=0 \S/.test(l))).to.have.length(1);

    await net!.down();
    const exported = exportGenesis(net!.node(0).home);
    // The app hash the stopped chain committed at the export height.
    const stopped = new StratosApp({ dataDir: join(net!.node(0).home, "data", "app.lmdb"), logger: { info() {}, error() {} } });
    const exportedHash = Buffer.from(stopped.store.rootHash).toString("hex");
    expect(exportedHash).to.match(/^[0-9a-f]{64}$/);
    stopped.close();
    expect(Number(exported.initial_height)).to.be.greaterThan(1);
    net2 = await startNet({
      accounts: defaultAccounts(1, { users: 0 }),
      keyring: false,
      sdsNodes: false,
      genesisPatch: (g) => {
        g.app_state = exported.app_state;
        g.initial_height = exported.initial_height;
      },
    }, (n) => {
      // The exported staking state names the first net's validator: the new node runs its key.
      copyFileSync(join(net!.node(0).home, "config", "priv_validator_key.json"), join(n.node(0).home, "config", "priv_validator_key.json"));
    });
    // cometbft reports a height once the block is saved, before the app has committed it: wait one
    // block past the first so the imported state is committed when the queries run.
    expect(await net2.node(0).waitForHeight(Number(exported.initial_height) + 1)).to.be.at.least(Number(exported.initial_height));
    expect(await answers(net2)).to.deep.equal(before);
    // InitChain from the export reproduces the exported chain's app hash (the first block's header carries it).
    const c2 = await connectComet(net2.node(0).rpcUrl);
    const first = await c2.block(Number(exported.initial_height));
    c2.disconnect();
    expect(Buffer.from(first.block.header.appHash).toString("hex")).to.equal(exportedHash);
  });
});
