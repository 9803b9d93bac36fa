import { browser } from 'wxt/browser';
import { eraseEverything } from './erase';
import { isHavenMessage } from './messages';
import { PANIC_COMMAND, panic } from './panic';

/** Background wiring: the browser-wide shortcut and views' requests run `panic()`; an erase request, the erase. */
export function registerPanicTriggers(): void {
  browser.commands.onCommand.addListener((command) => {
    if (command === PANIC_COMMAND) void panic();
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: { id?: number } }) => {
    if (isHavenMessage(message) && message.type === 'close-request') return panic(Date.now(), { tabId: sender.tab?.id });
    if (isHavenMessage(message) && message.type === 'reset-request') return eraseEverything(message.from);
    return undefined;
  });
}
