// The REST route cases of the app's queries: gRPC path → [URL, the request that URL must bind
// (proto field names)]. One table for the in-process test (test/unit/api/rest.test.ts) and the
// real-node test (test/integration/api.test.ts); both fail when a route has no case here.
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";

export interface RouteCaseAddresses {
  /** An account address (st1…). */
  account: string;
  /** A validator operator address (stvaloper1…). */
  valoper: string;
  /** A validator consensus address (stvalcons1…). */
  valcons: string;
  /** An SDS network address (stsds1…). */
  sdsNet: string;
  /** A tx hash (64 hex). */
  hash: string;
}

/**
 * A tx for TxDecode / TxEncode: a MsgSend from `from` to itself with a fee and a (dummy) signature
 * — both methods only decode/encode, they verify nothing. Its bytes, the Tx as protobufjs's
 * fromObject takes it (Any as type_url/value) and as the gateway's JSON ("@type").
 */
export function sampleTx(from: string): { bytes: Uint8Array; object: Record<string, unknown>; json: Record<string, unknown> } {
  const send = { from_address: from, to_address: from, amount: [{ denom: "wei", amount: "7" }] };
  const sendBytes = MsgSend.encode({ fromAddress: from, toAddress: from, amount: [{ denom: "wei", amount: "7" }] }).finish();
  const signature = new Uint8Array(64).fill(9);
  const body = TxBody.fromPartial({ messages: [{ typeUrl: MsgSend.typeUrl, value: sendBytes }], memo: "case" });
  const authInfo = AuthInfo.fromPartial({ signerInfos: [{ sequence: 3n, modeInfo: { single: { mode: 1 } } }], fee: { amount: [{ denom: "wei", amount: "100" }], gasLimit: 200000n } });
  const bytes = TxRaw.encode({ bodyBytes: TxBody.encode(body).finish(), authInfoBytes: AuthInfo.encode(authInfo).finish(), signatures: [signature] }).finish();
  const signerInfos = [{ mode_info: { single: { mode: "SIGN_MODE_DIRECT" } }, sequence: "3" }];
  const fee = { amount: [{ denom: "wei", amount: "100" }], gas_limit: "200000" };
  const object = { body: { messages: [{ type_url: MsgSend.typeUrl, value: sendBytes }], memo: "case" }, auth_info: { signer_infos: signerInfos, fee }, signatures: [signature] };
  const json = { body: { messages: [{ "@type": MsgSend.typeUrl, ...send }], memo: "case" }, auth_info: { signer_infos: signerInfos, fee }, signatures: [Buffer.from(signature).toString("base64")] };
  return { bytes, object, json };
}

/** [URL, the request it must bind (proto field names), the JSON body of a POST (default: Simulate's garbage tx)]. */
export type RouteCase = [string, Record<string, unknown>, Record<string, unknown>?];

export function appRouteCases(a: RouteCaseAddresses): Record<string, RouteCase> {
  const tx = sampleTx(a.account);
  const { sdsNet, hash } = a;
  const alice = { address: a.account };
  const d = a.account;
  const v = a.valoper;
  const st = "/cosmos/staking/v1beta1";
  const ds = "/cosmos/distribution/v1beta1";
  const sl = "/cosmos/slashing/v1beta1";
  return {
    "/cosmos.auth.v1beta1.Query/Accounts": ["/cosmos/auth/v1beta1/accounts?pagination.limit=1&pagination.count_total=true", { pagination: { limit: 1, count_total: true } }],
    "/cosmos.auth.v1beta1.Query/Account": [`/cosmos/auth/v1beta1/accounts/${alice.address}`, { address: alice.address }],
    "/cosmos.auth.v1beta1.Query/Params": ["/cosmos/auth/v1beta1/params", {}],
    "/cosmos.auth.v1beta1.Query/AccountAddressByID": ["/cosmos/auth/v1beta1/address_by_id/0?account_id=1", { id: "0", account_id: "1" }],
    "/cosmos.auth.v1beta1.Query/AccountInfo": [`/cosmos/auth/v1beta1/account_info/${alice.address}`, { address: alice.address }],
    "/cosmos.auth.v1beta1.Query/ModuleAccounts": ["/cosmos/auth/v1beta1/module_accounts", {}],
    "/cosmos.auth.v1beta1.Query/ModuleAccountByName": ["/cosmos/auth/v1beta1/module_accounts/fee_collector", { name: "fee_collector" }],
    "/cosmos.auth.v1beta1.Query/Bech32Prefix": ["/cosmos/auth/v1beta1/bech32", {}],
    // (AddressBytesToString's /bech32/{address_bytes} is shadowed by this route, as on the SDK's gateway)
    "/cosmos.auth.v1beta1.Query/AddressStringToBytes": [`/cosmos/auth/v1beta1/bech32/${alice.address}`, { address_string: alice.address }],
    "/cosmos.bank.v1beta1.Query/Balance": [`/cosmos/bank/v1beta1/balances/${alice.address}/by_denom?denom=wei`, { address: alice.address, denom: "wei" }],
    "/cosmos.bank.v1beta1.Query/AllBalances": [`/cosmos/bank/v1beta1/balances/${alice.address}`, { address: alice.address }],
    "/cosmos.bank.v1beta1.Query/SpendableBalances": [`/cosmos/bank/v1beta1/spendable_balances/${alice.address}?pagination.reverse=true`, { address: alice.address, pagination: { reverse: true } }],
    "/cosmos.bank.v1beta1.Query/SpendableBalanceByDenom": [`/cosmos/bank/v1beta1/spendable_balances/${alice.address}/by_denom?denom=wei`, { address: alice.address, denom: "wei" }],
    "/cosmos.bank.v1beta1.Query/TotalSupply": ["/cosmos/bank/v1beta1/supply?pagination.offset=0", { pagination: { offset: 0 } }],
    "/cosmos.bank.v1beta1.Query/SupplyOf": ["/cosmos/bank/v1beta1/supply/by_denom?denom=wei", { denom: "wei" }],
    "/cosmos.bank.v1beta1.Query/Params": ["/cosmos/bank/v1beta1/params", {}],
    "/cosmos.bank.v1beta1.Query/DenomMetadata": ["/cosmos/bank/v1beta1/denoms_metadata/wei", { denom: "wei" }],
    "/cosmos.bank.v1beta1.Query/DenomsMetadata": ["/cosmos/bank/v1beta1/denoms_metadata", {}],
    "/cosmos.bank.v1beta1.Query/DenomOwners": ["/cosmos/bank/v1beta1/denom_owners/wei?pagination.limit=2&pagination.count_total=true", { denom: "wei", pagination: { limit: 2, count_total: true } }],
    "/cosmos.bank.v1beta1.Query/SendEnabled": ["/cosmos/bank/v1beta1/send_enabled?denoms=wei&denoms=ustos", { denoms: ["wei", "ustos"] }],
    "/cosmos.tx.v1beta1.Service/GetTx": [`/cosmos/tx/v1beta1/txs/${hash}`, { hash }],
    "/cosmos.tx.v1beta1.Service/Simulate": ["/cosmos/tx/v1beta1/simulate", { tx_bytes: Buffer.from([1, 2, 3]) }, { tx_bytes: "AQID" }],
    "/cosmos.tx.v1beta1.Service/TxDecode": ["/cosmos/tx/v1beta1/decode", { tx_bytes: tx.bytes }, { tx_bytes: Buffer.from(tx.bytes).toString("base64") }],
    "/cosmos.tx.v1beta1.Service/TxEncode": ["/cosmos/tx/v1beta1/encode", { tx: tx.object }, { tx: tx.json }],
    "/cosmos.staking.v1beta1.Query/Validators": [`${st}/validators?status=BOND_STATUS_BONDED`, { status: "BOND_STATUS_BONDED" }],
    "/cosmos.staking.v1beta1.Query/Validator": [`${st}/validators/${v}`, { validator_addr: v }],
    "/cosmos.staking.v1beta1.Query/ValidatorDelegations": [`${st}/validators/${v}/delegations`, { validator_addr: v }],
    "/cosmos.staking.v1beta1.Query/ValidatorUnbondingDelegations": [`${st}/validators/${v}/unbonding_delegations`, { validator_addr: v }],
    "/cosmos.staking.v1beta1.Query/Delegation": [`${st}/validators/${v}/delegations/${d}`, { validator_addr: v, delegator_addr: d }],
    "/cosmos.staking.v1beta1.Query/UnbondingDelegation": [`${st}/validators/${v}/delegations/${d}/unbonding_delegation`, { validator_addr: v, delegator_addr: d }],
    "/cosmos.staking.v1beta1.Query/DelegatorDelegations": [`${st}/delegations/${d}`, { delegator_addr: d }],
    "/cosmos.staking.v1beta1.Query/DelegatorUnbondingDelegations": [`${st}/delegators/${d}/unbonding_delegations`, { delegator_addr: d }],
    "/cosmos.staking.v1beta1.Query/Redelegations": [`${st}/delegators/${d}/redelegations`, { delegator_addr: d }],
    "/cosmos.staking.v1beta1.Query/DelegatorValidators": [`${st}/delegators/${d}/validators`, { delegator_addr: d }],
    "/cosmos.staking.v1beta1.Query/DelegatorValidator": [`${st}/delegators/${d}/validators/${v}`, { delegator_addr: d, validator_addr: v }],
    "/cosmos.staking.v1beta1.Query/HistoricalInfo": [`${st}/historical_info/1`, { height: "1" }],
    "/cosmos.staking.v1beta1.Query/Pool": [`${st}/pool`, {}],
    "/cosmos.staking.v1beta1.Query/Params": [`${st}/params`, {}],
    "/cosmos.distribution.v1beta1.Query/Params": [`${ds}/params`, {}],
    "/cosmos.distribution.v1beta1.Query/ValidatorOutstandingRewards": [`${ds}/validators/${v}/outstanding_rewards`, { validator_address: v }],
    "/cosmos.distribution.v1beta1.Query/ValidatorDistributionInfo": [`${ds}/validators/${v}`, { validator_address: v }],
    "/cosmos.distribution.v1beta1.Query/ValidatorCommission": [`${ds}/validators/${v}/commission`, { validator_address: v }],
    "/cosmos.distribution.v1beta1.Query/ValidatorSlashes": [`${ds}/validators/${v}/slashes?starting_height=1&ending_height=9`, { validator_address: v, starting_height: "1", ending_height: "9" }],
    "/cosmos.distribution.v1beta1.Query/DelegationRewards": [`${ds}/delegators/${d}/rewards/${v}`, { delegator_address: d, validator_address: v }],
    "/cosmos.distribution.v1beta1.Query/DelegationTotalRewards": [`${ds}/delegators/${d}/rewards`, { delegator_address: d }],
    "/cosmos.distribution.v1beta1.Query/DelegatorValidators": [`${ds}/delegators/${d}/validators`, { delegator_address: d }],
    "/cosmos.distribution.v1beta1.Query/DelegatorWithdrawAddress": [`${ds}/delegators/${d}/withdraw_address`, { delegator_address: d }],
    "/cosmos.distribution.v1beta1.Query/CommunityPool": [`${ds}/community_pool`, {}],
    "/cosmos.slashing.v1beta1.Query/Params": [`${sl}/params`, {}],
    "/cosmos.slashing.v1beta1.Query/SigningInfo": [`${sl}/signing_infos/${a.valcons}`, { cons_address: a.valcons }],
    "/cosmos.slashing.v1beta1.Query/SigningInfos": [`${sl}/signing_infos?pagination.limit=2&pagination.count_total=true`, { pagination: { limit: 2, count_total: true } }],
    "/stratos.register.v1.Query/ResourceNode": [`/stratos/register/v1/resource_node/${sdsNet}`, { network_addr: sdsNet }],
    "/stratos.register.v1.Query/MetaNode": [`/stratos/register/v1/meta_node/${sdsNet}`, { network_addr: sdsNet }],
    "/stratos.register.v1.Query/Params": ["/stratos/register/v1/params", {}],
    "/stratos.register.v1.Query/DepositByNode": [`/stratos/register/v1/deposit_by_node/${sdsNet}/1`, { network_addr: sdsNet, query_type: 1 }],
    "/stratos.register.v1.Query/DepositByOwner": [`/stratos/register/v1/deposit_by_owner/${alice.address}`, { owner_addr: alice.address }],
    "/stratos.register.v1.Query/DepositTotal": ["/stratos/register/v1/deposit_total", {}],
    "/stratos.register.v1.Query/BondedResourceNodeCount": ["/stratos/register/v1/resource_node_count", {}],
    "/stratos.register.v1.Query/BondedMetaNodeCount": ["/stratos/register/v1/meta_node_count", {}],
    "/stratos.register.v1.Query/RemainingOzoneLimit": ["/stratos/register/v1/remaining_ozone_limit", {}],
    "/stratos.pot.v1.Query/VolumeReport": ["/stratos/pot/v1/volume_report/3", { epoch: "3" }],
    "/stratos.pot.v1.Query/RewardsByEpoch": ["/stratos/pot/v1/rewards/epoch/2?pagination.limit=5", { epoch: "2", pagination: { limit: 5 } }],
    "/stratos.pot.v1.Query/RewardsByWallet": [`/stratos/pot/v1/rewards/wallet/${alice.address}`, { wallet_address: alice.address }],
    "/stratos.pot.v1.Query/RewardsByWalletAndEpoch": [`/stratos/pot/v1/rewards/wallet/${alice.address}/epoch/4`, { wallet_address: alice.address, epoch: "4" }],
    "/stratos.pot.v1.Query/SlashingByOwner": [`/stratos/pot/v1/slashing/${alice.address}`, { wallet_address: alice.address }],
    "/stratos.pot.v1.Query/Params": ["/stratos/pot/v1/params", {}],
    "/stratos.pot.v1.Query/TotalMinedToken": ["/stratos/pot/v1/total_mined_token", {}],
    "/stratos.pot.v1.Query/CirculationSupply": ["/stratos/pot/v1/circulation_supply", {}],
    "/stratos.pot.v1.Query/TotalRewardByEpoch": ["/stratos/pot/v1/total_reward/1", { epoch: "1" }],
    "/stratos.pot.v1.Query/Metrics": ["/stratos/pot/v1/metrics", {}],
    "/stratos.sds.v1.Query/Fileupload": ["/stratos/sds/v1/file_upload/v05ahm53h5q5qlqfv3cc1b2b3dhm4vt7p7kt7u0lo", { file_hash: "v05ahm53h5q5qlqfv3cc1b2b3dhm4vt7p7kt7u0lo" }],
    "/stratos.sds.v1.Query/SimPrepay": ["/stratos/sds/v1/sim_prepay/1000000000", { amount: "1000000000" }],
    "/stratos.sds.v1.Query/NozPrice": ["/stratos/sds/v1/noz_price", {}],
    "/stratos.sds.v1.Query/NozSupply": ["/stratos/sds/v1/noz_supply", {}],
    "/stratos.sds.v1.Query/Params": ["/stratos/sds/v1/params", {}],
  };
}
