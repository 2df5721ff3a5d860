// tx slashing unjail and query slashing params|signing-info|signing-infos (the SDK's x/slashing CLI).
import * as q from "cosmjs-types/cosmos/slashing/v1beta1/query";
import * as pb from "cosmjs-types/cosmos/slashing/v1beta1/slashing";
import * as tx from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { nodeOption } from "../../chain/cli/args.ts";
import { openKeyring } from "../../chain/cli/keys-commands.ts";
import { timestampJson } from "../../chain/cli/query.ts";
import { RpcClient } from "../../chain/cli/rpc.ts";
import { parseIntArg, signAndBroadcast, txOptions } from "../../chain/cli/tx.ts";
import { requirePositionals, UsageError, type Command } from "../../chain/cli/util.ts";
import { CONSENSUS_PREFIX, fromBech32, toBech32 } from "../../chain/crypto/bech32.ts";
import { Dec } from "../../chain/types/dec.ts";
import { durationToJson } from "../staking/params.ts";
import { consAddressBytes, valoperOf } from "../staking/types.ts";

const txUsage = "[--keyring-backend file|test] [--home DIR] [--node URL] [--chain-id ID] [--fees 200000gwei | --gas auto --gas-prices 1gwei]";
const qOptions = { ...nodeOption, height: { type: "string" as const } };

/**
 * A validator's consensus address from an stvalcons1… address or, as the SDK's `signing-info` takes
 * it, its consensus public key JSON ({"@type":"/cosmos.crypto.ed25519.PubKey","key":"<base64>"}).
 */
export function consAddressArg(a: string): string {
  const text = a.trim();
  if (text.startsWith("{")) {
    let j: any;
    try {
      j = JSON.parse(text);
    } catch (e) {
      throw new UsageError(`<validator-conspub>: not valid JSON: ${(e as Error).message}`);
    }
    if (j?.["@type"] !== "/cosmos.crypto.ed25519.PubKey" || typeof j.key !== "string") throw new UsageError('<validator-conspub>: expected {"@type":"/cosmos.crypto.ed25519.PubKey","key":"<base64>"}');
    const key = Buffer.from(j.key, "base64");
    if (key.length !== 32) throw new UsageError(`<validator-conspub>: an ed25519 key has 32 bytes, got ${key.length}`);
    return toBech32(CONSENSUS_PREFIX, consAddressBytes(new Uint8Array(key)));
  }
  try {
    fromBech32(text, CONSENSUS_PREFIX);
  } catch (e) {
    throw new UsageError(`<validator-conspub>: ${(e as Error).message} (expected an stvalcons1… address or the consensus pubkey JSON)`);
  }
  return text;
}

const decJson = (b: Uint8Array) => Dec.fromProtoString(new TextDecoder().decode(b) || "0").toString();
const paramsJson = (p: pb.Params) => ({
  signed_blocks_window: p.signedBlocksWindow.toString(),
  min_signed_per_window: decJson(p.minSignedPerWindow),
  downtime_jail_duration: durationToJson({ seconds: p.downtimeJailDuration?.seconds ?? 0n, nanos: p.downtimeJailDuration?.nanos ?? 0 }),
  slash_fraction_double_sign: decJson(p.slashFractionDoubleSign),
  slash_fraction_downtime: decJson(p.slashFractionDowntime),
});
const infoJson = (i: pb.ValidatorSigningInfo) => ({
  address: i.address,
  start_height: i.startHeight.toString(),
  index_offset: i.indexOffset.toString(),
  jailed_until: timestampJson(i.jailedUntil?.seconds ?? 0n, i.jailedUntil?.nanos ?? 0),
  tombstoned: i.tombstoned,
  missed_blocks_counter: i.missedBlocksCounter.toString(),
});

async function query(values: Record<string, any>, method: string, req: Uint8Array): Promise<Uint8Array> {
  const height = values.height ? parseIntArg("--height", values.height) : undefined;
  return new RpcClient(values.node).query(`/cosmos.slashing.v1beta1.Query/${method}`, req, height);
}
const print = (j: unknown) => console.log(JSON.stringify(j, null, 2));

export const slashingCommands: Command[] = [
  {
    name: "tx slashing unjail",
    summary: "Unjail the validator operated by <from-key> (after its jail time; never after a double sign)",
    usage: `tx slashing unjail <from-key> ${txUsage}`,
    options: txOptions,
    async run({ values, positionals }) {
      const [from] = requirePositionals(positionals, ["from-key"]);
      const account = (await (await openKeyring(values, false)).show(from)).address;
      const msg: tx.MsgUnjail = { validatorAddr: valoperOf(account) };
      await signAndBroadcast(values, from, [{ typeUrl: tx.MsgUnjail.typeUrl, value: tx.MsgUnjail.encode(msg).finish() }]);
    },
  },
  {
    name: "query slashing params",
    summary: "Slashing parameters (signed-blocks window, min signed, jail duration, slash fractions)",
    usage: "query slashing params [--node URL] [--height N]",
    options: qOptions,
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      print(paramsJson(q.QueryParamsResponse.decode(await query(values, "Params", q.QueryParamsRequest.encode({}).finish())).params));
    },
  },
  {
    name: "query slashing signing-info",
    summary: "A validator's signing info (missed blocks, jailed until, tombstoned)",
    usage: "query slashing signing-info <stvalcons-address | validator-conspub JSON> [--node URL] [--height N]",
    options: qOptions,
    async run({ values, positionals }) {
      const [addr] = requirePositionals(positionals, ["validator-conspub"]);
      const res = q.QuerySigningInfoResponse.decode(await query(values, "SigningInfo", q.QuerySigningInfoRequest.encode({ consAddress: consAddressArg(addr) }).finish()));
      print(infoJson(res.valSigningInfo));
    },
  },
  {
    name: "query slashing signing-infos",
    summary: "Every validator's signing info",
    usage: "query slashing signing-infos [--limit N] [--node URL] [--height N]",
    options: { ...qOptions, limit: { type: "string" as const } },
    async run({ values, positionals }) {
      requirePositionals(positionals, []);
      const limit = values.limit ? parseIntArg("--limit", values.limit) : undefined;
      const res = q.QuerySigningInfosResponse.decode(await query(values, "SigningInfos", q.QuerySigningInfosRequest.encode({ pagination: limit ? { key: new Uint8Array(), offset: 0n, limit, countTotal: false, reverse: false } : undefined }).finish()));
      print({ info: res.info.map(infoJson), pagination: { next_key: res.pagination?.nextKey?.length ? Buffer.from(res.pagination.nextKey).toString("base64") : null, total: (res.pagination?.total ?? 0n).toString() } });
    },
  },
];
