import { lock } from '../session';
import { clearLocal, readLocal, removeLocal, sessionArea, writeLocal } from './area';
import { KEYRING_KEY } from './keyring';
import type { LockRecord } from './lock';

/**
 * The emergency wipe: an opt-in second code that erases everything Haven keeps. Its record is
 * shaped exactly like the unlock code's (a salted Argon2id hash, never the code) and stored
 * under a key named like a calculator's memory register, so the key name says nothing.
 */
export const WIPE_KEY = 'memory';

export async function loadWipeRecord(): Promise<LockRecord | null> {
  const stored = (await readLocal([WIPE_KEY]))[WIPE_KEY] as Partial<LockRecord> | undefined;
  if (!stored || stored.v !== 1 || typeof stored.salt !== 'string' || typeof stored.hash !== 'string' || !stored.kdf) return null;
  return stored as LockRecord;
}

export async function saveWipeRecord(record: LockRecord): Promise<void> {
  await writeLocal({ [WIPE_KEY]: record });
}

/** Turning the wipe code off removes its record: nothing is left to match. */
export async function removeWipeRecord(): Promise<void> {
  await removeLocal([WIPE_KEY]);
}

/**
 * Erase every key Haven has in `storage.local` and `storage.session`, and drop the data key.
 * The keyring goes first, on its own: without it no record can be decrypted, so a wipe cut
 * short (the popup closed, the browser crashed) still leaves nothing readable.
 */
export async function wipeEverything(): Promise<void> {
  await removeLocal([KEYRING_KEY]);
  await clearLocal();
  await sessionArea.clear().catch(() => undefined);
  await lock();
}
