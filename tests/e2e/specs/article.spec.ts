import { expect, test } from '../fixture';
import { poll } from '../fixture/driver';
import { alreadySetUp, openHaven, PASSPHRASE } from '../flows';

const TITLE = 'Why Leaving a Narcissist Feels Impossible (and How to Start Anyway)';

test('the article reads well, keeps the place and text size, and leads to the tools', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await popup.click('button', 'Why leaving feels impossible');
  await popup.waitFor('heading', TITLE);
  expect(await popup.axe()).toEqual([]);
  await popup.click('button', 'Larger text');
  await popup.click('link', 'Healing After Leaving');
  const scrollTop = () => popup.page.evaluate(() => document.scrollingElement!.scrollTop, undefined);
  // Where the jump ends: down the page, and still there a moment later.
  let last = -1;
  await poll('the jump to the section', async () => {
    const now = await scrollTop();
    const settled = now > 500 && now === last;
    last = now;
    return settled ? true : undefined;
  }, 5_000).catch(() => undefined);
  const top = await scrollTop();
  expect(top).toBeGreaterThan(500);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await popup.page.close();

  // Reopened in the same browser session: same place, same size.
  const again = await openHaven(haven);
  await again.click('button', 'Why leaving feels impossible');
  await again.waitForText((text) => text.includes('Text size 125 %'), 'the reader at 125 %');
  const restoredTop = () => again.page.evaluate(() => document.scrollingElement!.scrollTop, undefined);
  await poll('the place restored', async () => (Math.abs((await restoredTop()) - top) < 400 ? true : undefined), 5_000).catch(() => undefined);
  const restored = await restoredTop();
  expect(Math.abs(restored - top)).toBeLessThan(400);

  // "Start documenting" leads to the journal.
  await again.click('button', 'Write it down in your journal');
  await again.waitFor('heading', 'Journal');
  await again.fill('textbox', 'Passphrase', PASSPHRASE);
  await again.click('button', 'Open');
  await again.waitFor('button', 'New entry', { timeoutMs: 15_000 });
});

test('resources show checked helplines with their sources, and links that open nothing by themselves', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await popup.click('button', 'Help and resources');
  await popup.waitFor('heading', 'Help and resources');
  // The browser says en-US: the United States' lines; another country is a choice away.
  expect(await popup.value('combobox', 'Country')).toBe('US');
  expect(await popup.text()).toContain('1-800-799-7233');
  await popup.select('Country', 'United Kingdom');
  await popup.waitForText((text) => text.includes('0808 2000 247') && !text.includes('1-800-799-7233'), 'the United Kingdom’s lines');
  expect(await popup.text()).toMatch(/checked/i);
  expect(await popup.axe()).toEqual([]);
  const links = await popup.page.evaluate(
    () => Array.from(document.querySelectorAll('a[href]')).map((a) => ({ href: a.getAttribute('href')!, rel: a.getAttribute('rel'), target: a.getAttribute('target') })),
    undefined,
  );
  expect(links.some((link) => link.href.startsWith('tel:'))).toBe(true);
  for (const link of links.filter((l) => l.href.startsWith('http'))) {
    expect(link).toMatchObject({ rel: 'noreferrer noopener', target: '_blank' });
  }
});

test.describe('in a dark system theme', () => {
  test.use({ colorScheme: 'dark' });
  test('the article and resources have no accessibility violations', async ({ haven }) => {
    await alreadySetUp(haven);
    const popup = await openHaven(haven);
    await popup.click('button', 'Why leaving feels impossible');
    await popup.waitFor('heading', TITLE);
    expect(await popup.axe()).toEqual([]);
    await popup.click('button', '← Home');
    await popup.click('button', 'Help and resources');
    await popup.waitFor('heading', 'Help and resources');
    expect(await popup.axe()).toEqual([]);
  });
});

test('a call link on a computer with no phone app changes nothing, and the number is there to copy', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await popup.click('button', 'Help and resources');
  await popup.waitFor('heading', 'Help and resources');
  const tabsBefore = await haven.tabUrls();
  const first = await popup.page.evaluate(() => {
    const link = document.querySelector('.helplines a[href^="tel:"]')!;
    return { name: link.textContent!.replace(/\s+/g, ' ').trim(), href: link.getAttribute('href')!, location: location.href };
  }, undefined);
  const errors: string[] = [];
  await popup.page.evaluate(() => {
    addEventListener('error', (event) => ((globalThis as { telErrors?: string[] }).telErrors ??= []).push(String(event.message)));
  }, undefined);

  await popup.click('link', first.name);
  await new Promise((resolve) => setTimeout(resolve, 1_000));

  // Haven is still here, on the same screen, with no error; no tab was opened or moved.
  expect(popup.isClosed()).toBe(false);
  expect(await popup.page.evaluate(() => location.href, undefined)).toBe(first.location);
  await popup.waitFor('heading', 'Help and resources');
  errors.push(...(await popup.page.evaluate(() => (globalThis as { telErrors?: string[] }).telErrors ?? [], undefined)));
  expect(errors).toEqual([]);
  expect(await haven.tabUrls()).toEqual(tabsBefore);

  // The number is on screen as ordinary text that can be selected and copied.
  const selected = await popup.page.evaluate((href) => {
    const number = document.querySelector(`a[href="${href}"]`)!.parentElement!.querySelector('.number')!;
    const range = document.createRange();
    range.selectNodeContents(number);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return { text: getSelection()!.toString(), userSelect: getComputedStyle(number).userSelect, hidden: number.getBoundingClientRect().height === 0 };
  }, first.href);
  expect(selected.text).toMatch(/\d{3}/);
  expect(selected.text.replace(/\D/g, '').slice(0, 3)).toBe(first.href.replace(/\D/g, '').slice(0, 3));
  expect(selected.userSelect).not.toBe('none');
  expect(selected.hidden).toBe(false);
});

test('a screen reader finds the article by its landmarks and a heading outline with no gaps', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await popup.click('button', 'Why leaving feels impossible');
  await popup.waitFor('heading', TITLE);
  // Landmarks: Haven's header with Quick close, the main content named by the title, the contents.
  expect(await popup.has('banner')).toBe(true);
  expect(await popup.has('main', TITLE)).toBe(true);
  expect(await popup.has('navigation', 'In this article')).toBe(true);
  const outline = await popup.page.evaluate(
    () => ({
      levels: [...document.querySelectorAll('main :is(h1, h2, h3, h4)')].map((heading) => Number(heading.tagName[1])),
      lang: document.querySelector('article')?.getAttribute('lang'),
    }),
    undefined,
  );
  expect(outline.lang).toBe('en');
  expect(outline.levels.filter((level) => level === 1)).toHaveLength(1);
  expect(outline.levels[0]).toBe(1);
  // Never a jump of more than one level down (h2 → h4), so nothing seems to be missing.
  expect(outline.levels.filter((level, index) => index > 0 && level > outline.levels[index - 1]! + 1)).toEqual([]);
  expect(outline.levels.filter((level) => level === 2).length).toBeGreaterThanOrEqual(5);
});
