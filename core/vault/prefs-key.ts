import { hkdfBytes } from '../crypto';

/**
 * The key that seals the settings, K = HKDF-SHA256(H, info "prefs"), where H is the unlock
 * code's Argon2id output (core/vault/lock.ts). Raw bytes, since during a grace period they are
 * kept in storage.session (memory only) for a popup reopened without the code.
 */
export function prefsKeyBytes(secret: Uint8Array): Promise<Uint8Array> {
  return hkdfBytes(secret, 'prefs');
}

/** K as a key WebCrypto can seal and open with (non-extractable; the bytes stay with the caller). */
export function importPrefsKey(raw: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw.slice() as BufferSource, 'AES-GCM', false, ['encrypt', 'decrypt']);
}
