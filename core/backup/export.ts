import { randomBytes, toBase64, toHex, utf8 } from '../bytes';
import { deriveBytes, importKey, PASSPHRASE_KDF, SALT_BYTES, type KdfParams } from '../crypto';
import { deflate } from '../deflate';
import { loadDocument } from '../vault/documents';
import { ENTRY_PREFIX, ENTRY_SCHEMA, loadDraft, openJournal } from '../vault/journal';
import { loadSettings } from '../vault/settings';
import { FILE_KIND, FILE_VERSION, PAYLOAD_VERSION, type BackupHeader, type BackupPayload, type BlobInfo, type PlanDocument } from './format';
import { writeSections, type SectionSource } from './sections';

/** What was gathered for a backup, and what could not be (damaged records stay on the device). */
export interface Collected {
  payload: BackupPayload;
  /** Records that could not be opened and so are not in the file. */
  leftOut: number;
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
  return {
    payload: {
      v: PAYLOAD_VERSION,
      createdAt: now.toISOString(),
      entrySchema: ENTRY_SCHEMA,
      entries: journal.entries,
      draft: await loadDraft(key),
      plan: await document<PlanDocument>('plan'),
      reminders: await document<string[]>('reminders'),
      settings: { cover, graceMinutes, autoLockMinutes, safePage, closeTabs },
    },
    leftOut,
  };
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

/** Collect and encrypt: the file to download, and what could not be included. */
export async function exportBackup(key: CryptoKey, passphrase: string, options: { kdf?: KdfParams; now?: Date } = {}): Promise<{ file: Blob; leftOut: number; entries: number }> {
  const { payload, leftOut } = await collectBackup(key, options.now);
  return { file: await writeBackup(payload, passphrase, { kdf: options.kdf }), leftOut, entries: payload.entries.length };
}
