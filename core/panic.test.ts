import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { HavenMessage } from './messages';
import { panic, resetPanicGuard } from './panic';
import { saveQuickCloseCopy, type QuickClose } from './vault/quick-close';
import { OPEN_RECORD, QUICK_CLOSE_COPY } from './vault/session-keys';

/** As a view does once it opened the sealed settings with the code. */
const saveSettings = (choice: Partial<QuickClose>) => saveQuickCloseCopy({ page: null, tabs: true, ...choice });

const SAFE = 'https://weather.example/today';

async function openTabs() {
  const web = await fakeBrowser.tabs.create({ url: 'https://help.example/page', active: true });
  const view = await fakeBrowser.tabs.create({ url: fakeBrowser.runtime.getURL('/popup.html'), active: true });
  return { web, view };
}

describe('the one panic path', () => {
  let broadcasts: HavenMessage[];

  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.windows.create({ focused: true });
    resetPanicGuard();
    broadcasts = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => void broadcasts.push(message as HavenMessage));
  });

  it('tells every view to hide, ends the grace period, closes Haven tabs and shows the safe page', async () => {
    await saveSettings({ page: SAFE });
    await fakeBrowser.storage.session.set({ [OPEN_RECORD]: { t: Date.now() + 60_000, k: 'AAAA' }, cursor: { top: 1 } });
    const { web, view } = await openTabs();
    await panic();
    expect(broadcasts).toEqual([{ type: 'close' }]);
    // Only the quick close's own copy is put back, for the next one.
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([QUICK_CLOSE_COPY]);
    const left = await fakeBrowser.tabs.query({});
    expect(left.map((tab) => tab.id)).not.toContain(view.id);
    expect((await fakeBrowser.tabs.get(web.id!)).url).toBe(SAFE);
  });

  it('leaves the tabs alone when no safe page is set', async () => {
    const { web } = await openTabs();
    await panic();
    expect((await fakeBrowser.tabs.get(web.id!)).url).toBe('https://help.example/page');
  });

  it('keeps Haven tabs open when the user chose to close the popup only', async () => {
    await saveSettings({ tabs: false });
    const { view } = await openTabs();
    await panic();
    expect((await fakeBrowser.tabs.query({})).map((tab) => tab.id)).toContain(view.id);
    expect(broadcasts).toEqual([{ type: 'close' }]);
  });

  it('opens the safe page in a new tab when no ordinary tab is open', async () => {
    await saveSettings({ page: SAFE });
    const existing = (await fakeBrowser.tabs.query({})).map((tab) => tab.id!);
    if (existing.length) await fakeBrowser.tabs.remove(existing);
    await fakeBrowser.tabs.create({ url: fakeBrowser.runtime.getURL('/popup.html'), active: true });
    await panic();
    expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toEqual([SAFE]);
  });

  it('obeys no safe page or tab choice planted in storage.local, only the copy a view made', async () => {
    await fakeBrowser.storage.local.set({
      settings: { v: 1, safePage: 'https://his.example/report', closeTabs: false },
      prefs: { v: 2, icon: 'calculator', ready: true, intro: false, lang: 'auto', safePage: 'https://his.example/report', closeTabs: false },
    });
    const { web, view } = await openTabs();
    await panic();
    expect((await fakeBrowser.tabs.get(web.id!)).url).toBe('https://help.example/page');
    expect((await fakeBrowser.tabs.query({})).map((tab) => tab.id)).not.toContain(view.id);
  });

  it('sends the tab to the safe page again at the next quick close, before Haven is opened again', async () => {
    await saveSettings({ page: SAFE });
    const { web } = await openTabs();
    await panic(1_000);
    await fakeBrowser.tabs.update(web.id!, { url: 'https://help.example/page' });
    await panic(10_000);
    expect((await fakeBrowser.tabs.get(web.id!)).url).toBe(SAFE);
  });

  it('does nothing more when pressed twice in a row', async () => {
    await saveSettings({ page: SAFE });
    await openTabs();
    const now = Date.now();
    await panic(now);
    await panic(now + 200);
    expect(broadcasts).toHaveLength(1);
    expect((await fakeBrowser.tabs.query({})).filter((tab) => tab.url === SAFE)).toHaveLength(1);
    await panic(now + 5_000);
    expect(broadcasts).toHaveLength(2);
  });
});
