// The auth module's ante handler: every check a tx must pass before its messages run, in the Cosmos
// SDK's order (timeout height, memo, tx-size gas, fee, pubkeys, signature gas, signatures,
// sequences). The composition root injects it into the app (chain/app knows no accounts).
import type { AminoTypes } from "@cosmjs/stargate";
import { createHash } from "node:crypto";
import type { AnteHandler, AnteOptions } from "../../chain/app/app.ts";
import type { Context } from "../../chain/app/context.ts";
import { errors } from "../../chain/app/errors.ts";
import { pubKeyFromAny, type AccountPubKey } from "../../chain/crypto/pubkey.ts";
import type { DecodedTx } from "../../chain/tx/decode.ts";
import { signBytesCandidates } from "../../chain/tx/sign-doc.ts";
import { coinsFromWire, formatCoins, type Coin } from "../../chain/types/coins.ts";
import type { BankKeeper } from "../bank/keeper.ts";
import { emitAccSeqEvent, emitFeeEvent, emitSignatureEvent } from "./events.ts";
import type { AuthKeeper } from "./keeper.ts";

export const FEE_COLLECTOR = "fee_collector";
export const FEE_DENOM = "wei";

/**
 * Verified-signature cache. A signature checked at CheckTx is not checked again at FinalizeBlock:
 * ECDSA verification is the most expensive step of a tx and its result is a pure function of
 * (sign bytes, public key, signature), which is exactly the cache key, so a hit cannot accept a
 * signature that verification would reject, whatever changed in state since.
 */
export class SignatureCache {
  private readonly entries = new Set<string>();
  constructor(private readonly capacity = 200_000) {}

  static key(signBytes: Uint8Array, pubKey: Uint8Array, signature: Uint8Array): string {
    return createHash("sha256").update(signBytes).update(pubKey).update(signature).digest().toString("latin1");
  }
  has(k: string): boolean {
    return this.entries.has(k);
  }
  add(k: string): void {
    if (this.entries.size >= this.capacity) {
      // Sets iterate in insertion order: drop the oldest.
      const oldest = this.entries.values().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.add(k);
  }
  /** Once a tx is in a block its signatures will not be needed again. */
  delete(k: string): void {
    this.entries.delete(k);
  }
}

export interface AnteDeps {
  auth: AuthKeeper;
  bank: Pick<BankKeeper, "sendCoins">;
  /** The app's amino converters, for LEGACY_AMINO_JSON sign bytes. */
  aminoTypes: AminoTypes;
  /** Other amino names accepted for LEGACY_AMINO_JSON (stratos-chain's legacy codec names). */
  legacyAminoTypes?: AminoTypes;
}

/** The ante handler of one app instance; it keeps its own signature cache. */
export function authAnteHandler(deps: AnteDeps): AnteHandler {
  const sigCache = new SignatureCache();
  return (ctx, tx, opts) => runAnte(ctx, tx, { ...deps, sigCache, config: opts });
}

export function runAnte(ctx: Context, tx: DecodedTx, deps: AnteDeps & { sigCache: SignatureCache; config: AnteOptions }): void {
  const { auth, bank } = deps;
  const params = auth.getParams(ctx);
  const simulate = ctx.mode === "simulate";
  const checking = ctx.mode === "check" || ctx.mode === "recheck";

  const timeout = tx.body.timeoutHeight;
  if (timeout > 0n && ctx.height > timeout) {
    throw errors.txTimeoutHeight(`block height: ${ctx.height}, timeout height: ${timeout}: tx timeout height`);
  }
  const memoChars = [...tx.body.memo].length;
  if (BigInt(memoChars) > params.maxMemoCharacters) {
    throw errors.memoTooLarge(`maximum number of characters is ${params.maxMemoCharacters} but received ${memoChars} characters: memo too large`);
  }
  if (BigInt(tx.signers.length) > params.txSigLimit) {
    throw errors.tooManySignatures(`signatures: ${tx.signers.length}, limit: ${params.txSigLimit}: too many signatures`);
  }
  ctx.gasMeter.consume(params.txSizeCostPerByte * BigInt(tx.bytes.length), "txSize");

  // Fee.
  const fee = tx.authInfo.fee!;
  let feeCoins: Coin[];
  try {
    // The SDK's CLI simulates (--gas auto) with the fee of gas 0 × --gas-prices, i.e. "0wei":
    // simulation neither checks nor charges the fee amount, so zero entries are dropped there.
    feeCoins = coinsFromWire(simulate ? fee.amount.filter((c) => !/^0+$/.test(c.amount)) : fee.amount, "fee");
  } catch (e) {
    throw errors.insufficientFee(`invalid fee: ${(e as Error).message}`);
  }
  if (fee.granter) throw errors.notSupported("fee grants are not supported on this chain");
  const payer = fee.payer || tx.signers[0];
  if (!tx.signers.includes(payer)) throw errors.invalidRequest(`fee payer ${payer} must sign the tx`);
  if (checking && deps.config.minGasPrice > 0n) {
    // ceil(gas × price): the SDK rounds the required fee up.
    const required = fee.gasLimit * deps.config.minGasPrice;
    const paid = feeCoins.find((c) => c.denom === FEE_DENOM)?.amount ?? 0n;
    if (paid < required) {
      throw errors.insufficientFee(`insufficient fees; got: ${formatCoins(feeCoins) || "0" + FEE_DENOM} required: ${required}${FEE_DENOM}: insufficient fee`);
    }
  }
  if (!auth.hasAccount(ctx, payer)) throw errors.unknownAddress(`fee payer address: ${payer} does not exist: unknown address`);
  if (simulate && feeCoins.length === 0) {
    // Clients simulate with an empty fee (CosmJS does), but the real tx pays one: move a notional
    // 1 wei on the throwaway state so the estimate includes the fee transfer's store gas.
    try {
      bank.sendCoins(ctx, payer, auth.moduleAccountAddress(FEE_COLLECTOR), [{ denom: FEE_DENOM, amount: 1n }]);
    } catch {
      /* a payer that cannot pay will fail for real; the estimate is still useful */
    }
  } else if (feeCoins.length > 0) {
    try {
      // fee_collector exists since genesis: its address is derived, not read.
      bank.sendCoins(ctx, payer, auth.moduleAccountAddress(FEE_COLLECTOR), feeCoins);
    } catch (e) {
      const msg = (e as Error).message;
      throw errors.insufficientFunds(`${msg}: insufficient funds to pay for fees; ${formatCoins(feeCoins)}`);
    }
  }
  emitFeeEvent(ctx.events, formatCoins(feeCoins), payer);

  // Public keys: stored on an account's first tx, checked against its address.
  const keys: AccountPubKey[] = [];
  const accounts = tx.signers.map((signer, i) => {
    const account = auth.getAccount(ctx, signer);
    if (!account) throw errors.unknownAddress(`account ${signer} does not exist: unknown address`);
    const info = tx.authInfo.signerInfos[i];
    if (!info.publicKey && !account.pubKey) throw errors.invalidPubKey(`pubkey on account ${signer} is not set and the tx does not carry one`);
    let key: AccountPubKey;
    try {
      // CosmJS's amino path can only label eth keys "/cosmos.evm.crypto.v1.ethsecp256k1.PubKey";
      // it is the same key type, so it is read as Stratos' eth_secp256k1 and stored under that name.
      key = pubKeyFromAny(info.publicKey ?? account.pubKey!, { allowCosmosEvmEthAlias: true });
    } catch (e) {
      throw errors.invalidPubKey(`invalid pubkey for ${signer}: ${(e as Error).message}`);
    }
    if (account.pubKey) {
      const stored = pubKeyFromAny(account.pubKey);
      if (stored.type !== key.type || !Buffer.from(stored.key).equals(Buffer.from(key.key))) {
        throw errors.invalidPubKey(`pubkey does not match the one stored for ${signer}`);
      }
    } else {
      const derived = auth.addressFromKey(key);
      if (derived !== signer) throw errors.invalidPubKey(`pubkey does not match signer address ${signer} (it belongs to ${derived})`);
      account.pubKey = key.toAny();
    }
    keys.push(key);
    return account;
  });

  for (const [i, account] of accounts.entries()) {
    // SDK charges a fixed verification cost per signature, also when simulating (so estimates include it).
    ctx.gasMeter.consume(params.sigVerifyCostSecp256k1, "ante verify: secp256k1");
    const info = tx.authInfo.signerInfos[i];
    if (info.sequence !== account.sequence) {
      throw errors.wrongSequence(`account sequence mismatch, expected ${account.sequence}, got ${info.sequence}: incorrect account sequence`);
    }
    if (!simulate) {
      const signer = { chainId: ctx.chainId, accountNumber: account.accountNumber, sequence: account.sequence };
      const amino = deps.legacyAminoTypes ? [deps.aminoTypes, deps.legacyAminoTypes] : [deps.aminoTypes];
      const sig = tx.raw.signatures[i];
      // One candidate except for amino-signed Stratos Msgs (proto amino.name or legacy codec names).
      let verified = false;
      for (const signBytes of signBytesCandidates(tx, i, signer, amino)) {
        const cacheKey = SignatureCache.key(signBytes, keys[i].key, sig);
        if (deps.sigCache.has(cacheKey)) {
          if (ctx.mode === "deliver") deps.sigCache.delete(cacheKey);
        } else if (keys[i].verify(signBytes, sig)) {
          if (checking) deps.sigCache.add(cacheKey);
        } else continue;
        verified = true;
        break;
      }
      if (!verified) {
        throw errors.unauthorized(
          `signature verification failed; please verify account number (${account.accountNumber}), sequence (${account.sequence}) and chain-id (${ctx.chainId}): unauthorized`,
        );
      }
    }
    emitSignatureEvent(ctx.events, Buffer.from(tx.raw.signatures[i]).toString("base64"));
  }
  for (const account of accounts) {
    emitAccSeqEvent(ctx.events, account.address, account.sequence);
    account.sequence += 1n;
    auth.setAccount(ctx, account);
  }
}
