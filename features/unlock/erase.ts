import { browser } from 'wxt/browser';
import { applyCoverIdentity } from '@/core/cover-identity';
import type { HavenMessage } from '@/core/messages';
import { wipeEverything } from '@/core/vault/wipe';
import { forgetCachedLock } from './check-code';

/**
 * The wipe code was typed: erase everything, close any other Haven view (a tab could still
 * show text decrypted before), and put the toolbar back to the calculator a fresh install
 * shows. The caller then shows first-run setup, exactly as after installing.
 */
export async function eraseAndStartFresh(): Promise<void> {
  await wipeEverything();
  forgetCachedLock();
  // Every other view hides and closes on this message; the sender itself never receives it.
  const closeOthers: HavenMessage = { type: 'panic' };
  await Promise.all([
    browser.runtime.sendMessage(closeOthers).catch(() => undefined),
    applyCoverIdentity('calculator').catch(() => undefined),
  ]);
}
