/**
 * Where each of the vault's records lives in `storage.local`, under names a calculator could
 * have (issue #21: someone reading storage in devtools must not read "journal", "draft" or
 * "keyring"). Memory registers hold the small records: `m0` the wrapped data key, `m1` and
 * `m2` the two codes' hashes (core/vault/lock.ts); registers `r0`…`r4` the chain's end, the
 * draft and the documents; the history `h:<id>` one record per entry (and spare ones, so their
 * number says little: core/vault/spares.ts); `x:<n>` the list index's shards.
 *
 * Version 0.1.0 used plain names (LEGACY below); core/vault/layout-migration.ts moves them at
 * the first unlock. Records keep their names in their additional data, so one moved by hand to
 * another name does not open.
 */
export const KEYRING_KEY = 'm0';
export const HEAD_KEY = 'r0';
export const DRAFT_KEY = 'r1';
export const DOCUMENT_KEYS = { plan: 'r2', reminders: 'r3', 'reminder-draft': 'r4' } as const;
export const ENTRY_PREFIX = 'h:';
export const INDEX_PREFIX = 'x:';

export type DocumentName = keyof typeof DOCUMENT_KEYS;

/** 0.1.0's names of the same records, and today's name for each. */
export const LEGACY = {
  keyring: KEYRING_KEY,
  head: HEAD_KEY,
  draft: DRAFT_KEY,
  plan: DOCUMENT_KEYS.plan,
  reminders: DOCUMENT_KEYS.reminders,
  'reminder-draft': DOCUMENT_KEYS['reminder-draft'],
} as const;
export const LEGACY_ENTRY_PREFIX = 'e:';

/** Today's name for a record stored under a 0.1.0 name; null for any other key. */
export function currentName(storageKey: string): string | null {
  if (storageKey in LEGACY) return LEGACY[storageKey as keyof typeof LEGACY];
  if (storageKey.startsWith(LEGACY_ENTRY_PREFIX)) return `${ENTRY_PREFIX}${storageKey.slice(LEGACY_ENTRY_PREFIX.length)}`;
  return null;
}

const REGISTERS = new Set<string>([HEAD_KEY, DRAFT_KEY, ...Object.values(DOCUMENT_KEYS)]);

/**
 * Whether a key holds one of the records sealed with the data key (today's or 0.1.0's name):
 * what a passphrase change re-seals and the first unlock moves. Not the keyring, the codes'
 * hashes or the settings, whose envelopes, if any, are sealed with other keys.
 */
export function isDataRecordKey(storageKey: string): boolean {
  return (
    REGISTERS.has(storageKey) ||
    storageKey.startsWith(ENTRY_PREFIX) ||
    storageKey.startsWith(INDEX_PREFIX) ||
    (storageKey !== 'keyring' && currentName(storageKey) !== null)
  );
}
