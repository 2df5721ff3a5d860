// proto/gen/ is what `npm run proto` generates (byte for byte), and the generated Stratos messages
// have the shape of the Cosmos ones a CosmJS user knows from cosmjs-types.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "chai";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { stratos, stratosMsgTypes } from "../../../proto/client.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}

describe("proto: generated code", function () {
  this.timeout(120_000);

  it("proto/gen is exactly what `npm run proto` generates", () => {
    // Exits non-zero, listing the files, when anything differs.
    const out = execFileSync(process.execPath, [join(root, "proto", "build.mjs"), "--check"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(out).to.match(/proto\/gen matches the generator \(\d+ files\)/);
  });

  it("one .ts file per .proto, no protobufjs and no Long in it", () => {
    const protos = files(join(root, "proto", "stratos")).filter((f) => f.endsWith(".proto"));
    for (const p of protos) {
      const gen = p.replace(`${join(root, "proto")}/`, `${join(root, "proto", "gen")}/`).replace(/\.proto$/, ".ts");
      expect(statSync(gen).isFile(), gen).to.equal(true);
    }
    for (const f of files(join(root, "proto", "gen"))) {
      const text = readFileSync(f, "utf8");
      expect(text, f).to.not.match(/protobufjs|\bLong\b|\$Properties/);
    }
  });

  it("a Stratos Msg has the codec surface of a cosmjs-types Msg", () => {
    const surface = ["encode", "decode", "fromPartial", "fromJSON", "toJSON"];
    for (const fn of surface) expect(typeof (MsgSend as any)[fn], `cosmjs-types MsgSend.${fn}`).to.equal("function");
    for (const [url, T] of stratosMsgTypes) {
      for (const fn of surface) expect(typeof (T as any)[fn], `${url} ${fn}`).to.equal("function");
      // CosmJS's Registry encodes through fromPartial when a type has it (ts-proto and Telescope types do).
      // decode gives a plain object with every field present, like cosmjs-types.
      const empty = (T as any).decode(new Uint8Array());
      expect(Object.getPrototypeOf(empty), url).to.equal(Object.prototype);
      expect(empty, url).to.deep.equal((T as any).fromPartial({}));
    }
  });

  it("64-bit integers are bigint", () => {
    const p = stratos.pot.v1.Params.decode(stratos.pot.v1.Params.encode(stratos.pot.v1.Params.fromPartial({ matureEpoch: 2n ** 62n + 1n })).finish());
    expect(p.matureEpoch).to.equal(2n ** 62n + 1n);
    const d = stratos.register.v1.Params.fromPartial({}).unbondingThreasholdTime;
    expect(d).to.equal(undefined);
    const t = stratos.register.v1.UnbondingNodeEntry.decode(stratos.register.v1.UnbondingNodeEntry.encode(stratos.register.v1.UnbondingNodeEntry.fromPartial({ creationHeight: 5n })).finish());
    expect(typeof t.creationHeight).to.equal("bigint");
  });
});
