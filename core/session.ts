import { fromBase64, toBase64 } from './bytes';
import { flushPendingWrites } from './pending-writes';
import { sessionArea } from './vault/area';
import type { LockRecord } from './vault/lock';
import { OPEN_RECORD, POSITION_RECORD } from './vault/session-keys';

/**
 * What is unlocked right now. The data key lives in this view's memory only; `lock()` drops
 * every reference. The settings key (K, core/vault/prefs-key.ts) is here too once the code was
 * typed in this view, or read back from the grace record. Haven's shell is the one reader of the key (features/haven): it hands the key
 * to the screens that need it and shows the passphrase gate instead when there is none. An
 * optional short grace period is kept in `storage.session` (memory only, gone when the browser
 * closes) so reopening the popup within it skips the cover; lock and panic clear it.
 *
 *   locked ──code=──▶ open (Haven UI) ──passphrase──▶ unlocked (notes readable)
 *      ▲                    │                              │
 *      └──── lock / panic / popup closed / idle ◀──────────┘
 */
let dataKey: CryptoKey | null = null;
let prefsKey: Uint8Array | null = null;
let prefsKeyTyped = false;
let pendingRecords: CodeRecords | null = null;
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

/** The code records that the first right code after the update writes (core/vault/migrate.ts). */
export interface CodeRecords {
  /** The unlock record and the erase record, named as their storage keys (the cover names neither). */
  m1: LockRecord;
  m2: LockRecord;
}

/** The code was typed in this view: its settings key, and records still to be written. */
export function handPrefsKey(raw: Uint8Array, records: CodeRecords | null = null): void {
  prefsKey = raw;
  prefsKeyTyped = true;
  pendingRecords = records;
}

/** After the code changed: the new key, kept in the grace record too if one is running. */
export async function replacePrefsKey(raw: Uint8Array): Promise<void> {
  prefsKey = raw;
  const record = await readOpenRecord();
  if (record) await sessionArea.set({ [OPEN_RECORD]: { t: record.until, k: toBase64(raw) } }).catch(() => undefined);
}

/** The settings key, if this view has it (null: settings fall back to their defaults). */
export function currentPrefsKey(): Uint8Array | null {
  return prefsKey;
}

/** Whether the key came from the code typed in this view (not from a grace period). */
export function prefsKeyWasTyped(): boolean {
  return prefsKeyTyped;
}

/** The records to write once, handed over by the code check; null when there are none. */
export function takePendingRecords(): CodeRecords | null {
  const records = pendingRecords;
  pendingRecords = null;
  return records;
}

/** For tests: forget the settings key. */
export function forgetPrefsKey(): void {
  prefsKey = null;
  prefsKeyTyped = false;
  pendingRecords = null;
}

/**
 * Drop the key and everything decrypted with it; end any grace period (and its copy of the
 * settings key) and forget the article's reading position, so nothing revealing outlives a lock. Words still being saved
 * are finished first: each autosaver holds the key it was given, so its last write lands even
 * though the session no longer has the key (resolves once they have, within a bound).
 */
export async function lock(): Promise<void> {
  const flushed = flushPendingWrites();
  dataKey = null;
  for (const listener of lockListeners) listener();
  for (const listener of changeListeners) listener(null);
  await Promise.all([flushed, sessionArea.remove([OPEN_RECORD, POSITION_RECORD]).catch(() => undefined)]);
}

/**
 * After the code opened Haven: remember it for a few minutes, if the user chose so, with the
 * settings key (raw, memory only), so a popup reopened within that time can read the settings.
 */
export async function startGrace(minutes: number, now = Date.now()): Promise<void> {
  if (minutes > 0 && prefsKey) await sessionArea.set({ [OPEN_RECORD]: { t: now + minutes * 60_000, k: toBase64(prefsKey) } }).catch(() => undefined);
}

export async function withinGrace(now = Date.now()): Promise<boolean> {
  const record = await readOpenRecord();
  return record !== null && record.until > now;
}

/** Reopened within the grace period: take the settings key from it. */
export async function restorePrefsKey(now = Date.now()): Promise<boolean> {
  const record = await readOpenRecord();
  if (!record || record.until <= now) return false;
  prefsKey = record.key;
  return true;
}

async function readOpenRecord(): Promise<{ until: number; key: Uint8Array } | null> {
  const stored = (await sessionArea.get([OPEN_RECORD]).catch(() => ({})) as Record<string, unknown>)[OPEN_RECORD] as { t?: unknown; k?: unknown } | undefined;
  if (!stored || typeof stored.t !== 'number' || typeof stored.k !== 'string') return null;
  try {
    const key = fromBase64(stored.k);
    return key.length === 32 ? { until: stored.t, key } : null;
  } catch {
    return null;
  }
}
