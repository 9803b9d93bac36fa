import { translator, type Lang } from '@/core/i18n/translate';
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
 * own passphrase): strong enough, and typed the same twice.
 */
export async function checkNewPassphrase(passphrase: string, again: string, lang: Lang): Promise<NewPassphraseCheck> {
  const t = translator(STRINGS[lang], lang);
  const strength = await assessPassphrase(passphrase, lang);
  const problem = !strength.acceptable ? t('chooseStronger') : again !== passphrase ? t('passphrasesDiffer') : null;
  return { strength, problem };
}
