import { randomBytes, toBase64, utf8 } from '../bytes';
import { deriveBytes, importKey, PASSPHRASE_KDF, seal, SALT_BYTES, sha256Hex, type KdfParams } from '../crypto';
import { loadDocument } from '../vault/documents';
import { ENTRY_PREFIX, ENTRY_SCHEMA, loadDraft, openJournal } from '../vault/journal';
import { loadSettings } from '../vault/settings';
import { FILE_KIND, FILE_VERSION, headerAad, PAYLOAD_VERSION, type BackupFile, type BackupPayload, type PlanDocument, type Sealed } from './format';

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
 * Encrypt any value as a backup file's payload, under a fresh salt. It does not check the value:
 * tests use it to build well-encrypted files with wrong contents.
 */
export async function sealBackup(payload: unknown, passphrase: string, kdf: KdfParams = PASSPHRASE_KDF): Promise<string> {
  const text = JSON.stringify(payload);
  return sealInner({ digest: await sha256Hex(utf8.encode(text)), payload: text } satisfies Sealed, passphrase, kdf);
}

/** The envelope alone: any inner value, encrypted under the header (tests build broken files with it). */
export async function sealInner(inner: unknown, passphrase: string, kdf: KdfParams): Promise<string> {
  const saltBytes = randomBytes(SALT_BYTES);
  const header = { kind: FILE_KIND, v: FILE_VERSION, kdf, salt: toBase64(saltBytes) } as const;
  const fileKey = await importKey(await deriveBytes(passphrase, saltBytes, kdf));
  const env = await seal(fileKey, utf8.encode(JSON.stringify(inner)), headerAad(header));
  return JSON.stringify({ ...header, env } satisfies BackupFile);
}

/** Collect and encrypt: the text of the file to download, and what could not be included. */
export async function exportBackup(key: CryptoKey, passphrase: string, options: { kdf?: KdfParams; now?: Date } = {}): Promise<{ text: string; leftOut: number; entries: number }> {
  const { payload, leftOut } = await collectBackup(key, options.now);
  return { text: await sealBackup(payload, passphrase, options.kdf), leftOut, entries: payload.entries.length };
}
