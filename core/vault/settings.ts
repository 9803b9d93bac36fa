import { isHelplineCountry, type CountryCode } from '@/assets/content/countries';
import type { LanguageSetting } from '@/core/i18n/translate';
import { currentPrefsKey } from '../session';
import { sealJson } from '../crypto';
import { onLocalChange, writeLocal } from './area';
import { importPrefsKey } from './prefs-key';
import { COVERS, loadPrefsRecord, openSealedPrefs, PREFS_AAD, PREFS_KEY, type CoverChoice, type PrefsRecord } from './prefs-record';
import { isSafePageUrl, saveQuickCloseCopy } from './quick-close';

export { isSafePageUrl } from './quick-close';
export type { CoverChoice } from './prefs-record';

/**
 * Haven's settings as its screens see them. Stored in one record (core/vault/prefs-record.ts):
 * a few harmless plain fields, and the rest sealed with the settings key K, which only the
 * unlock code gives (core/vault/prefs-key.ts). A setting Haven did not write itself is never
 * obeyed: without K, or with a sealed part that does not open, every sealed setting is its safe
 * default. Loaded only after the code (the cover's chunk holds none of these names).
 */

/** Whose helplines the resources screen shows; 'auto' follows the browser's region. */
export type CountrySetting = 'auto' | CountryCode;

export interface Settings {
  v: 2;
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
  /** An erase code is set (its record exists either way and looks the same). */
  eraseCode: boolean;
  /** A decoy code is set (issue #18; its records exist either way and look the same). */
  decoyCode: boolean;
}

/** What is sealed, exactly as stored inside `env`. */
type Sealed = Pick<Settings, 'cover' | 'graceMinutes' | 'autoLockMinutes' | 'safePage' | 'closeTabs' | 'country' | 'eraseCode' | 'decoyCode'>;

export const DEFAULT_SETTINGS: Settings = {
  v: 2,
  setupDone: false,
  offerSetup: false,
  cover: 'calculator',
  graceMinutes: 0,
  autoLockMinutes: 5,
  safePage: null,
  closeTabs: true,
  language: 'auto',
  country: 'auto',
  eraseCode: false,
  decoyCode: false,
};

/** Sealed settings from anything (opened, or 0.1.0's plain record), with defaults for the rest. */
export function parseSealed(stored: unknown): Sealed {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof Sealed, unknown>>;
  const minutes = (n: unknown, fallback: number, max: number) =>
    typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= max ? n : fallback;
  return {
    cover: COVERS.includes(value.cover as CoverChoice) ? (value.cover as CoverChoice) : DEFAULT_SETTINGS.cover,
    graceMinutes: minutes(value.graceMinutes, DEFAULT_SETTINGS.graceMinutes, 15),
    autoLockMinutes: minutes(value.autoLockMinutes, DEFAULT_SETTINGS.autoLockMinutes, 60) || DEFAULT_SETTINGS.autoLockMinutes,
    safePage: isSafePageUrl(value.safePage) ? value.safePage : null,
    closeTabs: value.closeTabs !== false,
    // Only a country Haven has lines for.
    country: isHelplineCountry(value.country) ? value.country : DEFAULT_SETTINGS.country,
    eraseCode: value.eraseCode === true,
    decoyCode: value.decoyCode === true,
  };
}

const sealedPart = (settings: Settings): Sealed => parseSealed(settings);

/**
 * The settings as Haven obeys them: the plain fields as stored; the sealed ones only when this
 * view has K and they open with it, else the defaults. The cover is the sealed copy (hers) when
 * there is one; a plain `icon` that differs from it was planted (see `verifyPrefs`).
 */
export async function loadSettings(): Promise<Settings> {
  return settingsFrom(await loadPrefsRecord(), currentPrefsKey());
}

async function settingsFrom(record: PrefsRecord, key: Uint8Array | null): Promise<Settings> {
  const opened = await openSealedPrefs(record, key);
  const sealed = opened === null ? { ...parseSealed(undefined), cover: key ? DEFAULT_SETTINGS.cover : record.icon } : parseSealed(opened);
  return { v: 2, setupDone: record.ready, offerSetup: record.intro, language: record.lang, ...sealed };
}

/** The record to store for these settings, sealed with K. */
export async function sealPrefs(settings: Settings, key: Uint8Array): Promise<PrefsRecord> {
  return {
    v: 2,
    icon: settings.cover,
    ready: settings.setupDone,
    intro: settings.offerSetup,
    lang: settings.language,
    env: await sealJson(await importPrefsKey(key), sealedPart(settings), PREFS_AAD),
  };
}

/** A sealed setting can be changed only by a view that has K (it was opened with the code). */
export class NoPrefsKeyError extends Error {
  constructor() {
    super('These settings can be changed only after the code.');
    this.name = 'NoPrefsKeyError';
  }
}

interface SaveOptions {
  /** Other records written in the same atomic write (a new code's record, the erase record). */
  alsoWrite?: Record<string, unknown>;
  /** Seal with this key instead of the session's (a new code's K). */
  key?: Uint8Array;
}

/**
 * Change settings: the whole record is sealed again with K (so a planted sealed part is
 * replaced by hers), in one write with `alsoWrite`. Without K only plain fields can change.
 */
export async function saveSettings(patch: Partial<Omit<Settings, 'v'>>, options: SaveOptions = {}): Promise<Settings> {
  const key = currentPrefsKey();
  const record = await loadPrefsRecord();
  const next: Settings = { ...(await settingsFrom(record, key)), ...patch, v: 2 };
  const sealKey = options.key ?? key;
  if (!sealKey) {
    if ((Object.keys(patch) as (keyof Settings)[]).some((name) => !PLAIN.includes(name))) throw new NoPrefsKeyError();
    const plain: PrefsRecord = { ...record, ready: next.setupDone, intro: next.offerSetup, lang: next.language };
    await writeLocal({ ...options.alsoWrite, [PREFS_KEY]: plain });
    return next;
  }
  await writeLocal({ ...options.alsoWrite, [PREFS_KEY]: await sealPrefs(next, sealKey) });
  await saveQuickCloseCopy({ page: next.safePage, tabs: next.closeTabs });
  return next;
}

const PLAIN: readonly (keyof Settings)[] = ['setupDone', 'offerSetup', 'language'];

/** The settings now, and again whenever they change (in this view or another). */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const read = () => void loadSettings().then(listener, () => undefined);
  read();
  return onLocalChange([PREFS_KEY], read);
}
