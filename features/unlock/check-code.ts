import { wipe as wipeBytes } from '@/core/bytes';
import { handPrefsKey } from '@/core/session';
import { dummyCodeRecord, loadLock, matchCode, newCodeRecord, upgradeRecord, type LockRecord } from '@/core/vault/lock';
import { prefsKeyBytes } from '@/core/vault/prefs-key';
import { loadDecoyRecord, memoKeyFrom } from '@/core/vault/decoy-key';
import { loadWipeRecord } from '@/core/vault/wipe';

export const CODE_MIN_DIGITS = 4;
export const CODE_MAX_DIGITS = 12;

/** Only a run of 4 to 12 digits before `=` can be the code; anything else is just arithmetic. */
export function isCodeCandidate(digits: string): boolean {
  return new RegExp(`^\\d{${CODE_MIN_DIGITS},${CODE_MAX_DIGITS}}$`).test(digits);
}

/**
 * What a code typed on the cover does: open Haven, erase it (the opt-in wipe code), open the
 * calculator's notes (the opt-in decoy code), or nothing.
 */
export type CoverCodeResult = 'open' | 'clear' | 'memo' | null;

/** The unlock code's record, the erase code's and the decoy's (neutral names: they ship with the cover). */
interface CoverRecords {
  first: LockRecord | null;
  second: LockRecord | null;
  third: LockRecord | null;
}

let cached: Promise<CoverRecords> | null = null;

/**
 * Hash the typed digits and compare with the stored hashes in constant time. Every candidate
 * costs the same, right or wrong, unlock, wipe or decoy, set or not: three Argon2id runs with
 * the same parameters, against the unlock record, the erase record and the decoy record (the
 * last two always exist, dummies while not set; a storage from before either lacks it, and
 * then that run is against the unlock record again, its result ignored). The display never
 * waits for it. The decoy's secret gives the notes' key, kept here for the notes pad.
 *
 * The right unlock code also gives the settings key K, handed to the session for Haven's chunk,
 * which opens the sealed settings. A 0.1.0 record (v1) is replaced at this first right code: a
 * new salt (one more Argon2id run, once), so K cannot be derived from the old bytes on disk.
 */
export async function checkCoverCode(digits: string): Promise<CoverCodeResult> {
  const result = await check(digits);
  // For the benchmark (bench/cover-check.bench.ts): when a check ended, whatever its result.
  performance.mark('code-checked');
  return result;
}

async function check(digits: string): Promise<CoverCodeResult> {
  cached ??= Promise.all([loadLock(), loadWipeRecord(), loadDecoyRecord()]).then(([first, second, third]) => ({ first, second, third }));
  const { first: lock, second, third } = await cached;
  if (!lock) return null;
  const [opens, clears, notes] = await Promise.all([matchCode(digits, lock), matchCode(digits, second ?? lock), matchCode(digits, third ?? lock)]);
  if (second && clears) return 'clear';
  if (clears) wipeBytes(clears);
  if (third && notes) {
    if (opens) wipeBytes(opens);
    memoKey = await memoKeyFrom(notes);
    wipeBytes(notes);
    return 'memo';
  }
  if (notes) wipeBytes(notes);
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

let memoKey: CryptoKey | null = null;

/** The notes' key the decoy code just gave, once (the notes pad takes it). */
export function takeMemoKey(): CryptoKey | null {
  const key = memoKey;
  memoKey = null;
  return key;
}

/** After the unlock, wipe or decoy code changes, the next check reads the new hashes. */
export function forgetCachedLock(): void {
  cached = null;
}
