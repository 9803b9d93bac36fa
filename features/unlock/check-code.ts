import { codeMatches, loadLock, type LockRecord } from '@/core/vault/lock';
import { loadWipeRecord } from '@/core/vault/wipe';

export const CODE_MIN_DIGITS = 4;
export const CODE_MAX_DIGITS = 12;

/** Only a run of 4 to 12 digits before `=` can be the code; anything else is just arithmetic. */
export function isCodeCandidate(digits: string): boolean {
  return new RegExp(`^\\d{${CODE_MIN_DIGITS},${CODE_MAX_DIGITS}}$`).test(digits);
}

/** What a code typed on the cover does: open Haven, erase it (the opt-in wipe code), or nothing. */
export type CoverCodeResult = 'open' | 'wipe' | null;

interface CoverRecords {
  lock: LockRecord | null;
  wipe: LockRecord | null;
}

let cached: Promise<CoverRecords> | null = null;

/**
 * Hash the typed digits and compare with the stored hashes in constant time. Every candidate
 * costs the same, right or wrong, unlock or wipe, set or not: two Argon2id runs with the same
 * parameters (without a wipe code the second run is against the unlock record again, and its
 * result ignored). The display never waits for it.
 */
export async function checkCoverCode(digits: string): Promise<CoverCodeResult> {
  cached ??= Promise.all([loadLock(), loadWipeRecord()]).then(([lock, wipe]) => ({ lock, wipe }));
  const { lock, wipe } = await cached;
  if (!lock) return null;
  const [opens, wipes] = await Promise.all([codeMatches(digits, lock), codeMatches(digits, wipe ?? lock)]);
  if (wipe && wipes) return 'wipe';
  return opens ? 'open' : null;
}

/** After the unlock or wipe code changes, the next check reads the new hashes. */
export function forgetCachedLock(): void {
  cached = null;
}
