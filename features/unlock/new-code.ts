import { translator, type Lang } from '@/core/i18n/translate';
import { CODE_MAX_DIGITS, CODE_MIN_DIGITS } from './check-code';
import { STRINGS } from './strings';

/*
 * Choosing a new code (setup and settings). Kept apart from check-code.ts, which the cover
 * loads: these words must not be in the cover's code.
 */

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
