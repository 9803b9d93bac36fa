import { lock } from '../session';
import { clearLocal, listLocalKeys, readLocal, removeLocal, sessionArea, writeLocal } from './area';
import { byteSize, overwriteInBatches, overwriteWithFiller, scrubLeftovers } from './scrub';
import { KEYRING_KEY } from './keyring';
import { CHUNK_PREFIX, DECOY_KEY, isCurrentName, MEMO_KEY } from './layout';
import { LOCK_KEY, parseLockRecord } from './lock';
import type { LockRecord } from './lock';
import { PREFS_KEY } from './prefs-record';

/**
 * The emergency wipe: an opt-in second code that erases everything Haven keeps. Its record is
 * shaped exactly like the unlock code's (a salted Argon2id hash, never the code) and stored
 * under a key named like a calculator's memory register, so the key name says nothing. The
 * record always exists: without an erase code it is a dummy of the same shape that no code
 * matches, so storage looks the same whether one is set or not (only the sealed settings say).
 */
export const WIPE_KEY = 'm2';
/** The erase record (0.1.0's moved here when the popup opened: core/vault/legacy-layout.ts). */
export async function loadWipeRecord(): Promise<LockRecord | null> {
  return parseLockRecord((await readLocal([WIPE_KEY]))[WIPE_KEY]);
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
  // Attached files' chunks a few at a time: read all at once, 200 MB of them would not fit.
  const chunks = await overwriteInBatches((await listLocalKeys()).keys.filter((name) => name.startsWith(CHUNK_PREFIX)));
  const everything = await readLocal(null);
  await overwriteWithFiller(everything);
  await clearLocal();
  await sessionArea.clear().catch(() => undefined);
  await lock();
  await scrubLeftovers(byteSize(everything) + byteSize({ [KEYRING_KEY]: keyring }) + chunks);
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
  // A key of an older layout is not an erase's leftover (0.1.0's plain settings stay until the first code).
  return setupDone || keys.some((key) => isCurrentName(key) && !SETUP_KEYS.includes(key));
}

/** What setup writes before the keyring. */
const SETUP_KEYS = [PREFS_KEY, LOCK_KEY, WIPE_KEY, DECOY_KEY, MEMO_KEY];
