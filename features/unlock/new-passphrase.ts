import { translator, type Lang } from '@/core/i18n/translate';
import { codeMatches, loadLock, type LockRecord } from '@/core/vault/lock';
import { CODE_MAX_DIGITS, CODE_MIN_DIGITS } from './check-code';
import { assessPassphrase, type Strength } from './passphrase-strength';
import { STRINGS } from './strings';

export interface NewPassphraseCheck {
  /** How strong it is, in words, to show beside the field. */
  strength: Strength;
  /** Why it cannot be used, in words; null when it can. */
  problem: string | null;
}

/**
 * The one check of a passphrase being chosen (at setup, when changing it, for a copy with its
 * own passphrase): strong enough in English and Spanish words, not the cover's code nor holding
 * it (someone who saw her type the code would try it first), and typed the same twice.
 */
export async function checkNewPassphrase(passphrase: string, again: string, lang: Lang): Promise<NewPassphraseCheck> {
  const t = translator(STRINGS[lang], lang);
  const strength = await assessPassphrase(passphrase, lang);
  if (!strength.acceptable) return { strength, problem: t('chooseStronger') };
  const lock = await loadLock();
  if (lock && (await holdsCode(passphrase, lock))) return { strength, problem: t('passphraseHoldsCode') };
  return { strength, problem: again !== passphrase ? t('passphrasesDiffer') : null };
}

/**
 * Whether the passphrase is the code or has it inside. The code is known only by its hash, so
 * every run of 4 to 12 digits inside the passphrase is hashed and compared (a few dozen at most).
 */
export async function holdsCode(passphrase: string, lock: LockRecord): Promise<boolean> {
  for (const candidate of digitRuns(passphrase)) if (await codeMatches(candidate, lock)) return true;
  return false;
}

/** Every stretch of consecutive digits a code could be, longest first, each once. */
export function digitRuns(text: string): string[] {
  const found = new Set<string>();
  for (const [run] of text.matchAll(/\d+/g)) {
    for (let length = Math.min(run.length, CODE_MAX_DIGITS); length >= CODE_MIN_DIGITS; length--) {
      for (let start = 0; start + length <= run.length; start++) found.add(run.slice(start, start + length));
    }
  }
  return [...found];
}
