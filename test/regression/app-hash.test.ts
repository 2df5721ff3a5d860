// Must-hold of issue 9 (a refactor that changes no rule and no byte of state): a fixed sequence of
// blocks — a genesis with register/sds/pot state, then every message type of bank/register/sds/pot,
// failing ones among them — replayed in process; after each block the app hash, each tx's code and
// gas, and a digest of the events must equal the values recorded on commit 8258e5a (before the
// refactor). A difference here means an observable change of the state machine.
//
// The driver is deliberately independent of the code being refactored: messages are encoded by
// protobufjs reflection straight from the .proto files, the genesis is literal JSON, and the app is
// reached only through its ABCI methods (InitChain, FinalizeBlock, Commit, Query).
//
// To re-record (only for an intended state-machine change, never in a refactor):
// `RECORD_REGRESSION=1 npx mocha test/regression/app-hash.test.ts`
// prints the table to paste into EXPECTED.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "chai";
import protobuf from "protobufjs";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { MsgMultiSend, MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import type * as abci from "cosmjs-types/tendermint/abci/types";
import { StratosApp } from "../../chain/root/app.ts";
import { blsAggregateSignatures, blsPopProve, blsPublicKey, blsSecretKeyFromSeed, blsSign } from "../../chain/crypto/bls.ts";
import { toBech32 } from "../../chain/crypto/bech32.ts";
import { fileHash } from "../../chain/crypto/cid.ts";
import { keccak256, sha256 } from "../../chain/crypto/hash.ts";
import { multiSignerTxParts, signDocBytes, signTxDirect } from "../../chain/keys/eth-signer.ts";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { signerFromPrivateKey, type Signer } from "../../chain/keys/signer.ts";

const CHAIN_ID = "regression-1";
const GENESIS_SECONDS = 1_700_000_000n;
const BLOCK_SECONDS = 5n; // block h has time GENESIS_SECONDS + 5h
const STOS = 10n ** 18n;
const GAS = 2_000_000n;
const enc = new TextEncoder();

// ---- protobuf by reflection from proto/*.proto ---------------------------------------------------

const protoDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "proto");
// CosmJS names Any's field typeUrl; protobufjs' bundled Any says type_url (same number). The
// bundled definition is global: it is put back once this root is loaded, or every root loaded
// later in the same mocha process (the REST/gateway JSON of other test files) gets `typeUrl`.
const bundledAny = (protobuf.common as any)["google/protobuf/any.proto"];
protobuf.common("any", { Any: { fields: { typeUrl: { type: "string", id: 1 }, value: { type: "bytes", id: 2 } } } });
const root = new protobuf.Root();
root.resolvePath = (_origin, target) => (target.startsWith("google/") ? target : join(protoDir, target));
root.loadSync(["stratos/register/v1/tx.proto", "stratos/sds/v1/tx.proto", "stratos/pot/v1/tx.proto"], { keepCase: false });
(protobuf.common as any)["google/protobuf/any.proto"] = bundledAny;
const encodeMsg = (typeName: string, value: Record<string, unknown>) => {
  const t = root.lookupType(typeName);
  return { typeUrl: `/${typeName}`, value: t.encode(t.fromObject(value)).finish() };
};
const reg = (name: string, v: Record<string, unknown>) => encodeMsg(`stratos.register.v1.${name}`, v);
const sds = (name: string, v: Record<string, unknown>) => encodeMsg(`stratos.sds.v1.${name}`, v);
const pot = (name: string, v: Record<string, unknown>) => encodeMsg(`stratos.pot.v1.${name}`, v);
const send = (from: string, to: string, wei: bigint) => ({
  typeUrl: MsgSend.typeUrl,
  value: MsgSend.encode({ fromAddress: from, toAddress: to, amount: [{ denom: "wei", amount: wei.toString() }] }).finish(),
});
const wei = (amount: bigint) => [{ denom: "wei", amount: amount.toString() }];

// ---- fixed keys ------------------------------------------------------------------------------

const account = (name: string): Signer => signerFromPrivateKey(sha256(enc.encode(`regression/${name}`)), "secp256k1");
const authority = account("authority");
const funder = account("funder");
const [o1, o2, o3, o4] = [1, 2, 3, 4].map((i) => account(`meta-owner-${i}`));
const rOwner = account("resource-owner");
const A = account("wallet-a");
const B = account("wallet-b");
const C = account("wallet-c"); // unfunded until block 1
const genesisAccounts = [authority, funder, o1, o2, o3, o4, rOwner, A, B];

interface NodeKey {
  address: string;
  key: Uint8Array;
  pubkeyAny: { typeUrl: string; value: Uint8Array };
  bls: { sk: Uint8Array; pub: Uint8Array; pop: Uint8Array };
}
function nodeKey(name: string): NodeKey {
  const key = sha256(enc.encode(`regression/node/${name}`)); // any 32 bytes serve as an ed25519 public key here
  const sk = blsSecretKeyFromSeed(sha256(enc.encode(`regression/bls/${name}`)));
  return {
    address: toBech32("stsds", sha256(key).subarray(0, 20)),
    key,
    pubkeyAny: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Uint8Array.from([0x0a, 32, ...key]) },
    bls: { sk, pub: blsPublicKey(sk), pop: blsPopProve(sk) },
  };
}
const [M1, M2, M3, M4] = [1, 2, 3, 4].map((i) => nodeKey(`meta-${i}`));
const [R1, R2, R3] = [1, 2, 3].map((i) => nodeKey(`resource-${i}`));

// ---- genesis (literal JSON) ---------------------------------------------------------------------

const b64 = (b: Uint8Array) => Buffer.from(b).toString("base64");
const description = (moniker: string) => ({ moniker, identity: "", website: "", security_contact: "", details: "" });
const genesisMeta = (k: NodeKey, owner: Signer, tokens: bigint) => ({
  network_address: k.address,
  pubkey: { "@type": "/cosmos.crypto.ed25519.PubKey", key: b64(k.key) },
  suspend: false,
  status: "BOND_STATUS_BONDED",
  tokens: tokens.toString(),
  owner_address: owner.address,
  description: description(`genesis-meta-${k.address.slice(-4)}`),
  creation_time: "2023-11-14T22:13:20Z",
  beneficiary_address: owner.address,
  bls_pub_key: b64(k.bls.pub),
});
const FILE_1 = fileHash(enc.encode("regression file 1"));
const FILE_2 = fileHash(enc.encode("regression file 2"));

function genesis() {
  return {
    auth: {
      params: { max_memo_characters: "256", tx_sig_limit: "7", tx_size_cost_per_byte: "10", sig_verify_cost_ed25519: "590", sig_verify_cost_secp256k1: "1000" },
      accounts: genesisAccounts.map((s, i) => ({ "@type": "/cosmos.auth.v1beta1.BaseAccount", address: s.address, pub_key: null, account_number: String(i), sequence: "0" })),
    },
    bank: {
      params: { send_enabled: [], default_send_enabled: true },
      balances: genesisAccounts.map((s) => ({ address: s.address, coins: wei(s === funder ? 1_000_000n * STOS : 5_000n * STOS) })),
      supply: [],
      denom_metadata: [],
      send_enabled: [],
    },
    register: {
      params: {
        bond_denom: "wei",
        unbonding_threashold_time: "30s",
        unbonding_completion_time: "20s",
        max_entries: 16,
        resource_node_reg_enabled: true,
        resource_node_min_deposit: { denom: "wei", amount: STOS.toString() },
        voting_period: "600s",
      },
      resource_nodes: [
        {
          network_address: R1.address,
          pubkey: { "@type": "/cosmos.crypto.ed25519.PubKey", key: b64(R1.key) },
          suspend: false,
          status: "BOND_STATUS_BONDED",
          tokens: (3n * STOS).toString(),
          owner_address: rOwner.address,
          description: description("genesis-resource"),
          creation_time: "2023-11-14T22:13:20Z",
          node_type: 4,
          effective_tokens: (2n * STOS).toString(),
          beneficiary_address: rOwner.address,
        },
      ],
      meta_nodes: [genesisMeta(M1, o1, 300n * STOS), genesisMeta(M2, o2, 300n * STOS), genesisMeta(M3, o3, 400n * STOS)],
      slashing: [{ wallet_address: B.address, value: "12345" }],
      deposit_noz_rate: "1000000.000000000000000000",
      authority: authority.address,
    },
    sds: {
      params: { bond_denom: "wei" },
      files: [{ file_hash: FILE_1, file_info: { height: "0", reporters: b64(Uint8Array.from([1, 0, 0, 0, 0, 0, 0, 0])), uploader: A.address } }],
      authority: authority.address,
    },
    pot: {
      params: {
        bond_denom: "wei",
        reward_denom: "wei",
        mature_epoch: "2",
        mining_reward_params: [
          {
            total_mined_valve_start: { denom: "wei", amount: "0" },
            total_mined_valve_end: { denom: "wei", amount: "16819200000000000000000000" },
            mining_reward: { denom: "wei", amount: "80000000000000000000" },
            block_chain_percentage_in_bp: "2000",
            resource_node_percentage_in_bp: "6000",
            meta_node_percentage_in_bp: "2000",
          },
        ],
        community_tax: "0.020000000000000000",
        initial_total_supply: { denom: "wei", amount: "100000000000000000000000000" },
      },
      authority: authority.address,
    },
  };
}

// ---- the app, through ABCI only -----------------------------------------------------------------

class Chain {
  height = 0n;
  readonly dir = mkdtempSync(join(tmpdir(), "stratos-regression-"));
  readonly app = new StratosApp({ dataDir: join(this.dir, "app.lmdb"), logger: { info() {}, error() {} } });

  init(): Uint8Array {
    return this.app.initChain({
      time: { seconds: GENESIS_SECONDS, nanos: 0 },
      chainId: CHAIN_ID,
      consensusParams: undefined,
      validators: [],
      appStateBytes: enc.encode(JSON.stringify(genesis())),
      initialHeight: 1n,
    }).appHash;
  }

  block(txs: Uint8Array[]): abci.ResponseFinalizeBlock {
    this.height += 1n;
    const res = this.app.finalizeBlock({
      txs,
      decidedLastCommit: { round: 0, votes: [] },
      misbehavior: [],
      hash: sha256(enc.encode(`block ${this.height}`)),
      height: this.height,
      time: { seconds: GENESIS_SECONDS + BLOCK_SECONDS * this.height, nanos: 0 },
      nextValidatorsHash: new Uint8Array(32),
      proposerAddress: new Uint8Array(20),
    });
    this.app.commit({});
    return res;
  }

  accountOf(address: string): { accountNumber: bigint; sequence: bigint } {
    const r = this.app.query({ path: "/cosmos.auth.v1beta1.Query/Account", data: QueryAccountRequest.encode({ address }).finish(), height: 0n, prove: false });
    if (r.code !== 0) throw new Error(`account ${address}: ${r.log}`);
    const acc = BaseAccount.decode(QueryAccountResponse.decode(r.value).account!.value);
    return { accountNumber: acc.accountNumber, sequence: acc.sequence };
  }

  /** A tx of `messages` signed by `signer` against the committed state (sequences of earlier txs in the same block via `seqOffset`). */
  tx(signer: Signer, messages: { typeUrl: string; value: Uint8Array }[], seqOffset = 0n, fee = GAS * 1_000_000_000n): Uint8Array {
    const acc = this.accountOf(signer.address);
    return signTxDirect({ signer, chainId: CHAIN_ID, accountNumber: acc.accountNumber, sequence: acc.sequence + seqOffset, messages, fee: { amount: wei(fee), gas: GAS } });
  }

  /** A tx signed by several accounts (each signs its own SignDoc; the first pays). */
  txBy(signers: Signer[], messages: { typeUrl: string; value: Uint8Array }[], fee = GAS * 1_000_000_000n): Uint8Array {
    const accs = signers.map((s) => this.accountOf(s.address));
    const { bodyBytes, authInfoBytes } = multiSignerTxParts({ messages, signers: signers.map((s, i) => ({ pubkey: s.pubkey.toAny(), sequence: accs[i]!.sequence })), fee: { amount: wei(fee), gas: GAS } });
    const signatures = signers.map((s, i) => s.sign(signDocBytes(bodyBytes, authInfoBytes, CHAIN_ID, accs[i]!.accountNumber)));
    return TxRaw.encode(TxRaw.fromPartial({ bodyBytes, authInfoBytes, signatures })).finish();
  }

  close() {
    this.app.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

// ---- the blocks -------------------------------------------------------------------------------

/** A MsgVolumeReport co-signed by `signers` (BLS over Keccak-256 of the report with an empty signature). */
function volumeReport(epoch: bigint, volumes: [string, bigint][], signers: NodeKey[], badSignature = false) {
  const body = {
    walletVolumes: volumes.map(([walletAddress, v]) => ({ walletAddress, volume: v.toString() })),
    reporter: M1.address,
    epoch: epoch.toString(),
    reportReference: `report-${epoch}`,
    reporterOwner: o1.address,
  };
  const t = root.lookupType("stratos.pot.v1.MsgVolumeReport");
  const txData = keccak256(t.encode(t.fromObject({ ...body, BLSSignature: {} })).finish());
  const signOver = badSignature ? keccak256(enc.encode("something else")) : txData;
  const signature = blsAggregateSignatures(signers.map((n) => blsSign(n.bls.sk, signOver)));
  return pot("MsgVolumeReport", { ...body, BLSSignature: { pubKeys: signers.map((n) => n.bls.pub), signature, txData } });
}

const resourceNode = (k: NodeKey, owner: Signer, deposit: bigint) =>
  reg("MsgCreateResourceNode", { networkAddress: k.address, pubkey: k.pubkeyAny, value: { denom: "wei", amount: deposit.toString() }, ownerAddress: owner.address, description: { moniker: "r" }, beneficiaryAddress: "", nodeType: 4 });
const regVote = (voter: NodeKey, owner: Signer, opinion = true) =>
  reg("MsgMetaNodeRegistrationVote", { candidateNetworkAddress: M4.address, candidateOwnerAddress: o4.address, opinion, voterNetworkAddress: voter.address, voterOwnerAddress: owner.address });
const kickVote = (target: NodeKey, voter: NodeKey, owner: Signer, opinion = true) =>
  reg("MsgKickMetaNodeVote", { targetNetworkAddress: target.address, opinion, voterNetworkAddress: voter.address, voterOwnerAddress: owner.address });

/** Block i's txs (i from 1), built against the state committed by block i-1. */
const BLOCKS: ((c: Chain) => Uint8Array[])[] = [
  // 1: empty (genesis state is committed with the first block)
  () => [],
  // 2: bank — send, multi-send, a send beyond the balance (fails), a new account (C)
  (c) => [
    c.tx(funder, [send(funder.address, C.address, 100n * STOS)]),
    c.tx(funder, [{ typeUrl: MsgMultiSend.typeUrl, value: MsgMultiSend.encode({ inputs: [{ address: funder.address, coins: wei(3n * STOS) }], outputs: [{ address: A.address, coins: wei(STOS) }, { address: B.address, coins: wei(2n * STOS) }] }).finish() }], 1n),
    c.tx(A, [send(A.address, B.address, 10n ** 30n)]),
  ],
  // 3: sds prepay (ok; zero amount fails), pot foundation deposit, a bad-sequence tx (ante fails)
  (c) => [
    c.tx(funder, [sds("MsgPrepay", { sender: funder.address, beneficiary: A.address, amount: wei(10n * STOS) })]),
    c.tx(funder, [pot("MsgFoundationDeposit", { amount: wei(10_000n * STOS), from: funder.address })], 1n),
    c.tx(B, [sds("MsgPrepay", { sender: B.address, beneficiary: B.address, amount: wei(0n) })]),
    c.tx(C, [send(C.address, A.address, 1n)], 5n),
  ],
  // 4: a resource node and a meta-node candidate; a resource node below the minimum deposit fails;
  //    a two-message tx whose second message fails (the first is rolled back)
  (c) => [
    c.tx(rOwner, [resourceNode(R2, rOwner, 5n * STOS)]),
    c.tx(o4, [reg("MsgCreateMetaNode", { networkAddress: M4.address, pubkey: M4.pubkeyAny, value: { denom: "wei", amount: (200n * STOS).toString() }, ownerAddress: o4.address, description: { moniker: "m4" }, beneficiaryAddress: "", blsPubKey: M4.bls.pub, blsPop: M4.bls.pop })]),
    c.tx(B, [resourceNode(R3, B, 10n)]),
    c.tx(A, [resourceNode(R3, A, 2n * STOS), send(A.address, B.address, 10n ** 30n)]),
  ],
  // 5: registration votes: M1, M2 approve, M3 approves (passes: 3 of 3), M1 again (duplicate, fails)
  (c) => [c.tx(o1, [regVote(M1, o1)]), c.tx(o2, [regVote(M2, o2)]), c.tx(o3, [regVote(M3, o3)]), c.tx(o1, [regVote(M1, o1)], 1n)],
  // 6: effective deposit (ok; by a non-meta owner fails), updates and deposit top-ups of both kinds
  //    (a top-up of someone else's meta node fails)
  (c) => [
    c.tx(o1, [reg("MsgUpdateEffectiveDeposit", { reporters: [M1.address], reporterOwner: [o1.address], networkAddress: R2.address, effectiveTokens: (4n * STOS).toString() })]),
    c.tx(A, [reg("MsgUpdateEffectiveDeposit", { reporters: [M1.address], reporterOwner: [A.address], networkAddress: R2.address, effectiveTokens: "1" })]),
    c.tx(rOwner, [reg("MsgUpdateResourceNode", { description: { moniker: "r2-renamed", website: "https://example.org" }, beneficiaryAddress: B.address, networkAddress: R2.address, ownerAddress: rOwner.address, nodeType: 2 })]),
    c.tx(rOwner, [reg("MsgUpdateResourceNodeDeposit", { networkAddress: R2.address, ownerAddress: rOwner.address, depositDelta: { denom: "wei", amount: STOS.toString() } })], 1n),
    c.tx(o4, [reg("MsgUpdateMetaNode", { description: { moniker: "m4-renamed" }, beneficiaryAddress: A.address, networkAddress: M4.address, ownerAddress: o4.address })]),
    c.tx(o2, [reg("MsgUpdateMetaNodeDeposit", { networkAddress: M2.address, ownerAddress: o2.address, depositDelta: { denom: "wei", amount: (50n * STOS).toString() } })]),
    c.tx(o3, [reg("MsgUpdateMetaNodeDeposit", { networkAddress: M1.address, ownerAddress: o3.address, depositDelta: { denom: "wei", amount: STOS.toString() } })]),
  ],
  // 7: file uploads (new file, a second reporter on a known file; an inactive reporter fails)
  (c) => [
    c.tx(o1, [sds("MsgFileUpload", { fileHash: FILE_2, from: o1.address, reporter: M1.address, uploader: A.address })]),
    c.tx(o2, [sds("MsgFileUpload", { fileHash: FILE_1, from: o2.address, reporter: M2.address, uploader: A.address })]),
    c.tx(A, [sds("MsgFileUpload", { fileHash: FILE_2, from: A.address, reporter: R2.address, uploader: A.address })]),
  ],
  // 8: volume report epoch 1 (ok); a report with a bad aggregate signature fails
  (c) => [
    c.tx(o1, [volumeReport(1n, [[A.address, 1000n], [B.address, 3000n], [C.address, 7n]], [M1, M2, M3, M4])]),
    c.tx(o1, [volumeReport(2n, [[A.address, 5n]], [M1, M2, M3], true)], 1n),
  ],
  // 9: slashing a resource node by 3 of the 4 Bonded meta nodes (suspends it); by one alone fails;
  // by a non-owner fails; a prepay by A
  (c) => [
    c.txBy([o1, o2, o3], [pot("MsgSlashingResourceNode", { reporters: [M1.address, M2.address, M3.address], reporterOwner: [o1.address, o2.address, o3.address], networkAddress: R1.address, walletAddress: rOwner.address, slashing: "777", suspend: true })]),
    c.tx(o1, [pot("MsgSlashingResourceNode", { reporters: [M1.address], reporterOwner: [o1.address], networkAddress: R1.address, walletAddress: rOwner.address, slashing: "5", suspend: false })], 1n),
    c.tx(A, [pot("MsgSlashingResourceNode", { reporters: [M1.address], reporterOwner: [A.address], networkAddress: R1.address, walletAddress: rOwner.address, slashing: "1", suspend: false })]),
    c.tx(A, [sds("MsgPrepay", { sender: A.address, beneficiary: A.address, amount: wei(STOS) })], 1n),
  ],
  // 10, 11: volume reports epochs 2 and 3 (epoch 1 matures at 3)
  (c) => [c.tx(o1, [volumeReport(2n, [[A.address, 10n], [B.address, 20n]], [M1, M2, M3])])],
  (c) => [c.tx(o1, [volumeReport(3n, [[B.address, 99n]], [M2, M3, M4])])],
  // 12: withdraw (ok; more than mature fails)
  (c) => [
    c.tx(A, [pot("MsgWithdraw", { amount: wei(1000n), walletAddress: A.address, targetAddress: C.address })]),
    c.tx(B, [pot("MsgWithdraw", { amount: wei(10n ** 27n), walletAddress: B.address, targetAddress: B.address })]),
  ],
  // 13: kick M4 (M1, M2 approve; M3 approves: passes); remove resource node R2; remove meta node by a non-owner fails
  (c) => [
    c.tx(o1, [kickVote(M4, M1, o1)]),
    c.tx(o2, [kickVote(M4, M2, o2)]),
    c.tx(o3, [kickVote(M4, M3, o3)]),
    c.tx(rOwner, [reg("MsgRemoveResourceNode", { resourceNodeAddress: R2.address, ownerAddress: rOwner.address })]),
    c.tx(A, [reg("MsgRemoveMetaNode", { metaNodeAddress: M3.address, ownerAddress: A.address })]),
  ],
  // 14: remove meta node M3; a kick vote against M1 that is rejected
  (c) => [c.tx(o3, [reg("MsgRemoveMetaNode", { metaNodeAddress: M3.address, ownerAddress: o3.address })]), c.tx(o2, [kickVote(M1, M2, o2, false)])],
  // 15: MsgUpdateParams of register, sds, pot by the authority; by someone else fails
  (c) => [
    c.tx(authority, [
      reg("MsgUpdateParams", { authority: authority.address, params: { bondDenom: "wei", unbondingThreasholdTime: { seconds: 30 }, unbondingCompletionTime: { seconds: 20 }, maxEntries: 8, resourceNodeRegEnabled: true, resourceNodeMinDeposit: { denom: "wei", amount: (2n * STOS).toString() }, votingPeriod: { seconds: 300 } } }),
      sds("MsgUpdateParams", { authority: authority.address, params: { bondDenom: "wei" } }),
    ]),
    c.tx(authority, [pot("MsgUpdateParams", { authority: authority.address, params: { ...potParamsProto(), matureEpoch: 3 } })], 1n),
    c.tx(A, [sds("MsgUpdateParams", { authority: A.address, params: { bondDenom: "wei" } })]),
  ],
  // 16-21: empty blocks: unbonding of R2, M4 and M3 matures in EndBlock
  () => [],
  () => [],
  () => [],
  () => [],
  () => [],
  () => [],
];

function potParamsProto() {
  const p = genesis().pot.params;
  const coin = (c: { denom: string; amount: string }) => c;
  return {
    bondDenom: p.bond_denom,
    rewardDenom: p.reward_denom,
    matureEpoch: Number(p.mature_epoch),
    miningRewardParams: p.mining_reward_params.map((m) => ({
      totalMinedValveStart: coin(m.total_mined_valve_start),
      totalMinedValveEnd: coin(m.total_mined_valve_end),
      miningReward: coin(m.mining_reward),
      blockChainPercentageInBp: m.block_chain_percentage_in_bp,
      resourceNodePercentageInBp: m.resource_node_percentage_in_bp,
      metaNodePercentageInBp: m.meta_node_percentage_in_bp,
    })),
    communityTax: "20000000000000000",
    initialTotalSupply: coin(p.initial_total_supply),
  };
}

// ---- what is compared -------------------------------------------------------------------------

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const eventsDigest = (events: abci.Event[]) =>
  hex(sha256(enc.encode(JSON.stringify(events.map((e) => [e.type, e.attributes.map((a) => [a.key, a.value, a.index])]))))).slice(0, 16);

interface BlockRecord {
  appHash: string;
  /** per tx: [code, gasUsed] */
  txs: [number, number][];
  events: string;
}

function record(res: abci.ResponseFinalizeBlock): BlockRecord {
  const all = [...res.events, ...res.txResults.flatMap((r) => r.events)];
  return { appHash: hex(res.appHash), txs: res.txResults.map((r) => [r.code, Number(r.gasUsed)]), events: eventsDigest(all) };
}

// Recorded on commit 8258e5a (before issue 9's refactor); re-recorded for issue 12 (staking): the
// genesis gains the bonded_tokens_pool and not_bonded_tokens_pool module accounts (nothing else
// changed: without them the old hashes still matched); re-recorded for issue 12 (distribution): its
// genesis records, and from height 2 each block moves fee_collector's balance to the community pool
// (no validators in this sequence), so every later fee deduction writes a fresh fee_collector balance
// (lower gas) and blocks carry the transfer events. Tx codes are unchanged. Re-recorded for issue 11
// (slashing from evidence): MsgSlashingResourceNode needs floor(2M/3)+1 Bonded meta reporters, so
// block 9 slashes with three co-signed reporters and a lone reporter is refused (code 31).
// Re-recorded for issue 13 (auth AccountAddressByID): auth keeps an account-number → address index
// (key 0x04), written when an account is created (genesis accounts too): every app hash changes, the
// one tx that creates an account (block 2, tx 0) uses 3020 more gas; codes and events are unchanged.
// Re-recorded for issue 12 (community pool): pot's community share is counted in distribution's
// community pool record (written with the transfer), so the volume report (block 8, tx 0) uses 4914
// more gas and app hashes change from there; codes and events are unchanged.
const GENESIS_APP_HASH = "55536fdafc5757438ee308f7f8a30a5077f2f78c5d55d8ca1e0eceb6b111d6c6";
const EXPECTED: BlockRecord[] = [
  {"appHash":"55536fdafc5757438ee308f7f8a30a5077f2f78c5d55d8ca1e0eceb6b111d6c6","txs":[],"events":"4f53cda18c2baa0c"},
  {"appHash":"82b524d09b700042d53fe0f2b74cab2165a9a2e0d99ff553718bda43fda21bac","txs":[[0,49090],[0,51377],[5,28351]],"events":"2f08e0390869a45c"},
  {"appHash":"c58ba9d4a04c9e10eebfab1db2d5f11be67967c35a4364b14d341fe6112abef3","txs":[[0,49153],[0,38595],[10,0],[32,18398]],"events":"0a15ae488173afdf"},
  {"appHash":"a28c5edb37cd945acb538762bb1e2d3d84e630b503474bb40209976d75b31579","txs":[[0,69488],[0,62529],[11,31361],[5,73820]],"events":"754c23218825d2c0"},
  {"appHash":"956994784a4cbb07a7068806eb988ac3456bb924e3c752e5c63cd95ea905512c","txs":[[0,42097],[0,43663],[0,81559],[34,33022]],"events":"730a08ce12ce8dc7"},
  {"appHash":"ce5234846b7ddce9d18ffd7028774d1f1546d879eb7c8c92ac6da0118c71a919","txs":[[0,51713],[62,28950],[0,40685],[0,55950],[0,40775],[0,65542],[30,28753]],"events":"a2de7142d264417a"},
  {"appHash":"1a195fb8bea0235e1d9c36c079fcf4be1159b325737a67b5a7e7cb89e9ed8365","txs":[[0,39376],[0,39592],[11,28225]],"events":"5e7afdcb4c63d564"},
  {"appHash":"78ab1192af19924063c9550b6519d0c90b5ba00a6790d57f2f5e5804ea2b26fc","txs":[[0,230037],[23,38072]],"events":"b4d0856f605802f8"},
  {"appHash":"0280293d9ac203116af0bd68fd465bedc11ef6aacb4453482e48756490fe6bfc","txs":[[0,89406],[31,30343],[33,29310],[0,49197]],"events":"7560b0647465f7f7"},
  {"appHash":"693851bd2aab65aaae81a9d7cb18cbd91aec983d8c22409c5130c6daab15c888","txs":[[0,216175]],"events":"66e7b89e4eb3c54e"},
  {"appHash":"3054e2fecafb0a28879654fb442a30695f8609edec092479f88212382f8f24b3","txs":[[0,215814]],"events":"499c1898929292ac"},
  {"appHash":"b66b8b35bca76bfa5ea283f95eb7630420faf0ad8dc55a601d381cc38350fdcb","txs":[[0,43166],[7,27757]],"events":"56e5de0d8ed4a3eb"},
  {"appHash":"03aef9380068828818248bd712add2d1a5e6f29ba6006bd58bf4a6906fed0f10","txs":[[0,43105],[0,43653],[0,103634],[0,83505],[30,28400]],"events":"e0d8e1ef3ad1272c"},
  {"appHash":"461d5697593c9d63f25ac1441bd967780c624e262dbeb480234e2559a854c901","txs":[[0,86908],[0,38254]],"events":"d8693d2aa762a32f"},
  {"appHash":"bab825300a34775865d4b210d6929e3e071af477fc00bb987aedb19d5d0e08f5","txs":[[0,35082],[0,35531],[100,27023]],"events":"8a19806ada3bae0a"},
  {"appHash":"852e3218bfd16cb5249686b43b706beb3c8da0c4beb5bc673dba81d1a479e003","txs":[],"events":"ccd879ba3d3dd7ad"},
  {"appHash":"2ec15fcb16bd13885c51a8fc46bafc549e763c1d5d31a916c84626a26282644b","txs":[],"events":"4b17fdc56e5bb196"},
  {"appHash":"8634f937dc6315d380831a050b6d5d10cfbc7a189e998b9a570208a1b80f2f12","txs":[],"events":"f036a1e8e78d076d"},
  {"appHash":"8634f937dc6315d380831a050b6d5d10cfbc7a189e998b9a570208a1b80f2f12","txs":[],"events":"4f53cda18c2baa0c"},
  {"appHash":"8634f937dc6315d380831a050b6d5d10cfbc7a189e998b9a570208a1b80f2f12","txs":[],"events":"4f53cda18c2baa0c"},
  {"appHash":"8634f937dc6315d380831a050b6d5d10cfbc7a189e998b9a570208a1b80f2f12","txs":[],"events":"4f53cda18c2baa0c"},
];

describe("regression: app hash of a fixed block sequence (recorded before issue 9)", function () {
  this.timeout(300_000);

  it("every block gives the recorded app hash, tx codes, gas and events", () => {
    const chain = new Chain();
    try {
      const genesisHash = hex(chain.init());
      const got: BlockRecord[] = [];
      for (const build of BLOCKS) {
        const res = chain.block(build(chain));
        if (process.env.RECORD_REGRESSION) res.txResults.forEach((r, i) => console.error(`block ${chain.height} tx ${i}: code ${r.code} ${r.log.slice(0, 160)}`));
        got.push(record(res));
      }
      if (process.env.RECORD_REGRESSION) {
        console.log(`const GENESIS_APP_HASH = ${JSON.stringify(genesisHash)};`);
        console.log(`const EXPECTED: BlockRecord[] = [\n${got.map((r) => `  ${JSON.stringify(r)},`).join("\n")}\n];`);
        return;
      }
      expect(genesisHash, "genesis app hash").to.equal(GENESIS_APP_HASH);
      expect(got.length).to.equal(EXPECTED.length);
      got.forEach((g, i) => {
        const want = EXPECTED[i];
        expect(g.txs, `block ${i + 1}: tx codes and gas`).to.deep.equal(want.txs);
        expect(g.events, `block ${i + 1}: events`).to.equal(want.events);
        expect(g.appHash, `block ${i + 1}: app hash`).to.equal(want.appHash);
      });
    } finally {
      chain.close();
    }
  });
});
