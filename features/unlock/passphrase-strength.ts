import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { translator, type Lang } from '@/core/i18n/translate';
import { STRINGS } from './strings';

export const PASSPHRASE_MIN_LENGTH = 8;
/** zxcvbn's 0–4 scale; 3 means "safely unguessable" for an offline attack on a slow hash. */
export const PASSPHRASE_MIN_SCORE = 3;

export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  /** One plain sentence about how strong it is and what would help. */
  message: string;
}

let factory: Promise<ZxcvbnFactory> | null = null;

/** The dictionaries are large, so they load only on the screen that needs them. */
function loadFactory(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]).then(
    ([core, common, en]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
      }),
  );
  return factory;
}

/**
 * zxcvbn's own advice is English only (its dictionaries are English too), so a Spanish reader
 * gets Haven's general tip instead of it.
 */
export async function assessPassphrase(passphrase: string, lang: Lang): Promise<Strength> {
  const t = translator(STRINGS[lang], lang);
  if (passphrase.length < PASSPHRASE_MIN_LENGTH) {
    return { score: 0, acceptable: false, message: t('strengthTooShort', { min: PASSPHRASE_MIN_LENGTH }) };
  }
  const result = (await loadFactory()).check(passphrase);
  const score = result.score;
  const advice = lang === 'en' ? (result.feedback.warning ?? result.feedback.suggestions[0] ?? '') : '';
  const acceptable = score >= PASSPHRASE_MIN_SCORE;
  const tip = acceptable ? '' : ` ${advice || t('strengthTip')}`;
  return { score, acceptable, message: `${t(`strength${score}`)}${tip}`.trim() };
}
