import { translator, type Lang } from '@/core/i18n/translate';
import { codeMatches, loadLock, type LockRecord } from '@/core/vault/lock';
import { STRINGS } from './strings';

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

export type CodeProblem = 'codeDigitsOnly' | 'codeTooShort' | 'codeTooLong' | 'codesDiffer';

/** Why a new code is not acceptable; null when it is fine. */
export function newCodeProblem(code: string, again: string): CodeProblem | null {
  if (!/^\d*$/.test(code)) return 'codeDigitsOnly';
  if (code.length < CODE_MIN_DIGITS) return 'codeTooShort';
  if (code.length > CODE_MAX_DIGITS) return 'codeTooLong';
  if (again !== code) return 'codesDiffer';
  return null;
}

/** A code problem in plain words. */
export function codeProblemText(problem: CodeProblem, lang: Lang): string {
  return translator(STRINGS[lang], lang)(problem, { min: CODE_MIN_DIGITS, max: CODE_MAX_DIGITS });
}
