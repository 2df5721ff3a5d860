/** Child process for crash.test.ts: commits versions in a tight loop until it is killed. */
import { MerkleStore } from "../../../chain/store/merkle-store.ts";
import { CRASH_KEEP_RECENT, batchFor } from "./crash-workload.ts";

const store = MerkleStore.open(process.argv[2], { keepRecent: CRASH_KEEP_RECENT });
const enc = (s: string) => new TextEncoder().encode(s);
process.stdout.write(`start ${store.version}\n`);
for (;;) {
  const v = store.version + 1n;
  const batch = batchFor(Number(v));
  // Two stages per version, like InitChain + first block.
  const half = batch.length >> 1;
  store.stage(v, batch.slice(0, half));
  const root = store.stage(v, batch.slice(half));
  store.commit(v, [
    [enc("height"), enc(String(v))],
    [enc(`root/${v}`), root],
  ]);
  process.stdout.write(`${v}\n`);
}
