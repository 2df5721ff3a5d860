// The CLI's view of the shared CometBFT client: unreachable-node errors name the --node flag.
import { CometRpc, DEFAULT_NODE } from "../node/comet-rpc.ts";

export { DEFAULT_NODE };

export class RpcClient extends CometRpc {
  constructor(url: string) {
    super(url, { unreachableHint: "(--node sets the address)" });
  }
}
