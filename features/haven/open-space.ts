import { applyCoverIdentity } from '@/core/cover-identity';
import { currentPrefsKey, forgetPrefsKey, prefsKeyWasTyped, restorePrefsKey, startGrace, takePendingRecords } from '@/core/session';
import { finishUpdate } from '@/core/vault/migrate';
import { loadPrefsRecord, savePlainPrefs } from '@/core/vault/prefs-record';
import { saveQuickCloseCopy } from '@/core/vault/quick-close';
import { loadSettings } from '@/core/vault/settings';
import { forgetCachedLock } from '@/features/unlock/check-code';

/**
 * Run once Haven's chunk is loaded, before its first screen: everything the sealed settings
 * decide, which the cover's chunk must not name. With K (from the code just typed, or from a
 * grace period): finish an update from 0.1.0, put back her cover if the plain `icon` was
 * planted, hand the background its copy of the quick close's choices, and, after the code,
 * start the grace period she chose.
 */
export async function openSpace(): Promise<void> {
  if (!prefsKeyWasTyped()) await restorePrefsKey();
  const pending = takePendingRecords();
  const key = await finishUpdate(currentPrefsKey(), pending);
  if (pending) forgetCachedLock();
  if (!key) return forgetPrefsKey();
  const settings = await loadSettings();
  if ((await loadPrefsRecord()).icon !== settings.cover) {
    await savePlainPrefs({ icon: settings.cover });
    await applyCoverIdentity(settings.cover).catch(() => undefined);
  }
  await saveQuickCloseCopy({ page: settings.safePage, tabs: settings.closeTabs });
  if (prefsKeyWasTyped()) await startGrace(settings.graceMinutes);
}
