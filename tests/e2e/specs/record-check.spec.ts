import { expect, test, type Haven } from '../fixture';
import type { View } from '../fixture/view';
import { alreadySetUp, openHaven, openJournal, PASSPHRASE, saveCopy, saveReport, writeEntry } from '../flows';
import { pdfText } from '../../pdf-text';

/**
 * Issue #23, against someone who can write into storage but has no passphrase: each move is
 * told on opening, in plain words, kept in the report, and nothing is lost; a fingerprint kept
 * outside the device shows a rollback; a copy's back-dated versions are marked and flagged.
 * Storage is changed through the test build's harness, as devtools on the popup could.
 */

const NOTICE = 'Something in this journal changed while it was closed';
const HEAD = 'r0';

async function reopenJournal(haven: Haven): Promise<View> {
  const popup = await openHaven(haven);
  await openJournal(popup);
  return popup;
}

async function waitForNotice(popup: View, finding: string): Promise<string> {
  await popup.waitForText((text) => text.includes(NOTICE) && text.includes(finding), finding, 20_000);
  return popup.text();
}

const historyKeys = (storage: Record<string, unknown>) => Object.keys(storage).filter((key) => key.startsWith('h:'));

async function makeReport(haven: Haven, popup: View): Promise<string[]> {
  await popup.click('button', 'Make a report');
  await popup.click('button', 'Make the report');
  await popup.waitFor('link', 'Save the report', { timeoutMs: 30_000 });
  return pdfText((await saveReport(haven, popup)).bytes);
}

test('a removed chain end, a removed entry and an older end put back are each told on opening and in the report; nothing is lost and saving goes on', async ({ haven }) => {
  await alreadySetUp(haven);
  let popup = await reopenJournal(haven);
  await writeEntry(popup, 'First entry');
  await writeEntry(popup, 'Second entry');
  const beforeThird = new Set(historyKeys(await haven.storage()));
  await writeEntry(popup, 'Third entry');
  const third = historyKeys(await haven.storage()).filter((key) => !beforeThird.has(key));
  expect(third).toHaveLength(1);
  await popup.page.close();

  // 1. The chain's end removed.
  await haven.removeStorage([HEAD]);
  popup = await reopenJournal(haven);
  await waitForNotice(popup, 'The record of where the journal ends had been removed.');
  await popup.waitForText((text) => text.includes('3 of 3 entries'), 'every entry still listed');
  expect(await popup.axe()).toEqual([]);
  await writeEntry(popup, 'Fourth entry');
  await popup.page.close();

  // 2. One entry's record removed.
  await haven.removeStorage(third);
  popup = await reopenJournal(haven);
  const told = await waitForNotice(popup, 'Version 3 is no longer stored.');
  expect(told).toContain('1 entry the journal listed is no longer stored.');
  expect(told).toContain('written into the record');
  const olderEnd = (await haven.storage())[HEAD];
  await writeEntry(popup, 'Fifth entry');
  await popup.page.close();

  // 3. An older copy of the end put back.
  await haven.putStorage({ [HEAD]: olderEnd });
  popup = await reopenJournal(haven);
  await waitForNotice(popup, 'An older copy of where the journal ends had been put back');
  await popup.page.close();

  // Noted once: the next opening has nothing new to tell, and every entry left is there.
  popup = await reopenJournal(haven);
  await popup.waitForText((text) => text.includes('4 of 4 entries'), 'the four entries left');
  expect(await popup.text()).not.toContain(NOTICE);
  const pages = await makeReport(haven, popup);
  const all = pages.join('\n');
  expect(all).toContain('What Haven found when the journal opened');
  for (const finding of ['The record of where the journal ends had been removed.', 'Version 3 is no longer stored.', 'An older copy of where the journal ends had been put back']) expect(all).toContain(finding);
  expect(all).toContain('every version follows the one before it unchanged');
  expect(all).toContain('It cannot show that nothing was removed before a fingerprint was given out');
  for (const text of ['Fifth entry', 'Fourth entry', 'Second entry', 'First entry']) expect(all).toContain(text);
  // The full last hash and the fingerprint on every page.
  const hash = /Last hash ([0-9a-f]{64}) · fingerprint (\d+ · \d{4} \d{4} \d{4})/.exec(pages[0]!);
  expect(hash, 'the foot of page 1').not.toBeNull();
  for (const page of pages) expect(page).toContain(hash![0]);
});

test('a fingerprint noted, then storage rolled back to before it: the journal says the fingerprint is not part of this record', async ({ haven }) => {
  await alreadySetUp(haven);
  let popup = await reopenJournal(haven);
  await writeEntry(popup, 'Written before the fingerprint');
  const early = await haven.storage();
  await writeEntry(popup, 'Written, then noted by its fingerprint');
  await popup.click('button', 'Make a report');
  await popup.waitForText((text) => /Your record now: \d+ · \d{4} \d{4} \d{4}/.test(text), 'the fingerprint');
  const fingerprint = /Your record now: (\d+ · \d{4} \d{4} \d{4})/.exec(await popup.text())![1]!;
  await popup.fill('textbox', 'Check a fingerprint you noted', fingerprint);
  await popup.click('button', 'Check');
  await popup.waitForText((text) => text.includes('This fingerprint is part of your record: it had already reached version 2'), 'found');
  // One digit misheard reads as mistyped, not as another record.
  const misheard = fingerprint.replace(/\d$/, (digit) => String((Number(digit) + 1) % 10));
  await popup.fill('textbox', 'Check a fingerprint you noted', misheard);
  await popup.click('button', 'Check');
  await popup.waitForText((text) => text.includes('This does not read as a fingerprint'), 'mistyped');
  await popup.page.close();

  // Every record put back as it was before the fingerprint: consistent in itself, so nothing on the device can tell.
  await haven.replaceStorage(early);
  popup = await reopenJournal(haven);
  await popup.waitForText((text) => text.includes('1 of 1 entries') || text.includes('1 entry'), 'the rolled-back list');
  await popup.click('button', 'Make a report');
  await popup.fill('textbox', 'Check a fingerprint you noted', fingerprint);
  await popup.click('button', 'Check');
  await popup.waitForText((text) => text.includes('This fingerprint is not part of this record.'), 'not found');
  expect(await popup.axe()).toEqual([]);
});

test('a copy with back-dated versions: added, marked as from a copy, flagged in the entry and in the report', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await reopenJournal(haven);
  await writeEntry(popup, 'Written on this device');
  await popup.click('button', '← Home');
  await popup.click('button', 'Back up or restore');
  const file = await saveCopy(haven, popup, PASSPHRASE, 'Saved 1 entr');
  const backdated = await haven.backdateCopy(file.text, PASSPHRASE, 30);
  await popup.click('button', 'Add from a copy');
  await popup.chooseFile('Choose the file', { name: 'calc-memory-older.calc', text: backdated });
  await popup.fill('textbox', 'Passphrase of the copy', PASSPHRASE);
  await popup.click('button', 'Open the copy');
  await popup.waitFor('button', 'Add to my journal', { timeoutMs: 20_000 });
  await popup.click('button', 'Add to my journal');
  await popup.waitForText((text) => text.includes('Added 1 version'), 'the added message', 20_000);

  await popup.click('button', '← Home');
  await popup.click('button', 'Journal');
  await popup.click('button', 'Written on this device', { partial: true });
  await popup.click('button', 'History: 2 versions', { partial: true });
  const detail = await popup.text();
  expect(detail).toContain('Added from a copy on');
  expect(detail).toContain('The copy dates it before this entry was first written on this device.');
  await popup.click('button', 'Back to the list');
  const all = (await makeReport(haven, popup)).join('\n');
  expect(all).toContain('Added from a copy on');
  expect(all).toContain('The copy dates it before this entry was first written on this device.');
});
