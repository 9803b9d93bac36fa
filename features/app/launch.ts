import { withinGrace } from '@/core/session';
import { loadKeyring } from '@/core/vault/keyring';
import { moveOlderNames } from '@/core/vault/layout';
import { loadLock } from '@/core/vault/lock';
import { loadSettings } from '@/core/vault/settings';
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
  graceActive: boolean;
  /** An erase was cut short: the cover shows the calculator and the erase is finished. */
  eraseInterrupted: boolean;
}

export async function readLaunchState(): Promise<LaunchState> {
  // An update from an older layout: move what needs no key first, so everything below reads today's names.
  await moveOlderNames();
  const [settings, lock, keyring] = await Promise.all([loadSettings(), loadLock(), loadKeyring()]);
  if (!keyring && (await eraseWasInterrupted(settings.setupDone))) {
    return { setupStep: 'welcome', setupOffered: false, graceActive: false, eraseInterrupted: true };
  }
  const setupStep: SetupStep = settings.setupDone && lock && keyring ? 'done' : !lock ? 'welcome' : !keyring ? 'passphrase' : 'shortcut';
  return {
    setupStep,
    setupOffered: setupStep !== 'done' && (settings.offerSetup || setupStep !== 'welcome'),
    graceActive: setupStep === 'done' && (await withinGrace()),
    eraseInterrupted: false,
  };
}
