// `meta-node audit <epoch>`: anyone with the chain's RPC and one meta node's URL checks a volume
// report. The on-chain report (report_reference, per-wallet volumes from its MsgVolumeReport tx) is
// compared with what the receipts prove: every receipt's wallet signature, its Merkle proof against
// report_reference, one receipt per (permit, slice), its bytes = the slice's size in the file index,
// and the per-node volumes recomputed from them. Nothing is taken on the meta node's word.
import { TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { RpcClient } from "../chain/cli/rpc.ts";
import { stratos } from "../proto/client.ts";
import { checkReceiptSignature, parseSignedReceipt, receiptLeaf, receiptSlot, verifyMerkleProof } from "./protocol/receipt.ts";

export interface AuditResult {
  ok: boolean;
  epoch: number;
  reportReference: string;
  reporter: string;
  receipts: number;
  /** per resource node: bytes proven by receipts, and its owner wallet */
  nodes: { node: string; wallet: string; bytes: string }[];
  /** per wallet: on chain vs proven */
  wallets: { wallet: string; onChain: string; proven: string; ok: boolean }[];
  problems: string[];
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function getJson(url: string): Promise<any> {
  const r = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const j: any = await r.json().catch(() => ({}));
  if (!r.ok) throw new HttpError(r.status, `${url}: HTTP ${r.status}: ${j?.error?.message ?? ""}`);
  return j;
}

/** A meta node answers 404 for a report its chain follower has not reached yet: it is a few blocks
 * behind the RPC node the report was read from, so the first page is asked again for `waitMs`. */
async function firstAuditPage(url: string, waitMs: number): Promise<any> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await getJson(url);
    } catch (e) {
      if (!(e instanceof HttpError) || e.status !== 404 || Date.now() >= deadline) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

export async function auditEpoch(o: { chainRpc: string; metaUrl: string; epoch: number; waitMs?: number }): Promise<AuditResult> {
  const rpc = new RpcClient(o.chainRpc);
  const pot = stratos.pot.v1;
  const problems: string[] = [];
  const info = pot.QueryVolumeReportResponse.decode(await rpc.query("/stratos.pot.v1.Query/VolumeReport", pot.QueryVolumeReportRequest.encode({ epoch: BigInt(o.epoch) }).finish())).reportInfo;
  if (!info || !info.reference) throw new Error(`the chain has no volume report for epoch ${o.epoch}`);
  const reference = info.reference;
  // The volumes the chain paid: from the MsgVolumeReport in the report's tx.
  const onChain = new Map<string, bigint>();
  const tx = await rpc.call("tx", { hash: Buffer.from(info.txHash.replace(/^0x/i, ""), "hex").toString("base64") });
  const body = TxBody.decode(TxRaw.decode(Buffer.from(tx.tx, "base64")).bodyBytes);
  for (const m of body.messages) {
    if (m.typeUrl !== "/stratos.pot.v1.MsgVolumeReport") continue;
    const msg = pot.MsgVolumeReport.decode(m.value);
    if (BigInt(msg.epoch) !== BigInt(o.epoch)) continue;
    for (const w of msg.walletVolumes ?? []) onChain.set(w.walletAddress, (onChain.get(w.walletAddress) ?? 0n) + BigInt(w.volume));
  }
  // Receipts with proofs, page by page.
  const base = o.metaUrl.replace(/\/+$/, "");
  let after = 0;
  let total = -1;
  const seen = new Set<string>();
  const leaves = new Set<string>();
  const nodeBytes = new Map<string, bigint>();
  const files = new Map<string, any>();
  let count = 0;
  for (;;) {
    const url = `${base}/v1/pot/epochs/${o.epoch}/audit?after=${after}&limit=500`;
    const page = after === 0 ? await firstAuditPage(url, o.waitMs ?? 30_000) : await getJson(url);
    if (page.reportReference !== reference) problems.push(`the meta node answers for report_reference ${page.reportReference}, the chain has ${reference}`);
    total = page.total;
    for (const it of page.items ?? []) {
      count++;
      const sr = parseSignedReceipt(it.receipt);
      if (typeof sr === "string") {
        problems.push(`receipt ${it.index}: ${sr}`);
        continue;
      }
      const r = sr.receipt;
      const tag = `receipt ${it.index} (permit ${r.permit} slice ${r.slice}, server ${r.server})`;
      const leaf = receiptLeaf(sr);
      if (!verifyMerkleProof(leaf, it.proof ?? [], reference)) problems.push(`${tag}: its Merkle proof does not lead to report_reference ${reference}`);
      if (leaves.has(leaf.toString("hex"))) problems.push(`${tag}: listed twice`);
      leaves.add(leaf.toString("hex"));
      const why = checkReceiptSignature(sr);
      if (why) {
        problems.push(`${tag}: ${why}`);
        continue;
      }
      if (seen.has(receiptSlot(r))) {
        problems.push(`${tag}: a second receipt for the same permit and slice`);
        continue;
      }
      seen.add(receiptSlot(r));
      const fk = `${r.owner}/${r.file}`;
      if (!files.has(fk)) files.set(fk, await getJson(`${base}/v1/files/${r.file}?owner=${r.owner}`).catch(() => null));
      const slice = files.get(fk)?.slices?.find((s: any) => s.number === r.slice);
      if (!slice) problems.push(`${tag}: the file index has no such slice`);
      else if (slice.hash !== r.sliceHash || slice.size !== r.bytes) problems.push(`${tag}: counts ${r.bytes} bytes of ${r.sliceHash}; the slice is ${slice.size} bytes, ${slice.hash}`);
      nodeBytes.set(r.server, (nodeBytes.get(r.server) ?? 0n) + BigInt(r.bytes));
    }
    if (page.next === null || page.next === undefined) break;
    after = page.next;
  }
  if (count !== total) problems.push(`the meta node listed ${count} of ${total} receipts`);
  // Wallet of each serving node, from the chain.
  const reg = stratos.register.v1;
  const proven = new Map<string, bigint>();
  const nodes: AuditResult["nodes"] = [];
  for (const [node, bytes] of [...nodeBytes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let wallet = "";
    try {
      wallet = reg.QueryResourceNodeResponse.decode(await rpc.query("/stratos.register.v1.Query/ResourceNode", reg.QueryResourceNodeRequest.encode({ networkAddr: node }).finish())).node?.ownerAddress ?? "";
    } catch (e) {
      problems.push(`${node} is not a resource node on chain (${(e as Error).message})`);
    }
    nodes.push({ node, wallet, bytes: bytes.toString() });
    if (wallet) proven.set(wallet, (proven.get(wallet) ?? 0n) + bytes);
  }
  const wallets: AuditResult["wallets"] = [];
  for (const w of [...new Set([...onChain.keys(), ...proven.keys()])].sort()) {
    const a = onChain.get(w) ?? 0n, b = proven.get(w) ?? 0n;
    wallets.push({ wallet: w, onChain: a.toString(), proven: b.toString(), ok: a === b });
    if (a !== b) problems.push(`wallet ${w}: the chain paid for ${a} noz of traffic, the receipts prove ${b}`);
  }
  return { ok: problems.length === 0, epoch: o.epoch, reportReference: reference, reporter: info.reporter, receipts: count, nodes, wallets, problems };
}
