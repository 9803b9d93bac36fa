import { isEnvelope, open, type Envelope } from '../crypto';
import { readLocal, writeLocal } from './area';
import { importPrefsKey } from './prefs-key';

/**
 * The settings record as stored, `{ v: 2, icon, ready, intro, lang, env }`, under a neutral key.
 * The plain fields are the few needed before any code exists or is typed, each harmless if
 * planted; everything else is sealed in `env` with the settings key K (core/vault/settings.ts
 * knows what is inside). This file is loaded with the cover, so it names nothing sealed.
 */
export const PREFS_KEY = 'prefs';

export const PREFS_AAD = `${PREFS_KEY}|v2`;

export type CoverChoice = 'calculator' | 'notes' | 'weather';
export const COVERS: readonly CoverChoice[] = ['calculator', 'notes', 'weather'];
type LangChoice = 'auto' | 'en' | 'es';
const LANGS: readonly LangChoice[] = ['auto', 'en', 'es'];

export interface PrefsRecord {
  v: 2;
  /** The cover's icon: the background shows it at browser start, before any code. */
  icon: CoverChoice;
  /** Setup finished. */
  ready: boolean;
  /** Offer setup at the next open (set on install only). */
  intro: boolean;
  /** Setup's language (and Haven's). */
  lang: LangChoice;
  /** Everything else, sealed with K; absent until a view with K saves a setting. */
  env?: Envelope;
}

export const PLAIN_DEFAULTS: PrefsRecord = { v: 2, icon: 'calculator', ready: false, intro: false, lang: 'auto' };

export function parsePrefsRecord(stored: unknown): PrefsRecord {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof PrefsRecord, unknown>>;
  const record: PrefsRecord = {
    v: 2,
    icon: COVERS.includes(value.icon as CoverChoice) ? (value.icon as CoverChoice) : PLAIN_DEFAULTS.icon,
    ready: value.ready === true,
    intro: value.intro === true,
    lang: LANGS.includes(value.lang as LangChoice) ? (value.lang as LangChoice) : PLAIN_DEFAULTS.lang,
  };
  if (isEnvelope(value.env)) record.env = value.env;
  return record;
}

/** The plain part as stored (0.1.0's plain settings are copied here when the popup opens: core/vault/legacy-layout.ts). */
export async function loadPrefsRecord(): Promise<PrefsRecord> {
  return parsePrefsRecord((await readLocal([PREFS_KEY]))[PREFS_KEY]);
}

/**
 * Change plain fields only, keeping the sealed part as it is (setup, the background's install
 * flag). Read and written in one go; a sealed part written meanwhile in another view is kept.
 */
export async function savePlainPrefs(patch: Partial<Omit<PrefsRecord, 'v' | 'env'>>): Promise<PrefsRecord> {
  const stored = (await readLocal([PREFS_KEY]))[PREFS_KEY];
  const current = stored === undefined ? await loadPrefsRecord() : parsePrefsRecord(stored);
  const next: PrefsRecord = { ...current, ...patch, v: 2 };
  await writeLocal({ [PREFS_KEY]: next });
  return next;
}

/** The sealed part opened with K, or null (no key, nothing sealed yet, planted or altered). */
export async function openSealedPrefs(record: PrefsRecord, raw: Uint8Array | null): Promise<unknown> {
  if (!raw || !record.env) return null;
  try {
    const bytes = await open(await importPrefsKey(raw), record.env, PREFS_AAD);
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return null;
  }
}
