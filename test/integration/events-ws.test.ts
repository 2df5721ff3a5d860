// Typed Stratos events reach a client subscribed over CometBFT's websocket by message.action.
import { GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import WebSocket from "ws";
import { expect } from "chai";
import { newNodeKey } from "../../chain/keys/node-key.ts";
import { ed25519PubkeyAny, stratosAminoTypes, stratosRegistry, typeUrls } from "../../proto/client.ts";
import { useLocalnet, walletFor } from "../helpers/localnet.ts";

describe("typed events over the websocket", function () {
  this.timeout(120_000);
  const fixture = useLocalnet({ validators: 1, users: 1 });

  it("a subscriber to message.action='/stratos.register.v1.MsgCreateResourceNode' receives EventCreateResourceNode", async () => {
    const node = fixture.net.node(0);
    const user = fixture.net.users[0];
    // A plain websocket client speaking CometBFT's JSON-RPC, as any wallet or indexer would.
    const ws = new WebSocket(node.rpcUrl.replace(/^http/, "ws") + "/websocket");
    await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
    const client = await SigningStargateClient.connectWithSigner(node.rpcUrl, await walletFor(user.mnemonic), {
      registry: stratosRegistry(),
      aminoTypes: stratosAminoTypes(),
      gasPrice: GasPrice.fromString("1000000000wei"),
    });
    try {
      const query = `tm.event='Tx' AND message.action='${typeUrls.register.MsgCreateResourceNode}'`;
      const received = new Promise<Record<string, string[]>>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no event within 60 s")), 60_000);
        ws.on("message", (raw) => {
          const msg = JSON.parse(String(raw));
          if (msg.error) reject(new Error(JSON.stringify(msg.error)));
          if (msg.result?.events) {
            clearTimeout(timer);
            resolve(msg.result.events);
          }
        });
      });
      ws.send(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "subscribe", params: { query } }));
      const key = newNodeKey();
      const r = await client.signAndBroadcast(
        user.address,
        [
          {
            typeUrl: typeUrls.register.MsgCreateResourceNode,
            value: {
              networkAddress: key.network_address,
              pubkey: ed25519PubkeyAny(new Uint8Array(Buffer.from(key.pubkey.key, "base64"))),
              value: { denom: "wei", amount: (10n ** 18n).toString() },
              ownerAddress: user.address,
              beneficiaryAddress: "",
              description: { moniker: "ws", identity: "", website: "", securityContact: "", details: "" },
              nodeType: 4,
            },
          },
        ],
        "auto",
      );
      expect(r.code, r.rawLog).to.equal(0);
      const events = await received;
      expect(events["tx.hash"]).to.deep.equal([r.transactionHash]);
      // Typed event attributes: one per field, JSON-encoded values.
      expect(events["stratos.register.v1.EventCreateResourceNode.network_address"]).to.deep.equal([JSON.stringify(key.network_address)]);
      expect(events["stratos.register.v1.EventCreateResourceNode.sender"]).to.deep.equal([JSON.stringify(user.address)]);
    } finally {
      client.disconnect();
      ws.close();
    }
  });
});
