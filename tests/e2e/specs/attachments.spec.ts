import { createHash } from 'node:crypto';
import { expect, test } from '../fixture';
import { poll } from '../fixture/driver';
import { file, give, shownPictures } from '../attach-files';
import { alreadySetUp, openHaven, openJournal, saveReport } from '../flows';
import { inspectStorage } from '../storage-rules';
import { png } from '../../test-png';
import { pdfImageCount, pdfText } from '../../pdf-text';

// Files kept with an entry (issue #17): added by picking, dropping and pasting, shown again as
// thumbnails after Haven is closed and opened, opened in the viewer with their fingerprint, kept
// sealed (the storage rules, and a canary inside a picture and a PDF not found on disk), and the
// bad files each said in words.

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const chunkKeys = (dump: Record<string, unknown>) => Object.keys(dump).filter((name) => name.startsWith('p:'));

test('files added by picking, dropping and pasting are kept with the entry, shown again after closing, and open with their fingerprint', async ({ haven }) => {
  test.setTimeout(120_000);
  await alreadySetUp(haven);
  let popup = await openHaven(haven);
  await openJournal(popup);
  await popup.click('button', 'New entry');
  await popup.fill('textbox', 'What happened', 'The door, the message, the bruise.');
  const picked = png(40, '', [10, 120, 200]);
  const dropped = png(48, '', [20, 160, 60]);
  const pasted = png(32, '', [220, 180, 20]);
  await give(popup, 'pick', [file('door.png', 'image/png', picked)]);
  await popup.waitFor('button', 'Remove door.png');
  await give(popup, 'drop', [file('message.png', 'image/png', dropped)]);
  await popup.waitFor('button', 'Remove message.png');
  // A screenshot on the clipboard arrives as "image.png"; it is named by its time.
  await give(popup, 'paste', [file('image.png', 'image/png', pasted)]);
  await popup.waitFor('button', 'Remove screenshot-', { partial: true, timeoutMs: 10_000 });
  expect(await popup.text()).toContain('up to 100 MB a file, 250 MB and 50 files an entry');
  // The draft names all three (a close now would keep them).
  await poll('three files in storage', async () => (chunkKeys(await haven.storage()).length === 3 ? true : undefined));
  await popup.click('button', 'Save entry');
  await popup.waitFor('button', 'Edit');
  await poll('three thumbnails', async () => ((await shownPictures(popup)).length === 3 ? true : undefined), 10_000);

  const dump = await haven.storage();
  expect(inspectStorage(dump, await haven.sessionStorage())).toEqual([]);
  expect(JSON.stringify(dump)).not.toContain('door.png');

  // Closed and opened again: the entry shows its thumbnails, and the viewer the picture and its hash.
  await popup.page.close();
  popup = await openHaven(haven);
  await openJournal(popup);
  await popup.click('button', 'The door, the message', { partial: true });
  await popup.waitFor('button', 'Open door.png');
  await poll('thumbnails after reopening', async () => ((await shownPictures(popup)).length === 3 ? true : undefined), 10_000);
  await popup.click('button', 'Open door.png');
  await popup.waitFor('heading', 'door.png');
  const text = await popup.waitForText((t) => t.includes(sha256(picked)), 'the fingerprint');
  expect(text).toContain('Fingerprint (SHA-256)');
  const full = await popup.page.evaluate(() => [...document.querySelectorAll('img')].filter((img) => img.complete && img.naturalWidth === 40).length, undefined);
  expect(full, 'the picture at its own size').toBe(1);
  await popup.click('button', 'Back to the entry');
  await popup.waitFor('button', 'Edit');

  // The report shows each picture (a scaled copy) beside the original's full hash.
  await popup.click('button', 'Back to the list');
  await popup.click('button', 'Make a report');
  await popup.click('button', 'Make the report');
  await popup.waitFor('link', 'Save the report', { timeoutMs: 30_000 });
  const report = await saveReport(haven, popup);
  const said = (await pdfText(report.bytes)).join('\n');
  for (const original of [picked, dropped, pasted]) expect(said).toContain(`SHA-256 ${sha256(original)}`);
  expect(said).toContain('door.png: image/png');
  expect(said).toContain('3 files kept with this entry');
  expect(await pdfImageCount(report.bytes), 'one picture for each image').toBe(3);
});

test('a canary inside a picture and a PDF is nowhere in the profile folder', async ({ haven }) => {
  test.setTimeout(120_000);
  const canary = `canary-${Date.now().toString(36)}-attachment`;
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await openJournal(popup);
  await popup.click('button', 'New entry');
  await popup.fill('textbox', 'What happened', 'Photos kept.');
  const pdf = Buffer.from(`%PDF-1.4\n1 0 obj << /Title (${canary}) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
  await give(popup, 'pick', [file('photo.png', 'image/png', png(24, canary)), file('letter.pdf', 'application/pdf', pdf)]);
  await popup.waitFor('button', 'Remove letter.pdf', { timeoutMs: 10_000 });
  await popup.click('button', 'Save entry');
  await popup.waitFor('button', 'Edit');
  expect(chunkKeys(await haven.storage())).toHaveLength(2);
  await popup.page.close();
  const hits = await haven.searchDisk([canary, 'photo.png', 'letter.pdf']);
  expect(hits).toEqual([]);
});

test('bad files are each said in words: empty, too large, a lying type, a damaged picture; fifty at once all go in', async ({ haven }) => {
  test.setTimeout(180_000);
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await openJournal(popup);
  await popup.click('button', 'New entry');
  await popup.fill('textbox', 'What happened', 'Fifty screenshots.');
  await give(popup, 'pick', [
    file('nothing.png', 'image/png', Buffer.alloc(0)),
    { name: 'huge.mp4', type: 'video/mp4', base64: '', zeros: 100_000_001 },
    file('not-a-photo.jpg', 'image/jpeg', Buffer.from('this is only text, not a picture')),
    file('broken.png', 'image/png', Buffer.concat([png(8).subarray(0, 40), Buffer.from('garbage after the header')])),
  ]);
  const said = await popup.waitForText((t) => t.includes('2 files added.'), 'the report of the add', 15_000);
  expect(said).toContain('“nothing.png” is empty');
  expect(said).toContain('“huge.mp4” is larger than 100 MB');
  expect(said).toContain('“not-a-photo.jpg” is not the picture its name says');
  // The damaged picture is kept, and shown as a file.
  await popup.waitFor('button', 'Remove broken.png');
  await popup.waitFor('button', 'Remove not-a-photo.jpg');
  expect(await popup.text()).not.toContain('Remove nothing.png');

  const fifty = Array.from({ length: 50 }, (_, i) => file(`shot-${i}.png`, 'image/png', png(4 + (i % 5), '', [i * 5, 100, 200 - i * 3])));
  await give(popup, 'drop', fifty);
  // Two are there already: 48 go in, and the other two are said (one entry holds 50).
  const report = await popup.waitForText((t) => t.includes('48 files added.'), 'fifty dropped', 60_000);
  expect(report).toContain('“shot-48.png” was not added: one entry holds at most 50 files.');
  expect(report).toContain('“shot-49.png” was not added');
  await popup.click('button', 'Save entry');
  await popup.waitFor('button', 'Edit', { timeoutMs: 15_000 });
  await popup.click('button', 'Open broken.png');
  await popup.waitForText((t) => t.includes('This picture could not be shown; the file is kept exactly as it was added.'), 'the damaged picture, said');
});

test('a close in the middle of adding a large file keeps the words and the files already added, and says which one to add again', async ({ haven }) => {
  test.setTimeout(120_000);
  await alreadySetUp(haven);
  let popup = await openHaven(haven);
  await openJournal(popup);
  await popup.click('button', 'New entry');
  await popup.fill('textbox', 'What happened', 'Before the video.');
  await give(popup, 'pick', [file('first.png', 'image/png', png(16))]);
  await popup.waitFor('button', 'Remove first.png');
  await give(popup, 'pick', [{ name: 'big.mp4', type: 'video/mp4', base64: '', zeros: 60_000_000 }]);
  await popup.waitForText((t) => t.includes('Adding “big.mp4”…'), 'the add under way', 10_000);
  await popup.page.close();

  popup = await openHaven(haven);
  await openJournal(popup);
  await popup.click('button', 'Continue writing');
  await popup.waitForText((t) => t.includes('“big.mp4” was still being added when this closed, and is not here.'), 'the unfinished file, said');
  expect(await popup.value('textbox', 'What happened')).toBe('Before the video.');
  await popup.waitFor('button', 'Remove first.png');
  expect(await popup.has('button', 'Remove big.mp4')).toBe(false);
  // What big.mp4 wrote before the close is named by nothing, and is cleared once the journal opened.
  await poll('only first.png left in storage', async () => (chunkKeys(await haven.storage()).length === 1 ? true : undefined), 20_000);
});
