import { currentPrefsKey, forgetPrefsKey, restorePrefsKey, withinGrace } from '@/core/session';
import { loadKeyring } from '@/core/vault/keyring';
import { loadLock } from '@/core/vault/lock';
import { loadPrefsRecord, openSealedPrefs, type PrefsRecord } from '@/core/vault/prefs-record';
import { eraseWasInterrupted } from '@/core/vault/wipe';

/** Where setup stands; each step is saved on its own, so a closed popup resumes there. */
export type SetupStep = 'welcome' | 'passphrase' | 'shortcut' | 'done';

export interface LaunchState {
  setupStep: SetupStep;
  /**
   * Setup shows by itself: right after install, or to finish a setup already begun. Never after
   * "Not now" or an erase: then only the deliberate gesture opens it (features/unlock/setup-gesture).
   */
  setupOffered: boolean;
  /** Reopened within the grace period the user chose: skip the cover. */
  skipCover: boolean;
  /**
   * An erase was cut short: the cover shows the calculator and the erase is finished. (These
   * names are in the cover's chunk, so they name neither the grace period nor the erase.)
   */
  leftUnfinished: boolean;
}

export async function readLaunchState(): Promise<LaunchState> {
  const [prefs, lock, keyring] = await Promise.all([loadPrefsRecord(), loadLock(), loadKeyring()]);
  const settings = { setupDone: prefs.ready, offerSetup: prefs.intro };
  if (!keyring && (await eraseWasInterrupted(settings.setupDone))) {
    return { setupStep: 'welcome', setupOffered: false, skipCover: false, leftUnfinished: true };
  }
  const setupStep: SetupStep = settings.setupDone && lock && keyring ? 'done' : !lock ? 'welcome' : !keyring ? 'passphrase' : 'shortcut';
  return {
    setupStep,
    setupOffered: setupStep !== 'done' && (settings.offerSetup || setupStep !== 'welcome'),
    skipCover: setupStep === 'done' && (await graceIsHers(prefs)),
    leftUnfinished: false,
  };
}

/**
 * A grace period counts only if its key opens the sealed settings: one planted in
 * storage.session (with a made-up key) does not skip the cover.
 */
async function graceIsHers(prefs: PrefsRecord): Promise<boolean> {
  if (!(await withinGrace()) || !(await restorePrefsKey())) return false;
  if ((await openSealedPrefs(prefs, currentPrefsKey())) !== null) return true;
  forgetPrefsKey();
  return false;
}
