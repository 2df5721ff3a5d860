// The auth module's ante handler: every check a tx must pass before its messages run, in the Cosmos
// SDK's order (timeout height, memo, tx-size gas, fee, pubkeys, signature gas, signatures,
// sequences). The composition root injects it into the app (chain/app knows no accounts).
import type { AminoTypes } from "@cosmjs/stargate";
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
 * Signatures already verified, per decoded tx. The app decodes a tx once and hands the same
 * DecodedTx object to CheckTx, every ReCheckTx and FinalizeBlock (chain/app DecodedTxCache), so a
 * WeakMap on it remembers which signatures verified and against what: the signature check is a
 * pure function of (tx bytes, signer index, chain id, account number, sequence, public key), and
 * a hit requires all of these to be unchanged, so it accepts exactly what verification would, in
 * any mode. No sign bytes are rebuilt and nothing is hashed on a hit; entries die with the tx.
 */
export class VerifiedSignatures {
  private readonly byTx = new WeakMap<DecodedTx, (VerifiedAgainst | undefined)[]>();

  has(tx: DecodedTx, i: number, v: VerifiedAgainst): boolean {
    const w = this.byTx.get(tx)?.[i];
    return (
      w !== undefined &&
      w.chainId === v.chainId &&
      w.accountNumber === v.accountNumber &&
      w.sequence === v.sequence &&
      Buffer.from(w.key.buffer, w.key.byteOffset, w.key.byteLength).equals(v.key)
    );
  }
  add(tx: DecodedTx, i: number, v: VerifiedAgainst): void {
    let list = this.byTx.get(tx);
    if (!list) this.byTx.set(tx, (list = []));
    list[i] = v;
  }
}

interface VerifiedAgainst {
  chainId: string;
  accountNumber: bigint;
  sequence: bigint;
  key: Uint8Array;
}

export interface AnteDeps {
  auth: AuthKeeper;
  bank: Pick<BankKeeper, "sendCoins">;
  /** The app's amino converters, for LEGACY_AMINO_JSON sign bytes. */
  aminoTypes: AminoTypes;
  /** Other amino names accepted for LEGACY_AMINO_JSON (stratos-chain's legacy codec names). */
  legacyAminoTypes?: AminoTypes;
}

/** The ante handler of one app instance; it keeps its own memo of verified signatures. */
export function authAnteHandler(deps: AnteDeps): AnteHandler {
  const verified = new VerifiedSignatures();
  return (ctx, tx, opts) => runAnte(ctx, tx, { ...deps, verified, config: opts });
}

/**
 * ReCheckTx (after every block, for each tx still in the mempool) runs the same steps, but the
 * signatures it finds in the memo are not verified again and nothing is decoded again (the app
 * reuses the DecodedTx): what a block can have changed is still checked against the new state —
 * timeout height, params, fee payer's balance, accounts, stored keys, sequences.
 */
export function runAnte(ctx: Context, tx: DecodedTx, deps: AnteDeps & { verified: VerifiedSignatures; config: AnteOptions }): void {
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
      // Genesis transactions (gentxs) are signed with account number 0, as the SDK verifies them at
      // genesis: they are made before the genesis (and its account numbers) is final.
      const accountNumber = ctx.mode === "genesis" ? 0n : account.accountNumber;
      const against: VerifiedAgainst = { chainId: ctx.chainId, accountNumber, sequence: account.sequence, key: keys[i].key };
      const amino = deps.legacyAminoTypes ? [deps.aminoTypes, deps.legacyAminoTypes] : [deps.aminoTypes];
      const sig = tx.raw.signatures[i];
      let verified = deps.verified.has(tx, i, against); // verified before against the same inputs
      // One candidate except for amino-signed Stratos Msgs (proto amino.name or legacy codec names).
      if (!verified) {
        for (const signBytes of signBytesCandidates(tx, i, against, amino)) {
          if (!keys[i].verify(signBytes, sig)) continue;
          if (checking) deps.verified.add(tx, i, against);
          verified = true;
          break;
        }
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
