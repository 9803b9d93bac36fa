import { test } from '../tests/e2e/fixture';
import { CODE, installAndSetUp } from '../tests/e2e/flows';
import { median, record } from './record';

const RUNS = 5;

test('unlock to the article painted', async ({ haven }) => {
  await installAndSetUp(haven);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const popup = await haven.openPopup();
    await popup.waitFor('main', 'Calculator');
    // From "=" after the code, through Haven's home and a click on the article (done the
    // moment its button exists), to the first frame painted with the article's title.
    times.push(
      await popup.page.evaluate(async (code) => {
        for (const key of code) document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        const started = performance.now();
        document.dispatchEvent(new KeyboardEvent('keydown', { key: '=', bubbles: true }));
        const appears = (find: () => Element | null | undefined) =>
          new Promise<Element>((resolve) => {
            const check = () => {
              const found = find();
              if (found) {
                observer.disconnect();
                resolve(found);
              }
            };
            const observer = new MutationObserver(check);
            observer.observe(document.body, { childList: true, subtree: true });
            check();
          });
        const open = await appears(() => [...document.querySelectorAll('button')].find((button) => button.textContent === 'Why leaving feels impossible'));
        (open as HTMLButtonElement).click();
        await appears(() => document.querySelector('article h1'));
        // Painted: the frame after the one that laid it out.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return performance.now() - started;
      }, CODE),
    );
    await popup.page.close();
  }
  record({ metric: 'unlock "=" to the article painted', browser: haven.engine, value: median(times), unit: 'ms', runs: RUNS });
});
