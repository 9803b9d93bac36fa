import { lock } from '../session';
import { clearLocal, listLocalKeys, readLocal, removeLocal, sessionArea, writeLocal } from './area';
import { byteSize, overwriteWithFiller, scrubLeftovers } from './scrub';
import { KEYRING_KEY } from './keyring';
import { LOCK_KEY } from './lock';
import type { LockRecord } from './lock';
import { SETTINGS_KEY } from './settings';

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
 * Erase every key Haven has in `storage.local` and `storage.session`, drop the data key, and
 * scrub what the browser's storage engine leaves behind (core/vault/scrub.ts). The keyring goes
 * first, on its own, overwritten then removed: without it no record can be decrypted, so a wipe
 * cut short (the popup closed, the browser crashed) still leaves nothing readable. Then every
 * other record is overwritten with filler of its size and everything is cleared; the session
 * is emptied and locked before the slow part, the scrub of leftovers, and a last clear.
 */
export async function wipeEverything(): Promise<void> {
  const { [KEYRING_KEY]: keyring } = await readLocal([KEYRING_KEY]);
  if (keyring !== undefined) await overwriteWithFiller({ [KEYRING_KEY]: keyring });
  await removeLocal([KEYRING_KEY]);
  const everything = await readLocal(null);
  await overwriteWithFiller(everything);
  await clearLocal();
  await sessionArea.clear().catch(() => undefined);
  await lock();
  await scrubLeftovers(byteSize(everything) + byteSize({ [KEYRING_KEY]: keyring }));
  await clearLocal();
}

/**
 * An erase that was cut short (the browser killed between its steps): the keyring is gone but
 * other records are still there. Setup in progress has at most the code's record and the
 * settings, and setup not yet finished; anything more without a keyring is what an erase left.
 */
export async function eraseWasInterrupted(setupDone: boolean): Promise<boolean> {
  const { keys } = await listLocalKeys();
  if (keys.includes(KEYRING_KEY) || keys.length === 0) return false;
  return setupDone || keys.some((key) => key !== SETTINGS_KEY && key !== LOCK_KEY);
}
