import { createDataKey } from '@/core/data-key';
import { saveKeyring } from '@/core/vault/keyring';
import { hashCode, saveLock } from '@/core/vault/lock';
import { saveSettings } from '@/core/vault/settings';
import { forgetCachedLock } from './check-code';

/**
 * What first-run setup saves, one record per step, so a popup closed half-way resumes at the
 * next step (see features/app/launch.ts). The setup screens call these; so does the test
 * harness, for scenarios that are not about setup, so the two cannot drift apart.
 */
export async function saveCode(code: string): Promise<void> {
  await saveLock(await hashCode(code));
  forgetCachedLock();
}

export async function savePassphrase(passphrase: string): Promise<void> {
  await saveKeyring((await createDataKey(passphrase)).stored);
}

export async function markSetupDone(): Promise<void> {
  await saveSettings({ setupDone: true, offerSetup: false });
}

/** "Not now": setup does not show by itself again (the gesture still opens it). */
export async function declineSetup(): Promise<void> {
  await saveSettings({ offerSetup: false });
}
