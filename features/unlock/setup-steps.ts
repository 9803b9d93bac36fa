import { createDataKey } from '@/core/data-key';
import { writeLocal } from '@/core/vault/area';
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
  // The erase record exists from the start, a dummy of the same shape: storage looks the same
  // whether an erase code is ever set or not.
  await writeLocal({ [LOCK_KEY]: record, [WIPE_KEY]: dummyCodeRecord(record.kdf) });
  forgetCachedLock();
}

export async function savePassphrase(passphrase: string): Promise<void> {
  await saveKeyring((await createDataKey(passphrase)).stored);
}

export async function markSetupDone(): Promise<void> {
  await savePlainPrefs({ ready: true, intro: false });
}

/** "Not now": setup does not show by itself again (the gesture still opens it). */
export async function declineSetup(): Promise<void> {
  await savePlainPrefs({ intro: false });
}
