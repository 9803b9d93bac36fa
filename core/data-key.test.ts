import { describe, expect, it } from 'vitest';
import { fromBase64, randomBytes, toBase64, utf8 } from './bytes';
import { DecryptError, deriveBytes, importKey, open, SALT_BYTES, seal, type KdfParams, type WrappedKey } from './crypto';
import { beginRekey, createDataKey, openRekey, rewrapDataKey, unwrapDataKey } from './data-key';

const FAST: KdfParams = { alg: 'argon2id', memoryKiB: 256, iterations: 2, parallelism: 1 };

/** The passphrase's key for a stored wrap, as data-key.ts derives it. */
const keyFor = async (stored: WrappedKey, passphrase: string) => importKey(await deriveBytes(passphrase, fromBase64(stored.salt), stored.kdf));

/** Bytes wrapped under a given label, as a version that used that label would have stored them. */
async function wrapUnder(label: string, raw: Uint8Array, passphrase: string): Promise<WrappedKey> {
  const salt = randomBytes(SALT_BYTES);
  const kek = await importKey(await deriveBytes(passphrase, salt, FAST));
  return { kdf: FAST, salt: toBase64(salt), wrapped: await seal(kek, raw, label) };
}

describe('the data key', () => {
  it('unwraps with the right passphrase only', async () => {
    const { key, stored } = await createDataKey('correct horse battery', FAST);
    const sealed = await seal(key, utf8.encode('entry'), 'aad');
    const again = await unwrapDataKey(stored, 'correct horse battery');
    expect(utf8.decode(await open(again, sealed, 'aad'))).toBe('entry');
    await expect(unwrapDataKey(stored, 'wrong horse')).rejects.toBeInstanceOf(DecryptError);
  });

  it('is non-extractable in memory', async () => {
    const { key } = await createDataKey('passphrase here', FAST);
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('survives a passphrase change without re-encrypting records', async () => {
    const { key, stored } = await createDataKey('old passphrase', FAST);
    const sealed = await seal(key, utf8.encode('kept'), 'aad');
    const rewrapped = await rewrapDataKey(stored, 'old passphrase', 'new passphrase', { ...FAST, iterations: 3 });
    expect(rewrapped.kdf.iterations).toBe(3);
    expect(rewrapped.salt).not.toBe(stored.salt);
    const unlocked = await unwrapDataKey(rewrapped, 'new passphrase');
    expect(utf8.decode(await open(unlocked, sealed, 'aad'))).toBe('kept');
    await expect(unwrapDataKey(rewrapped, 'old passphrase')).rejects.toBeInstanceOf(DecryptError);
  });
});

describe('the labels a wrapped key is bound to', () => {
  it('are neutral words for every new wrap: a single key and a re-key\'s pair', async () => {
    const { stored } = await createDataKey('a passphrase', FAST);
    const kek = await keyFor(stored, 'a passphrase');
    expect(await open(kek, stored.wrapped, 'wrap:v2')).toHaveLength(32);
    await expect(open(kek, stored.wrapped, 'haven:data-key:v1')).rejects.toBeInstanceOf(DecryptError);

    const { bundle } = await beginRekey(stored, 'a passphrase', 'another one', FAST);
    expect(await open(await keyFor(bundle.final, 'another one'), bundle.final.wrapped, 'wrap:v2')).toHaveLength(32);
    expect(await open(await keyFor(bundle.both[0]!, 'another one'), bundle.both[0]!.wrapped, 'wrap-pair:v2')).toHaveLength(64);
    expect(await open(await keyFor(bundle.both[1]!, 'a passphrase'), bundle.both[1]!.wrapped, 'wrap-pair:v2')).toHaveLength(64);
  });

  it('still open a key 0.1.0 wrapped under its label, and only with its passphrase', async () => {
    const raw = randomBytes(32);
    const record = await seal(await importKey(raw.slice()), utf8.encode('written in 0.1.0'), 'aad');
    const stored = await wrapUnder('haven:data-key:v1', raw, 'old version');
    expect(utf8.decode(await open(await unwrapDataKey(stored, 'old version'), record, 'aad'))).toBe('written in 0.1.0');
    await expect(unwrapDataKey(stored, 'wrong')).rejects.toBeInstanceOf(DecryptError);
    // Changing the passphrase re-wraps it under the new label.
    const rewrapped = await rewrapDataKey(stored, 'old version', 'new version', FAST);
    expect(await open(await keyFor(rewrapped, 'new version'), rewrapped.wrapped, 'wrap:v2')).toHaveLength(32);
  });

  it('still open a re-key 0.1.0 left half done, under its pair label', async () => {
    const pair = randomBytes(64);
    const oldRecord = await seal(await importKey(pair.slice(0, 32)), utf8.encode('old key'), 'aad');
    const bundle = { final: await wrapUnder('haven:data-key:v1', pair.slice(32), 'new'), both: [await wrapUnder('haven:data-keys:old+new:v1', pair.slice(), 'new')] };
    const keys = await openRekey(bundle, 'new');
    expect(utf8.decode(await open(keys.oldKey, oldRecord, 'aad'))).toBe('old key');
    await expect(openRekey(bundle, 'wrong')).rejects.toBeInstanceOf(DecryptError);
  });

  it('do not stand in for each other: a single key never opens as a pair', async () => {
    const single = await wrapUnder('wrap:v2', randomBytes(64), 'p');
    await expect(openRekey({ final: single, both: [single] }, 'p')).rejects.toBeInstanceOf(DecryptError);
  });
});
