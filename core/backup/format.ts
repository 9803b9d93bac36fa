import * as v from 'valibot';
import { CATEGORIES, type Draft, type Entry } from '../vault/journal';

/**
 * The backup file. Nothing in it names Haven or says what it holds (someone who opens the
 * downloaded file sees an opaque "calculator memory"). Two versions, both read:
 *
 * Version 2 (written today): one line of JSON text, the header, then sealed binary sections
 * (core/backup/sections.ts), each chunk AES-GCM-256 under Argon2id(passphrase, salt, kdf) with
 * the header line as additional data:
 *
 *   {"kind":"calc-memory","v":2,"kdf":{alg,memoryKiB,iterations,parallelism},"salt":"…"}\n
 *   section 0: the contents, deflated JSON: { payload, blobs: [{ sha256, size }] }
 *   section 1…n: one per blob of `blobs`, in order: its bytes exactly (attachments' originals)
 *
 * Each section is written and read a chunk at a time, so a file with large blobs never needs
 * to be in memory whole; the contents list each blob's SHA-256 and size, checked as it is read.
 *
 * Version 1 (until 0.2): the whole file one JSON object,
 *   { kind: 'calc-memory', v: 1, kdf, salt, env: {v, alg, iv, ct} }
 * `env` AES-GCM-256 with the header as additional data; inside, `Sealed`: the payload as JSON
 * text plus its SHA-256 (see docs/design.md, "Backup and restore").
 */
export const FILE_KIND = 'calc-memory';
/** The version written today. */
export const FILE_VERSION = 2;
/** The first version: one JSON object (still read). */
export const FILE_VERSION_1 = 1;
export const PAYLOAD_VERSION = 1;

/**
 * The most a version 2 file's contents (section 0, the text) may inflate to, and the most a
 * version 1 file may be: both are read whole, and parsing more could freeze the popup.
 */
export const MAX_CONTENTS_BYTES = 200 * 1024 * 1024;

/**
 * Checked before reading: a file this big is not one of ours. A version 2 file is read a chunk
 * at a time, its attachments' bytes streamed, so its size costs time, not memory: the cap is
 * far above what a journal of photos and recordings holds, and still refuses a disk image at once.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024 * 1024;

/** A KDF setting a file may ask for: enough room for stronger future settings, no room to exhaust memory. */
const KdfSchema = v.object({
  alg: v.literal('argon2id'),
  memoryKiB: v.pipe(v.number(), v.integer(), v.minValue(8), v.maxValue(262_144)),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(16)),
  parallelism: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4)),
});

const Base64 = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64 text'));

/** A version 1 file. */
export const FileSchema = v.object({
  kind: v.literal(FILE_KIND),
  v: v.literal(FILE_VERSION_1),
  kdf: KdfSchema,
  salt: v.pipe(Base64, v.minLength(16)),
  env: v.object({ v: v.literal(1), alg: v.literal('A256GCM'), iv: v.pipe(Base64, v.length(16)), ct: v.pipe(Base64, v.minLength(24)) }),
});
export type BackupFile = v.InferOutput<typeof FileSchema>;

/** The additional data of the file's envelope: the whole header, in a fixed order. */
export function headerAad(file: Pick<BackupFile, 'kind' | 'v' | 'kdf' | 'salt'>): string {
  const { alg, memoryKiB, iterations, parallelism } = file.kdf;
  return JSON.stringify([file.kind, file.v, alg, memoryKiB, iterations, parallelism, file.salt]);
}

/** A version 2 file's header line (its first line, before the sections). */
export const HeaderSchema = v.strictObject({
  kind: v.literal(FILE_KIND),
  v: v.literal(FILE_VERSION),
  kdf: KdfSchema,
  salt: v.pipe(Base64, v.minLength(16)),
});
export type BackupHeader = v.InferOutput<typeof HeaderSchema>;

/** Blob sections a file may carry: far more than a journal's attachments, few enough to list. */
export const MAX_BLOBS = 100_000;

/** One blob section, as the contents list it: what its bytes must hash to and how many there are. */
export const BlobInfoSchema = v.object({
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 digest')),
  size: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER)),
});
export type BlobInfo = v.InferOutput<typeof BlobInfoSchema>;

/** Section 0 of a version 2 file: the payload (checked on its own, below) and the blobs after it. */
export const ContentsSchema = v.object({
  payload: v.unknown(),
  blobs: v.pipe(v.array(BlobInfoSchema), v.maxLength(MAX_BLOBS)),
});

/** What the version 1 envelope holds: the payload's text and its SHA-256 (hex). */
export const SealedSchema = v.object({
  digest: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  payload: v.string(),
});
export type Sealed = v.InferOutput<typeof SealedSchema>;

const IsoTime = v.pipe(v.string(), v.isoTimestamp('is not a date and time'));
const Text = v.pipe(v.string(), v.maxLength(1_000_000));
const Hex64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 digest'));

/** An attached file's details, in the order the journal writes them (the fields' digest depends on it). */
const AttachmentSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)),
  sha256: Hex64,
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
  name: v.pipe(v.string(), v.maxLength(1000)),
  type: v.pipe(v.string(), v.maxLength(200)),
  claimedType: v.pipe(v.string(), v.maxLength(200)),
  addedAt: IsoTime,
  fileDate: v.optional(v.pipe(v.string(), v.maxLength(40))),
  capture: v.optional(v.object({ url: v.pipe(v.string(), v.maxLength(10_000)), title: v.pipe(v.string(), v.maxLength(10_000)), at: IsoTime })),
});

const FieldsSchema = v.object({
  happenedAt: v.pipe(v.string(), v.maxLength(40)),
  what: Text,
  where: Text,
  who: Text,
  categories: v.array(v.picklist(CATEGORIES)),
  felt: Text,
  tags: v.array(v.pipe(v.string(), v.maxLength(200))),
  // Each file's bytes travel in a blob section of their own (by SHA-256, once however often named).
  attachments: v.optional(v.pipe(v.array(AttachmentSchema), v.maxLength(1000))),
});

const RevisionSchema = v.object({
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  writtenAt: IsoTime,
  fields: v.nullable(FieldsSchema),
  fieldsDigest: Hex64,
  purged: v.optional(v.literal(true)),
  prev: Hex64,
  hash: Hex64,
});

/** One journal entry as the journal stores it (after migration to today's entry schema). */
export const EntrySchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  revisions: v.pipe(v.array(RevisionSchema), v.minLength(1)),
});

export const DraftSchema = v.object({
  entryId: v.nullable(v.pipe(v.string(), v.maxLength(100))),
  fields: FieldsSchema,
  savedAt: IsoTime,
});

export const PlanSchema = v.object({
  done: v.array(v.pipe(v.string(), v.maxLength(200))),
  notes: Text,
});
export type PlanDocument = v.InferOutput<typeof PlanSchema>;

export const RemindersSchema = v.array(Text);

/** Settings that reveal nothing; the unlock code and the keyring are never in a backup. */
export const BackupSettingsSchema = v.object({
  cover: v.string(),
  graceMinutes: v.number(),
  autoLockMinutes: v.number(),
  safePage: v.nullable(v.string()),
  closeTabs: v.boolean(),
});

/**
 * The payload's outside. Entries are checked one by one after their own schema version's
 * migration (`entrySchema`), so an older file's entries are brought up to date first.
 */
export const PayloadSchema = v.object({
  v: v.literal(PAYLOAD_VERSION),
  createdAt: IsoTime,
  entrySchema: v.pipe(v.number(), v.integer(), v.minValue(1)),
  entries: v.array(v.unknown()),
  draft: v.nullable(DraftSchema),
  plan: v.nullable(PlanSchema),
  reminders: v.nullable(RemindersSchema),
  settings: v.nullable(BackupSettingsSchema),
});

/** Everything the user wrote, as it travels in a backup. */
export interface BackupPayload {
  v: typeof PAYLOAD_VERSION;
  createdAt: string;
  entrySchema: number;
  entries: Entry[];
  draft: Draft | null;
  plan: PlanDocument | null;
  reminders: string[] | null;
  settings: v.InferOutput<typeof BackupSettingsSchema> | null;
}

/** Where in the file a schema check failed, in words ("entries → 3 → revisions → 0 → writtenAt"). */
export function issuePlace(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  const path = first?.path?.map((item) => String(item.key)).join(' → ');
  return path ? `${path}: ${first!.message}` : (first?.message ?? 'unknown');
}

/** A neutral name a calculator could plausibly save: nothing about notes, backups or Haven. */
export function backupFileName(now: Date): string {
  return `calc-memory-${now.toISOString().slice(0, 10)}.calc`;
}
