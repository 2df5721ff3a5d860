// Per-tx cost of our app's ABCI methods, in process (no cometbft, no sockets), with the same
// MsgSend load as bench/chain-throughput.ts: CheckTx of every tx, FinalizeBlock+Commit of the
// first half, ReCheck of the rest (what CometBFT does to the mempool after each block), then
// FinalizeBlock+Commit of the rest. Plus the main ante steps measured alone.
//
//   node --import tsx bench/lib/app-costs.ts [--accounts 200] [--txs 2000]
import { CheckTxType, Response, type ResponseCheckTx } from "cosmjs-types/tendermint/abci/types";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { encodeFinalizeBlockResponse } from "../../chain/abci/encoded-results.ts";
import { decodeTx } from "../../chain/tx/decode.ts";
import { directSignBytes } from "../../chain/tx/sign-doc.ts";
import { sha256 } from "../../chain/crypto/hash.ts";
import { pubKeyFromAny } from "../../chain/crypto/pubkey.ts";
import { verifySecp256k1 } from "../../chain/crypto/secp256k1.ts";
import { AppHarness, CHAIN_ID, genesisWith } from "../../test/helpers/app.ts";
import { benchAccounts, signedSendLanes } from "./stratos-txs.ts";

// CPU time, not wall time: the machine is shared, and a process that is descheduled for a while
// would otherwise charge that wait to whatever it was doing.
const now = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export interface AppCosts {
  txs: number;
  /** microseconds per tx */
  checkUs: number;
  recheckUs: number;
  deliverUs: number;
  /** ms per Commit of a block of txs/2 txs */
  commitMs: number;
  decodeUs: number;
  pubKeyFromAnyUs: number;
  sha256VerifyUs: number;
  /** single-core ceiling: 1e6 / (check + deliver + recheck/2 + commit per tx) */
  ceilingTxPerSec: number;
  /** ABCI Response encoding the server does per CheckTx, and its size */
  checkResponseEncodeUs: number;
  checkResponseBytes: number;
  /** ResponseFinalizeBlock encoding per tx in the block (the server's, reusing each result's bytes), and bytes per tx */
  finalizeResponseEncodeUs: number;
  /** the same with a plain Response.encode(fromPartial(...)) of the whole answer: the baseline */
  finalizeResponseEncodeStockUs: number;
  finalizeResponseBytesPerTx: number;
}

function interleave(lanes: Uint8Array[][]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let j = 0; out.length < lanes.flat().length; j++) for (const l of lanes) if (j < l.length) out.push(l[j]);
  return out;
}

export function measureAppCosts(accountsN = 200, txsN = 2000): AppCosts {
  const accounts = benchAccounts(accountsN);
  const txs = interleave(signedSendLanes(accounts, txsN, { chainId: CHAIN_ID, gas: 150_000n, gasPrice: 1_000_000_000n }));
  const h = new AppHarness();
  try {
    h.initChain(genesisWith(accounts.map((a) => ({ address: a.address, wei: 10n ** 21n }))));
    h.block([]);
    const half = Math.floor(txs.length / 2);
    const n0 = txs.length;
    const [a, b] = [txs.slice(0, half), txs.slice(half)];

    let t = now();
    let checkRes: ResponseCheckTx | undefined;
    for (const tx of txs) {
      const r = h.app.checkTx({ tx, type: CheckTxType.NEW });
      if (r.code !== 0) throw new Error(`CheckTx failed: ${r.log}`);
      checkRes ??= r;
    }
    const checkMs = now() - t;

    t = now();
    const fa = h.app.finalizeBlock(blockReq(h, a));
    const finA = now() - t;
    t = now();
    h.app.commit({});
    const commitA = now() - t;
    if (fa.txResults.some((r) => r.code !== 0)) throw new Error("a tx failed in FinalizeBlock");

    t = now();
    for (const tx of b) {
      const r = h.app.checkTx({ tx, type: CheckTxType.RECHECK });
      if (r.code !== 0) throw new Error(`ReCheckTx failed: ${r.log}`);
    }
    const recheckMs = now() - t;

    t = now();
    const fb = h.app.finalizeBlock(blockReq(h, b));
    const finB = now() - t;
    t = now();
    h.app.commit({});
    const commitB = now() - t;
    if (fb.txResults.some((r) => r.code !== 0)) throw new Error("a tx failed in FinalizeBlock");

    // What the ABCI server then does with the responses: encode them for the socket.
    t = now();
    let checkBytes = 0;
    for (let i = 0; i < n0; i++) checkBytes = Response.encode(Response.fromPartial({ checkTx: checkRes! })).finish().length;
    const checkEncMs = now() - t;
    t = now();
    const finBytes = encodeFinalizeBlockResponse(fb).length;
    const finEncMs = now() - t;
    t = now();
    const stockBytes = Response.encode(Response.fromPartial({ finalizeBlock: fb })).finish().length;
    const finEncStockMs = now() - t;
    if (stockBytes !== finBytes) throw new Error(`FinalizeBlock answer: ${finBytes} bytes spliced vs ${stockBytes} stock`);

    // The expensive ante steps alone.
    const lookup = (url: string) => h.app.wiring.msgs.get(url);
    t = now();
    const decoded = txs.map((tx) => decodeTx(tx, lookup));
    const decodeMs = now() - t;
    t = now();
    const keys = decoded.map((d) => pubKeyFromAny(d.authInfo.signerInfos[0].publicKey!));
    const pkMs = now() - t;
    const byAddr = new Map(accounts.map((acc) => [acc.address, acc]));
    const signBytes = decoded.map((d) =>
      directSignBytes(d, { chainId: CHAIN_ID, accountNumber: byAddr.get(d.signers[0])!.accountNumber, sequence: d.authInfo.signerInfos[0].sequence }),
    );
    t = now();
    for (let i = 0; i < decoded.length; i++) {
      if (!verifySecp256k1(keys[i].key, sha256(signBytes[i]), decoded[i].raw.signatures[0])) throw new Error("bad signature");
    }
    const verifyMs = now() - t;

    const n = txs.length;
    const us = (ms: number, k: number) => (1000 * ms) / k;
    const costs = {
      txs: n,
      checkUs: us(checkMs, n),
      recheckUs: us(recheckMs, b.length),
      deliverUs: us(finA + finB, n),
      commitMs: (commitA + commitB) / 2,
      decodeUs: us(decodeMs, n),
      pubKeyFromAnyUs: us(pkMs, n),
      sha256VerifyUs: us(verifyMs, n),
      ceilingTxPerSec: 0,
      checkResponseEncodeUs: us(checkEncMs, n0),
      checkResponseBytes: checkBytes,
      finalizeResponseEncodeUs: us(finEncMs, b.length),
      finalizeResponseEncodeStockUs: us(finEncStockMs, b.length),
      finalizeResponseBytesPerTx: finBytes / b.length,
    };
    costs.ceilingTxPerSec = 1e6 / (costs.checkUs + costs.deliverUs + costs.recheckUs / 2 + (1000 * costs.commitMs) / half);
    return costs;
  } finally {
    h.close();
  }
}

function blockReq(h: AppHarness, txs: Uint8Array[]) {
  h.height += 1n;
  return {
    txs,
    decidedLastCommit: { round: 0, votes: [] },
    misbehavior: [],
    hash: new Uint8Array(32),
    height: h.height,
    time: { seconds: 1_700_000_000n + h.height, nanos: 0 },
    nextValidatorsHash: new Uint8Array(32),
    proposerAddress: new Uint8Array(20),
  };
}

export function formatAppCosts(c: AppCosts): string {
  const f = (x: number) => x.toFixed(0).padStart(6);
  return [
    `in-process app costs over ${c.txs} MsgSends (CPU time of this process, no cometbft):`,
    `  CheckTx        ${f(c.checkUs)} us/tx   (first sight: decode, ante incl. signature verification)`,
    `  ReCheckTx      ${f(c.recheckUs)} us/tx   (decoded tx and verified signature reused)`,
    `  FinalizeBlock  ${f(c.deliverUs)} us/tx   (ante without ECDSA + bank send)`,
    `  Commit         ${f(c.commitMs * 1000)} us per block of ${Math.floor(c.txs / 2)} txs`,
    `  of which, alone: decodeTx ${c.decodeUs.toFixed(0)} us, pubKeyFromAny ${c.pubKeyFromAnyUs.toFixed(0)} us, sha256+verifySecp256k1 ${c.sha256VerifyUs.toFixed(0)} us`,
    `  ABCI response encoding: CheckTx ${c.checkResponseEncodeUs.toFixed(0)} us (${c.checkResponseBytes} bytes), FinalizeBlock ${c.finalizeResponseEncodeUs.toFixed(0)} us (stock encode ${c.finalizeResponseEncodeStockUs.toFixed(0)} us) and ${c.finalizeResponseBytesPerTx.toFixed(0)} bytes per tx`,
    `  single-core ceiling (check + deliver + recheck of half + commit): ${c.ceilingTxPerSec.toFixed(0)} tx/s`,
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let v: { accounts?: string; txs?: string };
  try {
    v = parseArgs({ args: process.argv.slice(2), strict: true, options: { accounts: { type: "string" }, txs: { type: "string" } } }).values;
    for (const [k, x] of Object.entries(v)) if (!/^\d+$/.test(x!) || Number(x) < 1) throw new Error(`--${k} must be a positive integer`);
  } catch (e) {
    console.error(`${(e as Error).message}\nusage: node --import tsx bench/lib/app-costs.ts [--accounts 200] [--txs 2000]`);
    process.exit(2);
  }
  measureAppCosts(Number(v.accounts ?? 200), Number(v.txs ?? 2000)); // warm-up (JIT, WASM tiers)
  console.log(formatAppCosts(measureAppCosts(Number(v.accounts ?? 200), Number(v.txs ?? 2000))));
}
