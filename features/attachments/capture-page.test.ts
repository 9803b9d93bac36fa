import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toBase64 } from '@/core/bytes';
import { capturePage } from './capture-page';

// fakeBrowser has windows and tabs but not the capture, nor the answers activeTab makes (an
// address only for a granted tab); each test says what the browser shows, the one way below.

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 250, 251, 252]);
const PAGE = { id: 7, windowId: 1, active: true, status: 'complete', url: 'https://mail.example/inbox/42', title: 'Inbox (3)' };
const AT = new Date('2026-12-02T07:41:05.123Z');

interface Shown {
  own?: { type: string };
  windows?: { id: number; type: string; focused: boolean }[];
  /** The tab in front, before the capture and after it. */
  before?: Record<string, unknown> | undefined;
  after?: Record<string, unknown> | undefined;
  ownTab?: { id: number };
  capture?: () => Promise<string>;
}

function show(shown: Shown) {
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 1, type: 'normal', focused: true, ...shown.own } as never);
  vi.spyOn(fakeBrowser.windows, 'getAll').mockResolvedValue((shown.windows ?? []) as never);
  const before = 'before' in shown ? shown.before : PAGE;
  const after = 'after' in shown ? shown.after : before;
  let captured = false;
  const query = vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () => ((captured ? after : before) ? [captured ? after : before] : []) as never);
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(shown.ownTab as never);
  const capture = vi.spyOn(fakeBrowser.tabs, 'captureVisibleTab').mockImplementation((async () => {
    captured = true;
    return shown.capture ? shown.capture() : `data:image/png;base64,${toBase64(PNG)}`;
  }) as never);
  return { query, capture };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('capturePage', () => {
  it('gives the browser’s PNG byte for byte, named by its time, with the tab’s address, title and the time', async () => {
    const { capture, query } = show({});
    const result = await capturePage(() => AT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(new Uint8Array(await result.file.blob.arrayBuffer())).toEqual(PNG);
    expect(result.file).toMatchObject({
      name: 'page-2026-12-02-07-41-05.png',
      claimedType: 'image/png',
      capture: { url: PAGE.url, title: PAGE.title, at: '2026-12-02T07:41:05.123Z' },
    });
    expect(capture).toHaveBeenCalledWith(1, { format: 'png' });
    // The tab is read before and after the picture.
    expect(query).toHaveBeenCalledTimes(2);
    expect(query).toHaveBeenCalledWith({ active: true, windowId: 1 });
  });

  it('a page with no title is kept with an empty one', async () => {
    show({ before: { ...PAGE, title: undefined } });
    const result = await capturePage(() => AT);
    expect(result.ok && result.file.capture).toEqual({ url: PAGE.url, title: '', at: AT.toISOString() });
  });

  it('no-permission: the browser hides the address of a tab it gave no grant for (a browser page, the store, Haven not opened from its button)', async () => {
    const { capture } = show({ before: { ...PAGE, url: undefined, title: undefined } });
    expect(await capturePage()).toEqual({ ok: false, reason: 'no-permission' });
    expect(capture).not.toHaveBeenCalled();
  });

  it('no-permission: the browser refuses the capture for want of the grant (its words in Chromium and Firefox)', async () => {
    for (const words of ["Either the '<all_urls>' or 'activeTab' permission is required.", 'Missing activeTab permission']) {
      show({ capture: () => Promise.reject(new Error(words)) });
      expect(await capturePage()).toEqual({ ok: false, reason: 'no-permission' });
      vi.restoreAllMocks();
    }
  });

  it('no-permission: Haven in a window of its own with several browser windows and none in front (another window)', async () => {
    const { capture } = show({ own: { type: 'popup' }, windows: [{ id: 1, type: 'normal', focused: false }, { id: 2, type: 'normal', focused: false }, { id: 3, type: 'popup', focused: true }] });
    expect(await capturePage()).toEqual({ ok: false, reason: 'no-permission' });
    expect(capture).not.toHaveBeenCalled();
  });

  it('Haven in a window of its own captures the browser window it was opened over', async () => {
    const { capture } = show({ own: { type: 'popup' }, windows: [{ id: 3, type: 'popup', focused: true }, { id: 1, type: 'normal', focused: false }] });
    expect((await capturePage()).ok).toBe(true);
    expect(capture).toHaveBeenCalledWith(1, { format: 'png' });
  });

  it('haven-itself: Haven is the tab in front (opened in a tab), or a page of its own', async () => {
    let { capture } = show({ ownTab: { id: PAGE.id } });
    expect(await capturePage()).toEqual({ ok: false, reason: 'haven-itself' });
    expect(capture).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    ({ capture } = show({ before: { ...PAGE, url: fakeBrowser.runtime.getURL('/popup.html') } }));
    expect(await capturePage()).toEqual({ ok: false, reason: 'haven-itself' });
    expect(capture).not.toHaveBeenCalled();
  });

  it('navigating: the tab is still loading, or on its way elsewhere', async () => {
    let { capture } = show({ before: { ...PAGE, status: 'loading' } });
    expect(await capturePage()).toEqual({ ok: false, reason: 'navigating' });
    expect(capture).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    ({ capture } = show({ before: { ...PAGE, pendingUrl: 'https://elsewhere.example/' } }));
    expect(await capturePage()).toEqual({ ok: false, reason: 'navigating' });
    expect(capture).not.toHaveBeenCalled();
  });

  it('navigating: the address changed, another tab came in front, or the grant went, while the picture was taken', async () => {
    for (const after of [{ ...PAGE, url: 'https://mail.example/inbox/43' }, { ...PAGE, id: 8 }, { ...PAGE, url: undefined }, { ...PAGE, status: 'loading' }, undefined]) {
      show({ after });
      expect(await capturePage(), JSON.stringify(after)).toEqual({ ok: false, reason: 'navigating' });
      vi.restoreAllMocks();
    }
  });

  it('failed: the browser refuses for another reason, gives no PNG, or there is no tab', async () => {
    show({ capture: () => Promise.reject(new Error('Failed to capture tab: unknown error')) });
    expect(await capturePage()).toEqual({ ok: false, reason: 'failed' });
    vi.restoreAllMocks();
    show({ capture: async () => 'data:image/jpeg;base64,AAAA' });
    expect(await capturePage()).toEqual({ ok: false, reason: 'failed' });
    vi.restoreAllMocks();
    show({ before: undefined });
    expect(await capturePage()).toEqual({ ok: false, reason: 'failed' });
  });
});
