// Worker thread of resource-node/hash.ts (HashPool, FileHashWorker). Plain JS so it needs no loader
// inside the worker. Jobs, answered in the order they arrive (a FileHashWorker's parts must be hashed
// in order, so jobs are chained rather than run concurrently):
//   {op:"file", id, path, prefix?, offset, length}  Keccak-256(prefix || bytes [offset, offset+length) of a file)
//   {op:"shared", id, buf, prefix?, offset, length} the same over a SharedArrayBuffer (no copy to get here)
//   {op:"append", id, path, length}                 feed a file's first `length` bytes to this worker's running hash
//   {op:"digest", id}                               finish the running hash (and start a new one)
//   {op:"sbegin", sid, prefix}                      start stream `sid` (a slice hashed while it arrives; no answer)
//   {op:"sfeed", sid, buf, offset, length}          feed it buf[offset, offset+length) of a SharedArrayBuffer (no answer)
//   {op:"send", id, sid} / {op:"sabort", sid}       its digest / drop it
// Files are read in 1 MiB chunks (page cache: the bytes were just written), so a 32 MiB slice costs no
// more memory here than the chunk.
import { open } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import { createKeccak } from "hash-wasm";

const oneShot = await createKeccak(256);
const running = await createKeccak(256);
const buf = Buffer.allocUnsafe(1 << 20);
let runningError;
// streams (HashPool.sharedStream): a hasher each while open, reused afterwards
const streams = new Map();
const spare = [];

async function feedFile(hasher, path, offset, length) {
  const fh = await open(path, "r");
  try {
    let pos = offset;
    let left = length;
    while (left > 0) {
      const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, left), pos);
      if (bytesRead === 0) throw new Error(`${path}: ended ${left} bytes early`);
      hasher.update(buf.subarray(0, bytesRead));
      pos += bytesRead;
      left -= bytesRead;
    }
  } finally {
    await fh.close();
  }
}

async function run(job) {
  switch (job.op) {
    case "append":
      try {
        await feedFile(running, job.path, 0, job.length);
      } catch (e) {
        // a part that could not be fed makes the running hash wrong: its digest fails too
        runningError ??= e;
        throw e;
      }
      return undefined;
    case "digest": {
      const d = running.digest("binary");
      running.init();
      const err = runningError;
      runningError = undefined;
      if (err) throw err;
      return d;
    }
    case "sbegin": {
      const h = spare.pop() ?? (await createKeccak(256));
      h.init();
      h.update(new Uint8Array(job.prefix));
      streams.set(job.sid, h);
      return undefined;
    }
    case "sfeed":
      streams.get(job.sid)?.update(new Uint8Array(job.buf, job.offset, job.length));
      return undefined;
    case "send":
    case "sabort": {
      const h = streams.get(job.sid);
      streams.delete(job.sid);
      if (!h) throw new Error(`no hash stream ${job.sid}`);
      spare.push(h);
      return job.op === "send" ? h.digest("binary") : undefined;
    }
    case "shared":
      oneShot.init();
      if (job.prefix) oneShot.update(new Uint8Array(job.prefix));
      // hash-wasm copies its input into wasm memory in its own chunks: a view, no extra copy
      oneShot.update(new Uint8Array(job.buf, job.offset, job.length));
      return oneShot.digest("binary");
    default:
      oneShot.init();
      if (job.prefix) oneShot.update(new Uint8Array(job.prefix));
      await feedFile(oneShot, job.path, job.offset, job.length);
      return oneShot.digest("binary");
  }
}

let chain = Promise.resolve();
parentPort.on("message", (job) => {
  chain = chain.then(async () => {
    try {
      const digest = await run(job);
      if (job.id === undefined) return; // stream steps are not answered
      if (digest) parentPort.postMessage({ id: job.id, digest }, [digest.buffer]);
      else parentPort.postMessage({ id: job.id });
    } catch (e) {
      if (job.id === undefined) return;
      parentPort.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
    }
  });
});
