// What wallets and explorers need to add a running network: Keplr's experimentalSuggestChain
// object and the Cosmos chain registry's chain.json and assetlist.json. Built from the network's
// own facts (chain id from the node, URLs, the node's minimum gas price); the constants are the
// chain's: bech32 prefixes, coin type 606, one currency, wei with 18 decimals = 1 stos.
import {
  ACCOUNT_PREFIX,
  ACCOUNT_PUBKEY_PREFIX,
  CONSENSUS_PREFIX,
  CONSENSUS_PUBKEY_PREFIX,
  VALIDATOR_PREFIX,
  VALIDATOR_PUBKEY_PREFIX,
} from "../crypto/bech32.ts";
import { STRATOS_COIN_TYPE } from "../keys/hd.ts";

export const BASE_DENOM = "wei";
export const DISPLAY_DENOM = "stos";
export const DECIMALS = 18;

export interface ChainInfoInput {
  chainId: string;
  /** CometBFT RPC URL, e.g. http://127.0.0.1:26657 */
  rpc: string;
  /** REST (LCD) URL, e.g. http://127.0.0.1:1317 */
  rest: string;
  /** gRPC address, host:port */
  grpc?: string;
  /** The node's minimum gas price in wei per gas (the low step; average ×1.2, high ×1.6, as Stratos' registry entry). */
  minGasPrice: bigint;
  /** chain-registry chain_name (lower case); default derived from the chain id */
  chainName?: string;
  prettyName?: string;
}

export interface ChainInfoOutput {
  keplr: Record<string, unknown>;
  chain: Record<string, unknown>;
  assetlist: Record<string, unknown>;
}

/** low / average / high gas prices in wei per gas: integers, ratios of Stratos' own registry entry (1 : 1.2 : 1.6). */
export function gasPriceSteps(low: bigint): { low: bigint; average: bigint; high: bigint } {
  return { low, average: (low * 12n) / 10n, high: (low * 16n) / 10n };
}

export function chainInfo(i: ChainInfoInput): ChainInfoOutput {
  if (!i.chainId) throw new Error("chain id is empty");
  for (const [what, url] of [["rpc", i.rpc], ["rest", i.rest]] as const) {
    if (!/^https?:\/\/[^\s/]+/.test(url)) throw new Error(`${what} URL must be http(s)://host[:port], got ${JSON.stringify(url)}`);
  }
  if (i.minGasPrice <= 0n) throw new Error(`minimum gas price must be positive, got ${i.minGasPrice}`);
  const steps = gasPriceSteps(i.minGasPrice);
  // Keplr and the registry take numbers; wei prices are far below 2^53, checked anyway.
  const num = (v: bigint) => {
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`gas price ${v} is too large for a JSON number`);
    return Number(v);
  };
  const chainName = i.chainName ?? i.chainId.toLowerCase().replace(/-\d+$/, "").replace(/[^a-z0-9]/g, "");
  const prettyName = i.prettyName ?? `Stratos (${i.chainId})`;
  const currency = { coinDenom: DISPLAY_DENOM.toUpperCase(), coinMinimalDenom: BASE_DENOM, coinDecimals: DECIMALS };
  const keplr = {
    chainId: i.chainId,
    chainName: prettyName,
    rpc: i.rpc,
    rest: i.rest,
    bip44: { coinType: STRATOS_COIN_TYPE },
    bech32Config: {
      bech32PrefixAccAddr: ACCOUNT_PREFIX,
      bech32PrefixAccPub: ACCOUNT_PUBKEY_PREFIX,
      bech32PrefixValAddr: VALIDATOR_PREFIX,
      bech32PrefixValPub: VALIDATOR_PUBKEY_PREFIX,
      bech32PrefixConsAddr: CONSENSUS_PREFIX,
      bech32PrefixConsPub: CONSENSUS_PUBKEY_PREFIX,
    },
    currencies: [currency],
    feeCurrencies: [{ ...currency, gasPriceStep: { low: num(steps.low), average: num(steps.average), high: num(steps.high) } }],
    stakeCurrency: currency,
    // As upstream Stratos' Keplr entry: Ethereum-style addresses and keccak signatures with the
    // /stratos.crypto.v1.ethsecp256k1.PubKey type (Keplr picks it for "stratos…" chain ids), so a
    // mnemonic gives Keplr the same account as stchaind's eth_secp256k1 key at m/44'/606'/0'/0/0.
    features: ["eth-address-gen", "eth-key-sign"],
  };
  const chain = {
    $schema: "../chain.schema.json",
    chain_name: chainName,
    status: "live",
    network_type: "devnet",
    pretty_name: prettyName,
    chain_type: "cosmos",
    chain_id: i.chainId,
    bech32_prefix: ACCOUNT_PREFIX,
    daemon_name: "stratos-chain",
    key_algos: ["ethsecp256k1", "secp256k1"],
    slip44: STRATOS_COIN_TYPE,
    fees: {
      fee_tokens: [{ denom: BASE_DENOM, fixed_min_gas_price: num(steps.low), low_gas_price: num(steps.low), average_gas_price: num(steps.average), high_gas_price: num(steps.high) }],
    },
    staking: { staking_tokens: [{ denom: BASE_DENOM }] },
    apis: {
      rpc: [{ address: i.rpc }],
      rest: [{ address: i.rest }],
      ...(i.grpc ? { grpc: [{ address: i.grpc }] } : {}),
    },
  };
  const assetlist = {
    $schema: "../assetlist.schema.json",
    chain_name: chainName,
    assets: [
      {
        description: "The native token of Stratos",
        denom_units: [
          { denom: BASE_DENOM, exponent: 0 },
          { denom: "gwei", exponent: 9 },
          { denom: DISPLAY_DENOM, exponent: DECIMALS },
        ],
        base: BASE_DENOM,
        name: "Stratos",
        display: DISPLAY_DENOM,
        symbol: DISPLAY_DENOM.toUpperCase(),
        type_asset: "sdk.coin",
      },
    ],
  };
  return { keplr, chain, assetlist };
}
