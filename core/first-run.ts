import { browser } from 'wxt/browser';
import { saveSettings } from './vault/settings';

/**
 * Background wiring: right after a new install (and only then), the next open of the popup
 * offers setup. After "Not now" or an erase it never shows by itself again.
 */
export function registerFirstRunOffer(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void saveSettings({ offerSetup: true }).catch(() => undefined);
  });
}
