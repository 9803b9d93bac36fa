import * as v from 'valibot';
import { CATEGORIES, type Draft, type Entry } from '../vault/journal';

/**
 * The backup file, version 1. It is plain JSON text on the outside, so any later version can
 * read its header; nothing in it names Haven or says what it holds (someone who opens the
 * downloaded file sees an opaque "calculator memory"):
 *
 *   { kind: 'calc-memory', v: 1, kdf: {alg, memoryKiB, iterations, parallelism}, salt, env: {v, alg, iv, ct} }
 *
 * `env` is AES-GCM-256 under Argon2id(passphrase, salt, kdf), with the header as additional
 * data, so a changed header fails like a changed ciphertext. Inside is `Sealed`: the payload as
 * JSON text plus its SHA-256 (see docs/design.md, "Backup and restore").
 */
export const FILE_KIND = 'calc-memory';
export const FILE_VERSION = 1;
export const PAYLOAD_VERSION = 1;

/** Checked before parsing: a file this big is not one of ours, and parsing it could freeze the popup. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** A KDF setting a file may ask for: enough room for stronger future settings, no room to exhaust memory. */
const KdfSchema = v.object({
  alg: v.literal('argon2id'),
  memoryKiB: v.pipe(v.number(), v.integer(), v.minValue(8), v.maxValue(262_144)),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(16)),
  parallelism: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4)),
});

const Base64 = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64 text'));

export const FileSchema = v.object({
  kind: v.literal(FILE_KIND),
  v: v.literal(FILE_VERSION),
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

/** What the envelope holds: the payload's text and its SHA-256 (hex). */
export const SealedSchema = v.object({
  digest: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  payload: v.string(),
});
export type Sealed = v.InferOutput<typeof SealedSchema>;

const IsoTime = v.pipe(v.string(), v.isoTimestamp('is not a date and time'));
const Text = v.pipe(v.string(), v.maxLength(1_000_000));
const Hex64 = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 digest'));

const FieldsSchema = v.object({
  happenedAt: v.pipe(v.string(), v.maxLength(40)),
  what: Text,
  where: Text,
  who: Text,
  categories: v.array(v.picklist(CATEGORIES)),
  felt: Text,
  tags: v.array(v.pipe(v.string(), v.maxLength(200))),
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
