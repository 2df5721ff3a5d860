// Worker thread of resource-node/slice-sender.ts: PUTs a byte range of a file to a peer over HTTP, so the
// socket writes (a syscall copy per chunk, on the thread that owns the socket) and the file reads' buffers
// of an upload's replicas run beside the gateway's main thread instead of on it. The request is signed by
// the main thread (headers given); the answer (status + body) goes back as it came, the main thread
// maps it to a result or a ProtocolError as NodeClient.putSlice does.
//   {id, url, path, headers, file, offset, size, connectTimeoutMs, idleTimeoutMs}
//   → {id, progress: bytes} (every PROGRESS bytes sent), then {id, status, body} or {id, error, timeout?}
import { createReadStream } from "node:fs";
import { Agent, request } from "node:http";
import { pipeline } from "node:stream/promises";
import { parentPort } from "node:worker_threads";

const agent = new Agent({ keepAlive: true, maxSockets: 16, keepAliveMsecs: 10_000 });
const PROGRESS = 4 << 20;
const MAX_ANSWER = 1 << 20;

function put(job) {
  return new Promise((resolve) => {
    let done = false;
    const finish = (m) => {
      if (done) return;
      done = true;
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
      finish({ id: job.id, error: e.message, timeout: e.timeout === true });
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
      res.on("end", () => finish({ id: job.id, status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", (e) => finish({ id: job.id, error: e.message }));
    });
    const body = createReadStream(job.file, { highWaterMark: 1 << 20, start: job.offset, end: job.offset + job.size - 1 });
    let sent = 0;
    let told = 0;
    body.on("data", (c) => {
      sent += c.length;
      if (sent - told >= PROGRESS || sent === job.size) {
        parentPort.postMessage({ id: job.id, progress: sent - told });
        told = sent;
      }
    });
    pipeline(body, req).catch((e) => {
      // a peer that answers early (409, 413) closes the upload: its answer wins
      setTimeout(() => finish({ id: job.id, error: e.message }), 50);
    });
  });
}

parentPort.on("message", (job) => {
  void put(job).then((m) => parentPort.postMessage(m));
});
