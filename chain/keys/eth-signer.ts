/**
 * CosmJS-compatible signers (OfflineDirectSigner / OfflineAminoSigner) for Stratos keys of both types,
 * and signTxDirect() for building TxRaw bytes without CosmJS' client.
 *
 * Why the direct signer rewrites AuthInfo: SigningStargateClient 0.39 always builds the signer's
 * public key itself - encodePubkey(getAminoPubkey(account)) - and for algo "eth_secp256k1" that is
 * hard-coded to typeUrl "/cosmos.evm.crypto.v1.ethsecp256k1.PubKey" (the cosmos/evm type), not
 * Stratos' "/stratos.crypto.v1.ethsecp256k1.PubKey". But in direct mode the client puts the
 * `signed.authInfoBytes` returned by the signer into TxRaw (signers may legitimately alter the
 * SignDoc), so this signer swaps in the Stratos Any before signing. Amino mode offers no such hook:
 * the client builds AuthInfo from the account after signing, so eth keys signed through
 * SigningStargateClient in amino mode carry the cosmos/evm type URL (accepted only via
 * pubKeyFromAny's allowCosmosEvmEthAlias option).
 */
import { serializeSignDoc, type AminoSignResponse, type OfflineAminoSigner, type StdSignDoc, type StdSignature } from "@cosmjs/amino";
import {
  makeAuthInfoBytes,
  makeSignBytes,
  makeSignDoc,
  type AccountData,
  type DirectSignResponse,
  type OfflineDirectSigner,
} from "@cosmjs/proto-signing";
import { PubKey as ProtoPubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, TxBody, TxRaw, type SignDoc } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { Any } from "cosmjs-types/google/protobuf/any";
import {
  COSMOS_EVM_ETH_SECP256K1_PUBKEY_TYPE,
  ETH_SECP256K1_AMINO_PUBKEY_NAME,
  ETH_SECP256K1_PUBKEY_TYPE,
  SECP256K1_AMINO_PUBKEY_NAME,
  SECP256K1_PUBKEY_TYPE,
  type KeyType,
} from "../crypto/pubkey.ts";
import { DEFAULT_HD_PATH, deriveKey } from "./hd.ts";
import { signerFromPrivateKey, type Signer } from "./signer.ts";

function accountData(signer: Signer): AccountData {
  // "eth_secp256k1" makes CosmJS derive the keccak address and pick its eth pubkey encoding.
  return { address: signer.address, algo: signer.keyType, pubkey: signer.pubkey.key };
}

function stdSignature(signer: Signer, signature: Uint8Array): StdSignature {
  return {
    pub_key: {
      // Stratos' legacy amino names (CosmJS would say "os/PubKeyEthSecp256k1" for the eth type).
      type: signer.keyType === "secp256k1" ? SECP256K1_AMINO_PUBKEY_NAME : ETH_SECP256K1_AMINO_PUBKEY_NAME,
      value: Buffer.from(signer.pubkey.key).toString("base64"),
    },
    signature: Buffer.from(signature).toString("base64"),
  };
}

function checkAddress(signer: Signer, signerAddress: string): void {
  if (signerAddress !== signer.address) throw new Error(`signer address ${signerAddress} does not match this key (${signer.address})`);
}

const REWRITABLE = new Set([SECP256K1_PUBKEY_TYPE, COSMOS_EVM_ETH_SECP256K1_PUBKEY_TYPE, ETH_SECP256K1_PUBKEY_TYPE]);

/** Replace any signer_info public key that carries our key bytes under a different type URL. */
function withOwnPubkey(authInfoBytes: Uint8Array, signer: Signer): Uint8Array {
  const own = signer.pubkey.toAny();
  const authInfo = AuthInfo.decode(authInfoBytes);
  let changed = false;
  for (const info of authInfo.signerInfos) {
    const pk = info.publicKey;
    if (!pk || pk.typeUrl === own.typeUrl || !REWRITABLE.has(pk.typeUrl)) continue;
    let key: Uint8Array;
    try {
      key = ProtoPubKey.decode(pk.value).key;
    } catch {
      continue;
    }
    if (Buffer.compare(Buffer.from(key), Buffer.from(signer.pubkey.key)) === 0) {
      info.publicKey = own;
      changed = true;
    }
  }
  // Leave the bytes untouched when nothing changed (re-encoding could normalise them).
  return changed ? AuthInfo.encode(authInfo).finish() : authInfoBytes;
}

export class StratosDirectSigner implements OfflineDirectSigner {
  constructor(readonly signer: Signer) {}

  static fromPrivateKey(privkey: Uint8Array, keyType: KeyType): StratosDirectSigner {
    return new StratosDirectSigner(signerFromPrivateKey(privkey, keyType));
  }

  static async fromMnemonic(mnemonic: string, keyType: KeyType = "eth_secp256k1", hdPath = DEFAULT_HD_PATH): Promise<StratosDirectSigner> {
    const { privkey } = await deriveKey(mnemonic, keyType, hdPath);
    return StratosDirectSigner.fromPrivateKey(privkey, keyType);
  }

  readonly getAccounts = async (): Promise<readonly AccountData[]> => [accountData(this.signer)];

  readonly signDirect = async (signerAddress: string, signDoc: SignDoc): Promise<DirectSignResponse> => {
    checkAddress(this.signer, signerAddress);
    const signed: SignDoc = { ...signDoc, authInfoBytes: withOwnPubkey(signDoc.authInfoBytes, this.signer) };
    const signature = this.signer.sign(makeSignBytes(signed));
    return { signed, signature: stdSignature(this.signer, signature) };
  };
}

/** Amino-JSON (SIGN_MODE_LEGACY_AMINO_JSON) signer; a separate object because CosmJS picks direct mode whenever signDirect exists. */
export class StratosAminoSigner implements OfflineAminoSigner {
  constructor(readonly signer: Signer) {}

  static fromPrivateKey(privkey: Uint8Array, keyType: KeyType): StratosAminoSigner {
    return new StratosAminoSigner(signerFromPrivateKey(privkey, keyType));
  }

  static async fromMnemonic(mnemonic: string, keyType: KeyType = "eth_secp256k1", hdPath = DEFAULT_HD_PATH): Promise<StratosAminoSigner> {
    const { privkey } = await deriveKey(mnemonic, keyType, hdPath);
    return StratosAminoSigner.fromPrivateKey(privkey, keyType);
  }

  readonly getAccounts = async (): Promise<readonly AccountData[]> => [accountData(this.signer)];

  readonly signAmino = async (signerAddress: string, signDoc: StdSignDoc): Promise<AminoSignResponse> => {
    checkAddress(this.signer, signerAddress);
    const signature = this.signer.sign(serializeSignDoc(signDoc));
    return { signed: signDoc, signature: stdSignature(this.signer, signature) };
  };
}

export interface SignTxDirectParams {
  signer: Signer;
  chainId: string;
  accountNumber: number | bigint;
  sequence: number | bigint;
  /** Already-encoded messages. */
  messages: Any[];
  fee: { amount: readonly Coin[]; gas: string | number | bigint; granter?: string; payer?: string };
  memo?: string;
  timeoutHeight?: number | bigint;
}

/** SIGN_MODE_DIRECT TxRaw bytes for one signer, with the signer's own pubkey type URL. */
export function signTxDirect(p: SignTxDirectParams): Uint8Array {
  const bodyBytes = TxBody.encode(
    TxBody.fromPartial({
      messages: p.messages,
      memo: p.memo ?? "",
      timeoutHeight: BigInt(p.timeoutHeight ?? 0),
    }),
  ).finish();
  const gas = Number(p.fee.gas);
  if (!Number.isSafeInteger(gas) || gas < 0) throw new Error(`invalid gas limit '${String(p.fee.gas)}'`);
  const authInfoBytes = makeAuthInfoBytes(
    [{ pubkey: p.signer.pubkey.toAny(), sequence: BigInt(p.sequence) }],
    p.fee.amount,
    gas,
    p.fee.granter,
    p.fee.payer,
    SignMode.SIGN_MODE_DIRECT,
  );
  const signDoc = makeSignDoc(bodyBytes, authInfoBytes, p.chainId, BigInt(p.accountNumber));
  const signature = p.signer.sign(makeSignBytes(signDoc));
  return TxRaw.encode(TxRaw.fromPartial({ bodyBytes, authInfoBytes, signatures: [signature] })).finish();
}

/**
 * The body and auth info of a tx with several signers (a message such as MsgSlashingResourceNode
 * lists them all): built once by whoever assembles it; each signer then signs its own SignDoc
 * (`signDocBytes` with its account number) and TxRaw carries the signatures in signer order.
 */
export function multiSignerTxParts(p: {
  messages: Any[];
  memo?: string;
  signers: { pubkey: Any; sequence: bigint }[];
  fee: { amount: Coin[]; gas: bigint | number };
}): { bodyBytes: Uint8Array; authInfoBytes: Uint8Array } {
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: p.messages, memo: p.memo ?? "" })).finish();
  const gas = Number(p.fee.gas);
  if (!Number.isSafeInteger(gas) || gas < 0) throw new Error(`invalid gas limit '${String(p.fee.gas)}'`);
  const authInfoBytes = makeAuthInfoBytes(p.signers, p.fee.amount, gas, undefined, undefined, SignMode.SIGN_MODE_DIRECT);
  return { bodyBytes, authInfoBytes };
}

/** The bytes one signer of a direct-mode tx signs. */
export function signDocBytes(bodyBytes: Uint8Array, authInfoBytes: Uint8Array, chainId: string, accountNumber: bigint): Uint8Array {
  return makeSignBytes(makeSignDoc(bodyBytes, authInfoBytes, chainId, accountNumber));
}
