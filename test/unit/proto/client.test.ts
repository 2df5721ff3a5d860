import { makeSignDoc, Secp256k1HdWallet, serializeSignDoc, type AminoMsg, type StdFee } from "@cosmjs/amino";
import { Secp256k1, Secp256k1Signature, sha256 } from "@cosmjs/crypto";
import { toBase64 } from "@cosmjs/encoding";
import { SigningStargateClient, defaultRegistryTypes } from "@cosmjs/stargate";
import { expect } from "chai";
import { TxBody, TxRaw, AuthInfo } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import {
  aminoFieldNames,
  aminoNames,
  ed25519PubkeyAny,
  legacyAminoNames,
  pubkeyFromAmino,
  pubkeyToAmino,
  stratos,
  stratosAminoConverters,
  stratosAminoTypes,
  stratosMsg,
  stratosMsgTypes,
  stratosRegistry,
  typeUrls,
  type StratosTypeUrl,
} from "../../../proto/client.ts";
import { fullMsgs, msgClass, NODE, nodeKey, OWNER, OWNER2 } from "./fixtures.ts";

/** sdk.MustSortJSON: keys sorted at every level, compact, with Go's HTML escaping. */
function goSortedJson(v: unknown): string {
  const sort = (x: any): any =>
    Array.isArray(x) ? x.map(sort) : x && typeof x === "object" ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sort(x[k])])) : x;
  return JSON.stringify(sort(v)).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

const aminoTypes = stratosAminoTypes();
const allUrls = stratosMsgTypes.map(([u]) => u);

describe("proto: client kit", () => {
  describe("stratosRegistry", () => {
    it("knows the SDK defaults and every Stratos Msg", () => {
      const registry = stratosRegistry();
      for (const [url] of defaultRegistryTypes) expect(registry.lookupType(url), url).to.not.equal(undefined);
      for (const url of allUrls) expect(registry.lookupType(url), url).to.equal(msgClass(url));
      expect(registry.lookupType("/stratos.sds.v1.MsgPrepayResponse")).to.equal(stratos.sds.v1.MsgPrepayResponse);
    });

    it("encodes a MsgPrepay inside a TxBody Any and decodes it back", () => {
      const registry = stratosRegistry();
      const prepay = stratosMsg(typeUrls.sds.MsgPrepay, fullMsgs[typeUrls.sds.MsgPrepay]);
      const send = { typeUrl: MsgSend.typeUrl, value: MsgSend.fromPartial({ fromAddress: OWNER, toAddress: OWNER2, amount: [{ denom: "wei", amount: "1" }] }) };
      const bodyBytes = registry.encode({ typeUrl: "/cosmos.tx.v1beta1.TxBody", value: { messages: [prepay, send], memo: "m" } });

      const body = TxBody.decode(bodyBytes);
      expect(body.messages.map((m) => m.typeUrl)).to.deep.equal([typeUrls.sds.MsgPrepay, MsgSend.typeUrl]);
      expect(body.messages[0]!.value).to.deep.equal(stratos.sds.v1.MsgPrepay.encode(prepay.value).finish());

      const decoded = registry.decode({ typeUrl: "/cosmos.tx.v1beta1.TxBody", value: bodyBytes });
      expect(decoded.memo).to.equal("m");
      const m = decoded.messages[0];
      // A plain object, as cosmjs-types decode into (no class instances).
      expect(Object.getPrototypeOf(m)).to.equal(Object.prototype);
      expect(m).to.deep.equal(prepay.value);
      expect(decoded.messages[1]).to.deep.equal(send.value);
    });
  });

  describe("amino converters", () => {
    it("use the (amino.name) of the upstream protos", () => {
      const converters = stratosAminoConverters();
      expect(Object.keys(converters).sort()).to.deep.equal([...allUrls].sort());
      for (const url of allUrls) expect(converters[url]!.aminoType).to.equal(aminoNames[url]);
      expect(aminoNames).to.deep.equal({
        "/stratos.register.v1.MsgCreateResourceNode": "stratos/MsgCreateResourceNode",
        "/stratos.register.v1.MsgRemoveResourceNode": "stratos/MsgRemoveResourceNode",
        "/stratos.register.v1.MsgUpdateResourceNode": "stratos/MsgUpdateResourceNode",
        "/stratos.register.v1.MsgUpdateResourceNodeDeposit": "stratos/MsgUpdateResourceNodeDeposit",
        "/stratos.register.v1.MsgUpdateEffectiveDeposit": "stratos/MsgUpdateEffectiveDeposit",
        "/stratos.register.v1.MsgCreateMetaNode": "stratos/MsgCreateMetaNode",
        "/stratos.register.v1.MsgRemoveMetaNode": "stratos/MsgRemoveMetaNode",
        "/stratos.register.v1.MsgUpdateMetaNode": "stratos/MsgUpdateMetaNode",
        "/stratos.register.v1.MsgUpdateMetaNodeDeposit": "stratos/MsgUpdateMetaNodeDeposit",
        "/stratos.register.v1.MsgMetaNodeRegistrationVote": "stratos/MsgMetaNodeRegistrationVote",
        "/stratos.register.v1.MsgKickMetaNodeVote": "stratos/MsgKickMetaNodeVote",
        "/stratos.register.v1.MsgUpdateParams": "stratos/x/register/MsgUpdateParams",
        "/stratos.sds.v1.MsgFileUpload": "stratos/MsgFileUpload",
        "/stratos.sds.v1.MsgPrepay": "stratos/MsgPrepay",
        "/stratos.sds.v1.MsgUpdateParams": "stratos/x/sds/MsgUpdateParams",
        "/stratos.pot.v1.MsgVolumeReport": "stratos/MsgVolumeReport",
        "/stratos.pot.v1.MsgWithdraw": "stratos/MsgWithdraw",
        "/stratos.pot.v1.MsgFoundationDeposit": "stratos/MsgFoundationDeposit",
        "/stratos.pot.v1.MsgSlashingResourceNode": "stratos/MsgSlashingResourceNode",
        "/stratos.pot.v1.MsgUpdateParams": "stratos/x/pot/MsgUpdateParams",
      });
    });

    it("can use the legacy amino codec names instead", () => {
      const legacy = stratosAminoTypes({ names: "legacy" });
      expect(legacy.toAmino(stratosMsg(typeUrls.sds.MsgPrepay, fullMsgs[typeUrls.sds.MsgPrepay])).type).to.equal("sds/PrepayTx");
      expect(legacy.fromAmino({ type: "register/CreateResourceNodeTx", value: {} }).typeUrl).to.equal(typeUrls.register.MsgCreateResourceNode);
      expect(legacyAminoNames[typeUrls.register.MsgMetaNodeRegistrationVote]).to.equal("register/MsgMetaNodeRegistrationVote");
      expect(legacyAminoNames[typeUrls.pot.MsgVolumeReport]).to.equal("pot/VolumeReportTx");
      expect(new Set(Object.values(legacyAminoNames)).size).to.equal(allUrls.length);
    });

    it("cover every proto field of every Msg", () => {
      for (const url of allUrls) {
        const protoKeys = Object.keys(msgClass(url).fromPartial({}));
        expect(aminoFieldNames(url).map((f) => f.key).sort(), url).to.deep.equal(protoKeys.sort());
      }
    });

    for (const url of allUrls) {
      it(`round-trip ${url} (toAmino → fromAmino)`, () => {
        const T = msgClass(url);
        const value = (fullMsgs as any)[url];
        const amino = aminoTypes.toAmino({ typeUrl: url, value });
        expect(amino.type).to.equal(aminoNames[url as StratosTypeUrl]);
        // Plain JSON: no bigint, Uint8Array or undefined inside.
        expect(JSON.parse(JSON.stringify(amino))).to.deep.equal(amino);
        const back = aminoTypes.fromAmino(amino);
        expect(back.typeUrl).to.equal(url);
        expect(T.encode(T.create(back.value)).finish()).to.deep.equal(T.encode(T.create(value)).finish());
        // The chain side sees the decoded message: same amino JSON.
        const decoded = T.decode(T.encode(T.create(back.value)).finish());
        expect(aminoTypes.toAmino({ typeUrl: url, value: decoded })).to.deep.equal(amino);
      });
    }

    it("round-trip empty messages to a fixed point", () => {
      for (const url of allUrls) {
        const T = msgClass(url);
        const amino = aminoTypes.toAmino({ typeUrl: url, value: {} });
        const decoded = T.decode(T.encode(T.create(aminoTypes.fromAmino(amino).value)).finish());
        expect(aminoTypes.toAmino({ typeUrl: url, value: decoded }), url).to.deep.equal(amino);
        expect(aminoTypes.toAmino({ typeUrl: url, value: T.decode(new Uint8Array()) }), url).to.deep.equal(amino);
      }
    });

    it("MsgPrepay amino JSON matches the Go struct tags", () => {
      const amino = aminoTypes.toAmino(stratosMsg(typeUrls.sds.MsgPrepay, { sender: OWNER, beneficiary: OWNER2, amount: [{ denom: "wei", amount: "1000000000" }] }));
      expect(goSortedJson(amino)).to.equal(
        `{"type":"stratos/MsgPrepay","value":{"amount":[{"amount":"1000000000","denom":"wei"}],` +
          `"beneficiary":"st1qzj9q6d2kw8ycp0p5xpsh4stadplfm0k0hx7xc","sender":"st1lx7gf2gwjzxyd3ezfkrn0r4xqhcyk5fgwe8g7t"}}`,
      );
      // sdk.Coins marshals nil as []; strings have no omitempty.
      expect(goSortedJson(aminoTypes.toAmino(stratosMsg(typeUrls.sds.MsgPrepay, stratos.sds.v1.MsgPrepay.fromPartial({ sender: OWNER }))))).to.equal(
        `{"type":"stratos/MsgPrepay","value":{"amount":[],"beneficiary":"","sender":"st1lx7gf2gwjzxyd3ezfkrn0r4xqhcyk5fgwe8g7t"}}`,
      );
    });

    it("MsgCreateResourceNode amino JSON matches the Go struct tags", () => {
      const amino = aminoTypes.toAmino(stratosMsg(typeUrls.register.MsgCreateResourceNode, fullMsgs[typeUrls.register.MsgCreateResourceNode]));
      expect(goSortedJson(amino)).to.equal(
        `{"type":"stratos/MsgCreateResourceNode","value":{` +
          `"beneficiary_address":"st1qzj9q6d2kw8ycp0p5xpsh4stadplfm0k0hx7xc",` +
          `"description":{"details":"a \\u003ctest\\u003e \\u0026 node","identity":"id","moniker":"node-1","security_contact":"ops@example.org","website":"https://example.org"},` +
          `"network_address":"stsds1cw8qhgsxddak8hh8gs7veqmy5ku8f8za6qlq64",` +
          `"node_type":4,` +
          `"owner_address":"st1lx7gf2gwjzxyd3ezfkrn0r4xqhcyk5fgwe8g7t",` +
          `"pubkey":{"type":"tendermint/PubKeyEd25519","value":"CxIZICcuNTxDSlFYX2ZtdHuCiZCXnqWss7rByM/W3eQ="},` +
          `"value":{"amount":"1000000000000000000","denom":"wei"}}}`,
      );
      // Empty fields stay (json tags without omitempty); a nil pubkey is null; Coin.denom is omitempty.
      const sparse = aminoTypes.toAmino(stratosMsg(typeUrls.register.MsgCreateResourceNode, stratos.register.v1.MsgCreateResourceNode.fromPartial({ networkAddress: NODE, ownerAddress: OWNER, description: { moniker: "x" } })));
      expect(goSortedJson(sparse)).to.equal(
        `{"type":"stratos/MsgCreateResourceNode","value":{"beneficiary_address":"",` +
          `"description":{"details":"","identity":"","moniker":"x","security_contact":"","website":""},` +
          `"network_address":"stsds1cw8qhgsxddak8hh8gs7veqmy5ku8f8za6qlq64","node_type":0,` +
          `"owner_address":"st1lx7gf2gwjzxyd3ezfkrn0r4xqhcyk5fgwe8g7t","pubkey":null,"value":{"amount":"0"}}}`,
      );
    });

    it("emit nulls, zeros and formats like go-amino for the other kinds", () => {
      expect(aminoTypes.toAmino({ typeUrl: typeUrls.pot.MsgVolumeReport, value: {} }).value).to.deep.equal({
        wallet_volumes: null,
        reporter: "",
        epoch: "0",
        report_reference: "",
        reporter_owner: "",
        bls_signature: { pub_keys: null, signature: null, tx_data: null },
      });
      expect(aminoTypes.toAmino({ typeUrl: typeUrls.pot.MsgSlashingResourceNode, value: {} }).value).to.deep.equal({
        reporters: null,
        reporter_owner: null,
        network_address: "",
        wallet_address: "",
        slashing: "0",
        suspend: false,
      });
      // authority is the one omitempty tag; Dec, int64 and Duration formats.
      const pot = aminoTypes.toAmino({ typeUrl: typeUrls.pot.MsgUpdateParams, value: fullMsgs[typeUrls.pot.MsgUpdateParams] }).value;
      expect(pot.params.community_tax).to.equal("0.020000000000000000");
      expect(pot.params.mature_epoch).to.equal("9007199254740993");
      expect(pot.params.mining_reward_params[0].block_chain_percentage_in_bp).to.equal("2000");
      expect(aminoTypes.toAmino({ typeUrl: typeUrls.pot.MsgUpdateParams, value: {} }).value).to.deep.equal({
        params: {
          bond_denom: "",
          reward_denom: "",
          mature_epoch: "0",
          mining_reward_params: null,
          community_tax: "0.000000000000000000",
          initial_total_supply: { amount: "0" },
        },
      });
      const reg = aminoTypes.toAmino({ typeUrl: typeUrls.register.MsgUpdateParams, value: fullMsgs[typeUrls.register.MsgUpdateParams] }).value;
      expect(reg.authority).to.equal(OWNER2);
      expect(reg.params.unbonding_threashold_time).to.equal("15552000000000005"); // time.Duration in ns
      expect(reg.params.max_entries).to.equal(16);
      const back = aminoTypes.fromAmino({ type: "stratos/x/register/MsgUpdateParams", value: reg }).value;
      expect(back.params.votingPeriod.seconds.toString()).to.equal("604800");
      expect(back.params.votingPeriod.nanos).to.equal(5);
    });

    it("keep upstream-identical JSON when our BLS fields are unused", () => {
      const plain = { ...fullMsgs[typeUrls.register.MsgCreateMetaNode], blsPubKey: undefined, blsPop: undefined };
      const amino = aminoTypes.toAmino({ typeUrl: typeUrls.register.MsgCreateMetaNode, value: plain }).value;
      expect(Object.keys(amino).sort()).to.deep.equal(["beneficiary_address", "description", "network_address", "owner_address", "pubkey", "value"]);
      const withBls = aminoTypes.toAmino({ typeUrl: typeUrls.register.MsgCreateMetaNode, value: fullMsgs[typeUrls.register.MsgCreateMetaNode] }).value;
      expect(withBls.bls_pub_key).to.equal(
        "AwoRGB8mLTQ7QklQV15lbHN6gYiPlp2kq7K5wMfO1dzj6vH4/wYNFBsiKTA3PkVM",
      );
      expect(withBls.bls_pop).to.have.length(128);
    });

    it("convert node pubkeys like the SDK's legacy amino JSON", () => {
      const any = ed25519PubkeyAny(nodeKey);
      expect(any).to.deep.equal({ typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Uint8Array.from([0x0a, 32, ...nodeKey]) });
      expect(pubkeyToAmino(any)).to.deep.equal({ type: "tendermint/PubKeyEd25519", value: toBase64(nodeKey) });
      expect(pubkeyFromAmino(pubkeyToAmino(any))).to.deep.equal(any);
      expect(pubkeyToAmino(null)).to.equal(null);
      expect(() => pubkeyToAmino({ typeUrl: "/foo.Bar", value: new Uint8Array() })).to.throw("no amino JSON form");
      expect(() => ed25519PubkeyAny(new Uint8Array(33))).to.throw("32 bytes");
    });

    it("reject malformed numbers instead of signing garbage", () => {
      expect(() => aminoTypes.toAmino({ typeUrl: typeUrls.pot.MsgSlashingResourceNode, value: { slashing: "1e5" } })).to.throw("invalid integer");
      expect(() => aminoTypes.fromAmino({ type: "stratos/x/pot/MsgUpdateParams", value: { params: { community_tax: "0.1234567890123456789" } } })).to.throw(
        "invalid decimal",
      );
    });
  });

  describe("signing with CosmJS (SIGN_MODE_LEGACY_AMINO_JSON)", () => {
    it("signs Stratos msgs whose sign bytes the chain can recompute from the tx", async () => {
      const wallet = await Secp256k1HdWallet.fromMnemonic(
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
        { prefix: "st" },
      );
      const [account] = await wallet.getAccounts();
      const client = await SigningStargateClient.offline(wallet, { registry: stratosRegistry(), aminoTypes: stratosAminoTypes() });
      const msgs = [
        stratosMsg(typeUrls.sds.MsgPrepay, { sender: account!.address, beneficiary: account!.address, amount: [{ denom: "wei", amount: "1000" }] }),
        stratosMsg(typeUrls.register.MsgCreateResourceNode, { ...fullMsgs[typeUrls.register.MsgCreateResourceNode], ownerAddress: account!.address }),
      ];
      const fee: StdFee = { amount: [{ denom: "wei", amount: "2000" }], gas: "200000" };
      const signerData = { accountNumber: 7n, sequence: 3, chainId: "stratos-test" };
      const txRaw: TxRaw = await client.sign(account!.address, msgs, fee, "memo", signerData);

      // What the chain does: decode the body with the registry, rebuild the StdSignDoc with toAmino.
      const registry = stratosRegistry();
      const body = TxBody.decode(txRaw.bodyBytes);
      const decodedMsgs: AminoMsg[] = body.messages.map((any) => aminoTypes.toAmino({ typeUrl: any.typeUrl, value: registry.decode(any) }));
      const authInfo = AuthInfo.decode(txRaw.authInfoBytes);
      const signDoc = makeSignDoc(decodedMsgs, fee, signerData.chainId, body.memo, signerData.accountNumber, signerData.sequence);
      expect(authInfo.signerInfos[0]!.sequence).to.equal(BigInt(signerData.sequence));
      const ok = await Secp256k1.verifySignature(
        Secp256k1Signature.fromFixedLength(txRaw.signatures[0]!),
        sha256(serializeSignDoc(signDoc)),
        account!.pubkey,
      );
      expect(ok).to.equal(true);
      expect(new TextDecoder().decode(serializeSignDoc(signDoc))).to.include(`"type":"stratos/MsgPrepay"`);
    });
  });
});
