import { constantTimeEqual, fromBase64, randomBytes, toBase64, utf8 } from '../bytes';
import { deriveBytes, SALT_BYTES, UNLOCK_CODE_KDF, type KdfParams } from '../crypto';
import { readLocal, writeLocal } from './area';

/**
 * A code's record (the unlock code's, and the erase code's, same shape). H = Argon2id(code, salt)
 * is never stored since v2: the record holds HMAC-SHA256(H, "check"), and H also derives the key
 * that seals the settings (core/vault/prefs-key.ts), so only whoever typed the code has it.
 * Version 1 (0.1.0) stored H itself; it still matches, and is replaced at the first right code.
 */
export interface LockRecord {
  v: 1 | 2;
  kdf: KdfParams;
  salt: string;
  hash: string;
}

/** The unlock code's record, and where 0.1.0 kept it. */
export const LOCK_KEY = 'm1';

const CHECK_LABEL = 'check';

/** The code's Argon2id output under this salt: the secret both checks and keys come from. */
export async function codeSecret(code: string, salt: Uint8Array, params: KdfParams): Promise<Uint8Array> {
  return deriveBytes(code, salt, params);
}

/** What a v2 record stores of H: a MAC under it, which gives nothing of H away. */
export async function checkValue(secret: Uint8Array): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', secret as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8.encode(CHECK_LABEL) as BufferSource));
}

/** A new v2 record for this code under a fresh salt, and the code's secret under it. */
export async function newCodeRecord(code: string, params: KdfParams = UNLOCK_CODE_KDF): Promise<{ record: LockRecord; derived: Uint8Array }> {
  const salt = randomBytes(SALT_BYTES);
  const secret = await codeSecret(code, salt, params);
  return { record: { v: 2, kdf: params, salt: toBase64(salt), hash: toBase64(await checkValue(secret)) }, derived: secret };
}

export async function hashCode(code: string, params: KdfParams = UNLOCK_CODE_KDF): Promise<LockRecord> {
  return (await newCodeRecord(code, params)).record;
}

/**
 * A record no code matches, shaped like a real one (same kdf, salt and hash sizes): the erase
 * record when no erase code is set, so storage looks the same with and without one.
 */
export function dummyCodeRecord(params: KdfParams = UNLOCK_CODE_KDF): LockRecord {
  return { v: 2, kdf: params, salt: toBase64(randomBytes(SALT_BYTES)), hash: toBase64(randomBytes(32)) };
}

/**
 * The code's secret H when the code is right, else null. One Argon2id run and one HMAC whatever
 * the record's version, right or wrong; compared in constant time.
 */
export async function matchCode(code: string, record: LockRecord): Promise<Uint8Array | null> {
  const secret = await codeSecret(code, fromBase64(record.salt), record.kdf);
  const check = await checkValue(secret);
  const stored = fromBase64(record.hash);
  return constantTimeEqual(record.v === 1 ? secret : check, stored) ? secret : null;
}

/** Constant-time comparison of the typed code's hash with the stored one. */
export async function codeMatches(code: string, record: LockRecord): Promise<boolean> {
  return (await matchCode(code, record)) !== null;
}

/** 0.1.0's erase record as v2, with its own salt: its hash was H, so the check is computed from it. */
export async function upgradeRecord(record: LockRecord): Promise<LockRecord> {
  if (record.v === 2) return record;
  return { ...record, v: 2, hash: toBase64(await checkValue(fromBase64(record.hash))) };
}

export function parseLockRecord(stored: unknown): LockRecord | null {
  const value = stored as Partial<LockRecord> | undefined;
  if (!value || (value.v !== 1 && value.v !== 2) || typeof value.salt !== 'string' || typeof value.hash !== 'string' || !value.kdf) return null;
  return value as LockRecord;
}

/** The unlock record: the new one, or until the first right code after the update, 0.1.0's. */
export async function loadLock(): Promise<LockRecord | null> {
  return parseLockRecord((await readLocal([LOCK_KEY]))[LOCK_KEY]);
}

export async function saveLock(record: LockRecord): Promise<void> {
  await writeLocal({ [LOCK_KEY]: record });
}
