import { expect } from "chai";
import { accAddressToBech32, moduleAddress } from "../../../chain/types/address.ts";
import { fileHash } from "../../../chain/crypto/cid.ts";
import { Dec } from "../../../chain/types/dec.ts";
import { PrefixKV } from "../../../chain/app/kv.ts";
import { sdsErrorCodes } from "../../../modules/sds/errors.ts";
import { hasReporterBit, SDS_STORE_PREFIX, setReporterBit } from "../../../modules/sds/keeper.ts";
import { stratos } from "../../../proto/client.ts";
import { AppHarness, testSigner } from "../../helpers/app.ts";
import { genesisMetaNode, nodeKey, registerGenesis, registerState, signTx, STOS, GWEI } from "../register/helpers.ts";

const pb = stratos.sds.v1;
const PREPAY_POOL = accAddressToBech32(moduleAddress("total_unissued_prepay"));
const GAS = 400_000n;
const FEE = GAS * GWEI;

const o1 = testSigner("meta-owner-1");
const o2 = testSigner("meta-owner-2");
const o3 = testSigner("meta-owner-3");
const o4 = testSigner("meta-owner-4");
const o5 = testSigner("meta-owner-5");
const alice = testSigner("alice");
const bob = testSigner("bob");
const M1 = nodeKey("m1");
const M2 = nodeKey("m2");
const M3 = nodeKey("m3");
const M4 = nodeKey("m4");
const M5 = nodeKey("m5");
const R1 = nodeKey("r1");

const FILE_A = fileHash(new TextEncoder().encode("file a"));
const FILE_B = fileHash(new TextEncoder().encode("file b"));

/**
 * Three Bonded meta nodes (400 + 300 + 300 stos, so St = 1e21 and Lt = St/1e6 = 1e15 on this fresh
 * start, Pt = 0: the GV1 state), an Unbonded candidate M4 and a Bonded but suspended M5.
 */
function gv1Genesis(sds?: unknown, register: Record<string, unknown> = {}) {
  const g = registerGenesis(
    [
      { address: o1.address, wei: 410n * STOS },
      { address: o2.address, wei: 310n * STOS },
      { address: o3.address, wei: 310n * STOS },
      { address: o4.address, wei: 110n * STOS },
      { address: o5.address, wei: 110n * STOS },
      { address: alice.address, wei: 20n * STOS },
      { address: bob.address, wei: 20n * STOS },
    ],
    {
      meta_nodes: [
        genesisMetaNode(M1, o1.address, 400n * STOS),
        genesisMetaNode(M2, o2.address, 300n * STOS),
        genesisMetaNode(M3, o3.address, 300n * STOS),
        genesisMetaNode(M4, o4.address, 100n * STOS, { status: "BOND_STATUS_UNBONDED", suspend: true }),
        genesisMetaNode(M5, o5.address, 100n * STOS, { suspend: true }),
      ],
      ...register,
    },
  );
  if (sds !== undefined) g.sds = sds;
  return g;
}

type Codec = { encode(m: any): { finish(): Uint8Array }; fromPartial(o: any): any };
function msg(name: "MsgFileUpload" | "MsgPrepay" | "MsgUpdateParams", value: Record<string, unknown>) {
  return { typeUrl: `/stratos.sds.v1.${name}`, value: ((pb as any)[name] as Codec).encode(((pb as any)[name] as Codec).fromPartial(value)).finish() };
}
const upload = (from: { address: string }, reporter: string, hash = FILE_A, uploader = alice.address) =>
  msg("MsgFileUpload", { fileHash: hash, from: from.address, reporter, uploader });
const prepay = (sender: { address: string }, amount: { denom: string; amount: string }[], beneficiary = sender.address) =>
  msg("MsgPrepay", { sender: sender.address, beneficiary, amount });

function attr(res: { events: { type: string; attributes: { key: string; value: string }[] }[] }, type: string, key: string): string | undefined {
  return res.events.find((x) => x.type === type)?.attributes.find((a) => a.key === key)?.value;
}

describe("sds: reporter bitmap (kelindar/bitmap bytes)", () => {
  it("sets bit i in little-endian 64-bit words, growing to index/64+1 words", () => {
    expect([...setReporterBit(new Uint8Array(), 0)]).to.deep.equal([1, 0, 0, 0, 0, 0, 0, 0]);
    expect([...setReporterBit(new Uint8Array(), 10)]).to.deep.equal([0, 4, 0, 0, 0, 0, 0, 0]);
    const b = setReporterBit(new Uint8Array(), 65);
    expect(b.length).to.equal(16);
    expect(b[8]).to.equal(2);
    const c = setReporterBit(b, 3);
    expect(c.length).to.equal(16);
    expect(c[0]).to.equal(8);
    expect(hasReporterBit(c, 3) && hasReporterBit(c, 65) && !hasReporterBit(c, 4)).to.equal(true);
  });
});

describe("sds: state machine", () => {
  let h: AppHarness;
  const reg = () => h.app.wiring.keepers.register;
  const sds = () => h.app.wiring.keepers.sds;
  const ctx = () => h.readCtx();

  afterEach(() => h?.close());

  function start(genesis: unknown) {
    h = new AppHarness();
    h.initChain(genesis);
    h.block();
  }

  function query<T>(method: string, reqCodec: Codec, req: Record<string, unknown>, resCodec: { decode(b: Uint8Array): T }) {
    return h.query(`/stratos.sds.v1.Query/${method}`, reqCodec.encode(reqCodec.fromPartial(req)).finish(), (b) => resCodec.decode(b));
  }
  const nozPrice = () => query("NozPrice", pb.QueryNozPriceRequest, {}, pb.QueryNozPriceResponse);
  const simPrepay = (amount: string) => query("SimPrepay", pb.QuerySimPrepayRequest, { amount }, pb.QuerySimPrepayResponse);

  function sdsState(): [string, string][] {
    return [...new PrefixKV(ctx().store, SDS_STORE_PREFIX).iterate(new Uint8Array())].map(([k, v]) => [Buffer.from(k).toString("hex"), Buffer.from(v).toString("hex")]);
  }

  /** Runs a failing tx; checks code, codespace, log text, and that sds/register state and the prepay pool did not change. */
  function expectFail(tx: Uint8Array, codespace: string, code: number, text: string) {
    const before = { sds: sdsState(), reg: registerState(h), pool: h.balance(PREPAY_POOL) };
    const res = h.block([tx]);
    const r = res.txResults[0];
    expect(r.code, r.log).to.equal(code);
    expect(r.codespace).to.equal(codespace);
    expect(r.log).to.contain(text);
    expect(r.events.some((e) => e.type.startsWith("stratos.sds."))).to.equal(false);
    expect(sdsState()).to.deep.equal(before.sds);
    expect(registerState(h)).to.deep.equal(before.reg);
    expect(h.balance(PREPAY_POOL)).to.equal(before.pool);
    return r;
  }

  describe("MsgPrepay and the ozone queries (GV1)", () => {
    it("St=1e21, Pt=0, Lt=1e15: prepay 1 stos buys 999000999000 noz, exactly what SimPrepay predicted", () => {
      start(gv1Genesis());
      expect(reg().getEffectiveTotalDeposit(ctx())).to.equal(10n ** 21n);
      expect(reg().getRemainingOzoneLimit(ctx())).to.equal(10n ** 15n);
      expect(h.balance(PREPAY_POOL)).to.equal(0n);

      expect(nozPrice().value!.price).to.equal(Dec.fromString("1000000.000000000000000000").toProtoString());
      const sim = simPrepay("1000000000000000000wei");
      expect(sim.code, sim.log).to.equal(0);
      expect(sim.value!.noz).to.equal("999000999000");
      expect(simPrepay("1stos").value!.noz).to.equal("999000999000");
      const supply = query("NozSupply", pb.QueryNozSupplyRequest, {}, pb.QueryNozSupplyResponse).value!;
      expect(supply).to.include({ remaining: "1000000000000000", total: "1000000000000000" });

      const aliceBefore = h.balance(alice.address);
      const res = h.block([signTx(h, [alice], [prepay(alice, [{ denom: "wei", amount: STOS.toString() }], bob.address)], GAS)]);
      const r = res.txResults[0];
      expect(r.code, r.log).to.equal(0);
      expect(attr(r, "stratos.sds.v1.EventPrePay", "purchased_noz")).to.equal('"999000999000"');
      expect(attr(r, "stratos.sds.v1.EventPrePay", "sender")).to.equal(JSON.stringify(alice.address));
      expect(attr(r, "stratos.sds.v1.EventPrePay", "beneficiary")).to.equal(JSON.stringify(bob.address));
      expect(attr(r, "stratos.sds.v1.EventPrePay", "amount")).to.equal('"1000000000000000000wei"');
      expect(BigInt(sim.value!.noz)).to.equal(BigInt(JSON.parse(attr(r, "stratos.sds.v1.EventPrePay", "purchased_noz")!)));

      expect(reg().getRemainingOzoneLimit(ctx())).to.equal(999_000_999_001_000n);
      expect(reg().getEffectiveTotalDeposit(ctx())).to.equal(10n ** 21n);
      expect(h.balance(PREPAY_POOL)).to.equal(STOS);
      expect(h.balance(alice.address)).to.equal(aliceBefore - STOS - FEE);
      expect(nozPrice().value!.price).to.equal(Dec.fromString("1002000.999999998997999000").toProtoString());
      expect(query("NozSupply", pb.QueryNozSupplyRequest, {}, pb.QueryNozSupplyResponse).value!.remaining).to.equal("999000999001000");
    });

    it("only the wei part of a multi-denom amount is used", () => {
      start(gv1Genesis());
      const res = h.block([signTx(h, [alice], [prepay(alice, [{ denom: "afoo", amount: "5" }, { denom: "wei", amount: STOS.toString() }])], GAS)]);
      const r = res.txResults[0];
      // alice holds no afoo, but only wei is taken
      expect(r.code, r.log).to.equal(0);
      expect(attr(r, "stratos.sds.v1.EventPrePay", "purchased_noz")).to.equal('"999000999000"');
      expect(h.balance(PREPAY_POOL)).to.equal(STOS);
    });

    it("refuses an amount without wei, a zero amount, and insufficient funds, changing nothing", () => {
      start(gv1Genesis());
      expectFail(signTx(h, [alice], [prepay(alice, [{ denom: "afoo", amount: "1000" }])], GAS), "sds", sdsErrorCodes.invalidDenom, "has no wei");
      expectFail(signTx(h, [alice], [prepay(alice, [{ denom: "wei", amount: "0" }])], GAS), "sdk", 10, "zero");
      expectFail(signTx(h, [alice], [prepay(alice, [])], GAS), "sdk", 10, "missing amount");
      const r = expectFail(signTx(h, [bob], [prepay(bob, [{ denom: "wei", amount: (100n * STOS).toString() }])], GAS), "sds", sdsErrorCodes.prepayFailure, "insufficient funds");
      expect(r.log).to.contain(bob.address);
      expect(reg().getRemainingOzoneLimit(ctx())).to.equal(10n ** 15n);
    });

    it("refuses a bad beneficiary", () => {
      start(gv1Genesis());
      expectFail(signTx(h, [alice], [prepay(alice, [{ denom: "wei", amount: "1" }], "st1notanaddress")], GAS), "sds", sdsErrorCodes.invalidBeneficiaryAddr, "beneficiary");
    });

    it("SimPrepay refuses a malformed coin; NozPrice errors readably when Lt is 0", () => {
      start(registerGenesis([{ address: alice.address, wei: STOS }]));
      expect(simPrepay("lots").code).to.not.equal(0);
      expect(simPrepay("lots").log).to.contain("InvalidArgument");
      const p = nozPrice();
      expect(p.code).to.not.equal(0);
      expect(p.log).to.contain("remaining ozone limit is 0");
    });
  });

  describe("MsgFileUpload", () => {
    it("records height, uploader and the reporter's bit; a second reporter adds its bit", () => {
      start(gv1Genesis());
      const i1 = reg().metaNodeBitmapIndex(ctx(), M1.address)!;
      const i2 = reg().metaNodeBitmapIndex(ctx(), M2.address)!;
      const res = h.block([signTx(h, [o1], [upload(o1, M1.address)], GAS)]);
      const r = res.txResults[0];
      expect(r.code, r.log).to.equal(0);
      expect(attr(r, "stratos.sds.v1.EventFileUpload", "file_hash")).to.equal(JSON.stringify(FILE_A));
      expect(attr(r, "stratos.sds.v1.EventFileUpload", "reporter")).to.equal(JSON.stringify(M1.address));
      expect(attr(r, "stratos.sds.v1.EventFileUpload", "sender")).to.equal(JSON.stringify(o1.address));
      expect(attr(r, "stratos.sds.v1.EventFileUpload", "uploader")).to.equal(JSON.stringify(alice.address));
      let f = sds().getFileInfo(ctx(), FILE_A)!;
      expect(f.height).to.equal(h.height);
      expect(f.uploader).to.equal(alice.address);
      expect([...f.reporters]).to.deep.equal([...setReporterBit(new Uint8Array(), i1)]);

      h.block([signTx(h, [o2], [upload(o2, M2.address, FILE_A, bob.address)], GAS)]);
      f = sds().getFileInfo(ctx(), FILE_A)!;
      expect(f.height).to.equal(h.height);
      expect(f.uploader).to.equal(bob.address);
      expect(hasReporterBit(f.reporters, i1) && hasReporterBit(f.reporters, i2)).to.equal(true);
      expect(f.reporters.length).to.equal(8);

      const q = query("Fileupload", pb.QueryFileUploadRequest, { fileHash: FILE_A }, pb.QueryFileUploadResponse);
      expect(q.code, q.log).to.equal(0);
      expect(q.value!.fileInfo!.height).to.equal(h.height.toString());
      expect([...q.value!.fileInfo!.reporters!]).to.deep.equal([...f.reporters]);
      expect(q.value!.fileInfo!.uploader).to.equal(bob.address);
      const missing = query("Fileupload", pb.QueryFileUploadRequest, { fileHash: FILE_B }, pb.QueryFileUploadResponse);
      expect(missing.log).to.contain("NotFound");
      const bad = query("Fileupload", pb.QueryFileUploadRequest, { fileHash: "QmNotACid" }, pb.QueryFileUploadResponse);
      expect(bad.log).to.contain("InvalidArgument");
    });

    it("refuses a bad CID, bad addresses, and reporters that are not active meta nodes owned by from", () => {
      start(gv1Genesis());
      h.block([signTx(h, [o1], [upload(o1, M1.address, FILE_B)], GAS)]);
      expectFail(signTx(h, [o1], [upload(o1, M1.address, "vnotacid")], GAS), "sds", sdsErrorCodes.invalidFileHash, "not a valid SDS file hash");
      expectFail(signTx(h, [o1], [upload(o1, M1.address, "")], GAS), "sds", sdsErrorCodes.invalidFileHash, "file_hash is empty");
      expectFail(signTx(h, [o1], [upload(o1, o1.address)], GAS), "sdk", 7, "reporter");
      expectFail(signTx(h, [o1], [upload(o1, M1.address, FILE_A, "st1bad")], GAS), "sdk", 7, "uploader");
      expectFail(signTx(h, [alice], [upload(alice, R1.address)], GAS), "sds", sdsErrorCodes.reporterAddressOrOwner, "is not a meta node");
      expectFail(signTx(h, [o2], [upload(o2, M1.address)], GAS), "sds", sdsErrorCodes.reporterAddressOrOwner, `owned by ${o1.address}, not by ${o2.address}`);
      expectFail(signTx(h, [o4], [upload(o4, M4.address)], GAS), "sds", sdsErrorCodes.reporterAddressOrOwner, "not an active meta node");
      expectFail(signTx(h, [o5], [upload(o5, M5.address)], GAS), "sds", sdsErrorCodes.reporterAddressOrOwner, "not an active meta node");
      expect(sds().getFileInfo(ctx(), FILE_A)).to.equal(undefined);
    });
  });

  describe("genesis and params", () => {
    it("exports what it imports, and a restart from the export has the same records", () => {
      start(gv1Genesis());
      h.block([signTx(h, [o1], [upload(o1, M1.address)], GAS)]);
      const mod = h.app.wiring.modules.find((m) => m.name === "sds")!;
      const exported = mod.exportGenesis(ctx()) as any;
      expect(exported.params).to.deep.equal({ bond_denom: "wei" });
      expect(exported.files).to.have.length(1);
      expect(exported.files[0].file_hash).to.equal(FILE_A);
      const f = sds().getFileInfo(ctx(), FILE_A)!;
      h.close();
      start(gv1Genesis(exported));
      expect(sds().getFileInfo(ctx(), FILE_A)).to.deep.equal(f);
      expect(h.app.wiring.modules.find((m) => m.name === "sds")!.exportGenesis(ctx())).to.deep.equal(exported);
    });

    it("refuses malformed genesis with a message naming the field", () => {
      const file = (over: Record<string, unknown>) => ({ file_hash: FILE_A, file_info: { height: "1", reporters: Buffer.alloc(8, 1).toString("base64"), uploader: alice.address, ...over } });
      const cases: [unknown, string][] = [
        [{ params: { bond_denom: "" } }, "bond_denom"],
        [{ files: [{ ...file({}), file_hash: "nope" }] }, "sds.files[0].file_hash"],
        [{ files: [file({ reporters: Buffer.alloc(3, 1).toString("base64") })] }, "multiple of 8"],
        [{ files: [file({ reporters: "" })] }, "reporters is empty"],
        [{ files: [file({ height: "-1" })] }, "height"],
        [{ files: [file({ uploader: "st1x" })] }, "uploader"],
        [{ files: [file({}), file({})] }, "appears twice"],
      ];
      for (const [g, text] of cases) {
        const hh = new AppHarness();
        try {
          expect(() => hh.initChain(gv1Genesis(g)), text).to.throw(text);
        } finally {
          hh.close();
        }
      }
    });

    it("MsgUpdateParams: only the authority (default: register's) may change params", () => {
      start(gv1Genesis(undefined, { authority: alice.address }));
      const upd = (who: typeof alice, denom: string) => msg("MsgUpdateParams", { authority: who.address, params: { bondDenom: denom } });
      expectFail(signTx(h, [bob], [upd(bob, "gwei")], GAS), "sds", 100, "invalid authority");
      const r = h.block([signTx(h, [alice], [upd(alice, "gwei")], GAS)]).txResults[0];
      expect(r.code, r.log).to.equal(0);
      expect(sds().getParams(ctx()).bondDenom).to.equal("gwei");
      const p = query("Params", pb.QueryParamsRequest, {}, pb.QueryParamsResponse);
      expect(p.value!.params!.bondDenom).to.equal("gwei");
    });
  });
});
