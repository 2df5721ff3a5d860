// ABCI error codes. Codespace "sdk" reuses the Cosmos SDK's numbers so clients that switch on
// (codespace, code) — CosmJS, explorers, wallets — read our failures the way they read a Cosmos chain's.
// test/unit/errors/sdk-codes.test.ts pins each name to the SDK's number (types/errors/errors.go).
export class AppError extends Error {
  constructor(
    readonly codespace: string,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

/** A module's error constructors from its table of named codes: `t.badDenom("…")` →
 * AppError(codespace, code of badDenom, "…"). One table per module keeps each number next to its name. */
export function errorTable<Codes extends Record<string, number>>(codespace: string, codes: Codes): { [N in keyof Codes]: (message: string) => AppError } {
  return Object.fromEntries(Object.entries(codes).map(([name, code]) => [name, (message: string) => new AppError(codespace, code, message)])) as {
    [N in keyof Codes]: (message: string) => AppError;
  };
}

function sdk(code: number) {
  return (message: string) => new AppError("sdk", code, message);
}

export const errors = {
  txDecode: sdk(2),
  invalidSequence: sdk(3),
  unauthorized: sdk(4),
  insufficientFunds: sdk(5),
  unknownRequest: sdk(6),
  invalidAddress: sdk(7),
  invalidPubKey: sdk(8),
  unknownAddress: sdk(9),
  invalidCoins: sdk(10),
  outOfGas: sdk(11),
  memoTooLarge: sdk(12),
  insufficientFee: sdk(13),
  tooManySignatures: sdk(14),
  noSignatures: sdk(15),
  invalidRequest: sdk(18),
  txTooLarge: sdk(21),
  invalidSigner: sdk(24),
  invalidHeight: sdk(26),
  invalidChainId: sdk(28),
  invalidType: sdk(29),
  txTimeoutHeight: sdk(30),
  unknownExtensionOptions: sdk(31),
  wrongSequence: sdk(32),
  unpackAny: sdk(34),
  logic: sdk(35),
  notSupported: sdk(37),
  notFound: sdk(38),
  invalidGasLimit: sdk(41),
};

/**
 * Node-local refusals (not consensus rules, no SDK equivalent): CheckTx of a node that must not
 * take new txs now (stalled, below its free-disk floor); another node may accept the same tx.
 */
export const nodeErrors = {
  notAcceptingTxs: (message: string) => new AppError("node", 1, message),
};

/** Errors that are not AppErrors are bugs or environment failures; they must not leak as a tx result. */
export function asAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new AppError("undefined", 1, `internal error: ${message}`);
}

// Query failures read the way the SDK's gRPC-over-ABCI errors read: CosmJS matches
// "rpc error: code = NotFound" to turn a missing account into `null`.
export const queryErrors = {
  notFound: (msg: string) => new AppError("sdk", 22, `rpc error: code = NotFound desc = ${msg}: key not found`),
  invalidArgument: (msg: string) => new AppError("sdk", 18, `rpc error: code = InvalidArgument desc = ${msg}: invalid request`),
};
