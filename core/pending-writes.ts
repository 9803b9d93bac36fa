/**
 * Writes that must land before a view goes away: every autosaver registers how to finish its
 * save, and the session's lock, a quick close and the page hiding all wait for them here (for a
 * bounded time, so a quick close never hangs on a stuck write). No UI, no storage.
 */
type Flush = () => Promise<void>;

const pending = new Set<Flush>();

/** Register a flush; the returned function unregisters it. */
export function registerPendingWrite(flush: Flush): () => void {
  pending.add(flush);
  return () => pending.delete(flush);
}

/**
 * Finish every registered write, started at once and in parallel. Resolves when all have
 * settled, or after `limitMs` (a failure is the autosaver's to report, not the caller's).
 */
export function flushPendingWrites(limitMs = 1_000): Promise<void> {
  const all = Promise.allSettled([...pending].map((flush) => flush())).then(() => undefined);
  return Promise.race([all, new Promise<void>((resolve) => setTimeout(resolve, limitMs))]);
}
