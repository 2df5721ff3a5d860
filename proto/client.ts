// Client kit for the Stratos messages: a CosmJS Registry with every Stratos Msg, amino converters
// that reproduce the Go chain's legacy amino JSON, type URLs and typed message values.
//
//   const client = await SigningStargateClient.connectWithSigner(url, wallet, {
//     registry: stratosRegistry(), aminoTypes: stratosAminoTypes(), gasPrice });
//   await client.signAndBroadcast(addr, [{ typeUrl: typeUrls.sds.MsgPrepay, value: { sender, beneficiary, amount } }], "auto");
//
// The messages are ts-proto's (proto/gen/), generated as cosmjs-types are: plain interfaces with
// camelCase fields, a codec object of the same name with encode/decode/fromPartial/fromJSON/toJSON,
// cosmos.Int amounts as decimal strings, cosmos.Dec as the wire form (value x 10^18 as an integer
// string), bytes as Uint8Array, 64-bit integers as bigint.
//
// The pieces: proto/registry.ts (type URLs, Registry), proto/amino.ts (the amino JSON rules) and
// each module's modules/<name>/amino.ts (its Msgs' amino layout), collected here.
//
// Amino type names: by default the (amino.name) option of the upstream protos ("stratos/MsgPrepay").
// stratos-chain 0.47 itself signs with the names its legacy codec registers ("sds/PrepayTx");
// pass { names: "legacy" } for those. See proto/README.md.
import type { EncodeObject } from "@cosmjs/proto-signing";
import { AminoTypes, createDefaultAminoConverters, type AminoConverters } from "@cosmjs/stargate";
import { potAminoMsgs } from "../modules/pot/amino.ts";
import { registerAminoMsgs } from "../modules/register/amino.ts";
import { sdsAminoMsgs } from "../modules/sds/amino.ts";
import { aminoConverters, type AminoMsgDef, type StratosAminoOptions } from "./amino.ts";
import type { StratosEncodeObject, StratosTypeUrl } from "./registry.ts";

export { cosmos, google, stratos } from "./gen/index.ts";
export * from "./registry.ts";
export { ed25519PubkeyAny, pubkeyAminoNames, pubkeyFromAmino, pubkeyToAmino, type AminoPubkey, type StratosAminoOptions } from "./amino.ts";

const msgDefs: readonly AminoMsgDef[] = [...registerAminoMsgs, ...sdsAminoMsgs, ...potAminoMsgs];

/** typeUrl → (amino.name) of the upstream protos. */
export const aminoNames: Readonly<Record<StratosTypeUrl, string>> = Object.fromEntries(msgDefs.map((d) => [d.typeUrl, d.aminoName])) as any;

/**
 * typeUrl → name stratos-chain (Cosmos SDK 0.47) registers with its legacy amino codec, which is
 * the "type" its SIGN_MODE_LEGACY_AMINO_JSON sign bytes carry. MsgUpdateEffectiveDeposit and
 * MsgKickMetaNodeVote are not registered there (their Go sign bytes have no type/value wrapper);
 * they keep their (amino.name) here.
 */
export const legacyAminoNames: Readonly<Record<StratosTypeUrl, string>> = Object.fromEntries(
  msgDefs.map((d) => [d.typeUrl, d.legacyName ?? d.aminoName]),
) as any;

/** Amino converters for every Stratos Msg. */
export function stratosAminoConverters(options: StratosAminoOptions = {}): AminoConverters {
  return aminoConverters(msgDefs, options);
}

/** AminoTypes with CosmJS's default (SDK) converters plus the Stratos ones. */
export function stratosAminoTypes(options: StratosAminoOptions = {}): AminoTypes {
  return new AminoTypes({ ...createDefaultAminoConverters(), ...stratosAminoConverters(options) });
}

/** The amino field layout of each Msg (message field → JSON name), for tests and tooling. */
export function aminoFieldNames(typeUrl: StratosTypeUrl): Array<{ key: string; json: string }> {
  const d = msgDefs.find((m) => m.typeUrl === typeUrl);
  if (!d) throw new Error(`unknown type URL ${typeUrl}`);
  return d.spec.map(({ key, json }) => ({ key, json }));
}

/** Type guard for EncodeObjects carrying a Stratos Msg. */
export function isStratosEncodeObject(o: EncodeObject): o is StratosEncodeObject {
  return msgDefs.some((d) => d.typeUrl === o.typeUrl);
}
