import { toHex } from "@cosmjs/encoding";
import { expect } from "chai";
import { Coin as CjCoin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { PageRequest as CjPageRequest } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { PubKey as CjEd25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { Any as CjAny } from "cosmjs-types/google/protobuf/any";
import { Duration as CjDuration } from "cosmjs-types/google/protobuf/duration";
import { Timestamp as CjTimestamp } from "cosmjs-types/google/protobuf/timestamp";
import $protobuf from "protobufjs/minimal.js";
import { cosmos, google, stratos, stratosMsgTypes, typeUrls } from "../../../proto/client.ts";
import { protoNameOf } from "../../../proto/json.ts";
import { blsPop, blsPubKey, bytes, fullMsgs, long, msgClass, NODE, nodeKey, OWNER } from "./fixtures.ts";

/** Top-level (field number, wire type) pairs of an encoded message, in order. */
function wireTags(buf: Uint8Array): Array<[number, number]> {
  const r = $protobuf.Reader.create(buf);
  const out: Array<[number, number]> = [];
  while (r.pos < r.len) {
    const tag = r.uint32();
    out.push([tag >>> 3, tag & 7]);
    r.skipType(tag & 7);
  }
  return out;
}

/** The raw bytes of field `no` (length-delimited) in an encoded message. */
function fieldBytes(buf: Uint8Array, no: number): Uint8Array[] {
  const r = $protobuf.Reader.create(buf);
  const out: Uint8Array[] = [];
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag >>> 3 === no && (tag & 7) === 2) out.push(r.bytes());
    else r.skipType(tag & 7);
  }
  return out;
}

const VARINT = 0;
const LEN = 2;

describe("proto: generated Stratos messages", () => {
  it("has a sample for every registered Stratos Msg", () => {
    expect(Object.keys(fullMsgs).sort()).to.deep.equal(stratosMsgTypes.map(([u]) => u).sort());
    expect(stratosMsgTypes).to.have.length(20);
  });

  for (const [typeUrl] of stratosMsgTypes) {
    it(`round-trips ${typeUrl}`, () => {
      const T = msgClass(typeUrl);
      expect(protoNameOf(T)).to.equal(typeUrl.slice(1));
      const value = (fullMsgs as any)[typeUrl];
      const encoded = T.encode(value).finish();
      const decoded = T.decode(encoded);
      expect(T.encode(decoded).finish()).to.deep.equal(encoded);
      // Every field survives.
      expect(decoded).to.deep.equal(T.fromPartial(value));
      // A fully populated sample encodes every field (proto3 JSON omits only defaults).
      const json = T.toJSON(decoded);
      expect(Object.keys(json).length).to.equal(Object.keys(value).length);
      expect(T.toJSON(T.fromJSON(json))).to.deep.equal(json);
    });
  }

  it("encodes MsgPrepay to the hand-computed bytes", () => {
    const bz = stratos.sds.v1.MsgPrepay.encode(stratos.sds.v1.MsgPrepay.fromPartial({ sender: "st1a", beneficiary: "st1b", amount: [{ denom: "wei", amount: "5" }] })).finish();
    // 1:"st1a" 2:"st1b" 3:{1:"wei" 2:"5"}
    expect(toHex(bz)).to.equal("0a04737431611204737431621a080a03776569120135");
  });

  it("uses the stratos-chain field numbers (wire tags)", () => {
    const R = stratos.register.v1;
    expect(wireTags(R.MsgCreateResourceNode.encode(fullMsgs[typeUrls.register.MsgCreateResourceNode]).finish())).to.deep.equal([
      [1, LEN], // network_address
      [2, LEN], // pubkey
      [3, LEN], // value
      [4, LEN], // owner_address
      [5, LEN], // beneficiary_address
      [6, LEN], // description
      [7, VARINT], // node_type
    ]);
    expect(wireTags(R.MsgUpdateResourceNode.encode(fullMsgs[typeUrls.register.MsgUpdateResourceNode]).finish())).to.deep.equal([
      [1, LEN], // description
      [2, LEN], // beneficiary_address
      [3, LEN], // network_address
      [4, LEN], // owner_address
      [5, VARINT], // node_type
    ]);
    expect(wireTags(R.MsgMetaNodeRegistrationVote.encode(fullMsgs[typeUrls.register.MsgMetaNodeRegistrationVote]).finish())).to.deep.equal([
      [1, LEN],
      [2, LEN],
      [3, VARINT], // opinion
      [4, LEN],
      [5, LEN],
    ]);
    expect(wireTags(R.MsgUpdateEffectiveDeposit.encode(fullMsgs[typeUrls.register.MsgUpdateEffectiveDeposit]).finish())).to.deep.equal([
      [1, LEN],
      [1, LEN], // reporters (repeated)
      [2, LEN],
      [2, LEN], // reporter_owner
      [3, LEN], // network_address
      [4, LEN], // effective_tokens
    ]);
    const report = stratos.pot.v1.MsgVolumeReport.encode(fullMsgs[typeUrls.pot.MsgVolumeReport]).finish();
    expect(wireTags(report)).to.deep.equal([
      [1, LEN],
      [1, LEN], // wallet_volumes
      [2, LEN], // reporter
      [3, LEN], // epoch
      [4, LEN], // report_reference
      [5, LEN], // reporter_owner
      [6, LEN], // BLS_signature
    ]);
    expect(wireTags(fieldBytes(report, 6)[0]!)).to.deep.equal([
      [1, LEN],
      [1, LEN], // pub_keys
      [2, LEN], // signature
      [3, LEN], // txData
    ]);
    expect(wireTags(stratos.pot.v1.Params.encode(fullMsgs[typeUrls.pot.MsgUpdateParams].params!).finish())).to.deep.equal([
      [1, LEN],
      [2, LEN],
      [3, VARINT], // mature_epoch (int64)
      [4, LEN], // mining_reward_params
      [5, LEN], // community_tax
      [6, LEN], // initial_total_supply
    ]);
    expect(wireTags(stratos.register.v1.Params.encode(fullMsgs[typeUrls.register.MsgUpdateParams].params!).finish())).to.deep.equal([
      [1, LEN],
      [2, LEN], // unbonding_threashold_time
      [3, LEN],
      [4, VARINT], // max_entries
      [5, VARINT], // resource_node_reg_enabled
      [6, LEN],
      [7, LEN], // voting_period
    ]);
    // A gap upstream: circulation_supply is field 3.
    const circ = stratos.pot.v1.QueryCirculationSupplyResponse.encode(stratos.pot.v1.QueryCirculationSupplyResponse.fromPartial({ circulationSupply: [{ denom: "wei", amount: "1" }] })).finish();
    expect(wireTags(circ)).to.deep.equal([[3, LEN]]);
    const slash = stratos.register.v1.Slashing.encode(stratos.register.v1.Slashing.fromPartial({ walletAddress: OWNER, value: long("-5") })).finish();
    expect(wireTags(slash)).to.deep.equal([
      [1, LEN],
      [2, VARINT],
    ]);
  });

  it("puts our BLS additions after the last upstream field", () => {
    const R = stratos.register.v1;
    const create = R.MsgCreateMetaNode.encode(fullMsgs[typeUrls.register.MsgCreateMetaNode]).finish();
    expect(wireTags(create).map(([n]) => n)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(fieldBytes(create, 7)).to.deep.equal([blsPubKey]);
    expect(fieldBytes(create, 8)).to.deep.equal([blsPop]);
    const update = R.MsgUpdateMetaNode.encode(fullMsgs[typeUrls.register.MsgUpdateMetaNode]).finish();
    expect(wireTags(update).map(([n]) => n)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(fieldBytes(update, 5)).to.deep.equal([blsPubKey]);
    expect(fieldBytes(update, 6)).to.deep.equal([blsPop]);

    const node = R.MetaNode.encode(R.MetaNode.fromPartial({
      networkAddress: NODE,
      tokens: "1",
      ownerAddress: OWNER,
      description: { moniker: "m" },
      creationTime: { seconds: long(1700000000), nanos: 0 },
      beneficiaryAddress: OWNER,
      blsPubKey,
    })).finish();
    expect(wireTags(node).map(([n]) => n)).to.deep.equal([1, 5, 6, 7, 8, 9, 10]);
    expect(fieldBytes(node, 10)).to.deep.equal([blsPubKey]);

    // The genesis meta_nodes entries carry it.
    const genesis = R.GenesisState.decode(R.GenesisState.encode(R.GenesisState.fromPartial({ metaNodes: [{ networkAddress: NODE, blsPubKey }] })).finish());
    expect(genesis.metaNodes[0]!.blsPubKey).to.deep.equal(blsPubKey);

    // Without the additions the bytes are exactly what an upstream encoder writes.
    const plain = { ...fullMsgs[typeUrls.register.MsgCreateMetaNode], blsPubKey: new Uint8Array(), blsPop: new Uint8Array() };
    expect(wireTags(R.MsgCreateMetaNode.encode(plain).finish()).map(([n]) => n)).to.deep.equal([1, 2, 3, 4, 5, 6]);
  });

  it("local Cosmos/Google copies are wire-compatible with cosmjs-types", () => {
    const coin = cosmos.base.v1beta1.Coin.encode(cosmos.base.v1beta1.Coin.fromPartial({ denom: "wei", amount: "12" })).finish();
    expect(CjCoin.decode(coin)).to.deep.equal({ denom: "wei", amount: "12" });
    const dec = cosmos.base.v1beta1.DecCoin.encode(cosmos.base.v1beta1.DecCoin.fromPartial({ denom: "wei", amount: "1500000000000000000" })).finish();
    expect(CjCoin.decode(dec)).to.deep.equal({ denom: "wei", amount: "1500000000000000000" });

    const page = cosmos.base.query.v1beta1.PageRequest.encode(cosmos.base.query.v1beta1.PageRequest.fromPartial({ key: bytes(3, 1), offset: long(5), limit: long(10), countTotal: true, reverse: true })).finish();
    expect(CjPageRequest.decode(page)).to.deep.equal({ key: bytes(3, 1), offset: 5n, limit: 10n, countTotal: true, reverse: true });
    const pageResp = cosmos.base.query.v1beta1.PageResponse.decode(
      cosmos.base.query.v1beta1.PageResponse.encode(cosmos.base.query.v1beta1.PageResponse.fromPartial({ nextKey: bytes(2, 9), total: 18446744073709551615n })).finish(),
    );
    expect(pageResp.total).to.equal(18446744073709551615n); // uint64 max survives as bigint

    const any = google.protobuf.Any.encode(google.protobuf.Any.fromPartial({ typeUrl: "/cosmos.crypto.ed25519.PubKey", value: cosmos.crypto.ed25519.PubKey.encode({ key: nodeKey }).finish() })).finish();
    const cjAny = CjAny.decode(any);
    expect(cjAny.typeUrl).to.equal("/cosmos.crypto.ed25519.PubKey");
    expect(CjEd25519PubKey.decode(cjAny.value).key).to.deep.equal(nodeKey);

    const ts = google.protobuf.Timestamp.encode(google.protobuf.Timestamp.fromPartial({ seconds: long(1700000000), nanos: 7 })).finish();
    expect(CjTimestamp.decode(ts)).to.deep.equal({ seconds: 1700000000n, nanos: 7 });
    const dur = google.protobuf.Duration.encode(google.protobuf.Duration.fromPartial({ seconds: long(-3), nanos: -5 })).finish();
    expect(CjDuration.decode(dur)).to.deep.equal({ seconds: -3n, nanos: -5 });

    expect(cosmos.staking.v1beta1.BondStatus.BOND_STATUS_BONDED).to.equal(3);
    expect(cosmos.staking.v1beta1.BondStatus.BOND_STATUS_UNBONDING).to.equal(2);
  });

  it("keeps 64-bit integers exact (bigint)", () => {
    const P = stratos.pot.v1.Params;
    const decoded = P.decode(P.encode(P.fromPartial({ matureEpoch: 9007199254740993n })).finish());
    expect(decoded.matureEpoch).to.equal(9007199254740993n);
    const slashing = stratos.register.v1.Slashing.decode(stratos.register.v1.Slashing.encode(stratos.register.v1.Slashing.fromPartial({ value: -9223372036854775808n })).finish());
    expect(slashing.value).to.equal(-9223372036854775808n);
  });

  it("decodes with defaults for absent fields", () => {
    const m = stratos.register.v1.MsgCreateMetaNode.decode(new Uint8Array());
    expect(m.networkAddress).to.equal("");
    expect(m.blsPubKey).to.have.length(0);
    expect(m.pubkey ?? null).to.equal(null);
    const v = stratos.pot.v1.MsgVolumeReport.decode(new Uint8Array());
    expect(v.walletVolumes).to.deep.equal([]);
  });
});
