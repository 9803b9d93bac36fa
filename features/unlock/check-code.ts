import { codeMatches, loadLock, type LockRecord } from '@/core/vault/lock';

export const CODE_MIN_DIGITS = 4;
export const CODE_MAX_DIGITS = 12;

/** Only a run of 4 to 12 digits before `=` can be the code; anything else is just arithmetic. */
export function isCodeCandidate(digits: string): boolean {
  return new RegExp(`^\\d{${CODE_MIN_DIGITS},${CODE_MAX_DIGITS}}$`).test(digits);
}

let cachedLock: Promise<LockRecord | null> | null = null;

/**
 * Hash the typed digits and compare with the stored hash in constant time. Every candidate
 * costs the same (one Argon2id run), right or wrong, and the display never waits for it.
 */
export async function checkUnlockCode(digits: string): Promise<boolean> {
  cachedLock ??= loadLock();
  const lock = await cachedLock;
  if (!lock) return false;
  return codeMatches(digits, lock);
}

/** After the code changes, the next check reads the new hash. */
export function forgetCachedLock(): void {
  cachedLock = null;
}
