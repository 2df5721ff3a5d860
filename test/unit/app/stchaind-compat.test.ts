// Issue 13 item 6: what Stratos' own CLI (stchaind, stratos-chain v0.12 on Cosmos SDK 0.47) puts on
// the wire, reproduced in-process: legacy amino codec names in SIGN_MODE_LEGACY_AMINO_JSON, the
// zero-fee simulation of `--gas auto`, the per-message log JSON SDK 0.47 clients read, and the
// "failed to execute message; message index: N" wording.
import { makeSignDoc as makeAminoSignDoc, serializeSignDoc } from "@cosmjs/amino";
import { makeAuthInfoBytes } from "@cosmjs/proto-signing";
import { SigningStargateClient } from "@cosmjs/stargate";
import { expect } from "chai";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { GetTxRequest, GetTxResponse, SimulateRequest, SimulateResponse } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { sha256 } from "../../../chain/crypto/hash.ts";
import { signTxDirect, StratosAminoSigner } from "../../../chain/keys/eth-signer.ts";
import { decodeTx } from "../../../chain/tx/decode.ts";
import { signBytesCandidates } from "../../../chain/tx/sign-doc.ts";
import { stratos, stratosAminoTypes, stratosRegistry, typeUrls } from "../../../proto/client.ts";
import { AppHarness, CHAIN_ID, genesisWith, testSigner } from "../../helpers/app.ts";
import { nodeKey } from "../register/helpers.ts";

const STOS = 10n ** 18n;
const fee = { amount: [{ denom: "wei", amount: (200_000n * 1_000_000_000n).toString() }], gas: "200000" };

describe("stchaind (SDK 0.47) wire compatibility", function () {
  this.timeout(60_000);
  let h: AppHarness;
  const alice = testSigner("compat-alice");
  const bob = testSigner("compat-bob");
  beforeEach(() => {
    h = new AppHarness();
    h.initChain(genesisWith([{ address: alice.address, wei: 1000n * STOS }, { address: bob.address, wei: 1000n * STOS }]));
    h.block();
  });
  afterEach(() => h.close());

  const prepay = () => ({ typeUrl: typeUrls.sds.MsgPrepay, value: { sender: alice.address, beneficiary: alice.address, amount: [{ denom: "wei", amount: STOS.toString() }] } });

  async function aminoSigned(names: "proto" | "legacy", msgs = [prepay()]): Promise<Uint8Array> {
    const client = await SigningStargateClient.offline(new StratosAminoSigner(alice), { registry: stratosRegistry(), aminoTypes: stratosAminoTypes({ names }) });
    const acc = h.account(alice.address)!;
    const tx = await client.sign(alice.address, msgs, fee, "", { accountNumber: acc.accountNumber, sequence: Number(acc.sequence), chainId: CHAIN_ID });
    return TxRaw.encode(tx).finish();
  }

  describe("SIGN_MODE_LEGACY_AMINO_JSON with stratos-chain's legacy codec names", () => {
    it("the sign bytes stchaind produces for MsgPrepay (type sds/PrepayTx) are among those the chain checks", async () => {
      const tx = await aminoSigned("legacy");
      const decoded = decodeTx(tx, (u) => h.app.wiring.msgs.get(u));
      const candidates = signBytesCandidates(decoded, 0, { chainId: CHAIN_ID, accountNumber: 0n, sequence: 0n }, [h.app.wiring.aminoTypes, stratosAminoTypes({ names: "legacy" })]);
      // legacytx.StdSignBytes of SDK 0.47 with the Msg's GetSignBytes (ModuleCdc: "sds/PrepayTx"), sorted JSON
      const goBytes =
        `{"account_number":"0","chain_id":"${CHAIN_ID}","fee":{"amount":[{"amount":"200000000000000","denom":"wei"}],"gas":"200000"},"memo":"",` +
        `"msgs":[{"type":"sds/PrepayTx","value":{"amount":[{"amount":"1000000000000000000","denom":"wei"}],"beneficiary":"${alice.address}","sender":"${alice.address}"}}],"sequence":"0"}`;
      expect(candidates.map((c) => Buffer.from(c).toString())).to.include(goBytes);
      expect(candidates).to.have.length(2);
    });

    it("accepts a tx signed with the legacy names and one signed with the protos' amino.name; refuses any other name", async () => {
      const legacy = await aminoSigned("legacy");
      expect(h.checkTx(legacy).code).to.equal(0);
      let res = h.block([legacy]).txResults[0];
      expect(res.code, res.log).to.equal(0);
      const proto = await aminoSigned("proto");
      res = h.block([proto]).txResults[0];
      expect(res.code, res.log).to.equal(0);
      // a name neither codec registers: the signature is over other bytes
      const wrong = stratosAminoTypes();
      (wrong as any).register[typeUrls.sds.MsgPrepay] = { ...(wrong as any).register[typeUrls.sds.MsgPrepay], aminoType: "sds/Prepay" };
      const client = await SigningStargateClient.offline(new StratosAminoSigner(alice), { registry: stratosRegistry(), aminoTypes: wrong });
      const acc = h.account(alice.address)!;
      const bad = TxRaw.encode(await client.sign(alice.address, [prepay()], fee, "", { accountNumber: acc.accountNumber, sequence: Number(acc.sequence), chainId: CHAIN_ID })).finish();
      const check = h.checkTx(bad);
      expect(check.code).to.equal(4);
      expect(check.log).to.contain("signature verification failed");
    });

    it("a Msg the legacy codec does not register (MsgKickMetaNodeVote) is accepted signed as its bare value JSON, as Go's amino marshals it", () => {
      const value = { targetNetworkAddress: nodeKey("compat-target").address, voterNetworkAddress: nodeKey("compat-voter").address, voterOwnerAddress: alice.address, opinion: true };
      const any = { typeUrl: typeUrls.register.MsgKickMetaNodeVote, value: stratos.register.v1.MsgKickMetaNodeVote.encode(stratos.register.v1.MsgKickMetaNodeVote.fromPartial(value)).finish() };
      const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: [any] })).finish();
      const authInfoBytes = makeAuthInfoBytes([{ pubkey: alice.pubkey.toAny(), sequence: 0n }], fee.amount, 200000, undefined, undefined, SignMode.SIGN_MODE_LEGACY_AMINO_JSON);
      const bare = { opinion: true, target_network_address: value.targetNetworkAddress, voter_network_address: value.voterNetworkAddress, voter_owner_address: alice.address };
      const doc = makeAminoSignDoc([bare as any], fee, CHAIN_ID, "", 0, 0);
      const tx = TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [alice.sign(serializeSignDoc(doc))] }).finish();
      const check = h.checkTx(tx);
      expect(check.code, check.log).to.equal(0);
    });
  });

  describe("--gas auto: simulation with a zero fee", () => {
    function simTx(feeAmount: { denom: string; amount: string }[]): Uint8Array {
      // tx.BuildSimTx of SDK 0.47: gas 0, fee = 0 × --gas-prices ("0wei"), an empty signature
      const body = TxBody.encode(TxBody.fromPartial({ messages: [{ typeUrl: MsgSend.typeUrl, value: MsgSend.encode({ fromAddress: alice.address, toAddress: bob.address, amount: [{ denom: "wei", amount: "5" }] }).finish() }] })).finish();
      const authInfoBytes = makeAuthInfoBytes([{ pubkey: alice.pubkey.toAny(), sequence: 0n }], feeAmount, 0, undefined, undefined, SignMode.SIGN_MODE_DIRECT);
      return TxRaw.encode({ bodyBytes: body, authInfoBytes, signatures: [new Uint8Array()] }).finish();
    }
    const simulate = (tx: Uint8Array) => h.app.query({ path: "/cosmos.tx.v1beta1.Service/Simulate", data: SimulateRequest.encode({ txBytes: tx }).finish(), height: 0n, prove: false });

    it("a 0wei fee simulates (no fee check, nothing charged) and gives the same estimate as an empty fee", () => {
      const before = [h.balance(alice.address), h.balance(bob.address)];
      const zeroTx = simTx([{ denom: "wei", amount: "0" }]);
      const emptyTx = simTx([]);
      const zero = simulate(zeroTx);
      expect(zero.code, zero.log).to.equal(0);
      const empty = simulate(emptyTx);
      expect(empty.code, empty.log).to.equal(0);
      const z = SimulateResponse.decode(zero.value);
      expect(z.gasInfo!.gasUsed > 0n).to.equal(true);
      // same work; only the tx-size gas of the longer tx differs (10 gas per byte)
      expect(z.gasInfo!.gasUsed).to.equal(SimulateResponse.decode(empty.value).gasInfo!.gasUsed + 10n * BigInt(zeroTx.length - emptyTx.length));
      expect([h.balance(alice.address), h.balance(bob.address)]).to.deep.equal(before);
      // the simulation's log is the message log list, as a real tx's
      expect(JSON.parse(z.result!.log)[0].msg_index).to.equal(0);
    });

    it("a 0wei fee is still refused for a real tx (CheckTx)", () => {
      expect(h.checkTx(simTx([{ denom: "wei", amount: "0" }])).code).to.not.equal(0);
    });
  });

  describe("tx results: raw_log / logs as SDK 0.47 fills them", () => {
    it("a successful tx's log is ABCIMessageLogs JSON (types sorted, same-type events merged), GetTx parses it into logs, events are kept", () => {
      const send = (to: string, wei: bigint) => ({ typeUrl: MsgSend.typeUrl, value: MsgSend.encode({ fromAddress: alice.address, toAddress: to, amount: [{ denom: "wei", amount: wei.toString() }] }).finish() });
      const acc = h.account(alice.address)!;
      const tx = signTxDirect({ signer: alice, chainId: CHAIN_ID, accountNumber: acc.accountNumber, sequence: acc.sequence, messages: [send(bob.address, 7n), send(alice.address, 3n)], fee: { amount: [{ denom: "wei", amount: (300_000n * 1_000_000_000n).toString() }], gas: 300000 } });
      expect(h.checkTx(tx).log).to.equal("[]");
      const r = h.block([tx]).txResults[0];
      expect(r.code, r.log).to.equal(0);
      const msgLog = (i: number, to: string, amount: string) => ({
        msg_index: i,
        events: [
          { type: "coin_received", attributes: [{ key: "receiver", value: to }, { key: "amount", value: amount }] },
          { type: "coin_spent", attributes: [{ key: "spender", value: alice.address }, { key: "amount", value: amount }] },
          {
            type: "message",
            attributes: [
              { key: "action", value: "/cosmos.bank.v1beta1.MsgSend" },
              { key: "sender", value: alice.address },
              { key: "module", value: "bank" },
              ...bankMessageExtras(r, i),
            ],
          },
          { type: "transfer", attributes: [{ key: "recipient", value: to }, { key: "sender", value: alice.address }, { key: "amount", value: amount }] },
        ],
      });
      expect(JSON.parse(r.log)).to.deep.equal([msgLog(0, bob.address, "7wei"), msgLog(1, alice.address, "3wei")]);
      // events are still the full list (ante's fee/acc_seq/signature, then each message's, with msg_index)
      expect(r.events.map((e) => e.type)).to.include.members(["tx", "message", "transfer"]);
      expect(r.events.filter((e) => e.type === "message" && e.attributes.some((a) => a.key === "msg_index"))).to.have.length(2);

      const hash = Buffer.from(sha256(tx)).toString("hex");
      const got = h.app.query({ path: "/cosmos.tx.v1beta1.Service/GetTx", data: GetTxRequest.encode({ hash }).finish(), height: 0n, prove: false });
      const txr = GetTxResponse.decode(got.value).txResponse!;
      expect(txr.rawLog).to.equal(r.log);
      expect(txr.logs.map((l) => l.msgIndex)).to.deep.equal([0, 1]);
      expect(txr.logs[1].events.find((e) => e.type === "transfer")!.attributes[0]).to.deep.equal({ key: "recipient", value: alice.address });
      expect(txr.events.length).to.equal(r.events.length);
    });

    it("a failed tx's raw_log is the SDK's error text with the message index; logs are empty", () => {
      const acc = h.account(alice.address)!;
      const tx = signTxDirect({ signer: alice, chainId: CHAIN_ID, accountNumber: acc.accountNumber, sequence: acc.sequence, messages: [{ typeUrl: MsgSend.typeUrl, value: MsgSend.encode({ fromAddress: alice.address, toAddress: bob.address, amount: [{ denom: "wei", amount: (10_000n * STOS).toString() }] }).finish() }], fee: { amount: [{ denom: "wei", amount: (300_000n * 1_000_000_000n).toString() }], gas: 300000 } });
      const r = h.block([tx]).txResults[0];
      expect(r.code).to.equal(5);
      expect(r.log).to.match(/^failed to execute message; message index: 0: .*insufficient funds/);
      const got = h.app.query({ path: "/cosmos.tx.v1beta1.Service/GetTx", data: GetTxRequest.encode({ hash: Buffer.from(sha256(tx)).toString("hex") }).finish(), height: 0n, prove: false });
      const txr = GetTxResponse.decode(got.value).txResponse!;
      expect(txr.rawLog).to.equal(r.log);
      expect(txr.logs).to.deep.equal([]);
    });
  });
});

/** Attributes our bank module's own "message" events add (merged into the same type, in order). */
function bankMessageExtras(r: { events: { type: string; attributes: { key: string; value: string }[] }[] }, msgIndex: number) {
  // the message events of this message after the router's own (which carries msg_index = i)
  const out: { key: string; value: string }[] = [];
  let inMsg = false;
  for (const e of r.events) {
    if (e.type === "message" && e.attributes.some((a) => a.key === "msg_index")) {
      inMsg = e.attributes.find((a) => a.key === "msg_index")!.value === String(msgIndex);
      continue;
    }
    if (inMsg && e.type === "message") out.push(...e.attributes.map((a) => ({ key: a.key, value: a.value })));
  }
  return out;
}
