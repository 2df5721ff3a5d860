import { MsgMultiSend, MsgMultiSendResponse, MsgSend, MsgSendResponse } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import type { Context } from "../../chain/app/context.ts";
import { errors } from "../../chain/app/errors.ts";
import { msgDescriptor, type MsgDescriptor } from "../../chain/app/module.ts";
import { accAddressFromBech32 } from "../../chain/types/address.ts";
import { addCoins, coinsFromWire, formatCoins, type Coin } from "../../chain/types/coins.ts";
import type { BankAuthKeeper } from "./expected.ts";
import type { BankKeeper } from "./keeper.ts";

function requireNonEmptyCoins(wire: { denom: string; amount: string }[], what: string): Coin[] {
  const coins = coinsFromWire(wire, what);
  if (coins.length === 0) throw errors.invalidCoins(`${what}: no coins given`);
  return coins;
}

export function bankMsgs(bank: BankKeeper, auth: BankAuthKeeper): MsgDescriptor[] {
  function checkSendable(ctx: Context, coins: readonly Coin[], to: string) {
    for (const c of coins) if (!bank.isSendEnabled(ctx, c.denom)) throw errors.invalidRequest(`${c.denom} transfers are currently disabled`);
    // Module accounts hold pooled funds whose bookkeeping a plain transfer would break (SDK "blocked addrs").
    if (auth.isModuleAddress(to)) throw errors.unauthorized(`${to} is not allowed to receive funds`);
  }

  return [
    msgDescriptor<MsgSend>({
      typeUrl: MsgSend.typeUrl,
      decode: (b) => MsgSend.decode(b),
      signers: (m) => [m.fromAddress],
      validateBasic(m) {
        accAddressFromBech32(m.fromAddress, "from address");
        accAddressFromBech32(m.toAddress, "to address");
        requireNonEmptyCoins(m.amount, "amount");
      },
      handle(ctx, m) {
        const coins = coinsFromWire(m.amount);
        checkSendable(ctx, coins, m.toAddress);
        bank.sendCoins(ctx, m.fromAddress, m.toAddress, coins);
        return { typeUrl: MsgSendResponse.typeUrl, value: MsgSendResponse.encode({}).finish() };
      },
    }),
    msgDescriptor<MsgMultiSend>({
      typeUrl: MsgMultiSend.typeUrl,
      decode: (b) => MsgMultiSend.decode(b),
      signers: (m) => m.inputs.map((i) => i.address),
      validateBasic(m) {
        // The SDK (v0.46+) allows exactly one input; several outputs share it.
        if (m.inputs.length !== 1) throw errors.invalidRequest(`multi-send needs exactly one input, got ${m.inputs.length}`);
        if (m.outputs.length === 0) throw errors.invalidRequest("multi-send has no outputs");
        accAddressFromBech32(m.inputs[0].address, "input address");
        const inSum = requireNonEmptyCoins(m.inputs[0].coins, "input coins");
        let outSum: Coin[] = [];
        for (const o of m.outputs) {
          accAddressFromBech32(o.address, "output address");
          outSum = addCoins(outSum, requireNonEmptyCoins(o.coins, "output coins"));
        }
        if (formatCoins(inSum) !== formatCoins(outSum)) {
          throw errors.invalidCoins(`sum inputs ${formatCoins(inSum)} != sum outputs ${formatCoins(outSum)}`);
        }
      },
      handle(ctx, m) {
        const input = m.inputs[0];
        for (const o of m.outputs) {
          const coins = coinsFromWire(o.coins);
          checkSendable(ctx, coins, o.address);
          bank.sendCoins(ctx, input.address, o.address, coins);
        }
        return { typeUrl: MsgMultiSendResponse.typeUrl, value: MsgMultiSendResponse.encode({}).finish() };
      },
    }),
  ];
}
