import type { CodeRecords } from '../session';
import { readLocal, removeLocal, writeLocal } from './area';
import { LEGACY_LOCK_KEY, LEGACY_SETTINGS_KEY, LEGACY_WIPE_KEY } from './legacy-layout';
import { dummyCodeRecord, LOCK_KEY, parseLockRecord } from './lock';
import { loadPrefsRecord, PREFS_KEY } from './prefs-record';
import { DEFAULT_SETTINGS, parseSealed, sealPrefs, type Settings } from './settings';
import { WIPE_KEY } from './wipe';

const LEGACY_KEYS = [LEGACY_SETTINGS_KEY, LEGACY_LOCK_KEY, LEGACY_WIPE_KEY];

/**
 * At the first right code after the update from 0.1.0 (the code check found a v1 record and
 * handed over new records and K): the new unlock record (new salt), the erase record (0.1.0's
 * converted, or a dummy when there was none) and the settings, 0.1.0's plain ones sealed with K
 * this one time (they were obeyed before the update), in ONE write; then 0.1.0's keys go.
 * A crash before the write changes nothing (the next code starts again); after it, the new
 * records are read first and the old keys are removed at the next open. A 0.1.0 `settings`
 * found after that is ignored and removed. Returns the key to use, or null when another view
 * migrated first with its own new salt (this view's K then opens nothing; it acts without).
 */
export async function finishUpdate(key: Uint8Array | null, pending: CodeRecords | null): Promise<Uint8Array | null> {
  const stored = await readLocal([LOCK_KEY, WIPE_KEY, ...LEGACY_KEYS]);
  if (pending && key) {
    if (parseLockRecord(stored[LOCK_KEY])?.v === 2) return null;
    const plain = await loadPrefsRecord();
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      ...parseSealed(stored[LEGACY_SETTINGS_KEY]),
      setupDone: plain.ready,
      offerSetup: plain.intro,
      language: plain.lang,
      // 0.1.0 had an erase record only while an erase code was on (moved to m2 as it was, v1).
      eraseCode: parseLockRecord(stored[WIPE_KEY])?.v === 1 || parseLockRecord(stored[LEGACY_WIPE_KEY]) !== null,
    };
    await writeLocal({ [LOCK_KEY]: pending.m1, [WIPE_KEY]: pending.m2, [PREFS_KEY]: await sealPrefs(settings, key) });
  } else if (stored[WIPE_KEY] === undefined && parseLockRecord(stored[LOCK_KEY])) {
    // The erase record exists in every state: one removed by hand comes back as a dummy.
    await writeLocal({ [WIPE_KEY]: dummyCodeRecord(parseLockRecord(stored[LOCK_KEY])!.kdf) });
  }
  const leftover = LEGACY_KEYS.filter((name) => stored[name] !== undefined);
  if (leftover.length) await removeLocal(leftover);
  return key;
}
