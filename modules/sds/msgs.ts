// The sds Msg service (§3.2, §3.3) with our change #7 (the reporter of MsgFileUpload must be an active
// meta node owned by `from`) and #10 (MsgUpdateParams authority).
import { errors } from "../../chain/app/errors.ts";
import { msgDescriptor, type EncodedMsg, type MsgDescriptor } from "../../chain/app/module.ts";
import { formatCoins, validateDenom } from "../../chain/types/coins.ts";
import { isValidFileHash } from "../../chain/crypto/cid.ts";
import { stratos } from "../../proto/client.ts";
import { sdsAddressBytes } from "./expected.ts";
import { errInvalidAuthority, sdsErrors } from "./errors.ts";
import { checkAccAddress, emptyResponse, updateParamsMsg } from "../../chain/app/module-helpers.ts";
import { emitFileUpload, emitPrePay } from "./events.ts";
import type { SdsKeeper } from "./keeper.ts";
import { sdsParamsFromProto, validateSdsParams } from "./params.ts";
import { parseUint256, uint256Problem } from "../../chain/types/int.ts";

const pb = stratos.sds.v1;

function response(name: "MsgFileUploadResponse" | "MsgPrepayResponse"): EncodedMsg {
  return emptyResponse(`/stratos.sds.v1.${name}`);
}

function checkAcc(address: string | null | undefined, what: string, err: (m: string) => Error = errors.invalidAddress): string {
  return checkAccAddress(address, what, err);
}

function checkFileHash(h: string | null | undefined): string {
  if (!h) throw sdsErrors.invalidFileHash("file_hash is empty");
  if (!isValidFileHash(h)) {
    throw sdsErrors.invalidFileHash(`file_hash ${JSON.stringify(h)} is not a valid SDS file hash (a CIDv1 in base32hex with a 20-byte keccak-256 multihash)`);
  }
  return h;
}

interface WireCoin {
  denom?: string | null;
  amount?: string | null;
}

/** Well-formed coins (valid denoms, non-negative integer amounts). Returns the bond-denom amount. */
function checkPrepayAmount(coins: WireCoin[] | null | undefined, bondDenom?: string): bigint {
  const list = coins ?? [];
  if (list.length === 0) throw errors.invalidCoins("amount: missing amount to send");
  let total = 0n;
  let bond = 0n;
  for (const c of list) {
    const denom = c.denom ?? "";
    validateDenom(denom);
    const amount = parseUint256(c.amount);
    if (amount === undefined) throw errors.invalidCoins(`amount: ${JSON.stringify(c.amount ?? "")}${denom} ${uint256Problem(c.amount)}`);
    total += amount;
    if (denom === bondDenom) bond += amount;
  }
  if (total === 0n) throw errors.invalidCoins(`amount ${formatWire(list)} is zero: missing amount to send`);
  return bond;
}

const formatWire = (coins: WireCoin[]) => formatCoins(coins.map((c) => ({ denom: c.denom ?? "", amount: BigInt(c.amount ?? "0") })));

export function sdsMsgs(k: SdsKeeper): MsgDescriptor[] {
  return [
    msgDescriptor<stratos.sds.v1.MsgFileUpload>({
      typeUrl: "/stratos.sds.v1.MsgFileUpload",
      decode: (b) => pb.MsgFileUpload.decode(b),
      signers: (m) => [m.from],
      validateBasic(m) {
        checkFileHash(m.fileHash);
        checkAcc(m.from, "from");
        if (!m.reporter) throw errors.invalidAddress("reporter is empty");
        try {
          sdsAddressBytes(m.reporter, "reporter");
        } catch (e) {
          throw errors.invalidAddress((e as Error).message);
        }
        checkAcc(m.uploader, "uploader");
      },
      handle(ctx, m) {
        k.fileUpload(ctx, m.fileHash, m.reporter, m.from, m.uploader);
        emitFileUpload(ctx, { sender: m.from, reporter: m.reporter, uploader: m.uploader, fileHash: m.fileHash });
        return response("MsgFileUploadResponse");
      },
    }),
    msgDescriptor<stratos.sds.v1.MsgPrepay>({
      typeUrl: "/stratos.sds.v1.MsgPrepay",
      decode: (b) => pb.MsgPrepay.decode(b),
      signers: (m) => [m.sender],
      validateBasic(m) {
        checkAcc(m.sender, "sender", sdsErrors.invalidSenderAddr);
        checkAcc(m.beneficiary, "beneficiary", sdsErrors.invalidBeneficiaryAddr);
        checkPrepayAmount(m.amount);
      },
      handle(ctx, m) {
        const denom = k.bondDenom(ctx);
        const a = checkPrepayAmount(m.amount, denom);
        // Stratos would buy 0 noz for an amount without the bond denom; we refuse it.
        if (a === 0n) throw sdsErrors.invalidDenom(`amount ${formatWire(m.amount)} has no ${denom}: only ${denom} buys ozone`);
        const purchased = k.prepay(ctx, m.sender, a);
        emitPrePay(ctx, { sender: m.sender, beneficiary: m.beneficiary, amount: formatWire(m.amount), purchasedNoz: purchased });
        return response("MsgPrepayResponse");
      },
    }),
    updateParamsMsg({
      module: "stratos.sds.v1",
      decode: (b) => pb.MsgUpdateParams.decode(b),
      fromProto: sdsParamsFromProto,
      validate: validateSdsParams,
      invalidParams: sdsErrors.invalid,
      invalidAuthority: errInvalidAuthority,
      getAuthority: (ctx) => k.getAuthority(ctx),
      setParams: (ctx, p) => k.setParams(ctx, p),
    }),
  ];
}
