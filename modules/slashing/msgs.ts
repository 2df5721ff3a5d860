// cosmos.slashing.v1beta1 Msg service: MsgUnjail, signed by the validator operator's account.
import * as tx from "cosmjs-types/cosmos/slashing/v1beta1/tx";
import { errors } from "../../chain/app/errors.ts";
import { msgDescriptor, type MsgDescriptor } from "../../chain/app/module.ts";
import { fromBech32, VALIDATOR_PREFIX } from "../../chain/crypto/bech32.ts";
import { accountOfValoper } from "../staking/types.ts";
import type { SlashingKeeper } from "./keeper.ts";

export function slashingMsgs(k: SlashingKeeper): MsgDescriptor[] {
  return [
    msgDescriptor<tx.MsgUnjail>({
      typeUrl: tx.MsgUnjail.typeUrl,
      decode: (b) => tx.MsgUnjail.decode(b),
      signers: (m) => [accountOfValoper(m.validatorAddr)],
      validateBasic(m) {
        if (!m.validatorAddr) throw errors.invalidAddress("empty validator address");
        try {
          fromBech32(m.validatorAddr, VALIDATOR_PREFIX);
        } catch (e) {
          throw errors.invalidAddress(`invalid validator address: ${(e as Error).message}`);
        }
      },
      handle(ctx, m) {
        k.unjail(ctx, m.validatorAddr);
        return { typeUrl: tx.MsgUnjailResponse.typeUrl, value: new Uint8Array() };
      },
    }),
  ];
}
