import type { Envelope, KdfParams, RekeyBundle, WrappedKey } from '../crypto';
import { readLocal, removeLocal, writeLocal } from './area';
import { KEYRING_KEY } from './layout';

/** The data key, wrapped under the passphrase (see core/crypto). */
export interface KeyringRecord extends WrappedKey {
  /** A passphrase change under way (core/vault/rekey.ts): finished at the next unlock. */
  rekey?: RekeyBundle;
}

export { KEYRING_KEY } from './layout';
/** Where 0.1.0 kept it, in the shape below (`{ v: 1, kdf, salt, wrapped, rekey }`). */
export const LEGACY_KEYRING_KEY = 'keyring';

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
const isWrap = (value: Partial<StoredWrap> | undefined, envelope: 'env' | 'wrapped'): boolean =>
  !!value && typeof value.salt === 'string' && !!value.kdf && !!(value as Record<string, unknown>)[envelope];

/** Both names hold a keyring the way this version or 0.1.0 wrote it; any other key does not. */
export const isKeyringKey = (storageKey: string) => storageKey === KEYRING_KEY || storageKey === LEGACY_KEYRING_KEY;

export async function loadKeyring(): Promise<KeyringRecord | null> {
  const stored = await readLocal([KEYRING_KEY, LEGACY_KEYRING_KEY]);
  const current = stored[KEYRING_KEY] as Partial<StoredKeyring> | undefined;
  if (current?.v === 2 && isWrap(current, 'env')) {
    const { next } = current;
    return { ...fromStored(current as StoredKeyring), ...(next ? { rekey: { final: fromStored(next.env), both: next.both.map(fromStored) } } : {}) };
  }
  if (current !== undefined) return null;
  const legacy = stored[LEGACY_KEYRING_KEY] as (Partial<KeyringRecord> & { v?: number }) | undefined;
  if (!legacy || legacy.v !== 1 || !isWrap(legacy as Partial<StoredWrap>, 'wrapped')) return null;
  const { kdf, salt, wrapped, rekey } = legacy as KeyringRecord;
  return { kdf, salt, wrapped, ...(rekey ? { rekey } : {}) };
}

/**
 * Write the keyring under today's name. A 0.1.0 keyring is removed once today's is written
 * (two writes: between them both hold the same key, and today's is read first).
 */
export async function saveKeyring(wrapped: WrappedKey, rekey?: RekeyBundle): Promise<void> {
  const record: StoredKeyring = { v: 2, ...toStored(wrapped), ...(rekey ? { next: { env: toStored(rekey.final), both: rekey.both.map(toStored) } } : {}) };
  await writeLocal({ [KEYRING_KEY]: record });
  await removeLocal([LEGACY_KEYRING_KEY]);
}
