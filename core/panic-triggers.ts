import { browser } from 'wxt/browser';
import { isHavenMessage } from './messages';
import { PANIC_COMMAND, panic } from './panic';

/** Background wiring: the browser-wide shortcut and views' requests both run `panic()`. */
export function registerPanicTriggers(): void {
  browser.commands.onCommand.addListener((command) => {
    if (command === PANIC_COMMAND) void panic();
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: { id?: number } }) => {
    if (isHavenMessage(message) && message.type === 'panic-request') return panic(Date.now(), { tabId: sender.tab?.id });
    return undefined;
  });
}
