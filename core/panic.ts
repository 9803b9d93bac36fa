import { browser } from 'wxt/browser';
import type { HavenMessage } from './messages';

/** The manifest's `commands` key for the browser-wide shortcut. */
export const PANIC_COMMAND = 'quick-close';

/**
 * The one panic path; every trigger ends here. No API closes another view's popup, so the
 * background tells every open view to hide itself and close (see features/app/usePanic).
 */
export async function panic(): Promise<void> {
  const message: HavenMessage = { type: 'panic' };
  // No open view means nobody answers, which rejects; that is fine, nothing is on screen.
  await browser.runtime.sendMessage(message).catch(() => undefined);
}
