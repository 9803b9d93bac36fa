import { fromBase64, randomBytes, toBase64, wipe } from './bytes';
import {
  DecryptError,
  deriveBytes,
  importKey,
  KEY_BYTES,
  open,
  PASSPHRASE_KDF,
  SALT_BYTES,
  seal,
  type KdfParams,
  type KeyPair,
  type RekeyBundle,
  type WrappedKey,
} from './crypto';

/**
 * The data key under the passphrase: wrap, unwrap, re-wrap, re-key. Apart from core/crypto.ts
 * because the cover loads crypto.ts (the unlock code) and must not carry these labels; this
 * module loads with setup and Haven, after the code.
 *
 * The additional data binds a wrapped key to what it holds. New wraps use neutral labels; what
 * 0.1.0 wrapped used labels that named Haven, and still opens (tried second, under the same
 * derived key, so a wrong passphrase costs no more). The label is not stored, so nothing on
 * disk says which one a keyring used.
 */
const ONE_KEY = 'wrap:v2';
const KEY_PAIR = 'wrap-pair:v2';
const ONE_KEY_0_1_0 = 'haven:data-key:v1';
const KEY_PAIR_0_1_0 = 'haven:data-keys:old+new:v1';

const ONE_KEY_LABELS = [ONE_KEY, ONE_KEY_0_1_0];
const KEY_PAIR_LABELS = [KEY_PAIR, KEY_PAIR_0_1_0];

/** A new random data key, wrapped under the passphrase. Returns the usable key too. */
export async function createDataKey(passphrase: string, params: KdfParams = PASSPHRASE_KDF): Promise<{ key: CryptoKey; stored: WrappedKey }> {
  const raw = randomBytes(KEY_BYTES);
  const stored = await wrapDataKey(raw, passphrase, params, ONE_KEY);
  return { key: await importKey(raw), stored };
}

/** Unwrap the data key; a wrong passphrase throws DecryptError. */
export async function unwrapDataKey(stored: WrappedKey, passphrase: string): Promise<CryptoKey> {
  return importKey(await unwrapRaw(stored, passphrase, ONE_KEY_LABELS));
}

/** Change the passphrase (or raise the KDF cost): re-wrap the same data key, re-encrypt nothing. */
export async function rewrapDataKey(stored: WrappedKey, oldPassphrase: string, newPassphrase: string, params: KdfParams = PASSPHRASE_KDF): Promise<WrappedKey> {
  const raw = await unwrapRaw(stored, oldPassphrase, ONE_KEY_LABELS);
  try {
    return await wrapDataKey(raw, newPassphrase, params, ONE_KEY);
  } finally {
    wipe(raw);
  }
}

export async function beginRekey(stored: WrappedKey, oldPassphrase: string, newPassphrase: string, params: KdfParams = PASSPHRASE_KDF): Promise<{ bundle: RekeyBundle; keys: KeyPair }> {
  const oldRaw = await unwrapRaw(stored, oldPassphrase, ONE_KEY_LABELS);
  const newRaw = randomBytes(KEY_BYTES);
  const both = new Uint8Array([...oldRaw, ...newRaw]);
  try {
    const bundle: RekeyBundle = {
      final: await wrapDataKey(newRaw, newPassphrase, params, ONE_KEY),
      both: [await wrapDataKey(both, newPassphrase, params, KEY_PAIR), await wrapDataKey(both, oldPassphrase, params, KEY_PAIR)],
    };
    return { bundle, keys: await importPair(both) };
  } finally {
    wipe(oldRaw);
    wipe(newRaw);
  }
}

/** Both keys of a re-key under way, with either passphrase; a wrong one throws DecryptError. */
export async function openRekey(bundle: RekeyBundle, passphrase: string): Promise<KeyPair> {
  for (const wrapped of bundle.both) {
    const both = await unwrapRaw(wrapped, passphrase, KEY_PAIR_LABELS).catch(() => null);
    if (both) return importPair(both);
  }
  throw new DecryptError();
}

async function wrapDataKey(raw: Uint8Array, passphrase: string, params: KdfParams, label: string): Promise<WrappedKey> {
  const salt = randomBytes(SALT_BYTES);
  const kek = await importKey(await deriveBytes(passphrase, salt, params));
  return { kdf: params, salt: toBase64(salt), wrapped: await seal(kek, raw, label) };
}

/** The passphrase's key once, then each label in turn: the first that opens it wins. */
async function unwrapRaw(stored: WrappedKey, passphrase: string, labels: readonly string[]): Promise<Uint8Array> {
  const kek = await importKey(await deriveBytes(passphrase, fromBase64(stored.salt), stored.kdf));
  for (const label of labels) {
    const raw = await open(kek, stored.wrapped, label).catch(() => null);
    if (raw) return raw;
  }
  throw new DecryptError();
}

async function importPair(both: Uint8Array): Promise<KeyPair> {
  const keys = { oldKey: await importKey(both.slice(0, KEY_BYTES)), newKey: await importKey(both.slice(KEY_BYTES)) };
  wipe(both);
  return keys;
}
