import { browser } from 'wxt/browser';
import { applyCoverIdentity } from '@/core/cover-identity';
import type { HavenMessage } from '@/core/messages';
import { wipeEverything } from '@/core/vault/wipe';
import { forgetCachedLock } from './check-code';

/**
 * The erase code was typed: close every other Haven view first (a tab could still show text
 * decrypted before, and must not save it back), erase everything, and put the toolbar back to
 * the calculator a fresh install shows. The cover the code was typed on stays as it is, showing
 * the sum; nothing on screen says anything happened.
 */
export async function eraseAndStartFresh(): Promise<void> {
  // Every other view hides, stops writing and closes on this message; the sender never gets it.
  const closeOthers: HavenMessage = { type: 'erase' };
  await Promise.race([browser.runtime.sendMessage(closeOthers).catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 500))]);
  await wipeEverything();
  forgetCachedLock();
  await applyCoverIdentity('calculator').catch(() => undefined);
}
