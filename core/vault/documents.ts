import { DecryptError, isEnvelope, openJson, sealJson, type Envelope } from '../crypto';
import { readLocal, writeLocal } from './area';

/**
 * Small encrypted documents that are saved whole: the safety plan and the reminders. Each is
 * one record `{ v, env }` sealed with the data key, additional data `<name>|v<schema>`.
 * A save is one atomic write, so a crash leaves the previous version standing.
 */
export type DocumentName = 'plan' | 'reminders';

export const DOCUMENT_SCHEMA = 1;

interface StoredDocument {
  v: number;
  env: Envelope;
}

export async function saveDocument(key: CryptoKey, name: DocumentName, value: unknown): Promise<void> {
  const stored: StoredDocument = { v: DOCUMENT_SCHEMA, env: await sealJson(key, value, `${name}|v${DOCUMENT_SCHEMA}`) };
  await writeLocal({ [name]: stored });
}

/** The document, null when none was saved yet; a damaged one throws DecryptError (never replaced silently). */
export async function loadDocument<T>(key: CryptoKey, name: DocumentName): Promise<T | null> {
  const stored = (await readLocal([name]))[name] as Partial<StoredDocument> | undefined;
  if (stored === undefined) return null;
  if (typeof stored !== 'object' || stored === null || stored.v !== DOCUMENT_SCHEMA || !isEnvelope(stored.env)) throw new DecryptError();
  return openJson<T>(key, stored.env, `${name}|v${DOCUMENT_SCHEMA}`);
}
