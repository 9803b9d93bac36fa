import { browser } from 'wxt/browser';
import type { Lang } from './i18n/translate';
import { PANIC_COMMAND } from './panic';

/** The quick-close shortcut as the browser has it now ('' when unset or taken by another). */
export async function currentShortcut(): Promise<string> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.find((command) => command.name === PANIC_COMMAND)?.shortcut ?? '';
}

/** Where the user can see and change it (a page Haven cannot open itself in Chrome). */
export function shortcutSettingsPlace(lang: Lang): string {
  if (!browser.runtime.getURL('/').startsWith('moz-extension:')) return 'chrome://extensions/shortcuts';
  // Firefox's own menu names, as a Spanish Firefox shows them.
  return lang === 'es'
    ? 'Firefox: Complementos y temas → ⚙ → Administrar atajos de teclado de extensiones'
    : 'Firefox: Add-ons and themes → ⚙ → Manage Extension Shortcuts';
}
