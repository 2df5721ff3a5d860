import type { AddressInfo } from "node:net";

export type SocketAddress = { kind: "tcp"; host: string | undefined; port: number } | { kind: "unix"; path: string };

/** Parses CometBFT's proxy_app forms: "tcp://host:port", "unix:///path", or bare "host:port" (tcp, as CometBFT). */
export function parseAddress(address: string): SocketAddress {
  const m = /^([a-z]+):\/\/(.*)$/i.exec(address);
  const scheme = m ? m[1]!.toLowerCase() : "tcp";
  const rest = m ? m[2]! : address;
  if (scheme === "unix") {
    if (rest === "") throw new Error(`invalid ABCI address ${JSON.stringify(address)}: empty socket path`);
    return { kind: "unix", path: rest };
  }
  if (scheme !== "tcp") throw new Error(`invalid ABCI address ${JSON.stringify(address)}: expected tcp:// or unix://`);
  const colon = rest.lastIndexOf(":");
  const portText = rest.slice(colon + 1);
  const port = Number(portText);
  if (colon < 0 || !/^\d+$/.test(portText) || port > 65535) {
    throw new Error(`invalid ABCI address ${JSON.stringify(address)}: expected host:port`);
  }
  const host = rest.slice(0, colon).replace(/^\[(.*)\]$/, "$1"); // [::1] -> ::1
  return { kind: "tcp", host: host === "" ? undefined : host, port };
}

export function formatAddress(info: AddressInfo | string): string {
  if (typeof info === "string") return `unix://${info}`;
  const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
  return `tcp://${host}:${info.port}`;
}
