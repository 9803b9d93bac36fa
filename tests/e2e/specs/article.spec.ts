import { expect, test } from '../fixture';
import { installAndSetUp, openHaven, PASSPHRASE } from '../flows';

const TITLE = 'Why Leaving a Narcissist Feels Impossible (and How to Start Anyway)';

test('the article reads well, keeps the place and text size, and leads to the tools', async ({ haven }) => {
  await installAndSetUp(haven);
  const popup = await openHaven(haven);
  await popup.click('button', 'Why leaving feels impossible');
  await popup.waitFor('heading', TITLE);
  expect(await popup.axe()).toEqual([]);
  await popup.click('button', 'Larger text');
  await popup.click('link', 'Healing After Leaving');
  await new Promise((resolve) => setTimeout(resolve, 800));
  const top = await popup.page.evaluate(() => document.scrollingElement!.scrollTop, undefined);
  expect(top).toBeGreaterThan(500);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await popup.page.close();

  // Reopened in the same browser session: same place, same size.
  const again = await openHaven(haven);
  await again.click('button', 'Why leaving feels impossible');
  await again.waitForText((text) => text.includes('Text size 125 %'), 'the reader at 125 %');
  await new Promise((resolve) => setTimeout(resolve, 500));
  const restored = await again.page.evaluate(() => document.scrollingElement!.scrollTop, undefined);
  expect(Math.abs(restored - top)).toBeLessThan(400);

  // "Start documenting" leads to the journal.
  await again.click('button', 'Write it down in your journal');
  await again.waitFor('heading', 'Journal');
  await again.fill('textbox', 'Passphrase', PASSPHRASE);
  await again.click('button', 'Open');
  await again.waitFor('button', 'New entry', { timeoutMs: 15_000 });
});

test('resources show checked helplines with their sources, and links that open nothing by themselves', async ({ haven }) => {
  await installAndSetUp(haven);
  const popup = await openHaven(haven);
  await popup.click('button', 'Help and resources');
  await popup.waitFor('heading', 'Help and resources');
  const text = await popup.text();
  expect(text).toContain('1-800-799-7233');
  expect(text).toContain('0808 2000 247');
  expect(text).toMatch(/checked/i);
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
    await installAndSetUp(haven);
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
