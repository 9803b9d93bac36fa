import { test, type Haven } from '../tests/e2e/fixture';
import type { View } from '../tests/e2e/fixture/view';
import { alreadySetUp, CODE, openHaven } from '../tests/e2e/flows';
import { median, record } from './record';

// Chromium's real toolbar popup beside Haven's page in a tab, in one browser and one run, so
// the two can be compared (Firefox's popup cannot be reached over WebDriver BiDi).
test.skip(({ engine }) => engine !== 'chromium', 'Firefox: the real toolbar popup cannot be reached over WebDriver BiDi');

const RUNS = 7;

/** Milliseconds since the epoch, in Node and in the page alike (same clock, same origin). */
const now = () => performance.timeOrigin + performance.now();

/** When the page painted its first content, in epoch milliseconds. */
function firstPaint(view: View): Promise<number> {
  return view.page.evaluate(async () => {
    for (let i = 0; i < 200; i++) {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      if (paint) return performance.timeOrigin + paint.startTime;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return Number.NaN;
  }, undefined);
}

async function untilGone(gone: () => boolean): Promise<void> {
  while (!gone()) await new Promise((resolve) => setTimeout(resolve, 1));
}

/** From the third Shift (the quick close's key gesture) sent, to the view gone. */
async function shiftToGone(view: View, gone: () => boolean): Promise<number> {
  await view.press('Shift');
  await view.press('Shift');
  const pressed = now();
  await view.press('Shift');
  await untilGone(gone);
  return now() - pressed;
}

async function opened(haven: Haven, inTab: boolean): Promise<{ view: View; ms: number }> {
  // An open popup is closed first and not timed: the figure starts at the toolbar action.
  if (!inTab) await haven.clickOutsidePopup();
  const started = now();
  const view = inTab ? await haven.openTab() : await haven.openPopup();
  return { view, ms: (await firstPaint(view)) - started };
}

test('real popup beside a tab: action to cover painted, key press to view gone', async ({ haven }) => {
  await alreadySetUp(haven);
  const paint = { popup: [] as number[], tab: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    for (const where of ['popup', 'tab'] as const) {
      const { view, ms } = await opened(haven, where === 'tab');
      paint[where].push(ms);
      if (where === 'tab') await view.page.close();
    }
  }
  record({ metric: 'toolbar action to cover painted: real popup', browser: 'chromium', value: median(paint.popup), unit: 'ms', runs: RUNS });
  record({ metric: 'toolbar action to cover painted: page in a tab', browser: 'chromium', value: median(paint.tab), unit: 'ms', runs: RUNS });

  const gone = { popup: [] as number[], tab: [] as number[] };
  for (let run = 0; run < RUNS; run++) {
    const popup = await openHaven(haven);
    gone.popup.push(await shiftToGone(popup, () => !haven.popupIsOpen()));
    const tab = await openHaven(haven, CODE, { inTab: true });
    gone.tab.push(await shiftToGone(tab, () => tab.isClosed()));
    // The quick close's lock settles before the next unlock.
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  record({ metric: 'quick close key press to view gone: real popup', browser: 'chromium', value: median(gone.popup), unit: 'ms', runs: RUNS });
  record({ metric: 'quick close key press to view gone: page in a tab', browser: 'chromium', value: median(gone.tab), unit: 'ms', runs: RUNS });
});
