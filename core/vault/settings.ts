import { isHelplineCountry, type CountryCode } from '@/assets/content/countries';
import type { LanguageSetting } from '@/core/i18n/translate';
import { onLocalChange, readLocal, writeLocal } from './area';

/**
 * Plain settings: nothing here reveals what Haven is or what the user wrote (which cover,
 * timings, a safe page the user chose). Stored as one small record with a schema version.
 */
export type CoverChoice = 'calculator' | 'notes' | 'weather';

/** Whose helplines the resources screen shows; 'auto' follows the browser's region. */
export type CountrySetting = 'auto' | CountryCode;

export interface Settings {
  v: 1;
  /** Setup finished: the cover opens as a calculator from now on. */
  setupDone: boolean;
  /**
   * Setup shows by itself at the next open: set on install only, cleared by "Not now". After an
   * erase nothing is stored at all, so the popup is a plain calculator (features/unlock/setup-gesture).
   */
  offerSetup: boolean;
  cover: CoverChoice;
  /** Minutes after unlock during which reopening the popup skips the cover (0: off). */
  graceMinutes: number;
  /** Idle minutes before the notes lock themselves. */
  autoLockMinutes: number;
  /** Where the tab the user was on goes after a quick close (null: it stays). */
  safePage: string | null;
  /** Quick close also closes Haven pages open in tabs, not only the popup. */
  closeTabs: boolean;
  /** Haven's language; 'auto' follows the browser. */
  language: LanguageSetting;
  /** The country chosen on the resources screen. */
  country: CountrySetting;
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  v: 1,
  setupDone: false,
  offerSetup: false,
  cover: 'calculator',
  graceMinutes: 0,
  autoLockMinutes: 5,
  safePage: null,
  closeTabs: true,
  language: 'auto',
  country: 'auto',
};

/** Only ordinary web pages can be a safe page. */
export function isSafePageUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2_000) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const COVERS: readonly CoverChoice[] = ['calculator', 'notes', 'weather'];
const LANGUAGES: readonly LanguageSetting[] = ['auto', 'en', 'es'];

/** Settings as stored, with defaults for anything missing or not understood. */
export async function loadSettings(): Promise<Settings> {
  const stored = (await readLocal([SETTINGS_KEY]))[SETTINGS_KEY];
  return parseSettings(stored);
}

export function parseSettings(stored: unknown): Settings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Settings>;
  const minutes = (n: unknown, fallback: number, max: number) =>
    typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= max ? n : fallback;
  return {
    v: 1,
    setupDone: value.setupDone === true,
    offerSetup: value.offerSetup === true,
    cover: COVERS.includes(value.cover as CoverChoice) ? (value.cover as CoverChoice) : DEFAULT_SETTINGS.cover,
    graceMinutes: minutes(value.graceMinutes, DEFAULT_SETTINGS.graceMinutes, 15),
    autoLockMinutes: minutes(value.autoLockMinutes, DEFAULT_SETTINGS.autoLockMinutes, 60) || DEFAULT_SETTINGS.autoLockMinutes,
    safePage: isSafePageUrl(value.safePage) ? value.safePage : null,
    closeTabs: value.closeTabs !== false,
    language: LANGUAGES.includes(value.language as LanguageSetting) ? (value.language as LanguageSetting) : DEFAULT_SETTINGS.language,
    // Only a country Haven has lines for: anything else planted in storage is not obeyed.
    country: isHelplineCountry(value.country) ? value.country : DEFAULT_SETTINGS.country,
  };
}

export async function saveSettings(patch: Partial<Omit<Settings, 'v'>>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch, v: 1 as const };
  await writeLocal({ [SETTINGS_KEY]: next });
  return next;
}

/** The settings now, and again whenever they change (in this view or another). */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const read = () => void loadSettings().then(listener, () => undefined);
  read();
  return onLocalChange([SETTINGS_KEY], read);
}
