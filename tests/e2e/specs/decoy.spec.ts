import { expect, test } from '../fixture';
import { poll } from '../fixture/driver';
import { alreadySetUp, CODE, openHaven, turnOnDecoyCode, turnOnEraseCode } from '../flows';
import { inspectStorage } from '../storage-rules';
import { revealingWords } from '../../build/revealing-words';

// The decoy code (issue #18): typed on the calculator with "=", it opens the calculator's own
// notes, never Haven; an observer's view with a decoy set shows nothing more than without one.

const DECOY = '2580';
const NOTES = 'Milk, eggs, bread. 3 x 2.50 = 7.50. Call the dentist on Thursday.';

/** Every name but the history's, and how long each value is as stored (never its bytes). */
const namesAndSizes = (dump: Record<string, unknown>) =>
  Object.fromEntries(Object.keys(dump).filter((name) => !name.startsWith('h:')).sort().map((name) => [name, JSON.stringify(dump[name]).length]));

test('the decoy code opens the calculator’s notes, kept across a reopen; storage and the cover look as without one; quick close works there', async ({ haven }) => {
  await alreadySetUp(haven);
  const cover = await haven.openPopup();
  await cover.waitFor('main', 'Calculator');
  const coverWithout = await cover.text();
  await cover.page.close();
  const without = await haven.storage();

  const popup = await openHaven(haven);
  await popup.click('button', 'Settings');
  await popup.waitForText((text) => text.includes('A decoy code that opens harmless notes'), 'the explanation');
  // Refused with a clear sentence: the code itself, and one that starts like it.
  await popup.fill('textbox', 'Your code that opens this space (to check the decoy against it)', CODE);
  for (const [refused, sentence] of [[CODE, 'This is the code that opens this space.'], [`${CODE}0`, 'This starts like the code that opens this space']] as const) {
    await popup.fill('textbox', 'Decoy code (4 to 12 digits)', refused);
    await popup.fill('textbox', 'Type the decoy code again', refused);
    await popup.click('button', 'Turn on the decoy code');
    await popup.waitForText((text) => text.includes(sentence), `the refusal of ${refused}`);
  }
  await turnOnDecoyCode(popup, DECOY);
  expect(await popup.axe()).toEqual([]);
  await popup.page.close();

  // Storage: the same names and sizes as without a decoy (the sealed settings aside: one flag in
  // them, as for the erase code), nothing of the code, the storage rules still hold.
  const withDecoy = await haven.storage();
  const sizes = { without: namesAndSizes(without), with: namesAndSizes(withDecoy) };
  delete sizes.without.prefs;
  delete sizes.with.prefs;
  expect(sizes.with).toEqual(sizes.without);
  expect(JSON.stringify(withDecoy)).not.toContain(DECOY);
  expect(inspectStorage(withDecoy, await haven.sessionStorage())).toEqual([]);

  // The cover before any code reads exactly as it did; the decoy then "=" opens the notes.
  const notes = await haven.openPopup();
  await notes.waitFor('main', 'Calculator');
  expect(await notes.text()).toBe(coverWithout);
  await notes.type(`${DECOY}=`);
  await notes.waitFor('main', 'Notes', { timeoutMs: 10_000 });
  expect(await notes.has('main', 'Calculator')).toBe(false);
  expect(await notes.has('button', 'Quick close')).toBe(false);
  await notes.fill('textbox', 'Notes', NOTES);
  await new Promise((resolve) => setTimeout(resolve, 600));
  expect(revealingWords(await notes.text())).toEqual([]);
  expect(await notes.axe()).toEqual([]);
  await notes.click('button', 'Done');
  await notes.waitFor('main', 'Calculator');
  expect(await notes.has('main', 'Notes')).toBe(false);
  await notes.page.close();
  expect(JSON.stringify(await haven.storage())).not.toContain('Milk');
  expect(namesAndSizes(await haven.storage()).m4).toBe(sizes.with.m4);

  // Reopened: the notes are still there; Esc twice closes the notes like any quick close.
  const again = await haven.openPopup();
  await again.waitFor('main', 'Calculator');
  await again.type(`${DECOY}=`);
  await again.waitFor('main', 'Notes', { timeoutMs: 10_000 });
  await poll('the notes kept', async () => ((await again.value('textbox', 'Notes')) === NOTES ? true : undefined));
  await again.press('Escape');
  await again.press('Escape');
  await poll('the notes to close', async () => (await again.isGone()) || undefined, 5_000);
  const after = await haven.openPopup();
  await after.waitFor('main', 'Calculator');
  expect(await after.has('main', 'Notes')).toBe(false);
});

test('the decoy code set while an erase code exists needs it, and may not start like it', async ({ haven }) => {
  await alreadySetUp(haven);
  const popup = await openHaven(haven);
  await popup.click('button', 'Settings');
  await turnOnEraseCode(popup, '9090');
  await popup.page.close();
  const settings = await openHaven(haven);
  await settings.click('button', 'Settings');
  await settings.fill('textbox', 'Your code that opens this space (to check the decoy against it)', CODE);
  await settings.fill('textbox', 'Your erase code', '9090');
  await settings.fill('textbox', 'Decoy code (4 to 12 digits)', '90901');
  await settings.fill('textbox', 'Type the decoy code again', '90901');
  await settings.click('button', 'Turn on the decoy code');
  await settings.waitForText((text) => text.includes('This starts like your erase code'), 'the refusal');
  await turnOnDecoyCode(settings, DECOY, CODE, '9090');
  await settings.page.close();
  // Each code still does only its own thing.
  const cover = await haven.openPopup();
  await cover.waitFor('main', 'Calculator');
  await cover.type(`${DECOY}=`);
  await cover.waitFor('main', 'Notes', { timeoutMs: 10_000 });
  expect(Object.keys(await haven.storage())).toContain('m0');
});
