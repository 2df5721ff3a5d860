// Bench accounts and pre-signed MsgSend txs for our chain, built from raw primitives: private
// keys derived deterministically (sha256 of a label) instead of BIP39/BIP32 derivations, which
// take tens of ms each; addresses via chain/crypto; SIGN_MODE_DIRECT signatures via
// signSecp256k1(sha256(SignDoc)).
import { makeAuthInfoBytes } from "@cosmjs/proto-signing";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { SignDoc, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { ACCOUNT_PREFIX, toBech32 } from "../../chain/crypto/bech32.ts";
import { sha256 } from "../../chain/crypto/hash.ts";
import { addressFromPubKey, SECP256K1_PUBKEY_TYPE } from "../../chain/crypto/pubkey.ts";
import { publicKeyFromPrivate, signSecp256k1 } from "../../chain/crypto/secp256k1.ts";
import { readGenesis, writeGenesis } from "../../chain/node/genesis.ts";

export interface BenchAccount {
  priv: Uint8Array;
  /** 33-byte compressed key. */
  pub: Uint8Array;
  address: string;
  /** Assigned in genesis order (addBenchGenesisAccounts), starting at 0. */
  accountNumber: bigint;
}

export function benchAccounts(n: number, label = "stratos-chain-throughput-bench"): BenchAccount[] {
  const out: BenchAccount[] = [];
  for (let i = 0; i < n; i++) {
    // sha256 output is a valid scalar except with probability ~2^-128; publicKeyFromPrivate checks.
    const priv = sha256(new TextEncoder().encode(`${label}/${i}`));
    const pub = publicKeyFromPrivate(priv, true);
    out.push({ priv, pub, address: toBech32(ACCOUNT_PREFIX, addressFromPubKey("secp256k1", pub)), accountNumber: BigInt(i) });
  }
  return out;
}

/**
 * Writes all accounts into genesis in one go, in the layout `stratos-chain genesis add-account`
 * produces (BaseAccount with account_number = index, a bank balance, supply left to InitChain).
 * The genesis must not contain other accounts (account numbers are the indexes).
 */
export function addBenchGenesisAccounts(home: string, accounts: BenchAccount[], balanceWei: bigint): void {
  const genesis = readGenesis(home);
  if (genesis.app_state.auth.accounts.length > 0) throw new Error("bench genesis must start without accounts");
  genesis.app_state.auth.accounts = accounts.map((a) => ({
    "@type": "/cosmos.auth.v1beta1.BaseAccount",
    address: a.address,
    pub_key: null,
    account_number: a.accountNumber.toString(),
    sequence: "0",
  }));
  genesis.app_state.bank.balances = accounts.map((a) => ({ address: a.address, coins: [{ denom: "wei", amount: balanceWei.toString() }] }));
  genesis.app_state.bank.supply = [];
  writeGenesis(home, genesis);
}

export interface SendTxOptions {
  chainId: string;
  gas: bigint;
  /** wei per gas */
  gasPrice: bigint;
  amountWei?: bigint;
}

/** One signed MsgSend from `from` (with the given sequence) to `to`. */
export function signedSend(from: BenchAccount, to: BenchAccount, sequence: bigint, o: SendTxOptions): Uint8Array {
  const msg = MsgSend.encode({ fromAddress: from.address, toAddress: to.address, amount: [{ denom: "wei", amount: (o.amountWei ?? 1n).toString() }] }).finish();
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: [{ typeUrl: MsgSend.typeUrl, value: msg }] })).finish();
  const pubkey = { typeUrl: SECP256K1_PUBKEY_TYPE, value: Uint8Array.from([0x0a, from.pub.length, ...from.pub]) };
  const authInfoBytes = makeAuthInfoBytes([{ pubkey, sequence }], [{ denom: "wei", amount: (o.gas * o.gasPrice).toString() }], Number(o.gas), undefined, undefined);
  const signDoc = SignDoc.encode({ bodyBytes, authInfoBytes, chainId: o.chainId, accountNumber: from.accountNumber }).finish();
  const signature = signSecp256k1(from.priv, sha256(signDoc));
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [signature] }).finish();
}

/**
 * lanes[i] = the txs of account i, sequences 0..perAccount-1, each sending 1 wei to the next
 * account. A lane must be broadcast in order (the ante handler checks sequences in CheckTx).
 */
export function signedSendLanes(accounts: BenchAccount[], total: number, o: SendTxOptions): Uint8Array[][] {
  const lanes: Uint8Array[][] = accounts.map(() => []);
  // Spread `total` as evenly as possible: the first (total % n) accounts send one more.
  for (let k = 0; k < total; k++) {
    const i = k % accounts.length;
    lanes[i].push(signedSend(accounts[i], accounts[(i + 1) % accounts.length], BigInt(lanes[i].length), o));
  }
  return lanes.filter((l) => l.length > 0);
}

/**
 * CometBFT kvstore txs ("key=value", exactly one '=' and no ':') with the same byte sizes as
 * `like`, lane by lane, so both chains move the same bytes through the same mempool and blocks.
 */
export function kvstoreLanesLike(like: Uint8Array[][]): Uint8Array[][] {
  return like.map((lane, i) =>
    lane.map((tx, j) => {
      const key = `bench${i}_${j}=`;
      const pad = Math.max(1, tx.length - key.length);
      return new TextEncoder().encode(key + "v".repeat(pad));
    }),
  );
}
