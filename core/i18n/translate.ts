/**
 * Haven's words in English and Spanish. Each feature keeps its words in a `strings.ts` beside it:
 * an `en` dictionary that is the source of the keys and an `es` one typed to have exactly the same
 * keys (a missing key is a type error; features/i18n/dictionaries.test.ts also compares key sets
 * and {placeholders}). No UI here; the chosen language reaches views through features/i18n.
 */

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** What the person chose in Settings; 'auto' follows the browser's language. */
export type LanguageSetting = 'auto' | Lang;

/** Words that depend on a count. Spanish and English need `one` and `other`; others fall back to `other`. */
export interface Plural {
  one: string;
  other: string;
}

export type Params = Record<string, string | number>;

/** The keys of a dictionary whose value is a sentence (or a plural of one), not a list. */
export type TextKey<S> = { [K in keyof S]: S[K] extends string | Plural ? K : never }[keyof S];

/** The language Haven shows for a setting: 'auto' takes the first of the browser's languages Haven has. */
export function resolveLang(setting: LanguageSetting, browserLanguages: readonly string[]): Lang {
  if (setting !== 'auto') return setting;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGS as readonly string[]).includes(base ?? '')) return base as Lang;
  }
  return 'en';
}

/** `fill('Checked {date}', { date: '24 November 2026' })`; an unknown name stays as written. */
export function fill(text: string, values: Params = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * `t(key, params)` for one dictionary in one language. A plural picks its form by
 * `params.count` with the language's own rules (Intl.PluralRules).
 */
export function translator<S>(words: S, lang: Lang): (key: TextKey<S>, params?: Params) => string {
  const rules = new Intl.PluralRules(lang);
  return (key, params = {}) => {
    const value = words[key] as string | Plural;
    if (typeof value === 'string') return fill(value, params);
    const form = rules.select(Number(params.count ?? 0));
    return fill(form === 'one' ? value.one : value.other, params);
  };
}

/**
 * The locale for dates and numbers: the browser's own when it is the same language (so an
 * English reader keeps their usual date order), else the plain language.
 */
export function locale(lang: Lang, browserLanguages: readonly string[]): string {
  return browserLanguages.find((tag) => tag.toLowerCase().split('-')[0] === lang) ?? lang;
}
