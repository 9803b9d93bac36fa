import { readLocal, writeLocal } from './area';
import { DOCUMENT_REGISTERS } from './layout';
import { openRecord, sealRecord } from './records';

/**
 * Small encrypted documents that are saved whole: the safety plan, the reminders, and the
 * reminder being typed. Each is one record sealed by the vault's one codec (records.ts) under
 * its own neutral name (core/vault/layout.ts). A save is one atomic write, so a crash leaves
 * the previous version standing.
 */
export type DocumentName = 'plan' | 'reminders' | 'reminder-draft';

/** Each document's register (core/vault/layout.ts). */
export const DOCUMENT_KEYS: Record<DocumentName, string> = { plan: DOCUMENT_REGISTERS[0], reminders: DOCUMENT_REGISTERS[1], 'reminder-draft': DOCUMENT_REGISTERS[2] };

export async function saveDocument(key: CryptoKey, name: DocumentName, value: unknown): Promise<void> {
  await saveDocuments(key, { [name]: value });
}

/** Several documents in one atomic write (a reminder kept, and its draft emptied, together). */
export async function saveDocuments(key: CryptoKey, values: Partial<Record<DocumentName, unknown>>): Promise<void> {
  const sealed = await Promise.all(Object.entries(values).map(async ([name, value]) => {
      const storageKey = DOCUMENT_KEYS[name as DocumentName];
      return [storageKey, await sealRecord(key, storageKey, value)] as const;
    }));
  await writeLocal(Object.fromEntries(sealed));
}

/** The document, null when none was saved yet; a damaged one throws DecryptError (never replaced silently). */
export async function loadDocument<T>(key: CryptoKey, name: DocumentName): Promise<T | null> {
  const storageKey = DOCUMENT_KEYS[name];
  const stored = (await readLocal([storageKey]))[storageKey];
  if (stored === undefined) return null;
  return (await openRecord<T>(key, storageKey, stored)).value;
}
