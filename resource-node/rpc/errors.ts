// Errors from the gateway and the meta nodes → Stratos return codes with a readable detail.
import { R, type ReturnCode } from "./codes.ts";

const BY_WORD: Record<string, ReturnCode> = {
  bad_signature: R.SIGNATURE_FAILURE,
  unauthenticated: R.SIGNATURE_FAILURE,
  not_found: R.FILE_REQ_FAILURE,
  forbidden: R.WRONG_WALLET_ADDRESS,
  bad_request: R.WRONG_INPUT,
  too_large: R.WRONG_FILE_SIZE,
  hash_mismatch: R.WRONG_FILE_INFO,
  corrupt: R.FILE_REQ_FAILURE,
  conflict: R.CONFLICT_WITH_ANOTHER_SESSION,
  timeout: R.TIME_OUT,
  unavailable: R.INTERNAL_COMM_FAILURE,
  // ppd reports every other meta-node refusal (e.g. not enough ozone) as INTERNAL_DATA_FAILURE + message.
  insufficient_ozone: R.INTERNAL_DATA_FAILURE,
};

export function codeOf(e: unknown): { code: ReturnCode; detail: string } {
  const word = e && typeof e === "object" && typeof (e as { code?: unknown }).code === "string" ? (e as { code: string }).code : "";
  const detail = e instanceof Error ? e.message : String(e);
  return { code: BY_WORD[word] ?? R.INTERNAL_DATA_FAILURE, detail };
}
