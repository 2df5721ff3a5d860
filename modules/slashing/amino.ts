// Amino JSON of MsgUnjail: CosmJS's createSlashingAminoConverters throws "Not implemented", so the
// layout is the SDK's own (amino name cosmos-sdk/MsgUnjail, json tag "address" on validator_addr).
import type { AminoConverters } from "@cosmjs/stargate";
import { MsgUnjail } from "cosmjs-types/cosmos/slashing/v1beta1/tx";

export function slashingAminoConverters(): AminoConverters {
  return {
    [MsgUnjail.typeUrl]: {
      aminoType: "cosmos-sdk/MsgUnjail",
      toAmino: (m: MsgUnjail) => ({ address: m.validatorAddr }),
      fromAmino: (a: { address: string }): MsgUnjail => ({ validatorAddr: a.address }),
    },
  };
}
