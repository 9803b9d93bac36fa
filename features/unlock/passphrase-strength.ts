import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { translator, type Lang } from '@/core/i18n/translate';
import { STRINGS } from './strings';

export const PASSPHRASE_MIN_LENGTH = 8;
/** zxcvbn's 0–4 scale; 3 means "safely unguessable" for an offline attack on a slow hash. */
export const PASSPHRASE_MIN_SCORE = 3;

/**
 * What someone beside her would try first, besides the dictionaries: the cover's own words
 * and the app's names (zxcvbn scores a passphrase built on them as guessable).
 */
export const OBSERVER_GUESSES = ['calculator', 'calculadora', 'pocket', 'haven', 'notes', 'notas', 'weather', 'tiempo', 'memory', 'memoria', 'password', 'contraseña'];

export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  /** One plain sentence about how strong it is and what would help. */
  message: string;
}

const factories = new Map<Lang, Promise<ZxcvbnFactory>>();

/**
 * The dictionaries are large, so they load only on the screens that need them (never with the
 * cover): English and Spanish words both count against every passphrase, and zxcvbn's advice
 * comes in the reader's language.
 */
function loadFactory(lang: Lang): Promise<ZxcvbnFactory> {
  let factory = factories.get(lang);
  if (!factory) {
    factory = Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en'), import('@zxcvbn-ts/language-es-es')]).then(
      ([core, common, en, es]) =>
        new core.ZxcvbnFactory({
          dictionary: { ...common.dictionary, ...en.dictionary, ...es.dictionary },
          graphs: common.adjacencyGraphs,
          translations: lang === 'es' ? es.translations : en.translations,
        }),
    );
    factories.set(lang, factory);
  }
  return factory;
}

/** How strong a passphrase is, counting the English and Spanish dictionaries and what an observer would try. */
export async function assessPassphrase(passphrase: string, lang: Lang): Promise<Strength> {
  const t = translator(STRINGS[lang], lang);
  if (passphrase.length < PASSPHRASE_MIN_LENGTH) {
    return { score: 0, acceptable: false, message: t('strengthTooShort', { min: PASSPHRASE_MIN_LENGTH }) };
  }
  const result = (await loadFactory(lang)).check(passphrase, OBSERVER_GUESSES);
  const score = result.score;
  const advice = result.feedback.warning ?? result.feedback.suggestions[0] ?? '';
  const acceptable = score >= PASSPHRASE_MIN_SCORE;
  const tip = acceptable ? '' : ` ${advice || t('strengthTip')}`;
  return { score, acceptable, message: `${t(`strength${score}`)}${tip}`.trim() };
}
