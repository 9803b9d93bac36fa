import { expect, test, type Haven } from '../fixture';
import { poll } from '../fixture/driver';
import type { View } from '../fixture/view';
import { alreadySetUp, chooseSafePage, openHaven, openJournal, PASSPHRASE } from '../flows';

// What only the browser's real toolbar popup shows: its size, how it closes, its Esc. Chromium
// only: Firefox's popup cannot be reached over WebDriver BiDi (docs/threat-model.md, note 1).
// (Skipped by the project, before a browser is started for nothing.)
test.skip(({ engine }) => engine !== 'chromium', 'Firefox: the real toolbar popup cannot be reached over WebDriver BiDi');

/** Chromium's limits for a toolbar popup. */
const MAX = { width: 800, height: 600 };

/** Every Haven screen: the home button that opens it, and its heading. */
const SCREENS: [button: string, heading: string][] = [
  ['Why leaving feels impossible', 'Why Leaving a Narcissist Feels Impossible (and How to Start Anyway)'],
  ['Help and resources', 'Help and resources'],
  ['Journal', 'Journal'],
  ['Safety plan', 'Safety plan'],
  ['Reminders', 'Reminders'],
  ['Back up or restore', 'Back up or restore'],
  ['Settings', 'Settings'],
];

interface PopupSize {
  width: number;
  height: number;
  /** The popup's right edge on the screen: Chrome anchors the popup at the toolbar button. */
  right: number;
  /** How far the page is wider than the popup shows (a horizontal scroll), in px. */
  overflowX: number;
  /** Elements whose right edge is past what the popup shows. */
  pastTheEdge: string[];
}

/** The popup's size once it has settled (it resizes to its page after each render). */
async function settledSize(popup: View): Promise<PopupSize> {
  const measure = () =>
    popup.page.evaluate(() => {
      const root = document.documentElement;
      const shown = root.clientWidth;
      const pastTheEdge = [...document.body.querySelectorAll('*')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.right > shown + 1 && getComputedStyle(el).position !== 'fixed';
        })
        .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
      return { width: innerWidth, height: innerHeight, right: screenX + outerWidth, overflowX: root.scrollWidth - shown, pastTheEdge };
    }, undefined);
  let last = '';
  return poll('the popup to settle at one size', async () => {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const size = await measure();
    const key = `${size.width}x${size.height}@${size.right}`;
    const settled = key === last;
    last = key;
    return settled ? size : undefined;
  });
}

async function visit(popup: View, [button, heading]: [string, string]): Promise<void> {
  if (await popup.has('button', '← Home')) await popup.click('button', '← Home');
  await popup.click('button', button);
  await popup.waitFor('heading', heading);
}

test('the popup keeps one size: the cover on every open, and one width and height on every Haven screen', async ({ haven }, testInfo) => {
  await alreadySetUp(haven);
  const covers: PopupSize[] = [];
  for (let open = 0; open < 3; open++) {
    const cover = await haven.openPopup();
    await cover.waitFor('main', 'Calculator');
    covers.push(await settledSize(cover));
  }
  const popup = await openHaven(haven);
  const screens: Record<string, PopupSize> = { home: await settledSize(popup) };
  for (const screen of SCREENS) {
    await visit(popup, screen);
    screens[screen[0]] = await settledSize(popup);
  }
  await testInfo.attach('popup sizes', { body: JSON.stringify({ covers, screens }, null, 2), contentType: 'application/json' });

  for (const [name, size] of Object.entries({ cover: covers[0]!, ...screens })) {
    expect(size.width, `${name}: width`).toBeLessThanOrEqual(MAX.width);
    expect(size.height, `${name}: height`).toBeLessThanOrEqual(MAX.height);
    expect(size.overflowX, `${name}: horizontal scroll`).toBeLessThanOrEqual(0);
    expect(size.pastTheEdge, `${name}: past the popup's right edge`).toEqual([]);
  }
  // The cover is the same on every open.
  expect(covers[1]).toEqual(covers[0]);
  expect(covers[2]).toEqual(covers[0]);
  // Every Haven screen is one size: moving between them, nothing moves sideways or shrinks.
  const sizes = new Set(Object.values(screens).map((size) => `${size.width} × ${size.height}, right edge at ${size.right}`));
  expect([...sizes], 'the sizes of Haven screens').toHaveLength(1);
  // The code opening Haven: the right edge stays where it was (under the toolbar button), the
  // width grows by the scrollbar's room at most, and the popup only grows downwards.
  const home = screens.home!;
  expect(home.right).toBe(covers[0]!.right);
  expect(home.width - covers[0]!.width).toBeGreaterThanOrEqual(0);
  expect(home.width - covers[0]!.width).toBeLessThanOrEqual(20);
  expect(home.height).toBeGreaterThanOrEqual(covers[0]!.height);
});

test('a click outside closes the popup: the draft is kept, nothing decrypted stays in memory, and the journal asks again', async ({ haven }) => {
  const draft = `outsideclick${Date.now().toString(36)}`;
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await openJournal(popup);
  await popup.click('button', 'New entry');
  // Typed key by key, so the test never hands the words to the page as a string.
  await popup.fill('textbox', 'What happened', `Started: ${draft}`, { keyByKey: true });
  await new Promise((resolve) => setTimeout(resolve, 600));
  expect(await haven.heapHolds(draft), 'the draft while the popup is open').toBe(true);

  await haven.clickOutsidePopup();
  expect(haven.popupIsOpen()).toBe(false);
  expect(await popup.isGone()).toBe(true);
  expect(await haven.heapHolds(draft), 'the draft after the popup closed').toBe(false);
  // storage.session holds only the quick close's copy of her choices (core/vault/quick-close.ts).
  expect(Object.keys(await haven.sessionStorage()), 'storage.session (no grace period set)').toEqual(['fmt']);

  const again = await openHaven(haven);
  await again.click('button', 'Journal');
  await again.waitFor('textbox', 'Passphrase');
  await openJournalAgain(again);
  await again.click('button', 'Continue writing');
  expect(await again.value('textbox', 'What happened')).toBe(`Started: ${draft}`);
});

/** On the journal's passphrase screen already: open it. */
async function openJournalAgain(popup: View): Promise<void> {
  await popup.fill('textbox', 'Passphrase', 'maple river quietly 42');
  await popup.click('button', 'Open');
  await popup.waitForText((text) => text.includes('You have an unsaved entry'), 'the draft offer', 15_000);
}

async function setSafePageAndGrace(haven: Haven): Promise<void> {
  const popup = await openHaven(haven);
  await popup.click('button', 'Settings');
  await chooseSafePage(popup, haven.site.url('/safe'));
  await popup.select('Reopening within a few minutes', 'Skip the calculator for 1 minute');
  await popup.fill('textbox', 'Your passphrase, to skip the calculator', PASSPHRASE);
  await popup.click('button', 'Skip the calculator');
  // Saved: the passphrase field goes once the setting holds the new choice.
  await poll('the grace period saved', async () => ((await popup.has('textbox', 'Your passphrase, to skip the calculator')) ? undefined : true), 15_000);
  await popup.waitForText((text) => text.includes('Saved.'), 'the saved status');
  await haven.clickOutsidePopup();
}

test('Esc in the real popup: the cover keeps it as its clear key, and Esc twice in Haven is the quick close', async ({ haven }) => {
  await alreadySetUp(haven);
  // On the cover, Esc is the calculator's AC: the page consumes it, so the browser leaves the
  // popup open (the fixture applies Chromium's rule, see fixture/toolbar-popup.ts).
  const cover = await haven.openPopup();
  await cover.waitFor('main', 'Calculator');
  await cover.type('12+');
  await cover.press('Escape');
  expect(haven.popupIsOpen()).toBe(true);
  expect(await cover.page.evaluate(() => document.querySelector('output')?.textContent, undefined)).toBe('0');

  // In Haven, with a safe page and a grace period set: the first Esc must not let the browser
  // close the popup (that would leave the grace running and the tab as it was); the second is
  // the quick close, which ends both.
  await setSafePageAndGrace(haven);
  await haven.openWebPage('/reading');
  const popup = await openHaven(haven);
  expect(Object.keys(await haven.sessionStorage()).sort(), 'the grace period running').toEqual(['ans', 'fmt']);
  await popup.press('Escape');
  expect(haven.popupIsOpen(), 'the popup after the first Esc').toBe(true);
  await popup.press('Escape');
  await poll('the popup to close', async () => (haven.popupIsOpen() ? undefined : true), 5_000);
  await poll('the safe page', async () => ((await haven.tabUrls()).includes(haven.site.url('/safe')) ? true : undefined));
  expect(await haven.tabUrls()).not.toContain(haven.site.url('/reading'));
  expect(Object.keys(await haven.sessionStorage()), 'the grace ended with the quick close').toEqual(['fmt']);
  const again = await haven.openPopup();
  await again.waitFor('main', 'Calculator');
  expect(await again.has('button', 'Quick close')).toBe(false);
});

test('the quick close ends the real popup: its target goes away', async ({ haven }, testInfo) => {
  await alreadySetUp(haven);
  const timings: Record<string, number> = {};
  for (const [trigger, run] of [
    ['Quick close button', (popup: View) => popup.click('button', 'Quick close')],
    ['Esc twice', async (popup: View) => {
      await popup.press('Escape');
      await popup.press('Escape');
    }],
    ['the shortcut', () => haven.pressShortcut()],
  ] as const) {
    const popup = await openHaven(haven);
    expect(haven.popupIsOpen()).toBe(true);
    const pressed = performance.now();
    await run(popup);
    await poll(`the popup to close after ${trigger}`, async () => (haven.popupIsOpen() ? undefined : true), 5_000);
    timings[trigger] = Math.round(performance.now() - pressed);
    expect(await popup.isGone()).toBe(true);
  }
  // Figures for the record only (the bench has the medians): a timed test would be flaky.
  testInfo.annotations.push({ type: 'key press to popup gone, ms', description: JSON.stringify(timings) });
});
