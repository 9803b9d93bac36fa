import { test } from '../tests/e2e/fixture';
import { installAndSetUp, openHaven, PASSPHRASE } from '../tests/e2e/flows';
import { median, record } from './record';

const SAVES = 9;
// BENCH_JOURNAL_SIZES=10000 runs one size only (while working on the journal).
const SIZES = (process.env.BENCH_JOURNAL_SIZES ?? '100,1000,10000').split(',').map(Number);

test('journal at 100, 1,000 and 10,000 entries of about 500 words', async ({ haven }) => {
  test.setTimeout(900_000);
  await installAndSetUp(haven);
  let count = 0;
  for (const size of SIZES) {
    count = await haven.bench('seed', PASSPHRASE, count, size - count);
    const kdf = median([await haven.bench('timeKdf', PASSPHRASE), await haven.bench('timeKdf', PASSPHRASE), await haven.bench('timeKdf', PASSPHRASE)]);

    const popup = await openHaven(haven);
    await popup.click('button', 'Journal');
    await popup.fill('textbox', 'Passphrase', PASSPHRASE);
    // From pressing "Open" to the list on screen: the KDF, then the list index (the key is
    // ready at the 'key-ready' mark); then on to every entry opened in the background.
    const opening = await popup.page.evaluate(async (expected) => {
      const started = performance.now();
      document.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const until = (done: () => boolean, what: string) =>
        new Promise<number>((resolve, reject) => {
          setTimeout(() => reject(new Error(`no ${what} after 120 s`)), 120_000);
          const check = () => done() && (observer.disconnect(), resolve(performance.now()));
          const observer = new MutationObserver(check);
          observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
          check();
        });
      const listShown = await until(() => document.body.innerText.includes(expected), `"${expected}"`);
      const allOpen = await until(() => document.querySelector('section[aria-label="Entries"]')?.getAttribute('aria-busy') === 'false', 'end of opening');
      const keyReady = performance.getEntriesByName('key-ready').at(-1)!.startTime;
      return { total: listShown - started, list: listShown - keyReady, all: allOpen - started };
    }, `${size} of ${size} entries`);

    // From a search typed to the filtered count on screen. Each query narrows the list to one
    // entry and the next clears it, so the count on screen changes every time.
    const searches: number[] = [];
    for (const query of ['entry 42:', '', 'entry 7:', '', 'entry 99:']) {
      const elapsed = await popup.page.evaluate(async (q) => {
        const box = document.querySelector<HTMLInputElement>('input[type="search"]')!;
        const status = box.closest('section')!.querySelector('[role="status"]')!;
        const before = status.textContent;
        const started = performance.now();
        box.value = q;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        // Every entry is open by now, so the next count on screen is the search's answer.
        await new Promise<void>((resolve, reject) => {
          setTimeout(() => reject(new Error(`the count did not change for "${q}"`)), 30_000);
          const check = () => status.textContent !== before && /^\d+ of \d+ entries$/.test(status.textContent ?? '') && (observer.disconnect(), resolve());
          const observer = new MutationObserver(check);
          observer.observe(status, { childList: true, subtree: true, characterData: true });
        });
        return performance.now() - started;
      }, query);
      if (query) searches.push(elapsed);
    }
    await popup.page.close();

    const saves: number[] = [];
    // Nine, for a steadier median: Chromium's storage stalls now and then for 30–55 ms at
    // 10,000 entries (47 MB), whatever is written, even long after the last write.
    for (let i = 0; i < SAVES; i++) saves.push(await haven.bench('timeSave', PASSPHRASE));
    count += SAVES;
    const bytes = await haven.bench('storageBytes');
    const vault = await haven.bench('timeOpen', PASSPHRASE);
    const check = await haven.bench('timeRecordCheck', PASSPHRASE);
    if (check.found) throw new Error(`the check on opening found ${check.found} problems in an untouched journal`);
    const label = size.toLocaleString('en');
    record({ metric: `journal ${label}: unlock KDF (Argon2id)`, browser: haven.engine, value: kdf, unit: 'ms', runs: 3 });
    record({ metric: `journal ${label}: Open pressed to list shown (KDF + list)`, browser: haven.engine, value: opening.total, unit: 'ms' });
    record({ metric: `journal ${label}: key ready to list shown`, browser: haven.engine, value: opening.list, unit: 'ms' });
    record({ metric: `journal ${label}: list index read and decrypted (vault alone)`, browser: haven.engine, value: vault.list, unit: 'ms' });
    record({ metric: `journal ${label}: Open pressed to every entry open (background, for search)`, browser: haven.engine, value: opening.all, unit: 'ms' });
    record({ metric: `journal ${label}: check on opening (chain, head, list; after every entry is open)`, browser: haven.engine, value: check.ms, unit: 'ms' });
    record({ metric: `journal ${label}: search`, browser: haven.engine, value: median(searches), unit: 'ms', runs: 3 });
    record({ metric: `journal ${label}: first search after opening`, browser: haven.engine, value: searches[0]!, unit: 'ms' });
    record({ metric: `journal ${label}: save one entry`, browser: haven.engine, value: median(saves), unit: 'ms', runs: SAVES });
    record({ metric: `journal ${label}: storage`, browser: haven.engine, value: Math.round(bytes / 1024), unit: 'KiB' });
  }
});
