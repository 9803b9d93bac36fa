import { withinGrace } from '@/core/session';
import { loadKeyring } from '@/core/vault/keyring';
import { loadLock } from '@/core/vault/lock';
import { loadSettings } from '@/core/vault/settings';

/** Where setup stands; each step is saved on its own, so a closed popup resumes there. */
export type SetupStep = 'welcome' | 'passphrase' | 'shortcut' | 'done';

export interface LaunchState {
  setupStep: SetupStep;
  /** Reopened within the grace period the user chose: skip the cover. */
  graceActive: boolean;
}

export async function readLaunchState(): Promise<LaunchState> {
  const [settings, lock, keyring] = await Promise.all([loadSettings(), loadLock(), loadKeyring()]);
  const setupStep: SetupStep = settings.setupDone && lock && keyring ? 'done' : !lock ? 'welcome' : !keyring ? 'passphrase' : 'shortcut';
  return { setupStep, graceActive: setupStep === 'done' && (await withinGrace()) };
}
