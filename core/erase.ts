import { browser } from 'wxt/browser';
import { applyCoverIdentity } from './cover-identity';
import type { HavenMessage } from './messages';
import { wipeEverything } from './vault/wipe';

/**
 * The erase, run by the background (a view asks with `reset-request`): the background is the one
 * part of Haven that a closing popup cannot cut short. Every open view is told first and stops
 * writing (a draft being saved there must not put a record back), then everything is erased and
 * the toolbar is the calculator again. The view the code was typed on (`requestedBy`) stays as it
 * is: it is a calculator showing a sum.
 */
export async function eraseEverything(requestedBy: string): Promise<void> {
  const message: HavenMessage = { type: 'reset', except: requestedBy };
  // No other view means nobody answers, which rejects; each view answers once it has stopped.
  await Promise.race([browser.runtime.sendMessage(message).catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 500))]);
  await wipeEverything();
  await applyCoverIdentity('calculator').catch(() => undefined);
}
