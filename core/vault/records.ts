import { utf8 } from '../bytes';
import { DecryptError, isEnvelope, open, seal, type Envelope } from '../crypto';
import { deflate, inflate } from '../deflate';
import { pad, unpad } from './padding';

/**
 * The one codec for every encrypted record Haven stores (entries, the chain's head, the draft,
 * the list index's shards, the safety plan, the reminders): `{ v, env }`, a version beside an
 * AES-GCM envelope whose additional data binds the storage key and that version, so a
 * ciphertext moved to another key, or relabelled with another version, fails to open.
 *
 * A format names how the value is encoded inside the envelope: plain JSON text, or JSON
 * deflated first (the list index, read in bulk). Compressing before encrypting is safe there:
 * nothing an outsider chooses is ever mixed into such a record and observed. Records are written
 * as version 3 (PADDED): the encoded value framed with its format and padded to a listed size
 * (core/vault/padding.ts), so its stored size says little. Versions 1 and 2 (the format alone,
 * unpadded) are what 0.1.0 wrote; they are still read, and rewritten as 3 at the first unlock
 * (core/vault/layout-migration.ts).
 */
export interface StoredRecord {
  v: number;
  env: Envelope;
}

/** How a version's value becomes bytes inside the envelope, and back. */
export interface RecordFormat {
  version: number;
  encode: (value: unknown) => Promise<Uint8Array>;
  decode: (bytes: Uint8Array) => Promise<unknown>;
}

export const JSON_RECORD: RecordFormat = {
  version: 1,
  encode: async (value) => utf8.encode(JSON.stringify(value)),
  decode: async (bytes) => JSON.parse(utf8.decode(bytes)) as unknown,
};

export const DEFLATED_JSON_RECORD: RecordFormat = {
  version: 2,
  encode: async (value) => deflate(utf8.encode(JSON.stringify(value))),
  decode: async (bytes) => JSON.parse(utf8.decode(await inflate(bytes))) as unknown,
};

/** Today's schema of plain records (entries, head, draft, documents). */
export const RECORD_SCHEMA = JSON_RECORD.version;

/** The stored version of every record written today: a format inside a padded frame. */
export const PADDED = 3;

/** The record was written by a newer version of Haven: left alone, never overwritten. */
export class NewerVersionError extends Error {}

const aad = (storageKey: string, version: number) => `${storageKey}|v${version}`;

export async function sealRecord(key: CryptoKey, storageKey: string, value: unknown, format: RecordFormat = JSON_RECORD, atLeast = 0): Promise<StoredRecord> {
  const framed = pad(format.version, await format.encode(value), atLeast);
  return { v: PADDED, env: await seal(key, framed, aad(storageKey, PADDED)) };
}

/**
 * Seal a record at least as long, as stored, as `replaced` (an earlier record under the same
 * key): replacing a record with one of the same size lets SQLite (Firefox) write it where the
 * old one was, over its bytes (see core/vault/scrub.ts).
 */
/** The plaintext length inside a sealed envelope: its ciphertext less AES-GCM's 16-byte tag (base64: 3 bytes per 4 characters). */
export function plainLength(env: Envelope): number {
  return Math.floor((env.ct.replace(/=+$/, '').length * 3) / 4) - 16;
}

export async function sealRecordLike(key: CryptoKey, storageKey: string, value: unknown, replaced: unknown): Promise<StoredRecord> {
  const old = replaced as Partial<StoredRecord> | undefined;
  const oldPlain = isEnvelope(old?.env) ? plainLength(old.env) : 0;
  return sealRecord(key, storageKey, value, JSON_RECORD, oldPlain);
}

/**
 * Open a record written in one of `formats` (its version, or inside a padded record its frame,
 * says which, and is what is returned as `version`; a version older than every
 * format is read with the oldest one: older schemas were plain JSON too, and the caller migrates
 * them). A version above every known one is a NewerVersionError; anything damaged, moved or not
 * decodable is a DecryptError.
 */
export async function openRecord<T>(
  key: CryptoKey,
  storageKey: string,
  stored: unknown,
  formats: readonly RecordFormat[] = [JSON_RECORD],
): Promise<{ version: number; value: T }> {
  const record = stored as Partial<StoredRecord> | undefined;
  if (!record || typeof record !== 'object' || typeof record.v !== 'number' || !isEnvelope(record.env)) throw new DecryptError();
  if (record.v > PADDED) throw new NewerVersionError();
  const bytes = await open(key, record.env, aad(storageKey, record.v));
  let version = record.v;
  let payload = bytes;
  if (record.v === PADDED) {
    const framed = unpad(bytes);
    if (!framed) throw new DecryptError();
    ({ encoding: version, payload } = framed);
  }
  const byVersion = [...formats].sort((a, b) => a.version - b.version);
  if (version > byVersion.at(-1)!.version) throw new NewerVersionError();
  const format = byVersion.find((candidate) => candidate.version === version) ?? byVersion[0]!;
  try {
    return { version, value: (await format.decode(payload)) as T };
  } catch {
    throw new DecryptError();
  }
}

/** Whether a stored value is one of these records (and not, say, a code's hash or the settings). */
export function isStoredRecord(value: unknown): value is StoredRecord {
  const record = value as Partial<StoredRecord> | null;
  return typeof record === 'object' && record !== null && typeof record.v === 'number' && isEnvelope(record.env);
}

/**
 * The same record sealed with another key (a passphrase change re-keys), whatever its format:
 * its bytes are carried over unread. 'current' when it is sealed with `to` already; 'damaged'
 * when neither key opens it (it is then left as it is).
 */
export async function resealRecord(from: CryptoKey, to: CryptoKey, storageKey: string, stored: StoredRecord): Promise<StoredRecord | 'current' | 'damaged'> {
  const data = aad(storageKey, stored.v);
  if (await open(to, stored.env, data).then(() => true, () => false)) return 'current';
  const bytes = await open(from, stored.env, data).catch(() => null);
  if (!bytes) return 'damaged';
  return { v: stored.v, env: await seal(to, bytes, data) };
}
