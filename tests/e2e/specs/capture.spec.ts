import { expect, test } from '../fixture';
import { poll } from '../fixture/driver';
import { PAGES } from '../fixture/site';
import type { View } from '../fixture/view';
import { alreadySetUp, openHaven, openJournal, PASSPHRASE, typeCode } from '../flows';
import { inspectStorage } from '../storage-rules';
import { DRAFT_KEY } from '../../../core/vault/layout';

// "Capture this page" (issue #17): after a click on the toolbar button over a page, the page as
// it shows, with its address, its title and the time, kept as a file of a new or the open entry;
// refused in words when the browser gave no grant, or when Haven is the page in front. And what
// the activeTab permission it needs adds to what an observer of the browser sees.

const READING = PAGES['/reading']!;

const chunkKeys = (dump: Record<string, unknown>) => Object.keys(dump).filter((name) => name.startsWith('p:'));

/** The pictures in the entry's "Files" section that have loaded, by their text alternative. */
function shownPictures(popup: View): Promise<string[]> {
  return popup.page.evaluate(() => {
    const section = [...document.querySelectorAll('section')].find((candidate) => candidate.getAttribute('aria-label') === 'Files');
    return [...(section?.querySelectorAll('img') ?? [])].filter((img) => img.complete && img.naturalWidth > 0).map((img) => img.alt);
  }, undefined);
}

/** The names of the captures in the editor, by their "Remove …" buttons. */
function capturesInEditor(popup: View): Promise<string[]> {
  return popup.page.evaluate(
    () => [...document.querySelectorAll('button')].map((button) => button.getAttribute('aria-label') ?? button.textContent ?? '').filter((name) => /^Remove page-.*\.png$/.test(name)),
    undefined,
  );
}

/** In the viewer: each detail by its term, and the picture's bytes as loaded (their first eight, SHA-256 and size in pixels). */
function viewerShows(popup: View) {
  return popup.page.evaluate(async () => {
    const details: Record<string, string> = {};
    for (const term of document.querySelectorAll('dl dt')) details[term.textContent ?? ''] = term.nextElementSibling?.textContent ?? '';
    const img = [...document.querySelectorAll('img')].find((candidate) => candidate.complete && candidate.naturalWidth > 0);
    if (!img) return { details, picture: null };
    const bytes = new Uint8Array(await (await fetch(img.src)).arrayBuffer());
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return {
      details,
      picture: {
        head: [...bytes.subarray(0, 8)],
        sha256: [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join(''),
        width: img.naturalWidth,
        height: img.naturalHeight,
      },
    };
  }, undefined);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test('what activeTab adds for an observer: no install warning in either browser; what the details pages show', async ({ haven }) => {
  const shown = await haven.permissionsShown();
  test.info().annotations.push({ type: 'permissions shown', description: JSON.stringify(shown) });
  // The probe reads real warnings: `tabs` would add one.
  expect(shown.installWarnings).toEqual([]);
  if (haven.engine === 'chromium') {
    expect(shown.installWarningsWithTabs).toEqual(['Read your browsing history']);
    // Chromium lists no permission, but activeTab gives the details page a "Site access" part
    // (a build without it shows "This extension requires no special permissions" and "This
    // extension has no additional site access"; README, permissions).
    expect(shown.detailsPage).toContain('Permissions Site access This extension can read and change your data on sites. You can control which sites the extension can access.');
    expect(shown.detailsPage).not.toContain('requires no special permissions');
  } else {
    expect(shown.installWarningsWithTabs).toEqual(['Access browser tabs']);
    // The same as a build without activeTab shows.
    expect(shown.detailsPage).toContain('This extension doesn’t require any permissions.');
  }
});

test('"Capture this page" from Haven’s home, then from the editor, then into an unsaved entry: the page as a PNG, with its address and title, kept sealed', async ({ haven }) => {
  test.setTimeout(120_000);
  await alreadySetUp(haven);
  await haven.openWebPage('/reading');
  const url = haven.site.url('/reading');
  const popup = await typeCode(await haven.clickToolbarButton('/reading'));

  // From home: the journal asks for the passphrase, then a new entry holds the capture.
  await popup.click('button', 'Capture this page');
  await popup.fill('textbox', 'Passphrase', PASSPHRASE);
  await popup.click('button', 'Open');
  await popup.waitFor('heading', 'New entry', { timeoutMs: 15_000 });
  await poll('the capture in the new entry', async () => ((await capturesInEditor(popup)).length === 1 ? true : undefined), 15_000);
  await popup.fill('textbox', 'What happened', 'The message on the page.');
  await popup.click('button', 'Save entry');
  await popup.waitFor('button', 'Edit', { timeoutMs: 15_000 });
  await poll('the thumbnail', async () => ((await shownPictures(popup)).length === 1 ? true : undefined), 10_000);

  // The viewer: the page's own address and title, and the bytes of a PNG whose hash it shows.
  const [name] = await shownPictures(popup);
  expect(name).toMatch(/^page-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d\.png$/);
  await popup.click('button', `Open ${name}`);
  await popup.waitFor('heading', name!);
  const seen = await poll('the picture in the viewer', async () => {
    const shown = await viewerShows(popup);
    return shown.picture ? { ...shown, picture: shown.picture } : undefined;
  }, 10_000);
  expect(seen.details['Page address']).toBe(url);
  expect(seen.details['Page title']).toBe(READING.title);
  expect(seen.details['Type']).toBe('image/png');
  expect(seen.picture.head).toEqual(PNG_SIGNATURE);
  expect(seen.details['Fingerprint (SHA-256)']).toBe(seen.picture.sha256);
  expect(seen.picture.width).toBeGreaterThan(100);
  await popup.click('button', 'Back to the entry');

  // From the editor of the open entry: the same button adds a second capture.
  await popup.click('button', 'Edit');
  await popup.click('button', 'Capture this page');
  await poll('a second capture', async () => ((await capturesInEditor(popup)).length === 2 ? true : undefined), 15_000);
  await popup.click('button', 'Save entry');
  await popup.waitFor('button', 'Edit', { timeoutMs: 15_000 });
  await poll('two thumbnails', async () => ((await shownPictures(popup)).length === 2 ? true : undefined), 10_000);

  // From home again with an unsaved entry waiting: the capture goes into it (a new entry would
  // write over its draft), and the screen says so.
  await popup.click('button', 'Back to the list');
  await popup.click('button', 'New entry');
  const draftBefore = JSON.stringify((await haven.storage())[DRAFT_KEY]);
  await popup.fill('textbox', 'What happened', 'Not saved yet.');
  await poll('the draft saved', async () => (JSON.stringify((await haven.storage())[DRAFT_KEY]) !== draftBefore ? true : undefined));
  await popup.click('button', 'Close (keep as draft)');
  await popup.click('button', '← Home');
  await popup.click('button', 'Capture this page');
  await popup.waitFor('status', 'Your unsaved entry is open, and the page is being added to it.', { timeoutMs: 15_000 });
  expect(await popup.value('textbox', 'What happened')).toBe('Not saved yet.');
  await poll('the capture in the unsaved entry', async () => ((await capturesInEditor(popup)).length === 1 ? true : undefined), 15_000);

  // Sealed like any file: the address and the title are nowhere in storage in plain text.
  const dump = await haven.storage();
  expect(chunkKeys(dump).length).toBeGreaterThanOrEqual(3);
  expect(inspectStorage(dump, await haven.sessionStorage())).toEqual([]);
  const stored = JSON.stringify(dump);
  for (const plain of [url, READING.title, '127.0.0.1', 'page-']) expect(stored).not.toContain(plain);
});

test('with no grant the capture is refused in words and nothing is added; with Haven itself in front, it says so', async ({ haven }) => {
  test.setTimeout(120_000);
  await alreadySetUp(haven);
  await haven.openWebPage('/reading');
  // Opened over the page without a click on its button (action.openPopup()): no grant.
  let popup = await typeCode(await haven.openOverPageWithoutGrant('/reading'));
  await openJournal(popup);
  await popup.click('button', 'New entry');
  await popup.fill('textbox', 'What happened', 'Words kept all the same.');
  await popup.click('button', 'Capture this page');
  await popup.waitFor('alert', 'This page cannot be captured from here.', { partial: true, timeoutMs: 10_000 });
  expect(await capturesInEditor(popup)).toEqual([]);
  expect(await popup.value('textbox', 'What happened')).toBe('Words kept all the same.');
  expect(chunkKeys(await haven.storage())).toEqual([]);

  // Haven in a tab of its own is the page in front of itself (closed first, so that Firefox opens
  // the tab in the page's window, not in the window Haven had).
  await popup.page.close();
  popup = await openHaven(haven, undefined, { inTab: true });
  await openJournal(popup);
  await popup.click('button', 'Continue writing');
  await popup.click('button', 'Capture this page');
  await popup.waitFor('alert', 'The page in front is this one, not the page you were on.', { partial: true, timeoutMs: 10_000 });
  expect(await capturesInEditor(popup)).toEqual([]);
  expect(chunkKeys(await haven.storage())).toEqual([]);
});
