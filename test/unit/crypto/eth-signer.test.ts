import { expect } from "chai";
import { makeSignDoc as makeAminoSignDoc, serializeSignDoc } from "@cosmjs/amino";
import { stringToPath } from "@cosmjs/crypto";
import { DirectEthSecp256k1HdWallet, DirectSecp256k1HdWallet, makeSignBytes } from "@cosmjs/proto-signing";
import { SigningStargateClient } from "@cosmjs/stargate";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import {
  COSMOS_EVM_ETH_SECP256K1_PUBKEY_TYPE,
  ETH_SECP256K1_PUBKEY_TYPE,
  pubKeyFromAny,
  SECP256K1_PUBKEY_TYPE,
  type KeyType,
} from "../../../chain/crypto/pubkey.ts";
import { StratosAminoSigner, StratosDirectSigner, signTxDirect } from "../../../chain/keys/eth-signer.ts";
import { deriveKey } from "../../../chain/keys/hd.ts";
import { signerFromPrivateKey } from "../../../chain/keys/signer.ts";

const MNEMONIC =
  "surround miss nominee dream gap cross assault thank captain prosper drop duty group candy wealth weather scale put";
const CHAIN_ID = "stratos-test-1";
const fee = { amount: [{ denom: "wei", amount: "2000" }], gas: "200000" };
const signerData = { accountNumber: 7n, sequence: 3, chainId: CHAIN_ID };

function sendMsg(from: string) {
  return {
    typeUrl: "/cosmos.bank.v1beta1.MsgSend",
    value: MsgSend.fromPartial({ fromAddress: from, toAddress: from, amount: [{ denom: "wei", amount: "1" }] }),
  };
}

/** What the chain's ante handler does: rebuild SignDoc bytes, parse the pubkey, verify. */
function verifyDirect(txBytes: Uint8Array, accountNumber: number, opts = {}) {
  const raw = TxRaw.decode(txBytes);
  const authInfo = AuthInfo.decode(raw.authInfoBytes);
  const any = authInfo.signerInfos[0]!.publicKey!;
  const pk = pubKeyFromAny(any, opts);
  const signBytes = makeSignBytes({ bodyBytes: raw.bodyBytes, authInfoBytes: raw.authInfoBytes, chainId: CHAIN_ID, accountNumber: BigInt(accountNumber) });
  return { typeUrl: any.typeUrl, ok: pk.verify(signBytes, raw.signatures[0]!), sigLen: raw.signatures[0]!.length, pk, authInfo, raw };
}

describe("keys/eth-signer", () => {
  it("unmodified SigningStargateClient + StratosDirectSigner puts the Stratos eth type URL into AuthInfo", async () => {
    const signer = await StratosDirectSigner.fromMnemonic(MNEMONIC, "eth_secp256k1");
    const [acc] = await signer.getAccounts();
    expect(acc!.algo).to.equal("eth_secp256k1");
    const client = await SigningStargateClient.offline(signer);
    const tx = await client.sign(acc!.address, [sendMsg(acc!.address)], fee, "memo", signerData);
    const v = verifyDirect(TxRaw.encode(tx).finish(), 7);
    expect(v.typeUrl).to.equal(ETH_SECP256K1_PUBKEY_TYPE);
    expect(v.ok).to.equal(true);
    expect(v.sigLen).to.equal(65);
    expect(v.authInfo.signerInfos[0]!.sequence).to.equal(3n);
    expect(v.authInfo.fee!.gasLimit).to.equal(200000n);
    expect(v.pk.address).to.deep.equal((await deriveKey(MNEMONIC, "eth_secp256k1")).address);
  });

  it("finding: CosmJS' own eth wallet gets the cosmos/evm type URL from SigningStargateClient", async () => {
    const wallet = await DirectEthSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: "st", hdPaths: [stringToPath("m/44'/606'/0'/0/0")] });
    const [acc] = await wallet.getAccounts();
    const client = await SigningStargateClient.offline(wallet);
    const tx = await client.sign(acc!.address, [sendMsg(acc!.address)], fee, "", signerData);
    const v = verifyDirect(TxRaw.encode(tx).finish(), 7, { allowCosmosEvmEthAlias: true });
    expect(v.typeUrl).to.equal(COSMOS_EVM_ETH_SECP256K1_PUBKEY_TYPE);
    expect(v.ok).to.equal(true); // same keccak scheme, 64-byte signature
    expect(v.sigLen).to.equal(64);
  });

  it("secp256k1 keys through StratosDirectSigner give byte-identical txs to DirectSecp256k1HdWallet", async () => {
    const ours = await StratosDirectSigner.fromMnemonic(MNEMONIC, "secp256k1");
    const theirs = await DirectSecp256k1HdWallet.fromMnemonic(MNEMONIC, { prefix: "st", hdPaths: [stringToPath("m/44'/606'/0'/0/0")] });
    const [acc] = await ours.getAccounts();
    expect(acc!.address).to.equal((await theirs.getAccounts())[0]!.address);
    const a = await (await SigningStargateClient.offline(ours)).sign(acc!.address, [sendMsg(acc!.address)], fee, "m", signerData);
    const b = await (await SigningStargateClient.offline(theirs)).sign(acc!.address, [sendMsg(acc!.address)], fee, "m", signerData);
    expect(Buffer.from(TxRaw.encode(a).finish()).toString("hex")).to.equal(Buffer.from(TxRaw.encode(b).finish()).toString("hex"));
    const v = verifyDirect(TxRaw.encode(a).finish(), 7);
    expect(v.typeUrl).to.equal(SECP256K1_PUBKEY_TYPE);
    expect(v.ok).to.equal(true);
  });

  it("amino mode: the signature is valid, but CosmJS fixes the pubkey type URL to cosmos/evm", async () => {
    const signer = await StratosAminoSigner.fromMnemonic(MNEMONIC, "eth_secp256k1");
    const [acc] = await signer.getAccounts();
    const client = await SigningStargateClient.offline(signer);
    const tx = await client.sign(acc!.address, [sendMsg(acc!.address)], fee, "amino memo", signerData);
    const authInfo = AuthInfo.decode(tx.authInfoBytes);
    expect(authInfo.signerInfos[0]!.modeInfo!.single!.mode).to.equal(SignMode.SIGN_MODE_LEGACY_AMINO_JSON);
    expect(authInfo.signerInfos[0]!.publicKey!.typeUrl).to.equal(COSMOS_EVM_ETH_SECP256K1_PUBKEY_TYPE);
    const pk = pubKeyFromAny(authInfo.signerInfos[0]!.publicKey!, { allowCosmosEvmEthAlias: true });
    const aminoMsg = {
      type: "cosmos-sdk/MsgSend",
      value: { from_address: acc!.address, to_address: acc!.address, amount: [{ denom: "wei", amount: "1" }] },
    };
    const doc = makeAminoSignDoc([aminoMsg], fee, CHAIN_ID, "amino memo", 7, 3);
    expect(pk.verify(serializeSignDoc(doc), tx.signatures[0]!)).to.equal(true);
  });

  it("signer address mismatch is refused", async () => {
    const signer = await StratosDirectSigner.fromMnemonic(MNEMONIC, "eth_secp256k1");
    const other = (await (await StratosDirectSigner.fromMnemonic(MNEMONIC, "secp256k1")).getAccounts())[0]!.address;
    try {
      await signer.signDirect(other, { bodyBytes: new Uint8Array(), authInfoBytes: new Uint8Array(), chainId: CHAIN_ID, accountNumber: 0n });
      expect.fail("should throw");
    } catch (e) {
      expect((e as Error).message).to.match(/does not match this key/);
    }
  });

  for (const keyType of ["secp256k1", "eth_secp256k1"] as KeyType[]) {
    it(`signTxDirect builds a verifiable TxRaw for ${keyType}`, async () => {
      const { privkey } = await deriveKey(MNEMONIC, keyType);
      const signer = signerFromPrivateKey(privkey, keyType);
      const msg = { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode(sendMsg(signer.address).value).finish() };
      const txBytes = signTxDirect({
        signer,
        chainId: CHAIN_ID,
        accountNumber: 12,
        sequence: 5n,
        messages: [msg],
        fee: { ...fee, payer: signer.address },
        memo: "hi",
        timeoutHeight: 100,
      });
      const v = verifyDirect(txBytes, 12);
      expect(v.typeUrl).to.equal(keyType === "secp256k1" ? SECP256K1_PUBKEY_TYPE : ETH_SECP256K1_PUBKEY_TYPE);
      expect(v.ok).to.equal(true);
      expect(v.sigLen).to.equal(keyType === "secp256k1" ? 64 : 65);
      expect(verifyDirect(txBytes, 13).ok).to.equal(false); // account number is signed
      const body = TxBody.decode(v.raw.bodyBytes);
      expect(body.memo).to.equal("hi");
      expect(body.timeoutHeight).to.equal(100n);
      expect(body.messages[0]!.typeUrl).to.equal("/cosmos.bank.v1beta1.MsgSend");
      expect(v.authInfo.signerInfos[0]!.sequence).to.equal(5n);
      expect(v.authInfo.signerInfos[0]!.modeInfo!.single!.mode).to.equal(SignMode.SIGN_MODE_DIRECT);
      expect(v.authInfo.fee!.payer).to.equal(signer.address);
    });
  }
});
