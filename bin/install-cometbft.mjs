#!/usr/bin/env node
// Makes sure the pinned CometBFT binary exists: on PATH with the right version, or built into
// <project>/.bin with `go install`. Everything that needs cometbft calls this first, so nobody
// installs anything by hand.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const COMETBFT_VERSION = "0.38.26";
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const localBin = join(projectRoot, ".bin", "cometbft");

function versionOf(bin) {
  const r = spawnSync(bin, ["version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export function findCometbft() {
  if (process.env.COMETBFT_BIN && versionOf(process.env.COMETBFT_BIN) === COMETBFT_VERSION) return process.env.COMETBFT_BIN;
  if (existsSync(localBin) && versionOf(localBin) === COMETBFT_VERSION) return localBin;
  if (versionOf("cometbft") === COMETBFT_VERSION) return "cometbft";
  return undefined;
}

export function ensureCometbft({ quiet = false } = {}) {
  const found = findCometbft();
  if (found) return found;
  const go = spawnSync("go", ["version"], { encoding: "utf8" });
  if (go.status !== 0) {
    console.error(
      `cometbft v${COMETBFT_VERSION} is needed and Go was not found to build it.\n` +
        `Either install Go (https://go.dev/dl) and run \`npm run setup\`, or put a cometbft v${COMETBFT_VERSION} ` +
        `binary on PATH (or point COMETBFT_BIN at it).`,
    );
    process.exit(1);
  }
  mkdirSync(dirname(localBin), { recursive: true });
  if (!quiet) console.error(`installing cometbft v${COMETBFT_VERSION} into ${dirname(localBin)} (go install, about a minute)…`);
  // GOTOOLCHAIN=local: build with the Go that is here; cometbft 0.38 builds with any Go >= 1.22.
  execFileSync("go", ["install", `github.com/cometbft/cometbft/cmd/cometbft@v${COMETBFT_VERSION}`], {
    stdio: quiet ? "ignore" : "inherit",
    env: { ...process.env, GOBIN: dirname(localBin), GOTOOLCHAIN: process.env.GOTOOLCHAIN ?? "local", CGO_ENABLED: "0" },
  });
  const built = findCometbft();
  if (!built) {
    console.error(`go install finished but ${localBin} does not report version ${COMETBFT_VERSION}`);
    process.exit(1);
  }
  return built;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const bin = ensureCometbft();
  console.error(`cometbft v${COMETBFT_VERSION}: ${bin}`);
}
