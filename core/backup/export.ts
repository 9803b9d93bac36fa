import { randomBytes, toBase64, toHex, utf8 } from '../bytes';
import { deriveBytes, importKey, PASSPHRASE_KDF, SALT_BYTES, type KdfParams } from '../crypto';
import { deflate } from '../deflate';
import { attachmentsOf, bytesPresent, readAttachmentChunks } from '../vault/attachments';
import { loadDocument } from '../vault/documents';
import type { Attachment } from '../vault/entry';
import { ENTRY_PREFIX, ENTRY_SCHEMA, loadDraft, openJournal } from '../vault/journal';
import { loadSettings } from '../vault/settings';
import { FILE_KIND, FILE_VERSION, PAYLOAD_VERSION, type BackupHeader, type BackupPayload, type BlobInfo, type PlanDocument } from './format';
import { writeSections, type SectionSource } from './sections';

/** What was gathered for a backup, and what could not be (damaged records stay on the device). */
export interface Collected {
  payload: BackupPayload;
  /** Records that could not be opened and so are not in the file. */
  leftOut: number;
  /** The attached files' bytes to carry: each SHA-256 once, however many entries name it. */
  blobs: BlobToSave[];
  /** Files named in the journal whose bytes are not on this device (their details still travel). */
  filesMissing: number;
}

/** Gather everything the user wrote, decrypted with the data key. Reads only. */
export async function collectBackup(key: CryptoKey, now = new Date()): Promise<Collected> {
  const journal = await openJournal(key);
  let leftOut = journal.problems.filter((problem) => problem.key.startsWith(ENTRY_PREFIX)).length;
  const document = async <T>(name: 'plan' | 'reminders'): Promise<T | null> => {
    try {
      return await loadDocument<T>(key, name);
    } catch {
      leftOut++;
      return null;
    }
  };
  const { cover, graceMinutes, autoLockMinutes, safePage, closeTabs } = await loadSettings();
  const draft = await loadDraft(key);
  const files = await filesToCarry(key, [...attachmentsOf(journal.entries), ...(draft?.fields.attachments ?? [])], new Set(journal.storedKeys));
  return {
    payload: {
      v: PAYLOAD_VERSION,
      createdAt: now.toISOString(),
      entrySchema: ENTRY_SCHEMA,
      entries: journal.entries,
      draft,
      plan: await document<PlanDocument>('plan'),
      reminders: await document<string[]>('reminders'),
      settings: { cover, graceMinutes, autoLockMinutes, safePage, closeTabs },
    },
    leftOut,
    ...files,
  };
}

/**
 * One blob per distinct SHA-256 (the same photo added to two entries travels once), read from
 * the first of its files whose chunks are all here. A file with none here is counted, not carried.
 */
async function filesToCarry(key: CryptoKey, attachments: Attachment[], present: ReadonlySet<string>): Promise<{ blobs: BlobToSave[]; filesMissing: number }> {
  const byHash = new Map<string, BlobToSave>();
  const missing = new Set<string>();
  for (const attachment of attachments) {
    if (byHash.has(attachment.sha256)) continue;
    if (!(await bytesPresent(attachment, present))) {
      missing.add(attachment.sha256);
      continue;
    }
    missing.delete(attachment.sha256);
    byHash.set(attachment.sha256, { sha256: attachment.sha256, size: attachment.size, bytes: () => readAttachmentChunks(key, attachment) });
  }
  return { blobs: [...byHash.values()], filesMissing: missing.size };
}

/**
 * A blob to carry after the payload (an attachment's original bytes): what they hash to, how
 * many, and a way to read them a piece at a time. They are checked as they are written.
 */
export interface BlobToSave extends BlobInfo {
  bytes: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
}

/** The blob's bytes, checked against its SHA-256 and size as they go by (hash-wasm: SubtleCrypto cannot hash in pieces). */
function checkedBytes(blob: BlobToSave): SectionSource {
  return async function* () {
    const { createSHA256 } = await import('hash-wasm');
    const hash = await createSHA256();
    let size = 0;
    for await (const piece of blob.bytes()) {
      hash.update(piece);
      size += piece.byteLength;
      yield piece;
    }
    if (size !== blob.size || toHex(hash.digest('binary')) !== blob.sha256) throw new Error('A blob’s bytes do not match their SHA-256 or size');
  };
}

/**
 * Encrypt a payload (and blobs) as a version 2 file, under a fresh salt. It does not check the
 * payload: tests use it to build well-encrypted files with wrong contents.
 */
export async function writeBackup(payload: unknown, passphrase: string, options: { kdf?: KdfParams; blobs?: BlobToSave[] } = {}): Promise<Blob> {
  const kdf = options.kdf ?? PASSPHRASE_KDF;
  const blobs = options.blobs ?? [];
  const saltBytes = randomBytes(SALT_BYTES);
  const header = { kind: FILE_KIND, v: FILE_VERSION, kdf, salt: toBase64(saltBytes) } satisfies BackupHeader;
  const headerLine = utf8.encode(`${JSON.stringify(header)}\n`);
  const fileKey = await importKey(await deriveBytes(passphrase, saltBytes, kdf));
  // The contents are text, which deflates to a fraction: fewer bytes to encrypt, write and read.
  // Nothing an outsider chooses is mixed into them, so compressing before encrypting leaks nothing.
  const contents = await deflate(utf8.encode(JSON.stringify({ payload, blobs: blobs.map(({ sha256, size }) => ({ sha256, size })) })));
  return writeSections(fileKey, headerLine, [() => [contents], ...blobs.map(checkedBytes)]);
}

/** What a saved copy holds, for the screen to say. */
export interface Exported {
  file: Blob;
  /** Records that could not be opened (not in the copy). */
  leftOut: number;
  entries: number;
  /** Attached files whose bytes are in the copy, and how many bytes. */
  files: number;
  fileBytes: number;
  /** Attached files whose bytes are not (gone from this device, or no longer as added). */
  filesLeftOut: number;
}

/**
 * Collect and encrypt: the file to download, and what it holds. A file whose bytes turn out not
 * to be as added (a chunk altered on disk) is known only once read, after the contents listing
 * it were sealed: the copy is then made again without it, so one bad file never costs the rest.
 */
export async function exportBackup(key: CryptoKey, passphrase: string, options: { kdf?: KdfParams; now?: Date } = {}): Promise<Exported> {
  const { payload, leftOut, blobs, filesMissing } = await collectBackup(key, options.now);
  const unreadable = new Set<string>();
  for (;;) {
    let failed: string | null = null;
    const carried = blobs
      .filter((blob) => !unreadable.has(blob.sha256))
      .map((blob): BlobToSave => ({ ...blob, bytes: () => noticing(blob.bytes(), () => (failed = blob.sha256)) }));
    try {
      const file = await writeBackup(payload, passphrase, { kdf: options.kdf, blobs: carried });
      const fileBytes = carried.reduce((sum, blob) => sum + blob.size, 0);
      return { file, leftOut, entries: payload.entries.length, files: carried.length, fileBytes, filesLeftOut: filesMissing + unreadable.size };
    } catch (error) {
      if (failed === null) throw error;
      unreadable.add(failed);
    }
  }
}

/** The pieces as they come; `onError` is told before an error reading them goes on up. */
async function* noticing(pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, onError: () => void): AsyncGenerator<Uint8Array> {
  try {
    yield* pieces;
  } catch (error) {
    onError();
    throw error;
  }
}
