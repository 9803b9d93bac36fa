import { currentPrefsKey, forgetPrefsKey, restorePrefsKey, withinGrace } from '@/core/session';
import { loadKeyring } from '@/core/vault/keyring';
import { moveOlderNames } from '@/core/vault/older-names';
import { loadLock } from '@/core/vault/lock';
import { loadPrefsRecord, openSealedPrefs, type PrefsRecord } from '@/core/vault/prefs-record';
import { eraseWasInterrupted } from '@/core/vault/wipe';

/** Where setup stands; each step is saved on its own, so a closed popup resumes there. */
export type SetupStep = 'welcome' | 'phrase' | 'shortcut' | 'done';

export interface LaunchState {
  step: SetupStep;
  /**
   * Setup shows by itself: right after install, or to finish a setup already begun. Never after
   * "Not now" or an erase: then only the deliberate gesture opens it (features/unlock/setup-gesture).
   */
  offered: boolean;
  /** Reopened within the grace period the user chose: skip the cover. */
  direct: boolean;
  /**
   * An erase was cut short: the cover shows the calculator and the erase is finished. (These
   * names are in the cover's chunk, so they name neither the grace period nor the erase.)
   */
  unfinished: boolean;
}

export async function readLaunchState(): Promise<LaunchState> {
  // An update from an older layout: move what needs no key first, so everything below reads today's names.
  await moveOlderNames();
  const [prefs, lock, keyring] = await Promise.all([loadPrefsRecord(), loadLock(), loadKeyring()]);
  if (!keyring && (await eraseWasInterrupted(prefs.ready))) {
    return { step: 'welcome', offered: false, direct: false, unfinished: true };
  }
  const step: SetupStep = prefs.ready && lock && keyring ? 'done' : !lock ? 'welcome' : !keyring ? 'phrase' : 'shortcut';
  return {
    step,
    offered: step !== 'done' && (prefs.intro || step !== 'welcome'),
    direct: step === 'done' && (await graceIsHers(prefs)),
    unfinished: false,
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
