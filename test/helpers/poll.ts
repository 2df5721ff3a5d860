// Polls `probe` until it returns a value (a throw counts as "not yet": a daemon may be busy or
// restarting), or fails after `ms` naming what it waited for and the last error seen.
export async function pollUntil<T>(what: string, probe: () => Promise<T | undefined>, ms: number, intervalMs: number): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ""}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
