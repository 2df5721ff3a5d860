// The free-space floor (app.json min_free_disk_mb) against the real filesystem of a real data
// directory: a floor above what is free makes the app refuse to commit, writing nothing of the
// block, and say why. (The running node's side — refusing to start, stopping non-zero, status —
// is in test/integration/hardening.test.ts.)
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_MIN_FREE_DISK_MB, readAppConfig } from "../../../chain/node/config.ts";
import { diskFloorViolation, freeDiskMb } from "../../../chain/node/disk.ts";
import { AppHarness, genesisWith, testSigner } from "../../helpers/app.ts";

describe("node: free-space floor", () => {
  const alice = testSigner("alice");
  const bob = testSigner("bob");

  it("measures what df measures, and a floor above it is a violation naming both numbers", function () {
    const dir = tmpdir();
    const df = spawnSync("df", ["-m", "--output=avail", dir], { encoding: "utf8" });
    if (df.status !== 0) this.skip();
    const dfFree = Number(df.stdout.trim().split("\n").pop());
    // df -m rounds up, and other processes write meanwhile.
    expect(Math.abs(freeDiskMb(dir) - dfFree)).to.be.lessThan(200);
    expect(diskFloorViolation(dir, 0)).to.equal(undefined);
    expect(diskFloorViolation(dir, 1)).to.equal(undefined);
    const floor = freeDiskMb(dir) + 1_000_000;
    expect(diskFloorViolation(dir, floor)).to.match(new RegExp(`^free disk space on ${dir} is \\d+ MiB, below min_free_disk_mb ${floor} \\(config/app.json\\)`));
  });

  it("the app refuses to commit below the floor: nothing of the block is written, and it says why", () => {
    const guard = { floorMb: 0 };
    const errors: string[] = [];
    let h = new AppHarness({
      commitGuard: () => {
        const reason = diskFloorViolation(h.dir, guard.floorMb);
        if (reason) throw new Error(reason);
      },
      logger: { info() {}, error: (m) => errors.push(m) },
    });
    try {
      h.initChain(genesisWith([{ address: alice.address, wei: 10n ** 18n }]));
      h.block();
      const committed = { height: h.app.lastHeight, hash: Buffer.from(h.app.store.rootHash).toString("hex") };
      guard.floorMb = freeDiskMb(h.dir) + 1_000_000;
      const tx = h.send(alice, bob.address, 5n);
      expect(() => h.block([tx])).to.throw(/free disk space on .* is \d+ MiB, below min_free_disk_mb \d+/);
      expect(errors.join("\n")).to.match(new RegExp(`refusing to commit height ${committed.height + 1n}: free disk space`));
      expect(h.app.lastHeight).to.equal(committed.height);
      // After a restart (the node stops on the refusal) the store is exactly the last committed block.
      h.reopen();
      h.height = h.app.lastHeight;
      expect(h.app.lastHeight).to.equal(committed.height);
      expect(Buffer.from(h.app.store.rootHash).toString("hex")).to.equal(committed.hash);
      expect(h.balance(bob.address)).to.equal(0n);
      // With room again (no floor), the same block commits.
      h.block([tx]);
      expect(h.app.lastHeight).to.equal(committed.height + 1n);
      expect(h.balance(bob.address)).to.equal(5n);
    } finally {
      h.close();
    }
  });

  it("app.json: min_free_disk_mb defaults to 500 MiB and must be a whole number", () => {
    const home = mkdtempSync(join(tmpdir(), "stratos-appcfg-"));
    try {
      mkdirSync(join(home, "config"));
      expect(readAppConfig(home).min_free_disk_mb).to.equal(DEFAULT_MIN_FREE_DISK_MB).and.equal(500);
      for (const bad of [-1, 1.5, "100", null]) {
        writeFileSync(join(home, "config", "app.json"), JSON.stringify({ min_free_disk_mb: bad }));
        expect(() => readAppConfig(home), String(bad)).to.throw(/min_free_disk_mb must be a whole number of MiB \(0 = no floor\)/);
      }
      writeFileSync(join(home, "config", "app.json"), JSON.stringify({ min_free_disk_mb: 0 }));
      expect(readAppConfig(home).min_free_disk_mb).to.equal(0);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
