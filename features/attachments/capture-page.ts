import { browser, type Browser } from 'wxt/browser';
import { fromBase64 } from '@/core/bytes';
import type { IncomingFile } from './add-files';

/**
 * "Capture this page": what the tab she was on shows, as a file to add, with its address, its
 * title and the time. `activeTab` gives Haven that tab (its address, title and picture) after a
 * click on the toolbar button over it, and nothing else; so every refusal below is one of:
 *
 *   no-permission  no grant for the tab in front: a browser page or the store (never granted),
 *                  another window, or Haven opened some other way than the toolbar button
 *   haven-itself   the tab in front is Haven's own page
 *   navigating     the tab was loading, or moved (address or tab) while it was captured
 *   failed         anything else the browser refused
 *
 * The picture is the browser's PNG, byte for byte: it goes through the same add path as a
 * picked file (limits, draft, sealing), and is never written anywhere before that.
 */
export type CaptureProblem = 'no-permission' | 'haven-itself' | 'navigating' | 'failed';

export type CaptureResult = { ok: true; file: IncomingFile } | { ok: false; reason: CaptureProblem };

type Tab = Browser.tabs.Tab;
type Window = Browser.windows.Window;

const PNG_DATA_URL = 'data:image/png;base64,';

export async function capturePage(now: () => Date = () => new Date()): Promise<CaptureResult> {
  try {
    const window = await windowOpenedOver();
    if (window?.id === undefined) return refuse('no-permission');
    const before = await tabInFront(window.id);
    if (!before) return refuse('failed');
    if (await isHaven(before)) return refuse('haven-itself');
    // Without a grant the browser hides the tab's address; with one it shows it.
    if (!before.url) return refuse('no-permission');
    if (isMoving(before)) return refuse('navigating');
    const at = now();
    let dataUrl: string;
    try {
      dataUrl = await browser.tabs.captureVisibleTab(window.id, { format: 'png' });
    } catch (error) {
      return refuse(refusalOf(error));
    }
    // What was captured must be what the label says: the same tab, at the same address, settled.
    const after = await tabInFront(window.id);
    if (!after || after.id !== before.id || after.url !== before.url || isMoving(after)) return refuse('navigating');
    if (!dataUrl.startsWith(PNG_DATA_URL)) return refuse('failed');
    const bytes = fromBase64(dataUrl.slice(PNG_DATA_URL.length));
    const iso = at.toISOString();
    return {
      ok: true,
      file: {
        blob: new Blob([bytes as BlobPart], { type: 'image/png' }),
        name: `page-${iso.slice(0, 19).replace(/[:T]/g, '-')}.png`,
        claimedType: 'image/png',
        capture: { url: before.url, title: before.title ?? '', at: iso },
      },
    };
  } catch {
    return refuse('failed');
  }
}

const refuse = (reason: CaptureProblem): CaptureResult => ({ ok: false, reason });

/**
 * The browser window Haven was opened over. The toolbar popup belongs to the window under it,
 * so that is the current window. Haven in a window of its own (a window of type 'popup', as the
 * Firefox tests drive it) is over the browser window that has the focus, or the only one.
 */
async function windowOpenedOver(): Promise<Window | undefined> {
  const own = await browser.windows.getCurrent();
  if (own.type === 'normal') return own;
  const normal = (await browser.windows.getAll()).filter((window) => window.type === 'normal');
  return normal.find((window) => window.focused) ?? (normal.length === 1 ? normal[0] : undefined);
}

async function tabInFront(windowId: number): Promise<Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, windowId });
  return tab;
}

/** Haven's own tab (Haven opened in a tab), or any page of Haven's own origin. */
async function isHaven(tab: Tab): Promise<boolean> {
  const own = await browser.tabs.getCurrent();
  return (own !== undefined && own.id === tab.id) || (tab.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/** Loading, or (Chromium) on its way to another address. */
const isMoving = (tab: Tab) => tab.status === 'loading' || Boolean((tab as Tab & { pendingUrl?: string }).pendingUrl);

/**
 * The browsers say a missing grant in words: Chromium "Either the '<all_urls>' or 'activeTab'
 * permission is required.", Firefox "Missing activeTab permission" (both seen in e2e).
 */
function refusalOf(error: unknown): CaptureProblem {
  const message = error instanceof Error ? error.message : String(error);
  return /activeTab|permission|cannot access|can't access|not allowed/i.test(message) ? 'no-permission' : 'failed';
}
