// Chain core end to end: our app + a real cometbft, driven by unmodified CosmJS clients.
import { Secp256k1HdWallet } from "@cosmjs/amino";
import { stringToPath } from "@cosmjs/crypto";
import { toHex } from "@cosmjs/encoding";
import { coins, makeAuthInfoBytes, makeSignDoc, type DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient, StargateClient, calculateFee } from "@cosmjs/stargate";
import { expect } from "chai";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { CommitmentProof } from "cosmjs-types/cosmos/ics23/v1/proofs";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { randomBytes } from "node:crypto";
import { fromBech32 } from "../../chain/crypto/bech32.ts";
import { smtProofSpec, verifyMembership } from "../../chain/store/ics23.ts";
import type { LocalnetAccount, LocalnetNode } from "../../localnet/localnet.ts";
import { HD_PATH, newAccount, useLocalnet, walletFor } from "../helpers/localnet.ts";

const gasPrice = GasPrice.fromString("1000000000wei");
const ONE_STOS = 10n ** 18n;

describe("chain core with a real cometbft and CosmJS", function () {
  this.timeout(180_000);
  const fixture = useLocalnet({ validators: 1, users: 4, userCoins: "1000stos" });
  let node: LocalnetNode;
  let accounts: LocalnetAccount[];
  let wallet: DirectSecp256k1HdWallet;
  let client: SigningStargateClient;
  let alice: string;
  let bob: string;

  before(async () => {
    node = fixture.net.node(0);
    accounts = fixture.net.users;
    wallet = await walletFor(accounts[0].mnemonic);
    alice = accounts[0].address;
    bob = accounts[1].address;
    client = await SigningStargateClient.connectWithSigner(node.rpcUrl, wallet, { gasPrice });
  });

  after(() => client?.disconnect());

  async function balance(address: string): Promise<bigint> {
    return BigInt((await client.getBalance(address, "wei")).amount);
  }

  async function appHashAt(height: number): Promise<string> {
    const b = await node.rpc("block", { height: String(height + 1) }).catch(async () => {
      await node.waitForHeight(height + 1);
      return node.rpc("block", { height: String(height + 1) });
    });
    return b.block.header.app_hash;
  }

  /** Sign a MsgSend by hand with CosmJS primitives so tests can corrupt any part of it. */
  async function signedSend(opts: {
    from?: number;
    amount?: bigint;
    gas?: bigint;
    fee?: bigint;
    sequence?: bigint;
    accountNumber?: bigint;
    chainId?: string;
    memo?: string;
    typeUrl?: string;
    /** Raw bytes appended to TxBody (e.g. an unknown field). */
    bodyExtra?: Uint8Array;
  }): Promise<Uint8Array> {
    const w = await walletFor(accounts[opts.from ?? 2].mnemonic);
    const [acc] = await w.getAccounts();
    const onChain = (await client.getAccount(acc.address))!;
    const msgValue = MsgSend.encode({ fromAddress: acc.address, toAddress: bob, amount: coins((opts.amount ?? 1000n).toString(), "wei") }).finish();
    const bodyBytes = Buffer.concat([
      TxBody.encode(TxBody.fromPartial({ messages: [{ typeUrl: opts.typeUrl ?? MsgSend.typeUrl, value: msgValue }], memo: opts.memo ?? "" })).finish(),
      opts.bodyExtra ?? new Uint8Array(),
    ]);
    const gas = opts.gas ?? 200_000n;
    const feeAmount = opts.fee ?? gas * 1_000_000_000n;
    const pubkey = { typeUrl: "/cosmos.crypto.secp256k1.PubKey", value: Uint8Array.from([0x0a, 33, ...acc.pubkey]) };
    const authInfoBytes = makeAuthInfoBytes(
      [{ pubkey, sequence: Number(opts.sequence ?? BigInt(onChain.sequence)) }],
      coins(feeAmount.toString(), "wei"),
      Number(gas),
      undefined,
      undefined,
    );
    const doc = makeSignDoc(bodyBytes, authInfoBytes, opts.chainId ?? node.chainId, Number(opts.accountNumber ?? BigInt(onChain.accountNumber)));
    const { signature } = await w.signDirect(acc.address, doc);
    return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [Buffer.from(signature.signature, "base64")] }).finish();
  }

  async function broadcastSync(tx: Uint8Array): Promise<{ code: number; log: string; hash: string }> {
    return node.rpc("broadcast_tx_sync", { tx: Buffer.from(tx).toString("base64") });
  }

  it("answers chain id, height, account and balance queries", async () => {
    expect(await client.getChainId()).to.equal(node.chainId);
    expect(await client.getHeight()).to.be.greaterThan(0);
    const account = await client.getAccount(alice);
    expect(account).to.not.equal(null);
    expect(account!.address).to.equal(alice);
    expect(account!.sequence).to.equal(0);
    expect(await balance(alice)).to.equal(1000n * ONE_STOS);
    expect(await client.getAccount((await newAccount()).address)).to.equal(null);
  });

  it("simulates, sends with an auto fee, and finds the tx by hash, sender and height", async () => {
    const before = { alice: await balance(alice), bob: await balance(bob) };
    const msg = { typeUrl: MsgSend.typeUrl, value: { fromAddress: alice, toAddress: bob, amount: coins("12345", "wei") } };
    const gasEstimate = await client.simulate(alice, [msg], "hello");
    expect(gasEstimate).to.be.greaterThan(10_000);
    const result = await client.sendTokens(alice, bob, coins("12345", "wei"), "auto", "hello");
    expect(result.code, result.rawLog).to.equal(0);
    expect(result.gasUsed > 0n).to.equal(true);
    expect(result.msgResponses[0].typeUrl).to.equal("/cosmos.bank.v1beta1.MsgSendResponse");
    const tx = await client.getTx(result.transactionHash);
    expect(tx?.height).to.equal(result.height);
    expect(tx?.code).to.equal(0);
    const feePaid = BigInt(calculateFee(Math.ceil(gasEstimate * 1.4), gasPrice).amount[0].amount);
    expect(await balance(alice)).to.equal(before.alice - 12345n - feePaid);
    expect(await balance(bob)).to.equal(before.bob + 12345n);
    const bySender = await client.searchTx(`message.sender='${alice}'`);
    expect(bySender.map((t) => t.hash)).to.include(result.transactionHash);
    const byHeight = await client.searchTx(`tx.height=${result.height}`);
    expect(byHeight.map((t) => t.hash)).to.include(result.transactionHash);
    const transfers = tx!.events.filter((e) => e.type === "transfer");
    expect(transfers.some((e) => e.attributes.some((a) => a.key === "recipient" && a.value === bob))).to.equal(true);
    expect((await client.getAccount(alice))!.sequence).to.equal(1);
    expect((await client.getAccount(alice))!.pubkey).to.not.equal(null);
  });

  it("accepts a legacy amino (Secp256k1HdWallet) signer", async () => {
    const amino = await Secp256k1HdWallet.fromMnemonic(accounts[3].mnemonic, { prefix: "st", hdPaths: [stringToPath(HD_PATH)] });
    const [acc] = await amino.getAccounts();
    const aminoClient = await SigningStargateClient.connectWithSigner(node.rpcUrl, amino, { gasPrice });
    try {
      const before = await balance(bob);
      const result = await aminoClient.sendTokens(acc.address, bob, coins("777", "wei"), "auto", "amino memo");
      expect(result.code, result.rawLog).to.equal(0);
      expect(await balance(bob)).to.equal(before + 777n);
      const timeoutSend = await aminoClient.signAndBroadcast(
        acc.address,
        [{ typeUrl: MsgSend.typeUrl, value: { fromAddress: acc.address, toAddress: bob, amount: coins("1", "wei") } }],
        "auto",
        "",
        BigInt((await aminoClient.getHeight()) + 100),
      );
      expect(timeoutSend.code, timeoutSend.rawLog).to.equal(0);
    } finally {
      aminoClient.disconnect();
    }
  });

  describe("bad transactions", () => {
    async function expectRejected(tx: Uint8Array, code: number, logPart: string) {
      const sender = accounts[2].address;
      const h0 = await node.height();
      const before = { sender: await balance(sender), bob: await balance(bob), seq: (await client.getAccount(sender))?.sequence };
      const hashBefore = await appHashAt(h0);
      const res = await broadcastSync(tx);
      expect(res.code, res.log).to.equal(code);
      expect(res.log).to.contain(logPart);
      await node.waitForHeight(h0 + 2);
      expect(await balance(sender)).to.equal(before.sender);
      expect(await balance(bob)).to.equal(before.bob);
      expect((await client.getAccount(sender))?.sequence).to.equal(before.seq);
      // Nothing else is being sent meanwhile: state, hence the app hash, must not have moved.
      expect(await appHashAt(h0 + 1)).to.equal(hashBefore);
    }

    it("bad signature", async () => {
      const raw = TxRaw.decode(await signedSend({}));
      raw.signatures[0][5] ^= 0xff;
      await expectRejected(TxRaw.encode(raw).finish(), 4, "signature verification failed");
    });
    it("wrong sequence", async () => expectRejected(await signedSend({ sequence: 7n }), 32, "account sequence mismatch, expected 0, got 7"));
    it("wrong chain id", async () => expectRejected(await signedSend({ chainId: "other-chain" }), 4, "signature verification failed"));
    it("wrong account number", async () => expectRejected(await signedSend({ accountNumber: 99n }), 4, "verify account number"));
    it("fee below the minimum gas price", async () => expectRejected(await signedSend({ fee: 1000n }), 13, "insufficient fees"));
    it("malformed tx bytes", async () => expectRejected(randomBytes(100), 2, "tx parse error"));
    it("oversize tx", async () => expectRejected(await signedSend({ memo: "x".repeat(2_200_000) }), 21, "tx too large"));
    it("unknown message type", async () => expectRejected(await signedSend({ typeUrl: "/stratos.nothing.v1.MsgNothing" }), 2, "unable to resolve type URL /stratos.nothing.v1.MsgNothing"));
    it("an amount of 2^256 (over math.Int's 256 bits)", async () => expectRejected(await signedSend({ amount: 2n ** 256n }), 2, "integer out of range; got: 257, max: 256"));
    it("an unknown critical field in TxBody", async () => expectRejected(await signedSend({ bodyExtra: Uint8Array.from([5 << 3, 1]) }), 2, 'errUnknownField "cosmos.tx.v1beta1.TxBody": {TagNum: 5'));
    it("memo too long", async () => expectRejected(await signedSend({ memo: "m".repeat(257) }), 12, "memo too large"));
    it("fee larger than the balance", async () => expectRejected(await signedSend({ fee: 10_000n * ONE_STOS }), 5, "insufficient funds"));

    it("insufficient funds for the message: fails in the block, only the fee is charged", async () => {
      const sender = accounts[2].address;
      const before = { sender: await balance(sender), bob: await balance(bob) };
      const tx = await signedSend({ amount: 5000n * ONE_STOS });
      const broadcast = await (await StargateClient.connect(node.rpcUrl)).broadcastTx(tx);
      expect(broadcast.code).to.equal(5);
      expect(broadcast.rawLog).to.contain("insufficient funds");
      expect(await balance(sender)).to.equal(before.sender - 200_000n * 1_000_000_000n);
      expect(await balance(bob)).to.equal(before.bob);
    });

    it("out of gas: message writes roll back, the fee is charged", async () => {
      const sender = accounts[2].address;
      const before = { sender: await balance(sender), bob: await balance(bob) };
      const w2 = await walletFor(accounts[2].mnemonic);
      const c2 = await SigningStargateClient.connectWithSigner(node.rpcUrl, w2, { gasPrice });
      const estimate = await c2.simulate(sender, [{ typeUrl: MsgSend.typeUrl, value: { fromAddress: sender, toAddress: bob, amount: coins("1000", "wei") } }], "");
      c2.disconnect();
      // Enough for the ante handler (fee, signature, sequence), not for the transfer itself.
      const gas = BigInt(estimate) - 3000n;
      const broadcast = await (await StargateClient.connect(node.rpcUrl)).broadcastTx(await signedSend({ gas, fee: gas * 1_000_000_000n }));
      expect(broadcast.code, broadcast.rawLog).to.equal(11);
      expect(broadcast.rawLog).to.contain("out of gas");
      expect(broadcast.gasUsed).to.equal(gas);
      expect(await balance(sender)).to.equal(before.sender - gas * 1_000_000_000n);
      expect(await balance(bob)).to.equal(before.bob);
    });

    it("the node is still producing blocks", async () => {
      const h = await node.height();
      await node.waitForHeight(h + 2);
    });
  });

  it("proves a balance against the app hash of its height", async () => {
    const addr = fromBech32(alice).data;
    const key = Buffer.concat([Uint8Array.of(0x02, addr.length), addr, Buffer.from("wei")]);
    const height = await node.height();
    const res = await node.rpc("abci_query", { path: "/store/bank/key", data: toHex(key), height: String(height), prove: true });
    const r = res.response;
    expect(r.code).to.equal(0);
    const value = Buffer.from(r.value, "base64");
    expect(BigInt(value.toString())).to.equal(await balance(alice));
    const proof = CommitmentProof.decode(Buffer.from(r.proofOps.ops[0].data, "base64"));
    const root = Buffer.from(await appHashAt(height), "hex");
    const fullKey = Buffer.concat([Buffer.from("bank/"), key]);
    expect(verifyMembership(proof, smtProofSpec, root, fullKey, value)).to.equal(true);
    const tampered = Buffer.from(value);
    tampered[0] ^= 1;
    expect(verifyMembership(proof, smtProofSpec, root, fullKey, tampered)).to.equal(false);
  });

  it("survives kill -9 of app and cometbft: same height, balances and app hash", async () => {
    await client.sendTokens(alice, bob, coins("1", "wei"), "auto");
    const h = await node.height();
    const balances = { alice: await balance(alice), bob: await balance(bob) };
    const hash = await appHashAt(h);
    client.disconnect();
    await node.kill9(); // both app and cometbft, by their recorded pids
    await node.start();
    await node.waitForHeight(h + 2);
    client = await SigningStargateClient.connectWithSigner(node.rpcUrl, wallet, { gasPrice });
    expect(await appHashAt(h)).to.equal(hash);
    expect(await balance(alice)).to.equal(balances.alice);
    expect(await balance(bob)).to.equal(balances.bob);
    const result = await client.sendTokens(alice, bob, coins("5", "wei"), "auto");
    expect(result.code, result.rawLog).to.equal(0);
  });
});
