// Reusable shared-memory slice buffers for downloads. A download receives each slice into a
// SharedArrayBuffer (so a HashPool worker can hash it in place); allocating a fresh 32 MiB one per
// slice left the freeing to V8's GC, and a 1 GiB download peaked at ~500 MB RSS. Reusing the
// buffers bounds a download's slice memory at (window + 1) × slice size, whatever the GC does.

/** Idle buffers kept for reuse (beyond this they are dropped for the GC). */
const DEFAULT_IDLE_CAP_BYTES = 160 << 20;

export class SliceBufferPool {
  private readonly idle = new Map<number, SharedArrayBuffer[]>();
  private idleBytes = 0;
  /** Buffers created (not reused) since start. */
  allocated = 0;
  /** Bytes handed out and not yet given back. */
  inUseBytes = 0;
  /** The most bytes handed out at once since start (or the last resetPeak). */
  peakInUseBytes = 0;

  constructor(private readonly idleCapBytes = DEFAULT_IDLE_CAP_BYTES) {}

  /** A buffer of exactly `capacity` bytes (contents undefined). */
  take(capacity: number): SharedArrayBuffer {
    const list = this.idle.get(capacity);
    let buf = list?.pop();
    if (buf) this.idleBytes -= capacity;
    else {
      buf = new SharedArrayBuffer(capacity);
      this.allocated++;
    }
    this.inUseBytes += capacity;
    if (this.inUseBytes > this.peakInUseBytes) this.peakInUseBytes = this.inUseBytes;
    return buf;
  }

  /** Gives a buffer from take() back; the caller must hold no view of it any more. */
  give(buf: SharedArrayBuffer): void {
    this.inUseBytes -= buf.byteLength;
    if (this.idleBytes + buf.byteLength > this.idleCapBytes) return;
    const list = this.idle.get(buf.byteLength) ?? [];
    list.push(buf);
    this.idle.set(buf.byteLength, list);
    this.idleBytes += buf.byteLength;
  }

  /** Bytes held idle for reuse. */
  get heldBytes(): number {
    return this.idleBytes;
  }

  resetPeak(): void {
    this.peakInUseBytes = this.inUseBytes;
  }
}
