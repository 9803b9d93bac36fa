import { expect, test } from '../fixture';
import { poll } from '../fixture/driver';
import { alreadySetUp, CODE, displayOf, finishSetup, openHaven, openJournal, PASSPHRASE, setupByGesture, turnOnEraseCode, waitForEraseToEnd, writeEntry } from '../flows';

const ERASE_CODE = '9090';

test('an erase code typed on the cover leaves a freshly installed calculator, ready to set up again', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await openJournal(popup);
  await writeEntry(popup, 'Something to erase');
  await popup.click('button', '← Home');
  await popup.click('button', 'Settings');
  await popup.click('radio', 'Weather');
  await poll('the weather title', async () => ((await haven.actionTitle()) === 'Weather' ? true : undefined));

  // Set the erase code: it may not be the unlock code, nor how it starts.
  await popup.waitForText((text) => text.includes('This is off unless you turn it on.'), 'the explanation');
  expect(await popup.axe()).toEqual([]);
  await popup.fill('textbox', 'Your code that opens this space', CODE);
  await popup.fill('textbox', 'Erase code (4 to 12 digits)', CODE);
  await popup.fill('textbox', 'Type the erase code again', CODE);
  await popup.click('button', 'Turn on the erase code');
  await popup.waitForText((text) => text.includes('Choose a different one.'), 'the refusal of the unlock code');
  await popup.fill('textbox', 'Erase code (4 to 12 digits)', ERASE_CODE);
  await popup.fill('textbox', 'Type the erase code again', ERASE_CODE);
  await popup.click('button', 'Turn on the erase code');
  await popup.waitForText((text) => text.includes('The erase code is on.'), 'the erase code is on');
  expect(JSON.stringify(await haven.storage())).not.toContain(ERASE_CODE);
  await popup.page.close();

  // On the cover, the erase code then "=": everything goes, and the calculator just shows the
  // number, as for any sum; nothing else on screen changes.
  const cover = await haven.openPopup();
  await cover.waitFor('main', 'Calculator');
  const before = await cover.text();
  await cover.type(`${ERASE_CODE}+1=`);
  expect(await displayOf(cover)).toBe(String(Number(ERASE_CODE) + 1));
  await cover.type(`${ERASE_CODE}=`);
  await waitForEraseToEnd(haven);
  expect(await displayOf(cover)).toBe(ERASE_CODE);
  expect((await cover.text()).replace(ERASE_CODE, '0')).toBe(before);
  expect(await cover.has('heading', 'Welcome')).toBe(false);
  // The toolbar is the calculator again once the erase has ended (core/erase.ts: just after storage empties).
  await poll('the calculator title', async () => ((await haven.actionTitle()) === 'Calculator' ? true : undefined), 5_000);
  await cover.page.close();

  // Every later open is a calculator that was never set up; the old code opens nothing.
  const next = await haven.openPopup();
  await next.waitFor('main', 'Calculator');
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await next.has('heading', 'Welcome')).toBe(false);
  await next.type(`${CODE}=`);
  expect(await displayOf(next)).toBe(CODE);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await next.has('button', 'Quick close')).toBe(false);
  expect(await haven.storage()).toEqual({});
  await next.page.close();

  // Set up again, by the deliberate gesture, with a new code: an empty journal.
  const again = await haven.openPopup();
  await again.waitFor('main', 'Calculator');
  await setupByGesture(again);
  expect(await again.text()).not.toMatch(/erase|wipe|deleted/i);
  await finishSetup(again, '5555');
  const reopened = await openHaven(haven, '5555');
  await openJournal(reopened);
  await reopened.waitForText((text) => text.includes('Nothing written yet.'), 'an empty journal');
  expect(await reopened.text()).not.toContain('Something to erase');
});

test('the unlock code cannot be changed to one that starts with the erase code', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await popup.click('button', 'Settings');
  await turnOnEraseCode(popup, ERASE_CODE);
  await popup.fill('textbox', 'New code (4 to 12 digits)', `${ERASE_CODE}12`);
  await popup.fill('textbox', 'Type the new code again', `${ERASE_CODE}12`);
  await popup.fill('textbox', 'Your passphrase, to change the code', PASSPHRASE);
  await popup.click('button', 'Change the code');
  await popup.waitForText((text) => text.includes('starts with your erase code'), 'the refusal');

  // Turned off, nothing is left to match: the same digits are just arithmetic.
  // Turning it off needs the passphrase: without it, the erase code stays on.
  const eraseRecord = (await haven.storage()).m2;
  await popup.click('button', 'Turn off the erase code');
  await popup.waitForText((text) => text.includes('this change needs it'), 'the passphrase asked for');
  expect((await haven.storage()).m2).toEqual(eraseRecord);
  await popup.fill('textbox', 'Your passphrase, to turn the erase code off', PASSPHRASE);
  await popup.click('button', 'Turn off the erase code');
  await popup.waitForText((text) => text.includes('The erase code is off.'), 'the erase code is off');
  await popup.page.close();
  const cover = await haven.openPopup();
  await cover.waitFor('main', 'Calculator');
  await cover.type(`${ERASE_CODE}=`);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await cover.has('main', 'Calculator')).toBe(true);
  expect(Object.keys(await haven.storage())).toContain('m1');
});

test('the erase code typed while the journal is open in another view: that view closes without saving a word back', async ({ haven }) => {
  await alreadySetUp(haven);
  const settings = await openHaven(haven);
  await settings.click('button', 'Settings');
  await turnOnEraseCode(settings, ERASE_CODE);
  await settings.page.close();

  // The journal open in a tab, words being typed into an entry (saved as they are typed).
  const journal = await openHaven(haven, CODE, { inTab: true });
  await openJournal(journal);
  await journal.click('button', 'New entry');
  await journal.fill('textbox', 'What happened', 'words typed in the other view');
  await poll('the draft saved', async () => ((await haven.storage()).r1 ? true : undefined));

  const cover = await haven.openPopup();
  await cover.waitFor('main', 'Calculator');
  await cover.type(`${ERASE_CODE}=`);
  await poll('the other view to close', async () => (await journal.isGone()) || undefined, 10_000);
  await waitForEraseToEnd(haven);
  // Nothing comes back once the other view has gone (its last save was refused, not delayed).
  // (In Chromium the tab closing gives the window focus, which closes the popup too: the erase
  // runs in the background, so it finishes all the same.)
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(await haven.storage()).toEqual({});
});
