import { PASSPHRASE_KDF, rewrapDataKey, unwrapDataKey } from '@/core/crypto';
import { setKey } from '@/core/session';
import { loadKeyring, saveKeyring } from '@/core/vault/keyring';

export type UnlockResult = { ok: true } | { ok: false; reason: 'wrong-passphrase' | 'no-keyring' };

/**
 * Open the data key with the passphrase. When the stored KDF setting is weaker than today's,
 * re-wrap the same key under today's setting (nothing else is re-encrypted).
 */
export async function unlockWithPassphrase(passphrase: string): Promise<UnlockResult> {
  const keyring = await loadKeyring();
  if (!keyring) return { ok: false, reason: 'no-keyring' };
  try {
    setKey(await unwrapDataKey(keyring, passphrase));
  } catch {
    return { ok: false, reason: 'wrong-passphrase' };
  }
  const { memoryKiB, iterations } = keyring.kdf;
  if (memoryKiB < PASSPHRASE_KDF.memoryKiB || iterations < PASSPHRASE_KDF.iterations) {
    await rewrapDataKey(keyring, passphrase, passphrase).then(saveKeyring).catch(() => undefined);
  }
  return { ok: true };
}

/** Change the passphrase: re-wrap the data key; every record stays as it is. */
export async function changePassphrase(current: string, next: string): Promise<UnlockResult> {
  const keyring = await loadKeyring();
  if (!keyring) return { ok: false, reason: 'no-keyring' };
  try {
    await saveKeyring(await rewrapDataKey(keyring, current, next));
    return { ok: true };
  } catch (error) {
    if (error instanceof Error && error.name === 'DecryptError') return { ok: false, reason: 'wrong-passphrase' };
    throw error;
  }
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
