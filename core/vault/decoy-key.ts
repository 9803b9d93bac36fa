import { hkdfKey } from '../crypto';
import { readLocal } from './area';
import { DECOY_KEY } from './layout';
import { parseLockRecord, type LockRecord } from './lock';

/**
 * What the cover's code check needs of the decoy (core/vault/decoy.ts has the rest): its record,
 * and the notes' key from its secret. Apart so the cover does not load the records' codec.
 */
export async function loadDecoyRecord(): Promise<LockRecord | null> {
  return parseLockRecord((await readLocal([DECOY_KEY]))[DECOY_KEY]);
}

/** The notes' key, HKDF-SHA256(H, info "memo"), H the decoy code's Argon2id output. */
export function memoKeyFrom(secret: Uint8Array): Promise<CryptoKey> {
  return hkdfKey(secret, 'memo');
}

