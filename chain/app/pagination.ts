import type { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { errors } from "./errors.ts";
import type { KVPair } from "./kv.ts";

const DEFAULT_LIMIT = 100n;

/**
 * Cosmos pagination over an ascending iterator: by next_key (a key to start from) or by offset.
 * `next_key` is the store key of the first item of the next page, as the SDK returns it.
 */
export function paginate<T>(
  it: (start?: Uint8Array) => Iterable<KVPair>,
  page: PageRequest | undefined,
  map: (kv: KVPair) => T,
): { items: T[]; pagination: PageResponse } {
  if (page?.reverse) throw errors.notSupported("reverse pagination is not supported");
  const useKey = page?.key !== undefined && page.key.length > 0;
  if (useKey && page!.offset > 0n) throw errors.invalidRequest("either offset or key is expected, got both");
  const limit = page && page.limit > 0n ? page.limit : DEFAULT_LIMIT;
  const offset = useKey ? 0n : (page?.offset ?? 0n);
  const items: T[] = [];
  let nextKey: Uint8Array = new Uint8Array();
  let index = 0n;
  let total = 0n;
  const countTotal = !useKey && page?.countTotal === true;
  for (const kv of it(useKey ? page!.key : undefined)) {
    if (index >= offset && index < offset + limit) items.push(map(kv));
    else if (index === offset + limit) {
      nextKey = kv[0];
      if (!countTotal) return { items, pagination: { nextKey, total: 0n } };
    }
    index++;
  }
  total = countTotal ? index : 0n;
  return { items, pagination: { nextKey, total } };
}
