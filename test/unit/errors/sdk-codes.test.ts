// The "sdk" codespace errors of chain/app/errors.ts carry the Cosmos SDK's numbers, so CosmJS,
// explorers and wallets read our failures as a Cosmos chain's.
//
// SDK is test data: name → code of cosmos/cosmos-sdk types/errors/errors.go — codes 2–40 as at
// commit 00d53dd1ff84c08108b26e849b65f3bb9259357d, and 41 (ErrInvalidGasLimit), which the SDK added
// in v0.47 (the SDK line stratos-chain runs). Names match ours case-insensitively after the
// "Err"/"Error" prefix (ErrorInvalidSigner ↔ invalidSigner, ErrInvalidChainID ↔ invalidChainId).
import { expect } from "chai";
import { AppError, errors, queryErrors } from "../../../chain/app/errors.ts";

const SDK: Record<string, number> = {
  ErrTxDecode: 2, ErrInvalidSequence: 3, ErrUnauthorized: 4, ErrInsufficientFunds: 5, ErrUnknownRequest: 6,
  ErrInvalidAddress: 7, ErrInvalidPubKey: 8, ErrUnknownAddress: 9, ErrInvalidCoins: 10, ErrOutOfGas: 11,
  ErrMemoTooLarge: 12, ErrInsufficientFee: 13, ErrTooManySignatures: 14, ErrNoSignatures: 15, ErrJSONMarshal: 16,
  ErrJSONUnmarshal: 17, ErrInvalidRequest: 18, ErrTxInMempoolCache: 19, ErrMempoolIsFull: 20, ErrTxTooLarge: 21,
  ErrKeyNotFound: 22, ErrWrongPassword: 23, ErrorInvalidSigner: 24, ErrorInvalidGasAdjustment: 25, ErrInvalidHeight: 26,
  ErrInvalidVersion: 27, ErrInvalidChainID: 28, ErrInvalidType: 29, ErrTxTimeoutHeight: 30, ErrUnknownExtensionOptions: 31,
  ErrWrongSequence: 32, ErrPackAny: 33, ErrUnpackAny: 34, ErrLogic: 35, ErrConflict: 36, ErrNotSupported: 37,
  ErrNotFound: 38, ErrIO: 39, ErrAppConfig: 40, ErrInvalidGasLimit: 41,
};
const sdkByName = new Map(Object.entries(SDK).map(([n, c]) => [n.replace(/^Err(or)?/, "").toLowerCase(), c]));

describe("error codes: sdk codespace pinned to the Cosmos SDK's types/errors", () => {
  it("every sdk error of ours is the SDK's error of that name and number", () => {
    for (const [name, make] of Object.entries(errors)) {
      const e = make("boom");
      expect(e).to.be.instanceOf(AppError);
      expect(e.codespace, name).to.equal("sdk");
      expect(sdkByName.has(name.toLowerCase()), `${name} is an SDK error`).to.equal(true);
      expect(e.code, name).to.equal(sdkByName.get(name.toLowerCase()));
    }
  });

  it("query failures use ErrKeyNotFound and ErrInvalidRequest with gRPC-style text", () => {
    expect([queryErrors.notFound("x").codespace, queryErrors.notFound("x").code]).to.deep.equal(["sdk", SDK.ErrKeyNotFound]);
    expect([queryErrors.invalidArgument("x").codespace, queryErrors.invalidArgument("x").code]).to.deep.equal(["sdk", SDK.ErrInvalidRequest]);
    expect(queryErrors.notFound("account st1x").message).to.match(/^rpc error: code = NotFound desc = account st1x/);
  });
});
