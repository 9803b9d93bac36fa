import { DecryptError, isEnvelope, openJson, sealJson, type Envelope } from '../crypto';

/**
 * How every encrypted journal record is stored: `{ v, env }`, the schema version beside an
 * AES-GCM envelope whose additional data binds the storage key and that version, so a
 * ciphertext moved to another key, or relabelled with another version, fails to open.
 */
export interface StoredRecord {
  v: number;
  env: Envelope;
}

export const RECORD_SCHEMA = 1;

/** The record was written by a newer version of Haven: left alone, never overwritten. */
export class NewerVersionError extends Error {}

const aad = (storageKey: string, version: number) => `${storageKey}|v${version}`;

export async function sealRecord(key: CryptoKey, storageKey: string, value: unknown): Promise<StoredRecord> {
  return { v: RECORD_SCHEMA, env: await sealJson(key, value, aad(storageKey, RECORD_SCHEMA)) };
}

export async function openRecord<T>(key: CryptoKey, storageKey: string, stored: unknown): Promise<{ version: number; value: T }> {
  const record = stored as Partial<StoredRecord> | undefined;
  if (!record || typeof record.v !== 'number' || !isEnvelope(record.env)) throw new DecryptError();
  if (record.v > RECORD_SCHEMA) throw new NewerVersionError();
  return { version: record.v, value: await openJson<T>(key, record.env, aad(storageKey, record.v)) };
}
