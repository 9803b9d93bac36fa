import { browser } from 'wxt/browser';
import { forgetPrefsKey } from '@/core/session';
import { saveSettings, type Settings } from '@/core/vault/settings';
import { checkCoverCode, forgetCachedLock } from '@/features/unlock/check-code';
import { markSetupDone, saveCode, savePassphrase } from '@/features/unlock/setup-steps';
import { bench } from './bench';
import { writeBackup } from '@/core/backup/export';
import { readBackup } from '@/core/backup/read';

/**
 * What the end-to-end fixture calls in the test build, through `page.evaluate`. Every call
 * runs inside the extension, so it sees exactly what Haven's own pages see.
 */
const harness = {
  bench,
  /** Open an extension page in a new tab; the fixture then finds and drives it (Chromium). */
  async openView(path: string): Promise<void> {
    await browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html') });
  },
  /** Open the real toolbar popup, as a click on the toolbar button does (Chromium's driver). */
  async openToolbarPopup(): Promise<void> {
    await browser.action.openPopup();
  },
  /**
   * A window of its own (type 'popup', blank so that WebDriver BiDi sees it) for Haven's popup
   * page to be loaded into with `openViewIn`: Haven over the browser window without being a
   * tab of it (Firefox, where the real popup cannot be driven; see fixture/firefox.ts).
   */
  async openBlankWindow(size: { width: number; height: number }): Promise<number> {
    const window = await browser.windows.create({ type: 'popup', url: 'about:blank', ...size });
    const tabId = window?.tabs?.[0]?.id;
    if (tabId === undefined) throw new Error('the new window has no tab');
    return tabId;
  },
  /** Whether one of Haven's toolbar popups is open (Firefox: the real popup that a click opened). */
  popupIsOpen: (): boolean => browser.extension.getViews({ type: 'popup' }).length > 0,
  /**
   * The warnings a browser's install prompt would show for Haven's manifest, with these extra
   * permissions (Chromium's own list, `management.getPermissionWarningsByManifest`).
   */
  async installWarnings(extra: string[]): Promise<string[]> {
    const manifest = browser.runtime.getManifest();
    return browser.management.getPermissionWarningsByManifest(JSON.stringify({ ...manifest, permissions: [...(manifest.permissions ?? []), ...extra] }));
  },
  /** Focus the browser window, as a click outside the popup does: the popup closes. */
  async focusWindow(): Promise<void> {
    const window = await browser.windows.getLastFocused();
    if (window.id !== undefined) await browser.windows.update(window.id, { focused: true });
  },
  /** The ids of every open tab (Firefox: to tell which tab the test just opened). */
  tabIds: async (): Promise<number[]> => (await browser.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id])),
  /** Load an extension page into a tab the test opened (Firefox; see fixture/firefox.ts). */
  async openViewIn(tabId: number, path: string): Promise<void> {
    await browser.tabs.update(tabId, { url: browser.runtime.getURL(path as '/popup.html'), active: true });
  },
  /**
   * Finish first-run setup with this code and passphrase through the same steps the setup
   * screens take (features/unlock/setup-steps.ts), for scenarios about something else; setup
   * itself is tested through its screens, and harness.spec.ts checks both store the same.
   */
  async setUp(code: string, passphrase: string): Promise<void> {
    await saveCode(code);
    await savePassphrase(passphrase);
    await markSetupDone();
  },
  /**
   * Change settings as Settings does, with the key the code gives (a setting planted without it
   * is not obeyed): for scenarios that need, say, a 3-second idle time no screen offers.
   */
  async saveSettings(code: string, patch: Partial<Omit<Settings, 'v'>>): Promise<void> {
    forgetCachedLock();
    if ((await checkCoverCode(code)) !== 'open') throw new Error('not the code');
    await saveSettings(patch);
    forgetPrefsKey();
  },
  /** Open an ordinary web page in a new, active tab (the page the user was reading). */
  async openWebTab(url: string): Promise<void> {
    await browser.tabs.create({ url, active: true });
  },
  /** The toolbar button's tooltip title, as the browser shows it now. */
  actionTitle: (): Promise<string> => browser.action.getTitle({}),
  /** Everything in storage.local, as stored. */
  storageDump: (): Promise<Record<string, unknown>> => browser.storage.local.get(null),
  /** Plant raw items in storage.local, as a fault test needs. */
  storagePut: (items: Record<string, unknown>): Promise<void> => browser.storage.local.set(items),
  /** Remove items from storage.local, as someone at devtools could. */
  storageRemove: (keys: string[]): Promise<void> => browser.storage.local.remove(keys),
  /** Put storage.local back to an earlier copy of all of it (a rollback, issue #23). */
  async storageReplace(items: Record<string, unknown>): Promise<void> {
    await browser.storage.local.clear();
    await browser.storage.local.set(items);
  },
  /**
   * A backup copy whose revisions are dated `days` earlier than they were written, re-sealed
   * under the same passphrase: what someone who knows it could hand her (issue #23).
   */
  async backdateCopy(text: string, passphrase: string, days: number): Promise<string> {
    // `text` and the answer are the file's bytes, one character each (as saveCopy gives them).
    const read = await readBackup(Uint8Array.from(text, (character) => character.charCodeAt(0)), passphrase);
    if (!read.ok) throw new Error(read.message);
    const shift = (iso: string) => new Date(Date.parse(iso) - days * 86_400_000).toISOString();
    const entries = read.payload.entries.map((entry) => ({ ...entry, revisions: entry.revisions.map((revision) => ({ ...revision, writtenAt: shift(revision.writtenAt) })) }));
    const bytes = new Uint8Array(await (await writeBackup({ ...read.payload, entries }, passphrase)).arrayBuffer());
    let out = '';
    for (let i = 0; i < bytes.length; i += 0x2000) out += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
    return out;
  },
  /** Everything in storage.session (a grace period's key, the quick close's copy). */
  sessionDump: (): Promise<Record<string, unknown>> => browser.storage.session.get(null),
  /** Plant raw items in storage.session, as an observer at devtools could. */
  sessionPut: (items: Record<string, unknown>): Promise<void> => browser.storage.session.set(items),
  /** Everything in storage.sync (must stay empty). */
  syncDump: (): Promise<Record<string, unknown>> => browser.storage.sync.get(null).catch(() => ({})),
  /** Send a runtime message, as a view would, and return the answer. */
  send: (message: unknown): Promise<unknown> => browser.runtime.sendMessage(message),
  /** A request that leaves the extension, so tests can prove the network guard catches it. */
  async fetchOutside(url: string): Promise<string> {
    try {
      const response = await fetch(url, { cache: 'no-store' });
      return `status ${response.status}`;
    } catch (error) {
      return `failed: ${String(error)}`;
    }
  },
};

export type Harness = typeof harness;
(globalThis as unknown as { harness: Harness }).harness = harness;
