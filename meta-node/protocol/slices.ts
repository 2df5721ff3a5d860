// Slice layout (PROTOCOL.md "Permits"): slice n (from 1) covers bytes
// [(n−1)·sliceSize, min(n·sliceSize, fileSize)); a 0-byte file has no slices.

/** Stratos' slice size (DefaultSliceBlockSize = MaxSliceSize, 32 MiB). */
export const DEFAULT_SLICE_SIZE = 33_554_432;

export interface SliceRange {
  number: number;
  offset: number;
  size: number;
}

function checkArgs(fileSize: number, sliceSize: number): void {
  if (!Number.isSafeInteger(fileSize) || fileSize < 0) throw new RangeError(`file size must be a non-negative integer, got ${fileSize}`);
  if (!Number.isSafeInteger(sliceSize) || sliceSize < 1) throw new RangeError(`slice size must be a positive integer, got ${sliceSize}`);
}

export function sliceCount(fileSize: number, sliceSize: number): number {
  checkArgs(fileSize, sliceSize);
  return Math.ceil(fileSize / sliceSize);
}

export function sliceRange(number: number, fileSize: number, sliceSize: number): SliceRange {
  const count = sliceCount(fileSize, sliceSize);
  if (!Number.isSafeInteger(number) || number < 1 || number > count) throw new RangeError(`slice number ${number} is not in 1..${count}`);
  const offset = (number - 1) * sliceSize;
  return { number, offset, size: Math.min(sliceSize, fileSize - offset) };
}

export function sliceLayout(fileSize: number, sliceSize: number): SliceRange[] {
  const count = sliceCount(fileSize, sliceSize);
  const out: SliceRange[] = [];
  for (let n = 1; n <= count; n++) out.push(sliceRange(n, fileSize, sliceSize));
  return out;
}

/** Ozone (noz) of an upload: 1 noz per byte moved, fileSize × replicas. */
export function uploadNoz(fileSize: number | bigint, replicas: number): bigint {
  return BigInt(fileSize) * BigInt(replicas);
}

/** Ozone (noz) of a download: fileSize. */
export function downloadNoz(fileSize: number | bigint): bigint {
  return BigInt(fileSize);
}
