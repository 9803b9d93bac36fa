import { browser } from 'wxt/browser';
import { applyCoverIdentity } from './cover-identity';
import { loadSettings } from './vault/settings';

/** Background wiring: put the chosen cover's icon and title back whenever the browser starts. */
export function registerCoverIdentity(): void {
  const apply = () => void loadSettings().then((settings) => applyCoverIdentity(settings.cover)).catch(() => undefined);
  browser.runtime.onStartup.addListener(apply);
  browser.runtime.onInstalled.addListener(apply);
}
