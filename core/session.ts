import { flushPendingWrites } from './pending-writes';
import { sessionArea } from './vault/area';

/**
 * What is unlocked right now. The data key lives in this view's memory only; `lock()` drops
 * every reference. Haven's shell is the one reader of the key (features/haven): it hands the key
 * to the screens that need it and shows the passphrase gate instead when there is none. An
 * optional short grace period is kept in `storage.session` (memory only, gone when the browser
 * closes) so reopening the popup within it skips the cover; lock and panic clear it.
 *
 *   locked ──code=──▶ open (Haven UI) ──passphrase──▶ unlocked (notes readable)
 *      ▲                    │                              │
 *      └──── lock / panic / popup closed / idle ◀──────────┘
 */
const GRACE_KEY = 'graceUntil';

let dataKey: CryptoKey | null = null;
const lockListeners = new Set<() => void>();
const changeListeners = new Set<(key: CryptoKey | null) => void>();

export function currentKey(): CryptoKey | null {
  return dataKey;
}

export function setKey(key: CryptoKey): void {
  dataKey = key;
  // For the benchmark: when the key was ready, so "unlock to list" can leave out the KDF.
  performance.mark('key-ready');
  for (const listener of changeListeners) listener(key);
}

export function isUnlocked(): boolean {
  return dataKey !== null;
}

/** Run when the session locks (views drop decrypted text they hold). */
export function onLock(listener: () => void): () => void {
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

/** Run whenever the key comes or goes (the shell re-renders on it). */
export function onKeyChange(listener: (key: CryptoKey | null) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/**
 * Drop the key and everything decrypted with it; end any grace period. Words still being saved
 * are finished first: each autosaver holds the key it was given, so its last write lands even
 * though the session no longer has the key (resolves once they have, within a bound).
 */
export async function lock(): Promise<void> {
  const flushed = flushPendingWrites();
  dataKey = null;
  for (const listener of lockListeners) listener();
  for (const listener of changeListeners) listener(null);
  await Promise.all([flushed, sessionArea.remove([GRACE_KEY]).catch(() => undefined)]);
}

/** After the code opened Haven: remember it for a few minutes, if the user chose so. */
export async function startGrace(minutes: number, now = Date.now()): Promise<void> {
  if (minutes > 0) await sessionArea.set({ [GRACE_KEY]: now + minutes * 60_000 }).catch(() => undefined);
}

export async function withinGrace(now = Date.now()): Promise<boolean> {
  const until = (await sessionArea.get([GRACE_KEY]).catch(() => ({})) as Record<string, unknown>)[GRACE_KEY];
  return typeof until === 'number' && until > now;
}
