import { expect } from "chai";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { MerkleStore } from "../../../chain/store/merkle-store.ts";
import { CRASH_KEEP_RECENT, batchFor } from "./crash-workload.ts";
import { Model, enc, hex, prng, referenceRoot, tempDir } from "./reference.ts";

const CHILD = fileURLToPath(new URL("./crash-child.ts", import.meta.url));

/** Runs the child until it has committed at least once, waits a random moment more, then kill -9. */
function runAndKill(dbPath: string, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, dbPath], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    let armed = false;
    let last = 0;
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const lines = out.trim().split("\n");
      const n = Number(lines[lines.length - 1]);
      if (Number.isFinite(n)) last = n;
      if (!armed && lines.some((l) => /^\d+$/.test(l))) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), delayMs);
      }
    });
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (signal === "SIGKILL") resolve(last);
      else reject(new Error(`child exited by itself (code ${code}): ${err}`));
    });
  });
}

describe("store/crash safety (kill -9 during commits)", function () {
  this.timeout(180_000);

  it("after kill -9 at random moments the store reopens at a consistent version", async () => {
    const dir = tempDir();
    const rnd = prng(2024);
    // Expected state per version, built incrementally from the deterministic workload.
    const model = new Model();
    let modelVersion = 0;
    const modelAt = (v: number): Model => {
      while (modelVersion < v) model.apply(batchFor(++modelVersion));
      return model;
    };
    let previous = 0;
    try {
      for (let round = 0; round < 10; round++) {
        const lastPrinted = await runAndKill(dir.path, Math.floor(rnd() * 400));
        const s = MerkleStore.open(dir.path, { keepRecent: CRASH_KEEP_RECENT });
        try {
          const v = Number(s.version);
          // Never loses a version the child reported as committed, and never goes backwards.
          expect(v).to.be.greaterThanOrEqual(Math.max(previous, lastPrinted));
          expect(v).to.be.lessThanOrEqual(lastPrinted + 1);
          previous = v;
          if (process.env.CRASH_DEBUG) console.log(`round ${round}: printed ${lastPrinted}, reopened at ${v}`);
          const flat = [...s.range(new Uint8Array())];
          // Root recomputed from the flat state equals the stored root: tree and state from one txn.
          expect(hex(referenceRoot(flat)), `round ${round} v${v}`).to.equal(hex(s.rootHash));
          expect(hex(s.rootAt(s.version))).to.equal(hex(s.rootHash));
          // The flat state is exactly the workload applied up to v.
          const want = modelAt(v).sortedEntries().map(([k, val]) => `${hex(k)}=${hex(val)}`);
          expect(flat.map(([k, val]) => `${hex(k)}=${hex(val)}`)).to.deep.equal(want);
          // Aux written in the same transaction.
          expect(Buffer.from(s.getAux(enc("height"))!).toString()).to.equal(String(v));
          expect(hex(s.getAux(enc(`root/${v}`))!)).to.equal(hex(s.rootHash));
          // Older kept versions still resolve, to the roots recorded when they were committed.
          for (let old = Number(s.oldestVersion); old < v; old++) {
            expect(hex(s.rootAt(BigInt(old)))).to.equal(hex(s.getAux(enc(`root/${old}`))!));
          }
        } finally {
          s.close();
        }
      }
      expect(previous).to.be.greaterThan(10);
    } finally {
      dir.cleanup();
    }
  });
});
