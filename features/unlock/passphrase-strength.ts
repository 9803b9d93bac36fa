import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

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

const WORDS = ['Very easy to guess.', 'Easy to guess.', 'Could be guessed with some effort.', 'Strong.', 'Very strong.'];

export async function assessPassphrase(passphrase: string): Promise<Strength> {
  if (passphrase.length < PASSPHRASE_MIN_LENGTH) {
    return { score: 0, acceptable: false, message: `Use at least ${PASSPHRASE_MIN_LENGTH} characters. A few unrelated words work well.` };
  }
  const result = (await loadFactory()).check(passphrase);
  const score = result.score;
  const advice = result.feedback.warning ?? result.feedback.suggestions[0] ?? '';
  const acceptable = score >= PASSPHRASE_MIN_SCORE;
  const tip = acceptable ? '' : ` ${advice || 'Add another word or two that are not obvious.'}`;
  return { score, acceptable, message: `${WORDS[score]}${tip}`.trim() };
}
