import { test } from '../tests/e2e/fixture';
import { poll } from '../tests/e2e/fixture/driver';
import type { View } from '../tests/e2e/fixture/view';
import { shownPictures } from '../tests/e2e/attach-files';
import { alreadySetUp, openHaven, openJournal, PASSPHRASE } from '../tests/e2e/flows';
import { median, record } from './record';

// Files as the person meets them (issue #17), timed from outside the page, in the store's
// build but for the harness: a 10 MB photo picked, to the entry saved; an entry with 20 photos
// opened, to every thumbnail shown.

/** A noisy JPEG of about `megabytes` MB (it compresses like a photo), made in the page and picked in the editor. */
async function pickPhoto(popup: View, megabytes: number): Promise<number> {
  return popup.page.evaluate(async (target) => {
    const side = Math.round(Math.sqrt(target * 1_000_000 / 1.6));
    const canvas = new OffscreenCanvas(side, side);
    const context = canvas.getContext('2d')!;
    const noise = context.createImageData(side, side);
    for (let at = 0; at < noise.data.length; at += 4) {
      noise.data[at] = (at / 4) % 256;
      noise.data[at + 1] = Math.random() * 255;
      noise.data[at + 2] = 120;
      noise.data[at + 3] = 255;
    }
    context.putImageData(noise, 0, 0);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
    const transfer = new DataTransfer();
    transfer.items.add(new File([blob], 'photo.jpg', { type: 'image/jpeg' }));
    const input = [...document.querySelectorAll('label')].find((label) => label.textContent?.trim() === 'Attach files')!.control as HTMLInputElement;
    (globalThis as unknown as { pickedAt: number }).pickedAt = performance.now();
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    return blob.size;
  }, megabytes);
}

test('a 10 MB photo picked, to the entry saved', async ({ haven }) => {
  test.setTimeout(300_000);
  await alreadySetUp(haven);
  const runs: { added: number; saved: number; size: number }[] = [];
  for (let run = 0; run < 3; run++) {
    const popup = await openHaven(haven);
    await openJournal(popup);
    await popup.click('button', 'New entry');
    await popup.fill('textbox', 'What happened', `Photo ${run + 1}.`);
    const size = await pickPhoto(popup, 10);
    const started = Date.now();
    await popup.waitFor('button', 'Remove photo.jpg', { timeoutMs: 120_000 });
    const added = Date.now() - started;
    await popup.click('button', 'Save entry');
    await popup.waitFor('button', 'Edit', { timeoutMs: 60_000 });
    runs.push({ added, saved: Date.now() - started, size });
    await popup.page.close();
  }
  record({ metric: 'attach a 10 MB photo: picked to added (sealed, draft saved)', browser: haven.engine, value: median(runs.map((run) => run.added)), unit: 'ms', runs: runs.length });
  record({ metric: 'attach a 10 MB photo: picked to entry saved', browser: haven.engine, value: median(runs.map((run) => run.saved)), unit: 'ms', runs: runs.length });
  record({ metric: 'attach a 10 MB photo: its size', browser: haven.engine, value: runs[0]!.size, unit: 'B' });
});

test('an entry with 20 photos opened, to every thumbnail shown', async ({ haven }) => {
  test.setTimeout(300_000);
  await alreadySetUp(haven);
  const stored = await haven.bench('seedPhotos', PASSPHRASE, 20, 2000);
  const runs: number[] = [];
  for (let run = 0; run < 3; run++) {
    const popup = await openHaven(haven);
    await openJournal(popup);
    const started = Date.now();
    await popup.click('button', 'Photos of the room.', { partial: true });
    await poll('20 thumbnails', async () => ((await shownPictures(popup)).length === 20 ? true : undefined), 120_000);
    runs.push(Date.now() - started);
    await popup.page.close();
  }
  record({ metric: 'entry with 20 photos of 2000 px: opened to every thumbnail shown', browser: haven.engine, value: median(runs), unit: 'ms', runs: runs.length });
  record({ metric: 'entry with 20 photos: the photos as stored', browser: haven.engine, value: stored, unit: 'B' });
});
