import { expect, test } from '../fixture';
import type { View } from '../fixture/view';
import { alreadySetUp, openHaven, openJournal, PASSPHRASE, writeEntry } from '../flows';

// Under coercion: whoever learned the old passphrase, and copied the keyring before she changed
// it, opens nothing written after the change; and a change cut short by a crash loses nothing.

const NEW_PASSPHRASE = 'copper lantern sleeps 77';

/** From the journal's list: the change, as she makes it (the screen says what old copies still open). */
async function changePassphrase(popup: View): Promise<void> {
  await popup.click('button', 'Change passphrase');
  await popup.fill('textbox', 'Current passphrase', PASSPHRASE);
  await popup.fill('textbox', 'New passphrase', NEW_PASSPHRASE);
  await popup.fill('textbox', 'Type the new passphrase again', NEW_PASSPHRASE);
  expect(await popup.text()).toContain('still open with the old passphrase');
  await popup.click('button', 'Change passphrase');
}

test('the old passphrase with a copy of the old keyring opens nothing written after the change', async ({ haven }) => {
  const before = `before-${Date.now().toString(36)}`;
  const after = `after-${Date.now().toString(36)}`;
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await openJournal(popup);
  await writeEntry(popup, before);
  // What someone who copied the profile before the change holds.
  const oldKeyring = (await haven.storage()).m0;

  await changePassphrase(popup);
  await popup.waitFor('button', 'New entry', { timeoutMs: 20_000 });
  await writeEntry(popup, after);
  await popup.page.close();
  expect(JSON.stringify((await haven.storage()).m0)).not.toBe(JSON.stringify(oldKeyring));

  // He puts the old keyring back and types the old passphrase: nothing opens.
  const current = (await haven.storage()).m0;
  await haven.putStorage({ m0: oldKeyring });
  const forced = await openHaven(haven);
  await openJournal(forced, PASSPHRASE);
  await forced.waitForText((text) => text.includes('could not be opened'), 'the unreadable records');
  const shown = await forced.text();
  expect(shown).not.toContain(after);
  expect(shown).not.toContain(before);
  await forced.page.close();

  // With today's keyring, the new passphrase opens both; the old one nothing.
  await haven.putStorage({ m0: current });
  const her = await openHaven(haven);
  await her.click('button', 'Journal');
  await her.fill('textbox', 'Passphrase', PASSPHRASE);
  await her.click('button', 'Open');
  await her.waitForText((text) => text.includes('did not open it'), 'the old passphrase refused', 15_000);
  await her.fill('textbox', 'Passphrase', NEW_PASSPHRASE);
  await her.click('button', 'Open');
  await her.waitForText((text) => text.includes(before) && text.includes(after), 'both entries', 15_000);
});

test('a browser killed in the middle of a passphrase change loses nothing, and the next unlock finishes it', async ({ haven }) => {
  test.setTimeout(120_000);
  await alreadySetUp(haven);
  // Enough entries that the change takes a while (each record is sealed again).
  const seeded = await haven.bench('seed', PASSPHRASE, 0, 3_000, 60);
  const popup = await openHaven(haven);
  await openJournal(popup);
  await changePassphrase(popup);
  await popup.waitForText((text) => text.includes('Locking everything again'), 'the change under way', 30_000);
  await haven.killAndRelaunch();

  const again = await openHaven(haven);
  await again.click('button', 'Journal');
  await again.fill('textbox', 'Passphrase', NEW_PASSPHRASE);
  await again.click('button', 'Open');
  await again.waitFor('button', 'New entry', { timeoutMs: 60_000 });
  const after = await haven.bench('inspectJournal', NEW_PASSPHRASE);
  expect(after.problems).toEqual([]);
  expect(after.ids).toHaveLength(seeded);
  expect(after.chain).toMatchObject({ intact: true, length: seeded });
  expect(JSON.stringify((await haven.storage()).m0)).not.toContain('"next"');
});
