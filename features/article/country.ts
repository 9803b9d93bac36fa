import { isHelplineCountry, type CountryCode } from '@/assets/content/countries';
import type { CountrySetting } from '@/core/vault/settings';

/**
 * Which country's helplines the resources screen opens on. A choice the person made wins;
 * otherwise the browser's region suggests one: the first language tag that names a region
 * (es-ES → Spain, en-CA → Canada) decides, and if Haven has no lines there, it guesses
 * nothing rather than a country she is not in. A tag with no region ("es", "en") says only
 * a language, which is spoken in many countries: it is skipped. No guess → null, and the
 * screen asks her to choose.
 */
export function countryFromLanguages(languages: readonly string[]): CountryCode | null {
  for (const tag of languages) {
    const region = regionOf(tag);
    if (region === undefined) continue;
    return isHelplineCountry(region) ? region : null;
  }
  return null;
}

export function resolveCountry(setting: CountrySetting, languages: readonly string[]): CountryCode | null {
  return setting === 'auto' ? countryFromLanguages(languages) : setting;
}

/** The two-letter region of a BCP 47 tag, upper case; a numeric area (es-419) is not a country. */
function regionOf(tag: string): string | undefined {
  try {
    const region = new Intl.Locale(tag).region;
    return region && /^[A-Z]{2}$/.test(region) ? region : undefined;
  } catch {
    return undefined;
  }
}
