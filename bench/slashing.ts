// Block cost of slashing's liveness tracking (and distribution's allocation) with 100 validators, in
// process: FinalizeBlock + Commit per block, with the last commit's 100 votes vs none, with a fee to
// allocate vs none, and with 10 validators missing every block. Prints ms/block and the keys written.
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import type { VoteInfo } from "cosmjs-types/tendermint/abci/types";
import { sha256 } from "../chain/crypto/hash.ts";
import { signTxDirect } from "../chain/keys/eth-signer.ts";
import { buildGentx, gentxToJson } from "../modules/genutil/gentx.ts";
import { consAddressBytes, valoperOf } from "../modules/staking/types.ts";
import { AppHarness, CHAIN_ID, genesisWith, testSigner } from "../test/helpers/app.ts";

const N = 100;
const BLOCKS = Number(process.env.BLOCKS ?? 200);
const enc = new TextEncoder();
const ops = Array.from({ length: N }, (_, i) => testSigner(`bench-slashing-op-${i}`));
const consKeys = ops.map((_, i) => sha256(enc.encode(`bench-slashing-cons-${i}`)));
const payer = testSigner("bench-slashing-payer");

const h = new AppHarness();
const g = genesisWith([...ops, payer].map((s) => ({ address: s.address, wei: 10n ** 21n })));
g.genutil.gen_txs = ops.map((signer, i) => gentxToJson(buildGentx({ signer, chainId: CHAIN_ID, consPubKey: consKeys[i], amount: 10n ** 16n, moniker: `v${i}` }, signTxDirect, valoperOf)));
h.initChain(g);
h.block();
const votes = (missing: number): VoteInfo[] => consKeys.map((k, i) => ({ validator: { address: consAddressBytes(k), power: 10n }, blockIdFlag: i < missing ? 1 : 2 }));
const feeTx = () => {
  const acc = h.account(payer.address)!;
  const value = MsgSend.encode({ fromAddress: payer.address, toAddress: payer.address, amount: [{ denom: "wei", amount: "1" }] }).finish();
  return signTxDirect({ signer: payer, chainId: CHAIN_ID, accountNumber: acc.accountNumber, sequence: acc.sequence, messages: [{ typeUrl: MsgSend.typeUrl, value }], fee: { amount: [{ denom: "wei", amount: "200000000000000" }], gas: 200_000n } });
};

function run(title: string, opts: { votes: boolean; fee: boolean; missing?: number }): void {
  let ms = 0;
  let hashMoves = 0;
  let last = Buffer.from(h.app.store.rootHash).toString("hex");
  for (let b = 0; b < BLOCKS; b++) {
    const txs = opts.fee ? [feeTx()] : [];
    const t0 = process.hrtime.bigint();
    h.block(txs, { votes: opts.votes ? votes(opts.missing ?? 0) : [] });
    ms += Number(process.hrtime.bigint() - t0) / 1e6;
    const root = Buffer.from(h.app.store.rootHash).toString("hex");
    if (root !== last) hashMoves++;
    last = root;
  }
  console.log(`${title.padEnd(58)} ${(ms / BLOCKS).toFixed(3).padStart(8)} ms/block   app hash moved in ${hashMoves}/${BLOCKS} blocks`);
}

console.log(`${N} validators, ${BLOCKS} blocks per row (FinalizeBlock + Commit, lmdb)`);
run("no votes, no txs (baseline)", { votes: false, fee: false });
run(`${N} signed votes, no txs (slashing reads, nothing written)`, { votes: true, fee: false });
run("no votes, one fee tx", { votes: false, fee: true });
run(`${N} signed votes, one fee tx (distribution allocates to ${N})`, { votes: true, fee: true });
run(`${N} votes of which 10 missing, no txs`, { votes: true, fee: false, missing: 10 });
h.close();
