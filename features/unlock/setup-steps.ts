import { createDataKey } from '@/core/data-key';
import { writeLocal } from '@/core/vault/area';
import { startRecord } from '@/core/vault/attempts';
import { dummyDecoyRecords } from '@/core/vault/decoy';
import { saveKeyring } from '@/core/vault/keyring';
import { dummyCodeRecord, hashCode, LOCK_KEY } from '@/core/vault/lock';
import { savePlainPrefs } from '@/core/vault/prefs-record';
import { WIPE_KEY } from '@/core/vault/wipe';
import { forgetCachedLock } from './check-code';

/**
 * What first-run setup saves, one record per step, so a popup closed half-way resumes at the
 * next step (see features/app/launch.ts). The setup screens call these; so does the test
 * harness, for scenarios that are not about setup, so the two cannot drift apart.
 */
export async function saveCode(code: string): Promise<void> {
  const record = await hashCode(code);
  // The erase and decoy records exist from the start, dummies of the same shape: storage looks
  // the same whether an erase or decoy code is ever set or not.
  await writeLocal({ [LOCK_KEY]: record, [WIPE_KEY]: dummyCodeRecord(record.kdf), ...(await dummyDecoyRecords(record.kdf)) });
  forgetCachedLock();
}

/**
 * The keyring, then the record of attempts (its key pair) started with the data key. In that
 * order: records without a keyring read as an erase cut short (core/vault/wipe.ts); a record
 * missing after a crash is started at the first unlock.
 */
export async function savePassphrase(passphrase: string): Promise<void> {
  const { key, stored } = await createDataKey(passphrase);
  await saveKeyring(stored);
  await writeLocal((await startRecord(key)).writes).catch(() => undefined);
}

export async function markSetupDone(): Promise<void> {
  await savePlainPrefs({ ready: true, intro: false });
}

/** "Not now": setup does not show by itself again (the gesture still opens it). */
export async function declineSetup(): Promise<void> {
  await savePlainPrefs({ intro: false });
}
