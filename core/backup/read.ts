import * as v from 'valibot';
import { constantTimeEqual, fromBase64, utf8 } from '../bytes';
import { deriveBytes, importKey, open, sha256Hex } from '../crypto';
import { ENTRY_SCHEMA, fieldsDigest, migrateEntry, type Entry } from '../vault/journal';
import { EntrySchema, FILE_KIND, FILE_VERSION, FileSchema, headerAad, issuePlace, MAX_FILE_BYTES, PAYLOAD_VERSION, PayloadSchema, SealedSchema, type BackupPayload } from './format';

/**
 * Reading a backup file, step by step, cheapest check first: size → JSON → header → key →
 * decrypt → digest → payload → each entry (migrated to today's schema). Any failure is a
 * `Rejection`: a reason (and where in the file, when known) that the import screen puts into
 * the reader's language (features/backup/rejection.ts). Reading never writes anything.
 */
export const REJECTION_REASONS = [
  'empty',
  'too-big',
  'not-ours',
  'newer-file',
  'damaged',
  'wrong-passphrase',
  'bad-contents',
  'newer-entries',
  'duplicate-ids',
  'from-the-future',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** Where the problem is: a place in the file as the schema check names it, the checksum, or an entry too old to migrate. */
export type RejectionDetail =
  | { kind: 'place'; place: string }
  | { kind: 'checksum' }
  | { kind: 'not-migrated'; index: number };

export interface Rejection {
  ok: false;
  reason: RejectionReason;
  detail?: RejectionDetail;
  /** For logs and thrown errors in tests and tools only, never shown: the reason and detail as data. */
  message: string;
}

export type ReadResult = { ok: true; payload: BackupPayload } | Rejection;

/** The refusal for a reason (the import screen also uses it before reading a file). */
export function reject(reason: RejectionReason, detail?: RejectionDetail): Rejection {
  return { ok: false, reason, ...(detail && { detail }), message: detail ? `${reason}: ${JSON.stringify(detail)}` : reason };
}

const at = (place: string): RejectionDetail => ({ kind: 'place', place });

/** A little room for a device whose clock runs ahead of this one. */
const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

export async function readBackup(file: Uint8Array | string, passphrase: string, now = new Date()): Promise<ReadResult> {
  const size = typeof file === 'string' ? file.length : file.byteLength;
  if (size === 0) return reject('empty');
  if (size > MAX_FILE_BYTES) return reject('too-big');

  let outer: unknown;
  try {
    outer = JSON.parse(typeof file === 'string' ? file : new TextDecoder('utf-8', { fatal: true }).decode(file));
  } catch {
    return reject('not-ours');
  }
  const kind = (outer as { kind?: unknown } | null)?.kind;
  if (typeof outer !== 'object' || outer === null || kind !== FILE_KIND) return reject('not-ours');
  const version = (outer as { v?: unknown }).v;
  if (typeof version === 'number' && version > FILE_VERSION) return reject('newer-file');
  const header = v.safeParse(FileSchema, outer);
  if (!header.success) return reject('damaged', at(issuePlace(header.issues)));

  let inner: Uint8Array;
  try {
    const fileKey = await importKey(await deriveBytes(passphrase, fromBase64(header.output.salt), header.output.kdf));
    inner = await open(fileKey, header.output.env, headerAad(header.output));
  } catch {
    return reject('wrong-passphrase');
  }

  let sealedValue: unknown;
  try {
    sealedValue = JSON.parse(utf8.decode(inner));
  } catch {
    return reject('bad-contents');
  }
  const sealed = v.safeParse(SealedSchema, sealedValue);
  if (!sealed.success) return reject('bad-contents', at(issuePlace(sealed.issues)));
  const digest = await sha256Hex(utf8.encode(sealed.output.payload));
  if (!constantTimeEqual(utf8.encode(digest), utf8.encode(sealed.output.digest))) return reject('damaged', { kind: 'checksum' });

  let payloadValue: unknown;
  try {
    payloadValue = JSON.parse(sealed.output.payload);
  } catch {
    return reject('bad-contents');
  }
  const payloadVersion = (payloadValue as { v?: unknown } | null)?.v;
  if (typeof payloadVersion === 'number' && payloadVersion > PAYLOAD_VERSION) return reject('newer-file');
  const payload = v.safeParse(PayloadSchema, payloadValue);
  if (!payload.success) return reject('bad-contents', at(issuePlace(payload.issues)));
  if (payload.output.entrySchema > ENTRY_SCHEMA) return reject('newer-entries');

  const entries: Entry[] = [];
  for (const [index, raw] of payload.output.entries.entries()) {
    let migrated: unknown;
    try {
      migrated = migrateEntry(payload.output.entrySchema, raw);
    } catch {
      return reject('bad-contents', { kind: 'not-migrated', index });
    }
    const entry = v.safeParse(EntrySchema, migrated);
    if (!entry.success) return reject('bad-contents', at(`entries → ${index} → ${issuePlace(entry.issues)}`));
    entries.push(await withTrueDigests(entry.output as Entry));
  }

  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) return reject('duplicate-ids');
    ids.add(entry.id);
  }
  const latestAllowed = now.getTime() + CLOCK_SLACK_MS;
  const times = [payload.output.createdAt, ...entries.flatMap((entry) => entry.revisions.map((revision) => revision.writtenAt))];
  if (times.some((time) => Date.parse(time) > latestAllowed)) return reject('from-the-future');

  return { ok: true, payload: { ...(payload.output as Omit<BackupPayload, 'entries'>), entries } };
}

/**
 * The digest that identifies a revision is recomputed from its text (purged revisions have no
 * text and keep theirs): what is added is what the file says, whatever digest it carries.
 */
async function withTrueDigests(entry: Entry): Promise<Entry> {
  const revisions = await Promise.all(
    entry.revisions.map(async (revision) =>
      revision.purged ? { ...revision, fields: null } : { ...revision, fieldsDigest: await fieldsDigest(revision.fields) },
    ),
  );
  return { ...entry, revisions };
}
