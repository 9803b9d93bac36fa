import { lock } from '../session';
import { clearLocal, listLocalKeys, readLocal, removeLocal, sessionArea, writeLocal } from './area';
import { byteSize, overwriteWithFiller, scrubLeftovers } from './scrub';
import { KEYRING_KEY } from './keyring';
import { LEGACY_LOCK_KEY, LOCK_KEY, parseLockRecord } from './lock';
import type { LockRecord } from './lock';
import { LEGACY_SETTINGS_KEY, PREFS_KEY } from './prefs-record';

/**
 * The emergency wipe: an opt-in second code that erases everything Haven keeps. Its record is
 * shaped exactly like the unlock code's (a salted Argon2id hash, never the code) and stored
 * under a key named like a calculator's memory register, so the key name says nothing. The
 * record always exists: without an erase code it is a dummy of the same shape that no code
 * matches, so storage looks the same whether one is set or not (only the sealed settings say).
 */
export const WIPE_KEY = 'm2';
/** Where 0.1.0 kept it, only while an erase code was on. */
export const LEGACY_WIPE_KEY = 'memory';

/** The erase record: the new one, or until the first right code after the update, 0.1.0's. */
export async function loadWipeRecord(): Promise<LockRecord | null> {
  const stored = await readLocal([WIPE_KEY, LEGACY_WIPE_KEY]);
  return parseLockRecord(stored[WIPE_KEY]) ?? parseLockRecord(stored[LEGACY_WIPE_KEY]);
}

export async function saveWipeRecord(record: LockRecord): Promise<void> {
  await writeLocal({ [WIPE_KEY]: record });
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
  return setupDone || keys.some((key) => !SETUP_KEYS.includes(key));
}

/** What setup writes before the keyring (and 0.1.0's names for the same). */
const SETUP_KEYS = [PREFS_KEY, LOCK_KEY, WIPE_KEY, LEGACY_SETTINGS_KEY, LEGACY_LOCK_KEY];
