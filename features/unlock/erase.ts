import { browser } from 'wxt/browser';
import type { HavenMessage } from '@/core/messages';
import { VIEW_ID } from '@/core/panic-view';
import { forgetCachedLock } from './check-code';

/**
 * The erase code was typed: the background erases everything (core/erase.ts), so a popup that
 * closes meanwhile cannot leave it half done. The cover the code was typed on stays as it is,
 * showing the sum; nothing on screen says anything happened. The default export: the cover
 * loads it by `import()`, and a named export's name would ship in the cover's code.
 */
export default async function eraseAndStartFresh(): Promise<void> {
  const request: HavenMessage = { type: 'reset-request', from: VIEW_ID };
  await browser.runtime.sendMessage(request).catch(() => undefined);
  forgetCachedLock();
}
