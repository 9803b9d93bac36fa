import { browser } from 'wxt/browser';
import type { HavenMessage } from './messages';
import { sessionArea } from './vault/area';
import { loadQuickCloseCopy, saveQuickCloseCopy } from './vault/quick-close';

/** The manifest's `commands` key for the browser-wide shortcut. */
export const PANIC_COMMAND = 'quick-close';

/** Haven's own view; other extension pages (the test harness) are left alone. */
const VIEW_PATH = '/popup.html';

/**
 * A second trigger within this time (a double press) does nothing more. Short: Haven opened
 * again right after a quick close must close at the very next press (real-popup.spec.ts).
 */
const REPEAT_GUARD_MS = 300;
let lastPanicAt = -Infinity;

/**
 * The one panic path; every trigger ends here (the shortcut, a view's button, Esc Esc,
 * Shift ×3). In order: every open view hides itself at once and drops its keys (they act on
 * the broadcast synchronously, see core/panic-view), the grace period ends, Haven tabs close
 * once they have saved the last words typed, and, if the user chose a safe page, the tab they
 * were on goes there. The choices come from the copy a view made after opening the sealed
 * settings with the code (core/vault/quick-close.ts), never from storage.local; the copy is put
 * back after the session is cleared, so the next quick close, before she opens her space
 * again, still goes to her safe page.
 */
export async function panic(now = Date.now(), from: { tabId?: number } = {}): Promise<void> {
  if (now - lastPanicAt < REPEAT_GUARD_MS) return;
  lastPanicAt = now;

  const message: HavenMessage = { type: 'close' };
  // No open view means nobody answers, which rejects; that is fine, nothing is on screen.
  const broadcast = browser.runtime.sendMessage(message).catch(() => undefined);
  // Look at the tabs as they are at the moment of the trigger, before anything else waits.
  const ownOrigin = browser.runtime.getURL('/');
  const [views, tabs] = await Promise.all([
    browser.tabs.query({ url: browser.runtime.getURL(VIEW_PATH) }),
    // From the background, the "current" window is the one the user last focused.
    browser.tabs.query({ currentWindow: true }),
  ]);
  const target = tabs
    .filter((tab) => !tab.url?.startsWith(ownOrigin))
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  // The view that asked closes its own tab once its words are saved (core/panic-view).
  const viewIds = views.map((tab) => tab.id).filter((id): id is number => id !== undefined && id !== from.tabId);
  const settings = await loadQuickCloseCopy();
  await sessionArea.clear().catch(() => undefined);
  await saveQuickCloseCopy(settings);

  await Promise.all([
    // Views answer once their last words are saved (core/panic-view); a tab is closed after
    // that, or after a moment if none answers. They are hidden already.
    settings.tabs && viewIds.length
      ? Promise.race([broadcast, wait(VIEWS_SAVE_MS)]).then(() => browser.tabs.remove(viewIds)).catch(() => undefined)
      : broadcast,
    settings.page ? showSafePage(settings.page, target?.id) : undefined,
  ]);
}

/** How long Haven tabs get to save the words still being written before they are closed. */
const VIEWS_SAVE_MS = 1_000;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Send the tab the user was on to their safe page, replacing its history entry where possible. */
async function showSafePage(url: string, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) {
    await browser.tabs.create({ url, active: true });
    return;
  }
  // Firefox can replace the current history entry, so Back does not return to what was there.
  const replace = browser.runtime.getURL('/').startsWith('moz-extension:') ? { loadReplace: true } : {};
  await browser.tabs.update(tabId, { url, active: true, ...replace }).catch(() => browser.tabs.create({ url, active: true }));
}

/** For tests: forget the last trigger time. */
export function resetPanicGuard(): void {
  lastPanicAt = -Infinity;
}
