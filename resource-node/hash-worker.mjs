// Worker thread of resource-node/hash.ts HashPool: Keccak-256 of (prefix || bytes [offset, offset+length)
// of a file), read in 1 MiB chunks. Plain JS so it needs no loader inside the worker.
import { open } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import { createKeccak } from "hash-wasm";

const hasher = await createKeccak(256);
const buf = Buffer.allocUnsafe(1 << 20);

parentPort.on("message", async (job) => {
  try {
    hasher.init();
    if (job.prefix) hasher.update(new Uint8Array(job.prefix));
    const fh = await open(job.path, "r");
    try {
      let pos = job.offset;
      let left = job.length;
      while (left > 0) {
        const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, left), pos);
        if (bytesRead === 0) throw new Error(`${job.path}: ended ${left} bytes early`);
        hasher.update(buf.subarray(0, bytesRead));
        pos += bytesRead;
        left -= bytesRead;
      }
    } finally {
      await fh.close();
    }
    const digest = hasher.digest("binary");
    parentPort.postMessage({ id: job.id, digest }, [digest.buffer]);
  } catch (e) {
    parentPort.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
