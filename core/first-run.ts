import { browser } from 'wxt/browser';
import { savePlainPrefs } from './vault/prefs-record';

/**
 * Background wiring: right after a new install (and only then), the next open of the popup
 * offers setup. After "Not now" or an erase it never shows by itself again. The background
 * writes only this plain flag: it has no key to the sealed settings.
 */
export function registerFirstRunOffer(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void savePlainPrefs({ intro: true }).catch(() => undefined);
  });
}
