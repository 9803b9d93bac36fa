import type { Envelope, KdfParams, RekeyBundle, WrappedKey } from '../crypto';
import { readLocal, writeLocal } from './area';
import { KEYRING_KEY } from './layout';

/** The data key, wrapped under the passphrase (see core/crypto). */
export interface KeyringRecord extends WrappedKey {
  /** A passphrase change under way (core/vault/rekey.ts): finished at the next unlock. */
  rekey?: RekeyBundle;
}

export { KEYRING_KEY } from './layout';

/**
 * How it is stored: neutral field names, like every value a reader of storage can see
 * (`env` the wrapped key, `next` a passphrase change under way: `env` what the keyring
 * becomes, `both` the two keys under each passphrase).
 */
interface StoredWrap {
  kdf: KdfParams;
  salt: string;
  env: Envelope;
}
interface StoredKeyring extends StoredWrap {
  v: 2;
  next?: { env: StoredWrap; both: StoredWrap[] };
}

const toStored = ({ kdf, salt, wrapped }: WrappedKey): StoredWrap => ({ kdf, salt, env: wrapped });
const fromStored = ({ kdf, salt, env }: StoredWrap): WrappedKey => ({ kdf, salt, wrapped: env });
export async function loadKeyring(): Promise<KeyringRecord | null> {
  const stored = (await readLocal([KEYRING_KEY]))[KEYRING_KEY] as Partial<StoredKeyring> | undefined;
  if (!stored || stored.v !== 2 || typeof stored.salt !== 'string' || !stored.kdf || !stored.env) return null;
  const { next } = stored;
  return { ...fromStored(stored as StoredKeyring), ...(next ? { rekey: { final: fromStored(next.env), both: next.both.map(fromStored) } } : {}) };
}

export async function saveKeyring(wrapped: WrappedKey, rekey?: RekeyBundle): Promise<void> {
  const record: StoredKeyring = { v: 2, ...toStored(wrapped), ...(rekey ? { next: { env: toStored(rekey.final), both: rekey.both.map(toStored) } } : {}) };
  await writeLocal({ [KEYRING_KEY]: record });
}
