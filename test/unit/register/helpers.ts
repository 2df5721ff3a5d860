// Shared fixtures for the register tests: SDS node keys, register genesis entries, signed txs
// (also multi-signer ones, which MsgUpdateEffectiveDeposit needs).
import { makeAuthInfoBytes, makeSignBytes, makeSignDoc } from "@cosmjs/proto-signing";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { sha256 } from "../../../chain/crypto/hash.ts";
import { blsPopProve, blsPublicKey, blsSecretKeyFromSeed } from "../../../chain/crypto/bls.ts";
import type { Signer } from "../../../chain/keys/signer.ts";
import { PrefixKV } from "../../../chain/app/kv.ts";
import { stratos } from "../../../proto/client.ts";
import { ed25519PubKeyAny, sdsAddressOfPubKey } from "../../../modules/register/types.ts";
import { REGISTER_STORE_PREFIX } from "../../../modules/register/keeper.ts";
import { AppHarness, CHAIN_ID, genesisWith } from "../../helpers/app.ts";

export const STOS = 10n ** 18n;
export const GWEI = 1_000_000_000n;

export interface NodeKey {
  pubkey: { typeUrl: string; value: Uint8Array };
  address: string;
  keyB64: string;
}

export function nodeKey(name: string): NodeKey {
  const key = sha256(new TextEncoder().encode(`sds-node/${name}`));
  const pubkey = ed25519PubKeyAny(key);
  return { pubkey, address: sdsAddressOfPubKey(pubkey), keyB64: Buffer.from(key).toString("base64") };
}

export interface BlsKey {
  sk: Uint8Array;
  pubKey: Uint8Array;
  pop: Uint8Array;
}
const blsCache = new Map<string, BlsKey>();
/** Deterministic BLS12-381 key (+ proof of possession) for an SDS node key (README change #8). */
export function blsKeyOf(k: NodeKey): BlsKey {
  let b = blsCache.get(k.address);
  if (!b) {
    const sk = blsSecretKeyFromSeed(sha256(new TextEncoder().encode(`bls/${k.address}`)));
    b = { sk, pubKey: blsPublicKey(sk), pop: blsPopProve(sk) };
    blsCache.set(k.address, b);
  }
  return b;
}

const desc = (moniker: string) => ({ moniker, identity: "", website: "", security_contact: "", details: "" });

export function genesisMetaNode(k: NodeKey, owner: string, tokens: bigint, opts: { status?: string; suspend?: boolean; creation?: string } = {}) {
  return {
    network_address: k.address,
    pubkey: { "@type": "/cosmos.crypto.ed25519.PubKey", key: k.keyB64 },
    suspend: opts.suspend ?? false,
    status: opts.status ?? "BOND_STATUS_BONDED",
    tokens: tokens.toString(),
    owner_address: owner,
    description: desc("meta"),
    creation_time: opts.creation ?? "2023-11-14T22:13:20Z",
    beneficiary_address: owner,
    bls_pub_key: Buffer.from(blsKeyOf(k).pubKey).toString("base64"),
  };
}

export function genesisResourceNode(k: NodeKey, owner: string, tokens: bigint, effective: bigint, opts: { suspend?: boolean } = {}) {
  return {
    network_address: k.address,
    pubkey: { "@type": "/cosmos.crypto.ed25519.PubKey", key: k.keyB64 },
    suspend: opts.suspend ?? false,
    status: "BOND_STATUS_BONDED",
    tokens: tokens.toString(),
    owner_address: owner,
    description: desc("resource"),
    creation_time: "2023-11-14T22:13:20Z",
    node_type: 4,
    effective_tokens: effective.toString(),
    beneficiary_address: owner,
  };
}

/** Genesis with funded accounts and a register section (merged over defaults). */
export function registerGenesis(funded: { address: string; wei: bigint }[], register: Record<string, unknown> = {}) {
  const g = genesisWith(funded);
  g.register = register;
  return g;
}

/** A tx carrying `messages`, signed in SIGN_MODE_DIRECT by each of `signers` (in that order). */
export function signTx(h: AppHarness, signers: Signer[], messages: { typeUrl: string; value: Uint8Array }[], gas = 400_000n): Uint8Array {
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages, memo: "" })).finish();
  const accounts = signers.map((s) => h.account(s.address)!);
  const authInfoBytes = makeAuthInfoBytes(
    signers.map((s, i) => ({ pubkey: s.pubkey.toAny(), sequence: accounts[i].sequence })),
    [{ denom: "wei", amount: (gas * GWEI).toString() }],
    Number(gas),
    undefined,
    undefined,
    SignMode.SIGN_MODE_DIRECT,
  );
  const signatures = signers.map((s, i) => s.sign(makeSignBytes(makeSignDoc(bodyBytes, authInfoBytes, CHAIN_ID, accounts[i].accountNumber))));
  return TxRaw.encode(TxRaw.fromPartial({ bodyBytes, authInfoBytes, signatures })).finish();
}

const pb = stratos.register.v1;
type Codec = { encode(m: any): { finish(): Uint8Array }; fromPartial(o: any): any };
export function msg(name: keyof typeof pb & string, value: Record<string, unknown>) {
  return { typeUrl: `/stratos.register.v1.${name}`, value: ((pb as any)[name] as Codec).encode(((pb as any)[name] as Codec).fromPartial(value)).finish() };
}

export const description = (moniker = "node") => ({ moniker, identity: "", website: "", securityContact: "", details: "" });

/** Every key/value under "register/", hex, for comparing states. */
export function registerState(h: AppHarness): [string, string][] {
  const ctx = h.readCtx();
  return [...new PrefixKV(ctx.store, REGISTER_STORE_PREFIX).iterate(new Uint8Array())].map(([k, v]) => [
    Buffer.from(k).toString("hex"),
    Buffer.from(v).toString("hex"),
  ]);
}

export function query<T>(h: AppHarness, method: string, reqCodec: Codec, req: Record<string, unknown>, resCodec: { decode(b: Uint8Array): T }) {
  return h.query(`/stratos.register.v1.Query/${method}`, reqCodec.encode(reqCodec.fromPartial(req)).finish(), (b) => resCodec.decode(b));
}
