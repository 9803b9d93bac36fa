import { PASSPHRASE_KDF } from '@/core/crypto';
import { rewrapDataKey, unwrapDataKey } from '@/core/data-key';
import { setKey } from '@/core/session';
import { foldAttempts, recordAttempt } from '@/core/vault/attempts';
import { loadKeyring, saveKeyring } from '@/core/vault/keyring';
import { migrateLayout } from '@/core/vault/layout-migration';
import { changeDataKey, finishRekey, pendingRekey } from '@/core/vault/rekey';

export type UnlockResult = { ok: true } | { ok: false; reason: 'wrong-passphrase' | 'no-keyring' };

/**
 * Open the data key with the passphrase. A passphrase change cut short (a crash, a full storage)
 * is finished first, with the old or the new passphrase; a 0.1.0 storage is then moved to
 * today's layout (core/vault/layout-migration.ts) before any screen reads it. When the stored
 * KDF setting is weaker than today's, the same key is re-wrapped under today's setting.
 */
export async function unlockWithPassphrase(passphrase: string): Promise<UnlockResult> {
  const keyring = await loadKeyring();
  if (!keyring) return { ok: false, reason: 'no-keyring' };
  const pending = await pendingRekey(keyring, passphrase);
  if (pending && keyring.rekey) {
    const { key } = await finishRekey(pending, keyring.rekey);
    await migrateLayout(key);
    setKey(key);
    void foldAttempts(key);
    return { ok: true };
  }
  let key: CryptoKey;
  try {
    key = await unwrapDataKey(keyring, passphrase);
  } catch {
    // On the record of attempts, sealed without the data key (core/vault/attempts.ts).
    await recordAttempt('wrong');
    return { ok: false, reason: 'wrong-passphrase' };
  }
  await migrateLayout(key);
  setKey(key);
  // The attempts made while locked go into her record, after the screen has its key.
  void foldAttempts(key);
  const { memoryKiB, iterations } = keyring.kdf;
  if (!keyring.rekey && (memoryKiB < PASSPHRASE_KDF.memoryKiB || iterations < PASSPHRASE_KDF.iterations)) {
    await rewrapDataKey(keyring, passphrase, passphrase).then((wrapped) => saveKeyring(wrapped)).catch(() => undefined);
  }
  return { ok: true };
}

export type ChangeResult = { ok: true; damaged: number } | { ok: false; reason: 'wrong-passphrase' | 'no-keyring' };

/**
 * Change the passphrase: a new data key, every record sealed again with it (core/vault/rekey.ts),
 * so the old passphrase and any copy of the old keyring open nothing written from now on.
 * The session goes on with the new key.
 */
export async function changePassphrase(current: string, next: string, onProgress?: (done: number, total: number) => void): Promise<ChangeResult> {
  if (!(await loadKeyring())) return { ok: false, reason: 'no-keyring' };
  const result = await changeDataKey(current, next, onProgress);
  if (!result) return { ok: false, reason: 'wrong-passphrase' };
  setKey(result.key);
  return { ok: true, damaged: result.damaged };
}

/**
 * The data key for this passphrase, without unlocking the session (a step that asks for the
 * passphrase again, such as saving a copy). Null when it is not the passphrase.
 */
export async function confirmPassphrase(passphrase: string): Promise<CryptoKey | null> {
  const keyring = await loadKeyring();
  if (!keyring) return null;
  return unwrapDataKey(keyring, passphrase).catch(() => null);
}
