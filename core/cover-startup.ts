import { browser } from 'wxt/browser';
import { applyCoverIdentity } from './cover-identity';
import { loadPrefsRecord } from './vault/prefs-record';

/**
 * Background wiring: put the chosen cover's icon and title back whenever the browser starts.
 * Read from the plain `icon` (no key here); a planted one is put back once the code is typed.
 */
export function registerCoverIdentity(): void {
  const apply = () => void loadPrefsRecord().then((prefs) => applyCoverIdentity(prefs.icon)).catch(() => undefined);
  browser.runtime.onStartup.addListener(apply);
  browser.runtime.onInstalled.addListener(apply);
}
