// The SDK's decode-time rules (x/auth/tx DefaultTxDecoder): unknown protobuf fields
// (codec/unknownproto), extension options (x/auth/ante/ext.go) and math.Int/LegacyDec ranges —
// each refused tx gets code 2 (or 31 for an extension option) in CheckTx and in a block, and
// charges nothing.
import { expect } from "chai";
import { makeAuthInfoBytes, makeSignBytes, makeSignDoc } from "@cosmjs/proto-signing";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { MsgDelegate, MsgEditValidator } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import type { Signer } from "../../../chain/keys/signer.ts";
import { stratos } from "../../../proto/client.ts";

const reg = stratos.register.v1;
const sds = stratos.sds.v1;
const pot = stratos.pot.v1;
/** An Any of a generated Stratos message built from a partial value. */
const st = (pkg: string, name: string, codec: { fromPartial(o: any): any; encode(m: any): { finish(): Uint8Array } }, o: any): Any => ({ typeUrl: `/stratos.${pkg}.v1.${name}`, value: codec.encode(codec.fromPartial(o)).finish() });
import { wireSchemas, TextKind } from "../../../chain/tx/wire-schema.ts";
import { parseAmount } from "../../../chain/types/coins.ts";
import { intTextError, parseInt256, parseUint256 } from "../../../chain/types/int.ts";
import { AppHarness, CHAIN_ID, genesisWith, testSigner } from "../../helpers/app.ts";

const ONE_STOS = 10n ** 18n;
const TWO_256 = 2n ** 256n;

// Raw protobuf wire pieces, to build what no encoder would.
function varint(n: number | bigint): number[] {
  let v = BigInt(n);
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}
const tag = (num: number, wire: number) => varint(num * 8 + wire);
const ld = (num: number, payload: Uint8Array | number[]) => Uint8Array.from([...tag(num, 2), ...varint(payload.length), ...payload]);
const vf = (num: number, v: number) => Uint8Array.from([...tag(num, 0), ...varint(v)]);
const cat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const anyBytes = (a: Any) => cat(ld(1, [...Buffer.from(a.typeUrl)]), ld(2, a.value));

describe("tx decoding: the SDK's unknown-field, extension-option and Int rules", () => {
  const alice = testSigner("alice");
  const bob = testSigner("bob");
  let h: AppHarness;

  beforeEach(() => {
    h = new AppHarness();
    h.initChain(genesisWith([{ address: alice.address, wei: 10n * ONE_STOS }]));
    h.block();
  });
  afterEach(() => h.close());

  const sendAny = (amount = "1000", extra = new Uint8Array()): Any => ({
    typeUrl: MsgSend.typeUrl,
    value: cat(MsgSend.encode({ fromAddress: alice.address, toAddress: bob.address, amount: [{ denom: "wei", amount }] }).finish(), extra),
  });

  function authInfo(signer: Signer, opts: { feeAmount?: string; mode?: SignMode } = {}): Uint8Array {
    const acc = h.account(signer.address)!;
    return makeAuthInfoBytes([{ pubkey: signer.pubkey.toAny(), sequence: acc.sequence }], [{ denom: "wei", amount: opts.feeAmount ?? "200000000000000" }], 200_000, undefined, undefined, opts.mode ?? SignMode.SIGN_MODE_DIRECT);
  }

  /** A DIRECT-signed TxRaw over exactly these body/auth-info bytes (+ raw bytes appended to TxRaw). */
  function signed(bodyBytes: Uint8Array, authInfoBytes = authInfo(alice), rawExtra = new Uint8Array()): Uint8Array {
    const acc = h.account(alice.address)!;
    const signature = alice.sign(makeSignBytes(makeSignDoc(bodyBytes, authInfoBytes, CHAIN_ID, Number(acc.accountNumber))));
    return cat(TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish(), rawExtra);
  }
  const body = (messages: Any[], extra = new Uint8Array()) => cat(TxBody.encode(TxBody.fromPartial({ messages })).finish(), extra);

  /** Refused in CheckTx and in a block with `code`, nothing charged, no sequence used. */
  function expectRefused(tx: Uint8Array, code: number, log: RegExp): void {
    const before = h.balance(alice.address);
    const check = h.checkTx(tx);
    expect([check.code, check.codespace], check.log).to.deep.equal([code, "sdk"]);
    expect(check.log).to.match(log);
    const res = h.block([tx]).txResults[0];
    expect([res.code, res.codespace], res.log).to.deep.equal([code, "sdk"]);
    expect(res.gasUsed).to.equal(0n);
    expect(h.balance(alice.address)).to.equal(before);
    expect(h.account(alice.address)!.sequence).to.equal(0n);
  }
  function expectAccepted(tx: Uint8Array): void {
    const check = h.checkTx(tx);
    expect(check.code, check.log).to.equal(0);
    const res = h.block([tx]).txResults[0];
    expect(res.code, res.log).to.equal(0);
    expect(h.balance(bob.address)).to.equal(1000n);
  }

  describe("unknown fields", () => {
    it("a control tx built the same way is accepted", () => expectAccepted(signed(body([sendAny()]))));

    it("TxBody: an unknown critical field (< 1024) is refused", () => {
      expectRefused(signed(body([sendAny()], vf(5, 1))), 2, /^errUnknownField "cosmos\.tx\.v1beta1\.TxBody": \{TagNum: 5, WireType: "varint"\}: tx parse error$/);
    });

    it("TxBody: unknown non-critical fields (bit 11 set: 1024..2047) are ignored", () => {
      expectAccepted(signed(body([sendAny()], cat(vf(1024, 7), ld(1500, [1, 2, 3])))));
    });

    it("TxBody: 2048 has bit 11 clear, so it is critical", () => {
      expectRefused(signed(body([sendAny()], vf(2048, 1))), 2, /TagNum: 2048/);
    });

    it("inside a message and inside its Coin: unknown fields refused, non-critical ones ignored (TxBody rules)", () => {
      expectRefused(signed(body([sendAny("1000", ld(4, [0x41]))])), 2, /errUnknownField "cosmos\.bank\.v1beta1\.MsgSend": \{TagNum: 4, WireType: "bytes"\}/);
      const coinWithExtra = cat(ld(1, [...Buffer.from("wei")]), ld(2, [...Buffer.from("1000")]), vf(3, 1));
      const msg = cat(ld(1, [...Buffer.from(alice.address)]), ld(2, [...Buffer.from(bob.address)]), ld(3, coinWithExtra));
      expectRefused(signed(body([{ typeUrl: MsgSend.typeUrl, value: msg }])), 2, /errUnknownField "cosmos\.base\.v1beta1\.Coin": \{TagNum: 3/);
      expectAccepted(signed(body([sendAny("1000", vf(1030, 1))])));
    });

    it("an Any's own fields: nothing may sneak in", () => {
      const msgAny = cat(anyBytes(sendAny()), vf(3, 1));
      expectRefused(signed(cat(ld(1, msgAny))), 2, /errUnknownField "google\.protobuf\.Any": \{TagNum: 3/);
    });

    it("a wire type that cannot encode the field is refused", () => {
      expectRefused(signed(body([sendAny()], vf(2, 1))), 2, /^Mismatched "cosmos\.tx\.v1beta1\.TxBody": \{TagNum: 2, GotWireType: "varint" != WantWireType: "bytes"\}/);
    });

    it("AuthInfo and TxRaw are strict: even non-critical unknown fields are refused", () => {
      expectRefused(signed(body([sendAny()]), cat(authInfo(alice), vf(1025, 1))), 2, /errUnknownField "cosmos\.tx\.v1beta1\.AuthInfo": \{TagNum: 1025/);
      expectRefused(signed(body([sendAny()]), authInfo(alice), vf(4, 1)), 2, /errUnknownField "cosmos\.tx\.v1beta1\.TxRaw": \{TagNum: 4/);
      expectRefused(signed(body([sendAny()]), authInfo(alice), vf(1025, 1)), 2, /errUnknownField "cosmos\.tx\.v1beta1\.TxRaw": \{TagNum: 1025/);
    });

    it("the signer's public key Any is checked as its type", () => {
      const acc = h.account(alice.address)!;
      const pk = alice.pubkey.toAny();
      const badKey = { typeUrl: pk.typeUrl, value: cat(pk.value, vf(2, 1)) };
      const ai = makeAuthInfoBytes([{ pubkey: badKey, sequence: acc.sequence }], [{ denom: "wei", amount: "200000000000000" }], 200_000, undefined, undefined, SignMode.SIGN_MODE_DIRECT);
      expectRefused(signed(body([sendAny()]), ai), 2, /errUnknownField "cosmos\.crypto\.secp256k1\.PubKey": \{TagNum: 2/);
    });

    it("an Any of a type the chain does not know: unable to resolve type URL", () => {
      expectRefused(signed(body([{ typeUrl: "/cosmos.nope.v1.MsgNope", value: new Uint8Array() }])), 2, /^unable to resolve type URL \/cosmos\.nope\.v1\.MsgNope: tx parse error$/);
    });
  });

  describe("extension options", () => {
    it("non_critical_extension_options (2047) of a known type are ignored", () => {
      expectAccepted(signed(body([sendAny()], ld(2047, anyBytes(sendAny("5"))))));
    });

    it("non_critical_extension_options of an unknown type cannot be resolved (as the SDK's decoder)", () => {
      expectRefused(signed(body([sendAny()], ld(2047, anyBytes({ typeUrl: "/x.Y", value: new Uint8Array() })))), 2, /unable to resolve type URL \/x\.Y/);
    });

    it("extension_options (1023) are refused: unknown extension options (code 31)", () => {
      expectRefused(signed(body([sendAny()], ld(1023, anyBytes(sendAny("5"))))), 31, /unknown extension options/);
    });

    it("LEGACY_AMINO_JSON cannot sign a body with unknown non-critical fields (the SDK's malleability rule)", () => {
      const ai = authInfo(alice, { mode: SignMode.SIGN_MODE_LEGACY_AMINO_JSON });
      const tx = signed(body([sendAny()], vf(1024, 7)), ai);
      const check = h.checkTx(tx);
      expect([check.code, check.codespace]).to.deep.equal([18, "sdk"]);
      expect(check.log).to.match(/unknown non-critical fields.*SIGN_MODE_LEGACY_AMINO_JSON cannot be used/);
    });
  });

  describe("Int amounts over 256 bits (math.Int refuses them when decoding)", () => {
    it("bank MsgSend amount 2^256 is refused in CheckTx, no fee charged; 2^256 - 1 decodes", () => {
      expectRefused(signed(body([sendAny(TWO_256.toString())])), 2, /^integer out of range; got: 257, max: 256: tx parse error$/);
      const ok = h.checkTx(signed(body([sendAny((TWO_256 - 1n).toString())])));
      expect(ok.code, ok.log).to.equal(0); // decodes; the block then fails it for insufficient funds
    });

    it("a fee amount of 2^256 is refused", () => {
      expectRefused(signed(body([sendAny()]), authInfo(alice, { feeAmount: TWO_256.toString() })), 2, /integer out of range/);
    });

    it("garbage in an Int field is refused as big.Int text is", () => {
      expectRefused(signed(body([sendAny("12abc")])), 2, /math\/big: cannot unmarshal "12abc" into a \*big\.Int/);
    });

    it("a negative amount is refused (Coin validation, invalid coins)", () => {
      expectRefused(signed(body([sendAny("-5")])), 10, /not a non-negative integer/);
    });

    const big = TWO_256.toString();
    const cases: [string, Any][] = [
      ["staking MsgDelegate", { typeUrl: MsgDelegate.typeUrl, value: MsgDelegate.encode({ delegatorAddress: alice.address, validatorAddress: "stvaloper1xyz", amount: { denom: "wei", amount: big } }).finish() }],
      ["staking MsgEditValidator min_self_delegation", { typeUrl: MsgEditValidator.typeUrl, value: MsgEditValidator.encode(MsgEditValidator.fromPartial({ validatorAddress: "stvaloper1xyz", commissionRate: "", minSelfDelegation: big })).finish() }],
      ["register MsgUpdateEffectiveDeposit", st("register", "MsgUpdateEffectiveDeposit", reg.MsgUpdateEffectiveDeposit, { reporters: [alice.address], reporterOwner: [alice.address], networkAddress: "stsds1x", effectiveTokens: big })],
      ["register MsgCreateResourceNode value", st("register", "MsgCreateResourceNode", reg.MsgCreateResourceNode, { networkAddress: "stsds1x", value: { denom: "wei", amount: big }, ownerAddress: alice.address, beneficiaryAddress: alice.address, nodeType: 4 })],
      ["sds MsgPrepay", st("sds", "MsgPrepay", sds.MsgPrepay, { sender: alice.address, beneficiary: alice.address, amount: [{ denom: "wei", amount: big }] })],
      ["pot MsgVolumeReport epoch", st("pot", "MsgVolumeReport", pot.MsgVolumeReport, { walletVolumes: [], reporter: "stsds1x", epoch: big, reportReference: "r", reporterOwner: alice.address })],
      ["pot SingleWalletVolume volume", st("pot", "MsgVolumeReport", pot.MsgVolumeReport, { walletVolumes: [{ walletAddress: alice.address, volume: big }], reporter: "stsds1x", epoch: "1", reportReference: "r", reporterOwner: alice.address })],
      ["pot MsgSlashingResourceNode", st("pot", "MsgSlashingResourceNode", pot.MsgSlashingResourceNode, { reporters: [], reporterOwner: [], networkAddress: "stsds1x", walletAddress: alice.address, slashing: big, suspend: false })],
      ["pot MsgWithdraw", st("pot", "MsgWithdraw", pot.MsgWithdraw, { amount: [{ denom: "wei", amount: big }], walletAddress: alice.address, targetAddress: alice.address })],
    ];
    for (const [name, any] of cases) {
      it(`${name}: 2^256 is refused at decoding`, () => expectRefused(signed(body([any])), 2, /integer out of range; got: 257, max: 256/));
    }

    it("a Dec over 315 bits (staking commission rate) is refused at decoding", () => {
      const rate = (2n ** 315n).toString();
      const any = { typeUrl: MsgEditValidator.typeUrl, value: MsgEditValidator.encode(MsgEditValidator.fromPartial({ validatorAddress: "stvaloper1xyz", commissionRate: rate, minSelfDelegation: "" })).finish() };
      expectRefused(signed(body([any])), 2, /decimal out of range; got: 316, max: 315/);
    });
  });

  it("the one checked Int parser: 256 bits, signs and digits as math.Int (genesis, CLI and message checks use it)", () => {
    expect(parseUint256((TWO_256 - 1n).toString())).to.equal(TWO_256 - 1n);
    expect(parseUint256(TWO_256.toString())).to.equal(undefined);
    expect(parseUint256("-1")).to.equal(undefined);
    expect(parseInt256("-" + (TWO_256 - 1n).toString())).to.equal(-(TWO_256 - 1n));
    expect(parseInt256("-" + TWO_256.toString())).to.equal(undefined);
    expect(intTextError("0".repeat(100) + "1")).to.equal(undefined); // leading zeros do not count
    expect(() => parseAmount(TWO_256.toString())).to.throw(/out of range \(more than 256 bits\)/);
  });

  it("every message type the chain routes, and every key type, has a schema to check it against", () => {
    const urls = [...h.app.wiring.msgs.keys()];
    expect(urls.length).to.be.greaterThan(20);
    for (const url of [...urls, "/cosmos.crypto.secp256k1.PubKey", "/cosmos.crypto.ed25519.PubKey", "/stratos.crypto.v1.ethsecp256k1.PubKey", "/cosmos.evm.crypto.v1.ethsecp256k1.PubKey"]) {
      expect(wireSchemas().get(url.slice(1)), url).to.not.equal(undefined);
    }
    expect(wireSchemas().get("stratos.register.v1.MsgUpdateEffectiveDeposit")!.fields.get(4)!.text).to.equal(TextKind.int);
  });
});
