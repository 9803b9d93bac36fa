import { randomBytes, toBase64, utf8 } from '../bytes';
import { deriveBytes, importKey, PASSPHRASE_KDF, seal, SALT_BYTES, sha256Hex, type KdfParams } from '../crypto';
import { FILE_KIND, FILE_VERSION_1, headerAad, type BackupFile, type Sealed } from './format';

/**
 * The version 1 writer (one JSON object, the payload base64 inside), no longer used to save a
 * copy: tests build version 1 files with it, since every file ever saved must still import.
 * It does not check the value, so tests also build well-encrypted files with wrong contents.
 */
export async function sealBackup(payload: unknown, passphrase: string, kdf: KdfParams = PASSPHRASE_KDF): Promise<string> {
  const text = JSON.stringify(payload);
  return sealInner({ digest: await sha256Hex(utf8.encode(text)), payload: text } satisfies Sealed, passphrase, kdf);
}

/** The envelope alone: any inner value, encrypted under the header (tests build broken files with it). */
export async function sealInner(inner: unknown, passphrase: string, kdf: KdfParams): Promise<string> {
  const saltBytes = randomBytes(SALT_BYTES);
  const header = { kind: FILE_KIND, v: FILE_VERSION_1, kdf, salt: toBase64(saltBytes) } as const;
  const fileKey = await importKey(await deriveBytes(passphrase, saltBytes, kdf));
  const env = await seal(fileKey, utf8.encode(JSON.stringify(inner)), headerAad(header));
  return JSON.stringify({ ...header, env } satisfies BackupFile);
}
