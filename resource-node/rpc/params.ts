// Decoding of the one positional parameter of each `user_*` method, with the JSON names and Go types
// of sds pp/api/rpc/types.go. Type errors read like go-ethereum's ("invalid argument 0: json: cannot
// unmarshal string into Go struct field ParamReqUploadFile.filesize of type int"). Unlike Go, a
// required field that is missing (or null) is an error too, instead of a silent zero value.
import type { WalletSignature } from "../../meta-node/protocol/wallet-signature.ts";
import { INVALID_PARAMS, RpcError } from "./jsonrpc.ts";

type FieldType = "string" | "int" | "int64" | "uint32" | "uint64" | "bool" | "signature";

interface FieldSpec {
  type: FieldType;
  required: boolean;
}

type Spec = Record<string, FieldSpec>;

type Value<T extends FieldType> = T extends "string"
  ? string
  : T extends "bool"
    ? boolean
    : T extends "signature"
      ? WalletSignature
      : number;

export type Decoded<S extends Spec> = {
  [K in keyof S]: S[K]["required"] extends true ? Value<S[K]["type"]> : Value<S[K]["type"]> | undefined;
};

const req = <T extends FieldType>(type: T) => ({ type, required: true as const });
const opt = <T extends FieldType>(type: T) => ({ type, required: false as const });

/** The parameter structs, by their Go names. */
export const PARAMS = {
  ParamReqUploadFile: {
    filename: req("string"),
    filesize: req("int"),
    filehash: req("string"),
    signature: req("signature"),
    desired_tier: opt("uint32"),
    allow_higher_tier: opt("bool"),
    req_time: req("int64"),
    sequencenumber: req("string"),
  },
  ParamUploadData: {
    filehash: req("string"),
    data: req("string"),
    signature: req("signature"),
    req_time: req("int64"),
    sequencenumber: req("string"),
    stop: opt("bool"),
  },
  ParamUploadSign: {
    filehash: req("string"),
    signature: req("signature"),
    sequencenumber: req("string"),
    req_time: req("int64"),
  },
  ParamGetFileStatus: {
    filehash: req("string"),
    signature: req("signature"),
    req_time: req("int64"),
  },
  ParamReqDownloadFile: {
    filehandle: req("string"),
    signature: req("signature"),
    req_time: req("int64"),
  },
  ParamDownloadData: {
    filehash: req("string"),
    reqid: req("string"),
  },
  ParamDownloadFileInfo: {
    filehash: req("string"),
    filesize: req("uint64"),
    reqid: req("string"),
  },
  ParamReqDeleteFile: {
    filehash: req("string"),
    signature: req("signature"),
    req_time: req("int64"),
  },
  ParamReqFileList: {
    signature: req("signature"),
    page: opt("uint64"),
    req_time: req("int64"),
  },
  ParamReqShareFile: {
    filehash: req("string"),
    signature: req("signature"),
    duration: opt("int64"),
    private_flag: opt("bool"),
    req_time: req("int64"),
    ipfs_cid: opt("string"),
    meta_info: opt("string"),
  },
  ParamReqListShared: {
    signature: req("signature"),
    page: opt("uint64"),
    req_time: req("int64"),
  },
  ParamReqStopShare: {
    signature: req("signature"),
    shareid: req("string"),
    req_time: req("int64"),
  },
  ParamReqGetShared: {
    signature: req("signature"),
    sharelink: req("string"),
    req_time: req("int64"),
  },
  ParamReqGetOzone: {
    walletaddr: req("string"),
  },
} as const satisfies Record<string, Spec>;

export type ParamName = keyof typeof PARAMS;
export type Params<N extends ParamName> = Decoded<(typeof PARAMS)[N]>;

const GO_TYPE: Record<FieldType, string> = {
  string: "string",
  int: "int",
  int64: "int64",
  uint32: "uint32",
  uint64: "uint64",
  bool: "bool",
  signature: "rpc.Signature",
};

function jsonKind(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "object") return "object";
  if (typeof v === "number") return `number ${v}`;
  return typeof v;
}

function bad(message: string): never {
  throw new RpcError(INVALID_PARAMS, `invalid argument 0: ${message}`);
}

function typeError(struct: string, field: string, type: FieldType, v: unknown): never {
  bad(`json: cannot unmarshal ${jsonKind(v)} into Go struct field ${struct}.${field} of type ${GO_TYPE[type]}`);
}

const INT_RANGE: Partial<Record<FieldType, [number, number]>> = {
  int: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  uint32: [0, 0xffff_ffff],
  uint64: [0, Number.MAX_SAFE_INTEGER],
};

function decodeField(struct: string, field: string, type: FieldType, v: unknown): unknown {
  switch (type) {
    case "string":
      if (typeof v !== "string") typeError(struct, field, type, v);
      return v;
    case "bool":
      if (typeof v !== "boolean") typeError(struct, field, type, v);
      return v;
    case "signature": {
      if (!v || typeof v !== "object" || Array.isArray(v)) typeError(struct, field, type, v);
      const o = v as Record<string, unknown>;
      for (const k of ["address", "pubkey", "signature"] as const) {
        if (o[k] === undefined || o[k] === null) bad(`missing required field "${field}.${k}"`);
        if (typeof o[k] !== "string") {
          bad(`json: cannot unmarshal ${jsonKind(o[k])} into Go struct field ${struct}.${field}.${k} of type string`);
        }
      }
      return { address: o.address as string, pubkey: o.pubkey as string, signature: o.signature as string };
    }
    default: {
      // Go decodes integers only from JSON numbers without a fraction, within the type's range.
      const [lo, hi] = INT_RANGE[type]!;
      if (typeof v !== "number" || !Number.isInteger(v) || v < lo || v > hi) typeError(struct, field, type, v);
      return v;
    }
  }
}

/** Decode params[0] as the named struct; throws RpcError(-32602) naming what is wrong. */
export function decodeParams<N extends ParamName>(name: N, params: unknown[]): Params<N> {
  if (params.length === 0) throw new RpcError(INVALID_PARAMS, "missing value for required argument 0");
  if (params.length > 1) throw new RpcError(INVALID_PARAMS, "too many arguments, want at most 1");
  const p = params[0];
  if (p === null || p === undefined) throw new RpcError(INVALID_PARAMS, "missing value for required argument 0");
  if (typeof p !== "object" || Array.isArray(p)) bad(`json: cannot unmarshal ${jsonKind(p)} into Go value of type rpc.${name}`);
  const o = p as Record<string, unknown>;
  const spec: Spec = PARAMS[name];
  const out: Record<string, unknown> = {};
  for (const [field, f] of Object.entries(spec)) {
    const v = o[field];
    if (v === undefined || v === null) {
      if (f.required) bad(`missing required field "${field}"`);
      out[field] = undefined;
      continue;
    }
    out[field] = decodeField(name, field, f.type, v);
  }
  return out as Params<N>;
}
