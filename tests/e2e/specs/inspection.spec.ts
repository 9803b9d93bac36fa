import { expect, test } from '../fixture';
import { alreadySetUp, chooseSafePage, CODE, openHaven, openJournal, PASSPHRASE, saveCopy, turnOnDecoyCode, turnOnEraseCode, writeEntry } from '../flows';
import { inspectStorage } from '../storage-rules';

// What devtools shows of Haven's storage reads as a calculator's (issue #21): after a whole
// session, both storage areas are checked against the rules of tests/e2e/storage-rules.ts (no
// word of what Haven keeps, in English or Spanish; only the layout's names; padded sizes; a
// rounded count; code records alike whether an erase code is set or not). The rules are shown
// to fail on 0.1.0's storage in tests/unit/storage-rules.test.ts.

const dump = async (haven: { storage(): Promise<Record<string, unknown>>; sessionStorage(): Promise<Record<string, unknown>> }) => ({
  local: await haven.storage(),
  session: await haven.sessionStorage(),
});

test('after a whole session, storage.local and storage.session show nothing but a calculator’s names, sizes and counts', async ({ haven }, testInfo) => {
  await alreadySetUp(haven);
  const bare = await dump(haven);
  expect(inspectStorage(bare.local, bare.session)).toEqual([]);

  const popup = await openHaven(haven);
  await openJournal(popup);
  await writeEntry(popup, 'He took the car keys again and said I was imagining it');
  await writeEntry(popup, 'A second, much longer entry about the evening, with the words he used, where it was and who else saw it happen');
  await popup.click('button', '← Home');
  await popup.click('button', 'Safety plan');
  await popup.click('checkbox', 'ID or passport', { timeoutMs: 10_000 });
  await popup.fill('textbox', 'Notes (where things are hidden, numbers, the code word)', 'Spare key under the blue pot');
  await new Promise((resolve) => setTimeout(resolve, 600));
  await popup.click('button', '← Home');
  await popup.click('button', 'Reminders');
  await popup.fill('textbox', 'Something I know to be true', 'It is not my fault', { timeoutMs: 10_000 });
  await popup.click('button', 'Keep this');
  await popup.waitForText((text) => text.includes('It is not my fault'), 'the reminder');
  await popup.click('button', '← Home');
  await popup.click('button', 'Settings');
  const beforeErase = await dump(haven);
  await turnOnEraseCode(popup, '97531');
  await turnOnDecoyCode(popup, '2468', CODE, '97531');
  await chooseSafePage(popup, 'https://example.org/weather');
  await popup.click('button', '← Home');
  await popup.click('button', 'Back up or restore');
  await saveCopy(haven, popup, PASSPHRASE, 'Saved 2 entries');
  await popup.click('button', '← Home');
  await popup.click('button', 'Journal');
  await popup.click('button', 'New entry');
  await popup.fill('textbox', 'What happened', 'A draft, not finished');
  await new Promise((resolve) => setTimeout(resolve, 700));

  const open = await dump(haven);
  await testInfo.attach('storage while open', { body: JSON.stringify(open, null, 2), contentType: 'application/json' });
  expect(inspectStorage(open.local, open.session)).toEqual([]);
  // The erase and decoy codes changed no name and no size: their records were there, alike,
  // before they were set (the decoy's notes and the tape of attempts too).
  const keysOf = (area: Record<string, unknown>) => Object.keys(area).filter((name) => !name.startsWith('h:')).sort();
  expect(keysOf(open.local)).toEqual(keysOf(beforeErase.local));
  for (const name of ['m2', 'm3', 'm4', 'm5']) expect(JSON.stringify(open.local[name]).length, name).toBe(JSON.stringify(beforeErase.local[name]).length);

  await popup.page.close();
  const closed = await dump(haven);
  expect(inspectStorage(closed.local, closed.session)).toEqual([]);
});
