// `stratos-chain chain-info`: the Keplr experimentalSuggestChain object and the chain registry's
// chain.json / assetlist.json, checked against the fields those consumers require.
import { expect } from "chai";
import { chainInfo, gasPriceSteps } from "../../../chain/node/chain-info.ts";

const input = { chainId: "stratos-localnet-1", rpc: "http://127.0.0.1:26657", rest: "http://127.0.0.1:1317", grpc: "127.0.0.1:9090", minGasPrice: 1_000_000_000n };

/** Keplr's ChainInfo (the fields experimentalSuggestChain requires, with their types). */
function checkKeplr(k: any) {
  for (const f of ["chainId", "chainName", "rpc", "rest"]) expect(k[f], f).to.be.a("string").and.not.equal("");
  expect(k.bip44).to.deep.equal({ coinType: 606 });
  expect(Object.keys(k.bech32Config).sort()).to.deep.equal(
    ["bech32PrefixAccAddr", "bech32PrefixAccPub", "bech32PrefixConsAddr", "bech32PrefixConsPub", "bech32PrefixValAddr", "bech32PrefixValPub"],
  );
  const currency = (c: any) => {
    expect(c.coinDenom).to.be.a("string");
    expect(c.coinMinimalDenom).to.be.a("string");
    expect(c.coinDecimals).to.be.a("number");
  };
  expect(k.currencies).to.be.an("array").that.is.not.empty;
  k.currencies.forEach(currency);
  currency(k.stakeCurrency);
  for (const f of k.feeCurrencies) {
    currency(f);
    const g = f.gasPriceStep;
    for (const s of ["low", "average", "high"]) expect(g[s], s).to.be.a("number");
    expect(g.low <= g.average && g.average <= g.high).to.equal(true);
  }
  expect(k.features).to.deep.equal(["eth-address-gen", "eth-key-sign"]);
}

describe("chain-info (Keplr + chain registry)", () => {
  it("Keplr: bech32 st…, coin type 606, wei with 18 decimals, gas price steps from the node's minimum", () => {
    const { keplr } = chainInfo(input);
    checkKeplr(keplr);
    const k = keplr as any;
    expect(k.chainId).to.equal("stratos-localnet-1");
    expect(k.rpc).to.equal(input.rpc);
    expect(k.rest).to.equal(input.rest);
    expect(k.bech32Config).to.deep.equal({
      bech32PrefixAccAddr: "st",
      bech32PrefixAccPub: "stpub",
      bech32PrefixValAddr: "stvaloper",
      bech32PrefixValPub: "stvaloperpub",
      bech32PrefixConsAddr: "stvalcons",
      bech32PrefixConsPub: "stvalconspub",
    });
    expect(k.currencies).to.deep.equal([{ coinDenom: "STOS", coinMinimalDenom: "wei", coinDecimals: 18 }]);
    expect(k.feeCurrencies[0].gasPriceStep).to.deep.equal({ low: 1_000_000_000, average: 1_200_000_000, high: 1_600_000_000 });
  });

  it("chain.json and assetlist.json carry the registry's required fields", () => {
    const { chain, assetlist } = chainInfo(input);
    const c = chain as any;
    // chain.schema.json: required chain_name, chain_id, bech32_prefix, slip44 (+ fees, apis as documented)
    expect(c.chain_name).to.match(/^[a-z0-9]+$/);
    expect(c.chain_id).to.equal("stratos-localnet-1");
    expect(c.bech32_prefix).to.equal("st");
    expect(c.slip44).to.equal(606);
    expect(c.fees.fee_tokens).to.deep.equal([{ denom: "wei", fixed_min_gas_price: 1e9, low_gas_price: 1e9, average_gas_price: 1.2e9, high_gas_price: 1.6e9 }]);
    expect(c.apis).to.deep.equal({ rpc: [{ address: input.rpc }], rest: [{ address: input.rest }], grpc: [{ address: input.grpc }] });
    const a = assetlist as any;
    expect(a.chain_name).to.equal(c.chain_name);
    expect(a.assets).to.have.length(1);
    const asset = a.assets[0];
    for (const f of ["base", "name", "display", "symbol"]) expect(asset[f], f).to.be.a("string");
    expect(asset.base).to.equal("wei");
    // base is the exponent-0 unit; display is one of the units
    expect(asset.denom_units.find((u: any) => u.exponent === 0).denom).to.equal(asset.base);
    expect(asset.denom_units.find((u: any) => u.denom === asset.display).exponent).to.equal(18);
  });

  it("refuses inputs a wallet could not use", () => {
    expect(() => chainInfo({ ...input, chainId: "" })).to.throw("chain id");
    expect(() => chainInfo({ ...input, rest: "localhost:1317" })).to.throw("rest URL");
    expect(() => chainInfo({ ...input, minGasPrice: 0n })).to.throw("positive");
    expect(gasPriceSteps(5n)).to.deep.equal({ low: 5n, average: 6n, high: 8n });
  });
});
