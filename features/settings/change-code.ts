import { wipe } from '@/core/bytes';
import { replacePrefsKey } from '@/core/session';
import { LOCK_KEY, newCodeRecord } from '@/core/vault/lock';
import { prefsKeyBytes } from '@/core/vault/prefs-key';
import { saveSettings } from '@/core/vault/settings';
import { forgetCachedLock } from '@/features/unlock/check-code';

/**
 * A new unlock code is a new settings key (K comes from the code's hash): the settings are
 * sealed again with the new K in the same write as the new record, so neither is ever stored
 * without the other, and this view (and a grace period running) goes on with the new K.
 */
export async function changeUnlockCode(code: string): Promise<void> {
  const { record, derived: secret } = await newCodeRecord(code);
  const key = await prefsKeyBytes(secret);
  wipe(secret);
  await saveSettings({}, { alsoWrite: { [LOCK_KEY]: record }, key });
  await replacePrefsKey(key);
  forgetCachedLock();
}
