import { translator, type Lang } from '@/core/i18n/translate';
import { decoyRecords, dummyDecoyRecords, loadDecoyRecord } from '@/core/vault/decoy';
import { codeMatches, loadLock, type LockRecord } from '@/core/vault/lock';
import { loadSettings, saveSettings } from '@/core/vault/settings';
import { loadWipeRecord } from '@/core/vault/wipe';
import { CODE_MIN_DIGITS, forgetCachedLock } from '@/features/unlock/check-code';
import { codeProblemText, newCodeProblem, type CodeProblem } from '@/features/unlock/new-code';
import { STRINGS } from './strings';

/**
 * The rules for the opt-in decoy code (issue #18), kept out of the cover's code. Typed on the
 * calculator it opens the calculator's notes, never Haven; so it may not be the unlock or erase
 * code, nor start like either (one typed half-way, or the decoy typed with a slip, must never
 * open Haven or erase it in front of him). Codes are stored only as hashes, and "starts like"
 * needs them in plain: the form asks for each code that is on, checks it against its hash, and
 * compares in memory only.
 */
export type DecoyCodeProblem = CodeProblem | DecoyOnlyProblem;
type DecoyOnlyProblem = 'notUnlockCode' | 'notEraseCode' | 'decoyIsUnlockCode' | 'decoyLikeUnlockCode' | 'decoyIsEraseCode' | 'decoyLikeEraseCode';
const DECOY_ONLY: readonly string[] = ['notUnlockCode', 'notEraseCode', 'decoyIsUnlockCode', 'decoyLikeUnlockCode', 'decoyIsEraseCode', 'decoyLikeEraseCode'] satisfies DecoyOnlyProblem[];

/** One code starts like the other: either is how the other begins. */
export const startsLike = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);

/** Why this decoy code is not acceptable next to these codes (the erase code when one is on); null when fine. */
export function decoyCodeProblem(code: string, again: string, unlockCode: string, eraseCode: string | null): DecoyCodeProblem | null {
  const basic = newCodeProblem(code, again);
  if (basic) return basic;
  if (code === unlockCode) return 'decoyIsUnlockCode';
  if (startsLike(code, unlockCode)) return 'decoyLikeUnlockCode';
  if (eraseCode !== null && code === eraseCode) return 'decoyIsEraseCode';
  if (eraseCode !== null && startsLike(code, eraseCode)) return 'decoyLikeEraseCode';
  return null;
}

export function decoyCodeProblemText(problem: DecoyCodeProblem, lang: Lang): string {
  return DECOY_ONLY.includes(problem) ? translator(STRINGS[lang], lang)(problem as DecoyOnlyProblem) : codeProblemText(problem as CodeProblem, lang);
}

/** `code` against a stored hash, when that record is real (its setting on); a dummy matches nothing anyway. */
const matches = async (code: string, record: LockRecord | null) => code !== '' && record !== null && codeMatches(code, record);

/**
 * Turn the decoy on: the unlock code (and the erase code, when one is on) checked against their
 * hashes, the rules above, then its record and empty notes under its key, in the same write as
 * the sealed setting that says it is on. The record uses the unlock record's KDF, so a check on
 * the cover costs the same for every code. Returns the problem to show, or null when saved.
 */
export async function turnOnDecoyCode(unlockCode: string, eraseCode: string | null, code: string, again: string): Promise<DecoyCodeProblem | null> {
  const lock = await loadLock();
  if (!lock || !(await codeMatches(unlockCode, lock))) return 'notUnlockCode';
  const eraseOn = (await loadSettings()).eraseCode;
  if (eraseOn && !(await matches(eraseCode ?? '', await loadWipeRecord()))) return 'notEraseCode';
  const problem = decoyCodeProblem(code, again, unlockCode, eraseOn ? eraseCode : null);
  if (problem) return problem;
  await saveSettings({ decoyCode: true }, { alsoWrite: await decoyRecords(code, lock.kdf) });
  forgetCachedLock();
  return null;
}

/** Turn it off: dummies of the same shape and size instead, nothing to match, notes no key opens. */
export async function turnOffDecoyCode(): Promise<void> {
  const lock = await loadLock();
  await saveSettings({ decoyCode: false }, { alsoWrite: await dummyDecoyRecords(lock?.kdf) });
  forgetCachedLock();
}

/** Whether `code` is the decoy code (a dummy record matches nothing). */
export async function isDecoyCode(code: string): Promise<boolean> {
  return matches(code, await loadDecoyRecord());
}

/**
 * Would this new code start with a code known only by its hash (or be it)? Each start of it
 * that could be a code (4 digits or more) is hashed against the record.
 */
export async function startsWithCodeOf(newCode: string, record: LockRecord | null): Promise<boolean> {
  if (!record) return false;
  for (let length = CODE_MIN_DIGITS; length <= newCode.length; length++) {
    if (await codeMatches(newCode.slice(0, length), record)) return true;
  }
  return false;
}

/** A new unlock code may not start with the decoy code (or be it): the decoy typed, then a slip, must not open this space. */
export async function startsWithDecoyCode(newUnlockCode: string): Promise<boolean> {
  return startsWithCodeOf(newUnlockCode, await loadDecoyRecord());
}
