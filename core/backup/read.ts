import * as v from 'valibot';
import { concatBytes, constantTimeEqual, fromBase64, toHex, utf8 } from '../bytes';
import { deriveBytes, importKey, open, sha256Hex } from '../crypto';
import { inflate } from '../deflate';
import { ENTRY_SCHEMA, frozenFieldsDigest, migrateEntry, type Entry } from '../vault/journal';
import {
  ContentsSchema,
  EntrySchema,
  FILE_KIND,
  FILE_VERSION,
  FILE_VERSION_1,
  FileSchema,
  headerAad,
  HeaderSchema,
  issuePlace,
  MAX_CONTENTS_BYTES,
  MAX_FILE_BYTES,
  PAYLOAD_VERSION,
  PayloadSchema,
  SealedSchema,
  type BackupPayload,
  type BlobInfo,
} from './format';
import { SectionError, SectionReader, type SectionPlace } from './sections';

/**
 * Reading a backup file, step by step, cheapest check first: size → header → key → decrypt
 * (version 2: every chunk of every section; version 1: the envelope, then its digest) →
 * payload → each entry (migrated to today's schema). Any failure is a
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

/**
 * A blob section of the file, checked already (every chunk opened, its SHA-256 and size as the
 * contents list them). `bytes()` reads it again from the file, a chunk at a time, checking again
 * (a file changed on disk since it was read throws).
 */
export interface BackupBlob extends BlobInfo {
  bytes: () => AsyncIterable<Uint8Array>;
}

export type ReadResult = { ok: true; payload: BackupPayload; blobs: BackupBlob[] } | Rejection;

/** The refusal for a reason (the import screen also uses it before reading a file). */
export function reject(reason: RejectionReason, detail?: RejectionDetail): Rejection {
  return { ok: false, reason, ...(detail && { detail }), message: detail ? `${reason}: ${JSON.stringify(detail)}` : reason };
}

const at = (place: string): RejectionDetail => ({ kind: 'place', place });

/** A little room for a device whose clock runs ahead of this one. */
const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;

/** How far into a file its header line may end (a version 2 header is about 140 bytes). */
const HEADER_LINE_MAX = 4096;

/** A step that refused the file: thrown inside a reading step, returned by readBackup. */
class Refused extends Error {
  constructor(readonly rejection: Rejection) {
    super(rejection.message);
  }
}

/** Read a file (a File from the picker, or bytes or text in tests and tools). Never writes. */
export async function readBackup(file: Blob | Uint8Array | string, passphrase: string, now = new Date()): Promise<ReadResult> {
  const size = typeof file === 'string' ? file.length : file instanceof Blob ? file.size : file.byteLength;
  if (size === 0) return reject('empty');
  if (size > MAX_FILE_BYTES) return reject('too-big');
  const blob = file instanceof Blob ? file : new Blob([file as BlobPart]);
  try {
    const line = await headerLine(blob);
    const read = line ? await readVersion2(blob, line, passphrase) : { payload: await readVersion1(blob, passphrase), blobs: [] };
    return { ok: true, payload: await checkPayload(read.payload, now), blobs: read.blobs };
  } catch (error) {
    if (error instanceof Refused) return error.rejection;
    throw error;
  }
}

/**
 * The version 2 header line, when the file starts with one (JSON with our kind and a version
 * above 1, then a newline); null for anything else, which is read as a version 1 file.
 */
async function headerLine(file: Blob): Promise<{ bytes: Uint8Array; value: Record<string, unknown> } | null> {
  const start = new Uint8Array(await file.slice(0, HEADER_LINE_MAX).arrayBuffer());
  const end = start.indexOf(0x0a);
  if (end < 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(start.subarray(0, end)));
  } catch {
    return null;
  }
  const header = value as { kind?: unknown; v?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.kind !== FILE_KIND || typeof header.v !== 'number' || header.v <= FILE_VERSION_1) return null;
  return { bytes: start.slice(0, end + 1), value: value as Record<string, unknown> };
}

/** Version 1: the whole file one JSON object; inside, the payload's text and its SHA-256. */
async function readVersion1(file: Blob, passphrase: string): Promise<unknown> {
  // Read whole: a version 1 file (text alone) never came near this size.
  if (file.size > MAX_CONTENTS_BYTES) throw new Refused(reject('not-ours'));
  let outer: unknown;
  try {
    outer = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()));
  } catch {
    throw new Refused(reject('not-ours'));
  }
  const kind = (outer as { kind?: unknown } | null)?.kind;
  if (typeof outer !== 'object' || outer === null || kind !== FILE_KIND) throw new Refused(reject('not-ours'));
  const version = (outer as { v?: unknown }).v;
  if (typeof version === 'number' && version > FILE_VERSION) throw new Refused(reject('newer-file'));
  const header = v.safeParse(FileSchema, outer);
  if (!header.success) throw new Refused(reject('damaged', at(issuePlace(header.issues))));

  let inner: Uint8Array;
  try {
    const fileKey = await importKey(await deriveBytes(passphrase, fromBase64(header.output.salt), header.output.kdf));
    inner = await open(fileKey, header.output.env, headerAad(header.output));
  } catch {
    throw new Refused(reject('wrong-passphrase'));
  }

  let sealedValue: unknown;
  try {
    sealedValue = JSON.parse(utf8.decode(inner));
  } catch {
    throw new Refused(reject('bad-contents'));
  }
  const sealed = v.safeParse(SealedSchema, sealedValue);
  if (!sealed.success) throw new Refused(reject('bad-contents', at(issuePlace(sealed.issues))));
  const digest = await sha256Hex(utf8.encode(sealed.output.payload));
  if (!constantTimeEqual(utf8.encode(digest), utf8.encode(sealed.output.digest))) throw new Refused(reject('damaged', { kind: 'checksum' }));
  try {
    return JSON.parse(sealed.output.payload);
  } catch {
    throw new Refused(reject('bad-contents'));
  }
}

/**
 * Version 2: the header line, then the sections (core/backup/sections.ts). Every chunk of every
 * section is opened and every blob hashed before the file is accepted, one chunk in memory at a
 * time, so a file cut short or changed anywhere is refused before anything is added.
 */
async function readVersion2(file: Blob, line: { bytes: Uint8Array; value: Record<string, unknown> }, passphrase: string): Promise<{ payload: unknown; blobs: BackupBlob[] }> {
  if ((line.value.v as number) > FILE_VERSION) throw new Refused(reject('newer-file'));
  const header = v.safeParse(HeaderSchema, line.value);
  if (!header.success) throw new Refused(reject('damaged', at(issuePlace(header.issues))));
  let fileKey: CryptoKey;
  try {
    fileKey = await importKey(await deriveBytes(passphrase, fromBase64(header.output.salt), header.output.kdf));
  } catch {
    throw new Refused(reject('wrong-passphrase'));
  }
  const reader = new SectionReader(file, line.bytes.byteLength, fileKey, line.bytes);
  const contentChunks: Uint8Array[] = [];
  let contentBytes = 0;
  let contents: v.InferOutput<typeof ContentsSchema> | null = null;
  const { createSHA256 } = await import('hash-wasm');
  let blob: { hash: Awaited<ReturnType<typeof createSHA256>>; size: number; section: number } | null = null;
  const finishBlob = () => {
    if (!blob) return;
    const expected = contents!.blobs[blob.section - 1]!;
    if (blob.size !== expected.size || toHex(blob.hash.digest('binary')) !== expected.sha256) throw new Refused(reject('damaged', { kind: 'checksum' }));
  };
  let places: SectionPlace[];
  try {
    places = await reader.readAll(async (section, plain) => {
      if (section === 0) {
        contentBytes += plain.byteLength;
        if (contentBytes > MAX_CONTENTS_BYTES) throw new Refused(reject('too-big'));
        contentChunks.push(plain);
        return;
      }
      contents ??= await openContents(contentChunks);
      if (section > contents.blobs.length) throw new Refused(reject('damaged'));
      if (blob?.section !== section) {
        finishBlob();
        blob = { hash: await createSHA256(), size: 0, section };
      }
      blob.hash.update(plain);
      blob.size += plain.byteLength;
    });
  } catch (error) {
    if (error instanceof SectionError) throw new Refused(reject(error.reason === 'wrong-key' ? 'wrong-passphrase' : 'damaged'));
    throw error;
  }
  contents ??= await openContents(contentChunks);
  finishBlob();
  if (places.length !== contents.blobs.length + 1) throw new Refused(reject('damaged'));
  const blobs = contents.blobs.map((info, index): BackupBlob => ({ ...info, bytes: () => checkedSection(reader, index + 1, places[index + 1]!, info) }));
  return { payload: contents.payload, blobs };
}

/** Section 0, inflated and checked: the payload (checked later) and the list of blobs. */
async function openContents(chunks: Uint8Array[]): Promise<v.InferOutput<typeof ContentsSchema>> {
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(await inflate(concatBytes(chunks), MAX_CONTENTS_BYTES)));
  } catch {
    throw new Refused(reject('bad-contents'));
  }
  chunks.length = 0;
  const contents = v.safeParse(ContentsSchema, value);
  if (!contents.success) throw new Refused(reject('bad-contents', at(issuePlace(contents.issues))));
  return contents.output;
}

/** A blob section read again, a chunk at a time, its hash checked once more at the end. */
async function* checkedSection(reader: SectionReader, section: number, place: SectionPlace, info: BlobInfo): AsyncIterable<Uint8Array> {
  const { createSHA256 } = await import('hash-wasm');
  const hash = await createSHA256();
  let size = 0;
  for await (const plain of reader.section(section, place)) {
    hash.update(plain);
    size += plain.byteLength;
    yield plain;
  }
  if (size !== info.size || toHex(hash.digest('binary')) !== info.sha256) throw new Error('The file changed since it was read');
}

/** The payload, whatever the file's version: its schema, each entry migrated and checked, ids, times. */
async function checkPayload(payloadValue: unknown, now: Date): Promise<BackupPayload> {
  const payloadVersion = (payloadValue as { v?: unknown } | null)?.v;
  if (typeof payloadVersion === 'number' && payloadVersion > PAYLOAD_VERSION) throw new Refused(reject('newer-file'));
  const payload = v.safeParse(PayloadSchema, payloadValue);
  if (!payload.success) throw new Refused(reject('bad-contents', at(issuePlace(payload.issues))));
  if (payload.output.entrySchema > ENTRY_SCHEMA) throw new Refused(reject('newer-entries'));

  const checked: Entry[] = [];
  for (const [index, raw] of payload.output.entries.entries()) {
    let migrated: unknown;
    try {
      migrated = migrateEntry(payload.output.entrySchema, raw);
    } catch {
      throw new Refused(reject('bad-contents', { kind: 'not-migrated', index }));
    }
    const entry = v.safeParse(EntrySchema, migrated);
    if (!entry.success) throw new Refused(reject('bad-contents', at(`entries → ${index} → ${issuePlace(entry.issues)}`)));
    checked.push(entry.output as Entry);
  }
  const entries = await withTrueDigests(checked);

  const ids = new Set<string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) throw new Refused(reject('duplicate-ids'));
    ids.add(entry.id);
  }
  const latestAllowed = now.getTime() + CLOCK_SLACK_MS;
  const times = [payload.output.createdAt, ...entries.flatMap((entry) => entry.revisions.map((revision) => revision.writtenAt))];
  if (times.some((time) => Date.parse(time) > latestAllowed)) throw new Refused(reject('from-the-future'));

  return { ...(payload.output as Omit<BackupPayload, 'entries'>), entries };
}

/**
 * The digest that identifies a revision is recomputed from its text (purged revisions have no
 * text and keep theirs): what is added is what the file says, whatever digest it carries. The
 * fields are frozen as they are hashed, so adding them later looks the digest up, not again.
 */
async function withTrueDigests(entries: Entry[]): Promise<Entry[]> {
  const out: Entry[] = [];
  // Many digests in flight at once: one after another, each waits a round trip to the crypto thread.
  for (let start = 0; start < entries.length; start += DIGEST_BATCH) {
    out.push(
      ...(await Promise.all(
        entries.slice(start, start + DIGEST_BATCH).map(async (entry) => ({
          ...entry,
          revisions: await Promise.all(
            entry.revisions.map(async (revision) => (revision.purged ? { ...revision, fields: null } : { ...revision, fieldsDigest: await frozenFieldsDigest(revision.fields) })),
          ),
        })),
      )),
    );
  }
  return out;
}

const DIGEST_BATCH = 500;
