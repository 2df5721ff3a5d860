// cosmos.distribution.v1beta1 Msg service: thin handlers (stateless checks as the SDK's ValidateBasic,
// then one keeper call), type URLs as the SDK's so CosmJS's SigningStargateClient works unmodified.
import * as tx from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { errors } from "../../chain/app/errors.ts";
import { msgDescriptor, type EncodedMsg, type MsgDescriptor } from "../../chain/app/module.ts";
import { fromBech32, VALIDATOR_PREFIX } from "../../chain/crypto/bech32.ts";
import { accAddressFromBech32 } from "../../chain/types/address.ts";
import { coinsFromWire, coinsToWire } from "../../chain/types/coins.ts";
import { accountOfValoper } from "../staking/types.ts";
import { distributionErrors } from "./errors.ts";
import { emitSetWithdrawAddress } from "./events.ts";
import type { DistributionKeeper } from "./keeper.ts";

function checkDelegator(address: string, what = "delegator address"): void {
  if (!address) throw distributionErrors.emptyDelegatorAddr(`empty ${what}`);
  accAddressFromBech32(address, what);
}
function checkValoper(address: string): void {
  if (!address) throw distributionErrors.emptyValidatorAddr("empty validator address");
  try {
    fromBech32(address, VALIDATOR_PREFIX);
  } catch (e) {
    throw errors.invalidAddress(`invalid validator address: ${(e as Error).message}`);
  }
}
const any = (typeUrl: string, value: Uint8Array): EncodedMsg => ({ typeUrl, value });

export function distributionMsgs(k: DistributionKeeper): MsgDescriptor[] {
  return [
    msgDescriptor<tx.MsgSetWithdrawAddress>({
      typeUrl: tx.MsgSetWithdrawAddress.typeUrl,
      decode: (b) => tx.MsgSetWithdrawAddress.decode(b),
      signers: (m) => [m.delegatorAddress],
      validateBasic: (m) => {
        checkDelegator(m.delegatorAddress);
        if (!m.withdrawAddress) throw distributionErrors.emptyWithdrawAddr("empty withdraw address");
        accAddressFromBech32(m.withdrawAddress, "withdraw address");
      },
      handle: (ctx, m) => {
        k.setWithdrawAddr(ctx, m.delegatorAddress, m.withdrawAddress);
        emitSetWithdrawAddress(ctx, { withdrawAddress: m.withdrawAddress });
        return any(tx.MsgSetWithdrawAddressResponse.typeUrl, tx.MsgSetWithdrawAddressResponse.encode({}).finish());
      },
    }),
    msgDescriptor<tx.MsgWithdrawDelegatorReward>({
      typeUrl: tx.MsgWithdrawDelegatorReward.typeUrl,
      decode: (b) => tx.MsgWithdrawDelegatorReward.decode(b),
      signers: (m) => [m.delegatorAddress],
      validateBasic: (m) => {
        checkDelegator(m.delegatorAddress);
        checkValoper(m.validatorAddress);
      },
      handle: (ctx, m) => {
        const amount = k.withdrawDelegationRewards(ctx, m.delegatorAddress, m.validatorAddress);
        return any(tx.MsgWithdrawDelegatorRewardResponse.typeUrl, tx.MsgWithdrawDelegatorRewardResponse.encode({ amount: coinsToWire(amount) }).finish());
      },
    }),
    msgDescriptor<tx.MsgWithdrawValidatorCommission>({
      typeUrl: tx.MsgWithdrawValidatorCommission.typeUrl,
      decode: (b) => tx.MsgWithdrawValidatorCommission.decode(b),
      signers: (m) => {
        checkValoper(m.validatorAddress);
        return [accountOfValoper(m.validatorAddress)];
      },
      validateBasic: (m) => checkValoper(m.validatorAddress),
      handle: (ctx, m) => {
        const amount = k.withdrawValidatorCommission(ctx, m.validatorAddress);
        return any(tx.MsgWithdrawValidatorCommissionResponse.typeUrl, tx.MsgWithdrawValidatorCommissionResponse.encode({ amount: coinsToWire(amount) }).finish());
      },
    }),
    msgDescriptor<tx.MsgFundCommunityPool>({
      typeUrl: tx.MsgFundCommunityPool.typeUrl,
      decode: (b) => tx.MsgFundCommunityPool.decode(b),
      signers: (m) => [m.depositor],
      validateBasic: (m) => {
        if (!m.depositor) throw errors.invalidAddress("empty depositor address");
        accAddressFromBech32(m.depositor, "depositor address");
        if (m.amount.length === 0) throw errors.invalidCoins("community pool amount cannot be empty");
        coinsFromWire(m.amount, "amount");
      },
      handle: (ctx, m) => {
        k.fundCommunityPool(ctx, m.depositor, coinsFromWire(m.amount, "amount"));
        return any(tx.MsgFundCommunityPoolResponse.typeUrl, tx.MsgFundCommunityPoolResponse.encode({}).finish());
      },
    }),
  ];
}
