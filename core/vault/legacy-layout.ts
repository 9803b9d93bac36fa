import { listLocalKeys, readLocal, removeLocal, writeLocal } from './area';
import { DOCUMENT_KEYS } from './documents';
import { DRAFT_KEY, ENTRY_PREFIX, HEAD_KEY, KEYRING_KEY } from './layout';

/**
 * 0.1.0's storage names, which said what each record holds (`keyring`, `head`, `draft`,
 * `plan`, `reminders`, one `e:<id>` per entry). Only this module names them, and it is loaded by
 * `import()` when a key outside today's layout is found, so the cover's code names none of them
 * (tests/build/revealing-words.test.ts).
 */
const LEGACY_KEYRING = 'keyring';
const LEGACY_ENTRY_PREFIX = 'e:';
const LEGACY_RECORDS: Record<string, string> = {
  head: HEAD_KEY,
  draft: DRAFT_KEY,
  plan: DOCUMENT_KEYS.plan,
  reminders: DOCUMENT_KEYS.reminders,
  'reminder-draft': DOCUMENT_KEYS['reminder-draft'],
};

/** Today's name for a record sealed with the data key under a 0.1.0 name; null for any other key. */
export function currentName(storageKey: string): string | null {
  if (storageKey in LEGACY_RECORDS) return LEGACY_RECORDS[storageKey]!;
  if (storageKey.startsWith(LEGACY_ENTRY_PREFIX)) return `${ENTRY_PREFIX}${storageKey.slice(LEGACY_ENTRY_PREFIX.length)}`;
  return null;
}

/**
 * Move what needs no key, when the popup opens: the keyring, to `m0`, in today's neutral shape
 * (`{ v: 1, kdf, salt, wrapped, rekey }` becomes `{ v: 2, kdf, salt, env }`; 0.1.0 had no
 * passphrase change under way to carry). Written before the old name is removed, and never over
 * a keyring already under today's name, so a kill between the two loses nothing. The records
 * sealed with the data key move at the first unlock (core/vault/layout-migration.ts).
 */
export default async function moveLegacyNames(): Promise<void> {
  const { keys } = await listLocalKeys();
  if (!keys.includes(LEGACY_KEYRING)) return;
  const stored = await readLocal([LEGACY_KEYRING, KEYRING_KEY]);
  const legacy = stored[LEGACY_KEYRING] as { v?: unknown; kdf?: unknown; salt?: unknown; wrapped?: unknown } | undefined;
  if (stored[KEYRING_KEY] === undefined) {
    if (legacy?.v !== 1 || !legacy.kdf || typeof legacy.salt !== 'string' || !legacy.wrapped) return;
    await writeLocal({ [KEYRING_KEY]: { v: 2, kdf: legacy.kdf, salt: legacy.salt, env: legacy.wrapped } });
  }
  await removeLocal([LEGACY_KEYRING]);
}
