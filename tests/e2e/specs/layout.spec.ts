import { expect, test } from '../fixture';
import { poll } from '../fixture/driver';
import type { View } from '../fixture/view';
import { alreadySetUp, CODE, openHaven } from '../flows';

/** Every Haven screen: the home button that opens it, and its heading. */
const SCREENS: [button: string, heading: string][] = [
  ['Why leaving feels impossible', 'Why Leaving a Narcissist Feels Impossible (and How to Start Anyway)'],
  ['Help and resources', 'Help and resources'],
  ['Journal', 'Journal'],
  ['Safety plan', 'Safety plan'],
  ['Reminders', 'Reminders'],
  ['Settings', 'Settings'],
];

async function visit(popup: View, [button, heading]: [string, string]): Promise<void> {
  if (await popup.has('button', '← Home')) await popup.click('button', '← Home');
  await popup.click('button', button);
  await popup.waitFor('heading', heading);
}

/** Scroll to the very bottom; then whether the page scrolled, and whether Quick close is on screen and on top. */
function scrollToBottom(popup: View) {
  return popup.page.evaluate(async () => {
    const page = document.scrollingElement!;
    page.scrollTop = page.scrollHeight;
    await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    const button = document.querySelector('[aria-label="Quick close"]')!.getBoundingClientRect();
    const onTop = document.elementFromPoint(button.x + button.width / 2, button.y + button.height / 2)?.closest('button')?.getAttribute('aria-label');
    return {
      scrolled: page.scrollTop > 0,
      reachedEnd: Math.abs(page.scrollTop + page.clientHeight - page.scrollHeight) <= 1,
      inView: button.top >= 0 && button.bottom <= innerHeight && button.left >= 0 && button.right <= innerWidth,
      onTop,
    };
  }, undefined);
}

test('in a very small popup every screen scrolls to its end and Quick close stays in reach', async ({ haven }) => {
  await alreadySetUp(haven);
  // In a tab: a popup squeezed by a small screen is a size the test browser's screen (800 ×
  // 600) never gives Chromium's real popup, and viewport emulation does not reach the popup
  // (checked). The real popup's own sizes are in real-popup.spec.ts.
  const popup = await openHaven(haven, CODE, { inTab: true });
  for (const screen of SCREENS) {
    await visit(popup, screen);
    // As low as a popup gets on a small screen; as wide as the screen asks for (as a popup sizes
    // itself to its page: 360 px, the reader 600 px).
    await popup.resize(await popup.page.evaluate(() => (document.querySelector('.haven') as HTMLElement).offsetWidth, undefined), 240);
    expect(await scrollToBottom(popup), screen[0]).toEqual({ scrolled: true, reachedEnd: true, inView: true, onTop: 'Quick close' });
  }
  // Reachable means it works from there: scrolled to the end of Settings, it closes everything.
  await popup.click('button', 'Quick close');
  await poll('the Haven view to close', async () => (await popup.isGone()) || undefined, 5_000);
});

/** Text that leaves its box or the popup, and controls that overlap each other. */
function cutOffOrOverlapping(popup: View) {
  return popup.page.evaluate(() => {
    const haven = document.querySelector('.haven')!.getBoundingClientRect();
    const problems: string[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll('.haven *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).position === 'absolute') continue;
      if (box.right > haven.right + 1) problems.push(`${describe(el)} goes past the popup's edge`);
      const style = getComputedStyle(el);
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (clips && !['TEXTAREA', 'INPUT', 'SELECT', 'HTML', 'BODY'].includes(el.tagName) && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
        problems.push(`${describe(el)} cuts off its text`);
      }
    }
    const controls = [...document.querySelectorAll('.haven :is(button, a[href], input, select, textarea, summary)')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).position !== 'absolute';
    });
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const a = controls[i]!;
        const b = controls[j]!;
        if (a.contains(b) || b.contains(a) || a.closest('label') === b.closest('label') && a.closest('label')) continue;
        const p = a.getBoundingClientRect();
        const q = b.getBoundingClientRect();
        const overlap = Math.min(p.right, q.right) - Math.max(p.left, q.left) > 1 && Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top) > 1;
        if (overlap) problems.push(`${describe(a)} overlaps ${describe(b)}`);
      }
    }
    return problems;
  }, undefined);
}

test('at 200 % text size nothing is cut off or overlaps, and every screen still passes axe', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  // What a person gets by setting the browser's default text size to 200 % (32 px): the root
  // font size doubles and Haven's rem-based text with it. Page zoom is not what this tests.
  await popup.page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  }, undefined);
  const rootSize = await popup.page.evaluate(() => getComputedStyle(document.querySelector('.haven h1')!).fontSize, undefined);
  expect(parseFloat(rootSize)).toBeGreaterThanOrEqual(40);
  expect(await cutOffOrOverlapping(popup), 'home').toEqual([]);
  for (const screen of SCREENS) {
    await visit(popup, screen);
    expect(await cutOffOrOverlapping(popup), screen[0]).toEqual([]);
    expect(await popup.axe(), screen[0]).toEqual([]);
  }
});
