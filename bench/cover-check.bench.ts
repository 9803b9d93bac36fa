import { test } from '../tests/e2e/fixture';
import type { Haven } from '../tests/e2e/fixture';
import { alreadySetUp, CODE, openHaven, turnOnDecoyCode } from '../tests/e2e/flows';
import { median, record } from './record';

const RUNS = 7;
const DECOY = '2580';

/**
 * The cover's code check (issue #18): a code typed on the calculator costs the same whether a
 * decoy code is set or not (three Argon2id runs either way), so the time of a check tells
 * nothing. Measured in the page from "=" to the check's end (the `code-checked` mark), in a
 * freshly opened popup each run (the records are read from storage, as when she opens it).
 */
async function checkTimes(haven: Haven, code: string): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const popup = await haven.openPopup();
    await popup.waitFor('main', 'Calculator');
    times.push(
      await popup.page.evaluate(async (digits) => {
        performance.clearMarks('code-checked');
        for (const key of digits) document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        const started = performance.now();
        document.dispatchEvent(new KeyboardEvent('keydown', { key: '=', bubbles: true }));
        for (;;) {
          const [mark] = performance.getEntriesByName('code-checked');
          if (mark) return mark.startTime - started;
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
      }, code),
    );
    await popup.page.close();
  }
  return times;
}

test('the cover’s code check, with and without a decoy code set', async ({ haven }) => {
  await alreadySetUp(haven);
  const without = median(await checkTimes(haven, '1234'));
  const popup = await openHaven(haven);
  await popup.click('button', 'Settings');
  await turnOnDecoyCode(popup, DECOY, CODE);
  await popup.page.close();
  const withDecoy = median(await checkTimes(haven, '1234'));
  const decoy = median(await checkTimes(haven, DECOY));
  record({ metric: 'cover code check, a wrong code, no decoy set', browser: haven.engine, value: without, unit: 'ms', runs: RUNS });
  record({ metric: 'cover code check, a wrong code, a decoy set', browser: haven.engine, value: withDecoy, unit: 'ms', runs: RUNS });
  record({ metric: 'cover code check, the decoy code itself', browser: haven.engine, value: decoy, unit: 'ms', runs: RUNS });
  record({ metric: 'cover code check, decoy set / not set (ratio)', browser: haven.engine, value: Number((withDecoy / without).toFixed(3)), unit: '×' });
});
