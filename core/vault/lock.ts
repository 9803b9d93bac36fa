import { constantTimeEqual, fromBase64, randomBytes, toBase64 } from '../bytes';
import { deriveBytes, SALT_BYTES, UNLOCK_CODE_KDF, type KdfParams } from '../crypto';
import { readLocal, writeLocal } from './area';

/**
 * The unlock code, stored only as a salted Argon2id hash. The code itself never reaches
 * storage or a log; it guards the cover, not the data (the passphrase guards the data).
 */
export interface LockRecord {
  v: 1;
  kdf: KdfParams;
  salt: string;
  hash: string;
}

export const LOCK_KEY = 'lock';

export async function hashCode(code: string, params: KdfParams = UNLOCK_CODE_KDF): Promise<LockRecord> {
  const salt = randomBytes(SALT_BYTES);
  return { v: 1, kdf: params, salt: toBase64(salt), hash: toBase64(await deriveBytes(code, salt, params)) };
}

/** Constant-time comparison of the typed code's hash with the stored one. */
export async function codeMatches(code: string, record: LockRecord): Promise<boolean> {
  const hash = await deriveBytes(code, fromBase64(record.salt), record.kdf);
  return constantTimeEqual(hash, fromBase64(record.hash));
}

export async function loadLock(): Promise<LockRecord | null> {
  const stored = (await readLocal([LOCK_KEY]))[LOCK_KEY] as Partial<LockRecord> | undefined;
  if (!stored || stored.v !== 1 || typeof stored.salt !== 'string' || typeof stored.hash !== 'string' || !stored.kdf) return null;
  return stored as LockRecord;
}

export async function saveLock(record: LockRecord): Promise<void> {
  await writeLocal({ [LOCK_KEY]: record });
}
