// Worker thread of resource-node/slice-sender.ts: PUTs a byte range of a file to a peer over HTTP, so the
// socket writes (a syscall copy per chunk, on the thread that owns the socket) and the file reads' buffers
// of an upload's replicas run beside the gateway's main thread instead of on it. The request is signed by
// the main thread (headers given); the answer (status + body) goes back as it came, the main thread
// maps it to a result or a ProtocolError as NodeClient.putSlice does.
//   {id, url, path, headers, file, offset, size, connectTimeoutMs, idleTimeoutMs}
//   → {id, progress: bytes} (every PROGRESS bytes sent), then {id, status, body} or {id, error, timeout?}
import { open } from "node:fs/promises";
import { Agent, request } from "node:http";
import { parentPort } from "node:worker_threads";

const agent = new Agent({ keepAlive: true, maxSockets: 16, keepAliveMsecs: 10_000 });
const PROGRESS = 4 << 20;
const MAX_ANSWER = 1 << 20;
const CHUNK = 1 << 20;

function put(job) {
  return new Promise((resolve) => {
    let done = false;
    let stopSending;
    // answered (or failed): the body loop stops waiting for writes a closed request may never confirm
    const stopped = new Promise((r) => (stopSending = r));
    const finish = (m) => {
      if (done) return;
      done = true;
      stopSending();
      resolve(m);
    };
    const url = new URL(job.url);
    const req = request({ host: url.hostname, port: url.port || 80, method: "PUT", path: job.path, headers: job.headers, agent });
    const connectTimer = setTimeout(() => req.destroy(Object.assign(new Error(`no connection within ${job.connectTimeoutMs} ms`), { timeout: true })), job.connectTimeoutMs);
    req.on("socket", (s) => {
      if (!s.connecting) clearTimeout(connectTimer);
      else s.once("connect", () => clearTimeout(connectTimer));
    });
    req.setTimeout(job.idleTimeoutMs, () => req.destroy(Object.assign(new Error(`peer silent for ${job.idleTimeoutMs} ms`), { timeout: true })));
    req.on("error", (e) => {
      clearTimeout(connectTimer);
      // a peer that answers early (409, 413) and closes: its answer, parsed first, wins
      if (e.timeout === true) finish({ id: job.id, error: e.message, timeout: true });
      else setTimeout(() => finish({ id: job.id, error: e.message }), 50);
    });
    req.on("response", (res) => {
      clearTimeout(connectTimer);
      res.socket?.setTimeout(job.idleTimeoutMs);
      const chunks = [];
      let n = 0;
      res.on("data", (c) => {
        n += c.length;
        if (n > MAX_ANSWER) {
          res.destroy();
          finish({ id: job.id, error: `answer larger than ${MAX_ANSWER} bytes` });
        } else chunks.push(c);
      });
      const status = res.statusCode ?? 0;
      const answer = () => finish({ id: job.id, status, body: Buffer.concat(chunks).toString("utf8") });
      res.on("end", answer);
      // cut off while the answer was read: an error answer still counts (its status says what went wrong)
      res.on("close", () => (res.complete || status < 200 || status >= 300 ? answer() : finish({ id: job.id, error: "answer cut off" })));
    });
    sendBody(job, req, stopped).catch((e) => {
      if (done) return; // answered already: the request is complete, its socket back in the pool
      req.destroy();
      // a peer that answers early (409, 413) closes the upload: its answer wins
      setTimeout(() => finish({ id: job.id, error: e.message }), 50);
    });
  });
}

/**
 * The file range into the request from two reused 1 MiB buffers: one is read while the other is being
 * written, and a buffer is read into again only after its write completed (no allocation per chunk, so
 * this thread's memory stays flat however many replicas it sends).
 */
async function sendBody(job, req, stopped) {
  const STOP = Symbol("stopped");
  const wait = async (p) => {
    if ((await Promise.race([p, stopped.then(() => STOP)])) === STOP) throw new Error("request ended");
  };
  const fh = await open(job.file, "r");
  try {
    const bufs = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
    const inFlight = [Promise.resolve(), Promise.resolve()];
    let pos = job.offset;
    let left = job.size;
    let told = 0;
    for (let k = 0; left > 0; k ^= 1) {
      await wait(inFlight[k]);
      const { bytesRead } = await fh.read(bufs[k], 0, Math.min(CHUNK, left), pos);
      if (bytesRead === 0) throw new Error(`${job.file} ended ${left} bytes early`);
      pos += bytesRead;
      left -= bytesRead;
      inFlight[k] = new Promise((resolve, reject) => req.write(bufs[k].subarray(0, bytesRead), (e) => (e ? reject(e) : resolve())));
      inFlight[k].catch(() => undefined);
      const sent = job.size - left;
      if (sent - told >= PROGRESS || left === 0) {
        parentPort.postMessage({ id: job.id, progress: sent - told });
        told = sent;
      }
    }
    await wait(Promise.all(inFlight));
    await wait(new Promise((resolve) => req.end(resolve)));
  } finally {
    await fh.close();
  }
}

parentPort.on("message", (job) => {
  void put(job).then((m) => parentPort.postMessage(m));
});
