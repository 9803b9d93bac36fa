import { browser } from 'wxt/browser';
import { PANIC_COMMAND } from './panic';

/** The quick-close shortcut as the browser has it now ('' when unset or taken by another). */
export async function currentShortcut(): Promise<string> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.find((command) => command.name === PANIC_COMMAND)?.shortcut ?? '';
}

/** Where the user can see and change it (a page Haven cannot open itself in Chrome). */
export function shortcutSettingsPlace(): string {
  return browser.runtime.getURL('/').startsWith('moz-extension:')
    ? 'Firefox: Add-ons and themes → ⚙ → Manage Extension Shortcuts'
    : 'chrome://extensions/shortcuts';
}
