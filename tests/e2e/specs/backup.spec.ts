import { expect, test } from '../fixture';
import { addCopy, alreadySetUp, eraseAndSetUpAgain, openHaven, openJournal, PASSPHRASE, saveCopy, writeEntry, withoutAttempts } from '../flows';

test('a saved copy restores every entry with its history after the erase code emptied Haven, once', async ({ haven }) => {
  const canary = `canary-${Date.now().toString(36)}-quilt`;
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await openJournal(popup);
  await writeEntry(popup, `First ${canary}`);
  await writeEntry(popup, 'Second entry');
  await writeEntry(popup, 'Third entry');
  await popup.click('button', 'Second entry', { partial: true });
  await popup.click('button', 'Edit');
  await popup.fill('textbox', 'What happened', 'Second entry, edited');
  await popup.click('button', 'Save entry');
  await popup.waitForText((text) => text.includes('History: 2 versions'), 'the history');

  await popup.click('button', '← Home');
  await popup.click('button', 'Back up or restore');
  await popup.waitForText((text) => text.includes('downloads list will show this file'), 'the downloads note');
  expect(await popup.axe()).toEqual([]);
  const file = await saveCopy(haven, popup, PASSPHRASE, 'Saved 3 entries');
  expect(file.name).toMatch(/^calc-memory-\d{4}-\d{2}-\d{2}\.calc$/);
  for (const secret of [canary, 'Second entry', 'edited']) expect(file.text).not.toContain(secret);

  // Everything erased with the erase code typed on the cover, then Haven set up again.
  const restored = await eraseAndSetUpAgain(haven, popup);
  await restored.click('button', 'Back up or restore');
  await restored.fill('textbox', 'Passphrase', PASSPHRASE);
  await restored.click('button', 'Open');
  await addCopy(restored, file, '3 entries are new');
  expect(await restored.axe()).toEqual([]);
  await restored.click('button', 'Add to my journal');
  await restored.waitForText((text) => text.includes('Added 4 versions'), 'the added message', 20_000);

  // The same copy again adds nothing.
  await restored.click('button', 'Save a copy');
  await addCopy(restored, file, '3 entries are already here');
  await restored.click('button', 'Add to my journal');
  await restored.waitForText((text) => text.includes('already here, so nothing was added'), 'nothing added');

  await restored.click('button', '← Home');
  await restored.click('button', 'Journal');
  await restored.waitForText((text) => text.includes('3 of 3 entries'), 'all three entries');
  await restored.click('button', 'Second entry, edited', { partial: true });
  await restored.waitForText((text) => text.includes('History: 2 versions'), 'the restored history');
});

test('a wrong passphrase or a file from elsewhere is refused in plain words and changes nothing', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await popup.click('button', 'Back up or restore');
  await popup.fill('textbox', 'Passphrase', PASSPHRASE);
  await popup.click('button', 'Open');
  const before = await haven.storage();
  await addCopy(popup, { name: 'notes.txt', text: 'shopping list' }, 'was not saved by this app');
  // The unlock folds the record of attempts in the background; nothing else may change.
  expect(withoutAttempts(await haven.storage())).toEqual(withoutAttempts(before));
});
