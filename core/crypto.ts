import { fromBase64, randomBytes, toBase64, toHex, utf8, wipe } from './bytes';

/**
 * Haven's cryptography, with no UI and no storage: a passphrase (or the unlock code) goes
 * through Argon2id; the passphrase's key wraps a random 256-bit data key; every record is
 * AES-GCM-256 with a fresh 96-bit IV and additional data that binds it to its record key and
 * schema version, so a ciphertext moved to another record does not decrypt.
 */

/** Stored beside what it protects, so the cost can be raised later (re-wrap on next unlock). */
export interface KdfParams {
  alg: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** The passphrase's KDF: Bitwarden-like, well above OWASP's minimum (19 MiB, t=2); keyrings made under a weaker one are re-wrapped at their next unlock (docs/design.md). */
export const STORE_PASSPHRASE_KDF: KdfParams = { alg: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 };

/**
 * Tests alone (the e2e build, `--mode e2e`, and Vitest, mode `test`) run the same Argon2id code
 * at 8 MiB, t=1: the suites derive keys hundreds of times on CI's two cores. The store builds
 * and the benchmark's build (`--mode bench`) keep the full cost; tests/build/store-bundle.test.ts
 * checks the store bundle holds it and not this one.
 */
const TEST_PASSPHRASE_KDF: KdfParams = { alg: 'argon2id', memoryKiB: 8192, iterations: 1, parallelism: 1 };

const IN_TESTS = import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'test';
export const PASSPHRASE_KDF: KdfParams = IN_TESTS ? TEST_PASSPHRASE_KDF : STORE_PASSPHRASE_KDF;

/** The unlock code only guards the UI, not the data, so a lighter setting is enough. */
export const UNLOCK_CODE_KDF: KdfParams = { alg: 'argon2id', memoryKiB: 8192, iterations: 2, parallelism: 1 };

export const SALT_BYTES = 16;
export const KEY_BYTES = 32;
const IV_BYTES = 12;

/** A self-describing ciphertext: it names its format, so it can be migrated later. */
export interface Envelope {
  v: 1;
  alg: 'A256GCM';
  iv: string;
  ct: string;
}

/** Wrong passphrase, tampered or moved ciphertext: all look the same to the caller. */
export class DecryptError extends Error {
  constructor() {
    super('This could not be decrypted: wrong key, or the data was changed.');
    this.name = 'DecryptError';
  }
}

/** Argon2id through hash-wasm, loaded only when a secret is first checked. */
export async function deriveBytes(secret: string | Uint8Array, salt: Uint8Array, params: KdfParams): Promise<Uint8Array> {
  const { argon2id } = await import('hash-wasm');
  return argon2id({
    password: secret,
    salt,
    memorySize: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
    hashLength: KEY_BYTES,
    outputType: 'binary',
  });
}

/** Import raw key bytes as a non-extractable AES-GCM key and wipe the bytes. */
export async function importKey(raw: Uint8Array): Promise<CryptoKey> {
  try {
    return await crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);
  } finally {
    wipe(raw);
  }
}

/**
 * HKDF-SHA256 (zero salt) of a secret that is already uniformly random (an Argon2id output, an
 * ECDH shared secret): `info` names what the 256 bits are for (`prefs`, `memo`, `tape`), so one
 * secret gives keys that cannot stand in for each other.
 */
export async function hkdfBytes(secret: Uint8Array | ArrayBuffer, info: string): Promise<Uint8Array> {
  const base = await crypto.subtle.importKey('raw', secret as BufferSource, 'HKDF', false, ['deriveBits']);
  const params = { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32) as BufferSource, info: utf8.encode(info) as BufferSource };
  return new Uint8Array(await crypto.subtle.deriveBits(params, base, 256));
}

/** The same 256 bits as a non-extractable AES-GCM key (what `deriveKey` to AES-GCM-256 makes). */
export async function hkdfKey(secret: Uint8Array | ArrayBuffer, info: string): Promise<CryptoKey> {
  return importKey(await hkdfBytes(secret, info));
}

/** SHA-256 of bytes, or of text as UTF-8, in lower-case hex. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? utf8.encode(data) : data;
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource)));
}

export async function seal(key: CryptoKey, plaintext: Uint8Array, additionalData: string): Promise<Envelope> {
  const iv = randomBytes(IV_BYTES);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: utf8.encode(additionalData) as BufferSource },
    key,
    plaintext as BufferSource,
  );
  return { v: 1, alg: 'A256GCM', iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

export async function open(key: CryptoKey, envelope: Envelope, additionalData: string): Promise<Uint8Array> {
  if (!isEnvelope(envelope)) throw new DecryptError();
  try {
    const plaintext = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(envelope.iv) as BufferSource, additionalData: utf8.encode(additionalData) as BufferSource },
      key,
      fromBase64(envelope.ct) as BufferSource,
    );
    return new Uint8Array(plaintext);
  } catch {
    throw new DecryptError();
  }
}

export async function sealJson(key: CryptoKey, value: unknown, additionalData: string): Promise<Envelope> {
  return seal(key, utf8.encode(JSON.stringify(value)), additionalData);
}

export async function openJson<T>(key: CryptoKey, envelope: Envelope, additionalData: string): Promise<T> {
  return JSON.parse(utf8.decode(await open(key, envelope, additionalData))) as T;
}

export function isEnvelope(value: unknown): value is Envelope {
  const candidate = value as Partial<Envelope> | null;
  return (
    typeof candidate === 'object' && candidate !== null && candidate.v === 1 && candidate.alg === 'A256GCM' &&
    typeof candidate.iv === 'string' && typeof candidate.ct === 'string'
  );
}

/**
 * What storage holds of the data key: wrapped under the passphrase's key. Wrapping and
 * unwrapping live in ./data-key.ts, which the cover does not load.
 */
export interface WrappedKey {
  kdf: KdfParams;
  salt: string;
  wrapped: Envelope;
}

/**
 * A passphrase change that re-keys: a new data key, wrapped under the new passphrase (`final`,
 * what the keyring becomes once every record is sealed with it), and both keys together wrapped
 * under each passphrase (`both`), so a change cut short by a crash or a full storage is finished
 * at the next unlock with either passphrase. Whoever knew the old passphrase and kept an old
 * copy of the keyring opens nothing written after the change.
 */
export interface RekeyBundle {
  final: WrappedKey;
  both: WrappedKey[];
}

export interface KeyPair {
  oldKey: CryptoKey;
  newKey: CryptoKey;
}
