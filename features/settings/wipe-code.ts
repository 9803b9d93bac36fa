import { translator, type Lang } from '@/core/i18n/translate';
import { codeMatches, dummyCodeRecord, hashCode, loadLock } from '@/core/vault/lock';
import { loadSettings, saveSettings } from '@/core/vault/settings';
import { loadWipeRecord, WIPE_KEY } from '@/core/vault/wipe';
import { forgetCachedLock } from '@/features/unlock/check-code';
import { isDecoyCode, startsLike, startsWithCodeOf } from './decoy-code';
import { codeProblemText, newCodeProblem, type CodeProblem } from '@/features/unlock/new-code';
import { STRINGS } from './strings';

/**
 * The rules for the opt-in erase (wipe) code, kept out of the cover's code. The one rule that
 * matters most: typing the unlock code must never erase anything, so the erase code may not
 * be the unlock code nor the start of it. Both codes are stored only as hashes; the check
 * needs them in plain, so it runs while the user has just typed them, in memory only.
 */

/** Why an erase code is refused: a new code's usual problems, or one of the erase code's own. */
export type EraseCodeProblem = CodeProblem | EraseOnlyProblem;
type EraseOnlyProblem = 'notUnlockCode' | 'eraseIsUnlockCode' | 'unlockStartsWithErase' | 'notDecoyCode' | 'eraseIsDecoyCode' | 'eraseLikeDecoyCode';

const ERASE_ONLY: readonly string[] = ['notUnlockCode', 'eraseIsUnlockCode', 'unlockStartsWithErase', 'notDecoyCode', 'eraseIsDecoyCode', 'eraseLikeDecoyCode'] satisfies EraseOnlyProblem[];
const eraseOnly = (problem: EraseCodeProblem): problem is EraseOnlyProblem => ERASE_ONLY.includes(problem);

/**
 * Why this erase code is not acceptable next to this unlock code (and the decoy code, when one
 * is on: neither may start like the other, features/settings/decoy-code.ts); null when fine.
 */
export function eraseCodeProblem(code: string, again: string, unlockCode: string, decoyCode: string | null = null): EraseCodeProblem | null {
  const basic = newCodeProblem(code, again);
  if (basic) return basic;
  if (code === unlockCode) return 'eraseIsUnlockCode';
  if (unlockCode.startsWith(code)) return 'unlockStartsWithErase';
  if (decoyCode !== null && code === decoyCode) return 'eraseIsDecoyCode';
  if (decoyCode !== null && startsLike(code, decoyCode)) return 'eraseLikeDecoyCode';
  return null;
}

/** An erase code problem in plain words. */
export function eraseCodeProblemText(problem: EraseCodeProblem, lang: Lang): string {
  return eraseOnly(problem) ? translator(STRINGS[lang], lang)(problem) : codeProblemText(problem, lang);
}

/**
 * Turn the erase code on, after checking the unlock code the user typed against its stored
 * hash. The erase record uses the unlock record's KDF settings, so checking either code on the
 * cover costs exactly the same. It replaces the dummy record in the same write as the sealed
 * setting that says an erase code is on (nothing else says it). Returns the problem to show,
 * or null when saved.
 */
export async function turnOnEraseCode(unlockCode: string, code: string, again: string, decoyCode: string | null = null): Promise<EraseCodeProblem | null> {
  const lock = await loadLock();
  if (!lock || !(await codeMatches(unlockCode, lock))) return 'notUnlockCode';
  const decoyOn = (await loadSettings()).decoyCode;
  if (decoyOn && !(await isDecoyCode(decoyCode ?? ''))) return 'notDecoyCode';
  const problem = eraseCodeProblem(code, again, unlockCode, decoyOn ? decoyCode : null);
  if (problem) return problem;
  await saveSettings({ eraseCode: true }, { alsoWrite: { [WIPE_KEY]: await hashCode(code, lock.kdf) } });
  forgetCachedLock();
  return null;
}

/** Turn it off: a fresh dummy record (same shape) instead of the real one, nothing to match. */
export async function turnOffEraseCode(): Promise<void> {
  const lock = await loadLock();
  await saveSettings({ eraseCode: false }, { alsoWrite: { [WIPE_KEY]: dummyCodeRecord(lock?.kdf) } });
  forgetCachedLock();
}

/**
 * Would this new unlock code start with the erase code (or be it)? The erase code is known only
 * by its hash, so each start of the new code that could be a code (4 digits or more) is hashed.
 */
export async function startsWithEraseCode(newUnlockCode: string): Promise<boolean> {
  return startsWithCodeOf(newUnlockCode, await loadWipeRecord());
}
