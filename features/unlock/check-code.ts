import { wipe as wipeBytes } from '@/core/bytes';
import { handPrefsKey } from '@/core/session';
import { dummyCodeRecord, loadLock, matchCode, newCodeRecord, upgradeRecord, type LockRecord } from '@/core/vault/lock';
import { prefsKeyBytes } from '@/core/vault/prefs-key';
import { loadWipeRecord } from '@/core/vault/wipe';

export const CODE_MIN_DIGITS = 4;
export const CODE_MAX_DIGITS = 12;

/** Only a run of 4 to 12 digits before `=` can be the code; anything else is just arithmetic. */
export function isCodeCandidate(digits: string): boolean {
  return new RegExp(`^\\d{${CODE_MIN_DIGITS},${CODE_MAX_DIGITS}}$`).test(digits);
}

/** What a code typed on the cover does: open Haven, erase it (the opt-in wipe code), or nothing. */
export type CoverCodeResult = 'open' | 'clear' | null;

/** The unlock code's record and the erase code's (neutral names: they ship with the cover). */
interface CoverRecords {
  first: LockRecord | null;
  second: LockRecord | null;
}

let cached: Promise<CoverRecords> | null = null;

/**
 * Hash the typed digits and compare with the stored hashes in constant time. Every candidate
 * costs the same, right or wrong, unlock or wipe, set or not: two Argon2id runs with the same
 * parameters, one against the unlock record and one against the erase record (which always
 * exists; only a storage from 0.1.0 without an erase code lacks it, and then the second run is
 * against the unlock record again, its result ignored). The display never waits for it.
 *
 * The right unlock code also gives the settings key K, handed to the session for Haven's chunk,
 * which opens the sealed settings. A 0.1.0 record (v1) is replaced at this first right code: a
 * new salt (one more Argon2id run, once), so K cannot be derived from the old bytes on disk.
 */
export async function checkCoverCode(digits: string): Promise<CoverCodeResult> {
  cached ??= Promise.all([loadLock(), loadWipeRecord()]).then(([first, second]) => ({ first, second }));
  const { first: lock, second } = await cached;
  if (!lock) return null;
  const [opens, clears] = await Promise.all([matchCode(digits, lock), matchCode(digits, second ?? lock)]);
  if (second && clears) return 'clear';
  if (clears) wipeBytes(clears);
  if (!opens) return null;
  await handOverKey(digits, lock, second, opens);
  return 'open';
}

async function handOverKey(digits: string, lock: LockRecord, wipe: LockRecord | null, secret: Uint8Array): Promise<void> {
  if (lock.v === 2) {
    handPrefsKey(await prefsKeyBytes(secret));
  } else {
    const fresh = await newCodeRecord(digits, lock.kdf);
    const erase = wipe ? await upgradeRecord(wipe) : dummyCodeRecord(lock.kdf);
    handPrefsKey(await prefsKeyBytes(fresh.derived), { m1: fresh.record, m2: erase });
    wipeBytes(fresh.derived);
  }
  wipeBytes(secret);
}

/** After the unlock or wipe code changes, the next check reads the new hashes. */
export function forgetCachedLock(): void {
  cached = null;
}
