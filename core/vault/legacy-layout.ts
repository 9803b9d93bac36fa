import { listLocalKeys, readLocal, removeLocal, writeLocal } from './area';
import { DOCUMENT_KEYS } from './documents';
import { DRAFT_KEY, ENTRY_PREFIX, HEAD_KEY, KEYRING_KEY } from './layout';
import { LOCK_KEY } from './lock';
import { parsePrefsRecord, PREFS_KEY } from './prefs-record';
import { WIPE_KEY } from './wipe';

/**
 * 0.1.0's storage names, which said what each record holds (`keyring`, `head`, `draft`,
 * `plan`, `reminders`, one `e:<id>` per entry). Only this module names them, and it is loaded by
 * `import()` when a key outside today's layout is found, so the cover's code names none of them
 * (tests/build/revealing-words.test.ts).
 */
const LEGACY_KEYRING = 'keyring';
/** 0.1.0's unlock and erase records (v1, moved as they are: the first right code re-salts them). */
export const LEGACY_LOCK_KEY = 'lock';
export const LEGACY_WIPE_KEY = 'memory';
/**
 * 0.1.0's plain settings: their four harmless fields are copied into `prefs` when the popup
 * opens; the record stays until the first right code seals the rest (core/vault/migrate.ts).
 */
export const LEGACY_SETTINGS_KEY = 'settings';
const LEGACY_ENTRY_PREFIX = 'e:';
const LEGACY_RECORDS: Record<string, string> = {
  head: HEAD_KEY,
  draft: DRAFT_KEY,
  plan: DOCUMENT_KEYS.plan,
  reminders: DOCUMENT_KEYS.reminders,
  'reminder-draft': DOCUMENT_KEYS['reminder-draft'],
};

/** 0.1.0's names of the single records (the chain's end, the draft, the documents). */
export const LEGACY_SINGLE_NAMES = Object.keys(LEGACY_RECORDS);

/** Today's name for a record sealed with the data key under a 0.1.0 name; null for any other key. */
export function currentName(storageKey: string): string | null {
  if (storageKey in LEGACY_RECORDS) return LEGACY_RECORDS[storageKey]!;
  if (storageKey.startsWith(LEGACY_ENTRY_PREFIX)) return `${ENTRY_PREFIX}${storageKey.slice(LEGACY_ENTRY_PREFIX.length)}`;
  return null;
}

/**
 * Move what needs no key, when the popup opens: the keyring to `m0` in today's neutral shape
 * (`{ v: 1, kdf, salt, wrapped, rekey }` becomes `{ v: 2, kdf, salt, env }`; 0.1.0 had no
 * passphrase change under way to carry), the two code records to `m1` and `m2` as they are, and
 * the plain settings' four harmless fields into `prefs`. Written in one write before the old
 * names are removed, and never over a record already under today's name, so a kill between the
 * two loses nothing. The code records become v2 at the first right code, with the settings
 * sealed (core/vault/migrate.ts); the records sealed with the data key move at the first unlock
 * (core/vault/layout-migration.ts).
 */
export default async function moveLegacyNames(): Promise<void> {
  const { keys } = await listLocalKeys();
  const stored = await readLocal([LEGACY_KEYRING, KEYRING_KEY, LEGACY_LOCK_KEY, LOCK_KEY, LEGACY_WIPE_KEY, WIPE_KEY, LEGACY_SETTINGS_KEY, PREFS_KEY]);
  const writes: Record<string, unknown> = {};
  const legacy = stored[LEGACY_KEYRING] as { v?: unknown; kdf?: unknown; salt?: unknown; wrapped?: unknown } | undefined;
  if (keys.includes(LEGACY_KEYRING) && stored[KEYRING_KEY] === undefined && legacy?.v === 1 && legacy.kdf && typeof legacy.salt === 'string' && legacy.wrapped) {
    writes[KEYRING_KEY] = { v: 2, kdf: legacy.kdf, salt: legacy.salt, env: legacy.wrapped };
  }
  if (stored[LEGACY_LOCK_KEY] !== undefined && stored[LOCK_KEY] === undefined) writes[LOCK_KEY] = stored[LEGACY_LOCK_KEY];
  if (stored[LEGACY_WIPE_KEY] !== undefined && stored[WIPE_KEY] === undefined) writes[WIPE_KEY] = stored[LEGACY_WIPE_KEY];
  const settings = stored[LEGACY_SETTINGS_KEY] as Record<string, unknown> | undefined;
  if (settings && typeof settings === 'object' && stored[PREFS_KEY] === undefined) {
    writes[PREFS_KEY] = parsePrefsRecord({ icon: settings.cover, ready: settings.setupDone, intro: settings.offerSetup, lang: settings.language });
  }
  // One write, then the old names: a kill in between leaves both, and today's are read.
  if (Object.keys(writes).length) await writeLocal(writes);
  const moved = [LEGACY_KEYRING, LEGACY_LOCK_KEY, LEGACY_WIPE_KEY].filter((name) => stored[name] !== undefined && (writes[currentOf(name)] !== undefined || stored[currentOf(name)] !== undefined));
  if (moved.length) await removeLocal(moved);
}

const currentOf = (legacyName: string) => ({ [LEGACY_KEYRING]: KEYRING_KEY, [LEGACY_LOCK_KEY]: LOCK_KEY, [LEGACY_WIPE_KEY]: WIPE_KEY })[legacyName]!;
