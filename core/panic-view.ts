import { browser } from 'wxt/browser';
import { isHavenMessage, type HavenMessage } from './messages';
import { lock } from './session';
import { refuseWrites } from './vault/area';

/**
 * A view's part of the one panic path (core/panic runs the rest in the background): hide this
 * view synchronously, so the very next frame is not Haven, then lock (which first finishes the
 * words still being saved, within a bound), then close. No API closes another view's popup, so
 * every view listens for the background's `close` message.
 */
export function panicFromView(): void {
  // Posting the message first costs nothing on screen, and it is sent before the page closes.
  const request: HavenMessage = { type: 'close-request' };
  void browser.runtime.sendMessage(request).catch(() => undefined);
  void hideAndClose();
}

/**
 * Answer the background's `close` broadcast (the panic: the shortcut, or another view's trigger; the answer
 * comes once this view's words are saved, so the background closes Haven tabs only then), and an
 * erase in another view (hide and close, saving nothing).
 */
export function listenForPanic(): () => void {
  const listener = (message: unknown) => {
    if (!isHavenMessage(message)) return undefined;
    if (message.type === 'close') return hideAndClose();
    if (message.type === 'reset' && message.except !== VIEW_ID) {
      // Everything is being erased: saving what this view holds would put a record back.
      refuseWrites();
      return hideAndClose();
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** This view, among the open ones (an erase closes every view but the one it was typed in). */
export const VIEW_ID = crypto.randomUUID();

let closing: Promise<void> | null = null;

function hideAndClose(): Promise<void> {
  document.documentElement.style.visibility = 'hidden';
  document.body.replaceChildren();
  closing ??= lock().then(() => {
    window.close();
    // A Haven page open in a tab (Chrome allows a popup and a tab at once) closes its tab.
    void browser.tabs
      .getCurrent()
      .then((tab) => (tab?.id !== undefined ? browser.tabs.remove(tab.id) : undefined))
      .catch(() => undefined);
  });
  return closing;
}
