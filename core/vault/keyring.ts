import type { RekeyBundle, WrappedKey } from '../crypto';
import { readLocal, writeLocal } from './area';

/** The data key, wrapped under the passphrase (see core/crypto). */
export interface KeyringRecord extends WrappedKey {
  v: 1;
  /** A passphrase change under way (core/vault/rekey.ts): finished at the next unlock. */
  rekey?: RekeyBundle;
}

export const KEYRING_KEY = 'keyring';

export async function loadKeyring(): Promise<KeyringRecord | null> {
  const stored = (await readLocal([KEYRING_KEY]))[KEYRING_KEY] as Partial<KeyringRecord> | undefined;
  if (!stored || stored.v !== 1 || !stored.wrapped || !stored.kdf || typeof stored.salt !== 'string') return null;
  return stored as KeyringRecord;
}

export async function saveKeyring(wrapped: WrappedKey, rekey?: RekeyBundle): Promise<void> {
  const { kdf, salt, wrapped: envelope } = wrapped;
  await writeLocal({ [KEYRING_KEY]: { v: 1, kdf, salt, wrapped: envelope, ...(rekey ? { rekey } : {}) } satisfies KeyringRecord });
}
