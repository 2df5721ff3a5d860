// The proto services the chain serves over REST and gRPC (chain/api/services.ts builds the table
// from these and the handlers of the app's query router and the node). A module's queries are
// served once its Query service is listed here; its handlers come from its AppModule.queries.
import type { ServiceSpec } from "../api/services.ts";

export const apiServices: ServiceSpec[] = [
  { service: "cosmos.auth.v1beta1.Query", file: "cosmos/auth/v1beta1/query.proto" },
  { service: "cosmos.bank.v1beta1.Query", file: "cosmos/bank/v1beta1/query.proto" },
  { service: "cosmos.base.tendermint.v1beta1.Service", file: "cosmos/base/tendermint/v1beta1/query.proto" },
  { service: "cosmos.tx.v1beta1.Service", file: "cosmos/tx/v1beta1/service.proto" },
  { service: "cosmos.base.node.v1beta1.Service", file: "cosmos/base/node/v1beta1/query.proto" },
  { service: "cosmos.staking.v1beta1.Query", file: "cosmos/staking/v1beta1/query.proto" },
  { service: "cosmos.distribution.v1beta1.Query", file: "cosmos/distribution/v1beta1/query.proto" },
  { service: "cosmos.slashing.v1beta1.Query", file: "cosmos/slashing/v1beta1/query.proto" },
  { service: "stratos.register.v1.Query", file: "stratos/register/v1/query.proto" },
  { service: "stratos.pot.v1.Query", file: "stratos/pot/v1/query.proto" },
  { service: "stratos.sds.v1.Query", file: "stratos/sds/v1/query.proto" },
];

/** Any-packed types the JSON of answers may contain (accounts, keys, tx messages), for @type. */
export const apiAnyTypeFiles: string[] = [
  "cosmos/auth/v1beta1/auth.proto",
  "cosmos/crypto/secp256k1/keys.proto",
  "cosmos/crypto/ed25519/keys.proto",
  "cosmos/crypto/multisig/keys.proto",
  "cosmos/bank/v1beta1/tx.proto",
  "cosmos/staking/v1beta1/tx.proto",
  "cosmos/distribution/v1beta1/tx.proto",
  "cosmos/slashing/v1beta1/tx.proto",
  "stratos/register/v1/tx.proto",
  "stratos/sds/v1/tx.proto",
  "stratos/pot/v1/tx.proto",
];
