// The gRPC transport's error mapping and the query router's wire-format check (garbage bytes).
import { status } from "@grpc/grpc-js";
import { expect } from "chai";
import { grpcStatusOf } from "../../../chain/api/grpc/status.ts";
import { protobufWireError } from "../../../chain/app/queries.ts";
import { queryErrors } from "../../../chain/app/errors.ts";

describe("gRPC status of query errors", () => {
  it("keeps a handler's own status code and description; maps SDK codes; a module's refusal is INVALID_ARGUMENT", () => {
    const nf = queryErrors.notFound("account st1x");
    expect(grpcStatusOf(nf.codespace, nf.code, nf.message)).to.deep.equal({ code: status.NOT_FOUND, message: "account st1x: key not found" });
    const ia = queryErrors.invalidArgument("bad epoch");
    expect(grpcStatusOf(ia.codespace, ia.code, ia.message).code).to.equal(status.INVALID_ARGUMENT);
    expect(grpcStatusOf("sdk", 6, "unknown query path").code).to.equal(status.UNIMPLEMENTED);
    expect(grpcStatusOf("register", 3, "no such node").code).to.equal(status.INVALID_ARGUMENT);
    expect(grpcStatusOf("undefined", 1, "internal error: x").code).to.equal(status.INTERNAL);
  });
});

describe("protobuf wire check of query requests", () => {
  it("accepts well-formed messages (empty, varint, length-delimited, fixed) and names what is wrong otherwise", () => {
    expect(protobufWireError(new Uint8Array())).to.equal(undefined);
    expect(protobufWireError(Uint8Array.from([0x08, 0x96, 0x01, 0x12, 0x02, 0x61, 0x62, 0x1d, 1, 2, 3, 4, 0x21, 1, 2, 3, 4, 5, 6, 7, 8]))).to.equal(undefined);
    expect(protobufWireError(Uint8Array.from([0xff, 0xff, 0xff, 0x07, 0x01]))).to.match(/wire type 7|field/);
    expect(protobufWireError(Uint8Array.from([0x12, 0x05, 0x61]))).to.match(/runs past the end/);
    expect(protobufWireError(Uint8Array.from([0x08]))).to.match(/truncated varint/);
    expect(protobufWireError(Uint8Array.from([0x00]))).to.match(/field number 0/);
    expect(protobufWireError(Uint8Array.from([0x0b]))).to.match(/wire type 3/);
    expect(protobufWireError(Uint8Array.from([0x0d, 1, 2]))).to.match(/truncated fixed/);
  });
});
